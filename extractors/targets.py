"""Quantified objectives (chỉ tiêu) -> `Target` records (see GUIDELINES.md, "Targets").

A target is a number with a unit: mostly a percentage, also "quá 1 lần", "không quá 5 ngày" and a
ranking "trong nhóm 10". Plans state them in many places (goal sections, task bullets, table
rows), so every percentage of a plan counts unless it reads as something else: a result already
achieved, a baseline ("từ 60% lên 80%"), a statistic, an amount of money or a legal rate.
Reports and news articles describe results, so there only a figure under "phấn đấu" or behind
"mục tiêu" counts.

Each target's `text` is the clause carrying the number: the text between the nearest hard
boundaries (";", ".", ":", a line or table-cell break), cut again between two numbers of the same
clause ("tối thiểu 45% … trong đó có tối thiểu 15% …" gives two targets).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

import regex

from extractors.deadlines import find_deadlines, only_time
from extractors.goal_sections import goal_sections
from extractors.quotes import in_spans, quoted_spans
from extractors.scanning import lowered, matches_at, occurrences
from extractors.target_tables import indicator_targets
from pipeline.document import Block
from schemas.record import Deadline, Target

_FLAGS = regex.IGNORECASE
# Documents whose figures are mostly not objectives: what reports and news tell was done, the rates, fines and limits
# laws and decrees lay down ("Phạt tiền đến 10% mức tiền phạt tối đa"). Their figures count only by a goal word.
_GOAL_WORD_TYPES = {"báo cáo", "tin bài", "hiến pháp", "bộ luật", "luật", "pháp lệnh", "nghị định", "thông tư",
                    "thông tư liên tịch"}

# A candidate figure; the group name gives the unit. Counts of times and days are figures only
# behind a limit ("không để … quá 1 lần", "không quá 5 ngày"): "lần thứ tư", "trong 30 ngày" are not.
_LIMIT = r"(?:không\s+vượt\s+quá|không\s+quá|tối\s+đa|tối\s+thiểu|ít\s+nhất|quá|dưới)\s+"
_PERCENT = r"(?<![\d.,/])(?P<pct>\d{1,3}(?:[.,]\d+)?)\s*%"
_MINIMUM = r"(?:ít\s+nhất|tối\s+thiểu|không\s+dưới|không\s+ít\s+hơn|không\s+thấp\s+hơn)\s+(?:là\s+)?"
_RATIO = regex.compile(r"\bt[ỷỉ]\s+lệ\b", regex.IGNORECASE)
# Things a plan counts out as objectives; a count of anything else (tasks, documents, days) is no target.
# A longer noun comes before the noun it starts with ("cơ sở dữ liệu" before "cơ sở").
_COUNT_NOUNS = (r"doanh\s+nghiệp|sản\s+phẩm|dự\s+án|mô\s+hình|cơ\s+sở\s+dữ\s+liệu|cơ\s+sở|trung\s+tâm"
                r"|hợp\s+tác\s+xã|vùng|trạm|sàn\s+giao\s+dịch|sàn|lượt|người|hộ\s+chứa|hồ\s+chứa|hộ|điểm|khu\s+công\s+nghiệp"
                r"|khu\s+kinh\s+tế|khu\s+vực|khu"
                # people a plan trains, places or employs, and rooms it fits out ("ít nhất 02 cán bộ, công chức")
                r"|cán\s+bộ,\s*công\s+chức|cán\s+bộ|công\s+chức|viên\s+chức|lao\s+động|giáo\s+viên|bác\s+sĩ|nhân\s+viên"
                r"|phòng"
                r"|cụm\s+công\s+nghiệp|cụm|ha|sáng\s+kiến|công\s+trình|nền\s+tảng"
                r"|ứng\s+dụng|giải\s+pháp|tập\s+dữ\s+liệu|bộ\s+dữ\s+liệu|kịch\s+bản|tin,\s*bài|tin\s+bài|chuyên\s+mục"
                r"|nhân\s+khẩu|khẩu|lớp|buổi|hội\s+nghị|hội\s+thảo|sự\s+kiện|câu\s+lạc\s+bộ|tổ\s+hợp\s+tác|chuỗi|thương\s+hiệu"
                r"|nhãn\s+hiệu|dịch\s+vụ|chuyên\s+gia|nhà\s+khoa\s+học|sinh\s+viên|học\s+viên|trường|xã|thôn"
                # ("nhà ở có diện tích sử dụng tối thiểu 30 m2", "thiết kế tối thiểu 03 mẫu nhà")
                r"|mẫu|km2|km²|m2|m²|thương\s+vụ|bệnh\s+viện"
                r"|tổ\s+chức|chương\s+trình")  # ("ít nhất 3 tổ chức, doanh nghiệp công nghệ hàng đầu thế giới")
# Numbers written as words ("ít nhất một cơ sở", "không quá hai lần"); "năm" is left out: it is also "year".
_WORD_NUMBERS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
_PERCENT_RE = regex.compile(_PERCENT)
# More counts of the same thing after a count behind a minimum, which they share: "ít nhất 100 doanh nghiệp khởi
# nghiệp sáng tạo, 50 doanh nghiệp khoa học công nghệ", "…, trong đó có 20 doanh nghiệp công nghệ cao".
_MORE_COUNTS = regex.compile(rf"(?:,|\bvà|\btrong\s+(?:số\s+)?đó(?:\s+có)?)\s+(?P<count>\d{{1,3}}(?:\.\d{{3}})+|\d+)\s+"
                             rf"(?P<noun>{_COUNT_NOUNS})\b", regex.IGNORECASE)
# "8,3 - 8,5%", "30% - 40%", "từ 10% đến 12%" (a "đến" only after "từ": "đạt 80% đến năm 2025" is no range)
_RANGE_LOW = regex.compile(r"(?<![\d.,/%])(\d{1,3}(?:[.,]\d+)?)\s*%?\s*[-–]\s*$"
                           r"|\b[Tt]ừ\s+(\d{1,3}(?:[.,]\d+)?)\s*%?\s*(?:đến|tới)\s+$")
# The low end of a range of counts before its high end: "40 - " of "có từ 40 - 50 tổ chức".
_COUNT_RANGE_LOW = regex.compile(r"(?<![\d.,/%])(\d{1,3}(?:\.\d{3})*)\s*[-–]\s*$")
_COUNT_RANGE_REACH = 12
# Amounts and counts set as goals: under a goals heading with no goal word in front ("Trồng mới 1.000 ha rừng"), as
# the guidelines have it (see `extractors.goal_sections`), and elsewhere in the rest of a clause after a goal word
# ("phấn đấu đạt 18.000 tấn", "Phấn đấu đến năm 2030 có 1.500 doanh nghiệp"); a count with no goal word counts only
# behind a minimum (`_CANDIDATE`). Not behind "đạt" alone ("nhập khẩu đạt 371,4 tỷ USD" is a result) nor "dự kiến"
# ("Dự kiến tổ chức 02 hội nghị", "dự kiến khoảng 1.000 thuê bao": plans and estimates aim at nothing).
# Rates per head that population and health plans set: "2,1 con/phụ nữ", "109 bé trai/100 bé gái", "12 bác sĩ/vạn dân",
# "18 ca sinh/1.000 phụ nữ" (the unit as printed, its denominator's count included).
_PER = r"(?:\d{1,3}(?:\.\d{3})*\s+)?(?:phụ\s+nữ|bé\s+gái|trẻ\s+sơ\s+sinh\s+gái|vạn\s+dân|dân)"  # after the "/"
_PER_HEAD = (r"(?:con|bé\s+trai|trẻ\s+sơ\s+sinh\s+trai|ca\s+sinh|bác\s+sĩ|dược\s+sĩ|điều\s+dưỡng|giường\s+bệnh)\s*/\s*"
             + _PER)
_PER_AFTER_SLASH = regex.compile(r"\s*" + _PER, _FLAGS)
# They are shares of a kind, read wherever a share is (found from their "/": the pattern is slow to try everywhere).
_PER_HEAD_FIGURE = regex.compile(rf"(?<![\d.,/])(?P<num>\d+(?:,\d+)?)\s+(?P<unit>{_PER_HEAD})(?!\w)", _FLAGS)
_PER_HEAD_REACH = 30  # characters from a rate's first digit to its "/" ("2,1 trẻ sơ sinh trai/")
# A magnitude word before a unit is part of it, as printed ("1,2 triệu lượt khách", "50 nghìn tấn", "3 tỷ USD").
_MAGNITUDE = r"nghìn|ngàn|triệu|tỷ"
_GOAL_UNIT_WORDS = (r"USD|tấn|thuê\s+bao|tài\s+khoản|lượt\s+khách|" + _COUNT_NOUNS)
_GOAL_UNITS = (rf"(?:(?:{_MAGNITUDE})\s+)?(?:{_GOAL_UNIT_WORDS})"
               r"|km|MW|nghìn\s+tỷ\s+đồng|tỷ\s+đồng|triệu\s+đồng|ha|m2|m²")
_GOAL_CUES = ("phấn đấu", "mục tiêu", "đến năm")
_BY_YEAR = re.compile(r"đến\s+năm\s+(?:19|20)\d\d")
# Where a number is followed by a unit's first word, found in the lowered text before the long pattern is tried
# (one inside a figure, date or code is none: "3,5%", "15/12", "Nghị định 61"; looked at after a match)
# (each alternative's first word, and the unit words' own when no magnitude stands before them: "8.500 USD")
_GOAL_UNIT_STARTS = sorted({re.split(r",|\\s", alternative)[0].lower() for alternative in
                            re.sub(r"[()?:]", "", f"{_GOAL_UNITS}|{_GOAL_UNIT_WORDS}").split("|")},
                           key=len, reverse=True)
_NUMBER_AND_WORD = re.compile(rf"\d[\d.,]*\s*(?:{'|'.join(_GOAL_UNIT_STARTS)})(?!\w)")
_NUMBER_INSIDE = frozenset("0123456789.,/")
_WHERE_OR_FUNDS = regex.compile(r"(?:\b(?:tại|ở)|\b(?:kinh\s+phí|tổng\s+vốn|vốn\s+đầu\s+tư|tổng\s+mức\s+đầu\s+tư)\b[^,;]{0,30}?)\s*$",
                                _FLAGS)
_YEAR_FIRST = re.compile(r"(?:19|20)\d\d(?![\d.,])")  # "Đến năm 2025 xã … đạt chuẩn": a year, no amount
_HAVING = re.compile(r"\scó\s")
# (a yearly or monthly amount keeps its period: "55 tỷ USD/năm", "120 triệu đồng/người/năm")
_GOAL_AMOUNT = re.compile(rf"(?P<num>\d{{1,3}}(?:\.\d{{3}})+(?:,\d+)?|\d+(?:,\d+)?)\s*"
                          rf"(?P<unit>(?:{_GOAL_UNITS})(?:/(?:người/)?(?:năm|tháng))?)(?![\w%/])"
                          r"(?:\s+trên\s+(?:một|1)\s+(?P<per>vạn\s+dân))?", re.IGNORECASE)  # ("12 người trên một vạn dân")
_CANDIDATE = regex.compile(
    _PERCENT
    + rf"|{_LIMIT}(?P<times>\d+|một|hai|ba)\s+lần\b(?!\s+thứ)"
    # (a time limit also as what it is cut down to: "giảm thời gian giải quyết từ 10 ngày làm việc còn 09 ngày làm việc")
    rf"|(?:{_LIMIT}|còn\s+)(?P<days>\d+(?:[.,]\d+)?)\s+ngày(?P<workdays>\s+làm\s+việc)?\b"
    r"|\bgấp\s+(?P<multiple>\d+(?:[.,]\d+)?|hai|ba)\s+lần\b"  # "giá trị giao dịch … gấp 30 lần GRDP"
    # a count behind a minimum: "ít nhất 20 mô hình", "tối thiểu 02 dự án" (the noun is the unit)
    rf"|{_MINIMUM}(?P<count>\d{{1,3}}(?:\.\d{{3}})+|\d+|{'|'.join(_WORD_NUMBERS)})(?:\s+|(?<=\d)(?=ha\b|m2\b|m²))"
    # ("ít nhất 500ha mặt bằng sạch": hectares written on the figure; "ít nhất 05 dự án, chương trình": two nouns)
    rf"(?P<noun>(?:{_COUNT_NOUNS})(?:,\s*(?:{_COUNT_NOUNS})(?!\w))?)\b"
    # a price cap: "giá bán … không cao hơn mức giá: - Xăng E5RON92: không cao hơn 19.807 đồng/lít"
    r"|không\s+cao\s+hơn\s+(?:mức\s+(?:giá\s+)?)?(?P<price>\d{1,3}(?:\.\d{3})+)\s*"
    r"(?P<per>đồng\s*/\s*(?:lít|kg|m3|m³|kWh|tấn))(?!\w)"
    r"|\b(?:trong|thuộc|vào)\s+(?:nhóm|top)\s+(?P<rank>\d+)\b"
    # a second ranking in the same clause: "thuộc nhóm 4 nước dẫn đầu ASEAN và nhóm 60 nước dẫn đầu thế giới";
    # "(?=và)" spares the slow look-behind at the other candidate starts
    r"|(?=và)(?<=\b(?:trong|thuộc|vào)\s+(?:nhóm|top)\s+\d+\b[^;.:|\n]{0,120})\bvà\s+(?:nhóm|top)\s+(?P<rank2>\d+)\b",
    _FLAGS,
)
# Where the other candidates start (see `_figure_starts`): a limit's first word or "gấp"; a ranking's
# preposition, read backwards from the "nhóm" or "top" after it.
_LIMIT_STARTS = ("không", "tối", "ít", "quá", "dưới", "gấp")
_RANK_WORDS = ("nhóm", "top")
_RANK_BEFORE = regex.compile(r"(?:trong|thuộc|vào|và)\s+", _FLAGS | regex.REVERSE)
# The run of digits, separators and spaces before a "%", read backwards: a percentage starts in it.
_NUMBER_RUN = regex.compile(r"[\d.,\s]*", regex.REVERSE)
_UNITS = {"pct": "%", "times": "lần", "multiple": "lần", "days": "ngày", "rank": "hạng", "rank2": "hạng"}

# Table cells; " + " is a bullet; a full stop before a small letter is a typo or OCR's (". đạt 60% …")
_HARD_BREAK = regex.compile(r";|\n|(?<!\S)\|(?!\S)|\s\+\s|[!?:](?=\s|$)|\.(?=\s|$)(?! +\p{Ll})")
_HARD_BREAK_CHARS = ";\n|.!?:"  # where a hard break starts, unless it is the space before a "+"
_COMPARATOR = regex.compile(
    r"(?P<cmp>không\s+vượt\s+quá|không\s+quá|không\s+dưới|không\s+thấp\s+hơn|không\s+ít\s+hơn|không\s+cao\s+hơn"
    r"|tối\s+thiểu|ít\s+nhất|tối\s+đa|thấp\s+hơn|cao\s+hơn|dưới|trên|hơn|vượt|quá|từ|≥|>=|≤|<=|>|<)"
    r"\s*(?:(?:mức|tỷ\s+lệ|tỉ\s+lệ|là|có|đạt|được|khoảng|tương\s+ứng|chỉ|còn|xuống|bằng)\s+)*\**\s*$",
    _FLAGS,
)
_COMPARATOR_OF = {
    "không vượt quá": "<=", "không quá": "<=", "tối đa": "<=", "không cao hơn": "<=", "quá": "<=",
    "≤": "<=", "<=": "<=",
    "không dưới": ">=", "không thấp hơn": ">=", "không ít hơn": ">=", "tối thiểu": ">=", "ít nhất": ">=",
    "≥": ">=", ">=": ">=",
    "trên": ">", "hơn": ">", "cao hơn": ">", "vượt": ">", ">": ">",
    "dưới": "<", "thấp hơn": "<", "<": "<",
}
# "|(?!)" never matches. Without it the regex module would look for "trở" through the rest of the
# document before every match, as it does for a word that a pattern requires.
_AT_LEAST_AFTER = regex.compile(r"\s*\**\s*(?:trở\s+lên|(?!))", _FLAGS)
_AT_MOST_AFTER = regex.compile(r"\s*\**\s*(?:trở\s+xuống|(?!))", _FLAGS)

# Where a second clause starts inside a hard clause.
_IN_WHICH = regex.compile(r"\btrong\s+(?:số\s+)?đó\b\s*,?\s*", _FLAGS)
# A long run of words before a figure is cut at its last goal word.
_LONG_LEAD_WORDS = 25
_PRODUCT_WORDS = 8  # a capped price's product, named before its colon ("Dầu madút 180CST 3.5S: không cao hơn …")
_GOAL_LABEL = regex.compile(r"\b(?:mục\s+tiêu|chỉ\s+tiêu|t[ỷỉ]\s+lệ)\b", _FLAGS)
_GOAL_WORD = regex.compile(r"\b(?:mục\s+tiêu|phấn\s+đấu)\b", _FLAGS)
_SOFT_START = regex.compile(
    r",\s*(?=(?P<verb>đảm\s+bảo|bảo\s+đảm|phấn\s+đấu|tuyệt\s+đối|không\s+để|tối\s+thiểu|ít\s+nhất)\b)", _FLAGS)
_LEADING_MARKS = regex.compile(
    r"(?:\s|\*|[-+•]|[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*\.(?!\d)|\(\d+\)|\([ivx]+\)|[IVX]+\.)+", _FLAGS)
# The measured thing ends before a purpose or a citation: ", nhằm …", "theo Chương trình …".
_TAIL = regex.compile(
    r",?\s+(?:nhằm|theo\s+(?:chương\s+trình|nghị\s+quyết|nghị\s+định|quyết\s+định|thông\s+tư|kế\s+hoạch"
    r"|chỉ\s+thị|luật))\b", _FLAGS)
_EDGE_JUNK = " \t*,;.:-"
_COMMA_GAP = regex.compile(r"\s*\**\s*,\s*")
_LAST_JOIN = ((regex.compile(r"\s+và\s+"), True), (regex.compile(r",\s*"), False))  # what joins two figures' clauses

_STRIVE = regex.compile(r"\bphấn\s+đấu\b", _FLAGS)
_GOAL_BEFORE = regex.compile(r"\bmục\s+tiêu\b", _FLAGS)
_SHORTEN = regex.compile(r"\b(?:rút\s+ngắn|giảm|phấn\s+đấu|mục\s+tiêu|chỉ\s+tiêu)\b", _FLAGS)
# Before the figure (past any "lên"): a result ("đã đạt", "đến nay"; not the passive "đã được"), or a
# condition the figure belongs to ("sau khi thực hiện phương án cắt giảm 30%"; not "Sau khi cơ quan Thuế
# chuyển bước, Thông báo … sẽ được cung cấp 100% …", where a comma closes the condition, nor "Tỷ lệ trẻ được bú mẹ
# sớm sau khi sinh đạt 75%", where "đạt" follows the condition inside the subject). A share ("chiếm
# 45% GRDP") is a goal unless a past year comes before it (`_PAST_YEAR`).
_PAST = regex.compile(
    r"\b(?:đã(?!\s+được)|đạt\s+được(?!\s+mục\s+tiêu)|đến\s+nay|hiện\s+nay|hiện\s+có|(?<!\bthôn\s)mới\s+(?:đạt|được)"
    r"|ước\s+(?:cả\s+năm|thực\s+hiện|đạt|tính))\b"  # "ước cả năm đạt …, đạt 100% kế hoạch": an estimate of the year
    # ("mới đạt" is "only reached", not "nông thôn mới đạt": "Tỷ lệ xã đạt chuẩn nông thôn mới đạt 80%" is a goal;
    # "mới được tạm ứng 50%" is only got so far)
    r"|\bsau\s+khi\b(?:(?!\bđạt\b)[^,])*$|\b\d{1,2}\s+tháng\s+(?:đầu\s+)?năm\s+(?:19|20)\d\d\b",  # "9 tháng năm 2025 tăng 6,9%"
    _FLAGS)
# An estimate is no goal: "nhu cầu sử dụng đất … dự kiến là 43.346.068 m2", "Vốn ngoài ngân sách … dự kiến 10%-15%".
_ESTIMATE_BEFORE = regex.compile(r"\bdự\s+kiến(?:\s+(?:là|khoảng))?\s*$", _FLAGS)
# The share of a movement's people an award may go to: "tặng Bằng khen … (tỷ lệ không quá 10% tập thể, 5% cá nhân)".
_AWARDED_AFTER = regex.compile(r"\s*(?:tập\s+thể|cá\s+nhân)\b", _FLAGS)
_AWARD = regex.compile(r"\bkhen\b", _FLAGS)
_OF_WHICH = regex.compile(r"\btrong\s+(?:số\s+)?đó\b[^,;]{0,60}$", _FLAGS)
# After the figure: a comparison with the same period of last year, a statistic ("tăng 42% so cùng kỳ"), unless striven
# for ("Phấn đấu số vụ tai nạn giao thông giảm 5% so với cùng kỳ").
# A rate per year is a goal only as growth ("tốc độ tăng bình quân 10 - 13%/năm"; not "lãi suất 1,5%/năm").
_PER_PERIOD = regex.compile(r"\s*/\s*(?P<period>năm|tháng|quý|tuần|ngày)\b", _FLAGS)
_GROWTH = regex.compile(r"\b(?:tăng|tăng\s+trưởng|tốc\s+độ|bình\s+quân|giảm)\b", _FLAGS)
# ("bằng 100,1% cùng kỳ năm 2023"; "|(?!)" keeps the regex module from looking for "cùng" through the rest of the text)
_YEAR_ON_YEAR = regex.compile(r"\s*\**\s*(?:(?:so\s+(?:với\s+)?)?cùng\s+kỳ\b|(?!))", _FLAGS)
# Anywhere in the clause: a count such as "86/86 TTHC", "06/34 địa phương" (not "tháng 10/2025").
_COUNT = regex.compile(
    r"(?<!\b(?:ngày|tháng)\s)(?<![/\d.])\d+(?:\.\d{3})*/(?!(?:19|20)\d\d\b)\d+(?:\.\d{3})*(?![/\d])", _FLAGS)
# A scoring rule or formula: "Tỷ lệ = b/a * 100%", "từ 90-95% cộng 03 điểm", "Đơn vị đạt tỷ lệ 100% cộng 05 điểm".
_SCORING = regex.compile(r"\b(?:cộng|trừ)(?:\s+\w+){0,2}?\s+\d+(?:[.,]\d+)?\s+điểm\b|[=*×]\s*\d*\s*[\w/]*\s*\d*\s*%",
                         _FLAGS)
# "<measure> đạt X% và triển khai …": after the figure, another job begins.
_REACHES = regex.compile(r"\bđạt\s*(?:mức\s+|tỷ\s+lệ\s+|tỉ\s+lệ\s+|khoảng\s+|trên\s+|tối\s+thiểu\s+|ít\s+nhất\s+)?\**\s*$",
                         _FLAGS)
_NEXT_JOB = regex.compile(r"(?:\s*trở\s+lên)?\s*,?\s+và\s+(?:triển\s+khai|thực\s+hiện|xây\s+dựng|tổ\s+chức|đảm\s+bảo"
                          r"|bảo\s+đảm|duy\s+trì|nâng\s+cao|hoàn\s+thành|tăng\s+cường|đẩy\s+mạnh|phát\s+triển)\b", _FLAGS)
# "từ 60% lên 80%", "từ 5% xuống còn 3%": the first figure is where it starts
_CUT_TO = regex.compile(r"\bcòn\s*$", _FLAGS)
_RAISE_TO = regex.compile(r"(?<!\btrở\s)\b(?:lên|xuống|còn(?!\s+lại\b))\b", _FLAGS)  # not "trở lên", "trở xuống", "còn lại"
_BASELINE = regex.compile(r"\btừ\s*$", _FLAGS), regex.compile(r"[^,;]{0,40}?(?<!\btrở\s)\b(?:lên|xuống|còn)\b", _FLAGS)
_MEASURED = regex.compile(r"\d+[.,]\d{2,}")  # "69,87%" is a statistic; objectives are round
# Progress against a goal: "đạt 71% so với mục tiêu năm 2025", "bằng 115,1% mục tiêu tăng trưởng" (not the
# round "giải ngân đạt 100% kế hoạch vốn" a plan sets).
_AGAINST_GOAL = regex.compile(r"\s*\**\s*(?P<compared>so\s+với\s+)?(?:mục\s+tiêu|kế\s+hoạch|chỉ\s+tiêu|dự\s+toán)\b", _FLAGS)
_DECIMAL = regex.compile(r"\d+,\d")
# "xuất khẩu tăng 18,3%": a growth measured to the decimal, with no goal word, is a result reviewed
_MEASURED_GROWTH = regex.compile(r"\btăng\s+(?:khoảng\s+)?\Z", _FLAGS)
# The last year named before the figure, when the figure was reached in it: "năm 2024 đạt 85%, năm 2025
# phấn đấu đạt 90%" keeps the 90% of 2025.
_PAST_YEAR = regex.compile(r"\bnăm\s+((?:19|20)\d{2})\b(?!.*\bnăm\s+(?:19|20)\d{2}\b)[^;]*\b(?:đạt|chiếm)\b", _FLAGS)
# Money: a share of capital or budget, a subsidy or fee rate ("hỗ trợ 100% chi phí"), a step of a pay or allowance; cutting
# the cost of compliance ("cắt giảm 20% chi phí tuân thủ") stays an objective.
_MONEY_AFTER = regex.compile(
    r"\s*\**\s*(?:vốn|t[ổố]ng\s+vốn|t[ổố]ng\s+mức\s+đầu\s+tư|kinh\s+phí|lãi\s+suất|tiền|tổng\s+chi|ngân\s+sách|dự\s+toán"
    r"|(?:(?:của|trên)\s+)?(?:mức\s+)?(?:lương|trợ\s+cấp|phụ\s+cấp)|quỹ)\b", _FLAGS)  # "thêm 5% của mức trợ cấp"
# A minimum a budget sets aside is a goal: "bố trí tối thiểu 03% ngân sách cho phát triển khoa học, công nghệ" (the
# 3% of Nghị quyết 57-NQ/TW), "dành ít nhất 10% tổng chi ngân sách cho …".
_ALLOCATION = regex.compile(r"\b(?:bố\s+trí|dành|chi|phân\s+bổ|tăng\s+chi|đầu\s+tư)\s+(?:tối\s+thiểu|ít\s+nhất|không\s+dưới)"
                            r"\s+(?:là\s+|mức\s+)?$", _FLAGS)
# Money a plan spends, cuts or saves by a share is a goal too: "giải ngân 100% vốn đầu tư công năm 2020", "cắt giảm
# tối thiểu 70% kinh phí hội nghị", "tiết kiệm thêm 10% chi thường xuyên" (not "không áp dụng quy định tiết kiệm 10%").
_SPENDING = regex.compile(r"(?<!\bquy\s+định\s+)\b(?:giải\s+ngân|cắt\s+giảm|tiết\s+kiệm)\s+(?:(?:tối\s+thiểu|ít\s+nhất|không\s+dưới|thêm|đạt|trên)"
                          r"\s+)*$", _FLAGS)
# A share of those who vote or attend: "trên 50% tổng số cử tri có mặt", "2/3 tổng số đại biểu".
_VOTE_SHARE = regex.compile(r"\s*\**\s*tổng\s+số\s+(?:cử\s+tri|đại\s+biểu|thành\s+viên|phiếu)\b", _FLAGS)
_VOTE_WORDS = regex.compile(r"\b(?:tín\s+nhiệm|số\s+phiếu|biểu\s+quyết)\b", _FLAGS)
# (who agree, after the share: not "Đồng ý sáp nhập … bảo đảm cả nước giảm khoảng 60 - 70% …", a decision's goal)
_AGREE_WORDS = regex.compile(r"\b(?:đồng\s+ý|tán\s+thành)\b", _FLAGS)
# A case a rule turns on: "trường hợp nhân sự đạt tỷ lệ 50% thì …".
_CASE_BEFORE = regex.compile(r"\b(?:trường\s+hợp|nếu)\b[^,;]{0,60}$", _FLAGS)
_THEN_AFTER = regex.compile(r"[^,;.]{0,20}?\bthì\b", _FLAGS)
_FEE_AFTER = regex.compile(r"\s*\**\s*(?:chi\s+phí|mức\s+phí|phí|lệ\s+phí|mức\s+chi|giá)\b", _FLAGS)
# Relief a government grants ("Giảm 50% lệ phí trước bạ", "giảm 30% thuế thu nhập doanh nghiệp phải nộp", "giảm 50%
# giá cất cánh, hạ cánh") or a rate set against another ("bằng 70% mức thuế quy định …"): a policy, no goal to reach
# ("giảm 30% thời gian giải quyết", "giảm 10% giá thành" stay objectives).
_RELIEF_BEFORE = regex.compile(r"\b(?:[Gg]iảm|[Mm]iễn)\s*$")
_TAX_OR_FEE_AFTER = regex.compile(r"\s*(?:thuế|lệ\s+phí|phí|mức\s+phí|tiền\s+thuê|giá(?!\s+(?:thành|trị)))\b", _FLAGS)
_TAX_RATE_AFTER = regex.compile(r"\s*(?:mức\s+thuế|mức\s+phí|thuế\s+suất)\b", _FLAGS)
_PAY_BEFORE = regex.compile(r"\b(?:hỗ\s+trợ|miễn|thu|chi\s+trả|hoàn\s+trả)\b[^,;]{0,20}$", _FLAGS)
# A share of costs a policy pays or counts, its beneficiary between: "hỗ trợ doanh nghiệp công nghệ số Việt Nam 50% chi
# phí hợp lý", "chi phí cho hoạt động … bằng 200% chi phí thực tế" (not "hỗ trợ doanh nghiệp giảm 30% chi phí": a goal)
_COST_SHARE_BEFORE = regex.compile(r"\b(?:hỗ\s+trợ|bằng)\b(?:(?!\bgiảm\b)[^,;]){0,50}$", _FLAGS)
# (and what an insurance fund reimburses: "được Quỹ BHYT thanh toán theo tỷ lệ 60%", "… thanh toán 95% chi phí";
# not a share that reaches a figure: "Tỷ lệ lao động nữ làm công hưởng lương đạt 50%")
_RATE_BEFORE = regex.compile(
    r"\b(?:tổn\s+thương|lãi\s+suất|thuế\s+suất|mức\s+hưởng|hưởng|mức\s+đóng|(?<=\bQuỹ\s+\S+\s+)thanh\s+toán)\b"
    r"(?:(?!\bđạt\b)[^,;]){0,25}$", _FLAGS)
# A wage rate the law sets: "phải trả ít nhất bằng 300% tiền lương" for work on a day off.
_WAGE_BEFORE = regex.compile(r"\b(?:phải|được)\s+trả(?:\s+lương)?(?:\s+(?:ít\s+nhất|tối\s+thiểu))?(?:\s+bằng)?\s*$",
                             _FLAGS)
# A class of damage ("Diện tích mất trắng (bị thiệt hại từ 70% trở lên)" in a form to fill): what is counted, no goal.
# A budget's share of a cost: "ngân sách trung ương hỗ trợ 95%, ngân sách địa phương hỗ trợ 5%".
_BUDGET_SHARE_BEFORE = regex.compile(r"\bngân\s+sách\s+(?:trung\s+ương|địa\s+phương|nhà\s+nước|tỉnh|huyện|xã)\s+"
                                     r"(?:hỗ\s+trợ|bố\s+trí|bảo\s+đảm|đảm\s+bảo|chi)\s*$", _FLAGS)
# Who a rule covers, by their injury: "bệnh binh bị suy giảm khả năng lao động do bệnh tật từ 81% trở lên".
_DISABILITY_BEFORE = regex.compile(r"\bkhả\s+năng\s+lao\s+động\b[^;]{0,50}$", _FLAGS)
_DISABILITY_REACH = 80  # (read across a line break: "… do thương tật từ 21%" / "đến 80% …")
# What a solution holds ("dung dịch khử khuẩn chứa 0,1% Clo hoạt tính", "cồn 70%"): a concentration, no goal.
_CONCENTRATION_BEFORE = regex.compile(r"\b(?:(?:chứa|nồng\s+độ|hàm\s+lượng|cồn)\b[^,;]{0,15}"
                                      r"|(?:chlorine|clorin|clo|cloramin(?:\s+b)?)\s*)$", _FLAGS)  # "Chlorine 70%"
_DAMAGE_BEFORE = regex.compile(r"\bbị\s+(?:thiệt\s+hại|hư\s+hỏng|hư\s+hại|ảnh\s+hưởng|ngập|mất)\b[^,;]{0,25}$", _FLAGS)
# A table cell holding only the figure is a target when its row names a measure.
_FIGURE_ONLY = regex.compile(r"[\s*%\d.,≥≤<>=]*", _FLAGS)
_MEASURE_CELL = regex.compile(
    r"\s*\**\s*(?:tỷ\s+lệ|tỉ\s+lệ|tỷ\s+trọng|tỉ\s+trọng|mức\s+độ|chỉ\s+số|số\s+lượng|chỉ\s+tiêu)\b", _FLAGS)


# List markers from the outermost level in: "I.", "1.", "a)"/"(1)", "-", "+"; 5 is plain text.
# One pattern, tried once per clause: the first alternative that matches (group r0 … r4) is the rank.
_MARKER = regex.compile("|".join(f"(?P<r{rank}>{p})" for rank, p in enumerate((
    r"[IVX]+\.\s", r"\d{1,2}(?:\.\d{1,2})*\.\s", r"(?:[a-zđ]\)|\(\d+\))\s", r"-\s", r"\+\s"))), _FLAGS)


@dataclass
class _Figure:
    start: int  # of the number
    end: int    # of the number with its unit
    value: float
    unit: str
    floor: bool = False  # the low end of a range ("8,3 - 8,5%"): at least that much
    high: float | None = None  # and its high end: at most that much


def _percent_starts(text: str) -> Iterator[int]:
    for sign in occurrences(text, "%"):
        run = _NUMBER_RUN.match(text, 0, sign)
        yield from (m.start() for m in _PERCENT_RE.finditer(text, run.start(), sign + 1))


def _figure_starts(text: str, low: str) -> Iterator[int]:
    """Every position where `_CANDIDATE` can match, and more: its alternation is slow to try everywhere.
    `low` is `lowered(text)`."""
    yield from _percent_starts(text)
    yield from occurrences(low, _LIMIT_STARTS)
    # ("còn" is common: only before a number, "… còn 09 ngày làm việc")
    yield from (at for at in occurrences(low, ("còn ",)) if low[at + 4:at + 5].isdigit())
    for rank_word in occurrences(low, _RANK_WORDS):
        preposition = _RANK_BEFORE.match(text, 0, rank_word)
        if preposition:
            yield preposition.start()


def _per_head_rates(text: str, taken: set[int]) -> list[_Figure]:
    """Rates per head: "2,1 con/phụ nữ", "dưới 109 bé trai/100 bé gái", "12 bác sĩ/vạn dân"."""
    out = []
    for slash in occurrences(text, "/"):
        before = text[slash - 1] if slash else ""
        if not (before.islower() or before == " ") or not _PER_AFTER_SLASH.match(text, slash + 1):
            continue  # (most slashes are in dates and symbols, a digit or a capital before them: cheap tests first)
        m = _PER_HEAD_FIGURE.search(text, max(0, slash - _PER_HEAD_REACH), slash + 1 + _PER_HEAD_REACH)
        if m and m.start() < slash < m.end() and m.start() not in taken:
            taken.add(m.start())
            out.append(_Figure(m.start(), m.end(), float(m["num"].replace(",", ".")), " ".join(m["unit"].split())))
    return out


def _goal_spans(text: str, low: str) -> list[tuple[int, int]]:
    """Where an amount is a goal with no minimum in front: goals sections, and the rest of a clause after "phấn đấu",
    "mục tiêu" or "đến năm 2030" ("Phấn đấu đến năm 2030 có 1.500 doanh nghiệp công nghệ số")."""
    spans = goal_sections(text, low)
    sections, end = list(spans), -1
    for cue in sorted(occurrences(low, _GOAL_CUES)):
        if cue < end or any(a <= cue < b for a, b in sections) \
                or (low.startswith("đến", cue) and not _BY_YEAR.match(low, cue)):
            continue  # (a clause or a section already looked at)
        end = _next_break(text, cue)
        spans.append((cue, end))
    return spans


def _goal_amounts(text: str, low: str, found: list[_Figure]) -> list[_Figure]:
    """Amounts and counts in goals sections or behind a goal word that no minimum marks (those are `found` already):
    "đạt 400 triệu USD", "trên 46.200 tấn", "3.000 km", "1.500 doanh nghiệp"."""
    taken = {fig.start for fig in found}
    out = []
    for start, end in _goal_spans(text, low):
        for number in _NUMBER_AND_WORD.finditer(low, start, end):
            before = text[number.start() - 1]
            if before in _NUMBER_INSIDE or before.isalpha() or number.start() in taken \
                    or _YEAR_FIRST.match(low, number.start()):
                continue
            m = _GOAL_AMOUNT.match(text, number.start(), end)
            if m is None:
                continue
            clause_start = _hard_clause(text, m.start())[0]
            if "%" in text[clause_start:m.start()] or _RATIO.search(text, clause_start, m.start()):
                continue  # "100% xã có 01 trạm y tế": who the share counts
            if any(clause_start <= fig.end <= m.start() and "," not in text[fig.end:m.start()]
                   and _HAVING.search(text, fig.end, m.start()) for fig in (*found, *out)):
                continue  # "có 60 doanh nghiệp … có doanh thu … đạt 20 triệu USD/năm": which of them are counted
            if _WHERE_OR_FUNDS.search(text, clause_start, m.start()):
                continue  # "tại 121 thôn", "kinh phí 20.229,8 triệu đồng": where a project runs and what it costs
            taken.add(m.start())
            unit = " ".join(m["unit"].split()) + (f"/{' '.join(m['per'].split())}" if m["per"] else "")
            value = float(m["num"].replace(".", "").replace(",", "."))
            if bound := _COUNT_RANGE_LOW.search(text, max(0, m.start() - _COUNT_RANGE_REACH), m.start()):
                # "có từ 40 - 50 tổ chức khoa học và công nghệ": at least the low end, at most the high one
                out.append(_Figure(bound.start(1), m.end(), float(bound[1].replace(".", "")), unit, floor=True,
                                   high=value))
                continue
            out.append(_Figure(m.start("num"), m.end(), value, unit))
    return out


def _figures(text: str) -> list[_Figure]:
    out: list[_Figure] = []
    lowered_text = lowered(text)
    for m in matches_at(_CANDIDATE, text, _figure_starts(text, lowered_text)):
        kind = m.lastgroup
        if kind == "noun":  # "ít nhất 3.000 lượt": thousands separated by dots
            clause_start = _hard_clause(text, m.start())[0]
            if "%" in text[clause_start:m.start()] or _RATIO.search(text, clause_start, m.start()):
                continue  # "100% cơ quan sử dụng ít nhất 01 ứng dụng AI": who the share counts, no target
            count = m["count"].lower()
            value = _WORD_NUMBERS.get(count) or float(count.replace(".", ""))
            noun = " ".join(m["noun"].lower().split())
            out.append(_Figure(m.start("count"), m.end(), float(value), noun))
            clause_end = _hard_clause(text, m.start())[1]
            for more in _MORE_COUNTS.finditer(text, m.end(), clause_end):
                if " ".join(more["noun"].lower().split()) == noun:  # (a list shares the minimum, a part of it not)
                    out.append(_Figure(more.start("count"), more.end(), float(more["count"].replace(".", "")), noun,
                                       floor=not more.group().startswith("trong")))
            continue
        if kind == "per":
            out.append(_Figure(m.start("price"), m.end(), float(m["price"].replace(".", "")), "".join(m["per"].split())))
            continue
        unit = "ngày làm việc" if kind == "workdays" else _UNITS.get(kind)  # working days, as written
        kind = "days" if kind == "workdays" else kind
        raw = m.group(kind).lower()
        value = _WORD_NUMBERS.get(raw) or float(raw.replace(",", "."))
        start = m.start(kind)
        if kind == "pct" and (low := _RANGE_LOW.search(text, max(0, start - 20), start)):
            # "tăng trưởng kinh tế từ 8,3 - 8,5%", "Phấn đấu 30% - 40% cán bộ …": two bounds, at least the low end
            # and at most the high one
            if out and out[-1].start == low.start(low.lastindex):
                out.pop()  # (the low end, read as a figure of its own when it carries its "%")
            low_end = low[1] or low[2]
            out.append(_Figure(low.start(low.lastindex), m.end(), float(low_end.replace(",", ".")), "%", floor=True,
                               high=float(value)))
            continue
        if kind == "times" and (per := _PER_PERIOD.match(text, m.end())) and per["period"].lower() in ("năm", "quý"):
            # "tổ chức diễn tập … tối thiểu một lần/năm": how often a plan's drill or inspection is held, a goal
            # (not "Khử khuẩn ít nhất 02 lần/ngày": a routine's instruction)
            out.append(_Figure(start, per.end(), float(value), f"lần/{per['period']}"))
            continue
        out.append(_Figure(start, m.end(), float(value), unit))
    out += _per_head_rates(text, {fig.start for fig in out})
    out += _goal_amounts(text, lowered_text, out)
    return sorted(out, key=lambda fig: fig.start) if len(out) > 1 else out


@lru_cache(maxsize=2)
def _break_spans(text: str) -> list[tuple[int, int]]:
    """The spans of `_HARD_BREAK.finditer(text)`, the pattern tried only where a break can start. At ";" and
    "\n" (half of those places) its first two alternatives match that one character: no call is needed."""
    spans, end = [], 0
    for start in sorted({*occurrences(text, _HARD_BREAK_CHARS), *(plus - 1 for plus in occurrences(text, "+") if plus)}):
        if start < end:
            continue
        if text[start] in ";\n":
            span = (start, start + 1)
        elif m := _HARD_BREAK.match(text, start):
            span = m.span()
        else:
            continue
        spans.append(span)
        end = span[1]
    return spans


def _breaks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans `_HARD_BREAK.finditer(text, start, end)` gives, cut from one scan of the whole text:
    every figure looks back over thousands of characters."""
    spans = _break_spans(text)
    i = bisect_left(spans, start, key=itemgetter(0))
    if i and spans[i - 1][1] > start:  # a " + " runs across `start`: a scan from there may pair up differently
        return [m.span() for m in _HARD_BREAK.finditer(text, start, end)]
    # A match starting 3 or more characters before `end` sees nothing past it, so the whole-text scan
    # agrees up to there; nearer, `end` acts as the end of the text ("tỷ lệ:" + figure).
    inner = spans[i:bisect_left(spans, end - 2, lo=i, key=itemgetter(0))]
    resume = max(start, end - 2, inner[-1][1] if inner else start)
    return inner + [m.span() for m in _HARD_BREAK.finditer(text, resume, end)]


def _next_break(text: str, pos: int) -> int:
    """Start of `_HARD_BREAK.search(text, pos)`, or the end of the text."""
    spans = _break_spans(text)
    i = bisect_left(spans, pos, key=itemgetter(0))
    if i and spans[i - 1][1] > pos:  # as in `_breaks`
        found = _HARD_BREAK.search(text, pos)
        return found.start() if found else len(text)
    return spans[i][0] if i < len(spans) else len(text)


@lru_cache(maxsize=64)  # `find_targets` and `_piece` both ask for each figure's clause
def _hard_clause(text: str, pos: int) -> tuple[int, int]:
    before = _breaks(text, max(0, pos - 2000), pos)
    return before[-1][1] if before else 0, _next_break(text, pos)


def _split(text: str, a: _Figure, b: _Figure) -> tuple[int, int, bool]:
    """Where the clause of figure `a` ends and that of the next figure `b` starts; and
    whether they are joined by "và" (then `b` shares the comparator of `a`)."""
    gap_start = a.end
    for after in (_AT_LEAST_AFTER, _AT_MOST_AFTER):
        m = after.match(text, gap_start)
        if m:
            gap_start = m.end()
    gap = text[gap_start:b.start]
    in_which = list(_IN_WHICH.finditer(gap))
    if in_which:
        m = in_which[-1]
        return gap_start + m.start(), gap_start + m.end(), False
    m = _COMMA_GAP.match(gap)
    if m:
        return gap_start, gap_start + m.end(), False
    opened = gap.rfind("(")
    if opened > gap.rfind(")"):  # `b` stands in parentheses: "đạt 90% trong năm 2025 (đến nay mới đạt 39,5%)"
        return gap_start + opened, gap_start + opened + 1, False
    for pattern, joined in _LAST_JOIN:
        found = list(pattern.finditer(gap))
        if found:
            return gap_start + found[-1].start(), gap_start + found[-1].end(), joined
    return gap_start, gap_start, False


def _comparator(text: str, left_start: int, fig: _Figure) -> str | None:
    """The comparator written around the figure, or None for a bare figure."""
    m = _COMPARATOR.search(text, left_start, fig.start)
    word = " ".join(m.group("cmp").lower().split()) if m else None
    after = period.end() if (period := _PER_PERIOD.match(text, fig.end)) else fig.end  # "đạt 10%/năm trở lên"
    if _AT_LEAST_AFTER.match(text, after):
        return ">="
    if _AT_MOST_AFTER.match(text, after):
        return "<="
    if fig.unit == "hạng":
        return "<="  # "trong nhóm 10": ranked 10th or better
    return _COMPARATOR_OF.get(word)  # "từ" alone ("tăng từ 20% lên 30%") says nothing


def _in_parentheses(text: str, start: int, end: int, fig: _Figure) -> bool:
    opened = text.rfind("(", start, fig.start)
    return opened > text.rfind(")", start, fig.start) and ")" in text[fig.end:end]


def _goal_in_parentheses(text: str, start: int, fig: _Figure) -> bool:
    """A goal put in brackets: "(phấn đấu giải ngân đạt 100% kế hoạch vốn …)", or the value of the goal the
    clause strives for: "phấn đấu hoàn thành … mục tiêu tăng trưởng Chính phủ giao (8%)"."""
    opened = text.rfind("(", start, fig.start)
    if _STRIVE.search(text, opened, fig.start):
        return True
    return not text[opened + 1:fig.start].strip() and bool(_STRIVE.search(text, start, opened)) \
        and bool(_GOAL_BEFORE.search(text, start, opened))


def _table_label(text: str, cell_start: int) -> int | None:
    """Start of the row's measure cell ("Tỷ lệ …") for a cell holding only a figure."""
    row_start = text.rfind("\n", 0, cell_start) + 1
    cells = text[row_start:cell_start].split("|")
    pos = cell_start
    for cell in reversed(cells):
        pos -= len(cell) + 1
        if cell.strip() and not _FIGURE_ONLY.fullmatch(cell):
            return pos + 1 if _MEASURE_CELL.match(cell) else None
    return None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    m = _LEADING_MARKS.match(text, start, end)
    if m:
        start = m.end()
    while end > start and text[end - 1] in _EDGE_JUNK:
        end -= 1
    while start < end and text[start] in _EDGE_JUNK:
        start += 1
    return start, end


def _is_objective(text: str, fig: _Figure, start: int, clause: tuple[int, int], comparator: str | None,
                  by_goal_word: bool, year: int | None) -> bool:
    """False for results, statistics, money and legal rates. The target's text starts at `start`;
    `clause` bounds its hard clause."""
    left, clause_left, clause_end, clause = text[start:fig.start], text[clause[0]:fig.start], clause[1], \
        text[clause[0]:clause[1]]
    if by_goal_word and not (_STRIVE.search(clause) or _GOAL_BEFORE.search(left)):
        return False
    if _BASELINE[0].search(left) and _BASELINE[1].match(text, fig.end):
        return False  # the 60% of "nâng tỷ lệ … từ 60% hiện nay lên 80%"
    if _ESTIMATE_BEFORE.search(left) or (_AWARDED_AFTER.match(text, fig.end) and _AWARD.search(clause_left)):
        return False
    if (of_which := _OF_WHICH.search(clause_left)) and _PAST.search(clause_left, 0, of_which.start()):
        return False  # "Hiện nay, … khoảng 180 trạm, trong đó có 22 trạm 5G": a part of what there is
    if _PAST.search(_RAISE_TO.split(left)[-1]) or _RATE_BEFORE.search(left) \
            or (_MONEY_AFTER.match(text, fig.end) and not ((comparator == ">=" and _ALLOCATION.search(left)) or _SPENDING.search(left))) \
            or (_YEAR_ON_YEAR.match(text, fig.end) and not _STRIVE.search(clause_left)) or _DAMAGE_BEFORE.search(left) or _WAGE_BEFORE.search(left) or _CONCENTRATION_BEFORE.search(left) or _BUDGET_SHARE_BEFORE.search(left) \
            or _DISABILITY_BEFORE.search(text, max(0, fig.start - _DISABILITY_REACH), fig.start):
        return False
    if not fig.unit.startswith("lần/") and _PER_PERIOD.match(text, fig.end) and not _GROWTH.search(clause_left):
        return False
    if _FEE_AFTER.match(text, fig.end) and (_PAY_BEFORE.search(left) or _COST_SHARE_BEFORE.search(left)):
        return False
    if fig.unit == "%" and (_TAX_RATE_AFTER.match(text, fig.end)
                            or (_RELIEF_BEFORE.search(left) and _TAX_OR_FEE_AFTER.match(text, fig.end))):
        return False  # "Giảm 30% thuế thu nhập doanh nghiệp …", "… bằng 70% mức thuế": relief a rule grants
    if fig.unit == "%" and "tổng" in text[fig.end:fig.end + 12] and _VOTE_SHARE.match(text, fig.end) \
            and not _STRIVE.search(clause):  # (a cheap test first: this runs for every figure)
        return False  # "đạt ít nhất 50% tổng số cử tri được triệu tập": a quorum or a vote, set by law
    if fig.unit == "%" and (_VOTE_WORDS.search(clause) or _AGREE_WORDS.search(text, fig.end, clause_end)
                            or (_THEN_AFTER.match(text, fig.end) and _CASE_BEFORE.search(left))) \
            and not _STRIVE.search(clause):  # (the rare "thì" first: the look back is the dearer test)
        return False  # "phải đạt tỷ lệ trên 50% tổng số Lãnh đạo Hội đồng đồng ý", "đạt tín nhiệm trên 50%": a vote
    if _COUNT.search(clause) or (fig.unit == "%" and _MEASURED.match(text, fig.start)) or _SCORING.search(clause):
        return False
    if fig.unit == "%" and (progress := _AGAINST_GOAL.match(text, fig.end)) and not _STRIVE.search(clause) \
            and (progress["compared"] or _DECIMAL.match(text, fig.start)):
        return False
    if fig.unit == "%" and _MEASURED_GROWTH.search(left) and _DECIMAL.match(text, fig.start) \
            and not (_STRIVE.search(clause) or _GOAL_BEFORE.search(clause)):
        return False
    past_year = _PAST_YEAR.search(clause_left)
    if past_year and year and int(past_year.group(1)) < year:
        return False  # "năm 2021 đạt 85%" in a 2022 plan
    if fig.unit.startswith("ngày"):  # a time limit is a target only when the plan shortens it ("… còn 09 ngày")
        return (comparator in ("<=", "<") or (comparator is None and _CUT_TO.search(left) is not None)) \
            and bool(_SHORTEN.search(clause))
    return True


@lru_cache(maxsize=1024)  # the clauses above one list are ranked again for each of its figures
def _rank(clause: str) -> int:
    m = _MARKER.match(clause.lstrip(" *\t"))
    return int(m.lastgroup[1:]) if m else 5


@lru_cache(maxsize=64)  # the headings above one list are read again for each of its figures
def _time_phrase(text: str, start: int, end: int, year: int | None) -> Deadline | None:
    """The deadline text[start:end] states when it is nothing but a time phrase."""
    return only_time(text[start:end], year)


def _heading_deadline(text: str, clause_start: int, year: int | None) -> Deadline | None:
    """The deadline of a parent list item that is only a time phrase: "- Giai đoạn 2025-2027"
    over "+ 100% …" bullets, "a) Đến hết năm 2025: Có ≥ 30% …"."""
    breaks = _breaks(text, max(0, clause_start - 3000), clause_start)
    own = _rank(text[clause_start:clause_start + 10])
    for k in range(len(breaks) - 1, 0, -1):
        # Ranks 0 and 1 end in ". ", where a hard break falls: no clause between two breaks outranks 2.
        if own <= 2:
            break
        start, end = breaks[k - 1][1], breaks[k][0]
        rank = _rank(text[start:end])
        if rank >= own:
            continue
        deadline = _time_phrase(text, *_trim(text, start, end), year)
        if deadline is not None:
            return deadline
        own = rank
    return None


def _tail_start(text: str, start: int, end: int) -> int:
    """Where `_TAIL` cuts text[start:end], or `end`. Its words are looked for first: trying the
    pattern at every position is slow."""
    segment = lowered(text[start:end])
    if "nhằm" not in segment and "theo" not in segment:
        return end
    tail = _TAIL.search(text, start, end)
    return tail.start() if tail else end


_COMMA_AFTER = regex.compile(r"\**\s*,")
# A word that says what a figure measures: none of the words that only give its level, direction or time.
_MEASURED_WORD = regex.compile(
    r"\b(?!(?:đạt|dưới|trên|tăng|giảm|lên|xuống|còn|tối|thiểu|ít|nhất|khoảng|và|vào|năm|đến|hết|trong|giai|đoạn"
    r"|mức|là|tỷ|tỉ|lệ|từ|trở|so|với|cuối|đầu|quý|tháng|khu|vực)\b)\p{L}+", _FLAGS)


_PLACE_WORDS = r"đối\s+với|ở|tại"
_PLACE_AFTER = regex.compile(rf"\s*\**\s*(?:{_PLACE_WORDS})\s", _FLAGS)  # "40% ở khu vực nông thôn", "75% đối với tuyến huyện"
# What follows a figure that only says where or when it holds ("75% đối với tuyến huyện", "40% ở khu vực nông
# thôn"), not what it counts ("60% hồ sơ …")
_QUALIFIER_AFTER = regex.compile(rf"\s*\**\s*(?:{_PLACE_WORDS}|vào|đến|trong|\(|[,.;]|$)", _FLAGS)


def _piece(text: str, figures: list[_Figure], i: int) -> tuple[int, int, bool]:
    """The clause carrying figures[i], and whether it hangs on the previous one by "và"."""
    fig = figures[i]
    c_start, c_end = _hard_clause(text, fig.start)
    prev = figures[i - 1] if i and figures[i - 1].start >= c_start else None
    nxt = figures[i + 1] if i + 1 < len(figures) and figures[i + 1].end <= c_end else None
    start, joined = c_start, False
    if not prev and i and c_start and text[c_start - 1] == ";" and not text[c_start:fig.start].strip(" *") \
            and _QUALIFIER_AFTER.match(text, fig.end) and _next_break(text, figures[i - 1].end) == c_start - 1:
        # "… đạt 90% đối với tuyến tỉnh; 75% đối với tuyến huyện": a figure opening its clause after ";" goes on
        # the list the clause before began, and measures what that one does
        start = _piece(text, figures, i - 1)[0]
    elif prev and _RAISE_TO.search(text, prev.end, fig.start):
        start = _piece(text, figures, i - 1)[0]  # "nâng tỷ lệ … từ 60% lên 80%" is one clause
    elif prev:
        _, start, joined = _split(text, prev, fig)
        if text[start - 1] == "(":  # "giảm xuống dưới 17% (khu vực miền núi dưới 28%)": the bracket qualifies
            start = _piece(text, figures, i - 1)[0]  # the figure before it, and measures what that one does
    end = _split(text, fig, nxt)[0] if nxt else c_end
    if not prev and (colon := text.rfind(":", 0, start)) >= 0 and not text[colon + 1:start].strip(" *"):
        label_start = _hard_clause(text, colon)[0]
        if not text[start:fig.start].strip(" *") and not text[fig.end:fig.end + 2].strip()[:1].islower() \
                and _GOAL_LABEL.search(text, label_start, colon):
            # "Mục tiêu giảm phát thải khí nhà kính so với năm 2005: 8%": the goal named before the colon is what
            # the figure measures (not "Tại địa bàn đô thị: 100% trẻ em …", whose words after the figure say it)
            return *_trim(text, label_start, fig.end), joined
        if fig.unit.startswith("đồng/") and text.count(" ", label_start, colon) < _PRODUCT_WORDS:
            return *_trim(text, label_start, fig.end), joined  # "Xăng E5RON92: không cao hơn 19.807 đồng/lít"
    soft = list(_SOFT_START.finditer(text, start, fig.start))
    if soft and _COMMA_AFTER.match(text, fig.end) and not _MEASURED_WORD.search(text, soft[-1].end("verb"), fig.start):
        # "… tiến hành số hóa toàn bộ hồ sơ theo quy định, đảm bảo 100%, tiếp nhận và chuyển …": what the figure
        # measures comes before it, and another job after it
        return *_trim(text, soft[-2].end() if len(soft) > 1 else start, fig.end), joined
    start = soft[-1].end() if soft else start
    if text.count(" ", start, fig.start) > _LONG_LEAD_WORDS \
            and (goals := list(_GOAL_WORD.finditer(text, start, fig.start))):
        start = goals[-1].start()  # "Tuy nhiên, trong bối cảnh …, góp phần thực hiện mục tiêu tăng trưởng … đạt trên 8%"
    end = _tail_start(text, fig.end, end)
    if (cut := _NEXT_JOB.match(text, fig.end, end)) and _REACHES.search(text, max(start, fig.start - 12), fig.start):
        end = cut.start()  # "Đảm bảo xây dựng trạm BTS 5G đạt 100% và triển khai …": another job follows the figure
    if joined and not _MEASURED_WORD.search(text, start, fig.start) \
            and (_PLACE_AFTER.match(text, fig.end) or not _MEASURED_WORD.search(text, fig.end, end)):
        # "… giảm xuống dưới 17% vào năm 2025 và dưới 15% vào năm 2030": a figure with only its level, time or
        # place ("… đạt 60% ở khu vực thành thị và 40% ở khu vực nông thôn") measures what the one before it does;
        # its text runs from that one's subject
        start = _piece(text, figures, i - 1)[0]
    return *_trim(text, start, end), joined


_RUBRIC_HEADING = regex.compile(r"(?m)^\W*(?:BẢNG\s+)?(?:TIÊU\s+CHÍ\s+(?:ĐÁNH\s+GIÁ|CHẤM\s+ĐIỂM|THI\s+ĐUA|XẾP\s+LOẠI)"
                                r"|THANG\s+ĐIỂM)\b[^\n]*$")
_CAPITAL_HEADING = regex.compile(r"(?m)^\W*(?:PHỤ\s+LỤC|[IVXLC]+\.\s)[^\n\p{Ll}]*$")  # an annex or a part in capitals


def _rubric_spans(text: str) -> list[tuple[int, int]]:
    """Where a scoring rubric runs ("BẢNG TIÊU CHÍ ĐÁNH GIÁ, XẾP LOẠI" up to the next annex or part): its
    figures ("tối thiểu 100 lượt người/tháng") say how a unit is scored, not what the document aims at."""
    if "TIÊU CHÍ" not in text and "THANG ĐIỂM" not in text:  # most documents: no rubric
        return []
    spans = []
    for m in _RUBRIC_HEADING.finditer(text):
        nxt = _CAPITAL_HEADING.search(text, m.end())
        spans.append((m.start(), nxt.start() if nxt else len(text)))
    return spans


_NOISE_WORDS = 6  # a piece that short is read as it is


def _ocr_noise(piece: str) -> bool:
    """Whether a figure's piece is a scan's noise, not Vietnamese ("076% Oe eI LEE 908517 L4 896969", a stamp or an
    upside-down page read by OCR): fewer than a quarter of its words carry a Vietnamese letter, where nearly every
    sentence has half."""
    tokens = piece.split()
    if len(tokens) < _NOISE_WORDS:
        return False
    words = [w for t in tokens if (w := t.strip(".,;:()")).isalpha()]
    return sum(not w.isascii() for w in words) * 4 < len(words) or not words


# An appendix's heading on a line of its own ("PHỤ LỤC", "**PHỤ LỤC I**", "PHỤ LỤC: CHỈ TIÊU …")
_APPENDIX = regex.compile(r"^[*#\s]*PHỤ LỤC\b", regex.MULTILINE)


def find_targets(text: str, doc_type: str | None = None, year: int | None = None,
                 blocks: list[Block] | None = None) -> list[Target]:
    """Quantified objectives in `text`, with offsets into it (text[start:end] == target.text); `blocks` (the
    document's) give the indicator tables, read row by row (`extractors.target_tables`)."""
    by_goal_word = (doc_type or "").strip().lower() in _GOAL_WORD_TYPES
    figures = _figures(text)
    tabled, table_spans = indicator_targets(blocks, year) if blocks and not by_goal_word else ([], [])
    # A rubric's figures score units; an indicator table's are read row by row.
    passed = _rubric_spans(text) + table_spans
    quoted = quoted_spans(text)
    targets = []
    for i, fig in enumerate(figures):
        if passed and any(a <= fig.start < b for a, b in passed):
            continue
        if quoted and in_spans(fig.start, quoted):
            continue
        c_start, c_end = _hard_clause(text, fig.start)
        prev = figures[i - 1] if i and figures[i - 1].start >= c_start else None
        start, end, joined = _piece(text, figures, i)

        comparator = _comparator(text, start, fig) or (">=" if fig.floor else None)
        if comparator is None and joined and text[start:fig.start].strip(" *") == "":
            comparator = _comparator(text, c_start, prev)  # "tối thiểu 40% … và 15% …"
        if _in_parentheses(text, c_start, c_end, fig) and comparator is None and not _goal_in_parentheses(text, c_start, fig):
            continue  # "(đạt 62,8%)", "(trừ doanh nghiệp 100% vốn nhà nước)"
        if _FIGURE_ONLY.fullmatch(text[start:end]):
            label = _table_label(text, c_start)
            if label is None:
                continue  # a figure in a statistics table
            start, end = _trim(text, label, end)
        if not _is_objective(text, fig, start, (c_start, c_end), comparator, by_goal_word, year) \
                or _ocr_noise(text[start:end]):  # (the rarer test second)
            continue

        deadline_from = c_start if not prev else start  # "Năm 2022, …" heads the clause
        deadlines = find_deadlines(text[deadline_from:end], year)
        deadline = deadlines[0][2] if deadlines else _heading_deadline(text, c_start, year)
        targets.append(Target(text=text[start:end], start=start, end=end, value=fig.value, unit=fig.unit,
                              comparator=comparator or "=", deadline=deadline))
        if fig.high is not None:
            targets.append(Target(text=text[start:end], start=start, end=end, value=fig.high, unit=fig.unit,
                                  comparator="<=", deadline=deadline))
    targets = sorted(targets + tabled, key=lambda target: target.start) if tabled else targets
    return _without_appendix_restatements(text, targets)


def _without_appendix_restatements(text: str, targets: list[Target]) -> list[Target]:
    """The targets less an appendix's copies of the body's ("PHỤ LỤC" / "TT | Chỉ tiêu | Chủ trì" / "Kinh tế số
    chiếm 45% GRDP tỉnh." again): the same words, figure and unit after the appendix's heading."""
    appendix = _APPENDIX.search(text)
    if appendix is None:
        return targets
    body = {(_words(t.text), t.value, t.unit) for t in targets if t.start < appendix.start()}
    return [t for t in targets if t.start < appendix.start() or (_words(t.text), t.value, t.unit) not in body]


def _words(text: str) -> str:
    return " ".join(text.casefold().split()).rstrip(" .;,")
