"""Finding where a pattern can start before trying it there.

The regex module tries a long alternation at every position of a text, slowly; a plain string
search for the words a match must begin with is fast. Extractors find those positions first
(`occurrences`, on a `lowered` copy for case-insensitive words) and try the pattern only there
(`matches_at`).
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex


def lowered(text: str) -> str:
    """`text` in lower case, offset for offset, so that a word the regex module finds in `text` with
    IGNORECASE is there at the same place ("İ" lowers to two characters; the module reads "ſ" as "s")."""
    return text.replace("İ", "i").replace("ſ", "s").lower()


def occurrences(text: str, words: Iterable[str]) -> Iterator[int]:
    """Where each of `words` starts in `text`, overlaps included."""
    for word in words:
        at = text.find(word)
        while at >= 0:
            yield at
            at = text.find(word, at + 1)


def matches_at(pattern: regex.Pattern, text: str, starts: Iterable[int],
               endpos: int | None = None) -> Iterator[regex.Match]:
    """The matches of `pattern.finditer(text, 0, endpos)`, tried only at `starts`, which must hold every
    position where a match can begin."""
    end = 0
    for start in sorted(set(starts)):
        m = pattern.match(text, start, endpos) if start >= end else None
        if m:
            end = m.end()
            yield m
