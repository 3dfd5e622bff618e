"""A PDF's text layer as blocks: lines and tables of each page in reading order, paragraphs told from the page.

pdfplumber gives text lines with their positions and ruled tables. Running headers and footers repeated across
pages are dropped; prose runs on across page breaks; a table going on over a page break continues the one before
(a row broken at the break runs on); paragraphs are parted by spacing and first-line indent and joined where a
line was wrapped, and reflow decides the rest.
"""
from __future__ import annotations

import statistics
from collections import Counter

import regex

from pipeline.document import RawBlock
from pipeline.legacy_fonts import legacy_decoder
from pipeline.normalize import normalize_text
from pipeline.reflow import paragraph_kind, reflow, wrap_width

# A narrow cell breaks a date or a document's number inside it: "31/12/20" / "25", "80/2020/N" / "Đ-CP",
# "118/2008/QĐ-TT" / "g" (the Prime Minister's code ends in a small letter).
_BROKEN_NUMBER = regex.compile(r"(?<=\b\d{1,2}/\d{1,2}/\d{1,3})\n(?=\d{1,3}\b)"
                               r"|(?<=\b\d{1,5}/(?:\d{4}/)?\p{Lu}+)\n(?=\p{Lu}*-\p{L})"
                               r"|(?<=\b\d{1,5}/(?:\d{4}/)?\p{Lu}+-TT)\n(?=g\b)")
_SENTENCE_ENDS = ".:!?"  # not ";": a list of units runs on after it ("…, thành viên Ban Chỉ đạo …;" / "Chủ tịch …")
_INDENTED_LINES = 3  # lines that must share an indent before it counts as the text's first-line indent
_PARAGRAPH_SPACING = 1.35  # a PDF line this many times the usual line distance below the last begins a paragraph

def _running_lines(pages_lines: list[list[str]]) -> set[str]:
    """Page headers and footers ("CÔNG BÁO/Số 1003 + 1004/Ngày 29-12-2013 3"): edge lines repeated across pages,
    and never inside a page (a line a plan repeats under each task, "- Đơn vị phối hợp: …", is its text)."""
    if len(pages_lines) < 3:
        return set()
    counts: dict[str, int] = {}
    inside: set[str] = set()
    for lines in pages_lines:
        for line in {_digits_folded(x) for x in lines[:2] + lines[-2:]}:
            counts[line] = counts.get(line, 0) + 1
        inside.update(_digits_folded(x) for x in lines[2:-2])
    return {line for line, n in counts.items() if n >= max(3, len(pages_lines) * 0.3) and line not in inside}


def _digits_folded(line: str) -> str:
    """Digits as '#', page numbers at either end dropped, so every page's header folds alike."""
    folded = "".join("#" if ch.isdigit() else ch for ch in line).strip()
    return folded.removeprefix("# ").removeprefix("## ").removeprefix("### ").removesuffix(" #").removesuffix(
        " ##").removesuffix(" ###")


def pdf_blocks(pdf) -> list[RawBlock]:
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
