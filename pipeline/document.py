"""The plain document model every reader returns: normalized text plus blocks with offsets.

Readers produce a list of raw blocks (paragraph text or table rows) already normalized
(pipeline.normalize); `build_document` lays them out in one text, so every extractor sees
the same string and every block, row and cell knows where it sits in it.
"""
from __future__ import annotations

from dataclasses import dataclass, field

CELL_SEPARATOR = " | "


@dataclass
class Cell:
    text: str
    start: int
    end: int


@dataclass
class Block:
    kind: str  # heading | paragraph | list_item | table
    text: str
    start: int
    end: int
    rows: list[list[Cell]] = field(default_factory=list)


@dataclass
class Document:
    text: str
    blocks: list[Block]
    format: str
    pages: int | None = None
    # What the site a text was copied from records of it ("Số hiệu", "Loại văn bản", "Ngày ban hành",
    # "Người ký", "Nơi ban hành"): metadata for a document that lost its own header.
    catalog: dict[str, str] = field(default_factory=dict)


@dataclass
class RawBlock:
    """What a reader hands over before layout: a paragraph's text or a table's cell texts."""

    kind: str
    text: str = ""
    rows: list[list[str]] = field(default_factory=list)


def build_document(raw_blocks: list[RawBlock], fmt: str, pages: int | None = None) -> Document:
    """Normalize raw blocks and lay them out one per line (a table: one row per line)."""
    parts: list[str] = []
    blocks: list[Block] = []
    pos = 0

    def emit(piece: str) -> tuple[int, int]:
        nonlocal pos
        if parts:
            parts.append("\n")
            pos += 1
        start = pos
        parts.append(piece)
        pos += len(piece)
        return start, pos

    for raw in raw_blocks:
        if raw.kind == "table":
            rows = [[_cell_text(c) for c in row] for row in raw.rows]
            rows = [r for r in rows if any(r)]
            if not rows:
                continue
            table_start = None
            cell_rows: list[list[Cell]] = []
            lines = [CELL_SEPARATOR.join(row) for row in rows]
            for row, line in zip(rows, lines):
                start, _ = emit(line)
                table_start = start if table_start is None else table_start
                cells, offset = [], start
                for cell in row:
                    cells.append(Cell(cell, offset, offset + len(cell)))
                    offset += len(cell) + len(CELL_SEPARATOR)
                cell_rows.append(cells)
            blocks.append(Block("table", "\n".join(lines), table_start, pos, cell_rows))
        else:
            text = _one_line(raw.text)
            if not text:
                continue
            start, end = emit(text)
            blocks.append(Block(raw.kind, text, start, end))
    return Document("".join(parts), blocks, fmt, pages)


def _one_line(text: str) -> str:
    """A paragraph occupies one line of the document text."""
    # Every whitespace character but " " is unprintable: most paragraphs are already one clean line.
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


def _cell_text(text: str) -> str:
    """A cell keeps one line per item ("- Sở A …\n- Sở B …"): readers hand over real breaks only."""
    if "\n" not in text:  # most cells
        return _one_line(text) if text.strip() else ""
    return "\n".join(_one_line(line) for line in text.split("\n") if line.strip())
