"""Short names a document defines for its units, and writing them in full in tasks.

"1. Ban Quản lý Khu kinh tế mở Chu Lai thành phố Đà Nẵng (sau đây gọi tắt là Ban Quản lý) là cơ quan …"
defines "Ban Quản lý"; a later "Trưởng ban Ban Quản lý trình …" gives the job to the full name, which
the contract asks for. Two steps, as for references: `find_unit_aliases` reads the definitions of a
document's paragraphs, `resolve_unit_aliases` rewrites the tasks' units.

Only a short name the full name begins with is taken: "Ủy ban nhân dân các xã, phường (sau đây gọi
tắt là UBND cấp xã)" renames a group, which the guidelines keep as written.

So is the one committee of a kind the document sets up ("thành lập Ban Chỉ đạo …"), for its bare head word.

A role the document gives a unit is read the same way: after "Sở Nội vụ là cơ quan thường trực của Ban Chỉ
đạo …", "Cơ quan thường trực Ban Chỉ đạo có trách nhiệm …" gives the job to Sở Nội vụ.
"""
from __future__ import annotations

from collections.abc import Iterable

import regex

from extractors.units import read_units, starts_with_title, unit_head, unit_key
from schemas.record import Task

# "(sau đây gọi tắt là Ban Quản lý)", "(sau đây gọi chung là các cơ quan, đơn vị)", "(gọi tắt là Ban Chỉ đạo)": the
# name defined is "short"
DEFINITION = regex.compile(
    r"\(\s*(?:sau\s+đây\s+)?(?:được\s+)?(?:gọi|viết)\s+(?:tắt\s+|chung\s+)?là\s*[“\"]?(?P<short>[^()“”\"]{2,80}?)[”\"]?\s*\)",
    regex.IGNORECASE)


# A role a document gives a unit, by which later points name it: "Sở Nội vụ là cơ quan thường trực của Ban Chỉ đạo",
# "Cơ quan thường trực của Ban Chỉ đạo: Sở Nội vụ".
_ROLE = r"[Cc]ơ\s+quan\s+(?:thường\s+trực|đầu\s+mối)"
_OF_BODY = r"(?:\s+(?P<of>của\s+)?(?P<body>(?:Ban|Hội\s+đồng|Tổ|Tiểu\s+ban)\s[^,.;:()]{2,80}?))?"
_ROLE_GIVEN = regex.compile(rf"\s+là\s+(?P<role>{_ROLE}){_OF_BODY}\s*[,.;]")
_WORD_START = regex.compile(r"(?<![\w])\p{Lu}")  # where a capitalized name may begin
_SUBJECT_REACH = 120
# "(Chi cục HQCK cảng SGKV 1)": a capitalized short form holding an abbreviation (two capitals in a row)
_BRACKETED_SHORT = regex.compile(r"\((?P<short>\p{Lu}[^()]{0,40}?\p{Lu}{2}[^()]{0,40}?)\)")
_ROLE_LABEL = regex.compile(rf"(?P<role>{_ROLE}){_OF_BODY}\s*(?::|là)\s+")


# The body a regulation organizes, named in full in the title and by its head word after it: "Quy chế tổ chức và hoạt
# động của Hội đồng Y khoa Quốc gia" … "Hội đồng có nhiệm vụ …", "Văn phòng Hội đồng là đơn vị …".
_ORGANIZED_BODY = regex.compile(r"Quy\s+chế\s+(?:tổ\s+chức\s+và\s+hoạt\s+động|hoạt\s+động|làm\s+việc)\s+của\s+(?=\p{Lu})")
_TITLE_REACH = 3000  # characters: the title and the decision's articles that name the regulation
_NAME_WORDS = 25  # the most words of a defined body's name
_CLAUSE_MARKS = regex.compile(r"[;:.()]")


def organized_body_aliases(text: str) -> dict[str, str]:
    """{unit_key(head), unit_key("Văn phòng " + head): full name} for the body whose regulation the text issues."""
    m = _ORGANIZED_BODY.search(text, 0, _TITLE_REACH)
    if m is None:
        return {}
    line_end = text.find("\n", m.end())
    units, _ = read_units(text[m.end():line_end if line_end >= 0 else len(text)])
    if len(units) != 1 or not (head := unit_head(units[0])):
        return {}
    return {unit_key(head): units[0], unit_key(f"Văn phòng {head}"): f"Văn phòng {units[0]}"}


# A committee the document sets up, by which its bare head word later names it: "Ủy ban nhân dân xã thành lập Ban Chỉ
# đạo thực hiện hỗ trợ nhà ở cho người có công với cách mạng, gồm …" … "Ban Chỉ đạo thực hiện hỗ trợ nhà ở … tổ chức
# kiểm tra …" (its name read as far as "Ban Chỉ đạo", the rest as the job).
_ESTABLISHED = regex.compile(r"\b(?i:thành\s+lập)\s+(?P<head>Ban\s+Chỉ\s+đạo|Tổ\s+công\s+tác|Tổ\s+giúp\s+việc|Hội\s+đồng)"
                             r"(?P<rest>\s[^,.;:()\n]{3,150}?)(?=\s*[,.;:(\n]|\s+(?:gồm|do|để|theo|nhằm)\s)")


def established_body_aliases(text: str) -> dict[str, str]:
    """{unit_key(head word): full name} for the one committee of each kind the text sets up."""
    named: dict[str, set[str]] = {}
    for m in _ESTABLISHED.finditer(text):
        if len(m["rest"].split()) <= _NAME_WORDS:
            named.setdefault(unit_key(m["head"]), set()).add(" ".join(f"{m['head']}{m['rest']}".split()))
    return {head: names.pop() for head, names in named.items() if len(names) == 1}


def find_unit_aliases(paragraphs: Iterable[str]) -> dict[str, str]:
    """{unit_key(short name or role): full name} for every unit a paragraph names in full and then for short, or
    gives a role."""
    aliases: dict[str, str] = {}
    for text in paragraphs:
        if "thường trực" in text or "đầu mối" in text:
            aliases.update(_roles_given(text))
        if "(" in text:
            aliases.update(_abbreviated(text))
        if "gọi" not in text and "viết" not in text:  # (a definition's words are in lower case, inside its brackets)
            continue
        for m in DEFINITION.finditer(text):
            short = m.group("short").strip()
            if not short[:1].isupper():
                continue
            before = text[:m.start()].rstrip()
            at = before.casefold().rfind(short.casefold() + " ")
            if at < 0:
                continue
            units, end = read_units(before, at)
            # The whole name up to the parenthesis is one unit; a longer one than its short form. (A name the reader
            # cuts short, "Ban Chỉ đạo Trung ương | về cải cách chính sách tiền lương, bảo hiểm xã hội …", is whole
            # up to the parenthesis all the same.)
            if len(units) == 1 and end < len(before) and len(before[at:].split()) <= _NAME_WORDS \
                    and not _CLAUSE_MARKS.search(before, end):
                units, end = [before[at:]], len(before)
            if len(units) == 1 and end >= len(before) and unit_key(units[0]) != unit_key(short):
                aliases[unit_key(short)] = units[0]
    return aliases


def _abbreviated(text: str) -> dict[str, str]:
    """Short forms written in brackets right after a unit's full name, with the name's first word and an abbreviation:
    "Chi cục Hải quan cửa khẩu cảng Sài Gòn khu vực 1 (Chi cục HQCK cảng SGKV 1)"."""
    found: dict[str, str] = {}
    for m in _BRACKETED_SHORT.finditer(text):
        short = m.group("short").strip()
        before = text[:m.start()].rstrip()
        at = before.casefold().rfind(short.split()[0].casefold() + " ")
        if at < 0:
            continue
        units, end = read_units(before, at)
        if len(units) == 1 and end >= len(before) and len(short) < len(units[0]):
            found[unit_key(short)] = units[0]
    return found


def _roles_given(text: str) -> dict[str, str]:
    """The standing or focal body a paragraph names: {unit_key(role), unit_key(role and its body): the unit}."""
    found: dict[str, str] = {}
    for m in _ROLE_GIVEN.finditer(text):
        # "Sở Nội vụ là cơ quan thường trực …": the unit that ends where "là" begins (the longest such name)
        for word in _WORD_START.finditer(text, max(0, m.start() - _SUBJECT_REACH), m.start()):
            units, end = read_units(text, word.start())
            if len(units) == 1 and end == m.start():
                found.update(_role_keys(m, units[0]))
                break
    for m in _ROLE_LABEL.finditer(text):
        units, _ = read_units(text, m.end())
        if len(units) == 1:  # "Cơ quan thường trực: Sở Nội vụ"
            found.update(_role_keys(m, units[0]))
    return found


def _role_keys(m: regex.Match, unit: str) -> dict[str, str]:
    role = " ".join(m.group("role").split())
    keys = {unit_key(role): unit}
    body = m.group("body").split() if m.group("body") else []
    for n in range(2, len(body) + 1):  # the body named in full or short: "… Ban Chỉ đạo (cải cách hành chính tỉnh)"
        for of in ("", "của "):
            keys[unit_key(f"{role} {of}{' '.join(body[:n])}")] = unit
    return keys


def resolve_unit_aliases(tasks: list[Task], aliases: dict[str, str]) -> list[Task]:
    """The tasks with each short name in their leads and coordinators written in full."""
    if not aliases:
        return tasks

    def full(units: list[str]) -> list[str]:
        return [_written_in_full(unit, aliases) for unit in units]

    return [task.model_copy(update={"lead": full(task.lead), "coordinators": full(task.coordinators)})
            for task in tasks]


def _written_in_full(unit: str, aliases: dict[str, str]) -> str:
    """The unit, or a title and its body ("Trưởng ban Ban Quản lý"), with a short name at its end replaced."""
    if unit_key(unit) in aliases:
        return aliases[unit_key(unit)]
    if not starts_with_title(unit):
        return unit  # ("Tổng cục Thuế" is no "Cục Thuế" with something before it)
    words = unit.split()
    for short, full in aliases.items():
        n = len(short.split())
        if len(words) > n and unit_key(" ".join(words[-n:])) == short:
            return " ".join(words[:-n] + [full])
    return unit
