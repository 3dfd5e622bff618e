"""What a DOCX shows, read from its XML where python-docx's own properties leave text out.

python-docx's `Paragraph.text` reads only the runs directly in a paragraph or a hyperlink, and
`iter_inner_content` only the paragraphs and tables directly in the body. Word also puts runs in tracked
insertions (w:ins), smart tags (old files tag places and dates), simple fields and content controls (w:sdt),
and whole paragraphs and tables in body-level content controls: text silently lost otherwise. Footnotes live
in a part of their own.
"""
from __future__ import annotations

from collections.abc import Iterator

from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsmap, qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree

# Run content in reading order; not what was deleted, moved away, or sits in a text box of its own.
# ($boxes: the number of text boxes the paragraph itself is in.)
_RUN_TEXT = etree.XPath("./descendant::w:r[not(ancestor::w:del) and not(ancestor::w:moveFrom)"
                        " and count(ancestor::w:txbxContent) = $boxes]"
                        "/*[self::w:t or self::w:tab or self::w:br or self::w:cr or self::w:noBreakHyphen"
                        " or self::w:sym]",
                        namespaces={"w": nsmap["w"]})
_SHOWN = {qn("w:tab"): "\t", qn("w:br"): "\n", qn("w:cr"): "\n", qn("w:noBreakHyphen"): "-"}
_P, _TBL, _SDT, _SDT_CONTENT = qn("w:p"), qn("w:tbl"), qn("w:sdt"), qn("w:sdtContent")
_FOOTNOTE, _NOTE_TYPE = qn("w:footnote"), qn("w:type")
_TXBX = qn("w:txbxContent")
_SYM, _SYM_CHAR = qn("w:sym"), qn("w:char")
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def body_items(document) -> Iterator[Paragraph | Table]:
    """The body's paragraphs and tables in reading order, those inside content controls included."""
    yield from _items(document.element.body, document._body)


def _items(element, parent) -> Iterator[Paragraph | Table]:
    for child in element:
        if child.tag == _P:
            yield Paragraph(child, parent)
            for box in _text_boxes(child):
                yield from _items(box, parent)
        elif child.tag == _TBL:
            yield Table(child, parent)
        elif child.tag == _SDT and (content := child.find(_SDT_CONTENT)) is not None:
            yield from _items(content, parent)


def _text_boxes(paragraph) -> Iterator:
    """The text boxes anchored in a paragraph ("Số: 12/KH-UBND" or a signature block placed on the page), read
    after it. Word stores each twice, as a shape and as its VML fallback: the fallback is skipped, and so is a box
    inside another box (read with the box around it)."""
    for box in paragraph.iter(_TXBX):
        node = box.getparent()
        while node is not paragraph and node.tag not in (_FALLBACK, _TXBX):
            node = node.getparent()
        if node is paragraph:
            yield box


def cell_paragraphs(cell) -> Iterator[Paragraph]:
    """A table cell's paragraphs in reading order, also those in content controls and in a table nested in it
    (its rows read as the cell's lines)."""
    for item in _items(cell._tc, cell):
        if isinstance(item, Paragraph):
            yield item
        else:
            seen = set()  # a merged cell of the nested table is returned once per grid column it spans
            for row in item.rows:
                for inner in row.cells:
                    if id(inner._tc) not in seen:
                        seen.add(id(inner._tc))
                        yield from cell_paragraphs(inner)


def footnote_paragraphs(document) -> Iterator[Paragraph]:
    """The footnotes' paragraphs in order (not the separator lines Word keeps among them): a text copy prints
    them at its end, and plans cite documents in them."""
    for rel in document.part.rels.values():
        if rel.reltype == RELATIONSHIP_TYPE.FOOTNOTES and not rel.is_external:
            notes = parse_xml(rel.target_part.blob)
            for note in notes.iter(_FOOTNOTE):
                if note.get(_NOTE_TYPE) in (None, "normal"):
                    yield from (Paragraph(p, document._body) for p in note.iter(_P))


def paragraph_text(paragraph: Paragraph) -> str:
    p = paragraph._p
    boxes = sum(1 for _ in p.iterancestors(_TXBX))
    return "".join(_symbol(node) if node.tag == _SYM else _SHOWN.get(node.tag, node.text or "")
                   for node in _RUN_TEXT(p, boxes=boxes))


def _symbol(sym) -> str:
    """A character inserted from a symbol font (w:sym: "≥" from Symbol, a bullet from Wingdings), as the private-use
    code point a PDF of it would carry; normalization reads those."""
    try:
        code = int(sym.get(_SYM_CHAR) or "", 16)
    except ValueError:
        return ""
    return chr(code + 0xF000 if code < 0x100 else code)
