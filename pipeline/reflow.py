"""Join hard-wrapped lines back into paragraphs and tell headings and list items apart.

Plain-text copies of Vietnamese documents are wrapped at ~60–80 characters, sometimes
inside a name or a number ("Sở Nội\\nvụ", "09/KH-\\nLĐTBXH"); some put a blank line
inside a sentence ("…ngày 23/4/2018 của\\n\\nChính phủ…"). A line continues the previous
one unless something marks a new paragraph.
"""
from __future__ import annotations

import regex

# Starts of a new paragraph whatever the previous line: list markers, articles, clauses.
_MARKER = regex.compile(
    r"""^(?:
        [IVXLC]{1,6}[.)/]\s |                 # I. II) roman headings
        \d{1,3}(?:\.\d{1,2}){0,3}[.)]\s | \d{1,3}(?:\.\d{1,2}){1,3}\s |   # 1.  1.2.  3)  1.2 (not 500.000)
        \d{1,2}/\s |                          # "1/ Tổ chức …" (not a date: "1/2020")
        [a-zđ][)]\s | [a-zđ]\.\s |            # a)  b.
        [a-zđ]\d{1,2}\)\s | [a-zđ]\.\d{1,2}[.)]\s |   # b1)  a.1.  (points of a point)
        [-+•●○▪■*–]\s? |                      # bullets
        Điều\s\d{1,3}(?:[.:]|\s*$) |           # "Điều 6." (not "Điều 6; khoản 5 Điều 9" run on)
        Chương\s[IVXLC\d] | Mục\s[IVXLC\d] | Phần\s[IVXLC\d] | Phụ\slục |
        Căn\scứ\s | Xét\sđề\snghị | Theo\sđề\snghị | Nơi\snhận | Kính\sgửi | Số:\s? |
        TM\.|KT\.|TL\.|Q\. |
        \[\d{1,3}\](?:\s|$)                     # a footnote after the text: "[1] Cụ thể: …"
    )""",
    regex.VERBOSE,
)
_LIST_ITEM = regex.compile(r"^(?:[-+•●○▪■*–]\s?|[a-zđ][).]\s|[a-zđ](?:\d{1,2}\)|\.\d{1,2}[.)])\s|\d{1,3}[)]\s|\((?:\d{1,2}(?:\.\d{1,2})?|[ivx]{1,4})\)\.?\s)")
# "(1) Tập trung …", "(ii) Chủ đầu tư …", "(i). Chỉ đạo …": a numbered sub-item. Inline enumerations wrap onto a line start too,
# so it opens a paragraph only after a line that ends a sentence or clause.
_PLACE_THEN_VERB = regex.compile(r"^(?:Thành phố|Tỉnh|Thủ đô)\s+\p{Ll}")
_ANNEXED_NOTE = regex.compile(r"\((?:Ban hành )?[Kk]èm theo ")
_PAREN_NUMBER = regex.compile(r"^\((?:\d{1,2}(?:\.\d{1,2})?|[ivx]{1,4})\)\.?\s")  # also "(2.1)"
# First characters these patterns can match, besides digits: most lines are tried on a set lookup alone.
_BULLETS = frozenset("-+•●○▪■*–")
_ITEM_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzđ")  # "a) ", "b. ": bracket or dot second
_MARKER_INITIALS = _BULLETS | frozenset("IVXLC" "ĐCMPXTNKSQ[")  # roman numerals; Điều, Chương, Mục, Phần, …
_UNWRAPPED = 150  # a typical line this long: the copy does not wrap its paragraphs
_LONGEST_WRAPPED = 200  # no copy wraps its lines wider
_HEADING_INITIALS = frozenset("IVXLC" "CMPĐ")  # roman numerals; Chương, Mục, Phần, Điều
_HEADING = regex.compile(r"^(?:[IVXLC]{1,6}[.)]\s|(?:Chương|Mục|Phần)\s[IVXLC\d]+|Điều\s\d{1,3}[a-z]?\.\s"
                         r"|\d{1,2}(?:\.\d{1,2}){0,2}\.\s|\d{1,2}/\s)")
# An authority's name in capitals opens its own line (under a title, above a signature).
_AUTHORITY = regex.compile(r"^(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|GIÁM ĐỐC|PHÓ GIÁM ĐỐC|CHỦ TỊCH|"
                           r"PHÓ CHỦ TỊCH|BỘ TRƯỞNG|THỦ TƯỚNG|CHÁNH VĂN PHÒNG|TRƯỞNG BAN)\b|^(?:CHÍNH PHỦ|QUỐC HỘI)$")
_RULE = regex.compile(r"^(?:[-_=*.~]{3,}|[\[\]])$")  # decorative rules under headers, stray brackets
_RULE_CHARS = frozenset("-_=*.~[]")
_ROMAN_HEADING = regex.compile(r"[IVXLC]{1,6}[.)]\s")
_ROMAN_INITIALS = frozenset("IVXLC")
_BEFORE_ROMAN = frozenset(("khóa", "khoá", "thứ"))  # "Quốc hội khóa XV.", "Đại hội … lần thứ XIII."
_BARE_MARKER = regex.compile(r"^(?:(?:\d{1,3}(?:\.\d{1,2}){0,3}|[IVXLC]{1,6}|[a-zđ])[.)]|Số:)$")
_SENTENCE_END_CHARS = frozenset(".;:!?…")
_YEAR_RANGE_BREAK = regex.compile(r"\b(?:19|20)\d\d$")
_YEAR_AFTER_DASH = regex.compile(r"^[-–]\s(?:19|20)\d\d\b")
# A range of shares wrapped at its dash: "tốc độ tăng bình quân 05" / "- 06%/năm" (the low end a bare number, not one
# a word before it names: "khoản 2", "số 15")
_LOW_END_BREAK = regex.compile(r"(?<!\b(?:số|khoản|điểm|Điều|mục|Mục|lần|thứ))\s(\d{1,3}(?:,\d{1,2})?)$")
_HIGH_PERCENT_AFTER_DASH = regex.compile(r"^[-–]\s(\d{1,3}(?:,\d{1,2})?)\s?%")
_ACRONYM_CLAUSE = regex.compile(r"^\p{Lu}{2,}[,;]")
_REQUEST_OPENING = regex.compile(r"^\S+\s(?:Đề nghị|Giao|Yêu cầu)\s")
_VOWELS = "AĂÂEÊIOÔƠUƯYÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
# An abbreviation of a unit ending a line: capitals with at most one vowel ("UBND", "HĐND"; not "TIÊU").
_ACRONYM_END = regex.compile(rf"\s(?=\p{{Lu}}{{2,6}}$)[^\s{_VOWELS}]*[{_VOWELS}]?[^\s{_VOWELS}]*$")
_CLOSING_QUOTES = "'\"”)"
_WORD_HYPHEN_BREAK = regex.compile(r"[/\p{Lu}\d]-$")
# Doc-type words printed alone on a line above the title (they never continue a line).
DOC_TYPE_WORDS = ("QUYẾT ĐỊNH|KẾ HOẠCH|BÁO CÁO|CÔNG VĂN|NGHỊ QUYẾT|THÔNG BÁO|CHỈ THỊ|TỜ TRÌNH|CÔNG ĐIỆN|CHƯƠNG TRÌNH|"
                  "ĐỀ ÁN|HƯỚNG DẪN|QUY CHẾ|QUY ĐỊNH|PHƯƠNG ÁN|THÔNG TƯ|NGHỊ ĐỊNH|LUẬT|BỘ LUẬT|HIẾN PHÁP|PHÁP LỆNH")
DOC_TYPE_HEADINGS = regex.compile(
    rf"^(?:{DOC_TYPE_WORDS}|PHỤ LỤC[\s\dIVX]*)"
    r"(?: LIÊN TỊCH)?(?: TẠM THỜI| LIÊN NGÀNH| HÀNH ĐỘNG| KHẨN)?:?$"  # ("HƯỚNG DẪN TẠM THỜI", "CÔNG ĐIỆN KHẨN")
)
_BEFORE_NUMBER = frozenset(("ngày", "tháng", "năm", "số"))
# A paragraph that ends on one of these words was cut by a blank line, not finished.
_DANGLING = frozenset(
    "của và với theo số ngày tại về cho các những trong đến từ là được có để tháng năm hoặc "
    "như bằng trên dưới giữa thuộc do đối phòng sở ban ủy trước sau qua vào".split()
)


def is_upper(line: str) -> bool:
    """All letters capital (at least two characters): headers, titles, signature titles."""
    return len(line) >= 2 and line.isupper()


def _ends_sentence(text: str) -> bool:
    """Ends on . ; : ! ? … (before closing quotes). Looks at the end only: paragraphs grow line by line."""
    return text.rstrip(_CLOSING_QUOTES)[-1:] in _SENTENCE_END_CHARS


def _may_be_digit(char: str) -> bool:
    """Whether `regex` can read `char` as \\d: a digit, or a character newer than Python's Unicode tables."""
    return char.isdigit() or not char.isprintable()


def _may_open(text: str, initials: frozenset[str]) -> bool:
    """Whether a marker, list item or heading pattern starting with `initials` (or a digit, "a)", "b.")
    can match `text`: a cheap test before the regex."""
    first = text[:1]
    if first in _ITEM_LETTERS:
        return text[1:2] in (")", ".") or text[1:2].isdigit()  # ("b1)": a point of a point)
    return first in initials or _may_be_digit(first)


def _marker(line: str) -> bool:
    return _may_open(line, _MARKER_INITIALS) and _MARKER.match(line) is not None


def _numbered_heading(text: str) -> bool:
    return _may_open(text, _HEADING_INITIALS) and _HEADING.match(text) is not None


def _doc_type_heading(line: str) -> bool:
    return line.isupper() and DOC_TYPE_HEADINGS.match(line) is not None  # isupper: a cheap test first


# How a letter's first sentence opens, on the line after its addressees.
_LETTER_OPENING = regex.compile(r"(?:Thực hiện|Căn cứ|Theo|Để|Ngày|Trên cơ sở|Tiếp theo|Vừa qua|Qua|Sau khi|Triển khai"
                                r"|Trả lời|Phúc đáp)\s")
# Names written with a dash between capitalized halves, wrapped at the dash.
# (A narrow table cell may hold the second half's first word alone: "Sở Lao động" / "- Thương" / "binh và Xã hội".)
_DASHED_NAME_BREAK = regex.compile(r"(?:Lao động|Bà Rịa|Kế hoạch|Văn hóa|Tài chính|Kinh tế|Tài nguyên|Phát thanh)\Z")
_DASHED_NAME_REST = regex.compile(r"[-–] (?:Thương|Vũng|Tài|Đầu|Xã|Kế|Thể|Thông|Hạ|Môi|Truyền)\b")


# "các Sở:", "Các Bộ, ngành:": the names of the departments follow
_LISTED_HEADS_END = regex.compile(r"\b[Cc]ác (?:Sở|Bộ|sở|bộ)(?:, (?:ban, )?ngành)?:\Z")


def _hyphen_break(line: str) -> bool:
    """Ends in a hyphen after a capital, digit or slash: "09/KH-" wrapped before "LĐTBXH"."""
    return line.endswith("-") and _WORD_HYPHEN_BREAK.search(line, len(line) - 2) is not None


def _percent_range_break(prev: str, line: str) -> bool:
    """"… tốc độ tăng bình quân 05" / "- 06%/năm. …": the low end, then the rest of the range."""
    high = _HIGH_PERCENT_AFTER_DASH.match(line)  # (the cheap test first: most items open on a word)
    low = _LOW_END_BREAK.search(prev) if high else None
    return bool(low) and float(low[1].replace(",", ".")) < float(high[1].replace(",", "."))


def _starts_paragraph(prev: str, prev_line: str, line: str, wrap_width: float, spaced: bool, one_line: bool) -> bool:
    if len(prev) <= 13 and _BARE_MARKER.match(prev):
        return False  # "1." alone, its text below
    if line[:1] in _ROMAN_INITIALS and prev.rsplit(" ", 1)[-1].casefold() in _BEFORE_ROMAN and _ROMAN_HEADING.match(line):
        return False  # "… Quốc hội khóa" / "XV. Vì vậy, …": a term's number wrapped onto the line, no heading
    if one_line and line[:1].isupper():
        return True  # a copy that keeps each paragraph on one line: "Điều 7. Nhiệm vụ …" / "Nhiệm vụ của Ban …"
    if line[:1].islower():
        # Most lines: a sentence running on. Only an item marker ("a) ") or capitals above break it
        # (not a numbered item ending on an abbreviation: "8. UBND" / "các xã, phường:").
        # (nor an item that so far holds only an abbreviation: "- UBND" / "huyện, thị xã lập kế hoạch …").
        return (is_upper(prev) and not (_ACRONYM_END.search(prev) and (_numbered_heading(prev) or _marker(prev)))) \
            or _marker(line)
    if line.startswith(("- ", "– ")) and (line[2:3].islower() and prev[-1:].isalpha()
                                        or _YEAR_RANGE_BREAK.search(prev) and _YEAR_AFTER_DASH.match(line)
                                        or _DASHED_NAME_BREAK.search(prev) and _DASHED_NAME_REST.match(line)
                                        or _percent_range_break(prev, line)):
        # "tổ chức chính trị" / "- xã hội", "giai đoạn 2026" / "- 2030, …", "Sở Lao động" / "- Thương binh và Xã
        # hội", "bình quân 05" / "- 06%/năm": a name or a range wrapped at its dash
        return False
    if _marker(line) or _doc_type_heading(prev) or _doc_type_heading(line):
        return True
    if prev.startswith("Kính gửi") and _LETTER_OPENING.match(line):
        return True  # "Kính gửi: Ủy ban nhân dân các tỉnh, …" / "Thực hiện Nghị định số …": the letter begins
    if line[0] == "(" and (_PAREN_NUMBER.match(line) and _ends_sentence(prev) or _ANNEXED_NOTE.match(line)):
        return True  # "(1) …" after a sentence; "(Ban hành kèm theo Công văn số …)" under an annex's title
    if prev.endswith(" như:") or _LISTED_HEADS_END.search(prev):
        # "… giải pháp IoT trong sản xuất thông minh như:" / "Giám sát môi trường, …": examples run on;
        # "2. Trách nhiệm của các Sở:" / "Xây dựng, Tài chính, Nội vụ.": the names the heading lists
        return False
    line_upper, prev_upper = is_upper(line), is_upper(prev)
    if line_upper and not prev_upper:
        # Capitals after an unfinished sentence are codes and abbreviations wrapped onto the next line
        # ("… quốc gia" / "TCVN ISO 9001:2015", "TTHC."), unless a whole capitalized heading follows.
        return _ends_sentence(prev) or line.count(" ") >= 3 or bool(_AUTHORITY.match(line))
    if prev_upper and not line_upper:
        return True
    if line_upper:
        return bool(_AUTHORITY.match(line))
    # A numbered heading's line that stops well short of the wrap width ended the heading.
    # (Not when a capitalized name runs on: "giáo dục Luật" / "Việc làm", "Ngân hàng nhà nước Việt" / "Nam";
    # not after a comma: "1. Các đồng chí Bộ trưởng," / "Thủ trưởng cơ quan ngang Bộ, …"; not in a request:
    # "3. Đề nghị Ủy ban Mặt trận" / "Tổ quốc …"; not inside brackets: "5. Các chủ rừng là tổ chức (các" /
    # "Ban quản lý …)"; not before an abbreviation's clause: "7. Trong quá trình giải quyết" / "TTHC, nếu có …"; not
    # before the place that ends a unit's name: "3. Bộ Tư lệnh" / "Thành phố chủ trì, phối hợp …".)
    if len(prev_line) < 0.6 * wrap_width and line[:1].isupper() and _numbered_heading(prev) \
            and not prev.endswith(",") and not prev.rsplit(" ", 1)[-1][:1].isupper() and not _ACRONYM_CLAUSE.match(line) \
            and not _REQUEST_OPENING.search(prev) and prev.count("(") <= prev.count(")") \
            and not _PLACE_THEN_VERB.match(line):
        # ("… các chi bộ, đảng bộ cơ sở" ends: "cơ sở" is a whole word, not "Sở" before its name; "1. Thường trực" /
        # "Hội đồng nhân dân tỉnh:" is one heading, a body's standing members named by the body)
        return (prev.rsplit(" ", 1)[-1].casefold() not in _DANGLING or prev.casefold().endswith(" cơ sở")) \
            and not prev.endswith(" Thường trực")
    # In a text that sets its paragraphs apart with blank lines, a full line ending a sentence is no paragraph's
    # last line: "… trên địa bàn ngay từ cơ sở." / "Tham mưu chỉ đạo, …" is one paragraph going on.
    return (line[:1].isupper() or line[:1].isdigit()) and _ends_sentence(prev) \
        and not (spaced and prev_line.endswith(".") and len(prev_line) >= 0.95 * wrap_width)


def _continues_across_blank(prev: str, prev_line: str, line: str, wrap_width: float) -> bool:
    if _ends_sentence(prev) or is_upper(prev) or _marker(line) or is_upper(line):
        return False
    last_word = prev.rsplit(" ", 1)[-1].casefold()
    # (No heading ends on "các", nor fills its line: "7. Bộ Quốc phòng … tăng cường các" / "" / "biện pháp …" and
    # "3. Các đơn vị trực thuộc BHXH Việt Nam và các đơn vị trực thuộc Tổng" / "" / "cục Thuế …" are one.)
    # ("… đến ngày 31 tháng 8 năm" / "" / "2022, gửi báo cáo …": a date cut before its year runs on like lower case)
    runs_on = line[:1].islower() or (last_word in _BEFORE_NUMBER and line[:1].isdigit())
    if len(prev) < 40 or (len(prev) < 100 and _numbered_heading(prev)
                          and not ((last_word in _DANGLING or len(prev_line) >= 0.9 * wrap_width) and runs_on)):
        return False
    return line[:1].islower() or last_word in _DANGLING


def wrap_width(lines: list[str]) -> int:
    """The typical length of a wrapped line: the median of the lines that are not short."""
    long_lines = sorted([n for line in lines if (n := len(line)) >= 20 and len(line.strip()) >= 20])
    return long_lines[len(long_lines) // 2] if long_lines else 0


def spaced_paragraphs(lines: list[str]) -> bool:
    """Whether the text sets its paragraphs apart with blank lines: most lines ending a sentence are followed by one."""
    ends = [i for i, line in enumerate(lines[:-1]) if line.rstrip().endswith(".")]
    spaced = sum(1 for i in ends if not lines[i + 1].strip())
    return len(ends) >= 10 and spaced >= 0.8 * len(ends)


_RUN_ON_SHARE = 0.15  # of a Word file's paragraphs going on into the next: its paragraphs are lines


def lines_as_paragraphs(paragraphs: list[str]) -> bool:
    """Whether a Word file holds one line per paragraph (a PDF converted to Word, text pasted from one): many
    paragraphs stop mid-sentence and the next goes on in lower case, which typed paragraphs almost never do."""
    runs_on = sum(1 for prev, nxt in zip(paragraphs, paragraphs[1:])
                  if nxt[:1].islower() and not _ends_sentence(prev) and not _marker(nxt))
    return runs_on >= 3 and runs_on > _RUN_ON_SHARE * len(paragraphs)


def reflow(text: str, width: int | None = None) -> list[str]:
    """Paragraphs of `text` (already character-normalized), wrapped lines joined.

    `width` is the wrap width of the whole file when `text` is a piece of it.
    """
    lines = text.split("\n")
    if width is not None:
        return reflow_lines(lines, width, spaced_paragraphs(lines))
    width = wrap_width(lines)
    return reflow_lines(lines, width, spaced_paragraphs(lines), one_line_paragraphs(lines, width))


def one_line_paragraphs(lines: list[str], width: float) -> bool:
    """Whether a text file whose lines are typically `width` long keeps each paragraph on one line (no wrapping):
    its typical line is long, or many of its lines are longer than any wrapped line (a letter of short items and
    headings with its long paragraphs each on a line)."""
    if width >= _UNWRAPPED:
        return True
    prose = [n for line in lines if (n := len(line)) >= 20 and "|" not in line]
    return sum(1 for n in prose if n > _LONGEST_WRAPPED) >= max(3, 0.15 * len(prose))


def reflow_lines(lines: list[str], width: float, spaced: bool = False, one_line: bool = False) -> list[str]:
    """`reflow` of text already split into lines: a table cell's lines, wrapped at the file's `width`; `spaced`
    when the file sets its paragraphs apart with blank lines, `one_line` when it does not wrap them."""
    paragraphs: list[str] = []
    blank_before = lettered = False
    prev_line = ""
    for line in lines:
        line = line.strip()
        if not line:
            blank_before = True
            continue
        if line[0] in _RULE_CHARS and _RULE.match(line):
            continue
        if paragraphs:
            prev = paragraphs[-1]
            # "09/KH-" / "LĐTBXH": a number broken at its hyphen (prev ends as prev_line does).
            hyphen_break = _hyphen_break(prev)
            if blank_before:
                joins = _continues_across_blank(prev, prev_line, line, width)
            else:
                joins = hyphen_break or not _starts_paragraph(prev, prev_line, line, width, spaced, one_line)
            if joins:
                paragraphs[-1] = prev + line if hyphen_break else prev + " " + line
                blank_before, prev_line = False, line
                continue
        paragraphs.append(line)
        lettered = lettered or line[1:3] == ") "  # (a lettered item: others may have run into it)
        blank_before, prev_line = False, line
    if not lettered:
        return paragraphs
    return [item for paragraph in paragraphs for item in _inline_items(paragraph)]


def paragraph_kind(paragraph: str) -> str:
    """heading | list_item | paragraph, from the paragraph's opening."""
    if (_may_open(paragraph, _BULLETS) or paragraph[:1] == "(") and _LIST_ITEM.match(paragraph):
        return "list_item"
    if _doc_type_heading(paragraph) or (_may_open(paragraph, _HEADING_INITIALS) and _ROMAN_HEADING.match(paragraph)):
        return "heading"
    if len(paragraph) < 150 and _numbered_heading(paragraph) and not _ends_sentence(paragraph):
        return "heading"
    if is_upper(paragraph) and len(paragraph) < 200:
        return "heading"
    return "paragraph"


def _next_letters() -> dict[str, str]:
    """The letters that may follow each item letter, in Latin or Vietnamese order ("d) đ) e) g)" or "d) e) f)")."""
    following: dict[str, str] = {}
    for letters in ("abcdefghijklmnopqrstuvwxyz", "abcdđeghiklmnopqrstuvxy"):
        for letter, after in zip(letters, letters[1:]):
            following[letter] = following.get(letter, "") + after
    return following


# The next lettered item run into a paragraph after its sentence's end, by the letter of the paragraph's own.
_NEXT_ITEM = {letter: regex.compile(rf"[.;] ([{after}])\) (?=\p{{Lu}})") for letter, after in _next_letters().items()}


def _inline_items(paragraph: str) -> list[str]:
    """A lettered item with the next ones run into it after its sentence's end, as copies that lost their line
    breaks give them ("a) Lễ tang phải được tổ chức chu đáo. b) Ủy ban nhân dân cấp xã có trách nhiệm …"): one
    paragraph each."""
    if paragraph[1:3] != ") " or not (next_item := _NEXT_ITEM.get(paragraph[0])):
        return [paragraph]
    m = next_item.search(paragraph)
    if not m:
        return [paragraph]
    return [paragraph[:m.start() + 1], *_inline_items(paragraph[m.start(1):])]
