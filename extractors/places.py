"""Provinces and centrally-run cities: their names, and finding one in a text."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

import regex

from pipeline.normalize import fold


@lru_cache(maxsize=1)
def _province_data() -> dict:
    return json.loads(resources.files("extractors").joinpath("data/provinces.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def provinces() -> list[str]:
    return sorted(_province_data()["provinces"], key=len, reverse=True)


def province_prefix(province: str) -> str:
    """'thành phố' for centrally-run cities, 'tỉnh' for the rest."""
    return "thành phố" if province in _province_data()["cities"] else "tỉnh"


@lru_cache(maxsize=1)
def _province_pattern() -> tuple[regex.Pattern, dict[str, str]]:
    by_fold = {fold(name): name for name in provinces()}
    # Whole words only: "Huế" is no province inside "thuế".
    return regex.compile(rf"(?<!\w)(?:{'|'.join(regex.escape(f) for f in by_fold)})(?!\w)"), by_fold


# A long text's first lines are folded first (folding costs about 40 µs per 1000 characters). The fold
# of a text cut at a line break agrees with the whole text's fold up to near the cut: `fold` works within
# a character or two, except a bold span (up to 400 characters) and a link, which has no line break;
# casefolding makes at most three characters of one. So a name found well before the cut comes first.
_FOLD_FIRST = 5000
_FOLD_SLACK = 2000


def find_province(text: str) -> str | None:
    """The first province named in `text` ("… tỉnh Khánh Hòa", "KHÁNH HOÀ"), tone placement ignored."""
    pattern, by_fold = _province_pattern()
    cut = text.find("\n", _FOLD_FIRST) + 1
    if cut:
        head = fold(text[:cut])
        m = pattern.search(head)
        if m and m.start() <= len(head) - _FOLD_SLACK:
            return by_fold[m.group()]
    m = pattern.search(fold(text))
    return by_fold[m.group()] if m else None
