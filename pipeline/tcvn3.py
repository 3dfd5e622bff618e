"""Text typed in the TCVN3 (ABC) fonts ".VnTime"/".VnTimeH", read back as Unicode.

Before Unicode, Vietnamese offices typed with fonts that draw Vietnamese letters in the places of Latin-1 ones:
"Céng hoµ x· héi chñ nghÜa ViÖt Nam" is "Cộng hoà xã hội chủ nghĩa Việt Nam". Files from those years (TXT, .doc,
DOCX converted from them) still carry the bytes. The capitals font (.VnTimeH) draws the same codes as capitals, so
"CéNG HOµ" is "CỘNG HOÀ": a line whose words are in capitals is put in capitals after mapping.
"""
from __future__ import annotations

import re

# TCVN 5712:1993 VN3, the code points that differ from Latin-1.
_LETTERS = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    0xB0: "\u0300", 0xB1: "\u0309", 0xB2: "\u0303", 0xB3: "\u0301", 0xB4: "\u0323",
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
# Latin-1 letters a Unicode Vietnamese text uses too ("à", "é", "ô"): they prove nothing either way.
_SHARED = set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
_SIGNS = re.compile("[" + "".join(re.escape(chr(c)) for c in _LETTERS if chr(c) not in _SHARED) + "]")
# Letters only Unicode Vietnamese has (ă đ ĩ ũ ơ ư and the toned letters U+1EA0–U+1EF9).
_UNICODE_VIETNAMESE = re.compile("[ăĂđĐĩĨũŨơƠưƯ\u1ea0-\u1ef9]")
_MIN_SIGNS = 5
_WORD = re.compile(r"[^\W\d_]+")


def is_tcvn3(text: str) -> bool:
    """Whether a text is (mostly) TCVN3: its signs are many, its Unicode Vietnamese letters few."""
    signs = len(_SIGNS.findall(text))  # few or none in a Unicode text: the common case ends here
    return signs >= _MIN_SIGNS and signs > 4 * len(_UNICODE_VIETNAMESE.findall(text))


def from_tcvn3(text: str) -> str:
    """Map each line that holds no Unicode Vietnamese letter (a document may mix both)."""
    return "\n".join(line if _UNICODE_VIETNAMESE.search(line) else _line(line) for line in text.split("\n"))


def _line(line: str) -> str:
    mapped = line.translate(_LETTERS)
    # .VnTimeH: most words drawn with its codes have all their ASCII letters in capitals ("CéNG HOµ X· HéI"); codes
    # ("KH-UBND") and words of one ASCII letter ("Sè") tell nothing
    words = [w for w in _WORD.findall(mapped) if sum(ch.isascii() for ch in w) >= 2 and not w.isascii()]
    capitals = [w for w in words if all(ch.isupper() for ch in w if ch.isascii())]
    return mapped.upper() if words and len(capitals) * 2 > len(words) else mapped
