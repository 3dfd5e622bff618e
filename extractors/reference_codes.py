"""Codes and keys of document numbers: the type and issuer codes of data/doc_type_codes.json and
data/issuer_codes.json, the folded key a number is looked up by (`reference_key`), and the forgiving queries
an analyst types (`parse_query`, `key_matches`). A code added to the data files is recognised without code
changes.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import regex

from pipeline.normalize import ascii_fold, fold_tones

__all__ = ["reference_key", "parse_query", "key_matches", "issuer_of_code", "split_code", "alternation", "TYPE_CODES",
           "TYPE_CODES_ASCII", "ISSUER_CODES", "SECTORS", "SECTOR_PREFIXES", "SECTOR_ALIASES", "LOCAL_HEADS",
           "ABBREVIATIONS", "NAMED_DOCUMENTS", "TYPE_WORDS", "DEFAULT_TYPE_BY_ISSUER", "SYMBOL_SEPARATORS"]


def _load(name: str) -> dict:
    return json.loads((Path(__file__).with_name("data") / name).read_text(encoding="utf-8"))


_TYPES = _load("doc_type_codes.json")
_ISSUERS = _load("issuer_codes.json")
TYPE_CODES: dict[str, str] = _TYPES["codes"]
ISSUER_CODES: dict[str, str] = _ISSUERS["codes"]
SECTORS: dict[str, str] = _ISSUERS["sectors"]
SECTOR_PREFIXES: dict[str, str] = _ISSUERS["sector_prefixes"]
LOCAL_HEADS: list[str] = _ISSUERS["local_heads"]
ABBREVIATIONS: dict[str, str] = _TYPES["name_abbreviations"]
NAMED_DOCUMENTS: list[str] = _TYPES.get("named_documents", [])
TYPE_WORDS: list[str] = _TYPES["words"]
DEFAULT_TYPE_BY_ISSUER: dict[str, str] = _TYPES["default_by_issuer"]
SECTOR_ALIASES: dict[str, str] = _ISSUERS["sector_aliases"]


def alternation(words) -> str:
    """Regex alternation, longest first so that 'Thông tư liên tịch' wins over 'Thông tư'."""
    escaped = (regex.escape(fold_tones(w)).replace("\\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))
    return "|".join(escaped)  # a space may be any whitespace run: "Nghị\nđịnh" in wrapped text


TYPE_CODES_ASCII = {ascii_fold(c): name for c, name in TYPE_CODES.items()}
_ISSUER_ASCII = {ascii_fold(c): name for c, name in ISSUER_CODES.items()}
_SECTOR_ASCII = {ascii_fold(c): name for c, name in SECTORS.items()}
_PREFIX_ASCII = {ascii_fold(p): name for p, name in SECTOR_PREFIXES.items()}
_QH_TERM = regex.compile(r"qh(\d{1,2})")
_CODE_TERM = regex.compile(r"(\D+qh)\d{1,2}")  # "ubtvqh15"
_ROMAN = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


@lru_cache(maxsize=4096)
def issuer_of_code(code: str) -> str | None:
    """'CP' → Chính phủ, 'SNV' → Sở Nội vụ, 'QH13' → Quốc hội khóa XIII, 'SKH&ĐT' → Sở Kế hoạch và Đầu tư."""
    c = ascii_fold(code).replace("&", "")
    if c in _ISSUER_ASCII:
        return _ISSUER_ASCII[c]
    if m := _QH_TERM.fullmatch(c):
        return f"{_ISSUER_ASCII.get('qh', 'Quốc hội')} khóa {_roman(int(m[1]))}"
    if (m := _CODE_TERM.fullmatch(c)) and m[1] in _ISSUER_ASCII:
        return _ISSUER_ASCII[m[1]]
    if c[:1] in _PREFIX_ASCII and c[1:] in _SECTOR_ASCII:
        return f"{_PREFIX_ASCII[c[:1]]} {_SECTOR_ASCII[c[1:]]}"
    return None


def split_code(seg: str) -> list[str]:
    """A symbol segment typed without its hyphen ('NĐCP', 'qđubnd') split into known codes."""
    if seg in TYPE_CODES_ASCII or issuer_of_code(seg):
        return [seg]
    for i in range(len(seg) - 1, 0, -1):
        if seg[:i] in TYPE_CODES_ASCII and issuer_of_code(seg[i:]):
            return [seg[:i], seg[i:]]
    return [seg]


SYMBOL_SEPARATORS = regex.compile(r"\s*[-/.]\s*")
_WS = regex.compile(r"\s+")
_KEY_NUMBER = regex.compile(
    r"(?P<num>\d{1,5}(?:\.\d{1,2})?[a-z]?)\s*[-/.]\s*(?:(?P<year>(?:19|20)\d\d)\s*[-/.]\s*)?"
    r"(?P<sym>[a-z][a-z\d&]*(?:\s*[-/.]\s*[a-z\d&]+)*)")


def _fold_number(folded: str) -> str:
    m = _KEY_NUMBER.fullmatch(folded.strip())
    if not m:
        return _WS.sub("", folded)
    segs = [part for seg in SYMBOL_SEPARATORS.split(m["sym"]) for part in split_code(seg)]
    return "/".join(filter(None, [m["num"], m["year"], "-".join(segs)]))


@lru_cache(maxsize=65536)
def reference_key(number_or_query: str) -> str:
    """The folded key of a document number, used to look citations up.

    NFC, "Ð"→"Đ", dashes → "-", case folded, then folded to ASCII (diacritics dropped, đ→d)
    so that typed variants meet: "61/2018/NĐ-CP", "61/2018/ND-CP", "61/2018/NĐ/CP",
    "61 / 2018 / nđ-cp" and "61/2018/NĐCP" all give "61/2018/nd-cp". The number and year are
    joined by "/", the symbol's segments by "-": "18-NQ/TW" and "18/NQ-TW" give "18/nq-tw".
    Anything else (standards: "TCVN ISO 9001:2015") is folded with its spaces removed.
    """
    return _fold_number(ascii_fold(number_or_query))


def _type_query_codes() -> dict[str, str]:
    """Folded type word or code → how its numbers' symbols start in keys ('nghi dinh' → 'nd-')."""
    out = {}
    for code, name in TYPE_CODES.items():
        out.setdefault(ascii_fold(name), ascii_fold(code) + "-")
        out[ascii_fold(code)] = ascii_fold(code) + "-"
    for issuer, name in DEFAULT_TYPE_BY_ISSUER.items():
        out[ascii_fold(name)] = ascii_fold(issuer)  # 'luat' → 'qh' (58/2014/qh13)
    return out


_QUERY_TYPES = _type_query_codes()
_QUERY_TYPE_RE = regex.compile(rf"^(?P<type>{alternation(_QUERY_TYPES)})\b\s*(?:so\s*)?")
_QUERY_BARE = regex.compile(r"(?P<num>\d{1,5}[a-z]?)(?:\s*/\s*(?P<year>(?:19|20)\d\d))?")


def parse_query(q: str) -> str:
    """Turn a forgiving user query into a key, or a key prefix ending in "*".

    * A full number, with or without a type word: "nghị định 61/2018/nđ-cp", "61/2018/ND-CP"
      → "61/2018/nd-cp" (exact).
    * A number without its symbol: "NĐ 61/2018" → "61/2018/nd-*"; "Quyết định 524" → "524/qd-*";
      with no type word, "61/2018" → "61/2018/*".
    * Anything else → its folded text (exact).

    Use `key_matches(stored_key, query)` to apply the rule: an exact query matches a stored key
    equal to it or extended by "|issuer|year" (admin numbers without a year carry those); a
    query ending in "*" matches every key that starts with the part before the "*".
    """
    folded = _WS.sub(" ", ascii_fold(q)).strip()
    type_code = None
    if m := _QUERY_TYPE_RE.match(folded):
        type_code, folded = _QUERY_TYPES[m["type"]], folded[m.end():]
    if _KEY_NUMBER.fullmatch(folded):
        return _fold_number(folded)
    if m := _QUERY_BARE.fullmatch(folded):
        prefix = "/".join(filter(None, [m["num"], m["year"]])) + "/"
        return prefix + (type_code or "") + "*"
    return _WS.sub("", folded)


def key_matches(key: str, query: str) -> bool:
    """Whether a stored `key` answers a `parse_query` result (see there)."""
    if query.endswith("*"):
        return key.startswith(query[:-1])
    return key == query or key.startswith(query + "|")
