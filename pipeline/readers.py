"""One reader per format; each turns a file into the same `Document`.

A reader raises `ReadError` naming the file and the reason whenever the input cannot be
read as what it claims to be, so a batch can report it and go on.
"""
from __future__ import annotations

import hashlib
import re
import statistics
import zipfile
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

import regex

from pipeline.boilerplate import split_site_page
from pipeline.document import Document, RawBlock, build_document
from pipeline.legacy_fonts import legacy_decoder
from pipeline.normalize import normalize_text
from pipeline.reflow import is_upper, paragraph_kind, reflow, wrap_width
from pipeline.txt_layout import layout_text
from pipeline.word97 import Word97Error, read_word97

_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")  # re: several times faster than regex on a plain class
# A narrow cell breaks a date or a document's number inside it: "31/12/20" / "25", "80/2020/N" / "Đ-CP".
_BROKEN_NUMBER = regex.compile(r"(?<=\b\d{1,2}/\d{1,2}/\d{1,3})\n(?=\d{1,3}\b)"
                               r"|(?<=\b\d{1,5}/(?:\d{4}/)?\p{Lu}+)\n(?=\p{Lu}*-\p{L})")
_SENTENCE_ENDS = ".:!?"  # not ";": a list of units runs on after it ("…, thành viên Ban Chỉ đạo …;" / "Chủ tịch …")
_INDENTED_LINES = 3  # lines that must share an indent before it counts as the text's first-line indent
_PARAGRAPH_SPACING = 1.35  # a PDF line this many times the usual line distance below the last begins a paragraph
_ENCODING_SAMPLE = 4096  # characters enough to tell an encoding: a file is typed in one from its header on
SUPPORTED_SUFFIXES = (".txt", ".md", ".docx", ".doc", ".rtf", ".odt", ".pdf")


class ReadError(Exception):
    def __init__(self, path: str | Path, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


def file_sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@contextmanager
def file_errors(path: str | Path):
    """Operating-system errors on `path` as a ReadError naming the file and the reason."""
    try:
        yield
    except FileNotFoundError:
        raise ReadError(path, "file not found") from None
    except IsADirectoryError:
        raise ReadError(path, "is a directory") from None
    except PermissionError:
        raise ReadError(path, "permission denied") from None
    except OSError as exc:
        raise ReadError(path, f"cannot read file ({exc.strerror or exc})") from None


def load_bytes(path: str | Path) -> bytes:
    with file_errors(path):
        return Path(path).read_bytes()


def read_document(path: str | Path, data: bytes | None = None) -> Document:
    """Read `path` (bytes already loaded may be passed) into a Document."""
    path = Path(path)
    if data is None:
        data = load_bytes(path)
    if not data.strip():
        raise ReadError(path, "empty file")
    suffix = path.suffix.lower()
    if suffix in (".txt", ".md", ""):
        doc = read_txt(path, data)
    elif suffix == ".docx":
        doc = read_docx(path, data)
    elif suffix == ".pdf":
        doc = read_pdf(path, data)
    elif suffix == ".doc":
        doc = read_doc(path, data)
    elif suffix == ".rtf":
        doc = read_rtf(path, data)
    elif suffix == ".odt":
        doc = read_odt_file(path, data)
    else:
        raise ReadError(path, f"unsupported file type '{suffix}' (expected {', '.join(SUPPORTED_SUFFIXES)})")
    if not doc.text.strip():
        raise ReadError(path, "no text found in the document")
    return doc


# --- TXT -------------------------------------------------------------------------------

def decode_text(path: Path, data: bytes) -> str:
    """Bytes of a text file in any encoding a Vietnamese office produces → str."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    sample = data[:4096]
    even_nuls, odd_nuls = sample[0::2].count(0), sample[1::2].count(0)
    if odd_nuls > len(sample) // 4 and even_nuls < odd_nuls // 8:
        return data.decode("utf-16-le", errors="replace")
    if even_nuls > len(sample) // 4 and odd_nuls < even_nuls // 8:
        return data.decode("utf-16-be", errors="replace")
    if b"\x00" in sample:
        raise ReadError(path, "binary content (NUL bytes), not a text file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        # Windows-1258 is what Vietnamese Windows offices save "ANSI" text as; text typed in the TCVN3 (.VnTime)
        # fonts (TCVN3, VNI) is saved as their codes, which read as Latin-1 first.
        text = data.decode("latin-1")
        if not legacy_decoder(text[:_ENCODING_SAMPLE]):
            text = data.decode("cp1258", errors="replace")
    controls = len(_CONTROL_CHARS.findall(text, 0, 4096))
    if controls > len(text[:4096]) // 20 or text[:4096].count("\ufffd") > len(text[:4096]) // 20:
        raise ReadError(path, "binary content (control characters), not a text file")
    decoder = legacy_decoder(text[:_ENCODING_SAMPLE])
    return decoder(text) if decoder else text


# A page break in a text a PDF was converted to (a form feed, a converter's "--- PAGE BREAK ---" or "===== Trang 2
# =====" line, the Official Gazette's running header "CÔNG BÁO/Số 302/Ngày 02-06-2026") with the page's number on a
# line of its own before or after it: a sentence runs on across it.
_PAGE_BREAK = re.compile(r"\s*(?:\n[ \t]*\d{1,3}[ \t]*)?\s*(?:\f|-{3,} ?PAGE BREAK ?-{3,}|={3,} ?(?:Trang|Page) \d{1,3} ?={3,}"
                         r"|CÔNG BÁO/Số [\d +]+/Ngày \d{1,2}-\d{1,2}-\d{4}(?:[ \t]+\d{1,4})?)"
                         r"\s*(?:\d{1,4}[ \t\r]*\n\s*)?")
_PAGE_BREAK_HINTS = ("\f", "PAGE BREAK", "= Trang ", "= Page ", "CÔNG BÁO/Số ")
# A digital signature's stamp copied into the text ("Ký bởi: CÔNG BÁO …" / "Cơ quan: VĂN PHÒNG CHÍNH PHỦ" / "Ngày
# ký: 2026-06-02 08:06:33 +07:00"), wherever the page put it: not the document's words.
_SIGNATURE_STAMP = re.compile(r"^[ \t]*Ký bởi:[^\n]*(?:\n[ \t]*(?:Cơ quan|Email|Địa chỉ|Ngày ký|Thời gian ký)\s*:[^\n]*)*\n?",
                              re.MULTILINE)


def read_txt(path: Path, data: bytes) -> Document:
    text = decode_text(path, data)
    if "Ký bởi:" in text:
        text = _SIGNATURE_STAMP.sub("", text)
    if any(hint in text for hint in _PAGE_BREAK_HINTS):
        text = _PAGE_BREAK.sub("\n", text)
    text, catalog = split_site_page(normalize_text(text))
    doc = build_document(layout_text(text), "txt")
    doc.catalog = catalog
    return doc


# --- DOCX ------------------------------------------------------------------------------

def read_docx(path: Path, data: bytes) -> Document:
    import io

    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    from pipeline.docx_numbering import ListLabels
    from pipeline.docx_text import body_items, footnote_paragraphs, paragraph_text

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        reason = "not a Word document (a ZIP without word/document.xml)" if zipfile.is_zipfile(io.BytesIO(data)) \
            else f"corrupt DOCX ({type(exc).__name__})"
        raise ReadError(path, reason) from None
    except Exception as exc:  # lxml raises its own family on damaged XML parts
        raise ReadError(path, f"corrupt DOCX ({type(exc).__name__}: {exc})") from None
    labels = ListLabels(document)
    blocks: list[RawBlock] = []
    for item in body_items(document):
        if isinstance(item, Table):
            blocks.append(RawBlock("table", rows=_docx_rows(item, labels)))
        elif (text := paragraph_text(item)).strip():
            style = (item.style.name if item.style is not None else "") or ""
            blocks.append(RawBlock("heading" if style.lower().startswith(("heading", "title")) else "",
                                   _labelled(item, text, labels)))
    notes = (paragraph_text(note) for note in footnote_paragraphs(document))
    blocks.extend(RawBlock("", text) for text in notes if text.strip())
    return build_document(_word_blocks(blocks), "docx")


def _labelled(paragraph, text: str, labels) -> str:
    """A paragraph's text with the list label Word shows before it ("a) Sở Nội vụ …")."""
    label = labels.label(paragraph)
    return f"{label} {text}" if label else text


def _word_blocks(raw: list[RawBlock]) -> list[RawBlock]:
    """A Word file's paragraphs and tables (text as stored; kind "heading" when the style says so, else "")
    normalized and laid out; text typed in the pre-Unicode fonts (TCVN3, VNI) read as Unicode."""
    texts = [b.text for b in raw] + [cell for b in raw for row in b.rows for cell in row]
    fix = legacy_decoder("\n".join(texts)) or str
    blocks: list[RawBlock] = []
    for block in raw:
        if block.kind == "table":
            blocks.append(RawBlock("table", rows=[[normalize_text(fix(c)) for c in row] for row in block.rows]))
        elif block.kind == "heading":
            blocks.append(RawBlock("heading", normalize_text(fix(block.text))))
        else:
            blocks.extend(_word_paragraph(normalize_text(fix(block.text))))
    return blocks


def _word_paragraph(text: str) -> list[RawBlock]:
    """A Word paragraph as blocks: a line in capitals ended by a soft line break ("KẾ HOẠCH" ↵ "Triển khai …") is a
    heading of its own; other soft breaks only wrap the paragraph."""
    lines = text.split("\n")
    blocks, start = [], 0
    for i, line in enumerate(lines[:-1]):
        if is_upper(line) and line.strip():
            blocks.append(RawBlock("heading", " ".join(lines[start:i + 1])))
            start = i + 1
    rest = "\n".join(lines[start:])
    if rest.strip():
        blocks.append(RawBlock(paragraph_kind(rest.strip()), rest))
    return blocks


def _docx_rows(table, labels) -> list[list[str]]:
    from pipeline.docx_text import paragraph_text

    rows = []
    for row in table.rows:
        seen, cells = set(), []
        for cell in row.cells:
            # A horizontally merged cell is returned once per grid column it spans.
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            texts = ((p, paragraph_text(p)) for p in cell.paragraphs)
            cells.append("\n".join(_labelled(p, text, labels) for p, text in texts if text.strip()))
        rows.append(cells)
    return rows


# --- DOC (Word 97-2003) ------------------------------------------------------------------

def read_doc(path: Path, data: bytes) -> Document:
    if data.startswith(b"PK"):
        return read_docx(path, data)  # a .docx saved under the old name
    if data.lstrip().startswith(b"{\\rtf"):
        return read_rtf(path, data)  # Word's "Rich Text" saved under the .doc name
    try:
        parts = read_word97(data)
    except Word97Error as exc:
        raise ReadError(path, str(exc)) from None
    return build_document(_word_blocks(parts), "doc")


# --- RTF -------------------------------------------------------------------------------

_RTF_CODE_PAGE = re.compile(rb"\\ansicpg(\d+)")
_RTF_ROW_LINES = 60  # paragraphs a table row may hold
_RTF_PIPE = "\ue000"  # stands for the text's own "|" while striprtf marks cell ends with it
_RTF_PIPE_ESCAPE = "\\u57344?"


def read_rtf(path: Path, data: bytes) -> Document:
    """Rich Text: striprtf gives a line per paragraph (list labels kept) and a row per table row, its cells
    ended by "|" (a cell's own paragraphs on lines of their own; the lines a row's first cell holds before its
    "|" read as paragraphs before the row)."""
    from striprtf.striprtf import rtf_to_text

    if not data.lstrip().startswith(b"{\\rtf"):
        raise ReadError(path, "not an RTF document (no {\\rtf header)")
    page = _RTF_CODE_PAGE.search(data[:4096])
    try:
        # striprtf ends each cell with "|": a "|" the text itself holds is set aside first
        text = rtf_to_text(data.decode("latin-1").replace("|", _RTF_PIPE_ESCAPE),
                           encoding=f"cp{page[1].decode()}" if page else "cp1252", errors="replace")
    except (LookupError, ValueError, IndexError) as exc:
        raise ReadError(path, f"corrupt RTF ({type(exc).__name__}: {exc})") from None
    blocks: list[RawBlock] = []
    row: list[str] = []  # the lines of a table row read so far: a cell may hold several paragraphs
    for line in text.split("\n") + [""]:
        if row or "|" in line:
            row.append(line)
            if line.endswith("|"):
                cells = [cell.replace(_RTF_PIPE, "|") for cell in "\n".join(row).split("|")[:-1]]
                if blocks and blocks[-1].kind == "table":
                    blocks[-1].rows.append(cells)
                else:
                    blocks.append(RawBlock("table", rows=[cells]))
                row = []
            if len(row) <= _RTF_ROW_LINES:
                continue
            lines, row = row, []  # no row's end came: a "|" in a paragraph
        else:
            lines = [line]
        blocks.extend(RawBlock("", text.replace(_RTF_PIPE, "|")) for text in lines if text.strip())
    return build_document(_word_blocks(blocks), "rtf")


# --- ODT -------------------------------------------------------------------------------

def read_odt_file(path: Path, data: bytes) -> Document:
    from pipeline.odt import OdtError, read_odt

    try:
        parts = read_odt(data)
    except OdtError as exc:
        raise ReadError(path, str(exc)) from None
    return build_document(_word_blocks(parts), "odt")


# --- PDF -------------------------------------------------------------------------------

def read_pdf(path: Path, data: bytes) -> Document:
    import io

    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            blocks, n_pages = _pdf_blocks(pdf), len(pdf.pages)
    except PdfminerException as exc:
        inner = exc.args[0] if exc.args else exc
        if isinstance(inner, PDFPasswordIncorrect) or "password" in str(inner).lower():
            raise ReadError(path, "encrypted PDF (password required)") from None
        raise ReadError(path, f"corrupt or truncated PDF ({type(inner).__name__})") from None
    except (PDFSyntaxError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ReadError(path, f"corrupt or truncated PDF ({type(exc).__name__})") from None
    if not any(b.text.strip() or b.rows for b in blocks):
        raise ReadError(path, "no text layer (a scanned PDF); OCR not enabled")
    return build_document(blocks, "pdf", pages=n_pages)


def _running_lines(pages_lines: list[list[str]]) -> set[str]:
    """Page headers and footers ("CÔNG BÁO/Số 1003 + 1004/Ngày 29-12-2013 3"): edge lines repeated across pages."""
    if len(pages_lines) < 3:
        return set()
    counts: dict[str, int] = {}
    for lines in pages_lines:
        for line in {_digits_folded(x) for x in lines[:2] + lines[-2:]}:
            counts[line] = counts.get(line, 0) + 1
    return {line for line, n in counts.items() if n >= max(3, len(pages_lines) * 0.3)}


def _digits_folded(line: str) -> str:
    """Digits as '#', page numbers at either end dropped, so every page's header folds alike."""
    folded = "".join("#" if ch.isdigit() else ch for ch in line).strip()
    return folded.removeprefix("# ").removeprefix("## ").removeprefix("### ").removesuffix(" #").removesuffix(
        " ##").removesuffix(" ###")


def _pdf_blocks(pdf) -> list[RawBlock]:
    """Text lines and tables of every page in reading order (top to bottom)."""
    blocks: list[RawBlock] = []
    pages = []
    for page in pdf.pages:
        tables = page.find_tables()
        outside = page
        for table in tables:
            outside = outside.outside_bbox(table.bbox)
        pages.append((outside.extract_text_lines(), tables))
    running = _running_lines([[line["text"] for line in lines] for lines, _ in pages])
    # a PDF printed from a file typed in the pre-Unicode fonts (TCVN3, VNI) has their codes in its text layer
    fix = legacy_decoder("\n".join(line["text"] for lines, _ in pages for line in lines)) or str
    pending: list[tuple[int, dict]] = []  # (page, text line): prose runs on across a page break
    for page_number, (lines, tables) in enumerate(pages):
        items = [(line["top"], "line", line) for line in lines if _digits_folded(line["text"]) not in running]
        items += [(table.bbox[1], "table", table.extract()) for table in tables]
        items.sort(key=lambda item: item[0])
        for _, kind, content in items:
            if kind == "line":
                pending.append((page_number, content))
                continue
            blocks.extend(_pdf_prose(pending, fix))
            pending = []
            rows = [[_pdf_cell(c and fix(c)) for c in row] for row in content]
            previous = blocks[-1] if blocks else None
            # A table running over a page break continues the previous one.
            if previous is not None and previous.kind == "table" and rows and len(rows[0]) == len(previous.rows[0]):
                if rows[0] == previous.rows[0]:
                    rows = rows[1:]  # its header repeated
                elif not rows[0][0] and previous.rows[-1][0]:
                    # no number in the first column: the last row, broken at the page break, runs on
                    previous.rows[-1] = [_run_on(a, b) for a, b in zip(previous.rows[-1], rows[0])]
                    rows = rows[1:]
                previous.rows.extend(rows)
            else:
                blocks.append(RawBlock("table", rows=rows))
    blocks.extend(_pdf_prose(pending, fix))
    return blocks


def _run_on(cell: str, rest: str) -> str:
    """A cell and its part on the next page: an item there is a line of its own, a sentence runs on."""
    if not cell or not rest:
        return cell or rest
    return f"{cell}\n{rest}" if paragraph_kind(rest) == "list_item" else f"{cell} {rest}"


def _pdf_cell(cell: str | None) -> str:
    if not cell:
        return ""
    cell = _BROKEN_NUMBER.sub("", normalize_text(cell))
    lines: list[str] = []
    for paragraph in reflow(cell):
        if lines and lines[-1].endswith(":") and paragraph_kind(paragraph) == "paragraph":
            # "phối hợp với các Sở:" / "Thông tin và Truyền thông, …": the cell's width broke a list after its colon
            lines[-1] = f"{lines[-1]} {paragraph}"
        else:
            lines.append(paragraph)
    return "\n".join(lines)


def _pdf_prose(lines: list[tuple[int, dict]], fix) -> list[RawBlock]:
    """Paragraphs of text lines (page, pdfplumber line). Where the page shows it, lines are parted or joined: a
    gap wider than the usual distance between lines is a paragraph's spacing, and a line at the text's first-line
    indent begins a paragraph; a line that ends where the next line's first word would not have fitted, and not
    on a sentence's end, was wrapped, and the next line runs on (unless it opens an item, a heading or a basis:
    "Căn cứ …;" lines are paragraphs of their own). Reflow decides the rest within each part."""
    if not lines:
        return []
    pitches = [b["top"] - a["top"] for (page_a, a), (page_b, b) in zip(lines, lines[1:])
               if page_a == page_b and b["top"] > a["top"]]
    usual = statistics.median(pitches) if pitches else 0
    right = max(line["x1"] for _, line in lines)
    # (per page where a page shows it: a gazette's odd and even pages have mirrored margins)
    overall = _first_line_indent([line["x0"] for _, line in lines])
    indent = {page: _first_line_indent([line["x0"] for p, line in lines if p == page]) or overall
              for page in {page for page, _ in lines}}
    parts: list[list[str]] = []
    for (page_a, a), (page_b, b) in zip([(None, None)] + lines, lines):
        text = fix(b["text"])
        if a is None or (indent[page_b] is not None and abs(b["x0"] - indent[page_b]) <= 2
                         or page_a == page_b and usual and b["top"] - a["top"] > _PARAGRAPH_SPACING * usual):
            parts.append([text])
        elif page_a == page_b and _wrapped(a, text, right) and paragraph_kind(text) == "paragraph" \
                and (parts[-1][-1][-1:] not in _SENTENCE_ENDS and not text.startswith("Căn cứ")
                     or indent[page_b] is not None):  # where paragraphs begin indented, a line at the margin runs on
            last = parts[-1][-1]
            parts[-1][-1] = last + text if last.endswith("-") and last[-2:-1] != " " else f"{last} {text}"
        else:
            parts[-1].append(text)
    width = wrap_width([text for part in parts for text in part])
    return [RawBlock(paragraph_kind(p), p) for part in parts for p in reflow(normalize_text("\n".join(part)), width)]


def _first_line_indent(starts: list[float]) -> float | None:
    """Where indented first lines begin, when the text has them: the commonest start right of the margin (the
    leftmost start several lines share), if several lines share it."""
    counts = Counter(round(x) for x in starts)
    margin = min((x for x, n in counts.items() if n >= _INDENTED_LINES), default=None)
    if margin is None:
        return None
    indented = [(n, x) for x, n in counts.items() if margin + 4 < x < margin + 60]
    n, x = max(indented, default=(0, None))
    return x if n >= _INDENTED_LINES else None


def _wrapped(line: dict, next_text: str, right: float) -> bool:
    """Whether `line` ends where the first word of the next would not have fitted: the wrap, not the end of its
    paragraph."""
    width = (line["x1"] - line["x0"]) / max(len(line["text"]), 1)  # an average character's
    return right - line["x1"] < (len(next_text.split(" ", 1)[0]) + 1) * width
