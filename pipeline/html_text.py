"""HTML pages as paragraphs and tables.

Analysts save documents from legal-document sites and provincial portals as web pages, and old offices filed Word's
"Save as Web Page" copies (.htm). Each block element and each <br> ends a paragraph (pages break paragraphs with
<br> as often as Word wraps lines with it). A table of data becomes a table, its cells' paragraphs one per line;
a table that holds another table, or has a single cell, only lays the page out: its cells are read as paragraphs.
Scripts, styles, forms' controls, hidden elements and the site's navigation, header, footer and sidebars are no text.
"""
from __future__ import annotations

import re
from html import unescape

from lxml import etree, html

from pipeline.document import RawBlock

_SKIPPED = frozenset("head script style noscript template svg iframe object embed button select option textarea input "
                     "nav header footer aside".split())
_BLOCKS = frozenset("p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre section article main "
                    "address center figure figcaption hr form fieldset legend caption table tbody thead tfoot tr td th".split())
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\r\n\f\v]+")  # HTML's white space; a no-break space is the text's own
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
# Markup inside a markdown or text file, as converters of PDFs and Word files write it: tables as HTML, the
# header's and title's centring as <div>, line breaks as <br>, bold and underline as tags.
_EMBEDDED_MARKUP = re.compile(r"<(?:table|div|br|p|b|u|td)\b", re.IGNORECASE)
_TABLE_FRAGMENT = re.compile(r"<table\b.*?</table\s*>", re.IGNORECASE | re.DOTALL)
_BREAK_TAG = re.compile(r"<br\s*/?>\n?", re.IGNORECASE)
# (a table's tags left by a fragment cut short, with no </table>, end lines too)
_BLOCK_TAG = re.compile(r"</?(?:div|p|h[1-6]|center|blockquote|ul|ol|li|section|article|table|thead|tbody|tfoot|tr|td|th"
                        r"|caption)\b[^>]*>", re.IGNORECASE)
_INLINE_TAG = re.compile(r"</?(?:b|i|u|em|strong|span|font|sup|sub|a|s|strike|small|big|mark|ins)\b[^>]*>",
                         re.IGNORECASE)


class HtmlError(Exception):
    """The file is no readable HTML page; the message says why."""


def decode_html(data: bytes) -> str:
    """The page's characters: its byte-order mark, else the charset its <meta> declares, else UTF-8, else
    Windows-1258 (Vietnamese Word's "Save as Web Page" default)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    declared = _CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared[1].decode("ascii"), errors="replace")
        except LookupError:
            pass  # an unknown name: guessed below
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1258", errors="replace")


def html_blocks(markup: str) -> list[RawBlock]:
    """The paragraphs (text as written, "" kind) and data tables of a page's body, in reading order."""
    try:
        root = html.document_fromstring(_XML_DECLARATION.sub("", markup, count=1))
    except (etree.ParserError, ValueError) as exc:
        raise HtmlError(f"not an HTML page ({exc})") from None
    body = root.find("body")
    writer = _Writer()
    writer.element(body if body is not None else root)
    writer.end_paragraph()
    return writer.blocks


class _Writer:
    def __init__(self) -> None:
        self.blocks: list[RawBlock] = []
        self.pieces: list[str] = []  # the text of the paragraph being written

    def end_paragraph(self) -> None:
        text = _SPACES.sub(" ", "".join(self.pieces)).strip()
        if text:
            self.blocks.append(RawBlock("", text))
        self.pieces = []

    def element(self, el) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""  # comments and processing instructions have no name
        if tag in _SKIPPED or _HIDDEN.search(el.get("style") or ""):
            pass
        elif tag == "table" and _is_data_table(el):
            self.end_paragraph()
            self.blocks.append(RawBlock("table", rows=[[_cell_text(cell) for cell in row] for row in _rows(el)]))
        elif tag == "br":
            self.end_paragraph()  # pages break their paragraphs with <br> as often as they wrap them
        else:
            block = tag in _BLOCKS
            if block:
                self.end_paragraph()
            if tag and el.text:
                self.pieces.append(el.text)
            for child in el:
                self.element(child)
            if block:
                self.end_paragraph()
        if el.tail:
            self.pieces.append(el.tail)


def _cell_text(cell) -> str:
    """A data cell's paragraphs, one per line."""
    writer = _Writer()
    if cell.text:
        writer.pieces.append(cell.text)
    for child in cell:
        writer.element(child)
    writer.end_paragraph()
    return "\n".join(block.text for block in writer.blocks)


def _rows(table) -> list[list]:
    """The table's rows that hold a cell, each as its cells."""
    rows = ([cell for cell in row if isinstance(cell.tag, str) and cell.tag in ("td", "th")] for row in table.iter("tr"))
    return [row for row in rows if row]


def _is_data_table(table) -> bool:
    """A table of data, not one that lays a page out: no table inside it and more than one cell."""
    if any(True for _ in table.iterdescendants("table")):
        return False
    return sum(len(row) for row in _rows(table)) > 1


def embedded_markup_as_text(text: str) -> str:
    """A markdown or text file's HTML fragments in the shape its plain text has: a table as pipe rows (a cell's
    lines on one row, a rule under the first row, as legal sites' text copies print them), a <br> or a block's
    edge as a line break, inline tags gone. Text without such markup is returned as it is."""
    if "<" not in text or not _EMBEDDED_MARKUP.search(text):
        return text
    text = _TABLE_FRAGMENT.sub(_pipe_rows, text)
    text = _INLINE_TAG.sub("", _BLOCK_TAG.sub("\n", _BREAK_TAG.sub("\n", text)))
    return unescape(text)


def _pipe_rows(m: re.Match) -> str:
    try:
        table = html.fragment_fromstring(m.group())
    except (etree.ParserError, ValueError):
        return m.group()  # left to the inline clean-up
    rows = [_joined_number([_cell_text(cell).replace("\n", " ").replace("|", "/") for cell in row])
            for row in _rows(table)]
    if not rows:
        return "\n"
    lines = [f"| {' | '.join(row)} |" for row in rows]
    lines.insert(1, "|" + "---|" * max(len(row) for row in rows))
    return "\n\n" + "\n".join(lines) + "\n\n"


def _joined_number(cells: list[str]) -> list[str]:
    """A number a converter split over two cells ("Số: 18" | "/2025/QĐ-UBND") is one cell again."""
    for i in range(len(cells) - 1, 0, -1):
        if cells[i].startswith("/") and cells[i - 1][-1:].isdigit():
            cells[i - 1:i + 1] = [cells[i - 1] + cells[i]]
    return cells
