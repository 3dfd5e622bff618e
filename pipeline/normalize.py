"""Character-level normalization applied to every format, and folds used only for matching.

Stored text keeps its original tone placement ("hoà" stays "hoà"); `fold` is for comparing.
"""
from __future__ import annotations

import re
import unicodedata

import regex

# No Unicode normalization form maps Icelandic Ð/ð (look-alikes typed for Đ/đ) to Đ/đ, nor the Cyrillic letters
# that look Latin ("16495/BТС-PTHT" with Т, С typed on a Russian layout) to Latin: Vietnamese text has no Cyrillic.
_CYRILLIC_LOOKALIKES = dict(zip("АВЕКМНОРСТУХаеорсухіј", "ABEKMHOPCTYXaeopcyxij"))
_CHAR_MAP = {
    0x00D0: "Đ", 0x00F0: "đ",
    **{ord(cyrillic): latin for cyrillic, latin in _CYRILLIC_LOOKALIKES.items()},
    **dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d"), "-"),
    **dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f"), None),
    **dict.fromkeys(map(ord, "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\v\f"), " "),
    # A symbol font's glyph as a PDF's text layer or a Word list gives it ("\uf0b7" is Symbol's bullet, "\uf0d8"
    # Wingdings' arrow): in these documents they are the bullets of lists; Symbol's minus and plus keep their sign,
    # and its ≥ and ≤ theirs ("đạt \uf0b3 90%": a target's comparator).
    **dict.fromkeys(range(0xF020, 0xF100), "•"), 0xF02D: "-", 0xF02B: "+", 0xF0B3: "≥", 0xF0A3: "≤",
}
# Plain character classes go through the standard library's re, several times faster than regex on them.
_MAPPED = re.compile("[" + re.escape("".join(map(chr, _CHAR_MAP))) + "]")
_BOLD_SPAN = regex.compile(r"\*\*([^*|]{1,400}?)\*\*")
_NUMBERED = regex.compile(r"(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2}){0,2}|[a-zđ])[.)]\s")  # "6. ", "II. ", "a) "
_MARKDOWN_BOLD = regex.compile(r"\*\*|__")
_MARKDOWN_HEADING = regex.compile(r"(?m)^[ ]*#{1,6}[ ]*")
# OCR's underscore before a numbered heading's label, from a rule or a smudge at the margin ("_2.3. Giao Vụ Chính sách.")
_OCR_MARK_BEFORE_LABEL = re.compile(r"(?m)^_(?=(?:\d{1,2}(?:\.\d{1,2}){0,2}|[IVX]{1,5})[.)] )")
# *italic* spans as scraped legal sites print them ("*Căn cứ …;*"), not bullets ("* item"); also inside a word, where
# a converter italicized letters one by one ("Quy*ế*t *đị*nh 1616/Q*Đ*-TTg").
_MARKDOWN_ITALIC = regex.compile(r"\*(?:(?<![\w*]\*)(?=\S)|(?<=\S\*)(?![\w*])|(?<=\p{L}\*)(?=\p{L}))")
_MARKDOWN_LINK = regex.compile(r"\[([^\]\n]*)\]\([^)\n]*\)")
# A converter's escapes of characters markdown would read as markup: "\- Đóng góp …" (a bullet), "16 \- 18%", "\_\_\_".
# (a backslash before white space is pandoc's line break or non-breaking space: "BAN CHẤP HÀNH TRUNG ƯƠNG\")
_MARKDOWN_ESCAPE = re.compile(r"\\([-\\`*_{}\[\]()#+.!|~<>])|\\(?=[ \t\n])")
# A markdown bullet before an item's own label ("- a) Chủ trì …", "- 2. Sở Y tế", as converters write lists).
_BULLET_BEFORE_LABEL = re.compile(r"\n[-*•+] (?=(?:[a-zđ]|\d{1,2}(?:\.\d{1,2}){0,2}|[IVX]{1,5})[.)] )")
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")
_FORMAT = regex.compile(r"\p{Cf}")  # invisible format characters not in _CHAR_MAP
_SPACES = re.compile(r"  +")
# OCR's "thành phô" for "thành phố" (no word "thành phô" exists; same length, so offsets hold)
_CITY_MISREAD = re.compile(r"(?<=[Tt])hành phô(?!\w)")
# OCR's words for words it misread, same length, so offsets hold: "đ" for "d" where no word has it ("giảm xuống đưới
# 30%", "dinh đưỡng"), and after "tỉnh, " "thành phó / phổ / phế" for "thành phố" ("trở thành phó giám đốc",
# "trở thành phổ biến" are words). Plain substrings: a pattern would be tried at every position of every text.
# The words that assign a job, misread where no such phrase exists: "chủ tri, phối hợp", "phôi hợp", "phối họp".
_MISREADS = (("đưới", "dưới"), ("đưỡng", "dưỡng"), ("tỉnh, thành phó", "tỉnh, thành phố"),
             ("tỉnh, thành phổ", "tỉnh, thành phố"), ("tỉnh, thành phế", "tỉnh, thành phố"),
             ("chủ tri,", "chủ trì,"), ("chủ tri ", "chủ trì "), ("Chủ tri,", "Chủ trì,"), ("Chủ tri ", "Chủ trì "),
             ("phôi hợp", "phối hợp"), ("Phôi hợp", "Phối hợp"), ("phối họp", "phối hợp"), ("Phối họp", "Phối hợp"),
             # (hooks and marks lost: "Chủ tịch Uy ban nhân dân các tỉnh", "Tổng cục Thuế dé nghị", "Chỉ cục Thuế")
             ("Uy ban nhân dân", "Ủy ban nhân dân"), ("dé nghị", "đề nghị"), ("Chỉ cục", "Chi cục"))
# OCR's letters for a National Assembly term's digits in a symbol: "17/2022/UBTVQHI5", "…/UBTVQHIS" (term 15)
_TERM_MISREAD = regex.compile(r"(?<=[/\p{Lu}])QH[Il1]([0-6IlS])(?![\p{L}\d])")
_TERM_DIGITS = {"I": "1", "l": "1", "S": "5"}
# What OCR made of a stamp or a flourish after the text's end mark: "… trước ngày 10 tháng 9 năm 2022./. nỗ"
_AFTER_END_MARK = re.compile(r"(?<=\./\.) [^\s|]{1,6}$", re.MULTILINE)


def _join_wrapped_bold(m: regex.Match) -> str:
    """A bold heading wrapped onto two lines ("**6. Đề nghị: Hiệp hội\nDoanh nghiệp tỉnh …**") is one line;
    headings in capitals are left to the reflow, which keeps the header's lines apart. A numbered bold
    heading on lines of its own ends where its bold ends, even on a name ("**6. Cục Thể dục thể thao Việt
    Nam**" / "Khẩn trương …"): a blank line after it tells the reflow so."""
    inner = m.group(1)
    text = m.string
    ends_heading = (m.start() == 0 or text[m.start() - 1] == "\n") and text[m.end():m.end() + 1] == "\n" \
        and text[m.end() + 1:m.end() + 2].isupper() and _NUMBERED.match(inner) is not None
    if "\n" in inner and "\n\n" not in inner and not inner.split("\n", 1)[0].isupper():
        inner = inner.replace("\n", " ")
    return "**" + inner + "**" + ("\n" if ends_heading else "")


# A document number a PDF letter-spaced: "Số: 1 0 9 4 3 /BYT-MT", "Công văn số1 0 9 4 3/BYT-MT" (re: a plain class).
_SPACED_NUMBER = re.compile(r"(?<![\d.,])\d(?: \d){2,}(?= ?/[A-ZĐ])")
_SPACED_DIGITS = re.compile(r" [0-9] [0-9]")  # in every such number
# Looked for on a document's first page, where its header and the annex's caption give its number (the whole text
# would cost 4% of an ingest).
_SPACED_REACH = 5000


def normalize_text(text: str) -> str:
    """NFC, Đ, dashes, invisible characters, markdown artifacts; line breaks kept."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\u01a3" in text or "\u01a2" in text:
        # PDF converters that map a legacy font's "ư" to the look-alike "ƣ" (LATIN LETTER OI): "ngƣời", "Ƣu tiên";
        # before NFC, which composes a tone written after it ("tƣ̀" → "từ")
        text = text.replace("\u01a3", "ư").replace("\u01a2", "Ư")
    text = unicodedata.normalize("NFC", text)
    text = _MAPPED.sub(lambda m: _CHAR_MAP[ord(m.group())] or "", text)  # rare characters: faster than translate
    if "\\" in text:
        text = _MARKDOWN_ESCAPE.sub(lambda m: m[1] or "", text)
    if "](" in text:
        text = _MARKDOWN_LINK.sub(r"\1", text)
    if "*" in text or "_" in text or "#" in text:  # most office text has no markup at all
        text = _BOLD_SPAN.sub(_join_wrapped_bold, text)
        text = _MARKDOWN_BOLD.sub("", text)
        if "#" in text:
            text = _MARKDOWN_HEADING.sub("", text)
        text = _MARKDOWN_ITALIC.sub("", text)
        if "\n_" in text:
            text = _OCR_MARK_BEFORE_LABEL.sub("", text)
    text = _BULLET_BEFORE_LABEL.sub("\n", text)
    # Control and format characters are unprintable: most texts have none.
    if not text.replace("\n", "").isprintable():
        text = _FORMAT.sub("", _CONTROL.sub("", text))
    if "  " in text:  # a fast scan; most texts have no run of spaces left
        text = _SPACES.sub(" ", text)
    if _SPACED_DIGITS.search(text, 0, _SPACED_REACH):
        text = _SPACED_NUMBER.sub(lambda m: m.group().replace(" ", ""), text[:_SPACED_REACH]) + text[_SPACED_REACH:]
    if "./. " in text:
        text = _AFTER_END_MARK.sub("", text)
    if "hành phô" in text:
        text = _CITY_MISREAD.sub("hành phố", text)
    for misread, word in _MISREADS:
        if misread in text:
            text = text.replace(misread, word)
    if "QHI" in text or "QHl" in text or "QH1S" in text:
        text = _TERM_MISREAD.sub(lambda m: "QH1" + _TERM_DIGITS.get(m[1], m[1]), text)
    # No run of spaces is left, so a line's edges hold one space at most.
    return text.replace(" \n", "\n").replace("\n ", "\n").strip()


# Old-style tone placement ("hoà", "Uỷ") folded to the new style, for matching only. Same length,
# so offsets hold; syllable-final only: "hoà" folds, "hoạt" does not.
_TONE_FOLD = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
_TONE_FOLD.update({k[0].upper() + k[1]: v[0].upper() + v[1] for k, v in _TONE_FOLD.items()})
# Two character classes: re finds them several times faster than regex finds the alternation of pairs.
# The pair must end its syllable (no letter after it); isalpha is exactly \p{L}. Most pairs are followed
# by a letter ("hoạch", "toàn"): the pattern leaves out those followed by an ASCII one without a callback.
_TONE_RE = re.compile("[oOuU][" + "".join(sorted({pair[1] for pair in _TONE_FOLD})) + "](?![A-Za-z])")


def _fold_pair(m: re.Match) -> str:
    pair = m.group()
    folded = _TONE_FOLD.get(pair)  # the class also matches pairs such as "uà", left as they are
    return pair if folded is None or m.string[m.end():m.end() + 1].isalpha() else folded


def fold_tones(text: str) -> str:
    """'Khánh Hoà' → 'Khánh Hòa', case kept."""
    return _TONE_RE.sub(_fold_pair, text)


def fold(text: str) -> str:
    """Case- and tone-placement-insensitive form for comparing names: 'Hoà' == 'hòa'."""
    return fold_tones(normalize_text(text)).casefold()


def _ascii_table() -> dict[int, str]:
    """Every Latin letter with diacritics (Vietnamese included) → its base letter; Đ → D."""
    table = {ord("Đ"): "D", ord("đ"): "d"}
    for code in [*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00)]:
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base.isascii() and base != chr(code):
            table[code] = base
    return {**_CHAR_MAP, **table, 0x00D0: "D", 0x00F0: "d"}


_ASCII = _ascii_table()
_COMBINING = regex.compile(r"\p{Mn}")


def ascii_fold(text: str) -> str:
    """Diacritics removed and đ→d, for search typed without accents ('nghi dinh')."""
    text = unicodedata.normalize("NFC", text).translate(_ASCII)
    return _COMBINING.sub("", text).casefold()
