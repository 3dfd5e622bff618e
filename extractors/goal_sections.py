"""Goals sections: where a heading names objectives ("II. MỤC TIÊU", "2. Chỉ tiêu cụ thể", "MỤC TIÊU" on a line of its
own), down to the next heading of its level or above. Not a review ("Kết quả thực hiện các chỉ tiêu"), nor a heading
that spans the tasks too ("II. MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP"). The patterns are the standard `re`'s: they are
tried at every line of a section, where it is the faster.
"""
from __future__ import annotations

import re
from functools import lru_cache

import regex

from extractors.scanning import occurrences

__all__ = ["goal_sections"]

# (a project's size and its yearly shares are what it sets out to reach: "3. Số lượng thực hiện: 4.692 hộ …",
# "7. Phân kỳ thực hiện: a) Năm 2018: Tổng số 1.033 hộ")
_GOAL_HEADING_WORDS = ("mục tiêu", "chỉ tiêu", "số lượng thực hiện", "quy mô", "phân kỳ thực hiện")
_MARKER_TEXT = (r"[ \t*#]*(?:(?P<roman>[IVX]+)\.|(?P<number>\d{1,2}(?:\.\d{1,2})+)\.?|(?P<number1>\d{1,2})[./)]"
                r"|(?P<letter>[a-zđA-ZĐ])\))\s")
_HEADING_MARKER = re.compile(_MARKER_TEXT)
_REVIEW_HEADING = regex.compile(r"\b(?:kết\s+quả|tình\s+hình|đánh\s+giá|đã\s+đạt|thực\s+trạng|nhiệm\s+vụ|giải\s+pháp)\b",
                                regex.IGNORECASE)
_GOAL_HEADING_LENGTH = 90


def _heading_level(marker: re.Match) -> int:
    """0 for "II.", the count of numbers for "2." or "2.1.", 9 for "a)"."""
    if marker["roman"]:
        return 0
    if marker["number1"]:
        return 1
    return marker["number"].count(".") + 1 if marker["number"] else 9


@lru_cache(maxsize=None)
def _next_heading(level: int) -> re.Pattern:
    """A line that starts a heading of `level` (see `_heading_level`) or above."""
    markers = [r"[IVX]+\."]
    if level >= 1:
        markers.append(r"\d{1,2}[./)]")
    if level >= 2:
        markers.append(rf"\d{{1,2}}(?:\.\d{{1,2}}){{1,{min(level, 8) - 1}}}\.?")
    if level == 9:
        markers.append(r"[a-zđA-ZĐ]\)")
    return re.compile(rf"\n[ \t*#]*(?:{'|'.join(markers)})\s")


def _caps_heading(text: str, line_start: int) -> bool:
    """Whether the line at `line_start` is a heading in capitals ("TỔ CHỨC THỰC HIỆN")."""
    line_end = text.find("\n", line_start)
    line = text[line_start:line_end if line_end >= 0 else len(text)].strip(" *#\t:")
    return " " in line and len(line) <= _GOAL_HEADING_LENGTH and line.isupper()


def goal_sections(text: str, low: str) -> list[tuple[int, int]]:
    """The spans of the sections whose heading names objectives, each from the end of its heading's line (`low` is
    `extractors.scanning.lowered(text)`)."""
    spans: list[tuple[int, int]] = []
    for word in sorted(occurrences(low, _GOAL_HEADING_WORDS)):
        if spans and word < spans[-1][1]:
            continue
        line_start = text.rfind("\n", 0, word) + 1
        line_end = text.find("\n", word)
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end]
        if len(line) > _GOAL_HEADING_LENGTH or _REVIEW_HEADING.search(line):
            continue
        if marker := _HEADING_MARKER.match(line):
            level = _heading_level(marker)
            end = m.start() if (m := _next_heading(level).search(text, line_end)) else len(text)
        elif _caps_heading(text, line_start):  # "MỤC TIÊU" on a line of its own, down to the next such line
            end = next_line = text.find("\n", line_end + 1)
            while next_line >= 0 and not _caps_heading(text, next_line + 1):
                end = next_line = text.find("\n", next_line + 1)
            end = len(text) if end < 0 else end
        else:
            continue
        colon = line.find(":", word - line_start)
        spans.append((line_start + colon + 1 if colon >= 0 else line_end, end))  # ("Số lượng thực hiện: 4.692 hộ")
    return spans
