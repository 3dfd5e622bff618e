"""Rebuild paragraphs and tables from plain text (already character-normalized).

Two table layouts occur in text copies of Vietnamese documents:
- "pipe-line" layout (legal-document websites): every cell on its own lines, cells separated
  by lines holding only "|", a row sometimes closed by an empty cell ("|\\n|");
- markdown rows: "| TT | Nhiệm vụ | … |" with a "|---|" rule under the header.
Everything else is prose, reflowed into paragraphs.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from pipeline.document import RawBlock
from pipeline.reflow import paragraph_kind, reflow, wrap_width

_TT_HEADER = regex.compile(r"^(?:S\.?\s?TT|TT|Số\s?TT|Số thứ tự)\.?$", regex.IGNORECASE)
_HEADER_WORDS = regex.compile(
    r"nhiệm vụ|nội dung|sản phẩm|tiến độ|thời gian|thời hạn|cơ quan|đơn vị|chủ trì|phối hợp|"
    r"phân công|trách nhiệm|kết quả|ghi chú|văn bản|kinh phí|hình thức|giải pháp|hoạt động|lộ trình|"
    r"chỉ tiêu|mục tiêu|công việc|tên",
    regex.IGNORECASE,
)
_ROW_NUMBER = regex.compile(r"^(?:[IVXLC]{1,6}(?:\.\d{1,3}){0,2}|\d{1,3}(?:\.\d{1,2}){0,3}|[a-zđA-Z])[.)]?$")
_SECTION_CELL = regex.compile(r"^(?P<number>[IVXLC]{1,6}|[A-Z])[.)]\s+(?P<title>\S.*)$", regex.DOTALL)
_MD_ROW = regex.compile(r"^\|.*\|$")
_MD_RULE = regex.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$")


@dataclass
class _Segment:
    lines: list[str]
    blanks_before: int = 0  # empty cells just before it: a blank cell, or the end-of-row marker "|\n|"

    @property
    def row_break_before(self) -> bool:
        return self.blanks_before > 0

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def layout_text(text: str) -> list[RawBlock]:
    lines = text.split("\n")
    if any(line.strip() == "|" for line in lines):
        return _pipe_layout(lines)
    return _markdown_layout(lines)


def _prose(text: str, width: int | None = None) -> list[RawBlock]:
    return [RawBlock(paragraph_kind(p), p) for p in reflow(text, width)]


def _cell(lines: list[str], width: int) -> str:
    # Line breaks inside a cell are wraps except where a new item starts.
    return "\n".join(reflow("\n".join(lines), width))


def _segments(lines: list[str]) -> list[_Segment]:
    segments: list[_Segment] = []
    current: list[str] = []
    blanks = 0
    for line in lines:
        if line.strip() == "|":
            if not any(x.strip(" .…") for x in current):
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
    """Number of header cells after a 'TT' cell at segment i (0 when it is no table header)."""
    count = 0
    for seg in segments[i + 1:]:
        if not _is_header_cell(" ".join(seg.lines).strip()):
            break
        count += 1
        if seg is not segments[i + 1] and seg.row_break_before:
            break
    return count if count >= 2 else 0


def _is_header_cell(text: str) -> bool:
    return len(text) <= 80 and bool(_HEADER_WORDS.search(text)) and not _ROW_NUMBER.match(text)


def _repeated_header(segments: list[_Segment], i: int) -> int:
    """Number of segments of a header row repeated inside a table (after a page break or section)."""
    if not segments[i].row_break_before:
        return 0
    n = 0
    while i + n < len(segments) and _is_header_cell(" ".join(segments[i + n].lines).strip()):
        n += 1
        if i + n < len(segments) and segments[i + n].row_break_before:
            break
    return n if n >= 2 else 0


def _pipe_layout(lines: list[str]) -> list[RawBlock]:
    segments = _segments(lines)
    width = wrap_width("\n".join(lines))
    blocks: list[RawBlock] = []
    i = 0
    while i < len(segments):
        seg = segments[i]
        tail = seg.lines[-1].strip()
        n_header = _header_at(segments, i) if _TT_HEADER.match(tail) else 0
        if not n_header:
            blocks.extend(_prose(seg.text, width))
            i += 1
            continue
        if len(seg.lines) > 1:
            blocks.extend(_prose("\n".join(seg.lines[:-1]), width))
        header = [tail] + [_cell(s.lines, width) for s in segments[i + 1:i + 1 + n_header]]
        rows, i = _table_rows(segments, i + 1 + n_header, len(header), width)
        blocks.append(RawBlock("table", rows=[header] + rows))
    return blocks


def _table_rows(segments: list[_Segment], i: int, n_columns: int, width: int) -> tuple[list[list[str]], int]:
    """Rows from segment i on; returns them and the index of the first segment after the table."""
    rows: list[list[str]] = []
    while i < len(segments):
        first = " ".join(segments[i].lines).strip()
        section = _SECTION_CELL.match(first)
        if section and not _ROW_NUMBER.match(first):
            # A section title merged across the row: "I. NÂNG CAO NHẬN THỨC …" → ["I", "NÂNG CAO …"]
            rows.append([section["number"], _cell(segments[i].lines, width)[len(section[0]) - len(section["title"]):]])
            i += 1
            continue
        if not _ROW_NUMBER.match(first):
            repeated = _repeated_header(segments, i)
            if not repeated:
                break
            i += repeated
            continue
        row = [segments[i].lines[0].strip()]
        i += 1
        while i < len(segments) and len(row) < n_columns:
            seg = segments[i]
            text = " ".join(seg.lines).strip()
            if (seg.row_break_before or len(row) >= 2) and (_ROW_NUMBER.match(text) or _SECTION_CELL.match(text)):
                break  # the next row starts
            if seg.row_break_before and _repeated_header(segments, i):
                break
            # Empty cells before this one (a blank "Cơ quan phối hợp"), as far as the row has room.
            row.extend([""] * min(seg.blanks_before, n_columns - len(row) - 1))
            row.append(_cell(seg.lines, width))
            i += 1
        rows.append(row)
    return rows, i


def _markdown_layout(lines: list[str]) -> list[RawBlock]:
    blocks: list[RawBlock] = []
    prose: list[str] = []
    table: list[list[str]] = []

    def flush_prose() -> None:
        if prose:
            blocks.extend(_prose("\n".join(prose)))
            prose.clear()

    def flush_table() -> None:
        if table:
            blocks.append(RawBlock("table", rows=list(table)))
            table.clear()

    for line in lines:
        stripped = line.strip()
        if _MD_ROW.match(stripped) and stripped.count("|") >= 3:
            flush_prose()
            if not _MD_RULE.match(stripped):
                table.append([c.strip().replace("<br>", "\n") for c in stripped[1:-1].split("|")])
            continue
        flush_table()
        prose.append(line)
    flush_prose()
    flush_table()
    return blocks
