"""Word's automatic list labels in a DOCX: the numbering part's lists, and which list each paragraph is in."""
from __future__ import annotations

from docx.oxml.ns import qn

from pipeline.list_labels import Level, ListCounter


def _val(element, tag: str) -> str | None:
    child = element.find(qn(tag)) if element is not None else None
    return child.get(qn("w:val")) if child is not None else None


class ListLabels:
    """The label Word shows before each numbered paragraph, asked for in document order."""

    def __init__(self, document):
        self._counter = ListCounter()
        self._levels: dict[str, dict[int, Level]] = {}  # abstract list → its levels
        self._lists: dict[str, tuple[str, dict[int, int]]] = {}  # list id → (abstract list, restarts by level)
        try:
            numbering = document.part.numbering_part.element
        except NotImplementedError:  # python-docx's answer for a file without a numbering part
            numbering = None
        for abstract in numbering.findall(qn("w:abstractNum")) if numbering is not None else ():
            self._levels[abstract.get(qn("w:abstractNumId"))] = {
                int(lvl.get(qn("w:ilvl"), "0")): Level(int(_val(lvl, "w:start") or 1),
                                                       _val(lvl, "w:numFmt") or "decimal", _val(lvl, "w:lvlText") or "")
                for lvl in abstract.findall(qn("w:lvl"))}
        for num in numbering.findall(qn("w:num")) if numbering is not None else ():
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
        return self._counter.label(abstract, self._levels.get(abstract, {}), level, list_id, restarts)

    def _list_of(self, paragraph) -> tuple[str | None, int]:
        ppr = paragraph._p.pPr
        num_pr = ppr.numPr if ppr is not None else None
        if num_pr is not None and num_pr.numId is not None:
            return str(num_pr.numId.val), num_pr.ilvl.val if num_pr.ilvl is not None else 0
        style_id = ppr.pStyle.val if ppr is not None and ppr.pStyle is not None else None
        return self._style_lists.get(style_id, (None, 0))
