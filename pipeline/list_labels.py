"""The labels Word shows before the paragraphs of its automatic lists ("I.", "1.", "a)", "-").

Plans typed with Word's numbering keep "1. Sở Nội vụ:" and "- Chủ trì …" only as list properties; the
structure that tells headings, items and bullets apart is in those labels. Both Word formats (DOCX's
numbering part, the .doc list tables) describe a list the same way: per level a first number, a number
format and a label template ("%1.", "%1.%2.", "-"). Labels count per list, and a level restarts when a level
above it moves on.
"""
from __future__ import annotations

from dataclasses import dataclass

_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
# A bullet drawn from a symbol font is stored as that font's code ("\uf0b7" or "·" in Symbol, "l" or "§" in
# Wingdings), which shows as a bullet whatever it reads as; dashes and plus signs are kept.
_DASHES = {"-": "-", "\uf02d": "-", "–": "–", "+": "+", "\uf02b": "+"}


@dataclass
class Level:
    start: int
    fmt: str  # Word's names: decimal, upperRoman, lowerLetter, bullet, none, …
    text: str  # "%1." — "%n": the number of level n (1-based)


def _roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _letters(n: int) -> str:
    """Word's letter sequence: a … z, then aa … zz."""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _formatted(n: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


def _bullet(text: str) -> str:
    return _DASHES.get(text.strip(), "•")


class ListCounter:
    """Counts the items of a document's lists in reading order and gives each its label."""

    def __init__(self):
        self._counts: dict[object, dict[int, int]] = {}
        self._restarted: set[object] = set()

    def label(self, list_key: object, levels: dict[int, Level], level: int,
              instance: object = None, restarts: dict[int, int] | None = None) -> str:
        """The label of the next item at `level` of list `list_key`. An `instance` of the list with `restarts`
        ("Restart numbering") begins those levels again the first time it is used."""
        if level not in levels:
            return ""
        counts = self._counts.setdefault(list_key, {})
        if restarts and instance not in self._restarted:
            self._restarted.add(instance)
            for lvl, start in restarts.items():
                counts[lvl] = start - 1
        counts[level] = counts.get(level, levels[level].start - 1) + 1
        for deeper in [lvl for lvl in counts if lvl > level]:
            del counts[deeper]
        spec = levels[level]
        if spec.fmt == "bullet":
            return _bullet(spec.text)
        if spec.fmt == "none":
            return ""
        text = spec.text
        for lvl, spec_at in sorted(levels.items()):
            if f"%{lvl + 1}" in text:
                text = text.replace(f"%{lvl + 1}", _formatted(counts.get(lvl, spec_at.start), spec_at.fmt))
        return text
