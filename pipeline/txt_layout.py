"""Rebuild paragraphs and tables from plain text (already character-normalized).

Three table layouts occur in text copies of Vietnamese documents:
- "pipe-line" layout (legal-document websites): every cell on its own lines, cells separated
  by lines holding only "|", a row sometimes closed by an empty cell ("|\\n|");
- markdown rows: "| TT | Nhiệm vụ | … |" with a "|---|" rule under the header, or rows without the
  outer bars ("TT | Nhiệm vụ | …") from a header row on;
- one piece of a cell per line and no separator at all (the Official Gazette's PDF-to-text copies), read by
  `pipeline.line_tables`.
Everything else is prose, reflowed into paragraphs.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from pipeline.document import RawBlock
from pipeline.line_tables import HEADER_WORDS, TT_HEADER, has_line_table_header, split_line_tables
from pipeline.reflow import one_line_paragraphs, paragraph_kind, reflow, reflow_lines, spaced_paragraphs, wrap_width

_ROW_NUMBER = regex.compile(r"^(?:[IVXLC]{1,6}(?:\.\d{1,3}){0,2}|\d{1,3}(?:\.\d{1,2}){0,3}|[a-zđA-Z])[.)]?$")
_SECTION_CELL = regex.compile(r"^(?P<number>[IVXLC]{1,6}|[A-Z])[.)]\s+(?P<title>\S.*)$", regex.DOTALL)
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")  # what _SECTION_CELL opens with
_COLUMN_LABEL = regex.compile(r"^\(?(?:[A-Z]|\d{1,2})\)?$")
_MD_RULE = regex.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$")


@dataclass
class _Segment:
    lines: list[str]
    blanks_before: int = 0  # empty cells just before it: a blank cell, or the end-of-row marker "|\n|"
    one_line: str = field(init=False)  # where row numbers and header words are looked for, several times

    def __post_init__(self) -> None:
        self.one_line = " ".join(self.lines).strip()

    @property
    def row_break_before(self) -> bool:
        return self.blanks_before > 0


def layout_text(text: str) -> list[RawBlock]:
    if "|" not in text:
        lines = text.split("\n")
        pieces = split_line_tables(lines) if has_line_table_header(text) else []
        if not pieces:
            return _prose(reflow(text))  # no table in any layout
        width = wrap_width(lines)
        return [block for kind, piece in pieces for block in
                ([RawBlock("table", rows=piece)] if kind == "table" else _prose(reflow("\n".join(piece), width)))]
    lines = text.split("\n")
    if any(line.strip() == "|" for line in lines):
        return _pipe_layout(lines)
    return _markdown_layout(lines)


def _prose(paragraphs: list[str]) -> list[RawBlock]:
    return [RawBlock(paragraph_kind(p), p) for p in paragraphs]


def _cell(lines: list[str], width: int) -> str:
    # Line breaks inside a cell are wraps except where a new item starts.
    return "\n".join(reflow_lines(lines, width))


def _row_number(text: str) -> bool:
    return len(text) <= 15 and _ROW_NUMBER.match(text) is not None  # no longer text can match


def _section_cell(text: str) -> regex.Match | None:
    return _SECTION_CELL.match(text) if text[:1] in _CAPITALS else None


def _segments(lines: list[str]) -> list[_Segment]:
    segments: list[_Segment] = []
    current: list[str] = []
    blanks = 0
    for line in lines:
        if line.strip() == "|":
            if not "".join(current).strip(" .…"):
                current = []  # blank lines, or a filler row of dots, between two "|" are an empty cell
            if current:
                segments.append(_Segment(current, blanks))
                current, blanks = [], 0
            elif segments:
                blanks += 1
            continue
        current.append(line)
    if current:
        segments.append(_Segment(current, blanks))
    return segments


def _header_at(segments: list[_Segment], i: int) -> int:
    """Number of header cells after a 'TT' cell at segment i (0 when it is no table header). A cell without a
    header word ("Mức độ hoàn chỉnh của thông tin") belongs to the header when header cells follow it in the row."""
    count = named = 0
    for seg in segments[i + 1:]:
        if _is_header_cell(seg.one_line):
            count += 1
            named = count
        elif len(seg.one_line) <= 80 and not _row_number(seg.one_line) and count and not seg.row_break_before:
            count += 1
        else:
            break
        if seg is not segments[i + 1] and seg.row_break_before:
            break
    return named if named >= 2 else 0


def _is_header_cell(text: str) -> bool:
    return len(text) <= 80 and bool(HEADER_WORDS.search(text)) and not _row_number(text)


def _repeated_header(segments: list[_Segment], i: int) -> int:
    """Number of segments of a header row repeated inside a table (after a page break or section)."""
    if not segments[i].row_break_before:
        return 0
    n = 0
    while i + n < len(segments) and _is_header_cell(segments[i + n].one_line):
        n += 1
        if i + n < len(segments) and segments[i + n].row_break_before:
            break
    return n if n >= 2 else 0


def _pipe_layout(lines: list[str]) -> list[RawBlock]:
    segments = _segments(lines)
    width = wrap_width(lines)
    one_line = one_line_paragraphs(lines, width)
    blocks: list[RawBlock] = []
    i = 0
    while i < len(segments):
        seg = segments[i]
        tail = seg.lines[-1].strip()
        # No header cell is longer than "Số thứ tự."
        n_header = _header_at(segments, i) if len(tail) <= 10 and TT_HEADER.match(tail) else 0
        if not n_header:
            blocks.extend(_prose(reflow_lines(seg.lines, width, spaced_paragraphs(seg.lines), one_line)))
            i += 1
            continue
        if len(seg.lines) > 1:
            blocks.extend(_prose(reflow_lines(seg.lines[:-1], width, spaced_paragraphs(seg.lines[:-1]), one_line)))
        header = [tail] + [_cell(s.lines, width) for s in segments[i + 1:i + 1 + n_header]]
        rows, i = _table_rows(segments, i + 1 + n_header, len(header), width)
        blocks.append(RawBlock("table", rows=[header] + rows))
    return blocks


def _table_rows(segments: list[_Segment], i: int, n_columns: int, width: int) -> tuple[list[list[str]], int]:
    """Rows from segment i on; returns them and the index of the first segment after the table."""
    rows: list[list[str]] = []
    labels = segments[i:i + n_columns]
    if len(labels) == n_columns and all(_COLUMN_LABEL.match(seg.one_line) for seg in labels) \
            and not any(seg.row_break_before for seg in labels[1:]):
        i += n_columns  # the columns' labels under the header ("A | B | 1 | 2 | 3 | 4"), no row
    while i < len(segments):
        first = segments[i].one_line
        section = _section_cell(first)
        if section and not _row_number(first):
            # A section title merged across the row: "I. NÂNG CAO NHẬN THỨC …" → ["I", "NÂNG CAO …"]
            rows.append([section["number"], _cell(segments[i].lines, width)[len(section[0]) - len(section["title"]):]])
            i += 1
            continue
        if not _row_number(first):
            repeated = _repeated_header(segments, i)
            if repeated:
                i += repeated
                continue
            n_cells = _sub_row_cells(segments, i, n_columns) if rows else 0
            if not n_cells:
                break
            cells = [_cell(seg.lines, width) for seg in segments[i:i + n_cells]]
            if n_cells == 1:
                rows.append(["", *cells])  # a title across the row, its other cells blank: a section row
            else:
                # A row whose first cells are merged with the row above ("1 | Xây dựng A | Trung tâm X | … | Quý IV"
                # over "Xây dựng B | Trung tâm X"): its cells take the places after the number; the cells merged
                # down from the row above repeat its text, as a vertically merged cell does in a DOCX table.
                above = rows[-1]
                rows.append([above[0], *cells, *above[1 + n_cells:]])
            i += n_cells
            continue
        row = [segments[i].lines[0].strip()]
        i += 1
        while i < len(segments) and len(row) < n_columns:
            seg = segments[i]
            text = seg.one_line
            if (seg.row_break_before or len(row) >= 2) and (_row_number(text) or _section_cell(text)):
                break  # the next row starts
            if seg.row_break_before and _repeated_header(segments, i):
                break
            if seg.row_break_before and len(row) + seg.blanks_before + _sub_row_cells(segments, i, n_columns) > n_columns:
                break  # the cells after the break do not fit: a row of merged cells follows, not blank cells
            # Empty cells before this one (a blank "Cơ quan phối hợp"), as far as the row has room.
            row.extend([""] * min(seg.blanks_before, n_columns - len(row) - 1))
            row.append(_cell(seg.lines, width))
            i += 1
        if 1 < len(row) < n_columns and rows and len(rows[-1]) == n_columns and i < len(segments) \
                and segments[i].blanks_before == 1 and _row_number(segments[i].one_line) \
                and (len(row) > 2 or _siblings(rows[-1][0], row[0], segments[i].one_line)):
            # The next row follows right after this one's last cell, no blank cells between: the cells it lacks
            # were merged down from the row above ("2 | Số đại biểu … | Chính thức" under a row whose month,
            # channel and unit span both), as a vertically merged cell repeats in a DOCX table. (A number and a
            # title alone head the rows numbered under it: "1 | Phát triển hạ tầng" over "1.1 | …".)
            row.extend(rows[-1][len(row):])
        rows.append(row)
    return rows, i


def _siblings(before: str, number: str, after: str) -> bool:
    """Whether row `number` is one of a run of rows numbered in sequence ("17", "18", "19"), not a part's title
    ("IV | Phát triển hạ tầng") over rows of its own."""
    parts = [n.rstrip(".)").rsplit(".", 1) for n in (before, number, after)]
    if not all(p[-1].isdigit() for p in parts) or len({p[0] if len(p) == 2 else "" for p in parts}) != 1:
        return False
    a, b, c = (int(p[-1]) for p in parts)
    return a + 1 == b and b + 1 == c


def _sub_row_cells(segments: list[_Segment], i: int, n_columns: int) -> int:
    """Number of cells of a row starting at segment i without its row number (0: no such row): it opens
    a new row, has fewer cells than the table, and the table goes on after it (one cell: a title row)."""
    if not segments[i].row_break_before:
        return 0
    n = 1
    while i + n < len(segments) and not segments[i + n].row_break_before:
        n += 1
    after = segments[i + n].one_line if i + n < len(segments) else ""
    goes_on = _row_number(after) or _section_cell(after) or (i + n < len(segments) and segments[i + n].row_break_before)
    return n if n < n_columns and goes_on else 0


def _bare_header(cells: list[str]) -> bool:
    """A header row: a row-number column ("TT") and another header, or three header cells."""
    headers = sum(1 for cell in cells if cell and _is_header_cell(cell))
    return (bool(TT_HEADER.match(cells[0])) and headers >= 1) or headers >= 3


def _markdown_layout(lines: list[str]) -> list[RawBlock]:
    blocks: list[RawBlock] = []
    prose: list[str] = []
    table: list[list[str]] = []

    def flush_prose() -> None:
        if prose:
            blocks.extend(_prose(reflow("\n".join(prose))))
            prose.clear()

    def flush_table() -> None:
        if table:
            blocks.append(RawBlock("table", rows=list(table)))
            table.clear()

    for line in lines:
        stripped = line.strip()
        if stripped[:1] == "|" and stripped[-1:] == "|" and stripped.count("|") >= 3:
            flush_prose()
            if not _MD_RULE.match(stripped):
                table.append([c.strip().replace("<br>", "\n") for c in stripped[1:-1].split("|")])
            continue
        bars = stripped.count(" | ") + stripped.startswith("| ") + stripped.endswith(" |")
        if bars >= 2 or (table and bars and _row_number(stripped.split("|", 1)[0].strip())):
            # Rows without the outer bars, one per line ("TT | Tên nhiệm vụ | Sở, ngành chủ trì | …", as
            # text copies of Word tables and vnplan's own text give them), from a header row on; a section row
            # of two cells ("I | GIAI ĐOẠN 1: …") goes on with the table.
            cells = [c.strip() for c in stripped.split("|")]
            if table or _bare_header(cells):
                flush_prose()
                table.append(cells)
                continue
        flush_table()
        prose.append(line)
    flush_prose()
    flush_table()
    return blocks
