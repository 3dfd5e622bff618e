"""Targets from indicator tables: a measure column ("Chỉ tiêu"), a unit column ("Đơn vị", "ĐVT") and
one column of the values to reach ("Kết quả", "Mục tiêu đến năm 2030", "Kế hoạch năm 2025").

    TT  | Chỉ tiêu                        | Đơn vị  | Kết quả        | Cơ quan chủ trì theo dõi, đánh giá
    I   | Đến năm 2030                    |         |                |
    10  | Quy mô kinh tế số               | % GDP   | ≥ 30           | Bộ Thông tin và Truyền thông
    4   | Xếp hạng năng lực cạnh tranh số | Thứ bậc | ≤ 3 Đông Nam Á; ≤ 50 Thế giới | …

Each number in a value cell is one target: the measure cell is its text, the unit cell its unit, a sign
before it (≥, ≤, …) its comparator, and the time of the column or of the section row above ("Đến năm
2030") its deadline. Columns whose header says done or estimated ("Ước thực hiện năm 2024") are passed over: a
plan's table gives its one column of goals beside them ("Kế hoạch năm 2025"). A table of several columns of
figures to come (one per year) projects them row by row; it is left out.
"""
from __future__ import annotations

import regex

from extractors.deadlines import find_deadlines
from pipeline.document import Block, Cell
from pipeline.normalize import fold
from schemas.record import Deadline, Target

_MEASURE_HEADER = regex.compile(r"(?:tên\s+)?chỉ\s+tiêu|nội\s+dung(?:\s+chỉ\s+tiêu)?|chỉ\s+số")
_UNIT_HEADERS = {"đơn vị", "đơn vị tính", "đvt", "đơn vị đo"}
_GOAL_HEADER = regex.compile(r"(?:kết\s+quả|mục\s+tiêu|chỉ\s+tiêu|kế\s+hoạch|phấn\s+đấu|giá\s+trị\s+mục\s+tiêu)\b"
                             r"(?:\s+(?:cần|phải|phấn\s+đấu))?(?:\s+đạt(?:\s+được)?)?")
_PLAN_OF_YEAR = regex.compile(r"[\s*]*(?:kế\s+hoạch|mục\s+tiêu|chỉ\s+tiêu)\s+(?=năm\s)", regex.IGNORECASE)
# A column of what was done, estimated or compared is no goal ("Kết quả thực hiện năm 2024", "Ước thực hiện").
_NOT_GOAL = regex.compile(r"thực\s+hiện|\bước\b|ưth|đã\s+đạt|so\s+(?:với|sánh)|cùng\s+kỳ|tăng/giảm")
# A figure in a value cell: an optional sign or word, the number (a range's low end), an optional "%".
_VALUE = regex.compile(
    r"(?P<cmp>≥|>=|≤|<=|>|<|tối\s+thiểu|ít\s+nhất|không\s+dưới|trên|tối\s+đa|không\s+quá|dưới)?\s*"
    r"(?<![\d.,/])(?<!năm\s)(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)(?P<range>\s*%?\s*[-–]\s*\d+(?:[.,]\d+)?)?\s*%?",
    regex.IGNORECASE)
_COMPARATORS = {"≥": ">=", ">=": ">=", "tối thiểu": ">=", "ít nhất": ">=", "không dưới": ">=", "trên": ">",
                "≤": "<=", "<=": "<=", "tối đa": "<=", "không quá": "<=", "dưới": "<", ">": ">", "<": "<"}


def _columns(header: list[Cell]) -> tuple[int, int, int] | None:
    """(measure, unit, value) column indexes of an indicator table's header row, or None."""
    measure = unit = None
    values = []
    for i, cell in enumerate(header):
        name = " ".join(fold(cell.text).strip(" *:").split())
        if measure is None and _MEASURE_HEADER.fullmatch(name):
            measure = i
        elif unit is None and name in _UNIT_HEADERS:
            unit = i
        elif unit is not None and name and not name.startswith(("cơ quan", "đơn vị", "ghi chú")):
            values.append((i, "done" if _NOT_GOAL.search(name) else "goal" if _GOAL_HEADER.match(name) else None))
    goals = [i for i, kind in values if kind == "goal"]
    # one column of goals, beside none or only columns of what was done or estimated ("Thực hiện 2023 | Kế hoạch 2024")
    if measure is None or unit is None or len(goals) != 1 or any(kind is None for _, kind in values):
        return None
    return measure, unit, goals[0]


def _number(raw: str) -> float:
    if regex.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", raw):  # "1.000", "1.000,5"
        raw = raw.replace(".", "")
    return float(raw.replace(",", "."))


def _time(text: str, year: int | None) -> Deadline | None:
    found = find_deadlines(text, year)
    return found[0][2] if found else None


def table_targets(block: Block, year: int | None = None) -> list[Target]:
    """The targets of one table block, if it is an indicator table (else none)."""
    columns = _columns(block.rows[0]) if block.rows else None
    if columns is None:
        return []
    measure, unit, value = columns
    header = block.rows[0][value].text
    # ("Kế hoạch năm 2025": in a header the year the plan's column is for, not a plan's name as in running text)
    column_time = _time(header[plan.end():] if (plan := _PLAN_OF_YEAR.match(header)) else header, year)
    section_time = None
    targets = []
    for row in block.rows[1:]:
        if len(row) <= max(measure, unit, value) or not (row[unit].text.strip() or row[value].text.strip()):
            # "I | Đến năm 2030 | | |", "I | Giai đoạn 2025-2027": the time of the rows under it
            section_time = _time(" ".join(cell.text for cell in row), year) or section_time
            continue
        label, figure = row[measure], row[value]
        text = label.text.strip(" *")
        if not text or not regex.search(r"\d", figure.text):
            continue  # "Đạt mức tiên tiến …": a goal in words, no figure
        start = label.start + label.text.index(text)
        for m in _VALUE.finditer(figure.text):
            comparator = _COMPARATORS.get(" ".join((m["cmp"] or "").lower().split()))
            if m["range"]:
                comparator = ">="  # "40 - 50": at least the low end
            targets.append(Target(text=text, start=start, end=start + len(text), value=_number(m["num"]),
                                  unit=" ".join(row[unit].text.strip(" *").split()), comparator=comparator or "=",
                                  deadline=column_time or section_time))
    return targets


def indicator_targets(blocks: list[Block], year: int | None = None) -> tuple[list[Target], list[tuple[int, int]]]:
    """Targets of every indicator table, and the spans of those tables (whose figures are read here only)."""
    targets, spans = [], []
    for block in blocks:
        if block.kind == "table" and (found := table_targets(block, year)):
            targets += found
            spans.append((block.start, block.end))
    return targets, spans
