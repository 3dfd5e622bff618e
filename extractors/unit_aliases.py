"""Short names a document defines for its units, and writing them in full in tasks.

"1. Ban Quản lý Khu kinh tế mở Chu Lai thành phố Đà Nẵng (sau đây gọi tắt là Ban Quản lý) là cơ quan …"
defines "Ban Quản lý"; a later "Trưởng ban Ban Quản lý trình …" gives the job to the full name, which
the contract asks for. Two steps, as for references: `find_unit_aliases` reads the definitions of a
document's paragraphs, `resolve_unit_aliases` rewrites the tasks' units.

Only a short name the full name begins with is taken: "Ủy ban nhân dân các xã, phường (sau đây gọi
tắt là UBND cấp xã)" renames a group, which the guidelines keep as written.
"""
from __future__ import annotations

from collections.abc import Iterable

import regex

from extractors.units import read_units, unit_key
from schemas.record import Task

# "(sau đây gọi tắt là Ban Quản lý)", "(sau đây gọi chung là các cơ quan, đơn vị)": the name defined is "short"
DEFINITION = regex.compile(
    r"\(\s*sau\s+đây\s+(?:được\s+)?(?:gọi|viết)\s+(?:tắt\s+|chung\s+)?là\s*[“\"]?(?P<short>[^()“”\"]{2,80}?)[”\"]?\s*\)",
    regex.IGNORECASE)


def find_unit_aliases(paragraphs: Iterable[str]) -> dict[str, str]:
    """{unit_key(short name): full name} for every unit a paragraph names in full and then for short."""
    aliases: dict[str, str] = {}
    for text in paragraphs:
        if "sau đây" not in text:  # (a definition's words are in lower case, inside its brackets)
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
            # The whole name up to the parenthesis is one unit; a longer one than its short form.
            if len(units) == 1 and end >= len(before) and unit_key(units[0]) != unit_key(short):
                aliases[unit_key(short)] = units[0]
    return aliases


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
    words = unit.split()
    for short, full in aliases.items():
        n = len(short.split())
        if len(words) > n and unit_key(" ".join(words[-n:])) == short:
            return " ".join(words[:-n] + [full])
    return unit
