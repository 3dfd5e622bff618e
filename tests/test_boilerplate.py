from pathlib import Path

from pipeline.boilerplate import split_site_page, strip_breadcrumbs, strip_page_numbers
from pipeline.normalize import normalize_text

FIXTURES = Path(__file__).parent / "fixtures" / "boilerplate"


def strip_boilerplate(text: str) -> str:
    return split_site_page(text)[0]


def _read(name: str) -> str:
    return normalize_text((FIXTURES / name).read_text(encoding="utf-8"))


PAGE = _read("tvpl_plan.txt")  # banner + document + trailer, as a legal-document website shows it
DOCUMENT = _read("tvpl_plan.document.txt")  # the same document alone


def test_page_reduced_to_the_document_byte_for_byte():
    assert strip_boilerplate(PAGE) == DOCUMENT


def test_banner_removed():
    result = strip_boilerplate(PAGE)
    assert result.lstrip("|\n").startswith("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG")
    for banner_text in ("THƯ VIỆN PHÁP LUẬT", "Click vào phần bôi vàng", "Đang tải văn bản", "Số hiệu:"):
        assert banner_text not in result


def test_trailer_removed_with_its_false_reference():
    result = strip_boilerplate(PAGE)
    assert "Nghị định 13/2023/NĐ-CP" in PAGE
    for trailer_text in ("13/2023/NĐ-CP", "Văn bản liên quan", "215/KH-UBND năm 2025", "Thưa Quý khách",
                         "ThuVienPhapLuat.vn", "Đăng xuất"):
        assert trailer_text not in result


def test_body_signature_and_appendix_table_kept():
    result = strip_boilerplate(PAGE)
    for body_text in ("Căn cứ Quyết định số 1899/QĐ-TTg", "Nơi nhận:", "Trần Văn Minh", "PHỤ LỤC",
                      "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính"):
        assert body_text in result
    assert result.endswith("Năm 2026\n|")


def test_banner_without_trailer():
    page = PAGE[: PAGE.index("\nKế hoạch 215/KH-UBND năm 2025")]
    assert strip_boilerplate(page) == DOCUMENT


def test_ordinary_documents_unchanged():
    plan = _read("word_plan.txt")  # cites Nghị định 13/2023/NĐ-CP itself, lists "Văn bản liên quan"
    news = "Sáng 12/11, UBND tỉnh tổ chức hội nghị.\nTình trạng: đã hoàn thành 12/20 nhiệm vụ."
    assert strip_boilerplate(plan) == plan
    assert strip_boilerplate(news) == news


def test_title_of_another_document_before_trailer_kept():
    # Only the site's echo of the document's own title goes; a cited document's title stays.
    document = DOCUMENT + "\nQuyết định 1899/QĐ-TTg năm 2025 về cải cách hành chính do Thủ tướng Chính phủ ban hành"
    assert strip_boilerplate(document + "\nVăn bản này chưa cập nhật nội dung Tiếng Anh") == document


LETTER_PAGE = _read("tvpl_letter.txt")  # a letter the site copied without its header


def test_banner_and_site_summary_of_a_letter_without_header_removed():
    # No national motto: the page opens with the site's own lines, so its banner and news summary go.
    assert strip_boilerplate(LETTER_PAGE).lstrip("|\n").startswith("Kính gửi:")


def test_site_catalog_read_from_the_banner():
    assert split_site_page(LETTER_PAGE)[1] == {
        "Số hiệu": "4001/UBND-ĐT", "Loại văn bản": "Công văn", "Nơi ban hành": "Thành phố Hồ Chí Minh",
        "Người ký": "Bùi Minh Thạnh", "Ngày ban hành": "24/11/2025"}
    assert split_site_page(_read("word_plan.txt"))[1] == {}


def test_the_sites_news_summary_above_a_telegram_goes_whatever_its_closing_line_says():
    # The summary retells the document's points ("(1) Chủ tịch Ủy ban nhân dân các tỉnh … chỉ đạo …"): kept, they
    # would be read twice.
    for closing in ("Xem thêm Công điện 232/CĐ-TTg đã ban hành ngày 27/11/2025.",
                    "Xem chi tiết thêm tại Nghị quyết 377/NQ-CP ban hành ngày 21/11/2025.",
                    "Xem nội dung chi tiết tại Công văn 10/BTC-VP ban hành ngày 21/11/2025."):
        page = ("Tình trạng:\n|\nĐã biết\n|\n## Bảo đảm người dân có nhà ở an toàn\n"
                "(1) Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa chỉ đạo cơ quan chức năng rà soát.\n"
                f"{closing}\n|\n**THỦ TƯỚNG CHÍNH PHỦ**\n|\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n"
                "Độc lập - Tự do - Hạnh phúc\n|\nSố: 232/CĐ-TTg\n")
        assert strip_boilerplate(normalize_text(page)).lstrip("|\n").startswith("THỦ TƯỚNG CHÍNH PHỦ")


def test_a_converters_front_matter_is_cut():
    page = ("---\ntitle: \"Doc Undated Chi thi 11 2019\"\ncategory: \"Tax\"\noriginal_format: \"pdf\"\n---\n\n"
            "THỦ TƯỚNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nCHỈ THỊ\n\n1. Ngân hàng Nhà nước chỉ đạo các tổ "
            "chức tín dụng cơ cấu lại thời hạn trả nợ.\n")
    text, catalog = split_site_page(normalize_text(page))
    assert text.startswith("THỦ TƯỚNG CHÍNH PHỦ") and catalog == {}
    assert split_site_page("---\n\nMột đoạn văn bản.\n")[0] == "---\n\nMột đoạn văn bản.\n"  # a rule, not front matter


CRUMBED = _read("tvpl_crumbed_decision.txt")  # a copy of Quyết định 435/QĐ-UBND as a crawler stored it


def test_a_crawlers_breadcrumb_before_every_heading_goes():
    lines = strip_breadcrumbs(CRUMBED).split("\n")
    assert lines[0] == "ỦY BAN NHÂN DÂN TỈNH KON TUM -------"
    assert "Điều 1." in lines and "II. NỘI DUNG HOẠT ĐỘNG" in lines
    assert any(line.startswith("CHƯƠNG TRÌNH HÀNH ĐỘNG. TRIỂN KHAI KẾ HOẠCH") for line in lines)  # the annex's title


def test_a_citation_opening_a_text_once_is_no_breadcrumb():
    text = "Quyết định 435/QĐ-UBND năm 2020. Điều 1 sửa đổi như sau.\nĐiều 2. Hiệu lực.\n"
    assert strip_breadcrumbs(text) == text


def test_a_breadcrumb_of_a_number_without_its_year_goes_too():
    # (a crawler's copy of Nghị định 01/2015/NĐ-CP: the crumb before the header and every article)
    text = ("Nghị định 01/2015/NĐ-CP. CHÍNH PHỦ --------\nSố: 01/2015/NĐ-CP\n"
            "Nghị định 01/2015/NĐ-CP. Điều 15. Phối hợp trong xử lý vi phạm\na) Phối hợp lực lượng;\n"
            "Nghị định 01/2015/NĐ-CP. Điều 16. Trách nhiệm của Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương\n")
    assert strip_breadcrumbs(text).split("\n")[::2] == [
        "CHÍNH PHỦ --------", "Điều 15. Phối hợp trong xử lý vi phạm",
        "Điều 16. Trách nhiệm của Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương"]


def test_a_breadcrumb_once_before_the_headers_first_line_goes():
    # (Công văn 296/BHXH-CSYT as a site stored it: the crumb, then the issuer's line, the motto on the next)
    text = ("Công văn 296/BHXH-CSYT năm 2021 hướng dẫn quy định tại Điều 22 Luật Bảo hiểm y tế do Bảo hiểm xã hội Việt "
            "Nam ban hành. BẢO HIỂM XÃ HỘI VIỆT NAM --------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh "
            "phúc\nSố: 296/BHXH-CSYT\n")
    assert strip_breadcrumbs(text).startswith("BẢO HIỂM XÃ HỘI VIỆT NAM --------\nCỘNG HÒA")
    # (a text that opens with such a sentence and no header below keeps it)
    plain = "Công văn 296/BHXH-CSYT năm 2021 hướng dẫn thực hiện. Các đơn vị triển khai.\nNội dung khác.\nNội dung cuối.\n"
    assert strip_breadcrumbs(plain) == plain


def test_a_breadcrumb_with_the_documents_title_goes_too():
    # (a crawler's copy of Nghị định 131/2020/NĐ-CP: its number and title before the header and every article)
    crumb = "Nghị định 131/2020/NĐ-CP quy định về tổ chức, hoạt động dược lâm sàng của cơ sở khám bệnh, chữa bệnh. "
    text = (f"{crumb}CHÍNH PHỦ -------\nSố: 131/2020/NĐ-CP\n"
            f"{crumb}Điều 11. Trách nhiệm của trưởng khoa dược\n1. Trưởng khoa dược có các trách nhiệm sau:\n"
            f"{crumb}Điều 12. Trách nhiệm của trưởng khoa lâm sàng\n")
    assert strip_breadcrumbs(text).split("\n")[::2] == [
        "CHÍNH PHỦ -------", "Điều 11. Trách nhiệm của trưởng khoa dược", "Điều 12. Trách nhiệm của trưởng khoa lâm sàng"]


def _pages(*pages: str) -> str:
    """Pages of a PDF's text copy, each page's number on a line of its own before its text."""
    return "\n".join(f"{n}\n{page}" if n > 1 else page for n, page in enumerate(pages, 1))


def test_page_numbers_between_the_lines_of_a_pdfs_text_copy_are_dropped():
    # (Nghị quyết 84/NQ-CP, 2020, as its PDF converts: "… cho" / "3" / "các dự án …")
    body = "\n".join(f"- Các bộ, cơ quan trung ương, địa phương rà soát thủ tục đầu tư số {i} cho" for i in range(20))
    text = _pages(body, "các dự án theo đề xuất của doanh nghiệp.\n" + body, "các dự án còn lại trên địa bàn.\n" + body)
    assert strip_page_numbers(text) == text.replace("\n2\n", "\n").replace("\n3\n", "\n")


def test_table_numbers_and_a_lone_page_number_stay():
    rows = "\n".join(f"|\n{i}\n|\nRà soát thủ tục hành chính thuộc lĩnh vực quản lý số {i}\n|" for i in range(1, 30))
    cells = "\n".join(f"\n{i}\n\nTín nhiệm\n\n" + "Không tín nhiệm\n" * 14 for i in range(1, 4))
    one_page = "Các sở, ngành rà soát thủ tục hành chính thuộc lĩnh vực\n2\nquản lý, báo cáo trước ngày 15/12."
    for text in (rows, cells, one_page):
        assert strip_page_numbers(text) == text


def test_a_txt_copy_is_read_without_its_page_numbers(tmp_path):
    from pipeline.readers import read_document
    page = "- Bộ Kế hoạch và Đầu tư khẩn trương đẩy nhanh tiến độ\n" + "\n".join(
        ["xem xét, giải quyết thủ tục đầu tư cho các dự án theo đề xuất của doanh nghiệp,"] * 16)
    with_numbers, without = tmp_path / "a.txt", tmp_path / "b.txt"
    with_numbers.write_text(_pages(page, page, page), encoding="utf-8")
    without.write_text("\n".join([page] * 3), encoding="utf-8")
    assert read_document(with_numbers).text == read_document(without).text
