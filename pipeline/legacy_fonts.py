"""Text typed in the pre-Unicode Vietnamese fonts, read back as Unicode.

Before Unicode, Vietnamese offices typed with fonts that draw Vietnamese letters in the places of Latin-1 ones.
Files from those years (TXT, .doc, DOCX and PDF made from them) still carry those codes:
- TCVN3 (ABC; ".VnTime"): one code per letter, "Céng hoµ x· héi chñ nghÜa ViÖt Nam". Its capitals font
  (".VnTimeH") draws the same codes as capitals, so "CéNG HOµ" is "CỘNG HOÀ": a line whose words are in capitals
  is put in capitals after mapping.
- VNI ("VNI-Times"): a base letter, then a code for its marks, "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam".
The two are told apart by their codes: TCVN3 writes its commonest letters (à á ã ạ â ê ô ơ ư đ) with codes
U+00A1–U+00BE, which VNI never uses.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT = "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"
_CIRCUMFLEX, _BREVE = "\u0302", "\u0306"

# TCVN 5712:1993 VN3, the code points that differ from Latin-1.
_LETTERS = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    0xB0: _GRAVE, 0xB1: _HOOK, 0xB2: _TILDE, 0xB3: _ACUTE, 0xB4: _DOT,  # tone marks typed after a letter
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
    0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ",
    0xC6: "ặ", 0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
    0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
    0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
    0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
    0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
}
_TCVN3_SIGNS = re.compile("[\u00a1-\u00be]")  # its commonest letters (à á ã ạ â ê ô ơ ư đ), which VNI never uses

# VNI: letters of one code, and the codes of marks that follow a vowel (circumflex or breve with their tone).
_VNI_LETTERS = {"ñ": "đ", "Ñ": "Đ", "ô": "ơ", "Ô": "Ơ", "ö": "ư", "Ö": "Ư", "í": "í", "Í": "Í", "ì": "ì", "Ì": "Ì",
                "æ": "ỉ", "Æ": "Ỉ", "ó": "ĩ", "Ó": "Ĩ", "ò": "ị", "Ò": "Ị", "î": "ỵ", "Î": "Ỵ"}
_VNI_MARKS = {code: marks for lower, marks in {
    "ù": _ACUTE, "ø": _GRAVE, "û": _HOOK, "õ": _TILDE, "ï": _DOT, "â": _CIRCUMFLEX, "ê": _BREVE,
    "á": _CIRCUMFLEX + _ACUTE, "à": _CIRCUMFLEX + _GRAVE, "å": _CIRCUMFLEX + _HOOK, "ã": _CIRCUMFLEX + _TILDE,
    "ä": _CIRCUMFLEX + _DOT, "é": _BREVE + _ACUTE, "è": _BREVE + _GRAVE, "ú": _BREVE + _HOOK, "ü": _BREVE + _TILDE,
    "ë": _BREVE + _DOT,
}.items() for code in (lower, lower.upper())}
_VNI_VOWELS = set("aeiouyơưAEIOUYƠƯ")
_VNI_SIGNS = re.compile("[øûïäëåüæñöØÛÏÄËÅÜÆÑÖ]")  # codes no Unicode Vietnamese text uses
_VNI_CODES = re.compile("[" + "".join(sorted(set(_VNI_LETTERS) | set(_VNI_MARKS))) + "]")
_ANY_SIGN = re.compile(f"{_TCVN3_SIGNS.pattern}|{_VNI_SIGNS.pattern}")
# Letters only Unicode Vietnamese has (ă đ ĩ ũ ơ ư and the toned letters U+1EA0–U+1EF9).
_UNICODE_VIETNAMESE = re.compile("[ăĂđĐĩĨũŨơƠưƯ\u1ea0-\u1ef9]")
_MIN_SIGNS = 5
_WORD = re.compile(r"[^\W\d_]+")


def legacy_decoder(text: str) -> Callable[[str], str] | None:
    """The function that reads `text` (or a sample of its document) as Unicode, if it is typed in TCVN3 or VNI:
    its signs are many and its Unicode Vietnamese letters few."""
    if len(_ANY_SIGN.findall(text)) < _MIN_SIGNS:  # a Unicode text has few or none: the common case ends here
        return None
    tcvn3, vni = len(_TCVN3_SIGNS.findall(text)), len(_VNI_SIGNS.findall(text))
    if max(tcvn3, vni) <= 4 * len(_UNICODE_VIETNAMESE.findall(text)):
        return None
    return from_tcvn3 if tcvn3 >= vni else from_vni


def from_tcvn3(text: str) -> str:
    """Map each line that holds no Unicode Vietnamese letter (a document may mix both)."""
    return _by_line(text, _tcvn3_line)


def from_vni(text: str) -> str:
    return _by_line(text, _vni_line)


def _by_line(text: str, convert: Callable[[str], str]) -> str:
    return "\n".join(line if _UNICODE_VIETNAMESE.search(line) else convert(line) for line in text.split("\n"))


def _vni_line(line: str) -> str:
    if not _VNI_CODES.search(line):
        return line
    out: list[str] = []
    for ch in line:
        if ch in _VNI_MARKS and out and unicodedata.normalize("NFD", out[-1])[0] in _VNI_VOWELS:
            out[-1] = unicodedata.normalize("NFC", out[-1] + _VNI_MARKS[ch])
        else:
            out.append(_VNI_LETTERS.get(ch, ch))
    return "".join(out)


def _tcvn3_line(line: str) -> str:
    mapped = line.translate(_LETTERS)
    # .VnTimeH: most words drawn with its codes have all their ASCII letters in capitals ("CéNG HOµ X· HéI"); codes
    # ("KH-UBND") and words of one ASCII letter ("Sè") tell nothing
    words = [w for w in _WORD.findall(mapped) if sum(ch.isascii() for ch in w) >= 2 and not w.isascii()]
    capitals = [w for w in words if all(ch.isupper() for ch in w if ch.isascii())]
    return mapped.upper() if words and len(capitals) * 2 > len(words) else mapped
