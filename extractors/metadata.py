"""Document metadata from the header of a Vietnamese administrative document.

The layout is fixed by Nghị định 30/2020/NĐ-CP: issuing body (top left), motto (top right),
"Số: …/…", "<place>, ngày … tháng … năm …", the type word in capitals, the title, and the
signature block at the end. Text copies lose the two-column header, and news articles
have none of it, so every field has a fallback read from the body.
"""
from __future__ import annotations

import json
from difflib import SequenceMatcher
from functools import lru_cache
from importlib import resources

import regex

from extractors.places import find_province, province_prefix, provinces
from extractors.reference_codes import ISSUER_CODES, LOCAL_HEADS, SECTORS
from extractors.references import symbol_issuer
from extractors.units import expand_abbreviations, read_units
from pipeline.document import Document
from pipeline.normalize import ascii_fold
from pipeline.reflow import DOC_TYPE_HEADINGS, DOC_TYPE_WORDS, is_upper
from schemas.record import Metadata

HEADER_BLOCKS = 40  # the header and title sit in the first blocks; the body is not searched for them

_SYMBOL = r"(?P<sym>\p{L}[\p{L}\d\-/&.]*)"  # "BVHTTDL-KHCNĐTMT" of "6386/BVHTTDL-KHCNĐTMT"
# ("* Số 2449 -CV/ĐU": a Party header's star may stand before the number; a scan's OCR may write "số:" small, which
# the reflow runs onto the motto: "Độc lập - Tự do - Hạnh phúc số: 4222 /TCT -PC Hà Nội. ngày …")
_NUMBER_LINE = regex.compile(
    r"(?:^(?:\*\s*)?Số\s*[:.]?|(?:^|(?<=[Pp]húc\s{1,3}))số\s*:|(?:^|\s)(?:Luật|Bộ luật|Pháp lệnh) số\s*:|\sSố\s*:)"
    # ("66.17/2026/NQ-CP": a series' number; "Số: 70          /2024/QĐ-UBND": a number written into a blank)
    r"\s*(?P<num>[0-9]{0,6}(?:\.\d{1,3})?[a-zA-Z]?(?:\s*/(?:19|20)\d\d)?)"
    r"(?P<noise>[?#§ÿÏØ]+\s*)?\s*(?P<sep>[/-])\s*" + _SYMBOL)  # (a scan's specks in the number: "Số: 0? /TB-TCT")
# "(Kèm theo Công văn số 6386/BVHTTDL-KHCNĐTMT ngày 25/11/2025)", "(Kèm theo Nghị quyết số 394/NQ-CP ngày 03 tháng 12
# năm 2025 của Chính phủ)": a copy without its header names itself over its annex ({} is its type).
# ("40-HD/BTGDVTW, ngày 27/11/2025 của Ban Tuyên giáo và Dân vận Trung ương": a Party number, and who issued it)
# ("Kèm theo văn bản số /BKHCN-CĐSQG ngày /11/2025": a letter's annex written before its number and day were given)
# The rest of a symbol a copy spaced out: "Số: 3210/QĐ - U B ND" is 3210/QĐ-UBND, "số: 4222 /TCT -PC" 4222/TCT-PC.
_SYMBOL_GOES_ON = regex.compile(r"\s+-\s*((?:\p{Lu}\s)*\p{Lu}{2,}|\p{Lu}(?:\s\p{Lu})+)(?=[\s|,]|$)")
_ANNEX_OF = (r"[Kk]èm theo {} số (?P<num>\d{{1,6}})?(?P<sep>[/-])" + _SYMBOL.replace("{", "{{").replace("}", "}}")
             + r",?\s+ngày\s*(?P<d>\d{{1,2}})?(?:\s*/|\s+tháng\s+)(?P<m>\d{{1,2}})(?:/|\s+năm\s+)(?P<y>\d{{4}})"
             + r"(?:\s+của\s+(?P<issuer>[^()\n]{{3,120}}?)\s*\))?")
_DATE_LINE = regex.compile(
    # (a copy may split a word after its capital: "T hành phố Hồ Chí M inh")
    # (a scan's OCR may read the comma as a full stop: "Hà Nội. ngày 09 tháng 11 năm 2023")
    r"(?P<place>(?<![\p{L}\d/-])(?:(?:\p{Lu} ?\p{Ll}*\.?|phố)\s){0,5}\p{Lu} ?\p{Ll}+)[,.]\s*ngày\s*"
    r"(?:(?P<d>3[01]|[12]\d|0?[1-9]|[0-3] \d)|[^\s\p{Ll}]{1,4}(?=\s*tháng))?\s*"  # (OCR's specks: "ngày,4Êtháng 4"; "2 4")
    r"(?:tháng|/)\s*(?P<m>1[0-2]|0?[1-9]|0 [1-9])?\s*(?:năm|/)\s*(?P<y>\d{4})"  # (not an OCR'd "tháng 44"; "tháng 0 6")
)
# A date line a scan's OCR garbled: the day unread and "tháng" or "ngày" broken ("Hà Nội, ngàyA2 thang 3 năm 2020",
# "Thành phố Hồ Chí Minh, ngéspOhthang 4 năm 2020", "ngàyháng 3 năm 2020"); the month, if it can be read, and the year
# ("tháng0A": the year alone; not "tháng 44", a month no calendar has).
_OCR_DATE_LINE = regex.compile(
    r"(?<![\p{L}\d/-])(?:(?:\p{Lu} ?\p{Ll}*\.?|phố)\s){0,5}\p{Lu} ?\p{Ll}+,\s*ng\S{0,8}?\s*(?:\S{1,3}\s+)?"
    r"t?h[aáà]ng\s*(?:(?P<m>1[0-2]|0?[1-9])(?!\d)|(?!\d+\s)\S{1,3})?\s*n[aă]m\s*(?P<y>(?:19|20)\d\d)")
_SPLIT_CAPITAL = regex.compile(r"\b(\p{Lu}) (\p{Ll})")
# A title line that names the type in sentence case before what the document does: "Quyết định về việc …",
# "Thông tư liên tịch hướng dẫn quản lý …"
_TYPE_TITLE_LINE = regex.compile(r"(?P<type>Quyết định|Chỉ thị|Kế hoạch|Nghị quyết|Thông tư liên tịch|Thông tư|Nghị định"
                                 r"|Hướng dẫn|Chương trình|Quy chế|Quy định)\s+"
                                 r"(?P<title>(?:về\s+việc|về|hướng\s+dẫn|quy\s+định|ban\s+hành|phê\s+duyệt)\s)")
_TYPE_AND_TITLE = regex.compile(rf"(?P<type>{DOC_TYPE_WORDS}) (?:Số\b.*|(?P<title>\p{{Lu}}\p{{Ll}}.*))")  # (or its number)
_SQUEEZED_COMMITTEE = regex.compile(r"UYBANNHANDAN(?:TINH|THANHPHO)(?P<province>[A-Z]+)")
# (OCR garbles a word of it: "CONG HOA Í CHU NGHĨA VIET NAM", "Doc lọc Tự do - Hạnh phúc")
_FOLDED_MOTTO = regex.compile(r"c[o0]ng\s*h[o0]a\s*xa\s*h[o0]i|c[o0]ng\s*h[o0]a\s.{0,10}chu\s*nghia|d[o0]c\s*l\w{1,3}\s*[-—]?\s*tu\s*d[o0]"
                              r"|tu\s*d[o0]\s*-\s*hanh\s*phuc")
# General departments that sign central letters (the ministries and the Government's bodies are the issuer codes').
_GENERAL_DEPARTMENTS = ("Tổng cục Thuế", "Tổng cục Hải quan", "Tổng cục Thống kê", "Tổng cục Quản lý thị trường",
                        "Bảo hiểm xã hội Việt Nam")
_SCANNED_MOTTO_LINE = 150  # the longest header line a scan's motto is looked for in (not the paragraphs after it)
_SCAN_LIKENESS = 0.8  # of a scanned name's letters to a known name's ("tong cyc thue": "tong cuc thue")
_LOST_U = regex.compile(r"(?<![\p{L}])Y BAN(?= NHÂN DÂN\b)")
_GLUED_LEVEL = regex.compile(r"NHÂN DÂN(?=TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG)|CHÍNH(?=PHỦ)")  # (a scan's "CHÍNHPHỦ")
_MOTTO = regex.compile(r"CỘNG HÒA XÃ HỘI CHỦ NGHĨA|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA|Độc lập\s*-\s*Tự do", regex.IGNORECASE)
_SUBJECT = regex.compile(r"(?:^|\s)V/v\.?:?\s*(?P<subject>\S.*)$", regex.IGNORECASE)
_SIGN_TITLE = regex.compile(
    r"^(?:TM\.|KT\.|TL\.|Q\.|TUQ\.|[KT]/[MTL]\b)|^(?:PHÓ )?(?:CHỦ TỊCH|GIÁM ĐỐC|BỘ TRƯỞNG|THỦ TƯỚNG|CHÁNH VĂN PHÒNG|TRƯỞNG BAN|"
    r"CHỦ NHIỆM|VIỆN TRƯỞNG|CỤC TRƯỞNG|TỔNG CỤC TRƯỞNG|BÍ THƯ|TRƯỞNG PHÒNG)\b"
)
_SIGNING_TITLES = r"(?:PHÓ )?(?:THỦ TƯỚNG|BỘ TRƯỞNG|CHỦ TỊCH|GIÁM ĐỐC|BÍ THƯ|TRƯỞNG BAN|CỤC TRƯỞNG|VỤ TRƯỞNG)"
# A signature cell after the last recipient: "- Lưu: VT, VLXD. | BỘ TRƯỞNG".
_SIGN_CELL = regex.compile(rf"\|\s*(?:(?:TM|KT|TL)\.\s*)?{_SIGNING_TITLES}[\p{{Lu}}\s.]*$")
# A signature's mark anywhere in a line: "Nơi nhận: KT. BỘ TRƯỞNG", "- Như trên; T/M BAN THƯỜNG VỤ", "… | THỦ TƯỚNG",
# "Nơi nhận: VỤ TRƯỞNG".
_SIGN_MARK = regex.compile(rf"(?:^|\s)(?:(?:TM|KT|TL|TUQ)\.|[KT]/[MTL])\s*\p{{Lu}}{{2}}|(?:\||Nơi nhận:)\s*{_SIGNING_TITLES}\b"
                           r"|^XÁC THỰC VĂN BẢN HỢP NHẤT")  # (a consolidated text's authentication)
_FILED = regex.compile(r"-?\s*Lưu\s*:")  # the recipients' last line: "- Lưu: VT, NC."
# "[đã ký] Nguyễn Hòa Bình", "CHỦ NHIỆM" / "Đã ký" / "Nguyễn Hạnh Phúc": a copy's note of the signature
_SIGNED = regex.compile(r"[\[(](?:đã ký|Đã ký|ĐÃ KÝ)[\])]|(?m:^(?:Đã ký|ĐÃ KÝ)$)")
# A PDF's text layer may cut a syllable before its final consonants ("CHỦ TỊCH Đặ ng Văn Minh"): no name has such a word.
_CUT_SYLLABLE = regex.compile(r"(?<=\b\p{Lu}\p{Ll}*) (?=(?:ch|ng|nh|[cmnpt])\b)")
# The name closing a signature cell, after its capitalized titles: "… THỨ TRƯỞNG     Lê Công Thành |".
_NAME_AFTER_TITLE = regex.compile(r"\p{Lu}{2,}\s+(?P<name>(?:\p{Lu}\p{Ll}*\s){1,4}\p{Lu}\p{Ll}+)[\s|]*$")
# … or the annex's heading after it: "… PHÓ THỦ TƯỚNG Hồ Đức Phớc Phụ lục (Kèm theo …", "… Lê Thành Long QUY CHẾ …".
_NAME_BEFORE_HEADING = regex.compile(r"\p{Lu}{2,}\s+(?P<name>(?:\p{Lu}\p{Ll}*\s){1,4}\p{Lu}\p{Ll}+)\s+(?=\p{Lu}{2,}|Phụ lục\b)")
_PERSON = regex.compile(r"^(?:\p{Lu}[\p{Ll}\p{Lu}]*\s){1,4}\p{Lu}[\p{Ll}\p{Lu}]*$")
_LEADING_TITLE = regex.compile(r"^(?:PHÓ )?(?:GIÁM ĐỐC|CHỦ TỊCH|BỘ TRƯỞNG|TRƯỞNG BAN|CHÁNH VĂN PHÒNG)\s+", regex.IGNORECASE)
_UNIT_IN_TEXT = regex.compile(
    r"\b(?:Sở|Ủy ban nhân dân|UBND|Bộ|Văn phòng|Thanh tra|Cục|Chi cục|Trung tâm|Hội đồng nhân dân)\s\p{Lu}")
_SCANNED_HEADING = regex.compile(r"(?=.{0,40}$).*[^\p{L}\s].*?\s(?P<type>QUYẾT ĐỊNH|KẾ HOẠCH|NGHỊ QUYẾT|THÔNG BÁO|CHỈ THỊ"
                                 r"|CÔNG ĐIỆN|HƯỚNG DẪN|CHƯƠNG TRÌNH|ĐỀ ÁN|BÁO CÁO|TỜ TRÌNH):?$")
_SCANNED_HEADING_LINES = 15
_OPENING_TEXTS = 11  # where a letter without header names its sender
_RECIPIENTS_LINE = regex.compile(r"(?m)^\W*N[ơo][it] nh[ậâa]n\b")  # (OCR: "Noi nhận", "Not nhận", "Nơi nhân")
_GOVERNMENT_CONCLUSION = regex.compile(r"Kết luận của (?:Phó )?Thủ tướng Chính phủ", regex.IGNORECASE)
# What the issuer of a letter does in its opening: "Bộ Văn hóa, Thể thao và Du lịch (VHTTDL) đề nghị …", "Cục Lãnh sự
# Bộ Ngoại giao xin trân trọng thông báo: …".
_ASKS = regex.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:(?:trân trọng\s+|kính\s+)?(?:đề nghị|yêu cầu|đề xuất)"
                      r"|(?:xin\s+)?trân trọng\s+thông báo)\b")
# A sender named in full and then given a short name before it asks: "…, Ban chỉ đạo của Chính phủ về sắp xếp đơn vị
# hành chính các cấp … (sau đây viết là Ban Chỉ đạo của Chính phủ) yêu cầu …".
_NAMED_SENDER = regex.compile(r"(?:^|,\s)(?P<name>(?:Ban|Hội đồng|Tổ|Ủy ban|Bộ|Sở|Cục|Tổng cục|Văn phòng) [^,;:()]{3,250}?)"
                              r"\s*\(sau đây (?:gọi|viết)(?: tắt)? là [^()]{1,80}\)\s*(?:đề nghị|yêu cầu|đề xuất)\b")
# Where a header names a parent body and then the issuing one ("UBND TỈNH X" + "SỞ Y").
_LEFT_COLUMN_LINES = 3  # lines of a header's left column from the motto's first line on
_PARTY_MOTTO = regex.compile(r"ĐẢNG CỘNG SẢN VIỆT NAM")
_HEADER_TABLE_ROWS = 4
_MOTTO_END = regex.compile(r"^\s*VIỆT NAM\s*$")
_RULE = regex.compile(r"\s*[-_=]{3,}\s*")  # the short rule under a header's name ("-------")
_MOTTO_LINE = 100  # a motto not in capitals heads a header only on a short line (one a site's copy lower-cased)
_COUNTRY_BEFORE = regex.compile(r"(?i:nước)\s+\Z")  # "Hiến pháp nước Cộng hòa …": the country named in a sentence
# Who enacts a law when the copy has lost its header.
_ENACTED_BY = {"Hiến pháp": "Quốc hội", "Luật": "Quốc hội", "Bộ luật": "Quốc hội",
               "Pháp lệnh": "Ủy ban Thường vụ Quốc hội"}
_HEADER_UNIT_START = regex.compile(
    r"(?<!ỦY|UỶ|VĂN|VAN|TIỂU|CHI|\bT\wNG)\s(?=(?:ĐẢNG ỦY|ĐẢNG ĐOÀN|ỦY BAN KIỂM TRA|SỞ|BAN|TIỂU BAN|VĂN PHÒNG|TRUNG TÂM|TỔNG CỤC|CHI CỤC|CỤC|PHÒNG|THANH TRA"
    r"|THUẾ (?:TỈNH|THÀNH PHỐ|CƠ SỞ)|BỆNH VIỆN)(?:\s|$))")
# An organ of the body above it in the header, named with it: "ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH" / "BAN THƯỜNG
# TRỰC" is "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh".
_ORGAN = regex.compile(r"(?:BAN THƯỜNG TRỰC|BAN THƯỜNG VỤ|BAN CHẤP HÀNH|TIỂU BAN\b.*)$")
# A Party committee over its office or board, named with it: "TỈNH ỦY ĐẮK LẮK" / "BAN TUYÊN GIÁO VÀ DÂN VẬN" is "Ban
# Tuyên giáo và Dân vận Tỉnh ủy Đắk Lắk".
_PARTY_COMMITTEE = regex.compile(r"(?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ) ỦY\b.*")
# The Central Committee and its organs go by their own names: "BAN CHẤP HÀNH TRUNG ƯƠNG" is "Ban Chấp hành Trung ương
# Đảng", with "VĂN PHÒNG" under it "Văn phòng Trung ương Đảng", with "BAN TỔ CHỨC" "Ban Tổ chức Trung ương".
_CENTRAL_COMMITTEE = "BAN CHẤP HÀNH TRUNG ƯƠNG"
_PARTY_BODY_OF = ("ĐẢNG ĐOÀN ", "BAN CÁN SỰ ĐẢNG ")  # named by the body it leads: "ĐẢNG ĐOÀN QUỐC HỘI"
_PARTY_BODY_IN = regex.compile(r"^(?:Đảng đoàn|Ban cán sự đảng|Đảng ủy)\s+")
_LOCAL_NAME = regex.compile(r"(?P<level>(?:\s(?:xã(?! hội\b)|phường|thị trấn|thị xã|huyện|quận|thành phố(?! trực\b))"
                            r"|(?:^|\s)(?:Huyện|Quận|Thị|Thành) ủy)\s)(?P<name>[^\d,()]+)$")  # (not "xã hội", "thành phố trực thuộc …")
_FRONT = regex.compile(r"\bMTTQ(?:\s*VN|\s+VIỆT\s+NAM)?\b")
_NOT_A_NAME = regex.compile(r"\b(?:ỦY|UỶ|BAN|SỞ|BỘ|GIÁM|ĐỐC|TỊCH|CHÍNH|PHỦ|TRƯỞNG|PHÓ|NHÂN|DÂN|TỈNH|NƠI)\b", regex.IGNORECASE)
_AUTHORITY = regex.compile(r"^(?:ỦY BAN|UỶ BAN|THỦ TƯỚNG|BỘ TRƯỞNG|HỘI ĐỒNG|(?:CHÍNH PHỦ|QUỐC HỘI)$)")  # ends a title
_COUNCIL_TERM = regex.compile(r"\s+KH[OÓ]A\s+[IVXLC\d]+\b.*$")
_AUTHORITY_LINE = regex.compile(r"^(?:(?:PHÓ )?GIÁM ĐỐC|CHỦ TỊCH|BỘ TRƯỞNG|ỦY BAN|UỶ BAN|THỦ TƯỚNG|HỘI ĐỒNG"
                                r"|(?:CHÍNH PHỦ|QUỐC HỘI)$)")
_CITY_WORD = regex.compile(r"^(?:Thành phố|TP\.?|Tp\.?)\s*")
_SYMBOL_PARTS = regex.compile(r"[-/]")
_CODE_CHAR = regex.compile(r"[\d/]")
_TERM = regex.compile(r"\b(khóa|khoá) ([ivx]+)\b")  # "khóa XII": a term's Roman numeral keeps its capitals
_REGION_NUMBER = regex.compile(r"(?<=\bkhu vực )[ivxl]{1,6}\b")  # "KHU VỰC III" (not "phạm vi")
_DASH = regex.compile(r"\s*[-–]\s*")
# A letter opens with its addressees ("Kính gửi: Sở Tài chính"); a news post never does.
_ADDRESSEE = regex.compile(r"^(?:Đồng\s)?[Kk]ính\s+gửi\b")
_LETTER_OPENING = 6  # blocks; a site banner or a stray "|" line may come first
_LEVEL_AT_END = regex.compile(r"\s(?:tỉnh|thành phố)$", regex.IGNORECASE)
_CATALOG_DATE = regex.compile(r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})")
# The enacting line after the grounds of a legal document: "Thủ tướng Chính phủ ban hành Quyết định quy định …",
# "Bộ trưởng Bộ Tài chính ban hành Thông tư …" (a cited one has its number: "… đã ban hành Quyết định số …").
_ENACTING = regex.compile(r"^[*_\s]*(?P<body>\p{Lu}[^,;:.()]{2,120}?) ban hành (?:Quyết định|Thông tư|Nghị định"
                          r"|Nghị quyết|Chỉ thị)(?! số)\b")
_TELEGRAM_SENDER = regex.compile(r"^(?P<sender>\p{Lu}[\p{Lu}\s]+?)\s+điện\s*:")
# "TM. ỦY BAN NHÂN DÂN" / "TM. BAN THƯỜNG VỤ": the body a signature is given for.
_ON_BEHALF = regex.compile(r"^TM\.\s*(?P<body>.+?)\s*$")
_TRAILER_LINES = 16  # the recipients a two-column trailer's lines hold, the signer's name among them
_SIGNATURE_BLOCKS = 12  # the signature block sits among the last blocks (after the "Nơi nhận" list)
_ABBREVIATED_ISSUER = [
    (regex.compile(r"^UBND\b", regex.IGNORECASE), "Ủy ban nhân dân"),
    (regex.compile(r"^HĐND\b", regex.IGNORECASE), "Hội đồng nhân dân"),
]

DOC_TYPES = {
    "QUYẾT ĐỊNH": "Quyết định", "KẾ HOẠCH": "Kế hoạch", "BÁO CÁO": "Báo cáo", "CÔNG VĂN": "Công văn",
    "NGHỊ QUYẾT": "Nghị quyết", "THÔNG BÁO": "Thông báo", "CHỈ THỊ": "Chỉ thị", "TỜ TRÌNH": "Tờ trình",
    "CÔNG ĐIỆN": "Công điện", "CHƯƠNG TRÌNH": "Chương trình", "ĐỀ ÁN": "Đề án", "HƯỚNG DẪN": "Hướng dẫn",
    "QUY CHẾ": "Quy chế", "QUY ĐỊNH": "Quy định", "PHƯƠNG ÁN": "Phương án", "THÔNG TƯ": "Thông tư",
    "THÔNG TƯ LIÊN TỊCH": "Thông tư liên tịch", "NGHỊ ĐỊNH": "Nghị định", "LUẬT": "Luật", "BỘ LUẬT": "Bộ luật",
    "HIẾN PHÁP": "Hiến pháp", "PHÁP LỆNH": "Pháp lệnh",
}


# A scan's OCR may lose the heading's marks ("QUYET ĐỊNH", "KE HOACH"): the heading by its letters alone.
# The parts of a plan or the articles of a decision, which no news post has: "IV. PHÂN CÔNG THỰC HIỆN", "Điều 2."
_OFFICIAL_PARTS = regex.compile(r"(?m)^(?:[IVX]{1,5}\.\s*(?:TỔ CHỨC THỰC HIỆN|PHÂN CÔNG|NHIỆM VỤ|GIẢI PHÁP|MỤC ĐÍCH|MỤC TIÊU)"
                                r"|Điều \d{1,3}\. )")
# What a heading may add to the type: "HƯỚNG DẪN TẠM THỜI", "CHƯƠNG TRÌNH HÀNH ĐỘNG", "CÔNG ĐIỆN KHẨN".
_TYPE_QUALIFIER = regex.compile(r" (?:TẠM THỜI|LIÊN NGÀNH|HÀNH ĐỘNG|KHẨN)$")
_HEADINGS_BY_LETTERS = {ascii_fold(heading): heading for heading in DOC_TYPES}
_HEADING_LETTERS = 20  # "THÔNG TƯ LIÊN TỊCH"


@lru_cache(maxsize=1)
def symbol_types() -> dict[str, str]:
    """Type codes of Nghị định 30/2020/NĐ-CP ("KH" → "Kế hoạch"), which name the type when the heading is lost."""
    data = resources.files("extractors").joinpath("data/doc_type_codes.json").read_text(encoding="utf-8")
    return json.loads(data)["codes"]


# Names that keep their capitals when a heading in capitals is turned to sentence case.
_PROPER_NAMES = ("Lao động - Thương binh và Xã hội", "Chính phủ", "Thủ tướng", "Việt Nam", "Nhà nước", "Đảng",
                 "Ủy ban nhân dân", "Hội đồng nhân dân", "Quốc hội", "Trung ương", "Ủy ban Mặt trận Tổ quốc Việt Nam",
                 "Ban Thường trực", "Ủy ban bầu cử", "Ban Chấp hành Trung ương", "Tỉnh ủy", "Thành ủy", "Huyện ủy",
                 # a Party committee's boards
                 "Ban Tổ chức", "Ban Tuyên giáo", "Ban Dân vận", "Ban Tuyên giáo và Dân vận", "Ban Nội chính",
                 "Ban Kinh tế", "Ban Đối ngoại", "Ủy ban Kiểm tra", "Ban Chỉ đạo")
# A department's own name after its head word starts with a capital; a place after it does not.
_AGENCY_NAME = regex.compile(r"(\b(?:tổng cục|chi cục|cục) )(?!tỉnh\b|thành\b|huyện\b|quận\b|khu\b)(\w+)")
# Document types keep a capital where the text names a document ("ban hành Kế hoạch …").
_TYPE_WORDS = ("Kế hoạch", "Quyết định", "Nghị quyết", "Nghị định", "Chỉ thị", "Thông tư", "Chương trình", "Đề án",
               "Quy chế", "Công văn", "Thông báo")


# A district's offices, besides those named as a province's departments are ("PHÒNG TÀI CHÍNH - KẾ HOẠCH")
_DISTRICT_OFFICES = ("Tài chính - Kế hoạch", "Kinh tế - Hạ tầng", "Kinh tế", "Văn hóa và Thông tin", "Văn hóa - Thông tin",
                     "Văn hóa - Xã hội", "Quản lý đô thị", "Dân tộc")


@lru_cache(maxsize=1)
def _proper_casing() -> tuple[regex.Pattern, dict[str, str]]:
    units = json.loads(resources.files("extractors").joinpath("data/units.json").read_text(encoding="utf-8"))
    departments = [f"{head} {name}" for head in units["department_heads"] for name in units["departments"]]
    departments += [f"Phòng {name}" for name in (*units["departments"], *_DISTRICT_OFFICES)]
    names = {n.lower(): n for n in [*provinces(), *departments, *_PROPER_NAMES, *_TYPE_WORDS]}
    alternation = "|".join(regex.escape(lower) for lower in sorted(names, key=len, reverse=True))
    return regex.compile(rf"(?<!\w)(?:{alternation})(?!\w)"), names


def sentence_case(text: str) -> str:
    """'ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA' → 'Ủy ban nhân dân tỉnh Khánh Hòa' (proper names kept capitalized)."""
    if not is_upper(text):
        return text
    lowered = " ".join(map(_lower_word, text.split(" ")))
    pattern, names = _proper_casing()
    lowered = pattern.sub(lambda m: names[m.group()], lowered)
    lowered = _AGENCY_NAME.sub(lambda m: m[1] + m[2].capitalize(), lowered)  # "Tổng cục Hải quan", "Cục Thuế tỉnh …"
    lowered = _REGION_NUMBER.sub(lambda m: m.group().upper(), lowered)
    lowered = _TERM.sub(lambda m: f"{m[1]} {m[2].upper()}", lowered)
    return lowered[:1].upper() + lowered[1:]


@lru_cache(maxsize=4096)  # headings in capitals use few words; writing abbreviations out is the dear part
def _lower_word(word: str) -> str:
    """A word of a heading in capitals in lower case; codes and numbers ("214/NQ-CP") keep their capitals, and a
    unit's abbreviation is written out ("VĂN PHÒNG UBND TỈNH" is "Văn phòng Ủy ban nhân dân tỉnh", not "Văn phòng ubnd
    tỉnh")."""
    if _CODE_CHAR.search(word):
        return word
    written_out = expand_abbreviations(word)
    return written_out if written_out != word else word.lower()


def header_lines(doc: Document) -> list[str]:
    """Texts of the first blocks; a header laid out as a table (DOCX, PDF) gives one text per cell line."""
    texts = []
    for block in doc.blocks[:HEADER_BLOCKS]:
        if block.kind == "table":
            # a header table of a few rows (antiword lays "Số: …" and the date out as a third); of a longer table,
            # a plan's, the first two
            rows = block.rows if len(block.rows) <= _HEADER_TABLE_ROWS else block.rows[:2]
            texts.extend(line for row in rows for cell in row for line in cell.text.split("\n"))
        else:
            texts.append(block.text)
    return texts


def extract_metadata(doc: Document) -> Metadata:
    texts = header_lines(doc)
    meta = Metadata()
    # The first match of each line pattern counts. Both patterns need a word ("Số"/"số", "ngày"): testing
    # for it first spares most searches, which try the pattern at every position of the line.
    for i, text in enumerate(texts):
        if meta.symbol is None and ("Số" in text or "số" in text) and (m := _NUMBER_LINE.search(text)):
            rest, at = "", m.end()
            while more := _SYMBOL_GOES_ON.match(text, at):  # "4999 /QCPH - BHXH - TCT": every part spaced apart
                rest, at = rest + "-" + more[1].replace(" ", ""), more.end()
            meta.symbol, meta.number = _symbol_and_number(m, rest)
        # (a long line only when it is the header's number line, the place and date copied onto it: "Số: 9389
        # /BNNMT-BĐKH Hà Nội, ngày 20 tháng 11 năm 2025 V/v …", or the motto's: "VĂN PHÒNG UBND TỈNH   CỘNG HÒA XÃ HỘI
        # … Độc lập - Tự do - Hạnh phúc   Bình Thuận, ngày 02 tháng 10 năm 2024")
        # (or a line that opens with the place and date, the title run onto it: "Hà Nội, ngày 29 tháng 10 năm 2024
        # QUYẾT ĐỊNH SỬA ĐỔI, …")
        if meta.issued_date is None and "ngày" in text \
                and (len(text) < 120 or text.startswith("Số") or _MOTTO.search(text) or _DATE_LINE.match(text)) \
                and not text.startswith(("Căn cứ", "(", "Thực hiện")) and (d := _DATE_LINE.search(text)):
            meta.issued_date = _line_date(d)
            place = d["place"]
            # A place name wrapped onto two lines ("Thành phố Hồ Chí" / "Minh, ngày …").
            # (not the number's cell before it: "Số: 1351/QĐ-UBND" / "Qu ả ng Ngãi, ngày …")
            if i and " " not in place.strip() and len(texts[i - 1]) < 30 and not is_upper(texts[i - 1]) \
                    and not any(c.isdigit() for c in texts[i - 1]):
                place = f"{texts[i - 1]} {place}"
            meta.place = _clean_place(place)
    if meta.issued_date is None:
        for text in texts:
            if (len(text) < 120 or text.startswith("Số")) and not text.startswith(("Căn cứ", "(", "Thực hiện")) \
                    and (d := _OCR_DATE_LINE.search(text)):
                meta.issued_date = f"{d['y']}-{int(d['m']):02d}" if d["m"] else d["y"]
                break  # (its place, OCR'd too, is not taken: "là Nội" for "Hà Nội")
    catalog = doc.catalog
    if meta.symbol is None and (m := _NUMBER_LINE.search(f"Số: {catalog.get('Số hiệu', '')}")):
        meta.symbol, meta.number = _symbol_and_number(m)
    if meta.issued_date is None and (d := _CATALOG_DATE.fullmatch(catalog.get("Ngày ban hành", ""))):
        meta.issued_date = f"{d['y']}-{int(d['m']):02d}-{int(d['d']):02d}"
    if (d := _CATALOG_DATE.fullmatch(catalog.get("Ngày ký", ""))) \
            and (signed := f"{d['y']}-{int(d['m']):02d}-{int(d['d']):02d}").startswith(meta.issued_date or ""):
        # a scan's header date lost its day ("ngày C4 tháng 3 năm 2023") or all of it: the signature's stamp has it
        meta.issued_date = signed
    if meta.issued_date is None and (adopted := _adoption_date(doc.text)):
        meta.issued_date = adopted  # a law without its header's date line: the day the assembly passed it
    consolidated_by = None
    if meta.symbol is None and (block := _authentication(doc.text)):
        # A consolidated text whose header has no "Số:" line: the body that consolidated it numbers and dates it
        # where it authenticates the text, after the last article ("VĂN PHÒNG QUỐC HỘI" / "Số: 31/VBHN-VPQH | XÁC
        # THỰC VĂN BẢN HỢP NHẤT" / "Hà Nội, ngày 07 tháng 12 năm 2020")
        number, date, consolidated_by = block
        meta.symbol, meta.number = _symbol_and_number(number)
        if date:
            meta.issued_date, meta.place = _line_date(date), _clean_place(date["place"])
    # An annex ("PHỤ LỤC") heads an attachment, not the document.
    type_index = next((i for i, t in enumerate(texts) if DOC_TYPE_HEADINGS.match(t) and not t.startswith("PHỤ LỤC")),
                      None)
    heading = texts[type_index] if type_index is not None else None
    if type_index is None:
        # A scan's OCR leaves marks in front of the type's heading ("DEN i: : _¬ CHỈ THỊ"): a short line that ends
        # on the heading after them
        type_index, heading = next(((i, m["type"]) for i, t in enumerate(texts[:_SCANNED_HEADING_LINES])
                                    if (m := _SCANNED_HEADING.match(t)) and not m["type"].startswith("PHỤ LỤC")),
                                   (None, None))
    if type_index is None:
        type_index, heading = next(((i, _HEADINGS_BY_LETTERS[letters]) for i, t in enumerate(texts[:_SCANNED_HEADING_LINES])
                                    if len(t) <= _HEADING_LETTERS and t.isupper()
                                    and (letters := ascii_fold(t.rstrip(": "))) in _HEADINGS_BY_LETTERS), (None, None))
    title = None
    if type_index is None:
        # A converter's heading joins the type and the title: "# KẾ HOẠCH Thực hiện công tác dân vận …"
        type_index, heading, title = next(((i, m["type"], m["title"]) for i, t in enumerate(texts[:_SCANNED_HEADING_LINES])
                                           if (m := _TYPE_AND_TITLE.match(t))), (None, None, None))
    if type_index is not None:
        heading = _TYPE_QUALIFIER.sub("", heading.rstrip(":").strip())
        by_heading = {name.upper(): name for name in symbol_types().values()}
        meta.doc_type = DOC_TYPES.get(heading) or by_heading.get(heading) or heading.capitalize()
        meta.title = title or _title_after(texts, type_index)
    elif catalog.get("Loại văn bản", "").upper() in DOC_TYPES:
        meta.doc_type = DOC_TYPES[catalog["Loại văn bản"].upper()]
    elif meta.symbol:
        code = _SYMBOL_PARTS.split(meta.symbol)[0]
        meta.doc_type = symbol_types().get(code)
    if meta.doc_type is None and meta.symbol:
        meta.doc_type = "Công văn"  # "Số: 123/UBND-VP": letters carry no type code
    # A letter's subject line: "V/v đề xuất biên chế …", also when it shares the "Số:" line.
    subject = next((m for t in texts if (m := _SUBJECT.search(t))), None)
    if meta.title is None:
        meta.title = subject["subject"].strip() if subject else None
    if meta.doc_type is None and meta.symbol is None and texts:
        if subject or any(_ADDRESSEE.match(t) for t in texts[:_LETTER_OPENING]):
            # a letter whose header was lost or OCR garbled its number: it opens with "Kính gửi:", or its subject
            # line names it ("V/v Tăng cường quản lý thuế …")
            meta.doc_type = "Công văn"
        elif _RECIPIENTS_LINE.search(doc.text) or any(_MOTTO.search(t) for t in texts[:_LETTER_OPENING]) \
                or _OFFICIAL_PARTS.search(doc.text):
            # an official document whose type its copy does not show (a scan's header lost to OCR, a "Phiếu trình"
            # under the national motto, a plan's parts without its first page): unknown
            pass
        elif titled := _TYPE_TITLE_LINE.match(texts[0]):
            # a copy that lost its header opens on its type and title: "Chỉ thị về việc xây dựng kế hoạch …"
            title_text = texts[0][titled.start("title"):]
            meta.doc_type, meta.title = titled["type"], title_text[:1].upper() + title_text[1:]
        else:  # no "Số:" line, no type heading, no addressee, no recipients: a news article or web post
            meta.doc_type = "Tin bài"
            meta.title = texts[0]
    if meta.symbol is None and meta.doc_type and meta.doc_type != "Tin bài" \
            and (m := regex.search(_ANNEX_OF.format(_annexed_type(meta.doc_type)), doc.text)):
        meta.symbol, meta.number = _symbol_and_number(m)
        meta.issued_date = meta.issued_date or _annex_date(m)
        annexed_by = m["issuer"]
    else:
        annexed_by = None
        if meta.issued_date is None and meta.doc_type in _ANNEXED_TYPES \
                and (m := _ISSUED_WITH.search(doc.text, 0, _ANNEX_CAPTION_REACH)):
            # a guidance or plan issued with a letter or decision, under its title: "(Ban hành kèm theo Công văn số
            # /BYT-DP ngày /9/2020 của Bộ Y tế)" dates it; the number is the parent's
            meta.issued_date = _annex_date(m)
    meta.issuer = _header_issuer(consolidated_by) if consolidated_by else _issuer(doc, texts, type_index, meta, annexed_by)
    if meta.issuer and meta.symbol and (by_symbol := symbol_issuer(meta.symbol)) \
            and len(by_symbol) > len(meta.issuer) and by_symbol.casefold().startswith(meta.issuer.casefold()) \
            and not by_symbol.startswith(" khóa", len(meta.issuer)):  # ("Quốc hội", not its term: "QH13")
        meta.issuer = by_symbol  # a header the copy cut short ("ỦY BAN THƯỜNG VỤ"): the symbol's body ("NQ-UBTVQH13")
    central = bool(meta.issuer) and _is_central(meta.issuer)
    issuer_province = find_province(meta.issuer) if meta.issuer else None
    meta.province = issuer_province or (find_province(meta.place) if meta.place and not central else None)
    if meta.province is None and meta.issuer and not central:
        meta.province = find_province(catalog.get("Nơi ban hành", "")) or find_province(doc.text[:20000])
    if meta.issuer and meta.province and issuer_province is None \
            and (_is_local(meta.issuer) or (not central and _LEVEL_AT_END.search(meta.issuer))):
        # ("Văn phòng Ủy ban nhân dân tỉnh", "Công an tỉnh": any body whose name stops at the province's level)
        level = "" if _LEVEL_AT_END.search(meta.issuer) else f" {province_prefix(meta.province)}"
        meta.issuer = f"{meta.issuer}{level} {meta.province}"  # "Ủy ban nhân dân Thành phố" + "Hồ Chí Minh"
    meta.signer = _signer(doc) or catalog.get("Người ký")
    return meta


def _symbol_and_number(m: regex.Match, symbol_rest: str = "") -> tuple[str, str | None]:
    """The symbol and the number of a number line's match; no number when it is blank ("Số: /QĐ-UBND") or a scan
    garbled it ("Số: 0? /TB-TCT")."""
    symbol = m["sym"].rstrip(".-/") + symbol_rest
    number = "".join((m["num"] or "").split())
    return symbol, f"{number}{m['sep']}{symbol}" if number and not m.groupdict().get("noise") else None


def _annex_date(m: regex.Match) -> str:
    """The date of an annex caption's match ("ngày /9/2020": the month, the day left blank)."""
    day = f"-{int(m['d']):02d}" if m["d"] else ""
    return f"{m['y']}-{int(m['m']):02d}{day}"


def _line_date(d: regex.Match) -> str:
    """The ISO date of a place-and-date line's match (a day without its month, "ngày 29 tháng năm 2022", leaves the
    year alone)."""
    parts = (d["y"], d["m"], d["d"]) if d["m"] else (d["y"],)
    return "-".join(f"{int(v.replace(' ', '')):02d}" if i else v for i, v in enumerate(parts) if v)


# "Hiến pháp này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIII, kỳ họp thứ 6 thông qua ngày 28 tháng
# 11 năm 2013./.", above the chairman's signature
# ("… nhất trí thông qua trong phiên họp ngày 15 tháng 4 năm 1992, hồi 11 giờ 45 phút")
_ADOPTED = regex.compile(r"(?:Hiến pháp|Bộ luật|Luật|Pháp lệnh|Nghị quyết) này đã được [^\n]{0,160}?thông qua "
                         r"(?:trong phiên họp )?ngày "
                         r"(?P<d>\d{1,2}) tháng (?P<m>\d{1,2}) năm (?P<y>(?:19|20)\d\d)")
_ADOPTION_REACH = 4000  # characters from the end of the text: the closing paragraph, the signature, maybe a footnote


def _adoption_date(text: str) -> str | None:
    tail = max(0, len(text) - _ADOPTION_REACH)
    if text.find("thông qua", tail) < 0:  # (a cheap test first)
        return None
    d = _ADOPTED.search(text, tail)
    return f"{d['y']}-{int(d['m']):02d}-{int(d['d']):02d}" if d else None


_AUTHENTICATED = "XÁC THỰC VĂN BẢN HỢP NHẤT"
_AUTHENTICATION_REACH = 200  # characters around the words within which the number, date and body stand


def _authentication(text: str) -> tuple[regex.Match, regex.Match | None, str | None] | None:
    """The number line, date line and body (in capitals, above the number) of a consolidated text's authentication
    block; None when the text has none."""
    at = text.find(_AUTHENTICATED)
    if at < 0:
        return None
    lines = [line.strip() for line in
             text[max(0, at - _AUTHENTICATION_REACH):at + _AUTHENTICATION_REACH].replace("|", "\n").split("\n")]
    lines = [line for line in lines if line]
    number = next(((k, m) for k, line in enumerate(lines) if "VBHN" in line and (m := _NUMBER_LINE.search(line))), None)
    if number is None:
        return None
    k, number_line = number
    date = next((d for line in lines[k:] if "ngày" in line and (d := _DATE_LINE.search(line))), None)
    body = lines[k - 1] if k and is_upper(lines[k - 1]) and lines[k - 1] != _AUTHENTICATED else None
    return number_line, date, body


_ANNEXED_TYPES = ("Hướng dẫn", "Kế hoạch", "Quy chế", "Quy định", "Chương trình", "Phương án", "Đề án")
# the caption under such a document's title: "(Ban hành kèm theo Công văn số /BYT-DP ngày /9/2020 của Bộ Y tế)"
_ISSUED_WITH = regex.compile(r"\((?:[Bb]an hành )?"
                             + _ANNEX_OF.format("(?:Quyết định|Công văn|Nghị quyết|Thông tư|Chỉ thị|văn bản)"))
_ANNEX_CAPTION_REACH = 1000  # characters from the start: the caption stands under the title


def _annexed_type(doc_type: str) -> str:
    """How an annex's caption names a document of this type: a letter is also "văn bản"."""
    return "(?:Công văn|văn bản)" if doc_type == "Công văn" else regex.escape(doc_type)


def _clean_place(place: str) -> str:
    place = _SPLIT_CAPITAL.sub(r"\1\2", place.strip(" ,.-"))
    return _CITY_WORD.sub("", place).strip() or place


def _title_after(texts: list[str], i: int) -> str | None:
    parts = []
    for text in texts[i + 1:i + 4]:
        if text.startswith(("Căn cứ", "Thực hiện", "(", "Xét", "Theo")) or _LEADING_TITLE.match(text) \
                or _AUTHORITY.match(text) or DOC_TYPE_HEADINGS.match(text):
            break
        if parts and is_upper(parts[0]) and not is_upper(text):
            break
        parts.append(text)
        if not is_upper(text):
            break
    return sentence_case(" ".join(parts)) if parts else None


def _motto(text: str) -> regex.Match | None:
    """The national motto in a header line, also as OCR gives it without its marks ("CONG HOA XÃ HOI CHỦ NGHĨA")."""
    if motto := _MOTTO.search(text):
        return motto
    if "H" not in text or len(text) > _SCANNED_MOTTO_LINE:  # (cheap tests before folding the line)
        return None
    folded = ascii_fold(text)
    return _FOLDED_MOTTO.search(folded) if len(folded) == len(text) else None


_LOCAL_PARENT = regex.compile(r"\b(?:HUYỆN|QUẬN|THỊ XÃ|THÀNH PHỐ|XÃ|PHƯỜNG|THỊ TRẤN) [\p{Lu}\d][\p{Lu}\d ]*$")


def _header_issuer(header: str) -> str:
    """The lowest-level body a header's left column names ("ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA SỞ NỘI VỤ": Sở Nội vụ
    tỉnh Khánh Hòa); an office or inspectorate named by its head word alone is the one of the body above ("BỘ TÀI
    CHÍNH VĂN PHÒNG": Văn phòng Bộ Tài chính; "… TỈNH X THANH TRA": Thanh tra tỉnh X)."""
    parent, *units = _HEADER_UNIT_START.split(header)
    if header == _CENTRAL_COMMITTEE:
        return _unit_name(f"{header} ĐẢNG")
    if units and (units[:-1] or [parent])[-1] == _CENTRAL_COMMITTEE and not units[-1].startswith(_PARTY_BODY_OF):
        return _unit_name(f"{units[-1]} TRUNG ƯƠNG{' ĐẢNG' if units[-1] == 'VĂN PHÒNG' else ''}")
    if units and (_ORGAN.fullmatch(units[-1]) or units[-1] == "VĂN PHÒNG"
                  or (units[-1] == "THANH TRA" and not find_province(parent))
                  or _PARTY_COMMITTEE.fullmatch((units[:-1] or [parent])[-1])):
        return _unit_name(f"{units[-1]} {(units[:-1] or [parent])[-1]}")
    if units:
        province = find_province(parent)
        suffix = ""
        if province and not _LOCAL_PARENT.search(units[-1]):
            # ("ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH" names its level, not its province; "ĐẢNG ỦY XÃ ĐỨC TRỌNG" its own place)
            prefix = province_prefix(province).upper()
            suffix = f" {province}" if units[-1].endswith(prefix) else f" {prefix} {province}"
        elif (place := _LOCAL_PARENT.search(parent)) and place[0] not in units[-1]:
            suffix = f" {place[0]}"  # "UBND HUYỆN ĐỨC TRỌNG PHÒNG NỘI VỤ": Phòng Nội vụ huyện Đức Trọng
        return _unit_name(units[-1] + suffix.upper())
    return _unit_name(parent)


@lru_cache(maxsize=1)
def _central_bodies() -> list[tuple[tuple[str, ...], str]]:
    """Bodies that head central documents, each with its name's folded words, longest first."""
    names = {*ISSUER_CODES.values(), *(f"Bộ {sector}" for sector in SECTORS.values()), *_GENERAL_DEPARTMENTS}
    bodies = [(tuple(ascii_fold(name).replace("-", " ").split()), name) for name in names
              if not name.startswith(tuple(LOCAL_HEADS))]
    return sorted(bodies, key=lambda body: -len(body[0]))


@lru_cache(maxsize=1)
def _squeezed_provinces() -> dict[str, str]:
    return {ascii_fold(name).upper().replace(" ", ""): name for name in provinces()}


def _respaced_issuer(header: str) -> str | None:
    """The people's committee of a province a copy's header spaced out letter by letter: "ỦY B AN NHÂN D Â N T HÀNH
    P HỐ HỒ C H Í M I NH" is Ủy ban nhân dân Thành phố Hồ Chí Minh. None for any other header."""
    m = _SQUEEZED_COMMITTEE.fullmatch(ascii_fold(header).upper().replace(" ", ""))
    if m is None or (province := _squeezed_provinces().get(m["province"])) is None:
        return None
    return f"Ủy ban nhân dân {province_prefix(province)} {province}"


def _scanned_issuer(header: str) -> str | None:
    """The central body a scanned header's last words name, read past OCR's lost marks and misread letters: "BỘ
    TÀI CHÍNH TONG CYC THUE" is Tổng cục Thuế. None when its last words name no known body."""
    words = [word for word in ascii_fold(header).replace("-", " ").split() if word.isalnum()]  # (no "|", no "—")
    for folded, name in _central_bodies():
        tail = words[-len(folded):]
        # (a misread name keeps its first letter: "BAN CHỈ ĐẠO NHÀ NƯỚC VỀ DU LỊCH" ends on no "Bộ Du lịch")
        if len(tail) == len(folded) and tail[0][0] == folded[0][0] \
                and SequenceMatcher(None, " ".join(tail), " ".join(folded)).ratio() >= _SCAN_LIKENESS:
            return name
    return None


def _issuer(doc: Document, texts: list[str], type_index: int | None, meta: Metadata,
            annexed_by: str | None = None) -> str | None:
    # 1. The header block above the motto: the lowest-level body named there issues.
    for i, text in enumerate(texts[:8]):
        motto = _motto(text)
        if motto and (_COUNTRY_BEFORE.search(text, 0, motto.start())
                      or not motto[0].isupper() and len(text) > _MOTTO_LINE):
            motto = None  # "(Hiến pháp) nước Cộng hòa xã hội chủ nghĩa Việt Nam": the country's name, not the motto
        after = ""
        if motto is None and (party := _PARTY_MOTTO.search(text)) \
                and (is_upper(rest := text[party.end():]) or not rest.strip()):
            # Beside the Party's motto the left column goes on: "ĐẢNG BỘ TỈNH LÀO CAI ĐẢNG CỘNG SẢN VIỆT NAM
            # ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH"; or it stands above: "TỈNH ỦY THANH HÓA" / "ĐẢNG CỘNG SẢN VIỆT NAM"
            motto, after = party, rest.strip()
        if motto:
            # A PDF's two header columns can share a line: "QUỐC HỘI CỘNG HÒA XÃ HỘI …", and the left column go
            # on beside the motto's second line and under it: "UBND TỈNH LÀO CAI  CỘNG HOÀ …" / "SỞ NÔNG NGHIỆP VÀ
            # MÔI TRƯỜNG  Độc lập - Tự do …", "BỘ CÔNG THƯƠNG …" / "CỤC KỸ THUẬT AN TOÀN  Độc lập …" / "VÀ MÔI TRƯỜNG
            # CÔNG NGHIỆP".
            left = [text[:motto.start()].strip(), after]
            j = i + 1
            if j < len(texts) and (second := _motto(texts[j])) and second.start() > 0:
                # (not the motto's own end, wrapped: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA" / "VIỆT NAM Độc lập - …")
                left.append(_MOTTO_END.sub("", texts[j][:second.start()]).strip())
                j += 1
                while j < len(texts) and j <= i + _LEFT_COLUMN_LINES and len(texts[j]) < 60 and is_upper(texts[j]) \
                        and not DOC_TYPE_HEADINGS.match(texts[j]) and not _MOTTO.search(texts[j]):
                    left.append(texts[j])
                    j += 1
            elif i == 0 and not any(left) and motto.re is _PARTY_MOTTO:
                # The Party's motto over the left column: "ĐẢNG CỘNG SẢN VIỆT NAM" / "BAN CHẤP HÀNH TRUNG ƯƠNG" /
                # "ĐẢNG ĐOÀN QUỐC HỘI"
                while j < len(texts) and j <= _LEFT_COLUMN_LINES and len(texts[j]) < 60 and is_upper(texts[j]) \
                        and not DOC_TYPE_HEADINGS.match(texts[j]):
                    left.append(texts[j])
                    j += 1
            header = _RULE.sub(" ", " ".join(t for t in texts[:i] + left if is_upper(t))).strip()
            header = _GLUED_LEVEL.sub(r"\g<0> ", header)  # "ỦY BAN NHÂN DÂNTỈNH LÂM ĐỒNG": a copy's lines glued
            header = _LOST_U.sub("ỦY BAN", header)  # "Y BAN NHÂN DÂN TỈNH KON TUM": a copy lost the "Ủ"
            if header:
                name = _header_issuer(header)
                if (read := read_units(name)[0]) and read[0] == name:
                    return name
                # ("BỘ TÀI CHÍNH TONG CYC THUE": a scan's)
                return _scanned_issuer(header) or _respaced_issuer(header) or name
            break
    # 2. The authority line under the title of a decision ("GIÁM ĐỐC SỞ …", "ỦY BAN NHÂN DÂN TỈNH …").
    if type_index is not None:
        for text in texts[type_index + 1:type_index + 5]:
            if is_upper(text) and _AUTHORITY_LINE.match(text):
                return _unit_name(_LEADING_TITLE.sub("", text))  # "GIÁM ĐỐC SỞ …" signs for "Sở …"
    # 3. The body that enacts it, in a copy without its header: "Thủ tướng Chính phủ ban hành Quyết định …".
    for text in texts:
        if " ban hành " in text and (m := _ENACTING.match(text)) \
                and (units := read_units(m["body"])[0]) and len(units) == 1:
            return units[0]
    # 4. The sender of a telegram: "THỦ TƯỚNG CHÍNH PHỦ điện:", "BỘ TRƯỞNG BỘ Y TẾ điện:".
    for text in texts[:12]:
        m = _TELEGRAM_SENDER.match(text)
        if m:
            return _unit_name(_LEADING_TITLE.sub("", m["sender"]))
    # 5. A sender the opening names in full before the short name it goes by.
    for text in _opening(texts):
        if "sau đây" in text and (m := _NAMED_SENDER.search(text)):
            return _unit_name(m["name"])
    # 6. The body the signature is given for: "TM. ỦY BAN NHÂN DÂN", "TL. BỘ TRƯỞNG" names no body.
    for block in doc.blocks[-_SIGNATURE_BLOCKS:]:
        m = _ON_BEHALF.match(block.text)
        if m and is_upper(m["body"]) and not _SIGN_TITLE.match(m["body"]):
            return _unit_name(m["body"])
    # 7. The body the site's catalog names as issuing ("Nơi ban hành" is a body or only a place).
    issued_by = doc.catalog.get("Nơi ban hành", "")
    if (units := read_units(issued_by)[0]) and units[0] == issued_by:
        return units[0]
    # 8. The body the document's symbol names: "226/CĐ-TTg" is the Prime Minister's.
    if meta.symbol and (by_symbol := symbol_issuer(meta.symbol)):
        return by_symbol
    # 9. The body an annex's caption names as issuing the document it is attached to ("(Kèm theo Hướng dẫn số
    # 40-HD/BTGDVTW, ngày 27/11/2025 của Ban Tuyên giáo và Dân vận Trung ương)"), when the header was lost.
    if annexed_by and (units := read_units(annexed_by)[0]) and units[0] == annexed_by:
        return units[0]
    # 10. The Government Office writes up the Prime Minister's conclusions: "Kết luận của Thủ tướng Chính phủ …".
    if meta.doc_type == "Thông báo" and meta.title and _GOVERNMENT_CONCLUSION.match(meta.title):
        return "Văn phòng Chính phủ"
    # 11. A constitution, a code, a law or an ordinance: the legislature enacts it.
    if meta.doc_type in _ENACTED_BY:
        return _ENACTED_BY[meta.doc_type]
    # 12. A body named in the title or the opening paragraphs ("… của Sở Lao động - …"), not a recipient;
    # the name ends where the gazetteer's reading of it ends ("Bộ Xây dựng" of "Bộ Xây dựng và chỉ đạo …").
    title = [meta.title] if meta.title and meta.doc_type != "Tin bài" else []
    opening = _opening(texts)
    # A letter's sender is the body that asks: "Bộ VHTTDL đề nghị các cơ sở …" after the bodies it cites.
    for text in opening if meta.doc_type == "Công văn" else ():
        for m in _UNIT_IN_TEXT.finditer(text):
            units, end = read_units(text, m.start())
            if units and _ASKS.match(text, end):
                return _unit_name(units[0])
    for text in title + opening:
        m = _UNIT_IN_TEXT.search(text)
        units = read_units(text, m.start())[0] if m else []
        if units:
            return _unit_name(units[0])
    return None


def _opening(texts: list[str]) -> list[str]:
    """The opening's texts after the first, without an addressee line ("Kính gửi: …") and the list of recipients
    under it, however long (the first text too may be the addressee line: a copy that lost its header)."""
    out, listing = [], False
    for i, text in enumerate(texts):
        if _ADDRESSEE.match(text):
            listing = True
        elif not (listing and text.startswith(("-", "+", "•"))):
            listing = False
            if i:
                out.append(text)
                if len(out) == _OPENING_TEXTS:
                    break
    return out


def _unit_name(text: str) -> str:
    # (a rule under the name, "VĂN PHÒNG CHÍNH PHỦ -------", and a table's empty cells, "… LÀO CAI | |", are cut; so
    # is a council's term and session under its name, "HỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG KHÓA XVII - KỲ HỌP THỨ NĂM")
    text = _COUNCIL_TERM.sub("", text)
    name = sentence_case(_DASH.sub(" - ", _FRONT.sub("MẶT TRẬN TỔ QUỐC VIỆT NAM", text.strip(" .:,-–|*_").replace("UỶ", "ỦY"))))
    for pattern, full in _ABBREVIATED_ISSUER:
        name = pattern.sub(full, name)
    province = find_province(name) if name.startswith("Sở ") else None
    if province and " tỉnh " not in name and " thành phố " not in name:
        name = regex.sub(rf"\s+{regex.escape(province)}$", f" {province_prefix(province)} {province}", name,
                         flags=regex.IGNORECASE)
    # A commune's or district's name after its level word ("… xã lương minh" → "… xã Lương Minh").
    name = _LOCAL_NAME.sub(lambda m: m["level"] + m["name"].title(), name)
    return name.replace("Uỷ ban", "Ủy ban").replace("uỷ ban", "ủy ban")


def _is_local(issuer: str) -> bool:
    """A province's own body named without its province: "Sở Tài chính", "Ủy ban nhân dân (tỉnh)"."""
    return issuer.startswith(("Sở ", "Ủy ban nhân dân", "Hội đồng nhân dân"))


_CENTRAL_HEADS = tuple(head.casefold() for head in (
    "Chính phủ", "Thủ tướng", "Bộ ", "Văn phòng Chính phủ", "Quốc hội", "Văn phòng Quốc hội", "Ủy ban Thường vụ Quốc hội",
    "Ban Chỉ đạo",
    "Ban Chấp hành Trung ương", "Ban Bí thư", "Văn phòng Trung ương", "Cục ", "Tổng cục "))


def _is_central(issuer: str) -> bool:
    # (a ministry's department, "Cục Hải quan", "Cục Thuế": its province, if any, is in its own name)
    # ("Ban Tuyên giáo và Dân vận Trung ương": the Party's central commissions; "Bảo hiểm xã hội Việt Nam", "Ngân hàng
    # Nhà nước Việt Nam": the country's)
    # ("Đảng đoàn Quốc hội", "Ban cán sự đảng Bộ Tư pháp": the Party's body in a central one)
    body = _PARTY_BODY_IN.sub("", issuer)
    return body.casefold().startswith(_CENTRAL_HEADS) or body.endswith((" Trung ương", " Việt Nam"))


def _signer(doc: Document) -> str | None:
    blocks = doc.blocks
    for i, block in enumerate(blocks):
        # A table's cell may hold the signature: "| Nơi nhận: … | CHỦ TỊCH Hoàng Quốc Khánh |", a consolidated
        # text's after its stamp: "| XÁC THỰC VĂN BẢN HỢP NHẤT KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Bá Hoan |".
        # (a cell that opens in capitals only: a plan's table holds hundreds of others)
        cells = [cell.text for row in block.rows for cell in row if cell.text[:2].isupper()] \
            if block.kind == "table" else []
        for k, text in enumerate((block.text, *cells)):
            if (_SIGN_TITLE.match(text) and is_upper(text.split(" ", 1)[0])) \
                    or ("|" in text and _SIGN_CELL.search(text)) \
                    or (k and _SIGN_MARK.search(text)):  # ("- Lưu: VT, VLXD. | BỘ TRƯỞNG")
                # (the title's lines and the name may have run into one block: "TM. CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ
                # TƯỚNG Nguyễn Hòa Bình", and on into the annex after it: "… Lê Thành Long QUY CHẾ …")
                if name := _name_after_title(text):
                    return name
                for nxt in blocks[i + 1:i + 5]:
                    if name := _person(nxt.text):
                        return name
            if k == 0 and block.kind != "table" and text.startswith("Nơi nhận:") and _SIGN_MARK.search(text):
                # "Nơi nhận: GIÁM ĐỐC" / "Như trên; (Đã ký và đóng dấu)" / "- Cổng TTĐT Bộ Y tế; Nguyễn Trường Sơn": a
                # two-column trailer copied line by line, an annex after it; the name shares a recipient's line, up
                # to the last ("- Lưu: VT, MT.")
                for nxt in blocks[i + 1:i + _TRAILER_LINES]:
                    if name := _trailer_name(nxt.text):
                        return name
                    if _FILED.match(nxt.text):
                        break
    # A two-column trailer copied line by line ("Nơi nhận: KT. BỘ TRƯỞNG" / "- Như trên; THỨ TRƯỞNG" / … /
    # "Lê Công Thành"): the signature's title shares the recipients' lines, and the name comes last.
    # A converted Word table puts the recipients and the signature in one row: "| Nơi nhận: … | KT. BỘ TRƯỞNG
    # THỨ TRƯỞNG     Lê Công Thành |", or "- Lưu: VT. | THỦ TƯỚNG" with the name below.
    tail = blocks[-_SIGNATURE_BLOCKS:]
    # (a scan whose OCR lost the signature's title still shows the recipients' last line, "- Lưu: VT, KTTH (3).",
    # and the name under it)
    if any(_SIGN_MARK.search(block.text) or _FILED.match(block.text) for block in tail):
        for block in reversed(tail):
            if name := _trailer_name(block.text):
                return name
            if name := _name_after_title(block.text):
                return name
    return None


def _trailer_name(text: str) -> str | None:
    """The name alone in a line of a two-column trailer, or after its recipient: "- Như trên; Lê Công Thành".
    (Not capitals after a recipient: the title's column, "- Như trên; . PHO TONG CUC TRUONG" as OCR read it.)"""
    recipient, _, after = text.rpartition("; ")
    return _person(after) if not (recipient and is_upper(after)) else None


def _name_after_title(text: str) -> str | None:
    """The name closing a block of signature titles: "KT. BỘ TRƯỞNG THỨ TRƯỞNG  Lê Công Thành |"."""
    text = _CUT_SYLLABLE.sub("", _SIGNED.sub(" ", text))
    signed = _NAME_AFTER_TITLE.search(text) or _NAME_BEFORE_HEADING.search(text)
    return _person(signed["name"]) if signed else None


def _person(text: str) -> str | None:
    """A person's name alone in a block ("Nguyễn Thành Sinh", "NGUYỄN VĂN A"), in title case."""
    # (a markdown copy's fence or emphasis, or a rule, after the name: "Nguyễn Minh ```", "Nguyễn Văn Binh===")
    text = _CUT_SYLLABLE.sub("", _SIGNED.sub(" ", text)).strip(" .*_`=")
    if _PERSON.match(text) and not (is_upper(text) and _NOT_A_NAME.search(text)) \
            and not DOC_TYPE_HEADINGS.match(text) and not _SIGN_TITLE.match(text):
        return text.title() if is_upper(text) else text
    return None
