"""Vietnamese time expressions -> `Deadline` objects (see CONTRACT.md, "deadline object").

Two entry points:

* `parse_deadline` reads a whole expression, typically a "Tiến độ" table cell. The cell text is
  kept as `text`; the first time phrase in it gives the dates ("Hoàn thành chậm nhất Quý II/2018
  Triển khai thí điểm từ năm 2018-2020" -> ..2018-06-30). A cell with no time phrase ("Theo tiến độ
  của Đề án") keeps its text with null dates.
* `find_deadlines` finds time phrases inside running text. It is stricter: a calendar date counts
  only behind a cue word ("trước ngày 15/12/2021"), and a year or period that is part of a
  document's name ("Kế hoạch CCHC giai đoạn 2021-2025", "Nghị quyết số 35/NQ-CP năm 2016") is
  not a deadline.

Both work in two steps: find atomic time tokens (a quarter, a month, a year, a year range, a
date, a recurrence), then read the cue words in front of each token ("trước", "từ", "trong" ...)
and merge neighbours ("từ ngày 1/10 đến ngày 31/12/2025", "giai đoạn 2022 - 2025, mỗi năm").
"""
from __future__ import annotations

import calendar
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import regex

from extractors.scanning import lowered, matches_at, occurrences
from schemas.record import Deadline

_FLAGS = regex.IGNORECASE
_Y = r"(?:19|20)\d{2}"
_D = r"(?:3[01]|[12]\d|0?[1-9])"
_M = r"(?:1[0-2]|0?[1-9])"

# One alternative per token kind; the group name says which kind matched.
_N_MONTHS = r"(?:\d+|sáu|ba)\s+tháng"  # "6 tháng", "sáu tháng": a period length
_SIX_MONTHS = r"(?:0?6|sáu)\s+tháng"
_RECUR_ITEM = (rf"(?:(?:hàng|hằng|mỗi)\s+)?(?:{_N_MONTHS}|tuần|tháng(?!\s*\d)|qu[ýí](?!\s+[IV\d])"
               r"|năm(?!\s*\d)|đột\s+xuất)")
_RECUR = (
    r"(?:(?:định\s+kỳ\s+)?(?:hàng|hằng|mỗi)\s+(?:ngày|tuần|tháng|qu[ýí]|năm)(?!\s+(?:học|tài\s+chính)\b)"
    rf"|định\s+kỳ\s+(?:{_N_MONTHS}|tuần|tháng|qu[ýí]|năm)"
    rf"|{_N_MONTHS}\s*(?:một|1|/)\s*lần"
    # (not recurrent spending, frequent errors, continuing education, habitual residence: "chi / kinh phí / lỗi / giáo
    # dục / cư trú thường xuyên")
    r"|(?<!\b(?:chi|phí|lỗi|dục|trú)\s+)thường\s+xuyên"
    rf")(?:[^\S\n]*(?:,|và|hoặc|/)[^\S\n]*{_RECUR_ITEM}\b)*"  # a list stays within its paragraph
)
_TOKEN_PARTS = [
    rf"(?P<ydate>(?:ngày\s+(?P<yd_d>{_D})\s+tháng\s+(?P<yd_m>{_M})(?:\s+năm\s+(?P<yd_y>{_Y}))?"
    rf"|(?P<yd_d2>{_D})\s+tháng\s+(?P<yd_m2>{_M})\s+năm\s+(?P<yd_y2>{_Y})))\b",
    rf"(?P<sdate>(?:ngày\s+(?P<sd_d>{_D})[/.-](?P<sd_m>{_M})(?:[/.-](?P<sd_y>{_Y}))?"
    # without "ngày", a day needs its year, or "trước" in front ("báo cáo trước 15/12")
    rf"|(?<![\d/.])(?P<sd_d2>{_D})/(?P<sd_m2>{_M})(?:/(?P<sd_y2>{_Y})|(?<=\btrước\s+\d+/\d+))))(?![\d/])",
    rf"(?P<range>(?:(?:giai\s+đoạn|thời\s+kỳ)\s+(?:từ\s+)?(?:năm\s+)?|năm\s+)"
    rf"(?P<r_a>{_Y})\s*(?:-|đến|tới)\s*(?:năm\s+)?(?P<r_b>{_Y}))\b",
    # "Quý IV/2025", "Quí IV-2025", and a run of quarters: "Quý I - II/2026", "Quý III và Quý IV năm 2025"
    rf"(?P<quarter>qu[ýí]\s+(?P<q>IV|I{{1,3}}|[1-4])\b"
    rf"(?:\s*(?:-|–|và|,)\s*(?:qu[ýí]\s+)?(?P<q2>IV|I{{1,3}}|[1-4])\b)?"
    rf"(?:\s*(?:/|-|năm)\s*(?P<q_y>{_Y}))?)",
    # "6 tháng đầu năm 2026", "02 tháng cuối năm 2025", "nửa đầu năm": the year's first or last months
    rf"(?P<half>(?:(?P<h_n>0?[1-9]|1[01])\s+tháng|sáu\s+tháng|nửa)\s+(?P<h>đầu|cuối)\s+năm(?:\s+(?P<h_y>{_Y}))?)",
    # "tháng 10/2025", and a run of months: "tháng 10-12/2025", "tháng 11, 12 năm 2025"
    rf"(?P<month>tháng\s+(?P<mo>{_M})\b(?:\s*(?:-|–|và|,)\s*(?:tháng\s+)?(?P<mo2>{_M})\b)?"
    rf"(?:\s*(?:/|-|năm)\s*(?P<mo_y>{_Y}))?)",
    rf"(?P<year>(?:(?P<edge>hết|cuối)\s+)?năm\s+(?P<y>{_Y}))\b",
    # "từ nay đến cuối năm": the end of the document's own year (not "trong giai đoạn cuối năm khi …", "dịp cuối
    # năm": a season, no due date)
    r"(?P<yearend>cuối\s+năm)(?<!(?:giai\s+đoạn|dịp)\s+cuối\s+năm)(?!\s*(?:\d|học|tài\s+chính|nay))",
    # "từ ngày 15 đến ngày 31 tháng 12 năm 2025": a first day that takes its month and year from the last
    rf"(?P<dayonly>ngày\s+(?P<do_d>{_D}))(?=\s*(?:-|–|đến|tới)\s*(?:ngày\s+)?{_D}(?:\s+tháng\b|[/.-]{_M}\b))",
    # "ngày 20 hằng tháng": the day of a monthly recurrence (no dates of its own; merged with the recurrence)
    rf"(?P<monthday>ngày\s+{_D})(?=\s+(?:hàng|hằng|mỗi)\s+tháng\b)",
    rf"(?P<recur>{_RECUR})",
]
# Only in whole-cell mode: bare "12/2026" or "11-12/2021" (months), "2018", "2018-2020" and "6 tháng" (a semiannual report).
_CELL_PARTS = [
    rf"(?P<bmonth>(?<![\d/.])(?P<bm_m>{_M})(?:\s*[-–]\s*(?P<bm_m2>{_M}))?/(?P<bm_y>{_Y})(?![\d/]))",
    rf"(?P<brange>(?<![\d/.])(?P<br_a>{_Y})\s*-\s*(?P<br_b>{_Y})(?![\d/]))",
    rf"(?P<byear>(?<![\d/.])(?P<by>{_Y})(?![\d/]))",
    rf"(?P<bsemi>{_SIX_MONTHS}\b)",
]
# Every token above starts with a digit or one of these words; keep the list in step with the parts.
# `_tokens` tries the patterns only where they occur; in a short text, the look-ahead tests them first.
_START_WORDS = ("ngày", "giai", "thời", "năm", "quý", "quí", "sáu", "nửa", "tháng", "hết", "cuối", "định", "hàng", "hằng",
                "mỗi", "ba", "thường")
_TOKEN_START = rf"(?=\d|{'|'.join(_START_WORDS)})"
_TOKEN_RE = regex.compile(f"{_TOKEN_START}(?:{'|'.join(_TOKEN_PARTS)})", _FLAGS)
_CELL_TOKEN_RE = regex.compile(f"{_TOKEN_START}(?:{'|'.join(_TOKEN_PARTS + _CELL_PARTS)})", _FLAGS)

_CUE_WORDS = (r"hoàn\s+thành|xong|trước|chậm\s+nhất|muộn\s+nhất|không\s+muộn\s+hơn|hạn\s+chót|thời\s+hạn|(?<!(?:trung|dài|ngắn)\s)hạn"  # not "trung hạn" (medium-term)
              r"|cho\s+đến|đến|tới|kể\s+từ|bắt\s+đầu\s+từ|bắt\s+đầu|từ|ngay|trong\s+suốt|suốt|trong|vào"
              r"|(?:nhân\s+)?dịp"  # "khánh thành dịp 19 tháng 12 năm 2025": on that day
              r"|hết|cuối|kết\s+thúc")  # "đến hết tháng 12 năm 2025", "xong cuối tháng 12", "kết thúc năm 2013": by its end
# "trước 17 giờ ngày 27/11/2025", "trước 16h30 ngày …": the hour of the day the date is due
_CLOCK = r"\d{1,2}\s*(?:giờ|h)(?:\s*\d{2}(?:\s*phút|’|')?)?(?:\s+(?:sáng|chiều|tối))?,?\s+"
_CUE_RE = regex.compile(rf"(?:\b(?:{_CUE_WORDS})\s+)+(?:{_CLOCK})?$", _FLAGS)
_END_CUE = regex.compile(r"\b(?:trước|chậm\s+nhất|muộn\s+nhất|không\s+muộn\s+hơn|đến|tới|hết|cuối|kết\s+thúc)\b", _FLAGS)
_START_CUE = regex.compile(r"\b(?:từ|bắt\s+đầu)\b", _FLAGS)
# "hoàn thành Quý IV", "thời hạn 30/10": due by; with "trong" or "vào" the whole period ("thời hạn hoàn thành trong Quý IV")
_DONE_CUE = regex.compile(r"\b(?:hoàn\s+thành|xong|hạn)\b", _FLAGS)
_SPAN_CUE = regex.compile(r"\b(?:trong|vào|dịp)\b", _FLAGS)
_EXPECTED = regex.compile(r"\bdự\s+kiến\b", _FLAGS)  # a planned date, before the one it is due by
_TO_CUE = regex.compile(r"\b(?:đến|tới)\b", _FLAGS)

_YEAR = regex.compile(_Y)
_DIGITS = regex.compile(r"\d+")
# Outside whole cells, a number starts a token only before a "/" or a space ("15/12", "6 tháng").
_NUMBER_BEFORE_GAP = regex.compile(r"\d+(?=[/\s])")
_LIST_GAP = regex.compile(r"[\s,]*")
_DATE_WORD_BEFORE = regex.compile(r"ngày\s*$", _FLAGS)
_WORD_CHAR = regex.compile(r"\w")
_DASH_GAP = regex.compile(r"\s*[-–]\s*")
_RANGE_GAP = regex.compile(r"\s*(?:-|đến|tới)?\s*$", _FLAGS)
# "của năm sau", "của năm liền kề sau năm báo cáo", "của năm trước năm kế hoạch": a day of every year
_NEXT_YEAR = regex.compile(
    r"\s+(?:của\s+)?năm\s+(?:liền\s+kề\s+)?(?:(?:tiếp\s+theo|sau)(?:\s+liền\s+kề)?"
    r"(?:\s+năm\s+(?:báo\s+cáo|kế\s+hoạch))?|(?:trước|sau)\s+năm\s+(?:báo\s+cáo|kế\s+hoạch)"
    r"|trước(?!\s+(?:năm|ngày|\d)))\b", _FLAGS)  # "trước ngày 20 tháng 6 năm trước": of the year before (the budget's)
# "… và những năm tiếp theo", "… trở đi", "… cuối năm 2025 và (những tháng) đầu năm 2026": from then, no end given
_OPEN_END = regex.compile(r"\s*(?:(?:và|đến|cho\s+đến)\s+(?:những|các)\s+năm\s+(?:tiếp\s+theo|sau)|trở\s+đi"
                          rf"|và\s+(?:(?:những|các)\s+tháng\s+)?đầu\s+năm\s+{_Y})\b", _FLAGS)
# A year or period right after one of these words names a document or an index, not a deadline.
_NAME_WORDS = regex.compile(
    r"\b(?:kế\s+hoạch|chương\s+trình|đề\s+án|dự\s+án|chiến\s+lược|quy\s+hoạch|bộ\s+luật|luật|hiến\s+pháp"
    r"|nghị\s+quyết|nghị\s+định|quyết\s+định|thông\s+tư|chỉ\s+thị|công\s+văn|kết\s+luận|thông\s+báo"
    r"|báo\s+cáo|tờ\s+trình|chỉ\s+số|hiệp\s+định|công\s+ước"
    r"|kỳ\s+thi|thi\s+tốt\s+nghiệp)\b", _FLAGS)  # ("kỳ thi tốt nghiệp trung học phổ thông năm 2020": the exam's year)
# "tổng kết năm 2025", "sơ kết 6 tháng": the period reviewed, not when the job is due.
# The subject of a cited document: "Nghị quyết số 86/NQ-CP ngày 04/11/2025 về triển khai nhiệm vụ trọng tâm những tháng
# cuối năm 2025" (not "…, hoàn thành trước cuối năm 2025", the job's own time)
_CITED_TOPIC = regex.compile(r"\d+/[\w.-]+[^;:]{0,60}?\svề\s(?:(?!trước|trong|đến|xong|hoàn\s+thành)[^;:,])*$", _FLAGS)
_REVIEW_BEFORE = regex.compile(r"\b(?:tổng|sơ)\s+kết\s*$", _FLAGS)
_CLAUSE_BREAK = regex.compile(r"[;:.!?\n|()“”\"]")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_RECUR_UNIT = regex.compile(r"thường\s+xuyên|ngày|tuần|qu[ýí]|năm|(?:\b(?P<n>\d+|sáu|ba)\s+)?tháng", _FLAGS)
_RECUR_OF = {"thường xuyên": "continuous", "ngày": "daily", "tuần": "weekly", "quý": "quarterly", "quí": "quarterly",
              "năm": "annual"}
_MONTHS_RECUR = {1: "monthly", 3: "quarterly", 6: "semiannual", 12: "annual"}
_WORD_NUMBERS = {"ba": 3, "sáu": 6}
# The groups that hold a written year, for the kinds whose year may be left to the document.
_YEAR_GROUPS = {"ydate": ("yd_y", "yd_y2"), "sdate": ("sd_y", "sd_y2"), "quarter": ("q_y",), "half": ("h_y",),
                "month": ("mo_y",), "bmonth": ("bm_y",)}
# Between a yearless date and its recurrence: more dates of the same year ("trước ngày 01/6 và 15/11 hằng năm").
_MORE_DAYS = regex.compile(rf"(?:[\s,]*(?:và|,)\s*(?:ngày\s+)?{_D}[/.-]{_M}(?![/.\d]))*[\s,]*", _FLAGS)


@dataclass
class _Token:
    start: int          # start of the cue words in front, or of the token
    end: int
    kind: str
    first: date | None  # first day of the period
    last: date | None   # last day of the period
    mode: str = "span"  # span | start (từ …) | end (trước …, chậm nhất …)
    recurrence: str | None = None
    match: regex.Match | None = None
    cued: bool = False    # has cue words in front
    to_cue: bool = False  # the cue is "đến": "định hướng đến năm 2030" may still be a name
    own_year: bool = True  # the year is written ("15/11/2025"), not taken from the document ("15/11")


def _day(y: int | None, m: int, d: int) -> date | None:
    try:
        return date(y, m, d) if y else None
    except ValueError:
        return None


def _month_span(y: int | None, m1: int, m2: int) -> tuple[date | None, date | None]:
    if not y:
        return None, None
    return date(y, m1, 1), date(y, m2, calendar.monthrange(y, m2)[1])


def _recurrence(token_text: str) -> str | None:
    # The first period listed wins: "Định kỳ hàng quý, 6 tháng, hàng năm" is quarterly.
    m = _RECUR_UNIT.search(token_text)
    word = " ".join(m.group().lower().split())
    if not word.endswith("tháng"):
        return _RECUR_OF[word]
    n = (m.group("n") or "1").lower()
    return _MONTHS_RECUR.get(_WORD_NUMBERS.get(n) or int(n))


def _read_token(m: regex.Match, year: int | None) -> _Token:
    """The token's own period; a missing year is taken from `year`."""
    kind = m.lastgroup

    def num(key: str) -> int | None:  # one group at a time: m.groupdict() would build all of them
        value = m.group(key)
        return int(value) if value else None

    first = last = None
    recurrence = None
    edge_end = False
    if kind == "ydate":
        y = num("yd_y") or num("yd_y2") or year
        first = last = _day(y, num("yd_m") or num("yd_m2"), num("yd_d") or num("yd_d2"))
    elif kind == "sdate":
        y = num("sd_y") or num("sd_y2") or year
        first = last = _day(y, num("sd_m") or num("sd_m2"), num("sd_d") or num("sd_d2"))
    elif kind in ("range", "brange"):
        a, b = (num("r_a"), num("r_b")) if kind == "range" else (num("br_a"), num("br_b"))
        first, last = date(a, 1, 1), date(b, 12, 31)
    elif kind == "quarter":
        q = _ROMAN.get(m.group("q").lower()) or int(m.group("q"))
        q2 = (_ROMAN.get(m.group("q2").lower()) or int(m.group("q2"))) if m.group("q2") else q
        first, last = _month_span(num("q_y") or year, 3 * q - 2, 3 * max(q, q2))
    elif kind == "half":
        n = num("h_n") or 6
        months = (1, n) if m.group("h").lower() == "đầu" else (13 - n, 12)
        first, last = _month_span(num("h_y") or year, *months)
    elif kind == "month":
        first, last = _month_span(num("mo_y") or year, num("mo"), max(num("mo"), num("mo2") or 0))
    elif kind == "bmonth":
        first, last = _month_span(num("bm_y"), num("bm_m"), max(num("bm_m"), num("bm_m2") or 0))
    elif kind in ("year", "byear"):
        y = num("y") or num("by")
        first, last = date(y, 1, 1), date(y, 12, 31)
        edge_end = bool(m.group("edge"))  # "hết/cuối năm 2025": by the end of the year
    elif kind == "yearend" and year:
        first, last, edge_end = date(year, 1, 1), date(year, 12, 31), True
    elif kind == "recur":
        recurrence = _recurrence(m.group())
    elif kind == "bsemi":
        recurrence = "semiannual"
    token = _Token(m.start(), m.end(), kind, first, last, "end" if edge_end else "span", recurrence, m)
    year_group = _YEAR_GROUPS.get(kind)
    if year_group:
        token.own_year = any(m.group(g) for g in year_group)
    return token


def _apply_cue(token: _Token, text: str) -> None:
    window = max(0, token.start - 60)
    cue = _CUE_RE.search(text, window, token.start)
    if not cue:
        return
    words = cue.group()
    token.start, token.cued, token.to_cue = cue.start(), True, bool(_TO_CUE.search(words))
    if _END_CUE.search(words):
        token.mode = "end"
    elif _START_CUE.search(words) and token.kind not in ("range", "brange"):
        token.mode = "start"  # (not "từ năm 2013 đến năm 2020": the range's own "từ")
    elif _DONE_CUE.search(words) and not _SPAN_CUE.search(words):
        token.mode = "end"


def _is_date(token: _Token) -> bool:
    return token.kind in ("ydate", "sdate")


def _token_starts(text: str, cell: bool) -> Iterator[int]:
    yield from occurrences(lowered(text), _START_WORDS)
    for number in (_DIGITS if cell else _NUMBER_BEFORE_GAP).finditer(text):
        yield from range(number.start(), number.end())  # "16 tháng đầu năm" has a half year at the "6"


def _tokens(text: str, year: int | None, cell: bool) -> list[_Token]:
    pattern = _CELL_TOKEN_RE if cell else _TOKEN_RE
    # In a short text, trying the pattern everywhere costs less than finding where to try it.
    found = pattern.finditer(text) if len(text) < 32 else matches_at(pattern, text, _token_starts(text, cell))
    tokens = []
    for m in found:
        token = _read_token(m, year)
        if token.recurrence is None:
            _apply_cue(token, text)
        tokens.append(token)
    return tokens


def _merge(tokens: list[_Token], text: str) -> list[_Token]:
    """Join "từ X đến Y" ranges and a period with its adjacent recurrence."""
    out: list[_Token] = []
    for token in tokens:
        prev = out[-1] if out else None
        if prev and prev.recurrence is None and token.recurrence is None \
                and (prev.mode == "start" or prev.kind == "dayonly"
                     or (prev.own_year and token.own_year and not token.cued and _DASH_GAP.fullmatch(text[prev.end:token.start]))
                     # "tháng 11/2025 đến tháng 4/2026" without its "từ"
                     or (prev.own_year and token.own_year and not prev.cued and token.to_cue)) \
                and _RANGE_GAP.fullmatch(text[prev.end:token.match.start()]):
            # "từ X đến Y"; "Quý I/2026 - Quý II/2026"
            if token.last and prev.kind == "dayonly":
                prev.first = _day(token.last.year, token.last.month, int(prev.match.group("do_d")))
            elif token.last and not _YEAR.search(prev.match.group()):
                prev.first = _read_token(prev.match, token.last.year).first  # "từ tháng 10 đến tháng 12/2025"
            prev.last = token.last
            prev.end, prev.mode, prev.kind = token.end, "span", "range"
            continue
        gap = text[prev.end:token.start] if prev else ""
        if prev and (prev.recurrence is None) != (token.recurrence is None) \
                and (_LIST_GAP.fullmatch(gap)
                     or (token.recurrence and not prev.own_year and _MORE_DAYS.fullmatch(gap))):
            period, recur = (prev, token) if token.recurrence else (token, prev)
            prev.kind, prev.first, prev.last, prev.mode = period.kind, period.first, period.last, period.mode
            if not period.own_year:
                # "Tháng 12 hằng năm", "trước ngày 15/11 hằng năm": a day of every year, not of this one
                prev.first = prev.last = None
            prev.recurrence, prev.cued = recur.recurrence, prev.cued or token.cued
            prev.end = token.end
            continue
        out.append(token)
    out = [token for token in out if token.kind != "dayonly"]  # a first day with no last day after it
    for token in out:
        if not token.own_year and token.recurrence is None and (nxt := _NEXT_YEAR.match(text, token.end)):
            # "trước ngày 30 tháng 01 của năm tiếp theo": that day of every following year
            token.first = token.last = None
            token.recurrence, token.end = "annual", nxt.end()
            continue
        tail = _OPEN_END.match(text, token.end)
        if tail and token.last:
            if token.mode == "end":
                token.first = None  # "cuối năm 2025 và đầu năm 2026": neither its start nor its end is said
            token.end, token.mode = tail.end(), "start"
    # (the open end's year is no deadline of its own)
    return [token for i, token in enumerate(out) if i == 0 or token.start >= out[i - 1].end]


def _deadline(token: _Token, shown: str) -> Deadline:
    """The token's dates, with `shown` as the deadline's text."""
    start, end = token.first, token.last
    if token.mode == "end" or (_is_date(token) and not token.cued):
        start = None  # a bare date in a Tiến độ cell is a due date
    elif token.mode == "start":
        end = None
    return Deadline(text=shown, start=start and start.isoformat(),
                    end=end and end.isoformat(), recurrence=token.recurrence)


def _in_name(text: str, token: _Token, cell: bool = False) -> bool:
    left = text[max(0, token.start - 200):token.start]
    breaks = list(_CLAUSE_BREAK.finditer(left))
    if breaks and breaks[-1].group() == "(" and _NAME_WORDS.search(" ".join(left[:breaks[-1].start()].split()[-8:])):
        return True  # an aside on a named document: "Bộ Luật hình sự năm 2015 (sửa đổi, bổ sung một số điều năm 2017)"
    left = left[breaks[-1].end():] if breaks else left
    if token.kind == "yearend":  # "cuối năm" names no document; "tổng kết cuối năm" is still a review
        return bool(_REVIEW_BEFORE.search(left) or _CITED_TOPIC.search(left))
    words = left.split()[-12:]
    # ("ngày" before a month in a Tiến độ cell is a day left blank: "ngày Tháng 11/2025")
    return bool(_NAME_WORDS.search(" ".join(words))) or (not cell and bool(_DATE_WORD_BEFORE.search(left))) \
        or bool(_REVIEW_BEFORE.search(left)) or bool(_CITED_TOPIC.search(left))


def parse_deadline(text: str, year: int | None = None) -> Deadline | None:
    """Parse a whole time expression such as a "Tiến độ" cell; None when it is blank.

    The text is kept (whitespace collapsed); dates come from its first time phrase, and an
    expression with none ("Theo tiến độ của Đề án") gets null dates and recurrence.
    """
    text = " ".join(text.split())
    if not _WORD_CHAR.search(text):
        return None
    # A year in a document's name says nothing of when: "Theo tiến độ của Luật An ninh mạng 2025".
    tokens = [t for t in _merge(_tokens(text, year, cell=True), text)
              if t.recurrence is not None or (t.cued and not t.to_cue) or not _in_name(text, t, cell=True)]
    if not tokens:
        return Deadline(text=text)
    chosen = tokens[0]
    if chosen.mode != "end" and _EXPECTED.search(text, 0, chosen.start):
        # "Dự kiến ngày 30/01/2026 (Chậm nhất ngày 03/02/2026 …)": the planned day, and the deadline after it
        chosen = next((t for t in tokens[1:] if t.mode == "end"), chosen)
    if chosen.recurrence is not None and chosen.first is None and chosen.last is None:
        # "Thực hiện định kỳ hằng năm; Riêng năm 2020 hoàn thành trong quý II/2020": every year, and this time by then
        dated = [t for t in tokens if t.recurrence is None and (t.first or t.last)]
        dated = next((t for t in dated if t.cued), dated[0] if dated else None)
        if dated is not None:
            deadline = _deadline(dated, text)
            return Deadline(text=text, start=deadline.start, end=deadline.end, recurrence=chosen.recurrence)
    return _deadline(chosen, text)


def find_deadlines(text: str, year: int | None = None) -> list[tuple[int, int, Deadline]]:
    """Time phrases inside running text, as (start, end, Deadline) with offsets into `text`."""
    found = []
    for token in _merge(_tokens(text, year, cell=False), text):
        if token.recurrence is None:
            if _is_date(token) and not token.cued:
                continue  # citation dates: "Nghị định … ngày 23/4/2018"
            if (not token.cued or token.to_cue) and _in_name(text, token):
                continue
        found.append((token.start, token.end, _deadline(token, text[token.start:token.end])))
    return found


# "- Báo cáo 6 tháng: … trước ngày 05/7; …", "Báo cáo năm: … trước ngày 15/12": a report of every such period
_REPORT_PERIOD = regex.compile(r"[-+•*\s]*báo\s+cáo\s+(?:định\s+kỳ\s+)?(?:hằng\s+|hàng\s+)?"
                               r"(?P<period>(?:6|sáu)\s+tháng|năm|quý|tháng)\s*:", _FLAGS)
_PERIOD_RECURRENCE = {"năm": "annual", "quý": "quarterly", "tháng": "monthly"}


def only_time(text: str, year: int | None = None) -> Deadline | None:
    """The deadline `text` states when it is nothing but a time phrase ("trước ngày 05/12/2022"), else None."""
    found = find_deadlines(text, year)
    return found[0][2] if found and found[0][0] == 0 and found[0][1] >= len(text) else None


def report_period(text: str) -> str | None:
    """The recurrence of a line labelled with the period of its report ("Báo cáo 6 tháng: …" → semiannual)."""
    # (a plain test first: the regex module would look for "báo cáo" through the whole text)
    label = _REPORT_PERIOD.match(text) if "báo cáo" in text[:20].lower() else None
    if label is None:
        return None
    period = " ".join(label["period"].lower().split())
    return _PERIOD_RECURRENCE.get(period, "semiannual")


def of_every_period(deadline: Deadline, recurrence: str) -> Deadline:
    """A day written without its year, under a report period's label, is that day of every period."""
    if deadline.recurrence is not None or _YEAR.search(deadline.text):
        return deadline
    return Deadline(text=deadline.text, recurrence=recurrence)
