"""Write DOCX, legacy Word (.doc) and PDF copies of a text document, laid out as offices print them.

The two-column header (issuing body and "Số:" left, motto and place/date right) becomes a
borderless table, as in real files, and plan tables become real tables. The output is
committed under corpus/ as sample input; re-run only to regenerate it:

    python scripts/make_samples.py corpus/004_56be073c6998dd9f.txt corpus/004_khanh_hoa_cchc_2018

Needs the `samples` extra (reportlab) and the DejaVu fonts (Debian fonts-dejavu-core),
because Debian's fonts-liberation 1.x lacks Vietnamese glyphs; the .doc copy is the DOCX saved by LibreOffice
(Debian libreoffice-writer-nogui) in the Word 97 format.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import regex

from pipeline.document import Document
from pipeline.readers import read_document
from pipeline.reflow import DOC_TYPE_HEADINGS

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
_MOTTO = regex.compile(r"^(?:CỘNG HÒA|Độc lập)")
_LEFT = regex.compile(r"^Số\s*:")


def split_header(doc: Document) -> tuple[list[str], list[str], list]:
    """(left header lines, right header lines, body blocks) of a document."""
    start = next(i for i, b in enumerate(doc.blocks) if DOC_TYPE_HEADINGS.match(b.text))
    left, right = [], []
    motto_seen = False
    for block in doc.blocks[:start]:
        motto_seen = motto_seen or bool(_MOTTO.match(block.text))
        (right if motto_seen and not _LEFT.match(block.text) else left).append(block.text)
    return left, right, doc.blocks[start:]


def write_docx(doc: Document, target: Path) -> None:
    import docx

    left, right, body = split_header(doc)
    out = docx.Document()
    header = out.add_table(rows=1, cols=2)
    header.rows[0].cells[0].text = "\n".join(left)
    header.rows[0].cells[1].text = "\n".join(right)
    for block in body:
        if block.kind != "table":
            out.add_paragraph(block.text, style="Heading 2" if block.kind == "heading" else None)
            continue
        width = max(len(r) for r in block.rows)
        table = out.add_table(rows=0, cols=width)
        table.style = "Table Grid"
        for row in block.rows:
            cells = table.add_row().cells
            if len(row) < width:  # a section row ("I | CẢI CÁCH THỂ CHẾ") spans the table
                cells[1].merge(cells[width - 1])
            for cell, value in zip(cells, [c.text for c in row]):
                cell.text = value
    out.save(str(target))


def write_doc(docx_path: Path) -> None:
    subprocess.run(["soffice", "--headless", "--convert-to", "doc:MS Word 97", "--outdir", str(docx_path.parent),
                    str(docx_path)], check=True, capture_output=True)


def write_pdf(doc: Document, target: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    normal = ParagraphStyle("n", fontName="DejaVu", fontSize=9.5, leading=12.5, spaceAfter=3)
    bold = ParagraphStyle("b", parent=normal, fontName="DejaVu-Bold")
    cell = ParagraphStyle("c", parent=normal, fontSize=8, leading=10, spaceAfter=0)

    def para(text: str, style) -> Paragraph:
        return Paragraph(text.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br/>"), style)

    left, right, body = split_header(doc)
    story = [Table([[para("\n".join(left), bold), para("\n".join(right), bold)]], colWidths=[230, 270]),
             Spacer(1, 10)]
    for block in body:
        if block.kind != "table":
            story.append(para(block.text, bold if block.kind == "heading" else normal))
            continue
        width = max(len(r) for r in block.rows)
        data = [[para(c.text, cell) for c in row] + [""] * (width - len(row)) for row in block.rows]
        widths = [28, 130, 110, 70, 165][:width] if width == 5 else None
        table = Table(data, colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(table)
    SimpleDocTemplate(str(target), pagesize=A4, leftMargin=45, rightMargin=45,
                      topMargin=45, bottomMargin=45).build(story)


def main(source: str, stem: str) -> None:
    doc = read_document(source)
    write_docx(doc, Path(stem + ".docx"))
    write_doc(Path(stem + ".docx"))
    write_pdf(doc, Path(stem + ".pdf"))
    print(f"wrote {stem}.docx, {stem}.doc and {stem}.pdf")


if __name__ == "__main__":
    main(*sys.argv[1:3])
