"""One reader per format; each turns a file into the same `Document`.

A reader raises `ReadError` naming the file and the reason whenever the input cannot be
read as what it claims to be, so a batch can report it and go on.
"""
from __future__ import annotations

import hashlib
import re
import zipfile
from contextlib import contextmanager
from pathlib import Path

from pipeline.boilerplate import site_page_span, split_site_page, strip_breadcrumbs, strip_page_numbers
from pipeline.document import Document, RawBlock, build_document
from pipeline.html_text import embedded_markup_as_text
from pipeline.legacy_fonts import legacy_decoder
from pipeline.normalize import normalize_text
from pipeline.reflow import lines_as_paragraphs, paragraph_kind, reflow, reflow_lines
from pipeline.txt_layout import layout_text
from pipeline.word97 import Word97Error, read_word97

_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")  # re: several times faster than regex on a plain class
_ENCODING_SAMPLE = 4096  # characters enough to tell an encoding: a file is typed in one from its header on
SUPPORTED_SUFFIXES = (".txt", ".md", ".docx", ".doc", ".rtf", ".odt", ".pdf", ".html", ".htm")


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
    elif suffix in (".html", ".htm"):
        doc = read_html(path, data)
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
_PAGE_BREAK = re.compile(r"\f|-{3,} ?PAGE BREAK ?-{3,}|={3,} ?(?:Trang|Page) \d{1,3} ?={3,}"
                         r"|CÔNG BÁO/Số [\d +]+/Ngày \d{1,2}-\d{1,2}-\d{4}(?:[ \t]+\d{1,4})?")
_PAGE_BREAK_HINTS = ("\f", "PAGE BREAK", "= Trang ", "= Page ", "CÔNG BÁO/Số ")
_NUMBER_AFTER_BREAK = re.compile(r"\s*(?:\d{1,4}[ \t\r]*\n\s*)?")
_SHORT_LAST_LINE = 30  # characters: a page's last line this short ends a paragraph
_PAGE_NUMBER_DIGITS = 3  # the most digits of a page's number on the line before a break
# A digital signature's stamp copied into the text ("Ký bởi: CÔNG BÁO …" / "Cơ quan: VĂN PHÒNG CHÍNH PHỦ" / "Ngày
# ký: 2026-06-02 08:06:33 +07:00"), wherever the page put it: not the document's words.
# (OCR'd copies print it "Người ký: Sở Y tế" / "Email: …" / "Cơ quan: …": the stamp when a field of it follows)
_STAMP_FIELD = r"\n[ \t]*(?:Cơ quan|Email|Địa chỉ|Ngày ký|Thời gian ký)\s*:[^\n]*"
_SIGNATURE_STAMP = re.compile(rf"^[ \t]*(?:Ký bởi:[^\n]*(?:{_STAMP_FIELD})*|Người ký:[^\n]*(?:{_STAMP_FIELD})+)\n?",
                              re.MULTILINE)


# The day the stamp says it was signed: "Thời gian ký: 01.03.2023 15:52", "Ngày ký: 2026-06-02 08:06:33 +07:00".
_SIGNED_ON = re.compile(r"(?:Thời gian ký|Ngày ký)\s*:\s*(?:(?P<d>\d{1,2})[./-](?P<m>\d{1,2})[./-](?P<y>\d{4})"
                        r"|(?P<y2>\d{4})-(?P<m2>\d{2})-(?P<d2>\d{2}))")


def read_txt(path: Path, data: bytes) -> Document:
    text = embedded_markup_as_text(decode_text(path, data))
    signed_on = None
    if "Ký bởi:" in text or "Người ký:" in text:
        stamp = _SIGNATURE_STAMP.search(text)
        signed = _SIGNED_ON.search(stamp.group()) if stamp else None
        if signed:
            signed_on = f"{signed['d'] or signed['d2']}/{signed['m'] or signed['m2']}/{signed['y'] or signed['y2']}"
        text = _SIGNATURE_STAMP.sub("", text)
    if any(hint in text for hint in _PAGE_BREAK_HINTS):
        text = _joined_across_page_breaks(text)
    text, catalog = split_site_page(normalize_text(text))
    if signed_on:
        catalog["Ngày ký"] = signed_on  # the header's own date may be lost to a scan
    doc = build_document(layout_text(strip_breadcrumbs(strip_page_numbers(text))), "txt")
    doc.catalog = catalog
    return doc


def _joined_across_page_breaks(text: str) -> str:
    """`text` with each page break, the white space around it and a page's number on a line of its own before or
    after it put as one line break. (The space before a break is walked back by hand: a pattern starting with white
    space would try every split of it at every position, and a converter's "-layout" copy is mostly spaces.)"""
    out, done = [], 0
    for m in _PAGE_BREAK.finditer(text):
        if m.start() < done:
            continue  # (inside the page number or space after the last break)
        start = _space_before(text, done, m.start())
        digits = start
        while digits > done and start - digits < _PAGE_NUMBER_DIGITS and text[digits - 1].isdigit():
            digits -= 1
        line_start = digits
        while line_start > done and text[line_start - 1] in " \t":
            line_start -= 1
        if digits < start and line_start > done and text[line_start - 1] == "\n":
            start = _space_before(text, done, line_start - 1)  # "… 12" on its own line: the page's number
        # (a short last line ended its paragraph, a name under a signature among them: the next page's first line
        # is no part of it, so the break is kept as a blank line)
        last_line = start - text.rfind("\n", done, start) - 1
        out += [text[done:start], "\n\n" if last_line < _SHORT_LAST_LINE else "\n"]
        done = _NUMBER_AFTER_BREAK.match(text, m.end()).end()
    out.append(text[done:])
    return "".join(out)


def _space_before(text: str, floor: int, pos: int) -> int:
    while pos > floor and text[pos - 1].isspace():
        pos -= 1
    return pos


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
    blocks = _labels_joined(blocks)
    if lines_as_paragraphs([b.text.strip() for b in blocks if b.kind != "table" and b.text.strip()]):
        return _rejoined_lines(blocks)
    return blocks


# A paragraph holding only an item's label ("1.4.", "a)", "II."): converters put the label and its text in
# separate paragraphs, as a text file's lines may be ("2.2." / "Tăng cường kiểm tra …").
_BARE_LABEL = re.compile(r"(?:[IVXLC]{1,6}|\d{1,3}(?:\.\d{1,2}){0,3}|[a-zđ])[.)]|\(\d{1,2}\)")


def _labels_joined(blocks: list[RawBlock]) -> list[RawBlock]:
    """The blocks with each paragraph that is only a label joined to the paragraph after it."""
    out: list[RawBlock] = []
    for block in blocks:
        if out and block.kind != "table" and out[-1].kind != "table" and _BARE_LABEL.fullmatch(out[-1].text) \
                and not _BARE_LABEL.fullmatch(block.text):
            text = f"{out[-1].text} {block.text}"
            out[-1] = RawBlock(paragraph_kind(text), text)
        else:
            out.append(block)
    return out


def _rejoined_lines(blocks: list[RawBlock]) -> list[RawBlock]:
    """The paragraphs of a Word file that holds a line per paragraph: each run of them between two tables is
    reflowed as the lines of a text file are."""
    out: list[RawBlock] = []
    run: list[str] = []
    for block in [*blocks, None]:
        if block is not None and block.kind != "table":
            run.append(block.text)
            continue
        out.extend(RawBlock(paragraph_kind(p), p) for p in reflow("\n".join(run)))
        run = []
        if block is not None:
            out.append(block)
    return out


def _word_paragraph(text: str) -> list[RawBlock]:
    """A Word paragraph as blocks, its soft line breaks read as a text file's unwrapped lines: a line in capitals
    ("KẾ HOẠCH" ↵ "Triển khai …") or one starting an item or a sentence ("- Sở Tài chính …", "Căn cứ …") is a
    block of its own, and the other lines run on ("… theo dõi việc thực hiện Kế hoạch," ↵ "báo cáo …")."""
    return [RawBlock(paragraph_kind(p), p) for p in reflow_lines(text.split("\n"), 0, one_line=True)]


def _docx_rows(table, labels) -> list[list[str]]:
    from pipeline.docx_text import cell_paragraphs, paragraph_text

    rows = []
    for row in table.rows:
        seen, cells = set(), []
        for cell in row.cells:
            # A horizontally merged cell is returned once per grid column it spans.
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            texts = ((p, paragraph_text(p)) for p in cell_paragraphs(cell))
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


# --- HTML ------------------------------------------------------------------------------

def read_html(path: Path, data: bytes) -> Document:
    from pipeline.html_text import HtmlError, decode_html, html_blocks

    markup = decode_html(data)
    if "\x00" in markup[:4096] or not re.search(r"<[A-Za-z!?/]", markup[:4096]):
        raise ReadError(path, "not an HTML page (no markup)")
    try:
        blocks = _word_blocks(html_blocks(markup))
    except HtmlError as exc:
        raise ReadError(path, str(exc)) from None
    blocks, catalog = _site_document(blocks)
    doc = build_document(blocks, "html")
    doc.catalog = catalog
    return doc


def _site_document(blocks: list[RawBlock]) -> tuple[list[RawBlock], dict[str, str]]:
    """The blocks of a saved site page that hold the document, not the site's banner and trailer around it, and
    the banner's record of it: both found in the blocks' text as the site's text copy gives it (a paragraph a
    line, a cell a line)."""
    lines = [b.text if b.kind != "table" else "\n".join(c for row in b.rows for c in row) for b in blocks]
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    start, end, catalog = site_page_span("\n".join(lines))
    return [b for b, at in zip(blocks, starts) if start <= at < end], catalog


# --- PDF -------------------------------------------------------------------------------

def read_pdf(path: Path, data: bytes) -> Document:
    import io

    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

    from pipeline.pdf_text import pdf_blocks

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            blocks, n_pages = pdf_blocks(pdf), len(pdf.pages)
    except PdfminerException as exc:
        inner = exc.args[0] if exc.args else exc
        if isinstance(inner, PDFPasswordIncorrect) or "password" in str(inner).lower():
            raise ReadError(path, "encrypted PDF (password required)") from None
        raise ReadError(path, f"corrupt or truncated PDF ({type(inner).__name__})") from None
    except (PDFSyntaxError, MalformedPDFException, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ReadError(path, f"corrupt or truncated PDF ({type(exc).__name__})") from None
    if not any(b.text.strip() or b.rows for b in blocks):
        raise ReadError(path, "no text layer (a scanned PDF); OCR not enabled")
    return build_document(blocks, "pdf", pages=n_pages)
