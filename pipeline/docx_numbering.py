"""Word's automatic list labels ("1.", "a)", "-"), which a DOCX paragraph's text does not hold.

Plans typed with Word's numbering keep "1. Sở Nội vụ:" and "- Chủ trì …" only as numbering properties
(word/numbering.xml); the structure that tells headings, items and bullets apart is in those labels.
A paragraph's list comes from its own properties or its style's; the labels count per list definition,
and a level restarts when a level above it moves on, as Word shows them.
"""
from __future__ import annotations

from dataclasses import dataclass

from docx.oxml.ns import qn

_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
_BULLET_FONT_CHARS = range(0xF000, 0xF100)  # Symbol / Wingdings glyphs ("\uf0b7" is Symbol's bullet)
_SYMBOL_MINUS = "\uf02d"


@dataclass
class _Level:
    start: int
    fmt: str
    text: str


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
    if text == _SYMBOL_MINUS:
        return "-"
    return "".join("•" if ord(ch) in _BULLET_FONT_CHARS else ch for ch in text)


def _val(element, tag: str) -> str | None:
    child = element.find(qn(tag)) if element is not None else None
    return child.get(qn("w:val")) if child is not None else None


class ListLabels:
    """The label Word shows before each numbered paragraph, in document order."""

    def __init__(self, document):
        self._levels: dict[str, dict[int, _Level]] = {}  # abstract list → its levels
        self._lists: dict[str, tuple[str, dict[int, int]]] = {}  # list id → (abstract list, restarts by level)
        self._counts: dict[str, dict[int, int]] = {}
        self._restarted: set[str] = set()
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError):  # no numbering part: nothing is numbered
            numbering = None
        if numbering is not None:
            for abstract in numbering.findall(qn("w:abstractNum")):
                self._levels[abstract.get(qn("w:abstractNumId"))] = {
                    int(lvl.get(qn("w:ilvl"), "0")): _Level(int(_val(lvl, "w:start") or 1), _val(lvl, "w:numFmt")
                                                            or "decimal", _val(lvl, "w:lvlText") or "")
                    for lvl in abstract.findall(qn("w:lvl"))}
            for num in numbering.findall(qn("w:num")):
                restarts = {int(o.get(qn("w:ilvl"), "0")): int(_val(o, "w:startOverride"))
                            for o in num.findall(qn("w:lvlOverride")) if _val(o, "w:startOverride")}
                self._lists[num.get(qn("w:numId"))] = (_val(num, "w:abstractNumId"), restarts)
        self._style_lists = {}
        for style in document.styles:
            ppr = style.element.pPr
            num_pr = ppr.numPr if ppr is not None else None
            if num_pr is not None and num_pr.numId is not None:
                self._style_lists[style.style_id] = (str(num_pr.numId.val),
                                                     num_pr.ilvl.val if num_pr.ilvl is not None else 0)

    def label(self, paragraph) -> str:
        """"1.", "a)", "-" or "" for a paragraph outside any list."""
        list_id, level = self._list_of(paragraph)
        if list_id not in self._lists:  # none, or "0": numbering taken off
            return ""
        abstract, restarts = self._lists[list_id]
        levels = self._levels.get(abstract, {})
        if level not in levels:
            return ""
        counts = self._counts.setdefault(abstract, {})
        if restarts and list_id not in self._restarted:
            self._restarted.add(list_id)  # "Restart numbering": this list instance begins again
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
                n = counts.get(lvl, spec_at.start)
                text = text.replace(f"%{lvl + 1}", _formatted(n, spec_at.fmt))
        return text

    def _list_of(self, paragraph) -> tuple[str | None, int]:
        ppr = paragraph._p.pPr
        num_pr = ppr.numPr if ppr is not None else None
        if num_pr is not None and num_pr.numId is not None:
            return str(num_pr.numId.val), num_pr.ilvl.val if num_pr.ilvl is not None else 0
        style_id = ppr.pStyle.val if ppr is not None and ppr.pStyle is not None else None
        return self._style_lists.get(style_id, (None, 0))
