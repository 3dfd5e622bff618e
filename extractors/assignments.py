"""Who does a job: the units a table cell or a labelled line names, and when a job is due.

Shared by the table reader (`extractors.task_tables`) and the prose reader (`extractors.tasks`):
the role of a column or label ("Chủ trì", "Phối hợp", "Thời gian" …), the lead and coordinating
units of a "Phân công" cell ("Sở A chủ trì, phối hợp với B …", "Sở Nội vụ (chủ trì), Sở Tài chính"),
a job's deadline, and a list of units without repeats.
"""
from __future__ import annotations

import re
from functools import lru_cache

import regex

from extractors.deadlines import find_deadlines
from extractors.units import expand_abbreviations, read_units, split_units, unit_key
from pipeline.normalize import fold
from schemas.record import Deadline

GENERIC = ("các ", "tất cả ")
# Header words -> column role; the first matching rule wins ("Văn bản giao nhiệm vụ" is no task
# column, "Thời gian hoàn thành" no product column).
_COLUMN_RULES = [
    # ("Người đứng đầu chịu trách nhiệm" names a person, not the unit; "Cơ quan ban hành" who issues a document)
    ("skip", r"^văn bản|căn cứ|ghi chú|kinh phí|nguồn|đơn vị tính|^đvt|^người|^(?:cơ quan|nơi) ban hành"),
    ("number", r"^(?:s\.?\s?tt|tt|số\s?tt|số thứ tự)\.?$"),
    ("assign", r"chủ trì.*phối hợp|phân công"),
    ("lead", r"chủ trì|phụ trách"),
    ("coord", r"phối hợp"),
    ("deadline", r"tiến độ|thời gian|thời hạn|lộ trình|thời điểm|hoàn thành"),
    ("product", r"sản phẩm|kết quả|hình thức|đầu ra"),
    ("task", r"nhiệm vụ|nội dung|công việc|hoạt động|giải pháp|đề án|^tên|chỉ tiêu|thông tin đề xuất|^đề xuất"),
    ("assign", r"trách nhiệm|thực hiện|cơ quan|đơn vị"),
]
_COLUMN_RULES = [(role, regex.compile(p)) for role, p in _COLUMN_RULES]
_ITEM_BREAK = regex.compile(r"(?:^|(?<=[.;:!?])\s+|\n)\s*[-–+•]\s+|(?<=\.)\s+(?=\p{Lu})|;\s*|\n"
                            r"|\s[-–]\s(?=(?:Chủ trì|Phối hợp|Cơ quan|Đơn vị)\b)")
# A character every item break and bullet needs: a cell without one is a single item (the split is slow).
ITEM_BREAK_CHAR = re.compile(r"[-–+•.;\n]")
# ("phối hợp, hướng dẫn Bộ Y tế, Ban Quản lý dự án …": the units worked with and guided)
# ("phối hợp chặt chẽ với", "kế hoạch phối hợp cụ thể với các Bộ": how closely, then with whom)
# ("phối hợp, trao đổi thông tin với cơ quan cảnh sát điều tra": whom the information goes to and from)
# ("với sự phối hợp của Sở Nội vụ": the same, said the other way round; a look-behind, so that the pattern opens on
# the words "phối hợp", which the engine looks for first: an alternative before them made a scan 20 times slower)
_WORKS_WITH = (r"phối hợp(?:(?<=\bvới\s+sự\s+phối hợp)\s+của|(?:\s+(?:chặt\s+chẽ|cụ\s+thể))?"
               r"(?:,\s+(?:hướng\s+dẫn|hỗ\s+trợ|trao\s+đổi(?:\s+thông\s+tin)?))?(?:\s+(?:với|cùng))?)\s+")
COORD = regex.compile(rf"\b{_WORKS_WITH}", regex.IGNORECASE)
LEADING_COORD = regex.compile(rf"(?:với\s+sự\s+)?{_WORKS_WITH}")  # (in lower case: at the start of what follows a unit)
# "Đơn vị chủ trì thực hiện: Sở Tư pháp." under a job: a table row written as labelled lines.
FIELD_LABEL = regex.compile(r"^((?:Đơn vị|Cơ quan|Thời gian|Thời hạn|Tiến độ|Sản phẩm|Kết quả|Chủ trì|Phối hợp|Lộ trình|"
                            r"Nội dung|Nhiệm vụ|Trách nhiệm)(?:\s[^\s:]+){0,7})\s*:\s*")
UNIT_ROLES = {"lead", "assign", "coord"}
# Words that make a "who" cell more than a list of units.
_ASSIGNMENT_WORDS = regex.compile(r"chủ\s+trì|phối\s+hợp|\bgiao\b|tham\s+mưu|thực\s+hiện|triển\s+khai|xây\s+dựng|tiến\s+hành|rà\s+soát|"
                                  r"hướng\s+dẫn|tổng\s+hợp|báo\s+cáo|theo\s+dõi|:|(?:^|\n)\s*[-–+•]|\s[-–+•]\s+\p{Lu}",
                                  regex.IGNORECASE)
_ASSIGNED_GROUP = regex.compile(r"(?:[Cc]ác\s+)?[^,;:\n]{2,30}?\s+được\s+(?:giao|phân\s+công)\s[^,;:\n]+$")
_ROLE_MARK = regex.compile(r"\(\s*(?:cơ\s+quan\s+|đơn\s+vị\s+)?(chủ\s+trì|phối\s+hợp)\s*\)", regex.IGNORECASE)
_GIVEN = regex.compile(r"[Gg]iao\s+(?=\p{Lu})")
_LEAD_BEFORE = regex.compile(r"\s(?=chủ trì\b)")
# "gửi Sở Nội vụ thẩm định": the unit a draft is sent to does the next step.
_SEND_TO = regex.compile(r"\bgửi\s+(?:về\s+)?")
_COMPLETION = regex.compile(r"(?:hoàn\s+thành|xong|chậm\s+nhất)\b", regex.IGNORECASE)
_DUE_DATE = regex.compile(r"trước\s+(?:\d|ngày)", regex.IGNORECASE)
_WRITTEN_YEAR = regex.compile(r"(?:19|20)\d\d")
NOT_A_VERB = regex.compile(r"^(?:trước|trong|theo|để|nhằm|về|với|cho|tại|khi|sau|từ|chậm nhất|ngày|năm|và|qua|bằng)\b")


@lru_cache(maxsize=1024)  # the same headers and labels come row after row
def folded_header(header: str) -> str:
    return fold(" ".join(header.split()))


def column_role(header: str) -> str | None:
    text = folded_header(header)
    for role, pattern in _COLUMN_RULES:
        if pattern.search(text):
            return role
    return None


# People named by their office: "Đồng chí Phó Chủ tịch Thường trực, phụ trách lĩnh vực …", "các đ/c Chuyên viên …".
_PEOPLE = regex.compile(r"(?:[Cc]ác\s+)?(?:[Đđ]ồng\s+chí|[Đđ]/[Cc])\s+")
_ONE_PERSON = regex.compile(r"(?:[Đđ]ồng\s+chí|[Đđ]/[Cc])\s+(?!các\b)")
# A post, then a seat on a committee: "Chánh Thanh tra tỉnh, Thành viên Ban Chỉ đạo tỉnh".
_POSITION_AND_ROLE = regex.compile(r"(?P<post>[^,;]+?),\s+(?:Phó\s+)?(?:Trưởng\s+[Bb]an|Thành\s+viên|Ủy\s+viên|Uỷ\s+viên"
                                   r"|Tổ\s+trưởng|Tổ\s+phó|Thường\s+trực)\b[^,;]*$")
_HONORIFIC = regex.compile(r"(?:(?<=^|[,;]\s*)|(?<=\b[Cc]ác\s))(?:[Đđ]ồng\s+chí|[Đđ]/[Cc])\s+")


def _offices(text: str) -> list[str]:
    """The offices a list of people names (without "đồng chí"); a clause in lower case describes the office
    before it ("…, phụ trách lĩnh vực Giám sát và Phản biện xã hội"), "các …" opens another."""
    offices: list[str] = []
    for piece in regex.split(r"\s*[,;]\s*", text.strip(" .;:")):
        if offices and piece[:1].islower() and not piece.startswith(GENERIC):
            offices[-1] += f", {piece}"
        elif piece:
            offices.append(piece)
    return [expand_abbreviations(office) for office in offices]


def names_people(text: str) -> bool:
    """Whether text opens with people ("Đồng chí Trưởng Ban …", "Các đ/c Phó Chủ tịch …")."""
    return _PEOPLE.match(text) is not None


def listed_units(text: str) -> list[str]:
    """The units a bare list names ("Sở Tư pháp, các cơ quan, đơn vị"), or the offices of the people it names
    ("Các đ/c Phó Chủ tịch, Trưởng đoàn thể xã"); "Đ/c Chủ tịch UBND xã" stands for the body he heads."""
    if ("đồng chí" in text.lower() or "đ/c" in text.lower()) and _HONORIFIC.search(text):
        one_person = _ONE_PERSON.match(text) is not None
        text = _HONORIFIC.sub("", text)
        if one_person and (position := _POSITION_AND_ROLE.match(text)):
            # "Đồng chí Giám đốc Sở Tư pháp, Thành viên Ban Chỉ đạo tỉnh": one person, named by the post he holds
            # and his seat on the committee; the post's body does the job
            units, end = read_units(position["post"])
            return units if len(units) == 1 and not position["post"][end:].strip() else [position["post"]]
        units, end = read_units(text)
        if not units or text[end:].strip(" .,;"):
            return _offices(text)
    return split_units(text)


def cell_units(text: str) -> tuple[list[str], list[str]]:
    """Lead and coordinating units of a cell or labelled line that names who does a job.

    A bare list of units ("Ban Quản lý các Khu công nghiệp, khu kinh tế"; "Sở Tư pháp, các cơ
    quan, đơn vị") is read whole, each unit with all its words; a cell that says who chủ trì or
    phối hợp, or gives units jobs, is read by `parse_assignment`.
    """
    low = text.lower()
    if "được" in low and _ASSIGNED_GROUP.match(text):
        return split_units(text), []  # "Các đơn vị được giao thực hiện TTHC": one group, described by its job
    if "chủ trì" in low or "phối hợp" in low or _ASSIGNMENT_WORDS.search(text):
        return parse_assignment(text)
    return listed_units(text), []


def parse_assignment(text: str) -> tuple[list[str], list[str]]:
    """Lead and coordinating units of a "Phân công" cell.

    Units that chủ trì lead; without one, every unit given a job leads. Units after "phối
    hợp với", and units whose own job is to phối hợp while another leads, coordinate.
    """
    marked = _marked_roles(text)
    if marked:
        return marked
    strong: list[str] = []   # "X chủ trì"
    plain: list[str] = []    # "X xây dựng …"
    helping: list[str] = []  # "X phối hợp với …", "X theo dõi, phối hợp …"
    coords: list[str] = []
    partners_open = False  # the clause before ended on its partners: "… phối hợp với Văn phòng UBND tỉnh; Sở Tư pháp …"
    for clause in _ITEM_BREAK.split(text) if ITEM_BREAK_CHAR.search(text) else [text]:
        clause = clause.strip(" -–+•.;,")
        if not clause:
            continue
        clause = clause[given.end():] if (given := _GIVEN.match(clause)) else clause  # "(Giao Công an tỉnh chủ trì, …)"
        continues_partners, partners_open = partners_open, False
        label = FIELD_LABEL.match(clause)
        role = column_role(label.group(1)) if label else None
        if role in UNIT_ROLES:  # "Chủ trì: Sở A; Phối hợp: Sở B, Sở C"
            (coords if role == "coord" else strong).extend(split_units(clause[label.end():]))
            continue
        lead_to = _LEAD_BEFORE.search(clause)
        if lead_to and read_units(clause)[0]:
            # The whole phrase before "chủ trì" is the lead: "Các sở có đơn vị sự nghiệp kinh tế, … chủ trì".
            units, end = split_units(clause[:lead_to.start()]), lead_to.start()
        else:
            units, end = read_units(clause)
        rest = clause[end:].lstrip(" ,")
        if units:
            if rest.startswith("chủ trì"):
                strong += units
            elif continues_partners and strong:
                coords += units  # "…; Sở Tư pháp và các cơ quan, tổ chức có liên quan tham mưu": more partners
                partners_open = not rest.strip(" ,.")  # "…; các sở, ngành có liên quan; Ủy ban nhân dân các huyện"
            elif LEADING_COORD.match(rest):
                helping += units
            elif "phối hợp" in rest and plain + strong:
                helping += units
            else:
                plain += units
        for m in COORD.finditer(clause):
            partners, partners_end = read_units(clause, m.end(), partners=True)
            coords += partners
            partners_open = bool(partners) and not clause[partners_end:].strip(" ,.")
        plain += _sent_to(clause)
    if strong:
        return strong, coords + helping
    if plain:
        return plain, coords + helping
    return helping, coords


def _marked_roles(text: str) -> tuple[list[str], list[str]] | None:
    """Units marked in brackets: "Sở Nội vụ (chủ trì), Sở Tài chính, Văn phòng UBND tỉnh" — the units
    before "(chủ trì)" lead, the others coordinate. None when no unit is marked as the lead."""
    if "(" not in text:
        return None
    marks = list(_ROLE_MARK.finditer(text))
    if not any(m.group(1).lower().startswith("chủ") for m in marks):
        return None
    lead: list[str] = []
    coords: list[str] = []
    pos = 0
    for m in marks:
        (lead if m.group(1).lower().startswith("chủ") else coords).extend(split_units(text[pos:m.start()]))
        pos = m.end()
    rest = text[pos:].strip(" ,;.")
    if rest:  # ", Sở B, Sở C" or "phối hợp với Sở B"
        rest_lead, rest_coords = cell_units(rest)
        coords += rest_lead + rest_coords
    return (dedupe_units(lead), dedupe_units(coords, exclude=lead)) if lead else None


def _sent_to(text: str) -> list[str]:
    found = []
    for m in _SEND_TO.finditer(text):
        units, end = read_units(text, m.end())
        rest = text[end:].lstrip(" ,")
        if units and rest and rest[0].islower() and not NOT_A_VERB.match(rest):
            found += units
    return found


def first_deadline(text: str, year: int | None) -> Deadline | None:
    """The deadline a job states: the first time phrase, unless a later one says when the job is
    to be done ("… Kế hoạch giai đoạn 2026 - 2030 …, hoàn thành trong tháng 12 năm 2025"), or a due date
    follows a period ("… đợt mưa lũ từ ngày 16-22/11/2025, gửi … trước ngày 03/12/2025"), not a recurrence."""
    found = find_deadlines(text, year)
    if len(found) > 1 and not _COMPLETION.match(found[0][2].text):
        first = found[0][2]
        for _, _, deadline in found[1:]:
            # (a due date with its year after a recurrence is a one-off report's: "… hàng tuần …; báo cáo tổng thể
            # … trước ngày 06 tháng 7 năm 2026")
            if (_COMPLETION.match(deadline.text) or _DUE_DATE.match(deadline.text)
                    and (first.recurrence is None or _WRITTEN_YEAR.search(deadline.text))) \
                    and (deadline.start or deadline.end):
                # "định kỳ hàng năm báo cáo … chậm nhất ngày 17 tháng 12": a day without its year is each year's
                return first if first.recurrence and not _WRITTEN_YEAR.search(deadline.text) else deadline
    return found[0][2] if found else None


def dedupe_units(units: list[str], exclude: list[str] = ()) -> list[str]:
    """Units once each and none of `exclude`; a generic group that only rewords one listed before
    it is dropped ("các sở, ngành, địa phương" after "các sở, ban, ngành, địa phương")."""
    if len(units) < 2 and not exclude:
        return list(units)  # the common case: nothing to compare
    seen = {unit_key(u) for u in exclude}
    groups: list[set[str]] = []
    out: list[str] = []
    for unit in units:
        key = unit_key(unit)
        words = set(key.split())
        generic = key.startswith(GENERIC)
        if key in seen or (generic and any(words <= g or g <= words for g in groups)):
            continue
        seen.add(key)
        if generic:
            groups.append(words)
        out.append(unit)
    return out
