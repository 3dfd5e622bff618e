from pathlib import Path

import pytest

from extractors.metadata import extract_metadata, sentence_case
from pipeline.document import RawBlock, build_document
from pipeline.readers import read_document
from tests.conftest import CORPUS


def meta(name):
    return extract_metadata(read_document(CORPUS / name))


def test_decision_header_in_pipe_layout():
    m = meta("004_56be073c6998dd9f.txt")
    assert (m.doc_type, m.number, m.symbol) == ("Quyết định", "4034/QĐ-UBND", "QĐ-UBND")
    assert (m.issuer, m.province, m.place) == ("Ủy ban nhân dân tỉnh Khánh Hòa", "Khánh Hòa", "Khánh Hòa")
    assert m.issued_date == "2017-12-29"
    assert m.signer == "Lê Đức Vinh"
    assert m.title == "Ban hành Kế hoạch cải cách hành chính tỉnh Khánh Hòa năm 2018"


def test_a_number_a_scan_garbled_gives_its_symbol_and_no_number():
    # (Thông báo 08/TB-TCT as OCR read it: specks in the number; a later "số 01/BTT-BTC-BTTTT" is another document's)
    m = _text_meta("BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỔNG CỤC THUẾ Độc lập - Tự do - Hạnh phúc\n"
                   "Số: 0? /TB-TCT Hà Nội, ngày4# tháng0A năm 2022\n\nTriển khai thực hiện Bản Thỏa thuận phối hợp công "
                   "tác giữa Bộ Tài chính và Bộ Thông tin và Truyền thông số 01/BTT-BTC-BTTTT được ký kết ngày 08/11/2021.\n")
    assert (m.doc_type, m.symbol, m.number) == ("Thông báo", "TB-TCT", None)


def test_a_guidance_issued_with_a_letter_is_dated_by_its_caption():
    # (Hướng dẫn tạm thời of the Ministry of Health, 2020: no header of its own, the letter's number left blank)
    m = _text_meta("HƯỚNG DẪN TẠM THỜI\nGiám sát người nhập cảnh vào Việt Nam\n(Ban hành kèm theo Công văn số /BYT-DP "
                   "ngày /9/2020 của Bộ Y tế)\nI. MỤC ĐÍCH\nTổ chức giám sát, xét nghiệm người nhập cảnh trong tình hình "
                   "mới.\n")
    assert (m.doc_type, m.issued_date, m.number, m.issuer) == ("Hướng dẫn", "2020-09", None, "Bộ Y tế")
    # (a plan that cites another plan "ban hành kèm theo Quyết định số …" in its text is not dated by it)
    m = _text_meta("KẾ HOẠCH\nCải cách hành chính giai đoạn 2022-2025\n\nCăn cứ Quyết định số 2243/QĐ-UBND ngày "
                   "10/9/2021 của Ủy ban nhân dân tỉnh về việc ban hành Kế hoạch cải cách hành chính, Sở xây dựng Kế "
                   "hoạch.\nI. MỤC TIÊU\n1. Thực hiện Kế hoạch ban hành kèm theo Quyết định số 2243/QĐ-UBND ngày "
                   "10/9/2021 của UBND tỉnh.\n")
    assert m.issued_date is None


def test_the_date_on_a_long_header_line_with_the_motto():
    # (a Phiếu trình of a province's office: both columns and the date on one line, tabs between)
    m = _text_meta("BM01/VPUB-QT7.0\nVĂN PHÒNG UBND TỈNH          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM PHÒNG KINH TẾ     \t"
                   "                Độc lập - Tự do - Hạnh phúc         Bình Thuận, ngày 02 tháng 10 năm 2024\n"
                   "- Lãnh đạo Văn phòng.\n1. Vấn đề trình: Xử lý cây phi lao chết đứng.\n")
    assert m.issued_date == "2024-10-02"


def test_a_joint_regulations_symbol_spaced_apart_is_read_whole():
    # (Quy chế phối hợp 1999/QCPH-BHXH-TCT as a scan gives its number line; its title OCR'd without marks)
    m = _text_meta("BẢO HIỂM XÃ HỘI VIỆT NAM - CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỔNG CỤC THUẾ Độc lập - Tự do - Hạnh "
                   "phúc\n\nSố: 1999 /QCPH - BHXH - TCT Hà Nội, ngày 09 tháng 7 năm 2021\n\nQUY CHE CHIA SE DU LIEU\n")
    assert (m.number, m.symbol, m.doc_type) == ("1999/QCPH-BHXH-TCT", "QCPH-BHXH-TCT", "Quy chế")


def test_a_scans_small_so_and_full_stop_after_the_place_still_give_number_and_date():
    # (Tổng cục Thuế's letter 4222/TCT-PC as a scan gives its header: "số:" small, run onto the motto by the reflow,
    # the symbol's last part spaced off, and a full stop for the comma after the place)
    m = _text_meta("BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỎNG CỤC THUÊ Độc lập — Tự do — Hạnh phúc\n"
                   "số: 4222 /TCT -PC Hà Nội. ngày 09 tháng 11 năm 2023\n\nV/v tăng cường kỷ cương, kỷ luật\n\n"
                   "Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.\n\nThực hiện chỉ đạo của Bộ Tài "
                   "chính tại công văn số 11614/BTC-PC ngày 24/10/2023, Tổng cục Thuế yêu cầu các Cục Thuế thực "
                   "hiện.\n")
    assert (m.number, m.symbol, m.issued_date, m.place) == ("4222/TCT-PC", "TCT-PC", "2023-11-09", "Hà Nội")


def test_a_number_of_a_numbered_series_keeps_its_dot():
    # (the Government's resolutions under Resolution 66.x are numbered within their series: "66.17/2026/NQ-CP")
    m = _text_meta("CHÍNH PHỦ\n_\nSố: 66.17/2026/NQ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh "
                   "phúc\nHà Nội, ngày 15 tháng 5 năm 2026\n\nNGHỊ QUYẾT\nCắt giảm, sửa đổi ngành, nghề đầu tư kinh "
                   "doanh có điều kiện\n\nCăn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\n")
    assert (m.number, m.symbol, m.doc_type) == ("66.17/2026/NQ-CP", "NQ-CP", "Nghị quyết")


def test_a_copy_without_its_header_is_issued_by_the_body_of_its_enacting_line_not_by_the_proposer():
    # (Quyết định of the Prime Minister on vehicle emissions as a site copies it: title, grounds, enacting line)
    m = _text_meta("**QUYẾT ĐỊNH**\n\nQUY ĐỊNH LỘ TRÌNH ÁP DỤNG QUY CHUẨN KỸ THUẬT QUỐC GIA VỀ KHÍ THẢI XE Ô TÔ\n\n"
                   "*Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;*\n\n*Theo đề nghị của Bộ trưởng Bộ Nông nghiệp và "
                   "Môi trường;*\n\n*Thủ tướng Chính phủ ban hành Quyết định quy định lộ trình áp dụng quy chuẩn kỹ "
                   "thuật quốc gia về khí thải xe ô tô.*\n\n**Điều 1. Phạm vi điều chỉnh**\n\nQuyết định này quy định "
                   "lộ trình áp dụng quy chuẩn.\n")
    assert (m.doc_type, m.issuer) == ("Quyết định", "Thủ tướng Chính phủ")


def test_a_councils_resolution_is_issued_by_the_council_without_its_term_and_session():
    # (Nghị quyết HĐND tỉnh Hà Giang, 2017, as a site copies it: the council's line under the title, its term below)
    m = _text_meta("NGHỊ QUYẾT\nVỀ CHẤT VẤN VÀ TRẢ LỜI CHẤT VẤN TẠI KỲ HỌP THỨ NĂM HĐND TỈNH HÀ GIANG KHÓA XVII\n"
                   "HỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG\nKHÓA XVII - KỲ HỌP THỨ NĂM\n"
                   "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT NGHỊ:\n"
                   "Điều 1. Hội đồng nhân dân tỉnh đề nghị Ủy ban nhân dân tỉnh chỉ đạo rà soát các dự án.\n")
    assert (m.doc_type, m.issuer, m.province) == ("Nghị quyết", "Hội đồng nhân dân tỉnh Hà Giang", "Hà Giang")


def test_a_party_body_under_the_partys_motto_issues_and_a_central_one_has_no_province():
    # (Kế hoạch 3260-KH/ĐĐQH15 of the National Assembly's Party delegation, 2025: the motto above the left column)
    m = _text_meta("## ĐẢNG CỘNG SẢN VIỆT NAM\n\n**BAN CHẤP HÀNH TRUNG ƯƠNG**\n**ĐẢNG ĐOÀN QUỐC HỘI**\n\n"
                   "Số 3260-KH/ĐĐQH15\n\nHà Nội, ngày 10 tháng 01 năm 2025\n\n**KẾ HOẠCH**\n\n"
                   "**Triển khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị**\n\n"
                   "Ngày 22/12/2024, Bộ Chính trị đã ban hành Nghị quyết số 57-NQ/TW.\n")
    assert (m.doc_type, m.issuer, m.province, m.issued_date) == ("Kế hoạch", "Đảng đoàn Quốc hội", None, "2025-01-10")


def test_a_number_written_into_the_blank_before_its_year_is_read_whole():
    # (Quyết định 70/2024/QĐ-UBND Hà Nội as a site copies it: the number typed into the blank left for it)
    m = _text_meta("ỦY BAN NHÂN DÂN                                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                   "THÀNH PHỐ HÀ NỘI                                    Độc lập - Tự do - Hạnh phúc\n"
                   "Số: 70          /2024/QĐ-UBND                        Hà Nội, ngày 12 tháng 12 năm 2024\n\n"
                   "QUYẾT ĐỊNH\nBan hành Quy định một số nội dung quản lý nhà nước về giá\n")
    assert (m.number, m.symbol, m.issued_date) == ("70/2024/QĐ-UBND", "QĐ-UBND", "2024-12-12")


def test_a_copy_without_its_header_that_opens_on_its_type_and_title_has_that_type():
    # (Chỉ thị of UBND tỉnh Long An, 2009, as a corpus stores it: the title line, then the body; a news post's headline
    # stays a news post)
    m = _text_meta("Chỉ thị về việc xây dựng kế hoạch phát triển kinh tế - xã hội 5 năm 2011 - 2015\n"
                   "Thực hiện Chỉ thị số 751/CT-TTg ngày 03/6/2009 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh yêu cầu "
                   "các sở, ban, ngành tỉnh triển khai xây dựng kế hoạch.\n")
    assert (m.doc_type, m.title) == ("Chỉ thị", "Về việc xây dựng kế hoạch phát triển kinh tế - xã hội 5 năm 2011 - 2015")
    news = _text_meta("Công tác cải cách hành chính của Sở Lao động - Thương binh và Xã hội - Những nỗ lực không ngừng\n"
                      "Những năm gần đây, công tác cải cách hành chính của Sở đã có những bước chuyển mới.\n")
    assert news.doc_type == "Tin bài"


def test_blank_number_and_day_give_null_number_and_partial_date():
    m = meta("000_fe4a77ad651f9b83.txt")
    assert m.number is None and m.symbol == "QĐ-SLĐTBXH"
    assert m.issued_date == "2020-01"
    assert m.issuer == "Sở Lao động - Thương binh và Xã hội tỉnh Khánh Hòa"
    assert m.signer == "Phạm Thị Xuân Trang"


def test_plan_without_header_takes_issuer_from_title_and_province_from_text():
    m = meta("002_eb7196ab3e440511.txt")
    assert m.doc_type == "Kế hoạch" and m.number is None and m.issued_date is None
    assert m.issuer == "Sở Lao động - Thương binh và Xã hội tỉnh Thừa Thiên Huế"
    assert m.signer == "Nguyễn Hữu Phước"


def test_news_article_is_tin_bai():
    m = meta("001_21baeff0754c0a52.txt")
    assert m.doc_type == "Tin bài" and m.signer is None
    assert m.issuer == "Sở Lao động - Thương binh và Xã hội tỉnh Quảng Nam"


@pytest.mark.parametrize("name", ["004_khanh_hoa_cchc_2018.docx", "004_khanh_hoa_cchc_2018.pdf"])
def test_same_document_as_txt_docx_pdf_gives_same_metadata(name):
    fields = ["doc_type", "number", "symbol", "issuer", "province", "issued_date", "place", "signer", "title"]
    txt = meta("004_56be073c6998dd9f.txt").model_dump(include=set(fields))
    assert meta(name).model_dump(include=set(fields)) == txt


def test_sentence_case_keeps_province_and_codes():
    assert sentence_case("ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA") == "Ủy ban nhân dân tỉnh Khánh Hòa"
    assert sentence_case("THỰC HIỆN NGHỊ QUYẾT SỐ 214/NQ-CP") == "Thực hiện Nghị quyết số 214/NQ-CP"
    assert sentence_case("THUỘC PHẠM VI QUẢN LÝ CỦA SỞ NỘI VỤ VÀ TỔ CHỨC BỘ MÁY") == (
        "Thuộc phạm vi quản lý của Sở Nội vụ và tổ chức bộ máy")
    # a department's own name after its head word, not a place; a region's number
    assert sentence_case("TỔNG CỤC HẢI QUAN") == "Tổng cục Hải quan"
    assert sentence_case("CHI CỤC THUẾ KHU VỰC III") == "Chi cục Thuế khu vực III"
    assert sentence_case("CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH LÀO CAI") == "Cục Quản lý thị trường tỉnh Lào Cai"


def test_sentence_case_writes_abbreviations_out_and_keeps_a_terms_numeral():
    assert sentence_case("VĂN PHÒNG UBND TỈNH") == "Văn phòng Ủy ban nhân dân tỉnh"
    assert sentence_case("SỞ LĐTBXH TỈNH KHÁNH HÒA") == "Sở Lao động - Thương binh và Xã hội tỉnh Khánh Hòa"
    # a code keeps its capitals ("TW" in it is no "Trung ương"); "VI" is a word, not a numeral, but after "khóa"
    assert sentence_case("THỰC HIỆN CHỈ THỊ SỐ 14-CT/TW CỦA BAN BÍ THƯ KHÓA XII VỀ XỬ LÝ VI PHẠM") == (
        "Thực hiện Chỉ thị số 14-CT/TW của ban bí thư khóa XII về xử lý vi phạm")


@pytest.mark.parametrize("header, issuer", [
    # scans: the motto and the names without their marks, letters misread
    ("BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTONG CYC THUE Độc lập - Tự do - Hanh phúc\n", "Tổng cục Thuế"),
    ("BO TÀI CHÍNH CONG HOA XÃ HỘI CHỦ NGH. TNAM\nTỎNG CỤC THUÊ Độc lập — Tự do — Hạnh phúc\n", "Tổng cục Thuế"),
    # (a word of the motto misread: "Í" for "XÃ HỘI", "lọc" for "lập")
    ("BO TAI CHINH CONG HOA Í CHU NGHĨA VIET NAM\nTONG CUC THUE Doc lọc Tự do - Hạnh phúc\n", "Tổng cục Thuế"),
    ("VAN PHÒNG CHÍNH PHỦ CONG HOA XÃ HOI CHỦ NGHĨA VIET NAM\n——— Độc lập - Tự do - Hạnh phúc\n", "Văn phòng Chính phủ"),
    ("BO LAO DONG - THUONG BINH CONG HOA XA HOI CHU NGHIA VIET NAM\nVÀ XÃ HỘI | Độc lập - Tự do - Hạnh phúc\n",
     "Bộ Lao động - Thương binh và Xã hội"),
    ("THỦ TƯỚNG CHÍNHPHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n—— Độc lập - Tự do - Hạnh phúc\n", "Thủ tướng Chính phủ"),
    # (a clean header's own body is kept, however like a ministry's name its words are)
    ("BAN CHỈ ĐẠO NHÀ NƯỚC VỀ DU LỊCH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n",
     "Ban Chỉ đạo Nhà nước về du lịch"),
    ("UBND TỈNH KHÁNH HÒA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ NỘI VỤ Độc lập - Tự do - Hạnh phúc\n",
     "Sở Nội vụ tỉnh Khánh Hòa"),
])
def test_issuer_of_scanned_headers(header, issuer):
    m = _text_meta(header + "Số: 450/VPCP-QHQT Hà Nội, ngày 18 tháng 01 năm 2022\n\nKính gửi: Bộ Y tế.\n\n"
                   "Xét đề nghị của Bộ Y tế, Văn phòng Chính phủ có ý kiến như sau.\n")
    assert m.issuer == issuer


@pytest.mark.parametrize("header, issuer", [
    # a copy that glued the header's two lines
    ("ỦY BAN NHÂN DÂNTỈNH LÂM ĐỒNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  Độc lập - Tự do - Hạnh phúc\n",
     "Ủy ban nhân dân tỉnh Lâm Đồng"),
    # a crawler's citation once before a header run into one line; a general department under its ministry
    ("Công văn 778/TCHQ-GSQL. BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự "
     "do - Hạnh phúc ---------------\n", "Tổng cục Hải quan"),
    # a crawler's citation with the title before the issuer's line; "xã hội" is no commune ("… xã Hội Việt Nam")
    ("Công văn 296/BHXH-CSYT năm 2021 hướng dẫn quy định tại Điều 22 Luật Bảo hiểm y tế do Bảo hiểm xã hội Việt Nam "
     "ban hành. BẢO HIỂM XÃ HỘI VIỆT NAM --------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n",
     "Bảo hiểm xã hội Việt Nam"),
])
def test_issuer_of_headers_copies_ran_together(header, issuer):
    m = _text_meta(header + "Số: 778/TCHQ-GSQL\nHà Nội, ngày 13 tháng 02 năm 2017\n\nKính gửi: Cục Hải quan các tỉnh, "
                   "thành phố.\n\nĐể đảm bảo việc trao đổi thông tin, Tổng cục Hải quan hướng dẫn như sau.\n")
    assert m.issuer == issuer


def test_a_body_of_the_whole_country_has_no_province_where_it_writes_from():
    # (Công văn 296/BHXH-CSYT, 2021: dated in Hà Nội, where the country's bodies sit; the city is no province of it)
    m = _text_meta("BẢO HIỂM XÃ HỘI VIỆT NAM --------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n"
                   "Số: 296/BHXH-CSYT\nHà Nội, ngày 02 tháng 02 năm 2021\n\nKính gửi: Bảo hiểm xã hội các tỉnh, thành "
                   "phố trực thuộc Trung ương.\n\nBảo hiểm xã hội Việt Nam hướng dẫn như sau.\n")
    assert (m.issuer, m.place, m.province) == ("Bảo hiểm xã hội Việt Nam", "Hà Nội", None)


def test_a_letter_without_header_is_sent_by_the_body_it_names_in_full_before_its_short_name():
    # (Công văn 171/CV-BCĐ, 2025, as a site copies it: no header, the sender named in the opening)
    m = _text_meta("**Kính gửi:** Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.\n\nThực hiện Kết "
                   "luận số 210-KL/TW ngày 12/11/2025 của Ban Chấp hành Trung ương Đảng, Ban Chỉ đạo của Chính phủ về "
                   "sắp xếp đơn vị hành chính các cấp và xây dựng mô hình tổ chức chính quyền địa phương 02 cấp (sau đây "
                   "viết là Ban Chỉ đạo của Chính phủ) yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh tập trung chỉ đạo.\n\n"
                   "**KT. TRƯỞNG BAN**\nPHÓ TRƯỞNG BAN\nPhạm Thị Thanh Trà\n")
    assert m.issuer == ("Ban Chỉ đạo của Chính phủ về sắp xếp đơn vị hành chính các cấp và xây dựng mô hình tổ chức "
                        "chính quyền địa phương 02 cấp")


def _meta_of_text(text: str):
    from pipeline.document import build_document
    from pipeline.normalize import normalize_text
    from pipeline.txt_layout import layout_text

    return extract_metadata(build_document(layout_text(normalize_text(text)), "txt"))


def test_a_date_line_with_the_title_run_onto_it():
    # (a web copy of Quyết định 3176/QĐ-BYT, 2024, that put the header's place, date and title on one line)
    m = _meta_of_text(
        "Quyết định 3176/QĐ-BYT năm 2024. BỘ Y TẾ -------\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
        "Số: 3176/QĐ-BYT\n"
        "Hà Nội, ngày 29 tháng 10 năm 2024 QUYẾT ĐỊNH SỬA ĐỔI, BỔ SUNG QUYẾT ĐỊNH SỐ 4750/QĐ-BYT  NGÀY 29/12/"
        "2023 CỦA BỘ TRƯỞNG BỘ Y TẾ SỬA ĐỔI, BỔ SUNG QUYẾT ĐỊNH SỐ 130/QĐ-BYT  NGÀY 18/01/2023 QUY ĐỊNH CHUẨN"
        " VÀ ĐỊNH DẠNG DỮ LIỆU ĐẦU RA PHỤC VỤ VIỆC QUẢN LÝ, GIÁM ĐỊNH, THANH TOÁN CHI PHÍ KHÁM BỆNH, CHỮA BỆN"
        "H VÀ GIẢI QUYẾT CÁC CHẾ ĐỘ LIÊN QUAN BỘ TRƯỞNG BỘ Y TẾ\n"
        "Căn cứ Nghị định số 95/2022/NĐ-CP ngày 15 tháng 11 năm 2022 của Chính phủ quy định chức năng, nhiệm "
        "vụ, quyền hạn và cơ cấu tổ chức của Bộ Y tế;\n"
        "Căn cứ Nghị định số 166/2016/NĐ-CP ngày 24 tháng 12 năm 2016 của Chính phủ quy định về giao dịch điệ"
        "n tử trong lĩnh vực bảo hiểm xã hội, bảo hiểm y tế và bảo hiểm thất nghiệp;\n"
        "Căn cứ Nghị định số 146/2018/NĐ-CP ngày 17 tháng 10 năm 2018 của Chính phủ quy định chi tiết và hướn"
        "g dẫn biện pháp thi hành một số điều của Luật Bảo hiểm y tế;\n"
        "Căn cứ Nghị định số 75/2023/NĐ-CP ngày 19 tháng 10 năm 2023 của Chính phủ sửa đổi, bổ sung một số đi"
        "ều của Nghị định số 146/2018/NĐ-CP ngày 17 tháng 10 năm 2018 của Chính phủ quy định chi tiết và hướn"
        "g dẫn biện pháp thi hành một số điều của Luật Bảo hiểm y tế;\n"
        "Thông tư số 52/2016/TT-BYT ngày 30 tháng 12 năm 2016 của Bộ trưởng Bộ Y tế quy định về nhiệm vụ, quy"
        "ền hạn, mối quan hệ công tác và hoạt động của Hội đồng Giám định y khoa các cấp;\n"
        "Thông tư số 48/2017/TT-BYT ngày 28 tháng 12 năm 2017 của Bộ trưởng Bộ Y tế quy định trích chuyển dữ "
        "liệu điện tử trong quản lý và thanh toán chi phí khám bệnh, chữa bệnh bảo hiểm y tế;\n"
        "Thông tư số 56/2017/TT-BYT ngày 29 tháng 12 năm 2017 quy định chi tiết thi hành Luật Bảo hiểm xã hội"
        " và Luật An toàn vệ sinh lao động thuộc lĩnh y tế; Thông tư số 18/2022/TT-BYT ngày 31 tháng 12 năm 2"
        "022 sửa đổi, bổ sung một số điều của Thông tư số 56/2017/TT-BYT ngày 29 tháng 12 năm 2017 của Bộ trư"
        "ởng Bộ Y tế quy định chi tiết thi hành Luật Bảo hiểm xã hội và Luật An toàn vệ sinh lao động thuộc l"
        "ĩnh y tế;\n"
        "Thông tư số 28/2018/TT-BYT ngày 26 tháng 10 năm 2018 của Bộ trưởng Bộ Y tế quy định về quản lý điều "
        "trị người nhiễm HIV, người phơi nhiễm với HIV tại các cơ sở y tế;\n")
    assert (m.number, m.place, m.issued_date) == ("3176/QĐ-BYT", "Hà Nội", "2024-10-29")


def test_chairman_decision_with_number_on_the_line_below_and_wrapped_place():
    m = _meta_of_text(
        "|\n**CHỦ TỊCH ỦY BAN\nNHÂN DÂN**\n**TỈNH NINH BÌNH**\n-------\n|\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\n"
        "Độc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố:\n163/2025/QĐ-CTUBND\n|\n*Ninh Bình, ngày\n"
        "25 tháng 11 năm 2025*\n|\n\n**QUYẾT ĐỊNH**\n\nBAN HÀNH QUY CHẾ QUẢN LÝ HỆ THỐNG THÔNG TIN\n\n"
        "**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH**\n\n*Căn cứ Luật Tổ chức chính quyền địa phương;*\n")
    assert (m.doc_type, m.number, m.symbol) == ("Quyết định", "163/2025/QĐ-CTUBND", "QĐ-CTUBND")
    assert (m.issuer, m.province, m.place, m.issued_date) == (
        "Chủ tịch Ủy ban nhân dân tỉnh Ninh Bình", "Ninh Bình", "Ninh Bình", "2025-11-25")


def test_letter_without_type_heading_is_cong_van_and_city_place_is_unwrapped():
    m = _meta_of_text(
        "|\n**ỦY BAN NHÂN DÂN\n**\nTHÀNH PHỐ HỒ CHÍ MINH\n-------\n|\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\n"
        "Độc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố: 4240/UBND-VX\nV/v triển khai thực hiện\n|\n"
        "*Thành phố Hồ Chí\nMinh, ngày 28 tháng 11 năm 2025*\n|\nKính gửi: Các sở, ban, ngành\n")
    assert (m.doc_type, m.number, m.place, m.issued_date) == ("Công văn", "4240/UBND-VX", "Hồ Chí Minh", "2025-11-28")
    assert m.title == "triển khai thực hiện"
    assert m.issuer == "Ủy ban nhân dân thành phố Hồ Chí Minh"


def test_the_number_cell_before_a_cut_place_is_no_part_of_it():
    # (a PDF's text layer cut "Quảng" apart: "Qu ả ng Ngãi"; the number's cell stands before it in the row)
    m = _text_meta("| ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh "
                   "phúc --------------- |\n|---|---|\n| Số: 1351/QĐ-UBND | Qu ả ng Ngãi, ngày 04 tháng 10 năm 2022 |\n\n"
                   "QUYẾT ĐỊNH\n\nCÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH\n")
    assert (m.number, m.issued_date, m.province) == ("1351/QĐ-UBND", "2022-10-04", "Quảng Ngãi")
    assert "Số" not in (m.place or "")


def _text_meta(text):
    return extract_metadata(read_document("letter.txt", text.encode("utf-8")))


def test_letter_without_its_header_is_a_cong_van_signed_for_its_body():
    m = _text_meta("""**Kính gửi:**

- Bảo hiểm xã hội thành phố Hà Nội;
- Sở Y tế;
- UBND các phường, xã.

Thời gian qua, Ủy ban nhân dân thành phố Hà Nội đã có nhiều văn bản chỉ đạo thực hiện chính sách bảo hiểm y tế.

1. Sở Y tế chủ trì, phối hợp với Bảo hiểm xã hội thành phố kiểm tra các cơ sở khám bệnh, chữa bệnh.

Nơi nhận:
- Như trên;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Vũ Thu Hà
""")
    assert m.doc_type == "Công văn"
    # the recipients listed under "Kính gửi" are not the issuer; the signature names it
    assert (m.issuer, m.province, m.signer) == ("Ủy ban nhân dân thành phố Hà Nội", "Hà Nội", "Vũ Thu Hà")


def test_telegram_sender_is_its_issuer_and_a_central_one_has_no_province():
    m = _text_meta("""**CÔNG ĐIỆN**
VỀ TẬP TRUNG ỨNG PHÓ VÀ KHẮC PHỤC HẬU QUẢ MƯA LŨ
**THỦ TƯỚNG CHÍNH PHỦ điện:**
- Đồng chí Bí thư Tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Khánh Hòa, Đắk Lắk;
- Bộ trưởng, Thủ trưởng cơ quan ngang bộ.

Trong mấy ngày vừa qua, tại khu vực Khánh Hòa đã xảy ra mưa rất lớn.
""")
    assert (m.doc_type, m.issuer, m.province) == ("Công điện", "Thủ tướng Chính phủ", None)


def test_issuer_from_the_symbol_when_the_header_is_lost():
    m = _text_meta("Số: 226/CĐ-TTg\n\nBộ Tài chính có nhiệm vụ chủ trì tổng hợp báo cáo.\n")
    assert m.issuer == "Thủ tướng Chính phủ"


def test_issuer_named_in_the_text_ends_where_the_name_ends():
    m = _text_meta("Số: 96/CĐ-XYZ\n\nBộ Xây dựng và chỉ đạo các địa phương khẩn trương khắc phục hậu quả.\n")
    assert m.issuer == "Bộ Xây dựng"


def test_a_letter_without_header_is_sent_by_the_body_that_asks_not_the_bodies_it_cites():
    m = _text_meta("Kính gửi: Các cơ sở đào tạo trực thuộc Bộ\n\nThực hiện Công văn số 6400/BGDĐT-GDĐH ngày "
                   "10/10/2025 của Bộ Giáo dục và Đào tạo về việc thực hiện nhiệm vụ năm học 2025 - 2026, Bộ Văn "
                   "hóa, Thể thao và Du lịch (VHTTDL) đề nghị các cơ sở đào tạo trực thuộc Bộ thực hiện một số nhiệm "
                   "vụ sau:\n")
    assert (m.doc_type, m.issuer) == ("Công văn", "Bộ Văn hóa, Thể thao và Du lịch")


def test_a_letter_without_header_to_many_recipients_is_sent_by_the_body_that_informs_them():
    recipients = ["Cục Quản trị A, Văn phòng Trung ương Đảng", "Văn phòng các Ban của Đảng",
                  "Vụ Đối ngoại, Văn phòng Chủ tịch nước", "Vụ Quan hệ Quốc tế, Văn phòng Chính phủ",
                  "Vụ Quan hệ quốc tế, Văn phòng Quốc hội", "Văn phòng các Bộ, cơ quan ngang Bộ",
                  "Văn phòng Tòa án nhân dân tối cao", "Văn phòng Viện kiểm sát nhân dân tối cao",
                  "Văn phòng Kiểm toán nhà nước", "Văn phòng Cơ quan Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
                  "Văn phòng Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
                  "Sở Ngoại vụ các tỉnh, thành phố trực thuộc Trung ương"]
    m = _text_meta("|\n**Kính\ngửi:**\n|\n" + "".join(f"- {name};\n" for name in recipients) + "|\n\n"
                   "**1.** Thực hiện chủ trương của Chính phủ về đẩy mạnh cải cách thủ tục hành chính, Cục Lãnh sự "
                   "Bộ Ngoại giao xin trân trọng thông báo: kể từ ngày 01/12/2025, Cục Lãnh sự tiếp nhận hồ sơ "
                   "trực tuyến.\n")
    # neither the first recipient nor the Government whose policy it carries out
    assert (m.doc_type, m.issuer) == ("Công văn", "Cục Lãnh sự Bộ Ngoại giao")


def test_a_letter_without_header_takes_its_number_and_date_from_its_annex():
    m = _text_meta("Kính gửi: Các cơ sở đào tạo trực thuộc Bộ\n\nBộ Văn hóa, Thể thao và Du lịch đề nghị các cơ sở "
                   "đào tạo gửi báo cáo theo Phụ lục đính kèm.\n\nPHỤ LỤC\n\n(Kèm theo Công văn số "
                   "6386/BVHTTDL-KHCNĐTMT ngày 25/11/2025 của Bộ Văn hóa, Thể thao và Du lịch)\n")
    assert (m.number, m.issued_date) == ("6386/BVHTTDL-KHCNĐTMT", "2025-11-25")


def test_a_guidance_without_header_takes_its_party_number_date_and_issuer_from_its_annex():
    m = _text_meta("HƯỚNG DẪN\n\nXÂY DỰNG, KIỆN TOÀN ĐỘI NGŨ BÁO CÁO VIÊN CÁC CẤP\n\n"
                   "- Căn cứ Quyết định số 246-QĐ/TW, ngày 24/01/2025 của Bộ Chính trị khóa XIII về chức năng, nhiệm "
                   "vụ, tổ chức bộ máy của Ban Tuyên giáo và Dân vận Trung ương;\n\n"
                   "I. ĐỐI TƯỢNG\n\nBáo cáo viên cấp xã.\n\nPHỤ LỤC\n\n(Kèm theo Hướng dẫn số 40-HD/BTGDVTW, ngày "
                   "27/11/2025 của Ban Tuyên giáo và Dân vận Trung ương)\n")
    assert (m.number, m.issued_date, m.issuer) == (
        "40-HD/BTGDVTW", "2025-11-27", "Ban Tuyên giáo và Dân vận Trung ương")


def test_an_annex_caption_written_before_the_number_was_given_still_names_the_symbol_month_and_issuer():
    m = _text_meta("Kính gửi: Các cơ quan, tổ chức trong hệ thống chính trị\n\nNgày 15/10/2025, Ban Chỉ đạo đã có văn "
                   "bản số 07-TB/CQTTBCĐ thông báo kết luận tại Hội nghị sơ kết thực hiện Nghị quyết số 57-NQ/TW của Bộ "
                   "Chính trị.\n\nTrân trọng./.\n\nPHỤ LỤC\n\nHƯỚNG DẪN SỐ HÓA HỒ SƠ, TÀI LIỆU\n"
                   "(Kèm theo văn bản số /BKHCN-CĐSQG ngày /11/2025)\n")
    assert (m.number, m.symbol, m.issued_date, m.issuer) == (None, "BKHCN-CĐSQG", "2025-11", "Bộ Khoa học và Công nghệ")


def test_a_scans_type_heading_with_ocr_marks_in_front_still_names_the_type():
    m = _text_meta("THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nDEN i: : _¬ CHỈ THỊ\n\n"
                   "Về các nhiệm vụ, giải pháp cấp bách tháo gỡ khó khăn cho sản xuất kinh doanh\n\n"
                   "Với sự vào cuộc quyết liệt của cả hệ thống chính trị, công tác phòng, chống dịch đã đạt kết quả.\n")
    assert m.doc_type == "Chỉ thị"


def test_a_scans_type_heading_whose_marks_the_ocr_lost_still_names_the_type():
    # (Quyết định 02/QĐ-TTg of 2022 as OCR'd in a tax-law collection: "QUYET ĐỊNH")
    m = _text_meta("THỦ TƯỚNG CHÍNH PHỦ CONG HOA XÃ HỘI CHỦ NGHĨA VIET NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
                   "Số: 0£ /QD-TTg Hà Nội, ngày 05 tháng 01 năm 2022\n\nQUYET ĐỊNH\n"
                   "Phê duyệt Chiến lược Quốc gia về dinh dưỡng giai đoạn 2021-2030\n\nTHỦ TƯỚNG CHÍNH PHỦ\n\n"
                   "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n")
    assert (m.doc_type, m.title) == ("Quyết định", "Phê duyệt Chiến lược Quốc gia về dinh dưỡng giai đoạn 2021-2030")
    assert _text_meta("UBND HUYỆN A\n\nKE HOACH\nTuyên truyền phổ biến pháp luật năm 2024\n").doc_type == "Kế hoạch"


def test_a_type_heading_with_its_qualifier_names_the_type():
    # (Hướng dẫn tạm thời giám sát người nhập cảnh, annexed to a letter of Bộ Y tế, 2020: no header of its own)
    m = _text_meta("HƯỚNG DẪN TẠM THỜI\nGiám sát người nhập cảnh vào Việt Nam\n"
                   "(Ban hành kèm theo Công văn số /BYT-DP ngày /9/2020 của Bộ Y tế)\nI. MỤC ĐÍCH\n"
                   "Tổ chức giám sát, xét nghiệm người nhập cảnh trong tình hình mới.\n")
    assert (m.doc_type, m.title) == ("Hướng dẫn", "Giám sát người nhập cảnh vào Việt Nam")
    assert _text_meta("UBND TỈNH A\n\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nThực hiện Nghị quyết số 57-NQ/TW\n").doc_type == \
        "Chương trình"


def test_a_plans_parts_without_its_first_page_are_no_news_post():
    m = _text_meta("Tổ chức giám sát, xét nghiệm người nhập cảnh trong tình hình mới.\n\n"
                   "IV. PHÂN CÔNG THỰC HIỆN\n1. Các Bộ, ngành\n- Thông báo, hướng dẫn các cơ quan, tổ chức thực hiện.\n")
    assert m.doc_type is None
    assert _text_meta("Sở Lao động tổ chức hội nghị tổng kết công tác năm 2024.\n\nHội nghị đã thống nhất các nhiệm "
                      "vụ trọng tâm.\n").doc_type == "Tin bài"


def test_an_official_text_whose_type_is_lost_is_of_unknown_type_not_a_news_post():
    body = ("Với sự vào cuộc quyết liệt của cả hệ thống chính trị, công tác phòng, chống dịch đã đạt kết quả.\n\n"
            "1. Ngân hàng Nhà nước Việt Nam chỉ đạo các tổ chức tín dụng cơ cấu lại thời hạn trả nợ.\n\n")
    assert _text_meta(body + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n").doc_type is None
    assert _text_meta(body).doc_type == "Tin bài"


def test_the_prime_ministers_conclusions_are_a_notice_of_the_government_office():
    m = _text_meta("THÔNG BÁO\n\nKẾT LUẬN CỦA THỦ TƯỚNG CHÍNH PHỦ PHẠM MINH CHÍNH VỀ CÔNG TÁC KHẮC PHỤC HẬU QUẢ "
                   "MƯA, LŨ\n\nNgày 29 tháng 11 năm 2025, Thủ tướng Chính phủ đã đi thị sát tình hình lũ lụt. Bộ "
                   "Nông nghiệp và Môi trường đề nghị hỗ trợ giống cây trồng.\n")
    assert (m.doc_type, m.issuer) == ("Thông báo", "Văn phòng Chính phủ")


def test_tax_office_under_the_tax_department_issues_and_hue_is_not_read_inside_thue():
    m = _text_meta("""CỤC THUẾ
**THUẾ TỈNH TÂY NINH**
--------
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
Số: 3257/TNI-QLDN1
Tây Ninh, ngày 10 tháng 11 năm 2025

Kính gửi: Công ty TNHH ABC.

Thuế tỉnh trả lời về thuế suất thuế GTGT như sau.
""")
    assert (m.issuer, m.province) == ("Thuế tỉnh Tây Ninh", "Tây Ninh")
    assert m.province != "Huế"


def test_site_catalog_fills_what_a_letter_without_header_lacks():
    m = extract_metadata(read_document(Path(__file__).parent / "fixtures" / "boilerplate" / "tvpl_letter.txt"))
    assert (m.doc_type, m.number, m.symbol, m.issued_date) == ("Công văn", "4001/UBND-ĐT", "UBND-ĐT", "2025-11-24")
    assert (m.issuer, m.province, m.signer) == ("Ủy ban nhân dân thành phố Hồ Chí Minh", "Hồ Chí Minh", "Bùi Minh Thạnh")


def test_government_resolution_without_number_and_an_annex_heading_are_read_right():
    m = _text_meta("NGHỊ QUYẾT\nVỀ PHÁT ĐỘNG PHONG TRÀO TOÀN DÂN THAM GIA BẢO VỆ MÔI TRƯỜNG\nCHÍNH PHỦ\n\n"
                   "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\n"
                   "Theo đề nghị của Bộ trưởng Bộ Nông nghiệp và Môi trường.\n")
    assert (m.doc_type, m.issuer, m.province) == ("Nghị quyết", "Chính phủ", None)
    assert m.title == "Về phát động phong trào toàn dân tham gia bảo vệ môi trường"  # not "… Chính phủ"
    annexed = _text_meta("NGHỊ QUYẾT\nVỀ PHÁT ĐỘNG PHONG TRÀO TOÀN DÂN\nCHÍNH PHỦ\n\nĐiều 1. Phát động phong trào.\n\n"
                         "PHỤ LỤC\n(Kèm theo Nghị quyết số 394/NQ-CP ngày 03 tháng 12 năm 2025 của Chính phủ)\n")
    assert (annexed.number, annexed.issued_date) == ("394/NQ-CP", "2025-12-03")
    letter = _text_meta("Số: 174/CV-BCĐ\n\nKính gửi: Các đồng chí Bộ trưởng.\n\nThực hiện Kết luận số 192-KL/TW.\n\n"
                        "PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n")
    assert letter.doc_type == "Công văn"


def test_a_ministrys_department_in_hanoi_belongs_to_no_province():
    m = _text_meta("BỘ TÀI CHÍNH\nCỤC HẢI QUAN\n--------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                   "Số: 40088/CHQ-GSQL\nHà Nội, ngày 20 tháng 11 năm 2025\n\nKính gửi: Hội đồng Kinh doanh Hoa Kỳ - ASEAN.\n")
    assert (m.issuer.casefold(), m.province) == ("cục hải quan", None)


def test_a_central_party_commission_belongs_to_no_province_and_signs_k_t():
    m = _text_meta("BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN TUYÊN GIÁO VÀ DÂN VẬN\n*\nĐẢNG CỘNG SẢN VIỆT NAM\n"
                   "Số 37-HD/BTGDVTW\nHà Nội, ngày 19 tháng 11 năm 2025\n\nHƯỚNG DẪN\nVỀ VIỆC ĐỔI MỚI BẢN TIN SINH HOẠT CHI BỘ\n\n"
                   "Ban Tuyên giáo và Dân vận Trung ương hướng dẫn một số nội dung như sau:\n\n"
                   "1. Các tỉnh ủy, thành ủy cụ thể hóa hướng dẫn này.\n\n"
                   "Nơi nhận:\n- Các tỉnh ủy, thành ủy,\n- Lưu HCTĐKT.\n\nK/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n\nPhạm Tất Thắng\n")
    assert (m.province, m.signer) == (None, "Phạm Tất Thắng")


def test_a_pdftotext_layout_letter_two_columns_on_each_line():
    # (Công văn 9389/BNNMT-BĐKH of 2025 as pdftotext -layout gives it: the header's columns share lines, the number
    # line carries the place and date, and the signature's title shares the recipients' lines)
    m = _text_meta("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                   "                                                      Độc lập - Tự do - Hạnh phúc\n"
                   "       Số: 9389 /BNNMT-BĐKH\n"
                   "                                                    Hà Nội, ngày 20 tháng 11 năm 2025\n"
                   "    V/v triển khai thực hiện các quy định\n"
                   "pháp luật về giảm nhẹ phát thải khí nhà kính,\n"
                   "                 Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương\n"
                   "     Bộ Nông nghiệp và Môi trường trân trọng cảm ơn sự phối hợp chặt chẽ của\n"
                   "Quý Ủy ban./.\n"
                   "Nơi nhận:                                              KT. BỘ TRƯỞNG\n"
                   "- Như trên;                                             THỨ TRƯỞNG\n"
                   "- Văn phòng Chính phủ;\n"
                   "- Lưu: VT, VP(TH), PC, BĐKH.\n"
                   "                                                        Lê Công Thành\n")
    assert (m.number, m.issued_date, m.issuer) == ("9389/BNNMT-BĐKH", "2025-11-20", "Bộ Nông nghiệp và Môi trường")
    assert m.signer == "Lê Công Thành"


def test_a_party_committees_header_beside_the_party_motto_and_its_starred_number():
    m = _text_meta("     ĐẢNG BỘ TỈNH LÀO CAI                             ĐẢNG CỘNG SẢN VIỆT NAM\n"
                   " ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH\n"
                   "                                                      Lào Cai, ngày 07 tháng 9 năm 2026\n"
                   "               *\n"
                   "         Số 2449 -CV/ĐU\n"
                   "về việc triển khai thực hiện Chương trình hành động\n\n"
                   "                  Kính gửi: - Ủy ban nhân dân tỉnh,\n")
    assert (m.number, m.issued_date) == ("2449-CV/ĐU", "2026-09-07")
    assert (m.issuer, m.province) == ("Đảng ủy Ủy ban nhân dân tỉnh Lào Cai", "Lào Cai")


def test_a_rule_or_empty_cells_after_the_issuers_name_are_cut():
    m = _text_meta("| VĂN PHÒNG CHÍNH PHỦ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |\n"
                   "| --- | --- |\n| Số: 467/TB-VPCP | *Hà Nội, ngày 14 tháng 10 năm 2024 * |\nTHÔNG BÁO\nKẾT LUẬN CUỘC HỌP\n")
    assert (m.issuer, m.number, m.issued_date) == ("Văn phòng Chính phủ", "467/TB-VPCP", "2024-10-14")


def test_a_headers_left_column_going_on_beside_and_under_the_motto():
    m = _text_meta("      UBND TỈNH LÀO CAI                            CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                   "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG                                Độc lập - Tự do - Hạnh Phúc\n\n"
                   "        Số: 6795 /SNNMT-KS                              Lào Cai, ngày 17 tháng 7 năm 2026\n"
                   "V/v thực hiện các quy định của pháp luật\n\n"
                   "        Kính gửi: Công ty cổ phần Khai thác và Chế biến kim loại Thủ Đô\n")
    assert (m.issuer, m.province, m.number) == ("Sở Nông nghiệp và Môi trường tỉnh Lào Cai", "Lào Cai", "6795/SNNMT-KS")
    m = _text_meta("BỘ CÔNG THƯƠNG       CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                   "   CỤC KỸ THUẬT AN TOÀN         Độc lập - Tự do - Hạnh phúc\n"
                   "VÀ MÔI TRƯỜNG CÔNG NGHIỆP\n\n"
                   "       Số: 216/ATMT-ATĐ                                   Hà Nội, ngày 30 tháng 01 năm 2026\n"
                   "V/v hướng dẫn thực hiện hoạt động nạo vét\n\n"
                   "Kính gửi: Sở Công Thương tỉnh Lào Cai\n")
    assert (m.issuer.casefold(), m.province) == ("cục kỹ thuật an toàn và môi trường công nghiệp", None)


@pytest.mark.parametrize("trailer, signer", [
    # a converted Word table: the recipients and the signature in one row
    ("| *Nơi nhận:* - Bộ trưởng (để báo cáo); - Lưu VT, VP(TH), BĐKH. | KT. BỘ TRƯỞNG THỨ TRƯỞNG     Lê Công Thành |\n"
     "| --- | --- |\n", "Lê Công Thành"),
    # the title beside the last recipient, the name below, an annex after it
    ("- Cổng TTĐT Bộ Xây dựng;\n- Lưu: VT, VLXD. | BỘ TRƯỞNG\n\nPhạm Hồng Hà\n\n\nKẾ HOẠCH\nTRIỂN KHAI LẬP QUY HOẠCH\n"
     + "".join(f"{i}. Nội dung công việc số {i} của kế hoạch.\n" for i in range(1, 15)), "Phạm Hồng Hà"),
    # a copy's note of the signature before the name
    ("TM. CHÍNH PHỦ  \nKT. THỦ TƯỚNG  \nPHÓ THỦ TƯỚNG  \n[đã ký]  \nNguyễn Hòa Bình\n", "Nguyễn Hòa Bình"),
    # the signature in a row's cell, the issued plan's many paragraphs after it (Quyết định 254/QĐ-UBND tỉnh Sơn La)
    ("| Nơi nhận: - Bộ Công an (Cục A03 - để b/c); - Như Điều 3; - Lưu: VT, NC. | CHỦ TỊCH Hoàng Quốc Khánh |\n"
     "|---|---|\n\nKẾ HOẠCH\nThực hiện công tác bảo vệ bí mật nhà nước\n\n"
     + "".join(f"{i}. Nội dung công việc số {i} của kế hoạch.\n" for i in range(1, 15)), "Hoàng Quốc Khánh"),
    # a consolidated text: the stamp before the signature in its cell (Văn bản hợp nhất 836/VBHN-BLĐTBXH)
    ("| Nơi nhận: - VPCP (để đăng công báo); - Lưu: VT, PC. | XÁC THỰC VĂN BẢN HỢP NHẤT KT. BỘ TRƯỞNG THỨ TRƯỞNG "
     "Nguyễn Bá Hoan |\n|---|---|\n\nPHỤ LỤC\n" + "".join(f"{i}. Mẫu số {i}.\n" for i in range(1, 15)),
     "Nguyễn Bá Hoan"),
    # the titles, the name and the annex's heading run into one line (Quyết định 05/2025/QĐ-TTg; Nghị định 117/2025)
    ("- Lưu: VT, KGVX(2).\nKT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Lê Thành Long QUY CHẾ TỔ CHỨC VÀ HOẠT ĐỘNG CỦA HỘI ĐỒNG\n\n"
     "Chương I TỔ CHỨC VÀ HOẠT ĐỘNG\n" + "".join(f"Điều {i}. Nội dung điều {i}.\n" for i in range(1, 15)),
     "Lê Thành Long"),
    ("- Lưu: VT, KTTH (2b)\nTM. CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Hồ Đức Phớc Phụ lục (Kèm theo Nghị định số "
     "117/2025/NĐ-CP)\n" + "".join(f"{i}. Mẫu số {i}.\n" for i in range(1, 15)), "Hồ Đức Phớc"),
    # a PDF's text layer cut the family name before its final consonants (Quyết định 1351/QĐ-UBND tỉnh Quảng Ngãi)
    ("| Nơi nhận: - Như Điều 4; - Lưu: VT, TTHC(htd). | CHỦ TỊCH Đặ ng Văn Minh |\n|---|---|\n", "Đặng Văn Minh"),
    # a scan whose OCR lost the signature's title: the name under the recipients' last line (Nghị quyết 105/NQ-CP)
    ("- HĐND, UBND các tỉnh, thành phố trực thuộc trung ương;\n\n- Lưu: VT, KTTH (3).405\n\nMinh Khái\n", "Minh Khái"),
    # the head's own title beside "Nơi nhận:", a rule glued to the name (a department's letter of the Ministry of Labour)
    ("của Thứ trưởng Lê Văn Thanh./.\nNơi nhận: VỤ TRƯỞNG\n\n- Như trên; |\n- Thứ trưởng Lê Văn Thanh (để b/c);\n\near\n\n"
     "Nguyễn Văn Binh===", "Nguyễn Văn Binh"),
    # a markdown copy: a code fence after the name and notes of the copy's own below
    ("- Như trên;\n- Lưu: VT, NCKS.\tKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Minh\n```\n\n#### Chuẩn hóa thể thức\n"
     + "".join(f"- Ghi chú số {i} về thể thức văn bản.\n" for i in range(1, 15)), "Nguyễn Minh"),
    # a two-column trailer copied line by line: the name after a recipient on its line, an annex after it
    # (Công văn of the Ministry of Health on entry for short work, 2020)
    ("Nơi nhận: KT. BỘ TRƯỞNG\n- Như trên; THỨ TRƯỞNG\n- Các Đ/c Thứ trưởng;\n- Cổng TTĐT Bộ Y tế; Nguyễn Trường Sơn\n"
     "- Lưu: VT, MT.\n2\nHƯỚNG DẪN\nY TẾ PHÒNG, CHỐNG DỊCH COVID-19\n"
     + "".join(f"{i}. Nội dung hướng dẫn số {i}.\n" for i in range(1, 15)), "Nguyễn Trường Sơn"),
    # (the title's column in capitals after a recipient is no name: "PHO TONG CUC TRUONG" as OCR read it)
    ("Noi nhận: KT.TONG CUC TRUONG\n- Như trên; . PHO TONG CUC TRUONG\n- Lãnh đạo Tổng cục Thuế (để chỉ đạo);\n"
     "- Lưu: VT; TTr (3b).\n", None),
])
def test_signature_blocks_of_converted_copies(trailer, signer):
    m = _text_meta("BỘ XÂY DỰNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 836/QĐ-BXD\n"
                   "Hà Nội, ngày 14 tháng 10 năm 2019\n\nQUYẾT ĐỊNH\nVề việc ban hành Kế hoạch\n\n"
                   "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch lập quy hoạch.\n\nNơi nhận:\n" + trailer)
    assert m.signer == signer


def test_the_name_beside_a_recipient_in_a_copy_that_keeps_each_paragraph_on_one_line():
    # (Công văn of Sở Giáo dục và Đào tạo Đà Nẵng, 2020, as copied: the trailer's two columns share lines, no dashes)
    point = ("Thủ trưởng các đơn vị, trường học có trách nhiệm thường xuyên theo dõi, rà soát, nắm bắt tình hình đội ngũ "
             "cán bộ, giáo viên, nhân viên, học sinh, báo cáo về Sở Giáo dục và Đào tạo những tình huống đặc biệt.\n")
    m = _text_meta("Kính gửi: Thủ trưởng các đơn vị, trường học.\n" + point * 6 +
                   "Nơi nhận: GIÁM ĐỐC\nNhư trên; (Đã ký và đóng dấu)\nBộ Giáo dục và Đào tạo;\n"
                   "Thành ủy, HĐND, UBND thành phố; Lê Thị Bích Thuận\nCác Sở: Y tế, TT&TT;\nLưu: VT, CTrTT.\n")
    assert m.signer == "Lê Thị Bích Thuận"


def test_an_ocrd_impossible_month_gives_no_date():
    m = _text_meta("BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                   "Số: 4454 /TCT-TTKT Hà Nội, ngày 29 tháng 44 năm 2022\n\nKính gửi: Cục Thuế các tỉnh, thành phố.\n")
    assert m.number == "4454/TCT-TTKT" and m.issued_date is None


def test_a_letter_whose_number_ocr_garbled_is_known_by_its_subject_line():
    # (Công văn 1738/TCT-DNNCN of Tổng cục Thuế, 2021, as OCR read its scan)
    m = _text_meta("BỘ TÀI CHÍNH CONG HOA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTONG CỤC THUÊ Độc lập - Tự do - Hạnh phúc\n"
                   "Số:4#4ÿ /TCT-DNNCN - Hà Nội, Nn iy bbihdng 5 nam 2021\nV/v Tăng cường quản lý thuế đối với hoạt động\n"
                   "`.“ gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.\n\nĐể tăng cường quản lý thuế, Tổng cục "
                   "Thuế đề nghị Cục Thuế các tỉnh, thành phố thực hiện một số nội dung sau.\n")
    assert (m.doc_type, m.number, m.issuer) == ("Công văn", None, "Tổng cục Thuế")


def test_letter_spaced_number_is_read_whole():
    m = _text_meta("BỘ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                   "Số: 1 0 9 4 3 /BYT-MT Hà Nội, ngày 2 4 tháng 12 năm 2021\n\nKính gửi: Sở Y tế các tỉnh.\n")
    assert (m.number, m.issued_date) == ("10943/BYT-MT", "2021-12-24")


def test_a_type_heading_that_runs_on_into_the_number_keeps_the_type():
    # (a converter joined the heading's lines: "KẾ HOẠCH Số 12/KH-UBND"; the number is no title)
    m = _text_meta("ỦY BAN NHÂN DÂN TỈNH LÀO CAI\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
                   "KẾ HOẠCH Số 12/KH-UBND\n\nTriển khai công tác dân vận năm 2024\n\nI. MỤC ĐÍCH\n")
    assert m.doc_type == "Kế hoạch" and not (m.title or "").startswith("Số")


def test_a_header_whose_first_letter_a_copy_lost():
    # (Kế hoạch 2516/KH-UBND of Kon Tum, 2014, as a legal site copied it: "Ủ" dropped from "ỦY BAN")
    m = _text_meta("Y BAN NHÂN DÂN\nTỈNH KON TUM\n\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh "
                   "phúc\n\nSố: 2516/KH-UBND\n\nKon Tum, ngày 03 tháng 10 năm 2014\n\nKẾ HOẠCH\n\nTriển khai thực hiện "
                   "Quyết định số 34/2014/QĐ-TTg\n")
    assert (m.issuer, m.number, m.issued_date) == ("Ủy ban nhân dân tỉnh Kon Tum", "2516/KH-UBND", "2014-10-03")


def test_a_header_a_copy_spaced_out_letter_by_letter():
    # (Quyết định 3210/QĐ-UBND of Thành phố Hồ Chí Minh, 2014, as a legal site copied its PDF)
    m = _text_meta("| ỦY B AN NHÂN D Â N T HÀNH P HỐ HỒ C H Í M I NH ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - "
                   "Tự do - Hạnh phúc --------------- |\n|---|---|\n| Số: 3210/QĐ - U B ND | T hành phố Hồ Chí M inh, ngày "
                   "28 tháng 6 năm 2014 |\n\nQUYẾT ĐỊNH\nVề ban hành Kế hoạch hỗ trợ người có công về nhà ở\n")
    assert (m.number, m.issued_date, m.place) == ("3210/QĐ-UBND", "2014-06-28", "Hồ Chí Minh")
    assert m.issuer == "Ủy ban nhân dân thành phố Hồ Chí Minh"


@pytest.mark.parametrize("date_line, issued", [
    ("Hà Nội, ngày 26 tháng 0 6 năm 2018", "2018-06-26"),  # a month a copy split in two
    ("Hà Nội, ngày,4Êtháng 4 năm 2022", "2022-04"),  # a day OCR made specks of: the month and year still hold
    ("Hà Nội, ngày 29 tháng 44 năm 2022", None),
    ("Hà Nội, ngày 2 4 tháng 12 năm 2021", "2021-12-24"),  # a PDF's letter-spaced digits
    ("Hà Nội, ngày 29 tháng năm 2022", "2022"),  # a month OCR lost: the day alone is no month
    # a day OCR garbled with "tháng" or "ngày" around it (Tổng cục Thuế's and Sở Y tế's scans, 2020-2022)
    ("Hà Nội, ngàyA2 thang 3 năm 2020", "2020-03"),
    ("Thành phố Hồ Chí Minh, ngéspOhthang 4 năm 2020", "2020-04"),
    ("Ha Nội, ngàyháng 3 năm 2020", "2020-03"),
    ("Hà Nội, ngày4# tháng0A năm 2022", "2022"),  # the month garbled too: the year
])
def test_dates_copies_and_scans_damaged(date_line, issued):
    m = _text_meta("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                   f"Số: 1064/LĐTBXH-ATLĐ {date_line}\n\nKính gửi: Sở Lao động - Thương binh và Xã hội các tỉnh.\n")
    assert m.issued_date == issued


@pytest.mark.parametrize("header, issuer", [
    ("UỶ BAN MTTQ VIỆT NAM\nXÃ LƯƠNG MINH\nBAN THƯỜNG TRỰC",
     "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh"),
    ("ỦY BAN BẦU CỬ XÃ PHỐ BẢNG\nTIỂU BAN THÔNG TIN, TUYÊN TRUYỀN, KHÁNH TIẾT",
     "Tiểu ban thông tin, tuyên truyền, khánh tiết Ủy ban bầu cử xã Phố Bảng"),
])
def test_an_organ_of_the_body_above_it_in_the_header_is_named_with_it(header, issuer):
    meta = _meta_of_text(f"{header}\nSố: 16/KH-MTTQ-BTT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                         "Lương Minh, ngày 18 tháng 11 năm 2025\nKẾ HOẠCH\nThực hiện công tác bầu cử\n")
    assert meta.issuer == issuer


def test_law_copied_without_its_header_is_enacted_by_the_legislature_not_by_its_preamble():
    """The country's name in the first sentences ("Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam") is no motto:
    the lines above it are the law's own heading, not an issuing body."""
    m = _meta_of_text(
        "HIẾN PHÁP\n\nNƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nLỜI NÓI ĐẦU\n\n"
        "Trải qua mấy nghìn năm lịch sử, Nhân dân Việt Nam lao động cần cù, sáng tạo, đấu tranh anh dũng để dựng "
        "nước và giữ nước.\n\nThể chế hóa Cương lĩnh xây dựng đất nước, kế thừa Hiến pháp nước Cộng hòa xã hội chủ "
        "nghĩa Việt Nam năm 1992, Nhân dân Việt Nam xây dựng, thi hành và bảo vệ Hiến pháp này.\n\n"
        "Chủ tịch Hồ Chí Minh đọc Tuyên ngôn độc lập, khai sinh nước Việt Nam Dân chủ Cộng hòa.\n")
    assert (m.doc_type, m.issuer, m.province) == ("Hiến pháp", "Quốc hội", None)
    law = _meta_of_text("LUẬT\n\nĐẤT ĐAI\n\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n\n"
                        "Quốc hội ban hành Luật Đất đai.\n\nChương I\n\nQUY ĐỊNH CHUNG\n\n"
                        "Điều 1. Phạm vi điều chỉnh\n\nLuật này quy định về chế độ sở hữu đất đai.\n")
    assert (law.doc_type, law.title, law.issuer) == ("Luật", "Đất đai", "Quốc hội")


def test_header_table_of_three_rows_as_antiword_prints_a_word_file():
    """antiword prints a .doc's header table with its cell bars, "Số: …" and the date on a third row."""
    m = _meta_of_text(
        "\n|ỦY BAN NHÂN DÂN              |CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM            |\n"
        "|TỈNH QUẢNG NAM                |Độc lập – Tự do – Hạnh phúc                   |\n"
        "|Số: 45/KH-UBND                |Tam Kỳ, ngày 12 tháng 3 năm 2019              |\n\n\n"
        "                                  KẾ HOẠCH\n"
        "             Thực hiện cơ chế một cửa, một cửa liên thông năm 2019\n\n\n"
        "    Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4  năm  2018  của  Chính\n"
        "phủ về thực hiện cơ chế một cửa, một cửa liên thông;\n")
    assert (m.doc_type, m.number, m.issued_date, m.place, m.issuer) == (
        "Kế hoạch", "45/KH-UBND", "2019-03-12", "Tam Kỳ", "Ủy ban nhân dân tỉnh Quảng Nam")


def test_pdf_header_with_the_motto_wrapped_and_rules_under_the_names():
    """A printed header read line by line: the motto's "VIỆT NAM" wrapped onto the line of "Độc lập - …", the short
    rules ("-------") under each name."""

    lines = ["VĂN PHÒNG CHÍNH PHỦ -------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA",
             "VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------", "Số: 467/TB-VPCP",
             "Hà Nội, ngày 14 tháng 10 năm 2024", "THÔNG BÁO", "KẾT LUẬN CUỘC HỌP VỀ ĐỀ ÁN PHÁT TRIỂN THỊ TRƯỜNG CÁC-BON"]
    m = extract_metadata(build_document([RawBlock("paragraph", text) for text in lines], "pdf"))
    assert (m.issuer, m.number, m.issued_date, m.doc_type) == (
        "Văn phòng Chính phủ", "467/TB-VPCP", "2024-10-14", "Thông báo")


def test_a_header_the_copy_cut_short_is_completed_by_the_symbol_and_is_central():
    # (Nghị quyết 494/NQ-UBTVQH13: the site's header cell keeps "ỦY BAN THƯỜNG VỤ" of "… QUỐC HỘI")
    m = _text_meta("| ỦY BAN THƯỜNG VỤ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |\n|---|---|\n"
                   "| Số: 494/NQ-UBTVQH13 | Hà Nội, ngày 18 tháng 05 năm 2012 |\n\nNGHỊ QUYẾT\n\n"
                   "VỀ KẾT QUẢ GIÁM SÁT VIỆC THỰC HIỆN CHÍNH SÁCH, PHÁP LUẬT VỀ NGƯỜI CÓ CÔNG VỚI CÁCH MẠNG\n\n"
                   "Điều 1. Chính phủ báo cáo kết quả.\n")
    assert (m.issuer, m.province, m.place) == ("Ủy ban Thường vụ Quốc hội", None, "Hà Nội")


def test_a_national_steering_committee_written_in_lower_case_belongs_to_no_province():
    m = _text_meta("BAN CHỈ ĐẠO QUỐC GIA VỀ TÌM KIẾM, QUY TẬP HÀI CỐT LIỆT SĨ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                   "Độc lập - Tự do - Hạnh phúc\nSố: 252/KH-BCĐQG1237\nHà Nội, ngày 11 tháng 11 năm 2013\n\n"
                   "KẾ HOẠCH\nTriển khai thực hiện Đề án\n\n1. Bộ Quốc phòng chủ trì.\n")
    assert m.province is None and m.issuer.casefold().startswith("ban chỉ đạo quốc gia")


def test_a_submission_under_the_national_motto_is_no_news_article():
    m = _text_meta("BM01/VPUB-QT7.0\nVĂN PHÒNG UBND TỈNH          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM PHÒNG KINH TẾ     "
                   "Độc lập - Tự do - Hạnh phúc         Bình Thuận, ngày 02 tháng 10 năm 2024\n- Lãnh đạo Văn phòng.\n"
                   "1. Vấn đề trình: Xử lý cây phi lao chết đứng tại xã Tiến Thành.\n"
                   "2. Ý kiến chuyên viên: Giao Sở Nông nghiệp và PTNT chỉ đạo thực hiện.\n")
    assert m.doc_type is None


def test_a_consolidated_text_is_numbered_dated_and_signed_where_it_is_authenticated():
    # Văn bản hợp nhất 31/VBHN-VPQH as a Word file gives it: the law's header has no "Số:" line; the National
    # Assembly's office numbers, dates and signs the text in a two-cell table after the last article.
    from pipeline.document import RawBlock, build_document
    paragraphs = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "LUẬT", "XỬ LÝ VI PHẠM HÀNH CHÍNH",
                  "Luật Xử lý vi phạm hành chính số 15/2012/QH13 ngày 20 tháng 6 năm 2012 của Quốc hội, có hiệu lực kể "
                  "từ ngày 01 tháng 7 năm 2013, được sửa đổi, bổ sung bởi:",
                  "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
                  "Quốc hội ban hành Luật xử lý vi phạm hành chính.", "Điều 1. Phạm vi điều chỉnh",
                  *(f"Điều {n}. Nội dung của điều {n} về xử lý vi phạm hành chính." for n in range(2, 40)),
                  "Điều 142. (được bãi bỏ)"]
    authentication = RawBlock("table", rows=[["VĂN PHÒNG QUỐC HỘI\nSố: 31/VBHN-VPQH",
                                              "XÁC THỰC VĂN BẢN HỢP NHẤT\nHà Nội, ngày 07 tháng 12 năm 2020\nCHỦ NHIỆM\n"
                                              "Đã ký\nNguyễn Hạnh Phúc"]])
    doc = build_document([RawBlock("paragraph", text) for text in paragraphs] + [authentication], "doc")
    m = extract_metadata(doc)
    assert (m.doc_type, m.number, m.issued_date) == ("Luật", "31/VBHN-VPQH", "2020-12-07")
    assert (m.issuer, m.province, m.signer) == ("Văn phòng Quốc hội", None, "Nguyễn Hạnh Phúc")


def test_a_law_without_its_headers_date_is_dated_by_its_adoption():
    # Hiến pháp 2013 as the official gazette printed it: no place-and-date line, the day of its adoption at the end
    paragraphs = ["QUỐC HỘI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc", "HIẾN PHÁP",
                  "Nước Cộng hòa xã hội chủ nghĩa Việt Nam", "LỜI NÓI ĐẦU",
                  *(f"Điều {n}. Nội dung của điều {n}." for n in range(1, 30)),
                  "Hiến pháp này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIII, kỳ họp thứ 6 thông "
                  "qua ngày 28 tháng 11 năm 2013./.", "CHỦ TỊCH QUỐC HỘI", "Nguyễn Sinh Hùng"]
    m = extract_metadata(build_document([RawBlock("paragraph", text) for text in paragraphs], "pdf"))
    assert (m.doc_type, m.issuer, m.issued_date, m.signer) == ("Hiến pháp", "Quốc hội", "2013-11-28", "Nguyễn Sinh Hùng")
    # (Hiến pháp 1992: "… nhất trí thông qua trong phiên họp ngày 15 tháng 4 năm 1992, hồi 11 giờ 45 phút.")
    paragraphs[-3] = ("Bản Hiến pháp này đã được Quốc hội nước Cộng hoà xã hội chủ nghĩa Việt Nam khoá VIII, kỳ họp thứ 11 "
                      "nhất trí thông qua trong phiên họp ngày 15 tháng 4 năm 1992, hồi 11 giờ 45 phút.")
    m = extract_metadata(build_document([RawBlock("paragraph", text) for text in paragraphs], "doc"))
    assert m.issued_date == "1992-04-15"


def test_a_body_whose_name_stops_at_the_provinces_level_takes_the_province_of_its_place_line():
    # (the Bình Thuận People's Committee's Office, 2024: "VĂN PHÒNG UBND TỈNH", the province in the place line)
    m = _text_meta("VĂN PHÒNG UBND TỈNH          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                   "                                   Độc lập - Tự do - Hạnh phúc\n"
                   "Số: 3125/VPUB-KT                   Bình Thuận, ngày 02 tháng 10 năm 2024\n"
                   "V/v xử lý cây phi lao chết đứng\nKính gửi: Sở Nông nghiệp và Phát triển nông thôn.\n")
    assert (m.issuer, m.province) == ("Văn phòng Ủy ban nhân dân tỉnh Bình Thuận", "Bình Thuận")
    # (a ministry's department keeps its name: its province, if any, is its own)
    m = _text_meta("BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\nSố: 12/TCT-TTKT\nHà Nội, ngày 02 tháng 10 năm 2024\n"
                   "Kính gửi: Cục Thuế các tỉnh, thành phố.\n")
    assert (m.issuer, m.province) == ("Tổng cục Thuế", None)


@pytest.mark.parametrize("header, symbol, issuer", [
    # (the ministry's letters in the symbol, "KH-TNMT", had named Bộ Tài nguyên và Môi trường: the office's name, put
    # in lower case, was no unit the reader knew, and a scan's fuzzy match took the ministry for it)
    ("UBND HUYỆN ĐỨC TRỌNG\nPHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG", "125/KH-TNMT",
     "Phòng Tài nguyên và Môi trường huyện Đức Trọng"),
    ("ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ LẠT\nPHÒNG KINH TẾ", "40/KH-PKT", "Phòng Kinh tế thành phố Đà Lạt"),
    ("UBND THỊ XÃ BUÔN HỒ\nPHÒNG TÀI CHÍNH - KẾ HOẠCH", "12/KH-TCKH", "Phòng Tài chính - Kế hoạch thị xã Buôn Hồ"),
    ("UBND TỈNH LÂM ĐỒNG\nSỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "88/KH-STNMT", "Sở Tài nguyên và Môi trường tỉnh Lâm Đồng"),
    # an office or an inspectorate named by its head word alone is the one of the body above it
    ("BỘ TÀI CHÍNH\nVĂN PHÒNG", "88/KH-VP", "Văn phòng Bộ Tài chính"),
    ("UBND TỈNH LÂM ĐỒNG\nTHANH TRA", "88/KH-TTr", "Thanh tra tỉnh Lâm Đồng"),
])
def test_a_district_office_issues_under_its_district(header, symbol, issuer):
    meta = _meta_of_text(f"{header}\n--------\nSố: {symbol}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                         "Đức Trọng, ngày 05 tháng 3 năm 2024\nKẾ HOẠCH\nKiểm tra công tác bảo vệ môi trường năm 2024\n")
    assert meta.issuer == issuer


@pytest.mark.parametrize("header, issuer, province", [
    # the Party's motto on a line of its own under the committee's name (the symbol's "KH/TU" had named "Tỉnh ủy" alone)
    ("TỈNH ỦY THANH HÓA\n*\nSố 120-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM", "Tỉnh ủy Thanh Hóa", "Thanh Hóa"),
    ("HUYỆN ỦY ĐỨC TRỌNG\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 12-KH/HU", "Huyện ủy Đức Trọng", None),
    # a commune's Party committee names its own place: no province after it
    ("ĐẢNG BỘ TỈNH LÂM ĐỒNG\nĐẢNG ỦY XÃ ĐỨC TRỌNG\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 12-KH/ĐU", "Đảng ủy xã Đức Trọng",
     "Lâm Đồng"),
    # a Party committee's office or board is named with the committee (Thông báo 432-TB/VPTW, 2025, had given "Ban
    # chấp hành Trung ương văn phòng": the head word at the header's end was never read as a unit's); the Central
    # Committee's by their own names
    ("BAN CHẤP HÀNH\nTRUNG ƯƠNG\n**VĂN PHÒNG**\n*****\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 432-TB/VPTW",
     "Văn phòng Trung ương Đảng", None),
    ("BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN TỔ CHỨC\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 12-HD/BTCTW", "Ban Tổ chức Trung ương", None),
    ("BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 221-KL/TW", "Ban Chấp hành Trung ương Đảng", None),
    ("TỈNH ỦY ĐẮK LẮK\nBAN TUYÊN GIÁO VÀ DÂN VẬN\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 12-KH/BTGDV",
     "Ban Tuyên giáo và Dân vận Tỉnh ủy Đắk Lắk", "Đắk Lắk"),
    ("HUYỆN ỦY ĐỨC TRỌNG\nỦY BAN KIỂM TRA\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 12-KH/UBKT", "Ủy ban Kiểm tra Huyện ủy Đức Trọng",
     None),
])
def test_a_party_committee_over_the_party_motto_on_its_own_line(header, issuer, province):
    meta = _meta_of_text(f"{header}\nĐức Trọng, ngày 15 tháng 3 năm 2024\nKẾ HOẠCH\nthực hiện Nghị quyết số 57-NQ/TW\n")
    assert (meta.issuer, meta.province) == (issuer, province)


def test_a_hospital_under_its_department_in_the_header():
    meta = _meta_of_text("SỞ Y TẾ TỈNH BẮC GIANG\nBỆNH VIỆN ĐA KHOA TỈNH\n--------\nSố: 300/BC-BVĐK\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT "
                         "NAM\nĐộc lập - Tự do - Hạnh phúc\nBắc Giang, ngày 5 tháng 1 năm 2024\nBÁO CÁO\nKết quả công tác năm "
                         "2023\n")
    assert (meta.issuer, meta.province) == ("Bệnh viện đa khoa tỉnh Bắc Giang", "Bắc Giang")


def test_a_scans_date_that_lost_its_day_takes_the_signature_stamps(tmp_path):
    # (Công văn 586/TCT-TTKT, 2023, OCR'd: "ngày C4 tháng 3"; the stamp says 01.03.2023); a clean date keeps its own day
    stamp = "Ký bởi: Tổng cục Thuế\nĐịa chỉ: 123 Lò Đúc\nThời gian ký: 01.03.2023 15:52\n\n"
    header = ("BỘ TÀI CHÍNH CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỔNG CỤC THUẾ Độc lập - Tự do - Hạnh phúc\n"
              "Số: 586/TCT-TTKT Hà Nội, ngày {day} tháng 3 năm 2023\n\nKính gửi: Cục Thuế các tỉnh, thành phố.\n")
    for day, issued in (("C4", "2023-03-01"), ("02", "2023-03-02")):
        path = tmp_path / f"cv_{day}.txt"
        path.write_text(stamp + header.format(day=day), encoding="utf-8")
        assert extract_metadata(read_document(path)).issued_date == issued
