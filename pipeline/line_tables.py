"""Tables that a PDF-to-text conversion flattened to one piece of a cell per line (the Official Gazette's texts):

    TT
    Nội dung, nhiệm vụ
    Cơ quan chủ
    trì thực hiện
    Cơ quan
    phối hợp
    Thời gian
    1
    Rà soát, thể chế hóa các chủ trương,
    … các văn bản pháp luật.
    Bộ NN&MT,
    Bộ Quốc phòng
    Các bộ,
    cơ quan,
    địa phương
    Năm
    2026 - 2027

Nothing marks where a cell ends. The header gives the columns (a label starts on a capitalized line), the row
numbers, in sequence, part the rows, and inside a row a cell starts on a capitalized line after a line that may end
one. When a row offers more such starts than it has cells, the columns' kinds choose: a unit's cell opens on a body's
word ("Bộ", "Các", "Ủy ban" …), a time's cell on a time word ("Năm", "Quý", "Hằng" …); a cell left empty was blank.
"""
from __future__ import annotations

import regex

TT_HEADER = regex.compile(r"^(?:S\.?\s?TT|TT|Số\s?TT|Số thứ tự)\.?$", regex.IGNORECASE)
HEADER_WORDS = regex.compile(
    r"nhiệm vụ|nội dung|sản phẩm|tiến độ|thời gian|thời hạn|cơ quan|đơn vị|chủ trì|phối hợp|"
    r"phân công|trách nhiệm|kết quả|ghi chú|văn bản|kinh phí|hình thức|giải pháp|hoạt động|lộ trình|"
    r"chỉ tiêu|mục tiêu|công việc|tên|kiến nghị|đề xuất|phụ trách|đvt|đơn vị tính|năm \d{4}|giai đoạn",
    regex.IGNORECASE,
)
_NUMBER = regex.compile(r"(\d{1,3})\.?(?:\s+(?P<text>\S.*))?")  # "10.  Xây dựng Luật …": the first cell run on
# "1.1" under the row "1." / "Rà soát, hoàn thiện thể chế"; "2.1 Theo dõi, tổng hợp …": the part's first cell run on
_SUB_NUMBER = regex.compile(r"(\d{1,2})\.(\d{1,2})\.?(?:\s+(?P<text>\p{Lu}.*))?")
_RUN_ON_NUMBER = regex.compile(r"\d[\d/.,-]*\s+\p{Ll}")  # a number inside a cell's words, no row's
# A page's footnote ("1 Nghị quyết số 66-NQ/TW ngày …", for the "NQ/TW1" in a cell), after a blank line and before
# the running head
_FOOTNOTE = regex.compile(r"\d{1,2}\s+\p{Lu}")
_FOOTNOTE_REACH = 12  # lines from a footnote's start to the running head
_ROMAN = regex.compile(r"(?P<n>[IVX]{1,6})\.?(?:\s+(?P<title>\S.*))?")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
_PAGE_HEADER = regex.compile(r"CÔNG BÁO\s*/|\d{1,4}$")  # the gazette's running head, and the page number after it
_TABLE_END = regex.compile(r"(?:Nơi nhận|TM\.|KT\.|Phụ lục\b|PHỤ LỤC)")
_MAX_HEADER_LINES = 12
_NARROW_CELL_LINE = 30  # characters: wider lines are the job's column (units, results and times are narrower)
_MAX_HEADER_LINE = 45  # characters: a flattened header's labels are as narrow as their columns
# Words a cell's line cannot end on when a capitalized line goes on with it: "Bộ Khoa học và" / "Công nghệ",
# "Các bộ ở" / "Trung ương,", "Bộ trưởng Bộ" / "Khoa học và Công nghệ".
_OPEN_ENDS = frozenset("và ở của các những với thuộc tại trong về cho theo từ đến bộ sở cục vụ ban tổng trung "
                       "nhà".split())
_BODY_START = regex.compile(
    r"(?:Các|Bộ|Sở|Cục|Vụ|Ban|Ủy|Uỷ|UBND|HĐND|Hội|Văn phòng|Ngân hàng|Tổng|Bảo hiểm|Công an|Viện|Trường|Tòa|Toà"
    r"|Thanh tra|Đài|Báo|Liên|Mặt trận|MTTQ|Tỉnh|Thành|Chính phủ|Thủ tướng|Kiểm toán|Kho bạc|Quân|Tập đoàn"
    r"|Trung tâm|Chi cục|Phòng|Hiệp hội|Đoàn|Đảng|Cơ quan|Đơn vị|Địa phương|Doanh nghiệp|Cơ sở|Tổ chức|Người"
    r"|Lực lượng|Chủ tịch|Giám đốc|Đại học|Học viện|Ngành|Chính quyền|Hải quan|Thuế|Cảnh sát|Nhà)\b")
_TIME_START = regex.compile(r"(?:Năm|Quý|Tháng|Ngày|Hằng|Hàng|Thường|Định kỳ|Trước|Trong|Từ|Đến|Giai đoạn|Chậm nhất"
                            r"|Sau|Liên tục|Đã|Theo|Hoàn thành|Tuần|Nhiệm vụ thường|Thực hiện thường)\b|(?:\d{1,2}/){0,2}\d{4}\b", regex.IGNORECASE)  # (not "182-KL/TW")
# "12- CTr/BCĐ", "66- NQ/TW", "23/NQ- CP" (not "kinh tế - xã hội")
_WRAPPED_SYMBOL = regex.compile(r"(?<=[\dA-ZĐ])- (?=\p{Lu}[\p{L}&]*/|\p{Lu}{2,}\b)")
# Words that open a unit and go on no name before them ("Thành phố", "Nhà nước" may: "Ủy ban nhân dân" / "Thành phố …")
_UNIT_HEAD = regex.compile(r"(?:Các|Bộ|Sở|Cục|Tổng cục|Ủy ban|Uỷ ban|Ban|Văn phòng|Ngân hàng|Công an|Đài|Kiểm toán"
                           r"|Thanh tra|Trung tâm|Viện|Hội|Mặt trận|Tòa án|Toà án|Tập đoàn|Tổng công ty|Cơ quan)\b")
_LISTED_ABBREVIATION = regex.compile(r"\p{Lu}{2,}[,;]")
_OPEN_HEAD = regex.compile(r"(?:Ban Chỉ đạo|Ban Chỉ huy|Ban Quản lý|Ban Điều hành|Hội đồng)")
# A second part of a row must score this much more than the row read whole: its units (1 each) and its time (2)
_PARTS_GAIN = 3.5
_YEAR_OR_REPEAT = regex.compile(r"\d{4}|thường xuyên|hằng|hàng", regex.IGNORECASE)  # a part's time is a time
# "Tháng" / "3/2026", "Trước ngày" / "15/12/2026": one time (not "hằng năm" / "2026 và …")
_TIME_WORD_END = regex.compile(r"(?:(?:trước|trong|từ|đến|cuối|đầu)\s+)?(?:tháng|quý|năm|ngày)", regex.IGNORECASE)


def split_line_tables(lines: list[str]) -> list[tuple[str, list[str] | list[list[str]]]]:
    """The text's pieces in order: ("prose", lines) and ("table", rows, the header first); [] when it holds no
    flattened table."""
    tables = _tables(lines)
    if not tables:
        return []
    pieces: list[tuple[str, list]] = []
    start = 0
    for first, end, rows in tables:
        pieces += [("prose", lines[start:first]), ("table", rows)]
        start = end
    pieces.append(("prose", lines[start:]))
    return [(kind, piece) for kind, piece in pieces if piece]


def has_line_table_header(text: str) -> bool:
    """Whether a line of `text` holds only "STT" or "TT", as a flattened table's header begins (a quick test: most
    "TT" are in symbols, "12/2015/TT-BTC")."""
    at = text.find("TT")
    while at >= 0:
        start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
        if text[start:end if end >= 0 else len(text)].strip() in ("TT", "STT", "TT.", "STT."):
            return True
        at = text.find("TT", at + 2)
    return False


def line_table_spans(text: str) -> list[tuple[int, int]]:
    """Where `text`'s flattened tables are, as character spans (their row numbers are no page numbers)."""
    if "|" in text or not has_line_table_header(text):
        return []  # (a text with "|" lays its tables out in the pipe layouts, `pipeline.txt_layout`)
    lines = text.split("\n")
    tables = _tables(lines)
    if not tables:
        return []
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    return [(starts[first], starts[end] - 1) for first, end, _ in tables]


def _tables(lines: list[str]) -> list[tuple[int, int, list[list[str]]]]:
    """(first line, line after, rows with the header first) of each flattened table."""
    tables = []
    i = 0
    while i < len(lines):
        # (a cheap test first: most lines hold no "TT")
        header = _header(lines, i) if "TT" in lines[i] and TT_HEADER.match(lines[i].strip()) else None
        if header is None:
            i += 1
            continue
        labels, body = header
        rows, end = _rows(lines, body, labels, _nonblank(lines[i:body]))
        if not rows:
            i += 1
            continue
        tables.append((i, end, [[lines[i].strip(), *labels], *rows]))
        i = end
    return tables


def _header(lines: list[str], i: int) -> tuple[list[str], int] | None:
    """The column labels after the "STT" line i and where the body starts, if a flattened header follows."""
    labels: list[str] = []
    j = i + 1
    while j < len(lines) and len(labels) <= _MAX_HEADER_LINES:
        line = lines[j].strip()
        j += 1
        if not line:
            continue
        if "|" in line:
            return None  # a table of the "pipe-line" layout (`pipeline.txt_layout`)
        if _NUMBER.fullmatch(line) or _ROMAN.fullmatch(line):
            if len(labels) >= 2 and len(HEADER_WORDS.findall(" ".join(labels))) >= 2:
                return labels, j - 1
            return None
        if len(line) > _MAX_HEADER_LINE:
            return None
        if line[0].isupper() or not labels:
            labels.append(line)
        else:
            labels[-1] = f"{labels[-1]} {line}"  # "Cơ quan" / "chủ trì", "Đơn vị phối hợp" / "(Bộ/ngành/địa phương)"
    return None


def _rows(lines: list[str], j: int, labels: list[str], header: list[str]) -> tuple[list[list[str]], int]:
    """The rows from line j on, and the line after the table."""
    kinds = [_kind(label) for label in labels]
    rows: list[list[str]] = []
    number: str | None = None
    cells: list[str] = []
    expected, roman_expected = 1, 1
    page_broke, run_on = False, []
    sub, parent = False, None  # the row read is a part ("-") of the row `parent`
    while j < len(lines):
        line = lines[j].strip()
        if not line:
            j += 1
            continue
        if _TABLE_END.match(line):
            break
        if line.startswith("CÔNG BÁO") and _PAGE_HEADER.match(line):
            j += 2 if j + 1 < len(lines) and _PAGE_HEADER.match(lines[j + 1].strip()) else 1
            page_broke = bool(cells)
            continue
        if TT_HEADER.match(line) and _nonblank(lines[j:j + 2 * len(header)])[:len(header)] == header:
            j = _after_header(lines, j, len(header))  # the header again, on a new page
            page_broke = bool(cells)
            continue
        if page_broke and (line[0].islower() or line[0] == "(" or _RUN_ON_NUMBER.match(line)
                           or run_on and (min(len(run_on[-1]), len(line)) > _NARROW_CELL_LINE
                                          or run_on[-1].endswith(("-", "/")))):
            # the rest of the row's first cell, carried to the next page after the row's other cells ("(UAV), mô hình …",
            # "12 tháng 9 năm 2025 của Ban Chỉ đạo" / "Trung ương về tổng kết …": lines as wide as the job's column,
            # and the rest of a symbol it wrapped, "số 18-" / "NQ/TW")
            run_on.append(line)
            j += 1
            continue
        page_broke = False
        numbered = _NUMBER.fullmatch(line)
        if numbered and numbered["text"] and (int(numbered[1]) != expected
                                              or not ("." in line[:4] or numbered["text"][0].isupper())):
            if not lines[j - 1].strip() and _FOOTNOTE.match(line) and (head := _running_head(lines, j)):
                j = head  # the page's footnotes, down to its running head
                continue
            numbered = None  # only the next number, with its dot or before a capital, opens a row on a line of text
        roman = _ROMAN.fullmatch(line) if not numbered else None
        if not numbered and not roman and number and _next_part(number, line):
            # "1.1" after the row "1.", "1.2" after "1.1": the row "1." was its parts' heading, its title across the row
            closed = _close(number, cells, kinds, run_on)
            if "." in number or _has_units(closed, kinds):
                # (a row "2" with its own units and time before its parts "2.1", "2.2" is a task too)
                parent = _add(rows, closed, None) or parent
            elif cells or run_on:
                rows.append([number, " ".join(cells + run_on)])
            part = _SUB_NUMBER.fullmatch(line)
            number, cells, run_on, sub = f"{part[1]}.{part[2]}", [part["text"]] if part["text"] else [], [], False
            j += 1
            continue
        after_section = number is not None and not number.isdigit() and number not in ("-", "+") and "." not in number
        if numbered and (int(numbered[1]) == expected or after_section and numbered[1] == "1") \
                or roman and _roman(roman["n"]) == roman_expected or line in ("-", "+") and number is not None:
            parent = _add(rows, _close(number, cells, kinds, run_on), parent if sub else None) or parent
            run_on, sub = [], line in ("-", "+")
            if roman:
                roman_expected += 1
                number, cells = roman["n"], [roman["title"]] if roman["title"] else []
            else:
                if numbered:  # (numbering may start again under each section)
                    expected = int(numbered[1]) + 1
                    number = numbered[1]
                cells = [numbered["text"]] if numbered and numbered["text"] else []
            j += 1
            continue
        if number is None:
            break
        cells.append(line)
        j += 1
    _add(rows, _close(number, cells, kinds, run_on), parent if sub else None)
    return rows, j


def _next_part(number: str, line: str) -> bool:
    """Whether `line` is the dotted number of the part after row `number`: "1.1" after "1.", "1.2" after "1.1"."""
    dotted = _SUB_NUMBER.fullmatch(line)
    if dotted is None:
        return False
    row, _, part = number.partition(".")
    return dotted[1] == row and int(dotted[2]) == (int(part) + 1 if part else 1)


def _has_units(closed: list[list[str]], kinds: list[str]) -> bool:
    """Whether a closed row names its units in their column (not only its title across the row)."""
    return "units" in kinds and any(len(row) > 2 and _BODY_START.match(row[1 + kinds.index("units")]) for row in closed)


def _add(rows: list[list[str]], closed: list[list[str]], parent: list[str] | None) -> list[str] | None:
    """Add a row's closed rows; returns the last when it may be a parent."""
    last = None
    for row in closed:
        last = _add_row(rows, row, parent)
    return last


def _add_row(rows: list[list[str]], row: list[str], parent: list[str] | None) -> list[str] | None:
    """Add a closed row; returns it when it may be a parent. A sub-row ("-" under row 4) is its parent's job for
    that part ("Hoàn thiện hệ thống tiêu chuẩn … - Công trình giao thông."), its blank cells merged down from the row
    above; a parent row with nothing but its words gives way to its sub-rows."""
    if parent is None:
        rows.append(row)
        return row
    above = rows[-1]
    row[1] = f"{parent[1]} - {row[1]}"
    row[2:] = [cell or merged for cell, merged in zip(row[2:], above[2:])]
    if parent in rows and not any(parent[2:]):
        rows.remove(parent)
    rows.append(row)
    return None


def _running_head(lines: list[str], j: int) -> int | None:
    """The line of the gazette's running head that the footnotes from line j run down to, if any."""
    for k in range(j + 1, min(len(lines), j + _FOOTNOTE_REACH)):
        if lines[k].startswith("CÔNG BÁO") and _PAGE_HEADER.match(lines[k]):
            return k
    return None


def _nonblank(lines: list[str]) -> list[str]:
    return [line.strip() for line in lines if line.strip()]


def _after_header(lines: list[str], j: int, n: int) -> int:
    seen = 0
    while j < len(lines) and seen < n:
        if lines[j].strip():
            seen += 1
        j += 1
    return j


def _roman(numeral: str) -> int:
    total = 0
    for k, char in enumerate(numeral):
        value = _ROMAN_VALUES[char]
        total += -value if k + 1 < len(numeral) and _ROMAN_VALUES[numeral[k + 1]] > value else value
    return total


def _kind(label: str) -> str:
    label = label.casefold()
    if "chủ trì" in label or "phối hợp" in label:
        return "units"
    if any(word in label for word in ("thời gian", "tiến độ", "thời hạn", "hoàn thành")):
        return "time"
    if any(word in label for word in ("nhiệm vụ", "nội dung", "công việc", "hoạt động", "giải pháp", "tên")):
        return "task"
    if "cơ quan" in label or "đơn vị" in label:
        return "units"
    return "other"


def _close(number: str | None, lines: list[str], kinds: list[str], run_on: list[str]) -> list[list[str]]:
    """The rows of `number` from its lines, one cell per column (`run_on`: more of its first cell): one row, or one
    for each of its parts when its job's cell spans several lines of units, result and time."""
    if number is None or not lines:
        return []
    if not number.isdigit() and _ROMAN.fullmatch(number):
        return [[number, " ".join(lines + run_on)]]  # a section: its title across the row
    score, (first, *rest) = _cells(lines, kinds)
    if kinds[0] == "task" and "time" in kinds and len(lines) > 2 * len(kinds):
        # "Thể chế hóa … an toàn thực phẩm" / "Bộ Y tế" / … / "Tháng 4/2026" / … / "Bộ Y tế" / … / "Tháng 10/2026": a
        # job with two results, each with its units and time (the parts' cells score the more for their units' and
        # times' starts)
        parts_score, (job, *cells) = _cells(lines, kinds + kinds[1:], len(kinds))
        second = cells[len(kinds) - 1:]
        if parts_score >= score + _PARTS_GAIN and _YEAR_OR_REPEAT.search(second[kinds.index("time") - 1]):
            task = _joined([job, *run_on])
            return [[number, task, *cells[:len(kinds) - 1]], [number, task, *second]]
    return [[number, _joined([first, *run_on]), *rest]]


def _cells(lines: list[str], kinds: list[str], second_part: int | None = None) -> tuple[float, list[str]]:
    """The lines parted into one cell per column, the best of the partitions at the lines that may open a cell, and
    its score. From column `second_part` on, of partitions otherwise alike the one with the shorter units' cells wins:
    "Bộ Y tế" is the second part's lead, not the "Ban Chỉ đạo Trung ương về …" that the result above went on with."""
    n = len(lines)
    starts = [0] + [k for k in range(1, n) if _may_open(lines[k - 1], lines[k], lines[k - 2] if k > 1 else "")] + [n]
    best: dict[tuple[int, int], tuple[float, list[int]]] = {(0, 0): (0.0, [])}
    for c, kind in enumerate(kinds):
        step: dict[tuple[int, int], tuple[float, list[int]]] = {}
        for (_, p), (score, cuts) in best.items():
            for q in starts:
                if q < p or (q == p and kind == "task") or (c == len(kinds) - 1 and q != n):
                    continue
                # (a blank cell costs more the earlier it is: a row's one list of units is its lead's, not its
                # partners')
                text = " ".join(lines[p:q])
                total = score + _score(kind, text) - (0.01 * (len(kinds) - c) if q == p else 0)
                if second_part is not None and c >= second_part and kind == "units":
                    total -= 0.001 * text.count(" ")
                if (c + 1, q) not in step or total > step[(c + 1, q)][0]:
                    step[(c + 1, q)] = (total, [*cuts, q])
        best = step
    if (len(kinds), n) not in best:
        return float("-inf"), [_joined(lines), *[""] * (len(kinds) - 1)]
    score, cuts = best[(len(kinds), n)]
    cuts = [0, *cuts]
    return score, [_joined(lines[a:b], kind == "units") for kind, a, b in zip(kinds, cuts, cuts[1:])]


def _joined(lines: list[str], units: bool = False) -> str:
    """A cell's lines as one text; a symbol wrapped at its hyphen is whole again ("số 66-" / "NQ/TW": "số 66-NQ/TW"),
    a list going on with "Và" on a line of its own reads on in lower case ("Bộ Ngoại giao" / "Và các cơ quan"). In a
    units' cell a line that opens a unit after a whole one parts them ("Bộ Ngoại giao" / "Bộ Công Thương")."""
    text = lines[0] if lines else ""
    for k in range(1, len(lines)):
        line = lines[k]
        if line.startswith("Và "):
            line = "v" + line[1:]
        parted = units and _UNIT_HEAD.match(line) and _may_open(lines[k - 1], line, lines[k - 2] if k > 1 else "")
        text += ("; " if parted else " ") + line
    return _WRAPPED_SYMBOL.sub("-", text) if "- " in text else text


def _may_open(previous: str, line: str, before: str = "") -> bool:
    """Whether `line` may open a cell after `previous` (and the line `before` it): it is capitalized (or a date) and
    `previous` may end one."""
    if not (line[0].isupper() or line[0].isdigit()) or line.startswith("Và ") or _LISTED_ABBREVIATION.match(line):
        # ("Bộ Ngoại giao" / "Và các cơ quan, tổ" / "chức liên quan", "… về các tổ chức" / "PCPNN, VTV, VOV": one
        # cell's list goes on)
        return False
    if previous.endswith((",", "-", "/", "(", "&")):
        # (but the job's column, cut by the page after a comma, may be followed by a narrow units' cell: "… các bệnh lý
        # nhẹ," / "Bộ Y tế, Sở Y tế")
        return previous.endswith(",") and len(previous) > _NARROW_CELL_LINE >= len(line) \
            and _BODY_START.match(line) is not None
    if previous.endswith(";") and _BODY_START.match(line) and (_BODY_START.match(previous) or _BODY_START.match(before)):
        return False  # "Bộ Giáo dục và Đào tạo;" / "Bộ Y tế": one cell's list of bodies goes on
    if line[0].isdigit() and _TIME_WORD_END.fullmatch(previous):
        return False
    if previous.endswith("Việt") and line.startswith("Nam") or previous.endswith(" Đài") \
            or line.startswith("Việt Nam"):
        # "Đài Truyền" / "hình Việt" / "Nam, Đài" / "Tiếng nói" / "Việt Nam": the country's name, a station's, wrapped
        return False
    if _OPEN_HEAD.fullmatch(previous):
        return False  # "Ban Chỉ đạo" / "Phòng thủ dân" / "sự quốc gia": a committee's name goes on with what it is for
    last = previous.rsplit(None, 1)[-1].casefold()
    if last in ("các", "những") and line.startswith(("Các ", "Những ")):
        return True  # "nhân dân các" / "Các bộ, ngành": a cell cut by the page, the next cell's own plural
    # ("các bộ, cơ quan ngang bộ" and "Bộ Nội vụ" are whole names, also as "quan ngang" / "bộ"; "… cán bộ nữ, cán bộ"
    # is an officer, no ministry)
    return last not in _OPEN_ENDS or f"{before} {previous}".casefold().endswith(("ngang bộ", "nội vụ", "cán bộ"))


def _score(kind: str, text: str) -> float:
    if not text:
        return -1.0
    if kind == "units":
        return 1.0 if _BODY_START.match(text) else -2.0
    if kind == "time":
        return 2.0 if _TIME_START.match(text) else -2.0
    if kind == "other" and "liên quan" in text and _BODY_START.match(text) and not text.startswith("Báo cáo"):
        return -0.5  # "Cơ quan, tổ chức" / "và doanh nghiệp" / "liên quan": the partners' cell goes on, no product's
    return 0.0
