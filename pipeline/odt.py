"""OpenDocument text (.odt): paragraphs, lists with the labels LibreOffice shows, tables, then footnotes.

Vietnamese offices were told to use OpenOffice (Chỉ thị 07/CT-BBCVT, 2008), and some still file .odt. The text is
in content.xml; list styles (a level's number format, prefix and suffix, or its bullet) are in content.xml's
automatic styles or in styles.xml. A new list starts its numbering again unless it says it continues.
"""
from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

from lxml import etree

from pipeline.document import RawBlock
from pipeline.list_labels import Level, ListCounter

_NS = {"text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
       "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
       "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
       "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0"}
_T, _TB, _ST = (f"{{{_NS[p]}}}" for p in ("text", "table", "style"))
_DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
_BOX_CONTENT = {f"{_T}p", f"{_T}h", f"{_T}list", f"{_TB}table"}
_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman", "": "none"}
_MAX_REPEATED = 64  # an empty cell "repeated" to the sheet's edge is one cell, not thousands


class OdtError(Exception):
    """The file is no readable OpenDocument text; the message says why."""


def read_odt(data: bytes) -> list[RawBlock]:
    """The document's paragraphs (kind "heading", or "": laid out by the caller), tables and footnotes."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "content.xml" not in names:
                raise OdtError("not an OpenDocument text (a ZIP without content.xml)")
            if "META-INF/manifest.xml" in names and b"encryption-data" in archive.read("META-INF/manifest.xml"):
                raise OdtError("encrypted ODT (password required)")
            content = etree.fromstring(archive.read("content.xml"))
            styles = etree.fromstring(archive.read("styles.xml")) if "styles.xml" in names else None
    except OdtError:
        raise
    except zipfile.BadZipFile:
        raise OdtError("not an OpenDocument text (no ZIP container)") from None
    except Exception as exc:  # a damaged member: zlib, XML or name decoding errors
        raise OdtError(f"corrupt ODT ({type(exc).__name__}: {exc})") from None
    body = content.find("office:body/office:text", _NS)
    if body is None:
        raise OdtError("not an OpenDocument text (no text body: a spreadsheet or a presentation?)")
    reader = _Reader([content] + ([styles] if styles is not None else []))
    blocks = list(reader.items(body))
    notes = [RawBlock("", _text(p)) for p in body.iterfind(".//text:note-body//text:p", _NS)]
    return blocks + [note for note in notes if note.text.strip()]


class _Reader:
    def __init__(self, roots: list):
        self._styles = {style.get(f"{_ST}name"): style for root in roots
                        for style in root.iterfind(".//text:list-style", _NS)}
        self._counter = ListCounter()

    def items(self, element, list_style: str | None = None, depth: int = 0) -> Iterator[RawBlock]:
        for child in element:
            tag = child.tag
            if tag in (f"{_T}p", f"{_T}h"):
                if (text := _text(child)).strip():
                    yield RawBlock("heading" if tag == f"{_T}h" else "", text)
                for box in _text_boxes(child):
                    yield from self.items(box, list_style, depth)
            elif tag.startswith(_DRAW):  # a box anchored to the page
                for box in [child] if _holds_text(child) else _text_boxes(child):
                    yield from self.items(box, list_style, depth)
            elif tag == f"{_T}list":
                yield from self._list(child, list_style, depth)
            elif tag == f"{_TB}table":
                yield RawBlock("table", rows=list(self._rows(child)))
            elif tag == f"{_T}section":
                yield from self.items(child, list_style, depth)

    def _list(self, element, outer_style: str | None, depth: int) -> Iterator[RawBlock]:
        style = element.get(f"{_T}style-name") or outer_style
        levels = self._levels(style)
        continues = element.get(f"{_T}continue-numbering") == "true" or element.get(f"{_T}continue-list")
        restarts = None if depth or continues else {level: spec.start for level, spec in levels.items()}
        for item in element:
            numbered = item.tag == f"{_T}list-item"
            for child in item:
                if child.tag in (f"{_T}p", f"{_T}h") and (text := _text(child)).strip():
                    label = self._counter.label(style, levels, depth, element, restarts) if numbered else ""
                    yield RawBlock("heading" if child.tag == f"{_T}h" else "", f"{label} {text}" if label else text)
                    numbered = False  # an item's further paragraphs carry no label
                elif child.tag == f"{_T}list":
                    yield from self._list(child, style, depth + 1)
                elif child.tag == f"{_TB}table":
                    yield RawBlock("table", rows=list(self._rows(child)))

    def _levels(self, style: str | None) -> dict[int, Level]:
        levels = {}
        for spec in self._styles.get(style, ()):
            level = int(spec.get(f"{_T}level", "1")) - 1
            if spec.tag == f"{_T}list-level-style-bullet":
                levels[level] = Level(1, "bullet", spec.get(f"{_T}bullet-char", "•"))
            elif spec.tag == f"{_T}list-level-style-number":
                shown = int(spec.get(f"{_T}display-levels", "1"))
                numbers = ".".join(f"%{n + 1}" for n in range(level - shown + 1, level + 1))
                levels[level] = Level(int(spec.get(f"{_T}start-value", "1")),
                                      _FORMATS.get(spec.get(f"{_ST}num-format", "1"), "decimal"),
                                      f"{spec.get(f'{_ST}num-prefix', '')}{numbers}{spec.get(f'{_ST}num-suffix', '')}")
        return levels

    def _rows(self, table) -> Iterator[list[str]]:
        for row in table.iter(f"{_TB}table-row"):
            if row.getparent() is not table and row.getparent().getparent() is not table:
                continue  # a nested table's row: its cell's text already holds it
            cells = []
            for cell in row:
                if cell.tag != f"{_TB}table-cell":
                    continue  # a covered cell: merged into the one before it
                # a nested table's cells read as the cell's lines
                text = "\n".join(line for block in self.items(cell)
                                  for line in ([c for row in block.rows for c in row] if block.kind == "table"
                                               else [block.text]) if line)
                cells.extend([text] * min(int(cell.get(f"{_TB}number-columns-repeated", "1")), _MAX_REPEATED))
            yield cells


def _text_boxes(paragraph) -> Iterator:
    """The text boxes anchored in a paragraph, read after it: a frame's text box, or a shape holding paragraphs (a
    Word text box converted by LibreOffice). A box inside another is read with that one."""
    for box in paragraph.iter(f"{_DRAW}*"):
        if not _holds_text(box):
            continue
        node = box.getparent()
        while node is not paragraph and not (node.tag.startswith(_DRAW) and _holds_text(node)):
            node = node.getparent()
        if node is paragraph:
            yield box


def _holds_text(element) -> bool:
    return any(child.tag in _BOX_CONTENT for child in element)


def _text(element) -> str:
    """What a paragraph shows: its spans and links, spaces (text:s), tabs and line breaks; not its notes,
    frames or the tracked deletions."""
    parts = [element.text or ""]
    for child in element:
        tag = child.tag
        if tag == f"{_T}s":
            parts.append(" " * int(child.get(f"{_T}c", "1")))
        elif tag == f"{_T}tab":
            parts.append("\t")
        elif tag == f"{_T}line-break":
            parts.append("\n")
        elif tag in (f"{_T}span", f"{_T}a", f"{_T}meta", f"{_T}ruby"):
            parts.append(_text(child))
        parts.append(child.tail or "")
    return "".join(parts)
