"""Legal references: every mention of another document in a Vietnamese administrative text.

`find_references` returns one `LegalReference` per mention, with offsets into the text it
was given. Three kinds are found:

* numbered documents in every printed form (61/2018/NĐ-CP, 4034/QĐ-UBND, 18-NQ/TW, 58/2014/QH13,
  123/UBND-VP, "Nghị định 61/2018", "Nghị định số 61" after the full citation, hand-typed
  "ND-CP", "NĐ/CP", "QĐ.TTg", "NĐCP") and standards (TCVN ISO 9001:2015);
* documents cited by name: laws, Party resolutions ("Nghị quyết Trung ương 5 (khóa X)"),
  quoted titles after a type word (Đề án “…”), and plans or programmes whose name carries a
  period, a year, a province or an owner ("Kế hoạch cải cách hành chính tỉnh X giai đoạn …").

Type and issuer codes, and the keys (the `key` field, for resolving citations across documents),
are in `extractors.reference_codes`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import regex

from extractors.places import province_prefix
from extractors.reference_codes import (ABBREVIATIONS, DEFAULT_TYPE_BY_ISSUER, LOCAL_HEADS, NAMED_DOCUMENTS,
                                        SECTOR_ALIASES, SECTORS, SYMBOL_SEPARATORS, TYPE_CODES, TYPE_CODES_ASCII,
                                        TYPE_WORDS, alternation, issuer_of_code, reference_key, split_code)
from extractors.scanning import matches_at
from pipeline.normalize import ascii_fold, fold_tones
from schemas.record import LegalReference

__all__ = ["RefContext", "find_references", "symbol_issuer"]


@dataclass
class RefContext:
    """Metadata of the citing document."""

    own_number: str | None = None
    province: str | None = None
    issuer: str | None = None
    year: int | None = None


_LOCAL_HEADS = tuple(LOCAL_HEADS)  # for str.startswith

# ---------------------------------------------------------------- patterns

_S = r"[\s*]"  # whitespace, or a stray markdown asterisk
_TYPE_WORDS = sorted(set(TYPE_CODES.values()) | set(TYPE_WORDS), key=len, reverse=True)
_TYPE_ALT = alternation(_TYPE_WORDS)
_SEG = r"\p{Lu}[\p{L}\d&]*(?:(?<=&)\s\p{Lu}[\p{Lu}\d]*)?"  # "QLN& TTBĐS": a space after "&" is a typo
_CODE = r"(?:\p{Lu}[\p{Lu}\d&]*|TTg)(?![\p{L}\d])"  # all capitals (or "TTg"): may follow a spaced hyphen ("NQ- TW")
# (a symbol may end on digits or a year: "01/CV-01", "1025/PLYK/2025")
_SYMBOL = rf"{_SEG}(?:(?:[-/]|\.(?=\p{{Lu}})){_SEG}|\s?[-/]\s?{_CODE})*(?:-\d{{1,3}}|/(?:19|20)\d\d)?"
# The digits are atomic: a digit or the decimals given back could never be followed by the rest.
_NUMBER = regex.compile(
    rf"(?<![\p{{L}}\d/.,:&-])(?P<num>(?>\d{{1,5}}(?:\.\d{{1,2}})?)[a-zđ]?)(?:\s?/\s?(?P<year>(?:19|20)\d\d))?"
    rf"(?:[-/](?={_SEG})|\s?[-/]\s?(?={_CODE}))(?P<sym>{_SYMBOL})(?![\p{{L}}\d])")
# "Nghị định 61/2018", "Nghị định số 61": a number without its symbol, only after a type word
# (checked behind the match: scanning for the type words themselves is slow). Only a number after
# "số" or with a year can be one: scanning for these two kinds is faster than for every number.
_BARE_NUM = r"(?P<num>\d{1,5}[a-z]?)"
_BARE_END = r"(?![\p{L}\d/&-]|[.,:]\d)"
_BARE_SO = regex.compile(rf"(?P<so>(?i:số)){_S}*[:.]?{_S}*{_BARE_NUM}(?:/(?P<year>(?:19|20)\d\d))?{_BARE_END}")
_BARE_YEAR = regex.compile(rf"(?<![\p{{L}}\d/.,:&-]){_BARE_NUM}/(?P<year>(?:19|20)\d\d){_BARE_END}")
# Anchored at the number (\Z): searched right to left, only that end is tried rather than every
# start in the window against each type word.
_TYPE_BEFORE = regex.compile(rf"(?P<tw>(?i:{_TYPE_ALT})){_S}+\Z", regex.REVERSE)
_PREFIX = regex.compile(
    rf"(?:(?P<tw>(?i:{_TYPE_ALT})){_S}+(?:(?i:số){_S}*[:.]?{_S}*)?|(?P<so>(?i:số)){_S}*[:.]?{_S}*)\Z", regex.REVERSE)
_SPACED_SEP = regex.compile(r"\s*([-/.&])\s*")
_OWN_NUMBER_LINE = regex.compile(r"(?:^|\n|\|)[\s*]*Số[\s*]*:[\s*]*\Z")
# A footnote's number glued to a symbol's last capital ("66-NQ/TW1"); the National Assembly's term (10–16) is part of
# the symbols of its bodies ("83/2025/QH15", "1691/UBDNGS15").
_SYMBOL_FOOTNOTE = regex.compile(r"(?<=\p{Lu})(?!1[0-6]$)\d{1,2}$")
_FORM_BEFORE = regex.compile(r"(?i:mẫu|biểu|phụ lục)[\s*]+\Z")  # "Biểu số 01/BC-UBND" is a form, not a report
_ATTACHED = regex.compile(r"\([\s*]*(?i:ban hành[\s*]+)?(?i:kèm theo)[\s*]*\Z")
_STANDARD_WORD = regex.compile(r"(?i:tiêu chuẩn|quy chuẩn(?:\s+kỹ thuật)?)(?:\s+quốc gia)?\s+\Z")
_STANDARD = regex.compile(
    r"(?P<code>(?:TCVN\s+)?ISO(?:/IEC)?\s?\d{3,5}(?:-\d+)?(?::\s?(?:19|20)\d\d)?"
    r"|TCVN\s+\d{3,5}(?:-\d+)?(?::(?:19|20)\d\d)?"
    r"|QCVN\s+\d{1,3}(?:-\d+)*:(?:19|20)\d\d/[\p{Lu}\d]+(?:-[\p{Lu}\d]+)*)(?![\d:])")

_DATE = (rf"(?P<d>\d{{1,2}}){_S}*(?P<sep>[/.-]){_S}*(?P<m>\d{{1,2}}){_S}*(?P=sep){_S}*(?P<y>\d{{4}})"
         rf"|(?P<d2>\d{{1,2}}){_S}+(?i:tháng){_S}+(?P<m2>\d{{1,2}}){_S}+(?i:năm|nám){_S}+(?P<y2>\d{{4}})")
# A place name: capitalized syllables ("Thừa Thiên Huế", "Bà Rịa - Vũng Tàu"), not a title's first verb.
_CAP_WORDS = r"\p{Lu}\p{Ll}*(?:[ ]\p{Lu}\p{Ll}*)*"
_PLACE = rf"(?!(?:Sửa|Ban|Về|Phê|Quy|Triển|Thực|Hướng|Bổ|Xây|Kiện|Điều|Thành lập)\b){_CAP_WORDS}(?:[ ]?-[ ]?{_CAP_WORDS})?"
_LEVEL = r"(?:tỉnh|Tỉnh|thành phố|Thành phố|huyện|quận|thị xã|xã|phường|thị trấn)"
_SECTOR = alternation(list(SECTORS.values()) + list(SECTOR_ALIASES))
# Any other body: a head word, a capitalized word, then its words up to a function word or a verb
# ("Ban Tuyên giáo Trung ương", "Sở Văn hóa và Thể thao", "Bảo hiểm xã hội Việt Nam").
_ORG_HEAD = (r"(?:Ủy ban|Ban|Văn phòng|Bộ|Sở|Cục|Tổng cục|Ngân hàng|Bảo hiểm xã hội|Kiểm toán|Tòa án|Viện|Đoàn|Hội đồng"
             r"|Trung tâm|Kho bạc|Đảng ủy|Đảng đoàn|Tổng Liên đoàn|Liên đoàn|Công an|Bộ Chỉ huy|Học viện|Tập đoàn"
             r"|Tổng công ty)")
_ORG_STOP = (r"(?:ngày|năm|số|về|tại|trên|đối|với|việc|theo|để|của|do|được|đã|có|là|trong|cho|nhằm|khi|các|này"
             r"|kèm|gửi|thuộc|ký|hết|từ|đến|gồm|giao|trình|và|quy định|ban hành|triển khai|thực hiện|tổ chức"
             r"|hướng dẫn|chỉ đạo|yêu cầu|đề nghị|công bố|phê duyệt|sửa đổi|bổ sung|thay thế|tham mưu)(?![\p{L}])")
_ANY_ORG = (rf"{_ORG_HEAD}[ ](?!Trưởng\b)\p{{Lu}}[\p{{L}}\d]*"
            rf"(?:[ ](?:và(?=[ ]\p{{Lu}})|-|(?!{_ORG_STOP})[\p{{L}}\d]+)){{0,8}}(?<![ ]-)")
_ORG = (
    rf"Thủ tướng Chính phủ|Chính phủ|Ủy ban Thường vụ Quốc hội|Quốc hội(?: khóa [IVXLC]+)?|Bộ Chính trị|Ban Bí thư"
    rf"|Ban Chấp hành Trung ương(?: Đảng)?(?: khóa [IVXLC]+)?|Ban Chấp hành Đảng bộ {_LEVEL}(?: {_PLACE})?"
    rf"|Ban Thường vụ (?:Tỉnh|Thành) ủy(?: {_PLACE})?|(?:Tỉnh|Thành|Huyện) ủy(?: {_PLACE})?"
    rf"|Văn phòng Chính phủ|Thanh tra Chính phủ|Bộ [tT]rưởng(?:, Chủ nhiệm Văn phòng Chính phủ| Bộ (?:{_SECTOR}))?"
    rf"|(?:Chủ tịch )?(?:UBND|Ủy ban nhân dân|HĐND|Hội đồng nhân dân)(?: {_LEVEL}(?: {_PLACE})?)?"
    rf"|(?:Sở|Bộ) (?:{_SECTOR})(?: {_LEVEL} {_PLACE})?|{_ANY_ORG}|Sở(?![\p{{L}}])")
_TAIL = regex.compile(
    rf"{_S}*(?:(?P<date>,?{_S}*(?P<par>\({_S}*)?(?:(?i:ban hành|ký){_S}+)?(?i:ngày){_S}+(?:{_DATE})(?(par){_S}*\)))"
    rf"|(?i:năm){_S}+(?P<yv>(?:19|20)\d\d)(?![\d/])"
    rf"|(?:của|do){_S}+(?P<iss>{_ORG})"
    # a year the writer put before the date: "Chỉ thị số 14-CT/TW 2017 ngày 19/7/2017"
    rf"|(?P<stray>(?:19|20)\d\d)(?={_S}+(?i:ngày){_S}))")
# "ngày 12/01/2021, Sở … đã ban hành Kế hoạch số 03/KH-…": the date opens the clause.
# ("Ngày 16/8/2018 Bộ … đã có Công văn số 3395/…": the body "has" the letter, named right before its number)
_DATE_BEFORE = regex.compile(
    rf"(?i:ngày){_S}+(?:{_DATE}){_S}*(?:,[^.;\n]{{0,150}}?\b(?:ban hành|ký|xây dựng)\b[^.;\n]{{0,60}}"
    rf"|,?[^.;\n]{{0,150}}?\b(?:đã\s+)?có(?:\s+(?i:văn\s+bản|công\s+văn)(?:\s+số)?)?\s*)\Z")

_TRIGGER = regex.compile(
    r"(?P<basis>\b(?i:căn cứ)\b)|(?P<mention>\bđã (?:ban hành|ký)\b|\bXét\b|\b(?i:theo) đề nghị\b)"
    r"|(?P<amends>\b(?i:sửa đổi),?\s+bổ sung\b)|(?P<replaces>\b(?i:thay thế)\b)"
    r"|(?P<implements>\b(?i:thực hiện|triển khai|thi hành|quán triệt|theo)\b(?!\s+(?:dõi|đó|hướng)\b))")
# The same, scanned right to left from a mention: the nearest trigger is found without reading the whole clause.
_TRIGGER_BACK = regex.compile(_TRIGGER.pattern, regex.REVERSE)
_LEAD = regex.compile(r"[\s\-+*•|]*(?:(?:\d{1,2}|[a-zđ]|[IVX]{1,4})[.)]\s*)*")

# Named documents.
_LAW_WORDS = ("Bộ luật", "Luật", "Pháp lệnh")
_LAW = regex.compile(rf"(?<![\p{{L}}])(?P<tw>{'|'.join(_LAW_WORDS)})[ ](?=\p{{Lu}}|sửa đổi)")
# A listed name typed in lower case ("luật đất đai", "Bộ luật lao động"); not "pháp luật đất đai".
# Found by its last word (a fast scan); the words before it are checked in `_law_lower_start`.
_LAW_LOWER_WORDS = ("Luật ", "luật ", "Lệnh ", "lệnh ")
_LAW_LOWER = regex.compile(rf"(?:{'|'.join(_LAW_LOWER_WORDS)})(?=\p{{Ll}})")
# (a comma inside a name may come as a dot from OCR: "Luật Nhập cảnh, xuất cảnh. quá cảnh. cư trú của người nước …")
_LISTED = regex.compile(rf"(?i:{alternation(NAMED_DOCUMENTS).replace(',', '[,.]')})(?![\p{{L}}\d])") \
    if NAMED_DOCUMENTS else None
_SO_AFTER = regex.compile(r"[ ](?i:số)[\s*]*[:.]?[\s*]*")
_LAW_ISSUER = {"Pháp lệnh": "Ủy ban Thường vụ Quốc hội"}
_REVISED = " (sửa đổi)"
# The Constitution when cited: by its full name, its year, as a basis or by article; not "Hiến pháp và pháp luật".
_CONSTITUTION = regex.compile(
    r"(?<![\p{L}])Hiến pháp(?: nước (?:(?i:Cộng hòa xã hội chủ nghĩa)|CHXHCN) Việt Nam(?![\p{L}])"
    r"|(?=[\s*]+năm[\s*]+(?:19|20)\d\d|[\s*]+ngày))"
    r"|(?<=(?i:căn cứ|Điều \d{1,3}|khoản \d{1,2} Điều \d{1,3})[\s*]+)Hiến pháp(?![\p{L}])")
# A treaty named by its proper name ("Nghị định thư Kyoto", "Hiệp định EVFTA", "Hiệp định Thương mại tự do Việt Nam
# - EU"); "hiệp định thương mại song phương" names a kind, and "Hiệp định Dự án …" a project's agreement.
_TREATY_WORDS = ("Công ước", "Nghị định thư", "Hiệp định", "Hiệp ước")
_TREATY = regex.compile(rf"(?<![\p{{L}}])(?P<tw>{'|'.join(_TREATY_WORDS)})[ ](?!Dự án\b)(?=\p{{Lu}})")
_TREATY_SUBJECT = regex.compile(r"[ ]về(?:[ ](?:các|những))?")
# A decree or circular cited by its title, not its number: "Nghị định quy định chi tiết một số điều của Luật Phòng
# thủ dân sự", "Thông tư hướng dẫn thi hành Luật …" (plans carrying out a new law name them so before they are numbered).
_TITLED_WORDS = ("Nghị định", "Thông tư")
_TITLED = regex.compile(r"(?<![\p{L}])(?<!các )(?P<tw>Nghị định|Thông tư)[ ](?=(?:quy định|hướng dẫn)[ ])")
# Where a title's lower-case words end ("… ban hành", "… được sửa đổi", "… số 15/2020/NĐ-CP", "… để …").
_TITLE_STOP = set("ngày số năm được đã đang sẽ để nhằm khi thì mà này đó hoặc nhưng phải gửi ban có sau trước như "
                  "cho theo".split())
_TITLE_TAIL = set("của về và với đối tại trên trong".split())  # a title ends on none of these
_TITLE_WORDS = 30
# A decree still to be made ("xây dựng, ban hành Nghị định quy định …", "trình Chính phủ Nghị định …") is no document yet.
_TO_BE_MADE_BEFORE = regex.compile(r"(?i:xây dựng|soạn thảo|dự thảo|dự án|ban hành|trình|đề xuất|sửa đổi|bổ sung|góp ý"
                                   r"|chờ)"  # ("trong khi chờ Nghị định, Thông tư quy định chi tiết …": not yet made)
                                   r"(?:[ ][\p{Lu}][\p{L}]*(?:[ ][\p{L}]+){0,3})?[, ]*\Z", regex.REVERSE)  # (… trình Chính phủ …)
_PARTIES = regex.compile(r"[ ]?-[ ]?\p{Lu}\p{L}*(?:[ ]\p{Lu}\p{L}*)*")
# ("Luật sửa đổi một số điều của Luật …" amends too; the amended law may be named in lower case: "… của Luật xây dựng")
# (and an ordinance amends an ordinance: "Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh Ưu đãi …")
_LAW_AMENDING = regex.compile(r"(?i:sửa đổi)(?:,? bổ sung)?(?: một số điều)?(?: của)?(?: các)? (?P<amended>Luật|Pháp lệnh) (?=\p{L})")
_PARTY = regex.compile(
    # "kết luận Hội nghị Trung ương lần thứ 13 Ban Chấp hành Trung ương Đảng khóa XIII": a plenum's conclusion
    r"[Kk]ết luận Hội nghị (?:Trung ương (?:lần thứ [\p{L}\d]+|\d{1,2})(?: (?:của )?Ban Chấp hành Trung ương(?: Đảng)?)?"
    r"|lần thứ [\p{L}\d]+ (?:của )?Ban Chấp hành Trung ương(?: Đảng)?)(?:,? \(khóa [IVXLC]+\)|,? khóa [IVXLC]+)?"
    r"|(?:Nghị quyết(?: Hội nghị)?(?: lần thứ \p{L}+)?(?: Ban Chấp hành)? Trung ương(?: Đảng)?(?: lần thứ \p{L}+| \d{1,2})"
    r"|Nghị quyết(?: Hội nghị)? lần thứ [\p{L}\d]+(?: của)? Ban Chấp hành Trung ương(?: Đảng)?)"
    r"(?:,? \(khóa [IVXLC]+\)|,? khóa [IVXLC]+)?"
    rf"|Nghị quyết (?:của )?Đại hội (?:đại biểu )?(?:Đảng )?(?:toàn quốc|Đảng bộ {_LEVEL}(?: {_PLACE})?)(?: lần thứ [IVXLC\d]+)?"
    r"(?: \(nhiệm kỳ \d{4} ?- ?\d{4}\)|,? nhiệm kỳ \d{4} ?- ?\d{4})?(?: của Đảng)?"
    r"|Nghị quyết [Đđ]ại hội (?:Đảng )?(?:lần thứ )?[IVXLC]+(?: của Đảng)?(?![\p{L}\d])"
    r"|NGHỊ QUYẾT ĐẠI HỘI (?:ĐẢNG )?(?:LẦN THỨ )?[IVXLC]+(?: CỦA ĐẢNG)?(?![\p{L}\d])")
# The Government's monthly meeting resolution, known by its month: "Nghị quyết phiên họp Chính phủ thường kỳ tháng 9
# năm 2025".
_GOVERNMENT_SESSION = regex.compile(r"Nghị quyết [Pp]hiên họp Chính phủ thường kỳ"
                                    r"(?:\s+tháng \d{1,2}(?:(?: năm |/)(?:19|20)\d\d)?)?")
# A national target programme is one programme also when its name is written in lower case.
_PLAN_WORDS = ("Kế hoạch hành động", "Kế hoạch", "Chương trình hành động", "Chương trình", "Đề án", "Chiến lược",
               "Quy hoạch", "chương trình mục tiêu quốc gia")
# ("Kế hoạch hóa gia đình" is family planning, "Quy hoạch hóa" a verb: no document)
_PLAN = regex.compile(rf"(?<![\p{{L}}])(?P<tw>{'|'.join(_PLAN_WORDS[:-1])}|chương trình(?= mục tiêu quốc gia))"
                      rf"(?![ ]h(?:óa|oá)\b)(?:[ ]?(?P<quote>[“\"«]))?")
_QUOTED = regex.compile(r"[^”\"»\n]{4,400}(?=[”\"»])")
_TOKEN = regex.compile(r"[ \t]*(?:(?P<word>[\p{L}\d&]+(?:[-/.:][\p{L}\d&]+)*)|(?P<punct>[,-])|\S)")
_NEXT_WORD = regex.compile(r"\s*([\p{L}\d&]+)")
_YEAR_WORD = regex.compile(r"(?:19|20)\d\d")
_STOP = set(
    "ngày năm số được đã đang sẽ trong tại theo để nhằm cho với về có là khi từ đến đối thì mà này đó hoặc các "
    "những nhưng trên sau trước vào gắn như do của ban bằng qua còn cùng phải thuộc sửa bổ thay phù gửi giúp trừ".split())
# Capitalized words that start the next document or body, ending a name ("Nghị" of "Nghị định").
_NAME_BREAKERS = {"Nghị", "Quyết", "Thông", "Sở", "UBND"}
# Words that stop a name only before their partner: "quy định" does, "quy phạm" does not.
_STOP_AFTER = {"quy": "định", "bảo": "đảm", "có": "hiệu", "thực": "hiện", "triển": "khai", "thi": "hành",
               "hướng": "dẫn", "tiếp": "tục", "trình": "Chính", "sát": "với", "cụ": "thể"}
_OWNER_LEAD = "của "  # how both owner patterns begin
_OWNER = regex.compile(
    rf"{_OWNER_LEAD}(?:(?:UBND|Ủy ban nhân dân|HĐND|Hội đồng nhân dân) )?"
    rf"(?:{_LEVEL} {_PLACE}|Sở(?: (?:{_SECTOR}))?|Chính phủ|Thủ tướng Chính phủ|Bộ (?:{_SECTOR})|Tỉnh ủy|Trung ương)")
_GENERIC_OWNER = regex.compile(rf"{_OWNER_LEAD}(?:các|cơ quan|đơn vị|địa phương|bộ|ngành|phòng|từng|mỗi)\b")
_PLAN_PART = regex.compile(
    rf"(?:,[ ]|và[ ])?(?:định hướng|tầm nhìn) đến năm \d{{4}}|(?:giai đoạn|thời kỳ) \d{{4}} ?- ?\d{{4}}"
    rf"|(?:từ nay )?(?:đến )?năm \d{{4}}(?: ?- ?\d{{4}})?(?: và những năm tiếp theo)?"  # "… từ nay đến năm 2020 và …"
    rf"|(?:19|20)\d\d ?- ?(?:19|20)\d\d(?!\d)"  # "Kế hoạch đầu tư công trung hạn 2026-2030"
    rf"|trên địa bàn (?:{_LEVEL})(?: {_PLACE})?|{_LEVEL} {_PLACE}")
# "Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW": a plan named by the document it carries out.
_IMPLEMENTING = regex.compile(
    rf"(?:[ ]của[ ](?:{_ORG}))?(?:[ ]về)?(?:[ ]việc)?[ ](?:triển khai|thực hiện)(?:[ ]thực hiện)?[ ]"
    rf"(?:{_TYPE_ALT}|Thông báo kết luận|Kết luận)[ ](?:số[ ]?)?"
    rf"(?>\d{{1,5}}[a-zđ]?)(?:\s?/\s?(?:19|20)\d\d)?\s?[-/]\s?{_SYMBOL}(?![\p{{L}}\d])")
# … and, when a subject follows that document's date and issuer, the whole title it carries ("… 57-NQ/TW ngày
# 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, …"): up to the sentence's end, a new clause
# or where it applies ("trên địa bàn").
_IMPLEMENTED_SUBJECT = regex.compile(r"[ ]về[ ](?:việc[ ])?\p{Ll}[^;.:()|\n\[\]]{2,300}?(?=[;.:(|\n]|\Z|[ ]trên địa bàn|,[ ]\p{Lu})")
_SUBJECT_MAX_WORDS = 40
_SHORT_NUMBER_TYPES = {"Đề án", "Chương trình"}
_DATED_RUN_WORDS = 20
_SUBJECT_WORDS = 8  # the longest subject after "về" a generic plan name takes
_DATED_AFTER = {"về", "trong", "cho", "tại"}  # words a plan name may run past when its period follows
# Words that name no plan by themselves: "Chiến lược quốc gia", "Kế hoạch hành động quốc gia"
_GENERIC_NAME = regex.compile(r"(?:[ ](?:quốc gia|hành động|tổng thể|mục tiêu))+")  # how far a plan name may run past a comma or "về" to reach its period
_SHORT_NUMBER = regex.compile(
    r"[ ]\d{1,3}[a-z]?(?![\p{L}\d/.,:&%-]|[ ](?:năm|tháng|ngày|giờ|phút|lần|người|đơn vị|nhiệm vụ|nội dung)\b)")
_WHERE_AT_END = regex.compile(rf"[ ]trên địa bàn(?: {_LEVEL})?\Z")
_PLAN_MARKER = regex.compile(rf"\d{{4}}|tổng thể|quốc gia|\b{_LEVEL} \p{{Lu}}|\bcủa \S")
_NOT_NAMED_AFTER = regex.compile(r"(?i:ban hành|phê duyệt|xây dựng|này|lập|kèm theo)(?:\s+(?i:điều chỉnh|sửa đổi|bổ sung))?"
                                  r"[\s*\"“]*\Z", regex.REVERSE)
_LIST_SEP = regex.compile(r"(?:,| và) ")
_PLURAL_BEFORE = ("các ", "những ")
_HEADING_MARK_BEFORE = regex.compile(r"(?:^|\n)[ \t*]*(?:[IVX]{1,4}|\d{1,2}(?:\.\d{1,2}){0,2}|[a-zđ])[.)][ \t*]*\Z")
_BRACKETED_NUMBER_REACH = 400  # characters between a name and its number in brackets (its subject between them)
_SENTENCE_BREAK = regex.compile(r"[.;]\s|\n")
_AND_LAW = regex.compile(r"(?:,| và) (?:các )?(?P<law>Luật) (?=\p{L})")  # (a known name in lower case too)
_LISTED_LAW_NUMBER = regex.compile(r" số \d{1,3}/(?:19|20)\d\d/QH\d{1,2}(?![\p{L}\d/])")
_CONGRESS = regex.compile(r"^Nghị quyết (Đại hội.*?)(?: lần thứ| \(|$)")
# The Party's national congress, by its number ("Nghị quyết đại hội Đảng lần thứ XIII", "… Đại hội XIII của Đảng").
_NATIONAL_CONGRESS = regex.compile(r"(?i)đại hội (?:của )?(?:đại biểu toàn quốc |đảng )?(?:lần thứ )?([IVXLC]+)\b")
_PROPER_NOUN_BEFORE = regex.compile(r"[\p{Ll},][ ]\p{Lu}\p{Ll}*[ ]\Z")
# A law still to be written ("Nghiên cứu, xây dựng Luật Chuyển đổi số", "dự thảo Luật Trí tuệ nhân tạo") is no document yet.
_DRAFTED_BEFORE = regex.compile(r"(?i:xây dựng|soạn thảo|dự thảo|dự án)[ ]\Z", regex.REVERSE)
_SCHOOL_BEFORE = regex.compile(r"(?:Đại học|Trường|Khoa|Học viện|Viện|Hội|Đoàn|Tạp chí|Vụ|Nhà xuất bản)[ ]\Z")
_UPPER_WORD = regex.compile(r" \p{Lu}\p{Ll}")  # a proper noun, not an abbreviation
_TRIGGER_BEFORE = regex.compile(r"(?i:thực hiện|triển khai|theo)[ ]\Z")
_HEADING_TYPES = ("KẾ HOẠCH", "QUYẾT ĐỊNH", "CHƯƠNG TRÌNH", "ĐỀ ÁN", "BÁO CÁO", "CHỈ THỊ", "NGHỊ QUYẾT", "HƯỚNG DẪN",
                  "TỜ TRÌNH", "CHIẾN LƯỢC", "QUY ĐỊNH", "QUY CHẾ", "THÔNG BÁO")
_OWN_HEADING_END = 6000  # the document's own headings are on its first page
# Matched at its type word (see `_start_positions`), the line start checked behind it.
_OWN_HEADING = regex.compile(
    rf"(?m)(?<=^[\s|#*]*)(?P<type>{'|'.join(_HEADING_TYPES)})(?![\p{{L}}:])[\s*]*(?P<title>[^\n]{{5,300}})")
# Every match of these patterns begins with one of the words given. All the words are found in one pass of
# the `re` engine, which scans for an alternation of literals several times faster than `regex` (and
# literals match alike in both); each pattern is then tried only where its words begin.
_START_WORDS: dict[regex.Pattern, tuple[str, ...]] = {
    _STANDARD: ("TCVN", "ISO", "QCVN"),
    _LAW: _LAW_WORDS,
    _LAW_LOWER: _LAW_LOWER_WORDS,
    _CONSTITUTION: ("Hiến pháp",),
    _TREATY: _TREATY_WORDS,
    _TITLED: _TITLED_WORDS,
    _PLAN: _PLAN_WORDS,
    _OWN_HEADING: _HEADING_TYPES,
}
_ANY_START_WORD = sorted({w for words in _START_WORDS.values() for w in words}, key=len, reverse=True)
_START_SCAN = re.compile("|".join(map(re.escape, _ANY_START_WORD)))
# The scan gives the longest word at a position: each pattern with a word that begins it may match there.
_PATTERNS_AT = {word: [p for p, words in _START_WORDS.items() if word.startswith(words)] for word in _ANY_START_WORD}
_ISSUES_TYPE = regex.compile(rf"ban hành ({alternation(TYPE_CODES.values()).casefold()})\b")  # "Ban hành Kế hoạch …"
_YEAR = regex.compile(r"\d{4}")
_OWNER_HEAD = regex.compile(r"\b(sở|bộ|ubnd|ủy ban nhân dân|tỉnh|thành phố|huyện|chính phủ|tỉnh ủy)\b")


# ---------------------------------------------------------------- helpers


def _start_positions(work: str) -> dict[regex.Pattern, list[int]]:
    """For each pattern of `_START_WORDS`, every position where one of its words begins, in order."""
    found = {pattern: [] for pattern in _START_WORDS}
    m = _START_SCAN.search(work)
    while m:
        for pattern in _PATTERNS_AT[m[0]]:
            found[pattern].append(m.start())
        m = _START_SCAN.search(work, m.start() + 1)  # not m.end(): words may overlap ("Bộ luật", "luật ")
    return found


_TYPE_BY_FOLD = {fold_tones(name).casefold(): name for name in _TYPE_WORDS}
_DEFAULT_TYPE = {ascii_fold(code): name for code, name in DEFAULT_TYPE_BY_ISSUER.items()}
_TERM = regex.compile(r"\d+$")  # "qh13" → "qh"
_LEVEL_NAMED = regex.compile(rf"\b{_LEVEL} \p{{Lu}}")
_LEVEL_AT_END = regex.compile(rf"\b{_LEVEL}$")
_LEVEL_PLACE = regex.compile(rf"\b({_LEVEL}) ({_PLACE})")
_PLACE_AT_END = regex.compile(rf"\b(?:{_LEVEL}|ủy) ({_PLACE})$")
_COUNCIL_NAMES = {"UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân"}
_COUNCILS = regex.compile(r"\b(?:UBND|HĐND)\b")
_OWNER_SO = regex.compile(r"của Sở\b")
_KEY_WITH_YEAR = regex.compile(r"[\d.]+[a-z]?/(?:19|20)\d\d/")
_NON_WORD = regex.compile(r"[^\w]+")
_NO_QUOTES = dict.fromkeys(map(ord, "“”\"«»"))
_RUNS = regex.compile(r"[\s*]+")
_ABBREVIATION_RE = regex.compile(rf"(?<![\p{{L}}])(?:{alternation(ABBREVIATIONS)})(?![\p{{L}}])")


def _iso(m: regex.Match) -> str | None:
    d, mo, y = (m["d"], m["m"], m["y"]) if m["d"] else (m["d2"], m["m2"], m["y2"])
    d, mo, y = int(d), int(mo), int(y)
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= d <= 31 and 1 <= mo <= 12 and 1900 <= y <= 2100 else None


_MISREAD_COMMA = regex.compile(r"\.\s(?=\p{Ll})")  # what OCR made of a comma: "… xuất cảnh. quá cảnh"


def _clean(text: str) -> str:
    # Whitespace other than " " is unprintable: a printable text without "*" or "  " has nothing to replace.
    if "*" in text or "  " in text or not text.isprintable():
        text = _RUNS.sub(" ", text)
    return text.strip()


def _is_local(issuer: str) -> bool:
    return issuer.startswith(_LOCAL_HEADS)


@lru_cache(maxsize=4096)
def _localize(issuer: str, province: str | None) -> str:
    """Add the citing document's province to a provincial body named without one."""
    if not _is_local(issuer) or _LEVEL_NAMED.search(issuer) or not province:
        return issuer
    if _LEVEL_AT_END.search(issuer):  # "Ủy ban nhân dân tỉnh"
        return f"{issuer} {province}"
    if issuer.endswith(" ủy") or issuer.startswith("Ban Chấp hành Đảng bộ"):  # "Tỉnh ủy Khánh Hòa"
        return f"{issuer} {province}"
    return f"{issuer} {province_prefix(province)} {province}"


@lru_cache(maxsize=4096)
def _expand_issuer(text: str, own_issuer: str | None, province: str | None) -> str:
    """An issuer as cited ("UBND tỉnh", "Sở") in full, for a document of `own_issuer` in `province`."""
    text = _clean(text)
    if any(code in text for code in _COUNCIL_NAMES):  # the regex costs more than these checks
        text = _COUNCILS.sub(lambda m: _COUNCIL_NAMES[m[0]], text)
    for alias, full in SECTOR_ALIASES.items():
        text = text.replace(alias, full)
    if text == "Sở" and own_issuer and own_issuer.startswith("Sở"):
        return own_issuer
    return _localize(text, province)


@lru_cache(maxsize=65536)
def _symbol_parts(sym: str) -> tuple[str, ...]:
    return tuple(part for seg in SYMBOL_SEPARATORS.split(sym) if seg for part in split_code(ascii_fold(seg)))


def _known_symbol(sym: str) -> bool:
    return any(p in TYPE_CODES_ASCII or issuer_of_code(p) for p in _symbol_parts(sym))


@lru_cache(maxsize=4096)
def _from_symbol(sym: str, province: str | None) -> tuple[str | None, str | None]:
    """(doc_type, issuer) implied by a symbol: 'NĐ-CP' → Nghị định, Chính phủ; 'UBND-VP' → Công văn, UBND."""
    parts = _symbol_parts(sym)
    if parts[0] in TYPE_CODES_ASCII:
        doc_type, issuer_parts = TYPE_CODES_ASCII[parts[0]], parts[1:]
    else:
        issuer_parts = parts[:1]
        doc_type = _DEFAULT_TYPE.get(_TERM.sub("", parts[0]), "Công văn")
    names, i = [], 0
    while i < len(issuer_parts):
        name = issuer_of_code(issuer_parts[i])
        if not name and i + 1 < len(issuer_parts) and (name := issuer_of_code(issuer_parts[i] + issuer_parts[i + 1])):
            i += 1  # "SLĐ-TBXH": one code typed with a hyphen
        if name:
            names.append(name)
        i += 1
    return doc_type, (", ".join(_localize(n, province) for n in names) or None)


def symbol_issuer(symbol: str) -> str | None:
    """The body a symbol names: 'CĐ-TTg' → Thủ tướng Chính phủ, 'KH-SNV' → Sở Nội vụ, 'UBND-VP' → Ủy ban nhân dân."""
    return _from_symbol(symbol, None)[1]


@lru_cache(maxsize=4096)
def _doc_type_word(word: str | None) -> str | None:
    if not word:
        return None
    name = _TYPE_BY_FOLD.get(fold_tones(word).casefold())
    return None if name == "Văn bản" else name  # "văn bản số …": the symbol decides


@lru_cache(maxsize=4096)
def _place_of(issuer: str | None, province: str | None) -> str:
    """Province scope of a provincial issuer, for keys of numbers without a year."""
    if not issuer or not _is_local(issuer):
        return ""
    m = _PLACE_AT_END.search(issuer)
    return ascii_fold(m[1] if m else province or "")


@lru_cache(maxsize=4096)
def _expand_name(name: str) -> str:
    name = _clean(name).translate(_NO_QUOTES)
    if ". " in name:
        name = _MISREAD_COMMA.sub(", ", name)  # (no name has a sentence's stop before lower case)
    return _ABBREVIATION_RE.sub(lambda m: _written_out(ABBREVIATIONS[m[0]], name[:m.start()].strip() in _LAW_WORDS), name)


def _written_out(words: str, opens_law_name: bool) -> str:
    """An abbreviation written out; a law's name opens on a capital ("Luật BHYT" is Luật Bảo hiểm y tế)."""
    return words[:1].upper() + words[1:] if opens_law_name else words


@lru_cache(maxsize=4096)
def _name_key(name: str) -> str:
    return _NON_WORD.sub(" ", ascii_fold(fold_tones(name))).strip()


# ---------------------------------------------------------------- relation


def _relation(work: str, start: int, starts: list[int]) -> str:
    """Relation from the nearest trigger word before the mention in its clause, else the sentence's lead."""
    para = work.rfind("\n", 0, start) + 1
    dot = work.rfind(". ", para, start)
    sent = dot + 2 if dot >= 0 else para
    clause = max(sent, work.rfind(";", sent, start) + 1)
    for m in _TRIGGER_BACK.finditer(work, clause, start):
        kind = m.lastgroup
        if kind in ("amends", "replaces") and any(m.end() < s < start for s in starts):
            continue  # "sửa đổi … Nghị định A … và Nghị định B": only A is amended
        return kind
    lead = _LEAD.match(work, sent)
    m = _TRIGGER.match(work, lead.end()) if lead else None
    return m.lastgroup if m and m.lastgroup in ("basis", "implements") else "mention"


# ---------------------------------------------------------------- numbered references


def _parse_tail(work: str, pos: int) -> tuple[int, str | None, str | None, str | None]:
    """Date, year and issuer after a number, in any order: (end, iso date, year, issuer text)."""
    date = year = issuer = None
    while m := _TAIL.match(work, pos):
        if m["date"] and not date and not year:
            date = _iso(m)
        elif m["yv"] and not date and not year:
            year = m["yv"]
        elif m["iss"] and not issuer:
            issuer = m["iss"]
        elif not (m["stray"] and not date):  # (a stray year before the date is read past)
            break
        pos = m.end()
    return pos, date, year, issuer


def _bare_numbers(work: str) -> list[regex.Match]:
    """Numbers after "số" or with a year (the rest are plain numbers), as one left-to-right scan finds them.

    A number with a year inside a "số" match ("số 61/2018") is that match's own number."""
    after_so = list(_BARE_SO.finditer(work))
    so_numbers = {m.start("num") for m in after_so}
    return after_so + [m for m in _BARE_YEAR.finditer(work) if m.start("num") not in so_numbers]


def _numbered(text: str, work: str, ctx: RefContext) -> list[dict]:
    own = reference_key(ctx.own_number) if ctx.own_number else None
    found = []
    matches = [(m, True) for m in _NUMBER.finditer(work)]
    full_starts = {m.start("num") for m, _ in matches}
    matches += [(m, False) for m in _bare_numbers(work) if m.start("num") not in full_starts]
    for m, full in sorted(matches, key=lambda x: x[0].start("num")):
        s = m.start("num")
        if _OWN_NUMBER_LINE.search(work, max(0, s - 20), s):
            continue  # the document's own "Số: …" line
        if full:
            p = _PREFIX.search(work, max(0, s - 60), s)
            tw, so, start = (p["tw"], p["so"], p.start()) if p else (None, None, s)
            if not tw and (not _known_symbol(m["sym"]) or _FORM_BEFORE.search(work, max(0, start - 20), start)):
                continue
            number = text[s:m.end()]
            if " " in number or not number.isprintable():  # any other whitespace is unprintable
                number = _SPACED_SEP.sub(r"\1", number)
            if number[-1].isdigit() and (note := _SYMBOL_FOOTNOTE.search(number)):
                number = number[:note.start()]  # "Nghị quyết số 140/NQ-CP2": a footnote's number glued on
        else:
            t = _TYPE_BEFORE.search(work, max(0, m.start() - 30), m.start())
            if not t:
                continue
            tw, so, start = t["tw"], m.groupdict().get("so"), t.start()  # `_BARE_YEAR` has no "so" group
            number = m["num"] + (f"/{m['year']}" if m["year"] else "")
        if own and reference_key(number) == own:
            continue
        attached = _ATTACHED.search(work, max(0, start - 30), start)
        if attached and (not own or not full or number.split("/")[0] == ctx.own_number.split("/")[0]):
            # "(Ban hành kèm theo Quyết định số …)" heading the document itself, also when its annex writes the
            # symbol another way ("Kèm theo Công văn số 17899/BTC-TCCB" in letter 17899/BTC-VP) or a scan lost it
            # ("Kèm theo Quyết định số 5 6b? /OD-BTC" in decision 662/QĐ-BTC)
            continue
        end, date, year, issuer_text = _parse_tail(work, m.end())
        doc_type, issuer = (_from_symbol(m["sym"], ctx.province) if full else (None, None))
        doc_type = _doc_type_word(tw) or doc_type
        if issuer_text:
            issuer = _expand_issuer(issuer_text, ctx.issuer, ctx.province)
        found.append(dict(start=start, end=end, doc_type=doc_type, number=number, issued_date=date, num_start=s,
                          num_end=m.end(),
                          issuer=issuer, year=m["year"] or year, full=full, so=bool(so),
                          relation="attached_to" if attached else None))
    return found


def _date_before(work: str, ref: dict, prev_end: int) -> str | None:
    para = work.rfind("\n", 0, ref["start"]) + 1
    window_start = max(para, prev_end, ref["start"] - 250)
    m = _DATE_BEFORE.search(work, window_start, ref["start"])
    return _iso(m) if m else None


def _standards(work: str, starts: dict[regex.Pattern, list[int]]) -> list[dict]:
    found = []
    for m in matches_at(_STANDARD, work, starts[_STANDARD]):
        word = _STANDARD_WORD.search(work, max(0, m.start() - 30), m.start())  # "tiêu chuẩn quốc gia TCVN …"
        doc_type = "Quy chuẩn" if m["code"].startswith("QCVN") else "Tiêu chuẩn"
        found.append(dict(start=word.start() if word else m.start(), end=m.end(), doc_type=doc_type,
                          number=_clean(m["code"]), issued_date=None, issuer=None, full=True, standard=True))
    return found


# ---------------------------------------------------------------- named references


def _next_word(work: str, pos: int) -> str | None:
    m = _NEXT_WORD.match(work, pos)
    return m[1] if m else None


def _stops(low: str, work: str, after: int) -> bool:
    if low == "số":  # "Luật Dữ liệu số 60/2024/QH15", but "Chương trình Chuyển đổi số quốc gia"
        nxt = _next_word(work, after)
        return not nxt or nxt[0].isdigit()
    if low == "và":  # "Luật Phí và lệ phí", but "Luật Việc làm và các văn bản …", "… và Luật …"
        nxt = _next_word(work, after)
        return not nxt or not nxt[0].islower() or nxt in _STOP or nxt == "pháp"
    if low in _STOP:
        # "tự do" (free) is no "do" (by): "Hiệp định Thương mại tự do Việt Nam - EU"; "ứng phó với" (respond to)
        # goes on: "Chương trình mục tiêu quốc gia ứng phó với biến đổi khí hậu"
        return not (low == "do" and work.endswith(("tự ", "Tự "), 0, after - 2)
                    or low == "với" and work.endswith("ứng phó ", 0, after - 3))
    partner = _STOP_AFTER.get(low)
    return partner is not None and partner == _next_word(work, after)


def _law_lower_start(work: str, pos: int) -> int | None:
    """Start of "luật" / "bộ luật" / "pháp lệnh" whose last word is at `pos`; None for "pháp luật", "kỷ luật" (discipline)
    and the like."""
    before = work[max(0, pos - 5):pos].casefold()
    if work[pos + 1] == "ệ":
        start = pos - 5 if before == "pháp " else None
    elif before.endswith("bộ "):
        start = pos - 3
    else:
        start = None if before.endswith(("pháp ", "kỷ ", "kỉ ")) else pos  # (not "pháp luật", "kỷ luật")
    if start is None or (start and (work[start - 1].isalpha() or work[start - 1].isdigit())):
        return None
    return start


def _listed_end(work: str, start: int) -> int | None:
    """End of a listed law, code or ordinance name starting at `start` (the type word), if any."""
    m = _LISTED.match(work, start) if _LISTED else None
    return m.end() if m else None


_FOOTNOTE_MARK = regex.compile(r"(?<=\p{Ll})\d{1,2}$")


def _law_name_end(work: str, pos: int) -> int | None:
    """End of a law's name read word by word from `pos`; None when there is no name."""
    end, words, i = None, 0, pos
    while m := _TOKEN.match(work, i):
        w = m["word"]
        if w:
            low = w.casefold()
            if words == 0 and not w[0].isupper():
                return None
            if words and w[0].isupper() and (_doc_type_word(w) or w in _NAME_BREAKERS):
                break
            if words and (_stops(low, work, m.end()) or _YEAR_WORD.fullmatch(w)):
                break  # (a year after the name dates it: "Luật An ninh mạng 2025")
            if words and (note := _FOOTNOTE_MARK.search(w)):
                end = m.end() - len(note[0])  # "Luật Địa chất và khoáng sản3": a footnote's number glued on
                break
            # a name ends on a word, never on "và": "Luật Ngân sách nhà nước và quy định về …"
            words, i = words + 1, m.end()
            end = end if low == "và" else m.end()
        elif m["punct"] == "," and words:
            tail = _law_name_end_lower(work, m.end())
            if tail is None:
                break
            end = i = tail
        else:
            break
    return end


def _treaty_name_end(work: str, pos: int) -> int | None:
    """A treaty's name read as a law's, ended at a foreign proper name that lower-case words follow ("Nghị định
    thư Kyoto ra thị trường thế giới"); its parties may be joined by a dash ("… Việt Nam - EU")."""
    end = _law_name_end(work, pos)
    if end and (parties := _PARTIES.match(work, end)):
        end = parties.end()
    i = pos
    while end and (m := _TOKEN.match(work, i, end)):
        w = m["word"]
        if w and w.isascii() and w[0].isupper() and (nxt := _NEXT_WORD.match(work, m.end())) and nxt[1][0].islower():
            # the subject it is about goes with it: "Nghị định thư Montreal về các chất làm suy giảm tầng ô-dôn"
            subject = _TREATY_SUBJECT.match(work, m.end())
            return (_subject_run(work, subject.end()) or m.end()) if subject else m.end()
        i = m.end()
    return end


def _title_end(work: str, pos: int) -> int | None:
    """End of a decree's or circular's title read from `pos` ("quy định …"): lower-case words, and the law it
    details with the laws listed after it ("… của Luật A và Luật sửa đổi, bổ sung một số điều của Luật A")."""
    end, words, i, last = None, 0, pos, ""
    while words < _TITLE_WORDS and (m := _TOKEN.match(work, i)):
        if m["punct"] == ",":
            if not (nxt := _next_word(work, m.end())) or not nxt[0].islower():
                break
            i = m.end()
            continue
        w = m["word"]
        if not w:
            break
        if w[0].isupper():
            law = _LAW.match(work, m.start("word"))
            amend = law and _LAW_AMENDING.match(work, law.end())  # "Luật sửa đổi, bổ sung một số điều của Luật A"
            if not law or not (law_end := _law_name_end(work, amend.end() if amend else law.end())):
                break
            end = i = law_end
            words, last = words + 1, ""
            continue
        low = w.casefold()
        if low in _TITLE_STOP and not (low == "số" and last == "một"):  # "một số điều" (some articles)
            break
        words, i, last = words + 1, m.end(), low
        if low not in _TITLE_TAIL:
            end = m.end()
    return end if words >= 3 else None


def _law_name_end_lower(work: str, pos: int) -> int | None:
    """After a comma, a short lowercase continuation ("Cán bộ, công chức") ending the name."""
    end, words, i = None, 0, pos
    while (m := _TOKEN.match(work, i)) and m["word"] and m["word"][0].islower():
        if _stops(m["word"], work, m.end()):
            break
        words, end, i = words + 1, m.end(), m.end()
    nxt = _TOKEN.match(work, i)
    closes = not nxt or not nxt["word"] or _stops(nxt["word"].casefold(), work, nxt.end())
    return end if words and words <= 4 and closes else None


def _plan_name_end(work: str, pos: int) -> int | None:
    """End of an unquoted plan or programme name: subject words, then period, year, place or owner."""
    end, words, i, dated = None, 0, pos, False
    while True:
        if words and (p := _PLAN_PART.match(work, i + (work[i:i + 1] == " "))):
            end = i = p.end()
            dated = dated or bool(_YEAR.search(p[0]))
            continue
        if work.startswith(_OWNER_LEAD, i + 1) and work[i:i + 1] == " ":  # the cheap test first
            if words and (o := _OWNER.match(work, i + 1)):
                return o.end()
            if _GENERIC_OWNER.match(work, i + 1):
                return None
        m = _TOKEN.match(work, i)
        if m and m["punct"] == "-" and words and (_next_word(work, m.end()) or "A")[0].islower():
            i = m.end()  # "kinh tế - xã hội"
            continue
        if m and m["punct"] == "," and words and not dated and (j := _dated_run(work, m.end())):
            i = j  # "Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030"
            continue
        if m and m["punct"] == "," and work.endswith("phòng", 0, m.start()) and work.startswith(" chống ", m.end()):
            i = m.end()  # "… phòng, chống ma túy và …": one compound, the name goes on undated
            continue
        w = m["word"] if m else None
        if not w or (w[0].isdigit() and (not w.isdigit() or len(w) > 3)):
            break
        if dated:
            break  # after its period only a place or an owner continues a name: "… giai đoạn 2026 - 2030 gửi về"
        low = w.casefold()
        if _stops(low, work, m.end()):
            if low in _DATED_AFTER and words and (j := _dated_run(work, m.end())):
                # "Kế hoạch hành động quốc gia về quản lý rác thải nhựa đại dương đến năm 2030", "Chương trình phòng,
                # chống ma túy trong thanh, thiếu niên đến năm 2030"
                i = j
                continue
            if low == "về" and _GENERIC_NAME.fullmatch(work, pos, i) and (j := _subject_run(work, m.end())):
                return j  # "Chiến lược quốc gia về biến đổi khí hậu": "Chiến lược quốc gia" names no strategy
            break
        if w[0].isupper() and (_doc_type_word(w) or w in _NAME_BREAKERS):
            break
        words, end, i = words + 1, m.end(), m.end()
        if words > 25:
            return None
    return end


def _subject_run(work: str, pos: int) -> int:
    """Where the subject after "về" ends (lower-case words up to a stop word, a comma or a sentence's end); 0
    when it is empty or longer than a name's."""
    end, words, i = 0, 0, pos
    while (m := _TOKEN.match(work, i)) and m["word"] and m["word"][0].islower() and not _stops(m["word"], work, m.end()):
        words, end, i = words + 1, m.end(), m.end()
        if words > _SUBJECT_WORDS:
            return 0
    return end


def _dated_run(work: str, pos: int) -> int:
    """Where a plan name goes on from `pos` (after "về" or a comma: "… phòng, chống ma túy đến năm 2030"): at
    the period or year its words lead to without a stop word on the way; 0 when none comes."""
    i, words = pos, 0
    while words < _DATED_RUN_WORDS:
        if words and (p := _PLAN_PART.match(work, i + (work[i:i + 1] == " "))) and _YEAR.search(p[0]):
            return i
        m = _TOKEN.match(work, i)
        if m and m["punct"] == "," and words:
            i = m.end()  # "… miền núi, vùng sâu, vùng xa và hải đảo giai đoạn 2026-2030": a list inside the name
            continue
        w = m["word"] if m else None
        if not w or _stops(w.casefold(), work, m.end()) or (w[0].isupper() and _doc_type_word(w)) \
                or _PLAN.match(work, m.start("word")):
            return 0  # "…, Chương trình giảm nghèo …" is the next plan
        words, i = words + 1, m.end()
    return 0


@lru_cache(maxsize=4096)
def _years_and_owner(title: str) -> tuple[frozenset[str], str | None]:
    """The years in a folded title and the head word of its owner ('sở', 'ubnd', …), if any."""
    head = _OWNER_HEAD.search(title)
    return frozenset(_YEAR.findall(title)), head[1] if head else None


_OwnTitle = tuple[str, frozenset[str], str | None, str]  # type, years, owner head, folded title


def _own_titles(work: str, starts: dict[regex.Pattern, list[int]]) -> list[_OwnTitle]:
    """The document's own headings, to tell a plan's own name from a citation."""
    out = []
    positions = [pos for pos in starts[_OWN_HEADING] if pos < _OWN_HEADING_END]
    for m in matches_at(_OWN_HEADING, work, positions, _OWN_HEADING_END):
        title = _expand_name(m["title"]).casefold()
        years, head = _years_and_owner(title)
        out.append((m["type"].casefold(), years, head, title))
        if t := _ISSUES_TYPE.match(title):
            out.append((t[1], years, head, title))
    return out


def _is_own(tw: str, name: str, own_titles: list[_OwnTitle]) -> bool:
    expanded = _expand_name(name)
    years, head = _years_and_owner(expanded.casefold())
    if not years:
        return False
    tw = tw.casefold()
    subject = _subject_words(expanded, tw)
    return any(t == tw and years == title_years and (head is None or head == title_head)
               and _names_subject(subject, title) for t, title_years, title_head, title in own_titles)


# Words that place or date a plan, not what it is about.
_FRAME_WORDS = frozenset("giai đoạn năm đến định hướng tầm nhìn tỉnh thành phố huyện xã của và về trên địa bàn thực hiện "
                         "triển khai".split())


def _subject_words(name: str, tw: str) -> set[str]:
    """What a plan's name says it is about: its words in lower case past the type word, less years and frame words
    ("Kế hoạch phát triển thương mại điện tử tỉnh Đồng Nai giai đoạn 2026 - 2030" → phát triển thương mại điện tử)."""
    words = name.split()[len(tw.split()):]
    return {w for word in words if (w := word.strip(",.;:()").casefold()) and word[:1].islower() and w.isalpha()
            and w not in _FRAME_WORDS}


def _names_subject(subject: set[str], title: str) -> bool:
    """Whether most of a plan's subject words are in the document's own title: then it names the document
    ("Kế hoạch phát triển kinh tế số giai đoạn 2026 - 2030" in a plan titled "… kinh tế số và xã hội số … 2026 -
    2030"), not another plan of its years ("Kế hoạch phát triển thương mại điện tử … 2026 - 2030")."""
    if not subject:
        return True
    title_words = set(title.split())
    return len(subject & title_words) * 2 >= len(subject)


def _cites_own_title(tw: str, rest: str, own_titles: list[_OwnTitle]) -> bool:
    """Whether a plan named by the document it carries out (`rest`: "thực hiện Nghị quyết số 57-NQ/TW")
    is the document itself: one of its own headings of that type cites the same number."""
    number = _SPACED_SEP.sub(r"\1", rest.rsplit(" ", 1)[-1]).casefold()
    tw = tw.casefold()
    return any(t == tw and number in _SPACED_SEP.sub(r"\1", title) for t, _, _, title in own_titles)


def _shared_owner(work: str, end: int, tw: str) -> str | None:
    """'Kế hoạch CCHC, Kế hoạch tuyên truyền CCHC của Sở': the owner after the last name serves both."""
    sep = _LIST_SEP.match(work, end)
    nxt = _PLAN.match(work, sep.end()) if sep else None
    if not nxt or nxt["tw"] != tw or nxt["quote"]:
        return None
    nxt_end = _plan_name_end(work, nxt.end())
    owner = _OWNER.search(work, nxt.end(), nxt_end) if nxt_end else None
    return owner[0] if owner and owner.end() == nxt_end else None


def _named(text: str, work: str, ctx: RefContext, starts: dict[regex.Pattern, list[int]]) -> list[dict]:
    found = []
    amending_end = -1
    amending: list[tuple[int, int]] = []  # the spans of amending laws' names
    for m in matches_at(_LAW, work, starts[_LAW]):
        start, tw = m.start(), m["tw"]
        if tw == "Luật" and work.endswith("Bộ ", 0, start) and (start == 3 or not work[start - 4].isalpha()):
            start, tw = start - 3, "Bộ luật"  # "Bộ Luật Lao động": the code, its "Luật" in capitals
        if _PROPER_NOUN_BEFORE.search(work, max(0, start - 40), start) \
                or _SCHOOL_BEFORE.search(work, max(0, start - 20), start):
            continue  # "cộng đồng Dân Luật Việt Nam", "Trường Đại học Luật Hà Nội": part of another name
        if _DRAFTED_BEFORE.search(work, max(0, start - 12), start):
            continue
        nested = start < amending_end  # a law named inside an amending law's name
        amend = _LAW_AMENDING.match(work, m.end())
        name_end = _law_name_end(work, amend.end() if amend else m.end())
        if amend and (listed := _listed_end(work, amend.start("amended"))):
            # the amended law as the list knows it, also in lower case or past a word that ends names ("có")
            name_end = max(name_end or 0, listed)
        if not amend and (listed := _listed_end(work, start)):
            # "Luật Quản lý, sử dụng tài sản công"; past a known name the words read on in lower case are the
            # sentence's ("… của Luật Giá báo cáo Ủy ban nhân dân tỉnh …", "Luật Thuế giá trị gia tăng ước tăng thu …")
            # (also past a comma: "… quy định tại Điều 5 của Luật Tổ chức chính quyền địa phương, hội nghị thảo luận …")
            follows = _NEXT_WORD.match(work, listed + work.startswith(",", listed))
            name_end = listed if not name_end or (follows and follows[1][0].islower()) else max(name_end, listed)
        numbered_list = False  # the amended laws are listed with their numbers
        while amend and name_end:
            # "… của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15 và …": each amended law's number, the
            # last one's too once the list gives them (a lone "Luật A số …" may number the amending law itself)
            number = _LISTED_LAW_NUMBER.match(work, name_end)
            more = _AND_LAW.match(work, number.end() if number else name_end)
            if number and (more or numbered_list):
                name_end, numbered_list = number.end(), True
            if not more:
                break
            # "… của Luật A, Luật B và Luật C"; a listed name runs on ("Luật Đầu tư theo phương thức đối tác công tư")
            name_end = max(_law_name_end(work, more.end()) or name_end, _listed_end(work, more.start("law")) or 0)
            if work[name_end:name_end + 1] not in (" ", ",") or more.end() >= name_end:
                break
        if not name_end or work[m.end():name_end] in TYPE_CODES:
            continue  # (a table of abbreviations: "L Luật NQ Nghị quyết NĐ Nghị định …")
        if work.startswith(_REVISED, name_end):
            name_end += len(_REVISED)  # "Luật Phòng, chống ma túy (sửa đổi)": the revision still to be passed
        if amend:
            amending_end = name_end
            amending.append((start, name_end))
        end, date, _, _ = (name_end, None, None, None) if nested else _parse_tail(work, name_end)
        found.append(dict(start=start, end=end, name_end=name_end, doc_type=tw,
                          issuer=_LAW_ISSUER.get(tw, "Quốc hội"), issued_date=date,
                          relation="amends" if nested else None, numbered_list=numbered_list))
    for m in matches_at(_LAW_LOWER, work, starts[_LAW_LOWER]):
        start = _law_lower_start(work, m.start())
        if start is None or not (name_end := _listed_end(work, start)):
            continue
        nested = any(a < start < b for a, b in amending)
        end, date, _, _ = (name_end, None, None, None) if nested else _parse_tail(work, name_end)
        tw = _doc_type_word(work[start:m.end() - 1]) or "Luật"
        found.append(dict(start=start, end=end, name_end=name_end, doc_type=tw,
                          issuer=_LAW_ISSUER.get(tw, "Quốc hội"), issued_date=date, capitalize=True,
                          relation="amends" if nested else None))
    for m in matches_at(_CONSTITUTION, work, starts[_CONSTITUTION]):
        end, date, _, _ = _parse_tail(work, m.end())
        found.append(dict(start=m.start(), end=end, name_end=m.end(), doc_type="Hiến pháp", issuer="Quốc hội",
                          issued_date=date))
    for m in matches_at(_TITLED, work, starts[_TITLED]):
        if not _TO_BE_MADE_BEFORE.search(work, max(0, m.start() - 40), m.start()) \
                and (name_end := _title_end(work, m.end())):
            end, date, _, _ = _parse_tail(work, name_end)
            found.append(dict(start=m.start(), end=end, name_end=name_end, doc_type=m["tw"],
                              issuer="Chính phủ" if m["tw"] == "Nghị định" else None, issued_date=date))
    for m in matches_at(_TREATY, work, starts[_TREATY]):
        if name_end := _treaty_name_end(work, m.end()):
            found.append(dict(start=m.start(), end=name_end, name_end=name_end, doc_type=m["tw"], issuer=None,
                              issued_date=None))
    for m in _PARTY.finditer(work):
        end, date, _, _ = _parse_tail(work, m.end())
        congress = _CONGRESS.search(m[0])
        national = _NATIONAL_CONGRESS.search(m[0])
        issuer = f"Đại hội đại biểu toàn quốc lần thứ {national[1].upper()} của Đảng" if national \
            else congress[1] if congress else "Ban Chấp hành Trung ương"
        conclusion = m[0][:1] in "Kk" and m[0][1:].startswith("ết luận")
        found.append(dict(start=m.start(), end=end, name_end=m.end(), doc_type="Kết luận" if conclusion else "Nghị quyết",
                          issued_date=date, issuer=issuer, capitalize=conclusion))
    for m in _GOVERNMENT_SESSION.finditer(work) if "hiên họp Chính phủ" in work else ():
        end, date, _, _ = _parse_tail(work, m.end())
        found.append(dict(start=m.start(), end=end, name_end=m.end(), doc_type="Nghị quyết", issued_date=date,
                          issuer="Chính phủ"))
    own_titles = _own_titles(work, starts)
    for m in matches_at(_PLAN, work, starts[_PLAN]):
        if _NOT_NAMED_AFTER.search(work, max(0, m.start() - 30), m.start()):
            continue  # the title of a cited decision, a plan still to be made, or the document's own plan
        if work.endswith(_PLURAL_BEFORE, max(0, m.start() - 6), m.start()):
            continue  # "các Chương trình mục tiêu quốc gia": a kind of plan, not one
        if _HEADING_MARK_BEFORE.search(work, max(0, m.start() - 12), m.start()):
            continue  # "2. Kế hoạch phát triển giai đoạn 2026 - 2030": the document's own section heading
        suffix = ""
        if m["quote"]:
            q = _QUOTED.match(work, m.end())
            if not q:
                continue
            end = q.end() + 1
        elif implementing := _IMPLEMENTING.match(work, m.end()):
            end = implementing.end()
            if _cites_own_title(m["tw"], work[m.end():end], own_titles):
                continue  # the document's own title: "Kế hoạch thực hiện Nghị quyết số 57-NQ/TW"
            tail_end = _parse_tail(work, end)[0]
            if (subject := _IMPLEMENTED_SUBJECT.match(work, tail_end)) and subject[0].count(" ") <= _SUBJECT_MAX_WORDS:
                end = subject.end()
        elif m["tw"] in _SHORT_NUMBER_TYPES and (c := _SHORT_NUMBER.match(work, m.end())):
            end = c.end()  # "Đề án 06", "Chương trình 135": known by a short number, maybe with a period
            while work[end:end + 1] == " " and (p := _PLAN_PART.match(work, end + 1)) and _YEAR.search(p[0]):
                end = p.end()
        else:
            end = _plan_name_end(work, m.end())
            if not end or _is_own(m["tw"], work[m.start():end], own_titles):
                continue
            if not _PLAN_MARKER.search(work, m.end(), end):
                proper = _UPPER_WORD.search(work, m.end(), end) and _TRIGGER_BEFORE.search(
                    work, max(0, m.start() - 20), m.start())
                suffix = _shared_owner(work, end, m["tw"])
                if not proper and not suffix:
                    continue
            if t := _WHERE_AT_END.search(work, m.end(), end):
                end = t.start()  # "thực hiện Chiến lược dữ liệu quốc gia trên địa bàn tỉnh": where, not which
        lower = m["tw"][:1].islower()
        if (lower and end <= m.end() + len(" mục tiêu quốc gia")) \
                or work[m.end():end].strip(" *").casefold() == "mục tiêu quốc gia":
            continue  # "Chương trình mục tiêu quốc gia" and no name: the kind, not one programme
        found.append(dict(start=m.start(), end=end, name_end=end, doc_type="Chương trình" if lower else m["tw"],
                          issued_date=None, issuer=_plan_issuer(f"{work[m.start():end]} {suffix or ''}", ctx),
                          suffix=suffix, capitalize=lower))
    for ref in found:
        ref["name"] = _expand_name(f"{text[ref['start']:ref['name_end']]} {ref.get('suffix') or ''}")
        if ref.get("numbered_list"):  # the amending law's name is without the numbers of the laws it amends
            ref["name"] = _LISTED_LAW_NUMBER.sub("", ref["name"])
        if ref.get("capitalize"):
            ref["name"] = ref["name"][:1].upper() + ref["name"][1:]
    return found


def _short_names_in_full(work: str, named: list[dict]) -> None:
    """A plan named in full with its short name in brackets ("Đề án phát triển ứng dụng dữ liệu về dân cư, … tầm nhìn
    đến năm 2030 (Đề án 06)") is one mention, of the full name; the document's later "Đề án 06" are that plan too."""
    full_names: dict[str, str] = {}
    ordered = sorted(named, key=lambda r: r["start"])
    for ref, nxt in zip(ordered, ordered[1:]):
        if nxt["doc_type"] == ref["doc_type"] and work[ref["end"]:nxt["start"]] == " (" \
                and work[nxt["end"]:nxt["end"] + 1] == ")" and len(nxt["name"]) < len(ref["name"]):
            full_names[nxt["name"]] = ref["name"]
            named.remove(nxt)
    for ref in named:
        ref["name"] = full_names.get(ref["name"], ref["name"])


def _plan_issuer(name: str, ctx: RefContext) -> str | None:
    if m := _LEVEL_PLACE.search(name):
        return f"Ủy ban nhân dân {m[1].lower()} {m[2]}"
    if _OWNER_SO.search(name):
        return _expand_issuer("Sở", ctx.issuer, ctx.province)
    if "tổng thể" in name:
        return "Chính phủ"
    return None


# ---------------------------------------------------------------- assembly


_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_DASH_RE = regex.compile(f"[{_DASHES}]")


def _prepare(text: str) -> str:
    """A same-length copy for matching: Ð→Đ, dashes → "-", tone placement folded, no-break spaces."""
    text = text.replace("\u00d0", "Đ").replace("\u00a0", " ")
    if any(dash in text for dash in _DASHES):  # rare in normalized text; a few `in` scans are faster than the regex
        text = _DASH_RE.sub("-", text)
    return fold_tones(text)


def _resolve_keys(refs: list[dict], ctx: RefContext) -> None:
    """Canonical keys. Numbers with a year (61/2018/NĐ-CP) and standards: the folded number. Other
    numbers: "number|province of a provincial issuer|year", e.g. "524/qd-ubnd|khanh hoa|2016".
    A mention without its year or symbol ("Nghị quyết số 17/NQ-CP", "Nghị định số 61") takes the
    key of the nearest full citation of the same document, preferring an earlier one."""
    pending = []
    for ref in refs:
        if not ref.get("number"):
            ref["key"] = _name_key(ref["name"])
            continue
        ref["base"] = base = reference_key(ref["number"])
        year = ref.get("year") or (ref["issued_date"] or "")[:4]
        if ref.get("standard") or (ref["full"] and _KEY_WITH_YEAR.match(base)):
            ref["key"] = base
        elif ref["full"] and year:
            ref["key"] = f"{base}|{_place_of(ref['issuer'], ctx.province)}|{year}"
        else:
            pending.append(ref)
    for ref in pending:
        base = ref["base"]
        same = [r for r in refs if r.get("key") and r.get("base") and r["full"] and (
            r["base"] == base if ref["full"] else
            r["base"].startswith(base + "/") and r["doc_type"] == (ref["doc_type"] or r["doc_type"]))]
        earlier = [r for r in same if r["start"] < ref["start"]]
        full = earlier[-1] if earlier else (same[0] if same else None)
        if full:
            ref.update(key=full["key"], issuer=ref["issuer"] or full["issuer"],
                       doc_type=ref["doc_type"] or full["doc_type"])
            if not ref["full"]:
                # "Nghị định số 61" after "Nghị định số 61/2018/NĐ-CP": a bare "61" would read as another document.
                ref["number"] = full["number"]
        else:
            ref["key"] = f"{base}|{_place_of(ref['issuer'], ctx.province)}|" if ref["full"] else base


def find_references(text: str, ctx: RefContext | None = None) -> list[LegalReference]:
    """Every mention of another document in `text`, sorted by position; see the module docstring."""
    ctx = ctx or RefContext()
    work = _prepare(text)
    starts = _start_positions(work)
    numbered = _numbered(text, work, ctx) + _standards(work, starts)
    numbered.sort(key=lambda r: r["start"])
    named = _named(text, work, ctx, starts)
    # "Luật Dữ liệu số 60/2024/QH15": one reference with both name and number.
    # The number is found by "số" before it; a name ending in "luật" ("… quy phạm pháp luật số 64/2025/QH15")
    # may also have lent its last word to the number as a type word.
    by_num = {r["num_start"]: r for r in numbered if "num_start" in r}
    for ref in list(named):
        so = _SO_AFTER.match(work, ref["name_end"])
        follower = by_num.get(so.end()) if so else None
        if follower and ref["end"] == ref["name_end"] and follower["start"] >= ref["start"]:
            follower.update(start=ref["start"], name=ref["name"], doc_type=ref["doc_type"],
                            issuer=follower["issuer"] or ref["issuer"])
            if ref.get("relation") == "amends":  # a law listed in an amending law's name: the date after is that law's
                follower.update(relation="amends", end=follower["num_end"], issued_date=None)
            named.remove(ref)
    # "Nghị quyết Hội nghị Trung ương 6 (khóa XII) về “…” (Nghị quyết số 18-NQ/TW ngày 25/10/2017)": the name and the
    # number in brackets after it are one mention of one document, kept as its number.
    bracketed = [r for r in numbered if work[max(0, r["start"] - 2):r["start"]].strip() == "("]
    for ref in list(named):
        if ref.get("relation") != "amends" and any(
                r["doc_type"] == ref["doc_type"] and 0 < r["start"] - ref["end"] < _BRACKETED_NUMBER_REACH
                and not _SENTENCE_BREAK.search(work, ref["end"], r["start"]) for r in bracketed):
            named.remove(ref)
    _short_names_in_full(work, named)
    prev_end = 0
    for ref in numbered:
        if not ref["issued_date"] and not ref.get("standard"):
            ref["issued_date"] = _date_before(work, ref, prev_end)
        prev_end = ref["end"]
    refs = sorted(numbered + named, key=lambda r: (r["start"], -r["end"]))
    starts = [r["start"] for r in refs]
    for ref in refs:
        ref["relation"] = ref.get("relation") or _relation(work, ref["start"], starts)
    _resolve_keys(refs, ctx)
    return [LegalReference(text=text[r["start"]:r["end"]], start=r["start"], end=r["end"], doc_type=r["doc_type"],
                           number=r.get("number"), name=r.get("name"),
                           issued_date=r.get("issued_date"), issuer=r.get("issuer"), relation=r["relation"],
                           key=r["key"])
            for r in refs]
