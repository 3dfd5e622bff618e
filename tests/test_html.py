"""Web pages: a portal's page, a legal-document site's saved page and Word's "Save as Web Page" copy; and HTML
inside a markdown file, as converters of PDFs and Word files write it."""
from pipeline.extract import extract_file
from pipeline.html_text import embedded_markup_as_text
from pipeline.readers import ReadError, read_document
from tests.conftest import FIXTURES
from tests.test_readers import windows_1258

import pytest

HTML = FIXTURES / "html"


def test_portal_page_gives_header_tables_and_tasks_without_the_site():
    record, doc = extract_file(HTML / "ke_hoach_web.html")
    assert record.source.format == "html"
    meta = record.metadata
    assert (meta.doc_type, meta.number, meta.issuer, meta.issued_date, meta.signer) == (
        "Kế hoạch", "85/KH-UBND", "Ủy ban nhân dân tỉnh Quảng Trị", "2024-04-12", "Hoàng Nam")
    tasks = [(t.lead, t.coordinators, t.deadline.text if t.deadline else None) for t in record.tasks]
    assert tasks == [
        (["Sở Thông tin và Truyền thông"], ["Các sở, ban, ngành"], "Quý III/2024"),  # the task table's rows
        (["Văn phòng Ủy ban nhân dân tỉnh"], ["Sở Nội vụ"], "Tháng 12/2024"),
        (["Sở Tài chính"], ["Sở Kế hoạch và Đầu tư"], "hoàn thành trước ngày 30/6/2024"),  # paragraphs after it
        (["Sở Nội vụ"], [], None),
    ]
    assert [t.value for t in record.targets] == [80.0]
    for junk in ("dataLayer", "Trang chủ", "Đăng nhập", "Bản quyền", "trackPage", "display:none"):
        assert junk not in doc.text  # scripts, styles, navigation, hidden elements, footer


def test_saved_site_page_keeps_the_document_and_its_catalog_not_the_banner_or_trailer():
    record, doc = extract_file(HTML / "quyet_dinh_site.html")
    assert doc.text.startswith("ỦY BAN NHÂN DÂN")
    assert doc.text.rstrip().endswith("Nguyễn Văn Phong")
    assert doc.catalog["Số hiệu"] == "1209/QĐ-UBND" and doc.catalog["Người ký"] == "Nguyễn Văn Phong"
    # the member notice after the document cites a decree: it is the site's, not the decision's
    assert {r.number for r in record.legal_references} == {"76/NQ-CP", "412/TTr-SNV", None}
    assert [(t.lead, t.deadline.text) for t in record.tasks] == [
        (["Sở Nội vụ"], "trước ngày 15/12/2025"),
        (["Sở Tư pháp"], "trong Quý IV/2025"),
        (["Sở Khoa học và Công nghệ"], "hoàn thành trong tháng 11/2025"),
    ]


WORD_PAGE = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv=Content-Type content="text/html; charset=windows-1258">
<meta name=Generator content="Microsoft Word 11"><!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View>
</w:WordDocument></xml><![endif]--></head>
<body lang=EN-US style='tab-interval:.5in'><div class=Section1>
<p class=MsoNormal align=center style='text-align:center'><b>CHỈ THỊ<o:p></o:p></b></p>
<p class=MsoNormal align=center style='text-align:center'><b>Về tăng cường kỷ luật, kỷ cương hành chính<o:p></o:p></b></p>
<p class=MsoNormal style='margin-left:.25in;text-indent:-.25in;mso-list:l0 level1 lfo1'><![if !supportLists]>1.<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span><![endif]>Sở Nội vụ chủ trì, phối hợp với Thanh tra tỉnh
kiểm tra đột xuất việc chấp hành kỷ luật lao động tại các cơ quan, báo cáo kết quả trước ngày 30/11/2012.<o:p></o:p></p>
<p class=MsoNormal style='margin-left:.25in;text-indent:-.25in;mso-list:l0 level1 lfo1'><![if !supportLists]>2.<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span><![endif]>Sở Tài chính có trách nhiệm hướng dẫn các cơ quan
thực hiện chế độ công tác phí theo đúng quy định.<o:p></o:p></p>
</div></body></html>"""


def test_word_web_page_in_windows_1258_reads_its_list_labels_and_vietnamese(tmp_path):
    path = tmp_path / "chi_thi.htm"
    path.write_bytes(windows_1258(WORD_PAGE))
    record, doc = extract_file(path)
    assert "Về tăng cường kỷ luật, kỷ cương hành chính" in doc.text  # decoded as the <meta> says, then composed
    assert "1. Sở Nội vụ chủ trì" in doc.text  # Word's list label, shown only where lists are not supported
    assert [(t.lead, t.coordinators) for t in record.tasks] == [(["Sở Nội vụ"], ["Thanh tra tỉnh"]),
                                                              (["Sở Tài chính"], [])]
    assert record.tasks[0].deadline.end == "2012-11-30"


@pytest.mark.parametrize("content, reason", [
    (bytes(range(256)) * 8, "not an HTML page (no markup)"),  # binary junk named .html
    (b"<html><head><title>Trang</title></head><body><script>var a = 1;</script></body></html>",
     "no text found in the document"),  # a page whose body holds only a script
])
def test_a_page_with_no_document_is_refused_with_its_reason(tmp_path, content, reason):
    path = tmp_path / "trang.html"
    path.write_bytes(content)
    with pytest.raises(ReadError) as error:
        read_document(path)
    assert error.value.path == str(path) and error.value.reason == reason


def test_a_converted_markdown_files_html_header_and_tables_are_read_as_a_text_copy():
    # (a decision of Hà Nội as a PDF-to-markdown converter writes it: header and signature in <table>, the title
    # centred in <div>, lines broken by <br>, the number split over two cells, the plan's table in HTML)
    record, doc = extract_file(FIXTURES / "markdown" / "quyet_dinh_chuyen_doi.md")
    m = record.metadata
    assert (m.doc_type, m.number, m.issued_date) == ("Quyết định", "18/2025/QĐ-UBND", "2025-02-28")
    assert (m.issuer, m.signer) == ("Ủy ban nhân dân thành phố Hà Nội", "Trần Sỹ Thanh")
    assert m.title == "Về việc quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ thành phố Hà Nội"
    assert "<" not in doc.text
    assert [r.number for r in record.legal_references if r.number] == ["45/2025/NĐ-CP"]
    rows = [(t.text, t.lead, t.coordinators, t.deadline.text) for t in record.tasks if t.section.startswith("Điều 3")]
    assert rows == [("Xây dựng Đề án vị trí việc làm của Sở", ["Sở Nội vụ"], ["Sở Tài chính"], "Quý III/2025"),
                    ("Rà soát, sắp xếp các đơn vị sự nghiệp công lập trực thuộc", ["Sở Nội vụ"],
                     ["Các sở, ngành có liên quan"], "Tháng 12/2025")]


def test_a_converted_markdown_plans_heading_lines_and_labelled_bullets():
    # (a plan of Cần Thơ as an OCR-to-markdown converter writes it: "# " on every heading, the type and the title on
    # one line, "- a)" items)
    record, _ = extract_file(FIXTURES / "markdown" / "ke_hoach_chuyen_doi.md")
    m = record.metadata
    assert (m.doc_type, m.number, m.issued_date, m.issuer) == ("Kế hoạch", "70/KH-UBND", "2025-09-15",
                                                               "Ủy ban nhân dân thành phố Cần Thơ")
    assert m.title == "Thực hiện công tác dân vận của chính quyền thành phố Cần Thơ năm 2025"
    assert [(t.text[:20], t.lead, t.section) for t in record.tasks] == [
        ("tham mưu Ủy ban nhân", ["Sở Nội vụ"], "1. Sở Nội vụ"),
        ("Hướng dẫn Ủy ban nhâ", ["Sở Nội vụ"], "1. Sở Nội vụ"),
        ("Bố trí kinh phí thực", ["Sở Tài chính"], "2. Sở Tài chính")]
    assert record.tasks[0].coordinators == ["các sở, ban, ngành"] and record.tasks[0].deadline.end == "2025-12-31"


def test_text_without_markup_is_left_as_it_is():
    text = "Tỷ lệ hộ nghèo giảm còn < 3% vào năm 2025; <5% ở vùng khó khăn.\n"
    assert embedded_markup_as_text(text) is text


@pytest.mark.parametrize("text, lines", [
    ("Sở Nội vụ<br/>chủ trì &amp; tổng hợp<b>.</b>\n", ["Sở Nội vụ", "chủ trì & tổng hợp."]),
    # a table cut short, with no </table>: its tags end lines, its text stays
    ("<table><tr><td>Sở Y tế</td><td>Quý I/2026", ["Sở Y tế", "Quý I/2026"]),
])
def test_embedded_markup_outside_whole_tables(text, lines):
    assert [line for line in embedded_markup_as_text(text).split("\n") if line] == lines
