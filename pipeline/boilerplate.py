"""Remove the site material that legal-document websites wrap around a scraped document.

Input is text after `normalize_text`. Only a leading banner and a trailing block are cut; the text in
between stays byte-identical, so the "|" cell lines and line breaks reach the layout code untouched.
Each pattern matches only site material where it is looked for (banner patterns before the national
motto, trailer patterns after the banner); a new site is one more line in these tuples.
"""
from __future__ import annotations

import re

import regex

from pipeline.line_tables import line_table_spans

# The national or Party motto (lines may break inside it): the document has begun by then, so a banner
# can only lie before it.
_DOCUMENT_MOTTO = regex.compile(r"(?m)^(?:CỘNG\s+H(?:ÒA|OÀ)\s+XÃ|ĐẢNG\s+CỘNG\s+SẢN)")

# Lines that end one item of a site banner; the banner ends after the last one found before the motto.
_BANNER_ENDS = tuple(regex.compile(p, regex.MULTILINE) for p in (
    r"^.*vi phạm pháp luật về Sở hữu trí tuệ\.$",
    r"^.*is a violation against the Law on Intellectual Property\.$",
    r"^Click vào phần bôi vàng để xem chi tiết\.$",
    r"^Đang tải văn bản\.\.\.$",
    # A metadata cell with its value cell; header lines are all capitals, values never are.
    r"^(?:Số hiệu|Loại văn bản|Nơi ban hành|Người ký|Ngày ban hành|Ngày hiệu lực|Ngày công báo|Số công báo"
    r"|Tình trạng):(?:\n(?:\|\n)*(?=[^\n]*[\p{Ll}\d])[^\n]+)?$",
    # the last line of the site's news summary of the document, printed above it ("Xem chi tiết tại Công điện …",
    # "Xem thêm Công điện 232/CĐ-TTg đã ban hành ngày …", "Xem nội dung chi tiết tại Công văn …")
    r"^Xem(?: (?:thêm|chi tiết|nội dung))+(?: tại)? \p{Lu}.+$",
))

# Lines only a site banner has. Without the motto (a letter whose header the site dropped) a banner is cut
# only when one of them opens the text and the banner's items follow each other closely.
_SITE_LINES = _BANNER_ENDS[:4]
_SUMMARY_END = _BANNER_ENDS[-1]  # a summary may run longer than _BANNER_GAP
_BANNER_REACH = 5000  # characters from the start of the text
_BANNER_GAP = 400     # between one banner item and the next
# The site's record of the document in its banner: "Số hiệu:" / "|" / "4001/UBND-ĐT".
_CATALOG_FIELDS = ("Số hiệu", "Loại văn bản", "Nơi ban hành", "Người ký", "Ngày ban hành")
_CATALOG_CELL = regex.compile(rf"(?m)^({'|'.join(_CATALOG_FIELDS)}):\n(?:\|\n)*([^|\n]*[\p{{Ll}}\d][^|\n]*)$")

# Lines that open a site trailer; the document ends before the first one found after the banner.
_TRAILER_STARTS = tuple(regex.compile(p, regex.MULTILINE) for p in (
    r"^Văn bản này chưa cập nhật nội dung Tiếng Anh$",
    r"^Văn bản liên quan\n(?:\|?\n)*Ban hành:",
    r"^NỘI DUNG SỬA ĐỔI, HƯỚNG DẪN$",
    r"^<Nội dung> = ",
    r"^Click (?:trái|phải) để xem",
    r"^FILE ĐƯỢC ĐÍNH KÈM THEO VĂN BẢN$",
    r"^Thưa Quý khách,$",
    r"^Kính gửi: Quý Thành viên,$",
    r"^Cảm ơn đã dùng ThuVienPhapLuat\.vn$",
))

# The site repeats the document's title just before the trailer ("Quyết định 2629/QĐ-TTg năm 2025 …
# do Thủ tướng Chính phủ ban hành"); it would read as a reference, so it goes with the trailer when
# the number it names is the document's own ("Số: 2629/QĐ-TTg" or the banner's "Số hiệu:").
_TITLE_ECHO = regex.compile(r"(?m)^\p{Lu}\p{Ll}*(?: \p{Ll}+)* (\S*\d\S*/\S+) .+ do .+\n(?:\|?\n)*\Z")


# A converter's YAML front matter ("---" / "title: …" / "original_format: pdf" / "---") opening a markdown file.
_FRONT_MATTER = regex.compile(r"\A---\n(?:[\w-]+:[^\n]*\n){1,40}---\n+")


def split_site_page(text: str) -> tuple[str, dict[str, str]]:
    """The document without the site's banner and trailer (or a converter's front matter), and what the banner
    records of it ("Số hiệu", "Loại văn bản", "Ngày ban hành", "Người ký", "Nơi ban hành"; {} without a banner)."""
    start, end, catalog = site_page_span(text)
    return (text[start:end].rstrip("\n") if end < len(text) else text[start:]), catalog


def site_page_span(text: str) -> tuple[int, int, dict[str, str]]:
    """Where the document starts and ends in a site's page (0 and len(text) without a banner or trailer), and
    the banner's record of it."""
    front = _FRONT_MATTER.match(text) if text.startswith("---") else None
    start = max(_banner_end(text), front.end() if front else 0)
    catalog = {m[1]: m[2].strip() for m in _CATALOG_CELL.finditer(text, 0, start)} if start else {}
    return start, _trailer_start(text, start), catalog


def _banner_end(text: str) -> int:
    # Both mottos hold "CỘNG": a substring test is far cheaper than the search through a text without one.
    motto = _DOCUMENT_MOTTO.search(text) if "CỘNG" in text else None
    if motto is not None:
        ends = [m.end() for p in _BANNER_ENDS for m in p.finditer(text, 0, motto.start())]
        return max(ends) + 1 if ends else 0  # + 1: the banner's last line break
    # Without the motto the document's start is unknown: only a banner the site's own lines open is cut.
    if not any(p.search(text, 0, _BANNER_REACH) for p in _SITE_LINES):
        return 0
    end = 0
    for start, stop in sorted(m.span() for p in _BANNER_ENDS for m in p.finditer(text, 0, _BANNER_REACH)):
        if start - end > _BANNER_GAP:
            break
        end = max(end, stop)
    summary = _SUMMARY_END.search(text, end, end + _BANNER_REACH) if end else None
    return (summary.end() if summary else end) + 1 if end else 0


def _trailer_start(text: str, start: int) -> int:
    starts = [m.start() for p in _TRAILER_STARTS if (m := p.search(text, start))]
    if not starts:
        return len(text)
    end = min(starts)
    echo = _TITLE_ECHO.search(text, start, end)
    if echo and regex.search(rf"Số(?: hiệu)?:\s*(?:\|\s*)*{regex.escape(echo[1])}(?!\S)", text[:echo.start()]):
        return echo.start()
    return end


# A crawler that prints the document's short citation before the header and every heading ("Quyết định 435/QĐ-UBND
# năm 2020. Điều 1.", "… năm 2020. CHƯƠNG TRÌNH HÀNH ĐỘNG. II. NỘI DUNG HOẠT ĐỘNG"): a breadcrumb, not text.
_CRUMB = regex.compile(r"(?:Quyết định|Kế hoạch|Chỉ thị|Nghị quyết|Thông tư|Nghị định|Công văn|Thông báo|Chương trình"
                       r"|Hướng dẫn|Luật) (?:\S+ năm (?:19|20)\d\d|\d+/\S+)(?: \p{Ll}[^.\n]{0,250})?\. ")
# ("Nghị định 01/2015/NĐ-CP. Điều 16. …"; with the title: "Nghị định 131/2020/NĐ-CP quy định về tổ chức, hoạt động dược
# lâm sàng của cơ sở khám bệnh, chữa bệnh. Điều 11. …")
# The annex's own title the breadcrumb carries before the annex's headings ("CHƯƠNG TRÌNH HÀNH ĐỘNG. II. …"), and
# before the annex's title line itself ("CHƯƠNG TRÌNH HÀNH ĐỘNG. TRIỂN KHAI KẾ HOẠCH …").
_MOTTO_IN_LINE = regex.compile(r"CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI")
_CRUMB_TITLE = regex.compile(r"(?m)^(\p{Lu}[\p{Lu} ,-]{3,80}\. )(?=\S)")


def strip_breadcrumbs(text: str) -> str:
    """The text without a crawler's breadcrumb, when the text opens with one that comes back at other line starts."""
    crumb = _CRUMB.match(text)
    if crumb is None:
        return text
    if text.count(f"\n{crumb[0]}") < 2:
        # once only, before the header's line: "Công văn 778/TCHQ-GSQL. BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN ------- CỘNG HÒA …",
        # or the header's first line, the motto on the next: "Công văn 296/BHXH-CSYT năm 2021 hướng dẫn … do Bảo hiểm xã
        # hội Việt Nam ban hành. BẢO HIỂM XÃ HỘI VIỆT NAM --------" / "CỘNG HÒA XÃ HỘI …"
        line_end = text.find("\n")
        next_end = text.find("\n", line_end + 1) if line_end > 0 else -1
        header = crumb.end() < len(text) and text[crumb.end()].isupper() \
            and _MOTTO_IN_LINE.search(text, crumb.end(), next_end if next_end > 0 else len(text))
        return text[crumb.end():] if header else text
    text = text[crumb.end():].replace(f"\n{crumb[0]}", "\n")
    titles = [m[1] for m in _CRUMB_TITLE.finditer(text)]
    for title in {t for t in titles if titles.count(t) > 1}:
        text = regex.sub(rf"(?m)^{regex.escape(title)}(?=(?:[IVX]{{1,5}}|\d{{1,2}}|[A-HĐ])\. )", "", text)
    return text



# A PDF's text copy keeps each page's number on a line of its own, often between two lines of one sentence ("… giải
# quyết thủ tục đầu tư cho" / "3" / "các dự án …"). Such a number counts up page by page; a table's row numbers sit
# between "|" lines or blank-separated cells, and a numbered point has text after its number.
# (The line break before it is matched rather than "^": the standard re finds it ten times faster than regex.)
_LONE_NUMBER = re.compile(r"\n[ \t]*(\d{1,3})[ \t]*(?=\n)")
_PAGE_LINES = 15   # the fewest lines from one page's number to the next
_PROSE_LINE = 25   # characters of a line of running text, on one side of the number at least


def _lines_around(text: str, m: re.Match) -> tuple[str, str]:
    """The lines before and after a lone number's line, stripped."""
    end = text.find("\n", m.end() + 1)
    return text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip(), \
        text[m.end() + 1:end if end >= 0 else len(text)].strip()


def strip_page_numbers(text: str) -> str:
    """The text without the page numbers a PDF's text copy printed between its lines: two or more lone numbers that
    count up one by one, a page apart, each between two lines of text."""
    runs: list[list[tuple[int, int, re.Match]]] = []  # (number, line, match) of each page found so far
    line, counted = 0, 0
    tables = line_table_spans(text)
    for m in _LONE_NUMBER.finditer(text):
        if tables and any(start <= m.start() < end for start, end in tables):
            continue  # a flattened table's row number
        before, after = _lines_around(text, m)
        if not before or not after or "|" in before or "|" in after or max(len(before), len(after)) < _PROSE_LINE:
            continue
        line += text.count("\n", counted, m.start())
        counted = m.start()
        number = int(m[1])
        for run in runs:
            if run[-1][0] + 1 == number and line - run[-1][1] >= _PAGE_LINES:
                run.append((number, line, m))
                break
        else:
            runs.append([(number, line, m)])
    pages = sorted(m.span() for run in runs if len(run) > 1 for _, _, m in run)
    if not pages:
        return text
    kept, at = [], 0
    for start, end in pages:  # (each span holds the line break before the number: the lines around it join)
        kept.append(text[at:start])
        at = end
    kept.append(text[at:])
    return "".join(kept)
