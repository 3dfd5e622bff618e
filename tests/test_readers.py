import io
import unicodedata
import zipfile

import pytest

from pipeline.readers import ReadError, read_document
from tests.conftest import CORPUS, FIXTURES
from tests.fixtures.word.make_fixtures import NUMBERED_PLAN, numbered_docx

TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def windows_1258(text: str) -> bytes:
    """Encode as Vietnamese Windows does: letters with ^ ˘ ' precomposed, the five tones as combining marks."""
    out = []  # a letter with the tone marks after it
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.combining(ch) and ch not in TONE_MARKS and out:
            # "ệ" decomposes as e, dot below, circumflex: the circumflex goes on the letter, before the tone
            out[-1] = unicodedata.normalize("NFC", out[-1][0] + ch) + out[-1][1:]
        elif unicodedata.combining(ch) and out:
            out[-1] += ch
        else:
            out.append(ch)
    return "".join(out).encode("cp1258")


PLAN_LINE = "Sở Nội vụ chủ trì tham mưu Ủy ban nhân dân tỉnh tổ chức triển khai Kế hoạch trong Quý I năm 2018."


@pytest.mark.parametrize("encoding, prefix", [
    ("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16", b""), ("utf-16-le", b""), ("utf-16-be", b""),
])
def test_txt_in_every_office_encoding_reads_the_same(tmp_path, encoding, prefix):
    path = tmp_path / "ke_hoach.txt"
    path.write_bytes(prefix + PLAN_LINE.encode(encoding))
    assert read_document(path).text == PLAN_LINE


def test_windows_1258_with_combining_tones_is_decoded_and_composed(tmp_path):
    path = tmp_path / "ansi.txt"
    path.write_bytes(windows_1258("Quyết định số 4034/QĐ-UBND của Ủy ban nhân dân tỉnh Khánh Hòa"))
    text = read_document(path).text
    assert text == "Quyết định số 4034/QĐ-UBND của Ủy ban nhân dân tỉnh Khánh Hòa"
    assert all(len(ch.encode("utf-8")) <= 3 for ch in text)  # NFC: no stray combining marks


@pytest.mark.parametrize("name, data, reason", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \r\n\t \n", "empty file"),
    ("junk.txt", bytes(range(256)) * 40, "binary content"),
    ("control.txt", bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17]) * 100, "binary content"),
    ("corrupt.docx", b"PK\x03\x04" + b"\x00garbage" * 50, "corrupt DOCX"),
    ("not_a_pdf.pdf", b"%PDF-1.4\n this is not really a pdf", "corrupt or truncated PDF"),
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "corrupt .doc"),
    ("letter.doc", "Kế hoạch số 12/KH-UBND".encode(), "not a Word 97-2003 document"),
    ("notes.rtf", "Kế hoạch số 12/KH-UBND".encode(), "not an RTF document"),
    ("notes.odt", "Kế hoạch số 12/KH-UBND".encode(), "not an OpenDocument text (no ZIP container)"),
    ("data.xlsx", b"PK\x03\x04", "unsupported file type"),
])
def test_bad_input_gets_a_clear_error_naming_the_file(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ReadError) as info:
        read_document(path)
    assert reason in info.value.reason
    assert str(path) in str(info.value)


def test_zip_renamed_docx_is_not_a_word_document(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("bao_cao.txt", "Báo cáo kết quả")
    path = tmp_path / "bao_cao.docx"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(ReadError, match="not a Word document"):
        read_document(path)


def test_truncated_pdf_is_reported(tmp_path):
    data = (CORPUS / "004_khanh_hoa_cchc_2018.pdf").read_bytes()
    path = tmp_path / "truncated.pdf"
    path.write_bytes(data[: len(data) // 3])
    with pytest.raises(ReadError, match="corrupt or truncated PDF"):
        read_document(path)


def test_scanned_pdf_without_text_layer_says_so():
    with pytest.raises(ReadError, match="no text layer .*OCR not enabled"):
        read_document(FIXTURES / "scanned_no_text.pdf")


def test_missing_file_is_reported(tmp_path):
    with pytest.raises(ReadError, match="file not found"):
        read_document(tmp_path / "absent.txt")


def test_docx_keeps_paragraphs_and_tables_in_reading_order():
    doc = read_document(CORPUS / "004_khanh_hoa_cchc_2018.docx")
    kinds = [b.kind for b in doc.blocks]
    assert kinds[0] == "table"  # the two-column header
    plan = [b for b in doc.blocks if b.kind == "table"][1]
    assert kinds.index("table", 1) > [b.text for b in doc.blocks].index("IV. Tổ chức thực hiện")
    assert [c.text for c in plan.rows[0]] == ["TT", "Nhiệm vụ", "Sản phẩm", "Tiến độ", "Phân công và cách thức thực hiện"]
    # a merged section row is one cell after de-duplication
    assert [c.text for c in plan.rows[1]] == ["I", "CẢI CÁCH THỂ CHẾ"]


def test_pdf_text_layer_and_table_across_pages():
    doc = read_document(CORPUS / "004_khanh_hoa_cchc_2018.pdf")
    assert doc.pages and doc.pages > 3
    tables = [b for b in doc.blocks if b.kind == "table"]
    assert len(tables) == 1  # the plan table runs over several pages and is one table
    numbers = [r[0].text for r in tables[0].rows]
    assert numbers[:3] == ["TT", "I", "1"]
    assert len(tables[0].rows) == len(next(b for b in read_document(CORPUS / "004_56be073c6998dd9f.txt").blocks
                                           if b.kind == "table").rows)
    assert "Nghị quyết số 30c/NQ-CP ngày 08 tháng 11 năm 2011" in doc.text
    # a cell's list broken by its width after a colon ("… các Sở:" / "Thông tin và Truyền thông, …") is one line
    cells = [cell.text for row in tables[0].rows for cell in row]
    assert "Sở Nội vụ chủ trì, phối hợp với các Sở: Thông tin và Truyền thông, Văn phòng UBND tỉnh tham mưu UBND " \
           "tỉnh chỉ đạo, hướng dẫn, kiểm tra việc thực hiện" in cells


@pytest.mark.parametrize("page_break", ["\f", "--- PAGE BREAK ---\n", "===== Trang 3 =====\n3\n",
                                        "CÔNG BÁO/Số 302/Ngày 02-06-2026 \r\n73\r\n \r\n"])
def test_a_sentence_runs_on_across_a_converted_pdfs_page_break_and_its_page_number(tmp_path, page_break):
    path = tmp_path / "chi_thi.txt"
    path.write_text("a) Bộ Tài chính chủ trì, phối hợp với các bộ, cơ quan liên quan khẩn trương báo cáo Thủ tướng\n\n"
                    f"2\n\n{page_break}\nChính phủ trong tháng 3 năm 2020.\n\nb) Bộ Công Thương chủ trì rà soát.\n",
                    encoding="utf-8")
    assert [b.text for b in read_document(path).blocks] == [
        "a) Bộ Tài chính chủ trì, phối hợp với các bộ, cơ quan liên quan khẩn trương báo cáo Thủ tướng Chính phủ trong "
        "tháng 3 năm 2020.", "b) Bộ Công Thương chủ trì rà soát."]


def test_a_short_line_before_a_page_break_ends_its_paragraph(tmp_path):
    # (Công văn of the General Department of Taxation, 2022, scanned: the signer's name ends a page, and an annex
    # printed sideways, OCR'd to noise, starts the next; the name had run into that noise and was lost)
    path = tmp_path / "cv.txt"
    path.write_text("KT. CỤC TRƯỞNG\n\nCỤC THANH TRA - KIỂM TRA THUẾ\n\nNguyễn Tiến Trung\n\n\n--- PAGE BREAK ---\n\n"
                    "I 12 ei ou HoH haan 1g) BA 6) treats Dài băng A 2m ua] ÉA 6\n", encoding="utf-8")
    assert [b.text for b in read_document(path).blocks][-2:] == [
        "Nguyễn Tiến Trung", "I 12 ei ou HoH haan 1g) BA 6) treats Dài băng A 2m ua] ÉA 6"]


def test_a_layout_conversion_padded_with_spaces_runs_on_across_its_page_break(tmp_path):
    # A converter's "-layout" copy pads every line to the page's width and leaves whole lines of spaces: the page
    # break with the spaces and page number around it is one line break, found without trying every split of every
    # run of spaces (40 blank lines took minutes that way).
    pad = " " * 90
    path = tmp_path / "chi_thi.txt"
    path.write_text("    a) Bộ Tài chính chủ trì, phối hợp với các bộ, cơ quan liên quan khẩn trương báo cáo Thủ tướng"
                    f"{pad}\n" + f"{pad}\n" * 30 + f"{pad}2{pad}\n\f" + f"{pad}\n" * 30
                    + f"    Chính phủ trong tháng 3 năm 2020.{pad}\n" + f"{pad}\n" * 40
                    + f"    b) Bộ Công Thương chủ trì rà soát.{pad}\n",
                    encoding="utf-8")
    assert [b.text for b in read_document(path).blocks] == [
        "a) Bộ Tài chính chủ trì, phối hợp với các bộ, cơ quan liên quan khẩn trương báo cáo Thủ tướng Chính phủ trong "
        "tháng 3 năm 2020.", "b) Bộ Công Thương chủ trì rà soát."]


def test_a_digital_signature_stamp_copied_into_the_text_is_dropped(tmp_path):
    # (Quyết định 892/QĐ-TTg as the Official Gazette's text gives it: the stamp sits in the middle of a point)
    path = tmp_path / "qd.txt"
    path.write_text("1. Phát triển nguồn nhân lực đủ khả năng làm việc trong môi trường quốc tế\n"
                    "Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCơ quan: VĂN PHÒNG CHÍNH PHỦ\n"
                    "Ngày ký: 2026-06-02 08:06:33 +07:00\n"
                    "là then chốt.\n2. Xây dựng khả năng làm việc trong môi trường quốc tế.\n", encoding="utf-8")
    assert [b.text for b in read_document(path).blocks] == [
        "1. Phát triển nguồn nhân lực đủ khả năng làm việc trong môi trường quốc tế là then chốt.",
        "2. Xây dựng khả năng làm việc trong môi trường quốc tế."]


def test_an_ocrd_signature_stamp_named_by_its_signer_is_dropped_but_a_site_field_stays(tmp_path):
    # (Công văn of Sở Y tế Thành phố Hồ Chí Minh, 2021, as OCR'd: "Người ký: Sở Y tế" / "Email: …" / "Cơ quan: …")
    path = tmp_path / "cv.txt"
    path.write_text("Người ký: Sở Y tế\nEmail: syt@tphcm.gov.vn\nCơ quan: Thành phố Hồ Chí Minh\n\n"
                    "Kính gửi: Các sở, ban, ngành Thành phố.\n", encoding="utf-8")
    assert [b.text for b in read_document(path).blocks] == ["Kính gửi: Các sở, ban, ngành Thành phố."]
    path.write_text("Người ký: Nguyễn Văn A\n\nKính gửi: Các sở, ban, ngành.\n", encoding="utf-8")
    assert [b.text for b in read_document(path).blocks][0].startswith("Người ký:")


# --- legacy Word 97-2003 (.doc) ----------------------------------------------------------

WORD97_PLAN = FIXTURES / "word" / "plan_dien_ban_2019.doc"


def _with_stream(data: bytes, name: str, change) -> bytes:
    """A copy of an OLE2 file with one stream rewritten (same length) by `change(bytearray)`."""
    import olefile

    with olefile.OleFileIO(io.BytesIO(data)) as ole:
        stream = bytearray(ole.openstream(name).read())
    change(stream)
    buffer = io.BytesIO(data)
    with olefile.OleFileIO(buffer, write_mode=True) as ole:
        ole.write_stream(name, bytes(stream))
    return buffer.getvalue()


def test_doc_reads_header_table_heading_field_result_and_task_table_in_order():
    doc = read_document(WORD97_PLAN)
    assert doc.format == "doc"
    kinds = [b.kind for b in doc.blocks]
    assert kinds[:3] == ["table", "heading", "paragraph"]
    assert [c.text for c in doc.blocks[0].rows[0]] == [
        "ỦY BAN NHÂN DÂN\nHUYỆN ĐIỆN BÀN\nSố: 45/KH-UBND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nĐiện Bàn, ngày 12 tháng 3 năm 2019"]
    # "KẾ HOẠCH" ↵ title: a soft line break after the type heading makes two blocks
    assert [doc.blocks[1].text, doc.blocks[2].text] == [
        "KẾ HOẠCH", "Triển khai cơ chế một cửa, một cửa liên thông năm 2019"]
    # a hyperlink field shows its result, never its code
    assert "Hồ sơ được tiếp nhận qua Cổng Dịch vụ công tỉnh và Bộ phận một cửa huyện." in doc.text
    assert "HYPERLINK" not in doc.text and "dichvucong" not in doc.text
    tasks = doc.blocks[kinds.index("table", 1)]
    # an empty cell stays a cell (it is no row end); a cell's two paragraphs stay two lines
    assert [[c.text for c in row] for row in tasks.rows[1:]] == [
        ["1", "Rà soát, công bố danh mục thủ tục hành chính tiếp nhận tại Bộ phận một cửa",
         "Văn phòng HĐND và UBND huyện", "", "Quý II/2019"],
        ["2", "Tổ chức tập huấn nghiệp vụ cho công chức Bộ phận một cửa\nHướng dẫn sử dụng phần mềm một cửa điện tử",
         "Phòng Nội vụ", "Phòng Tư pháp, UBND các xã, phường", "Tháng 6/2019"]]
    assert kinds[-1] == "paragraph" and doc.blocks[-1].text.startswith("Phòng Nội vụ chủ trì")


def test_doc_records_match_the_text_of_the_same_plan():
    from pipeline.extract import extract_file

    def content(record):  # offsets differ: the .doc lays its header out as a table
        return (record.metadata, [(t.text, t.lead, t.coordinators, t.deadline, t.product) for t in record.tasks],
                [(r.text, r.number, r.name) for r in record.legal_references],
                [(t.text, t.value, t.comparator) for t in record.targets])

    from_doc, _ = extract_file(CORPUS / "004_khanh_hoa_cchc_2018.doc")
    from_txt, _ = extract_file(CORPUS / "004_56be073c6998dd9f.txt")
    assert len(from_doc.tasks) == 54
    assert content(from_doc) == content(from_txt)


def test_docx_saved_under_the_doc_name_is_read_as_docx(tmp_path):
    path = tmp_path / "ke_hoach.doc"
    path.write_bytes((CORPUS / "004_khanh_hoa_cchc_2018.docx").read_bytes())
    assert read_document(path).blocks[0].kind == "table"


@pytest.mark.parametrize("change, reason", [
    (lambda word: word.__setitem__(slice(0x0A, 0x0C), (int.from_bytes(word[0x0A:0x0C], "little") | 0x0100)
                                   .to_bytes(2, "little")), "encrypted .doc (password required)"),
    (lambda word: word.__setitem__(slice(0, 2), (0xA5DC).to_bytes(2, "little")), "Word 6/95 document"),
])
def test_encrypted_and_pre_97_doc_are_reported(tmp_path, change, reason):
    path = tmp_path / "cu.doc"
    path.write_bytes(_with_stream(WORD97_PLAN.read_bytes(), "WordDocument", change))
    with pytest.raises(ReadError) as info:
        read_document(path)
    assert reason in info.value.reason and str(path) in str(info.value)


def test_truncated_doc_and_doc_without_its_piece_table_are_corrupt(tmp_path):
    data = WORD97_PLAN.read_bytes()
    truncated = tmp_path / "truncated.doc"
    truncated.write_bytes(data[: len(data) // 2])
    no_pieces = tmp_path / "no_pieces.doc"
    no_pieces.write_bytes(_with_stream(data, "1Table", lambda table: table.__setitem__(slice(None), bytes(len(table)))))
    for path in (truncated, no_pieces):
        with pytest.raises(ReadError, match=r"corrupt \.doc"):
            read_document(path)


def _word_file(tmp_path, *paragraphs: str):
    """A Word file of these paragraphs ("\n" in one: a soft line break, w:br)."""
    import docx

    out = docx.Document()
    for text in paragraphs:
        out.add_paragraph(text)
    path = tmp_path / "ke_hoach.docx"
    out.save(str(path))
    return path


def test_docx_type_heading_ended_by_a_soft_line_break_is_a_heading_of_its_own(tmp_path):
    from extractors.metadata import extract_metadata

    doc = read_document(_word_file(
        tmp_path, "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM", "Số: 45/KH-UBND",
        "KẾ HOẠCH\nTriển khai cơ chế một cửa, một cửa liên thông năm 2019",
        "Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan theo dõi việc thực hiện Kế hoạch,\n"
        "báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2019."))
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("heading", "ỦY BAN NHÂN DÂN"), ("heading", "TỈNH QUẢNG NAM"), ("paragraph", "Số: 45/KH-UBND"),
        ("heading", "KẾ HOẠCH"), ("paragraph", "Triển khai cơ chế một cửa, một cửa liên thông năm 2019"),
        ("paragraph", "Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan theo dõi việc thực hiện Kế hoạch, "
                      "báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2019.")]
    meta = extract_metadata(doc)
    assert (meta.doc_type, meta.title, meta.issuer) == (
        "Kế hoạch", "Triển khai cơ chế một cửa, một cửa liên thông năm 2019", "Ủy ban nhân dân tỉnh Quảng Nam")


def test_docx_items_parted_by_soft_line_breaks_are_paragraphs_of_their_own(tmp_path):
    from pipeline.extract import extract_file

    # (a plan whose sections were typed with Shift+Enter between their items: one Word paragraph each)
    record, _ = extract_file(_word_file(
        tmp_path, "KẾ HOẠCH\nTriển khai công tác cải cách hành chính năm 2024",
        "III. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ\nChủ trì, phối hợp với các sở, ngành theo dõi, đôn đốc việc thực hiện Kế "
        "hoạch,\nbáo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2024.\n2. Sở Tài chính\nTham mưu bố trí kinh phí thực "
        "hiện Kế hoạch theo quy định.\n3. Sở Thông tin và Truyền thông\nChủ trì tuyên truyền về cải cách hành chính "
        "trên các phương tiện thông tin đại chúng."))
    assert [(t.lead, t.text, t.deadline.end if t.deadline else None) for t in record.tasks] == [
        (["Sở Nội vụ"], "Chủ trì, phối hợp với các sở, ngành theo dõi, đôn đốc việc thực hiện Kế hoạch, báo cáo Ủy ban "
                        "nhân dân tỉnh trước ngày 15/12/2024", "2024-12-15"),
        (["Sở Tài chính"], "Tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định", None),
        (["Sở Thông tin và Truyền thông"], "Chủ trì tuyên truyền về cải cách hành chính trên các phương tiện thông "
                                           "tin đại chúng", None)]


def test_docx_lines_before_a_soft_broken_heading_in_capitals_stay_apart_from_it(tmp_path):
    from extractors.metadata import extract_metadata

    doc = read_document(_word_file(
        tmp_path, "Số: 12/KH-UBND\nKẾ HOẠCH",
        "Công tác phòng, chống tham nhũng năm 2025\nCăn cứ Luật Phòng, chống tham nhũng năm 2018;\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích"))
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("paragraph", "Số: 12/KH-UBND"), ("heading", "KẾ HOẠCH"),
        ("paragraph", "Công tác phòng, chống tham nhũng năm 2025"),
        ("paragraph", "Căn cứ Luật Phòng, chống tham nhũng năm 2018;"), ("heading", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("heading", "1. Mục đích")]
    assert extract_metadata(doc).title == "Công tác phòng, chống tham nhũng năm 2025"


# --- pre-Unicode fonts (TCVN3, VNI) -------------------------------------------------------

# Plans typed in the pre-Unicode fonts: the files' bytes are the fonts' codes, the PDFs have them in their text
# layer. TCVN3 (.VnTime / .VnTimeH): "CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM"; VNI: "COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA".
LEGACY_FONTS = FIXTURES / "legacy_fonts"
LEGACY_PLANS = {
    "ke_hoach_2008_tcvn3": (
        ["UỶ BAN NHÂN DÂN", "TỈNH QUẢNG NAM", "Số: 45/KH-UBND", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
         "Độc lập - Tự do - Hạnh phúc", "Tam Kỳ, ngày 12 tháng 3 năm 2008", "KẾ HOẠCH",
         "Thực hiện cơ chế một cửa năm 2008",
         "Căn cứ Quyết định số 93/2007/QĐ-TTg ngày 22 tháng 6 năm 2007 của Thủ tướng Chính phủ ban hành Quy chế thực "
         "hiện cơ chế một cửa, cơ chế một cửa liên thông tại cơ quan hành chính nhà nước ở địa phương;",
         "Sở Nội vụ chủ trì, phối hợp với các sở, ngành hướng dẫn, kiểm tra việc thực hiện cơ chế một cửa tại các "
         "huyện, thành phố; hoàn thành trước ngày 30/6/2008."],
        ("45/KH-UBND", "2008-03-12"), ["93/2007/QĐ-TTg"], [(["Sở Nội vụ"], "2008-06-30")]),
    "ke_hoach_2009_vni": (
        ["ỦY BAN NHÂN DÂN", "QUẬN BÌNH THẠNH", "Số: 18/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
         "Độc lập - Tự do - Hạnh phúc", "Bình Thạnh, ngày 15 tháng 4 năm 2009", "KẾ HOẠCH",
         "Cải cách thủ tục hành chính năm 2009",
         "Căn cứ Quyết định số 30/QĐ-TTg ngày 10 tháng 01 năm 2007 của Thủ tướng Chính phủ phê duyệt Đề án Đơn giản "
         "hóa thủ tục hành chính trên các lĩnh vực quản lý nhà nước giai đoạn 2007 - 2010;",
         "Phấn đấu đến hết năm 2009, 100% thủ tục hành chính được niêm yết công khai tại Bộ phận tiếp nhận và trả "
         "kết quả.",
         "Phòng Nội vụ chủ trì, phối hợp với Phòng Tư pháp rà soát, thống kê thủ tục hành chính thuộc thẩm quyền của "
         "Ủy ban nhân dân quận; hoàn thành trước ngày 30/6/2009."],
        ("18/KH-UBND", "2009-04-15"), ["30/QĐ-TTg"], [(["Phòng Nội vụ"], "2009-06-30")]),
}


def _legacy_lines(stem: str) -> list[str]:
    return (LEGACY_FONTS / f"{stem}.txt").read_bytes().decode("latin-1").splitlines()


@pytest.mark.parametrize("stem", sorted(LEGACY_PLANS))
@pytest.mark.parametrize("made", [
    lambda tmp_path, stem: LEGACY_FONTS / f"{stem}.txt",  # the bytes themselves
    lambda tmp_path, stem: _written(tmp_path / "utf8.txt", "\n".join(_legacy_lines(stem)).encode("utf-8")),
    lambda tmp_path, stem: _docx_of(tmp_path / f"{stem}.docx", _legacy_lines(stem)),
    lambda tmp_path, stem: LEGACY_FONTS / f"{stem}.pdf",
], ids=["txt", "utf-8 txt", "docx", "pdf"])
def test_plan_typed_in_pre_unicode_fonts_reads_as_unicode(tmp_path, made, stem):
    from pipeline.extract import extract_file

    lines, (number, issued), cited, tasks = LEGACY_PLANS[stem]
    record, doc = extract_file(made(tmp_path, stem))
    text = " ".join(doc.text.split())  # short header lines may be joined
    for line in lines:
        assert line in text
    assert (record.metadata.doc_type, record.metadata.number, record.metadata.issued_date) == (
        "Kế hoạch", number, issued)
    assert [r.number for r in record.legal_references] == cited
    assert [(t.lead, t.deadline.end) for t in record.tasks] == tasks


def _written(path, data: bytes):
    path.write_bytes(data)
    return path


def _docx_of(path, paragraphs: list[str]):
    import docx

    out = docx.Document()
    for paragraph in paragraphs:
        out.add_paragraph(paragraph)
    out.save(str(path))
    return path


def test_unicode_text_with_a_few_latin_1_signs_is_left_alone(tmp_path):
    text = ("Theo § 3 Điều 5 của Quy chế, Sở Tài chính chủ trì · thẩm định dự toán; nhiệt độ 25°C; giá 1.000 ¥; "
            "phí ® 2%; mã số ¶ 12.\nSở Nội vụ chủ trì tổng hợp, báo cáo trước ngày 30/6/2018.")
    path = tmp_path / "unicode.txt"
    path.write_text(text, encoding="utf-8")
    assert read_document(path).text == text


AUTO_NUMBERED = [lambda tmp_path: numbered_docx(tmp_path / "ke_hoach.docx", NUMBERED_PLAN),
                 lambda tmp_path: FIXTURES / "word" / "plan_auto_numbered.doc",  # the same plan saved as .doc
                 lambda tmp_path: FIXTURES / "word" / "plan_auto_numbered.rtf",  # as Rich Text
                 lambda tmp_path: FIXTURES / "word" / "plan_auto_numbered.odt"]  # and as OpenDocument


@pytest.mark.parametrize("made", AUTO_NUMBERED, ids=["docx", "doc", "rtf", "odt"])
def test_word_list_numbers_become_the_labels_word_shows(tmp_path, made):
    doc = read_document(made(tmp_path))
    texts = [b.text for b in doc.blocks]
    assert texts[4:] == [
        "I. TỔ CHỨC THỰC HIỆN", "1. Sở Nội vụ:",
        "• Chủ trì, phối hợp với Văn phòng UBND tỉnh hướng dẫn các cơ quan triển khai Kế hoạch này.",
        "• Tổng hợp, báo cáo UBND tỉnh kết quả thực hiện trước ngày 15/12/2019.", "2. Sở Tài chính:",
        "• Bố trí kinh phí thực hiện Kế hoạch trong dự toán năm 2019.",
        "II. KINH PHÍ", "1. Kinh phí thực hiện từ ngân sách tỉnh.",  # a level restarts under the next heading
        "a) Chi cho tập huấn;", "+ Tài liệu."]


@pytest.mark.parametrize("made", AUTO_NUMBERED, ids=["docx", "doc", "rtf", "odt"])
def test_tasks_of_an_auto_numbered_plan_follow_its_unit_headings(tmp_path, made):
    from pipeline.extract import extract_file

    record, _ = extract_file(made(tmp_path))
    assert [(t.lead, t.coordinators, t.deadline.end if t.deadline else None) for t in record.tasks] == [
        (["Sở Nội vụ"], ["Văn phòng Ủy ban nhân dân tỉnh"], None),
        (["Sở Nội vụ"], [], "2019-12-15"),
        (["Sở Tài chính"], [], None)]


def test_docx_text_in_insertions_smart_tags_fields_and_content_controls_is_read_and_deletions_are_not(tmp_path):
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    from pipeline.extract import extract_file

    def elements(xml: str) -> list:
        return list(parse_xml(f'<w:body {nsdecls("w")}>{xml}</w:body>'))

    def run(text: str) -> str:
        return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'

    out = docx.Document()
    out.add_paragraph("KẾ HOẠCH")
    basis = run("Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa;")
    out.element.body.insert(1, elements(f"<w:sdt><w:sdtContent><w:p>{basis}</w:p></w:sdtContent></w:sdt>")[0])
    task = out.add_paragraph()
    for element in elements(
            run("Sở Nội vụ ")
            + f'<w:ins w:id="1" w:author="VP">{run("chủ trì, ")}</w:ins>'
            + '<w:del w:id="2" w:author="VP"><w:r><w:delText>không </w:delText></w:r></w:del>'
            + run("phối hợp với ")
            + f'<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="place">{run("Sở Tài chính")}'
              "</w:smartTag>"
            + run(" tổ chức tập huấn, hoàn thành trước ngày ")
            + f'<w:fldSimple w:instr=" DATE ">{run("30/6/2019")}</w:fldSimple>'
            + f"<w:sdt><w:sdtContent>{run('.')}</w:sdtContent></w:sdt>"):
        task._p.append(element)
    path = tmp_path / "ke_hoach.docx"
    out.save(str(path))
    record, doc = extract_file(path)
    assert "Sở Nội vụ chủ trì, phối hợp với Sở Tài chính tổ chức tập huấn, hoàn thành trước ngày 30/6/2019." in doc.text
    assert "không" not in doc.text and "DATE" not in doc.text
    assert [r.number for r in record.legal_references] == ["61/2018/NĐ-CP"]
    assert [(t.lead, t.coordinators, t.deadline.end) for t in record.tasks] == [
        (["Sở Nội vụ"], ["Sở Tài chính"], "2019-06-30")]


def _text_box_run(paragraphs: list[str]) -> str:
    """A run holding a text box as Word 2010 and later writes one: the shape, then the same box as VML for older
    readers."""
    from docx.oxml.ns import nsdecls

    inner = "".join(f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>' for text in paragraphs)
    return (f'<w:r {nsdecls("w", "wp", "a")} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
            ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
            ' xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent><mc:Choice Requires="wps">'
            '<w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1"'
            ' behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
            '<wp:extent cx="2000000" cy="500000"/><wp:wrapNone/><wp:docPr id="1" name="Text Box 1"/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            f'<wps:wsp><wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>'
            '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape>'
            f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
            '</mc:AlternateContent></w:r>')


def test_docx_text_boxes_are_read_once_after_the_paragraph_they_are_anchored_in(tmp_path):
    """The number and date placed in a text box beside the issuer's name: the record's metadata, read once (Word
    also keeps a VML copy of each box)."""
    import docx
    from docx.oxml import parse_xml

    from pipeline.extract import extract_file

    out = docx.Document()
    header = out.add_paragraph("ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA")
    header._p.append(parse_xml(_text_box_run(["Số: 15/KH-UBND", "Khánh Hòa, ngày 12 tháng 3 năm 2024"])))
    for text in ["KẾ HOẠCH", "Triển khai cải cách hành chính năm 2024",
                 "1. Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp kiểm tra cải cách hành chính trong Quý II/2024."]:
        out.add_paragraph(text)
    path = tmp_path / "ke_hoach.docx"
    out.save(str(path))
    record, doc = extract_file(path)
    assert doc.text.startswith("ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA\nSố: 15/KH-UBND\nKhánh Hòa, ngày 12 tháng 3 năm 2024\n")
    assert doc.text.count("15/KH-UBND") == 1
    assert (record.metadata.number, record.metadata.issuer, record.metadata.issued_date) == (
        "15/KH-UBND", "Ủy ban nhân dân tỉnh Khánh Hòa", "2024-03-12")
    assert [(t.lead, t.coordinators) for t in record.tasks] == [(["Sở Nội vụ"], ["Sở Tư pháp"])]


def test_docx_symbols_inserted_from_symbol_fonts_are_read(tmp_path):
    """Insert > Symbol puts a w:sym, no text: Symbol's ≥ is a target's comparator, a Wingdings square a bullet."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    from pipeline.extract import extract_file

    def sym(font: str, char: str) -> str:
        return f'<w:r {nsdecls("w")}><w:sym w:font="{font}" w:char="{char}"/></w:r>'

    def run(text: str) -> str:
        return f'<w:r {nsdecls("w")}><w:t xml:space="preserve">{text}</w:t></w:r>'

    out = docx.Document()
    for text in ["KẾ HOẠCH", "Cải cách hành chính năm 2024", "I. MỤC TIÊU"]:
        out.add_paragraph(text)
    goal = out.add_paragraph()
    for xml in [run("Tỷ lệ hồ sơ được giải quyết trực tuyến đạt "), sym("Symbol", "F0B3"), run(" 90%.")]:
        goal._p.append(parse_xml(xml))
    out.add_paragraph("II. NHIỆM VỤ")
    out.add_paragraph("1. Sở Nội vụ")
    for job in ["Tổ chức kiểm tra công tác cải cách hành chính.", "Tổng hợp báo cáo kết quả thực hiện."]:
        item = out.add_paragraph()
        for xml in [sym("Wingdings", "F0A7"), run(" " + job)]:
            item._p.append(parse_xml(xml))
    path = tmp_path / "ke_hoach.docx"
    out.save(str(path))
    record, doc = extract_file(path)
    assert "đạt ≥ 90%" in doc.text and "• Tổ chức kiểm tra" in doc.text
    assert [(t.value, t.comparator) for t in record.targets] == [(90.0, ">=")]
    assert [(t.lead, t.text) for t in record.tasks] == [
        (["Sở Nội vụ"], "Tổ chức kiểm tra công tác cải cách hành chính"),
        (["Sở Nội vụ"], "Tổng hợp báo cáo kết quả thực hiện")]


def _task_content(path):
    from pipeline.extract import extract_file

    record, _ = extract_file(path)  # (a cell's line breaks follow the page's width: spaces compared alike)
    return [(" ".join(t.text.split()), t.lead, t.coordinators, t.deadline.end if t.deadline else None)
            for t in record.tasks]


@pytest.mark.parametrize("seed", ["003_5dad5d2d501c37f7", "004_56be073c6998dd9f"])
def test_a_plan_printed_to_pdf_by_a_word_processor_gives_the_tasks_of_its_text(seed):
    """003 printed justified with indented first lines and no spacing (a unit's line under a topic heading that
    has no closing stop is told apart only by its indent); 004 left-aligned with spacing after paragraphs, its
    task table's rows broken across pages and unit names wrapped at their dash in narrow cells."""
    from_pdf = _task_content(FIXTURES / "word" / f"{seed}.pdf")
    from_text = _task_content(CORPUS / f"{seed}.txt")
    assert len(from_pdf) == len(from_text) > 20
    assert from_pdf == from_text


def test_a_word_file_holding_a_line_per_paragraph_gives_the_tasks_of_its_text(tmp_path):
    """A PDF converted to Word, or text pasted from one, keeps every printed line as a paragraph of its own: the
    lines are joined again as a text file's are, and a Word file typed in paragraphs is read as it is.
    (Seed 004: its decision, plan and task table.)"""
    seed = "004_56be073c6998dd9f"
    import textwrap

    import docx

    typed, wrapped = docx.Document(), docx.Document()
    for block in read_document(CORPUS / f"{seed}.txt").blocks:
        if block.kind == "table":
            for out in (typed, wrapped):
                table = out.add_table(rows=len(block.rows), cols=max(len(row) for row in block.rows))
                for cells, row in zip(block.rows, table.rows):
                    for cell, word_cell in zip(cells, row.cells):
                        word_cell.text = cell.text
            continue
        typed.add_paragraph(block.text)
        for line in textwrap.wrap(block.text, 90):
            wrapped.add_paragraph(line)
    typed.save(str(tmp_path / "typed.docx"))
    wrapped.save(str(tmp_path / "wrapped.docx"))
    from_text = _task_content(CORPUS / f"{seed}.txt")
    assert len(from_text) > 20
    assert _task_content(tmp_path / "wrapped.docx") == _task_content(tmp_path / "typed.docx") == from_text


@pytest.mark.parametrize("name", ["plan_dien_ban_2019.rtf", "rtf_saved_as.doc", "plan_dien_ban_2019.odt"])
def test_rich_text_and_opendocument_read_paragraphs_field_results_and_the_task_table(tmp_path, name):
    from pipeline.extract import extract_file

    path = FIXTURES / "word" / name
    if name.endswith(".doc"):  # Word's "Rich Text" saved under the .doc name
        path = tmp_path / name
        path.write_bytes((FIXTURES / "word" / "plan_dien_ban_2019.rtf").read_bytes())
    record, doc = extract_file(path)
    assert "Hồ sơ được tiếp nhận qua Cổng Dịch vụ công tỉnh và Bộ phận một cửa huyện." in doc.text
    assert "HYPERLINK" not in doc.text
    task_table = [b for b in doc.blocks if b.kind == "table"][-1]
    assert [[c.text for c in row] for row in task_table.rows[1:]] == [
        ["1", "Rà soát, công bố danh mục thủ tục hành chính tiếp nhận tại Bộ phận một cửa",
         "Văn phòng HĐND và UBND huyện", "", "Quý II/2019"],
        ["2", "Tổ chức tập huấn nghiệp vụ cho công chức Bộ phận một cửa\nHướng dẫn sử dụng phần mềm một cửa điện tử",
         "Phòng Nội vụ", "Phòng Tư pháp, UBND các xã, phường", "Tháng 6/2019"]]
    assert (record.metadata.doc_type, record.metadata.number, record.metadata.issued_date) == (
        "Kế hoạch", "45/KH-UBND", "2019-03-12")
    assert [(t.lead, t.deadline.end) for t in record.tasks] == [
        (["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện"], "2019-06-30"), (["Phòng Nội vụ"], "2019-06-30"),
        (["Phòng Nội vụ"], "2019-12-15")]


def test_doc_with_a_damaged_list_count_is_reported_as_corrupt_not_read_for_ever(tmp_path):
    import struct

    import olefile

    from pipeline.word97 import _FC_LIST_USES, _Fib

    data = (FIXTURES / "word" / "plan_auto_numbered.doc").read_bytes()
    with olefile.OleFileIO(io.BytesIO(data)) as ole:
        list_uses_at, _ = _Fib(ole.openstream("WordDocument").read()).pair(_FC_LIST_USES)
    path = tmp_path / "damaged.doc"
    path.write_bytes(_with_stream(data, "1Table", lambda table: struct.pack_into("<i", table, list_uses_at, 2 ** 31 - 1)))
    with pytest.raises(ReadError, match=r"corrupt \.doc .*does not fit"):
        read_document(path)


@pytest.mark.parametrize("suffix", [".doc", ".docx"])
def test_word_footnotes_follow_the_main_text_and_their_citations_are_found(suffix):
    from pipeline.extract import extract_file

    record, doc = extract_file(FIXTURES / "word" / f"plan_footnote{suffix}")
    assert [b.text for b in doc.blocks][-2:] == [
        "Sở Nội vụ chủ trì, phối hợp với các sở, ngành tổng hợp, báo cáo kết quả trước ngày 15/12/2020.",
        "Được sửa đổi, bổ sung bởi Luật số 47/2019/QH14 ngày 22 tháng 11 năm 2019 của Quốc hội."]
    assert [(r.name, r.number) for r in record.legal_references] == [
        ("Luật Tổ chức chính quyền địa phương", None), (None, "47/2019/QH14")]


def test_doc_table_rows_whose_properties_sit_in_the_data_stream_end_where_they_end():
    """A seven-column row's end mark keeps its properties in the Data stream (sprmPHugePapx)."""
    from pipeline.extract import extract_file

    record, doc = extract_file(FIXTURES / "word" / "plan_wide_table.doc")
    table = next(b for b in doc.blocks if b.kind == "table")
    assert [len(row) for row in table.rows] == [7, 7, 7, 7]
    assert [c.text for c in table.rows[2]] == [
        "1", "Rà soát, đề xuất sửa đổi quy định về quản lý quy hoạch", "Sở Tài chính",
        "Các sở, ngành, UBND xã, phường", "Quý IV/2025", "Báo cáo rà soát", "Chi thường xuyên"]
    assert [(t.lead, t.deadline.end) for t in record.tasks] == [
        (["Sở Tài chính"], "2025-12-31"), (["Sở Khoa học và Công nghệ"], "2026-06-30")]


def test_rich_text_pipe_in_the_text_is_no_cell_end(tmp_path):
    def rtf(text: str) -> str:  # as Word escapes what is not ASCII
        return "".join(ch if ord(ch) < 128 else f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?" for ch in text)

    path = tmp_path / "ke_hoach.rtf"
    path.write_text(
        "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times New Roman;}}\n"
        f"\\pard {rtf('Nơi nhận: - Như trên; - Lưu: VT | TM. ỦY BAN NHÂN DÂN')}\\par\n"
        "\\trowd\\cellx1000\\cellx6000\\cellx9000\n"
        f"\\pard\\intbl TT\\cell {rtf('Nhiệm vụ')}\\cell {rtf('Cơ quan chủ trì')}\\cell\\row\n"
        f"\\pard\\intbl 1\\cell {rtf('Rà soát thủ tục hành chính')}\\cell {rtf('Sở Nội vụ')}\\cell\\row\n"
        "\\pard\\par}\n", encoding="ascii")
    doc = read_document(path)
    assert doc.blocks[0].text == "Nơi nhận: - Như trên; - Lưu: VT | TM. ỦY BAN NHÂN DÂN"
    assert [[c.text for c in row] for row in doc.blocks[1].rows] == [
        ["TT", "Nhiệm vụ", "Cơ quan chủ trì"], ["1", "Rà soát thủ tục hành chính", "Sở Nội vụ"]]


def test_a_line_a_plan_repeats_under_each_task_is_its_text_not_a_running_footer():
    from pipeline.pdf_text import _running_lines

    # (a commune's election plan, its lines page by page: every task ends with the same two lines, which fall at
    # the foot of three of its four pages; the gazette's running head tops every page)
    head = "CÔNG BÁO/Số 1003 + 1004/Ngày 29-12-2025 {}"
    lead = "- Đơn vị chủ trì: Đồng chí Phó chủ tịch Thường trực, phụ trách lĩnh vực"
    field = "Giám sát và Phản biện xã hội"
    helpers = "- Đơn vị phối hợp: Các đ/c Phó chủ tịch, Trưởng đoàn thể xã."
    tasks = ["Xây dựng kế hoạch", "Tổ chức hiệp thương", "Tổng hợp danh sách", "Tuyên truyền bầu cử",
             "Tiếp công dân", "Báo cáo kết quả", "Theo dõi, đôn đốc"]
    pages = [[head.format(n), f"{2 * n - 1}. {tasks[2 * n - 2]}", lead, field, helpers, f"{2 * n}. {tasks[2 * n - 1]}",
              lead, field, helpers] for n in range(1, 4)]
    pages.append([head.format(4), f"7. {tasks[6]}", lead, field, helpers, "Nơi nhận:"])
    assert _running_lines(pages) == {"CÔNG BÁO/Số #### + ####/Ngày ##-##-####"}


def test_pdf_cell_rejoins_a_date_and_a_number_its_width_broke():
    from pipeline.pdf_text import _pdf_cell

    assert _pdf_cell("Theo Nghị định số 80/2020/N\nĐ-CP, trước\nngày 31/12/20\n25") == \
        "Theo Nghị định số 80/2020/NĐ-CP, trước ngày 31/12/2025"
    assert _pdf_cell("Công văn số 1552/BTT\nTT-THH ngày 10/5/2024") == "Công văn số 1552/BTTTT-THH ngày 10/5/2024"
    assert _pdf_cell("Thay thế Quyết định số 118/2008/QĐ-TT\ng ngày 27/8/2008") == \
        "Thay thế Quyết định số 118/2008/QĐ-TTg ngày 27/8/2008"


def test_pdf_lines_at_the_margin_of_an_indented_text_run_on_even_after_a_full_stop():
    """Where paragraphs begin at a first-line indent, a line at the margin under a full line continues its paragraph,
    also when the line above ended a sentence at the margin."""
    from pipeline.pdf_text import _pdf_prose

    def line(top, x0, x1, text):
        return (0, {"top": top, "x0": x0, "x1": x1, "text": text})

    lines = [
        line(100, 90, 521, "Phát động phong trào thi đua trong toàn quốc để phát huy sức mạnh tổng hợp của cả"),
        line(115, 62, 521, "hệ thống chính trị, sự tham gia tích cực của doanh nhân, doanh nghiệp và Nhân dân."),
        line(130, 62, 300, "Chú trọng biểu dương, tôn vinh các nhà khoa học."),
        line(145, 90, 521, "Tổ chức sơ kết, tổng kết việc thực hiện Nghị quyết, báo cáo Thủ tướng Chính phủ kết"),
        line(160, 62, 240, "quả thực hiện hằng năm."),
        line(175, 90, 400, "Bộ Khoa học và Công nghệ chủ trì hướng dẫn thực hiện."),
    ]
    assert [b.text for b in _pdf_prose(lines, str)] == [
        "Phát động phong trào thi đua trong toàn quốc để phát huy sức mạnh tổng hợp của cả hệ thống chính trị, sự "
        "tham gia tích cực của doanh nhân, doanh nghiệp và Nhân dân. Chú trọng biểu dương, tôn vinh các nhà khoa học.",
        "Tổ chức sơ kết, tổng kết việc thực hiện Nghị quyết, báo cáo Thủ tướng Chính phủ kết quả thực hiện hằng năm.",
        "Bộ Khoa học và Công nghệ chủ trì hướng dẫn thực hiện."]


def test_odt_without_its_text_or_with_damaged_xml_is_reported(tmp_path):
    empty = tmp_path / "empty.odt"
    with zipfile.ZipFile(empty, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
    damaged = tmp_path / "damaged.odt"
    with zipfile.ZipFile(FIXTURES / "word" / "plan_dien_ban_2019.odt") as source, \
            zipfile.ZipFile(damaged, "w") as archive:
        for name in source.namelist():
            data = source.read(name)
            archive.writestr(name, data[: len(data) // 2] if name == "content.xml" else data)
    locked = tmp_path / "locked.odt"  # as a password-protected file lists its members: each with encryption data
    with zipfile.ZipFile(FIXTURES / "word" / "plan_dien_ban_2019.odt") as source, \
            zipfile.ZipFile(locked, "w") as archive:
        for name in source.namelist():
            data = source.read(name)
            if name == "META-INF/manifest.xml":
                data = data.replace(b'manifest:media-type="text/xml"/>', b'manifest:media-type="text/xml">'
                                    b'<manifest:encryption-data manifest:checksum-type="SHA1/1K"/></manifest:file-entry>')
                assert b"encryption-data" in data
            archive.writestr(name, data)
    for path, reason in ((empty, "a ZIP without content.xml"), (damaged, "corrupt ODT"),
                         (locked, r"encrypted ODT \(password required\)")):
        with pytest.raises(ReadError, match=reason):
            read_document(path)


def test_pdf_whose_page_box_holds_a_name_is_reported_as_corrupt(tmp_path):
    data = (CORPUS / "004_khanh_hoa_cchc_2018.pdf").read_bytes()
    path = tmp_path / "hong.pdf"
    path.write_bytes(data.replace(b"/MediaBox [ 0 0 595.2756 841.8898 ]", b"/MediaBox [ 0 0 595.2756 /Xy 841.8898 ]", 1))
    with pytest.raises(ReadError, match=r"corrupt or truncated PDF \(MalformedPDFException\)"):
        read_document(path)


def test_docx_cell_reads_paragraphs_in_content_controls_and_a_nested_table(tmp_path):
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    out = docx.Document()
    table = out.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ["TT", "Nhiệm vụ", "Cơ quan chủ trì"]):
        cell.text = text
    table.rows[1].cells[0].text, table.rows[1].cells[1].text = "1", "Rà soát thủ tục hành chính"
    cell = table.rows[1].cells[2]
    cell.text = "Sở Nội vụ"
    nested = cell.add_table(rows=1, cols=2)
    nested.rows[0].cells[0].text, nested.rows[0].cells[1].text = "Chủ trì: Sở Tư pháp", "Phối hợp: Văn phòng UBND tỉnh"
    cell._tc.append(parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtContent><w:p><w:r><w:t>Hoàn thành Quý II/2019</w:t>'
                              "</w:r></w:p></w:sdtContent></w:sdt>"))
    path = tmp_path / "ke_hoach.docx"
    out.save(str(path))
    [block] = read_document(path).blocks
    assert [c.text for c in block.rows[1]] == [
        "1", "Rà soát thủ tục hành chính",
        "Sở Nội vụ\nChủ trì: Sở Tư pháp\nPhối hợp: Văn phòng UBND tỉnh\nHoàn thành Quý II/2019"]


def test_odt_cell_reads_a_nested_table_as_its_lines(tmp_path):
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"')

    def cell(*paragraphs: str, inner: str = "") -> str:
        return "<table:table-cell>" + "".join(f"<text:p>{p}</text:p>" for p in paragraphs) + inner + "</table:table-cell>"

    nested = ("<table:table><table:table-row>" + cell("Chủ trì: Sở Tư pháp") + cell("Phối hợp: Văn phòng UBND tỉnh")
              + "</table:table-row></table:table>")
    content = (f'<office:document-content {ns}><office:body><office:text><table:table>'
               f'<table:table-row>{cell("TT")}{cell("Nhiệm vụ")}{cell("Cơ quan chủ trì")}</table:table-row>'
               f'<table:table-row>{cell("1")}{cell("Rà soát thủ tục hành chính")}{cell("Sở Nội vụ", inner=nested)}'
               "</table:table-row></table:table></office:text></office:body></office:document-content>")
    path = tmp_path / "ke_hoach.odt"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
    [block] = read_document(path).blocks
    assert [[c.text for c in row] for row in block.rows] == [
        ["TT", "Nhiệm vụ", "Cơ quan chủ trì"],
        ["1", "Rà soát thủ tục hành chính", "Sở Nội vụ\nChủ trì: Sở Tư pháp\nPhối hợp: Văn phòng UBND tỉnh"]]


@pytest.mark.parametrize("anchored", ["in_paragraph", "on_page"])
def test_odt_text_boxes_and_shapes_holding_paragraphs_are_read(tmp_path, anchored):
    """A frame's text box anchored in a paragraph or on the page, and a shape holding paragraphs (what LibreOffice
    makes of a Word text box), each read once after what anchors it."""
    from pipeline.extract import extract_file

    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"')
    number = '<draw:frame><draw:text-box><text:p>Số: 15/KH-UBND</text:p></draw:text-box></draw:frame>'
    date = '<draw:custom-shape><text:p>Khánh Hòa, ngày 12 tháng 3 năm 2024</text:p></draw:custom-shape>'
    header = (f"<text:p>ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA{number}{date}</text:p>" if anchored == "in_paragraph"
              else f"{number}{date}<text:p>ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA</text:p>")
    body = "".join(f"<text:p>{text}</text:p>" for text in [
        "KẾ HOẠCH", "Triển khai cải cách hành chính năm 2024",
        "1. Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp kiểm tra cải cách hành chính trong Quý II/2024."])
    path = tmp_path / "ke_hoach.odt"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", f"<office:document-content {ns}><office:body><office:text>{header}{body}"
                                        "</office:text></office:body></office:document-content>")
    record, doc = extract_file(path)
    assert doc.text.count("15/KH-UBND") == 1 and doc.text.count("ngày 12 tháng 3 năm 2024") == 1
    assert (record.metadata.number, record.metadata.issuer, record.metadata.issued_date) == (
        "15/KH-UBND", "Ủy ban nhân dân tỉnh Khánh Hòa", "2024-03-12")
    assert [(t.lead, t.coordinators) for t in record.tasks] == [(["Sở Nội vụ"], ["Sở Tư pháp"])]


def test_a_word_paragraph_holding_only_a_label_joins_the_paragraph_after_it(tmp_path):
    # (a programme converted to Word put each point's number in a paragraph of its own: "2.1." / "Rà soát, …"; the
    # point was then no point, and its task hung on the part's heading instead of the point's)
    from pipeline.extract import extract_file

    path = _docx_of(tmp_path / "chuong_trinh.docx", [
        "CHƯƠNG TRÌNH HÀNH ĐỘNG", "Về quan hệ lao động năm 2020", "II. NỘI DUNG HOẠT ĐỘNG", "2. Nâng cao năng lực quản lý nhà nước về quan hệ lao động", "2.1.",
        "Rà soát, kiến nghị hoàn thiện các cơ chế giải quyết tranh chấp lao động.",
        "- Cơ quan thực hiện: Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Liên đoàn Lao động tỉnh.",
        "a)", "b)", "Tổng hợp kết quả."])
    assert [b.text for b in read_document(path).blocks][2:] == [
        "II. NỘI DUNG HOẠT ĐỘNG", "2. Nâng cao năng lực quản lý nhà nước về quan hệ lao động",
        "2.1. Rà soát, kiến nghị hoàn thiện các cơ chế giải quyết tranh chấp lao động.",
        "- Cơ quan thực hiện: Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Liên đoàn Lao động tỉnh.",
        "a)", "b) Tổng hợp kết quả."]  # (a label before another label stays as it is)
    record, _ = extract_file(path)
    assert [(t.lead, t.section) for t in record.tasks] == [
        (["Sở Lao động - Thương binh và Xã hội"], "2. Nâng cao năng lực quản lý nhà nước về quan hệ lao động")]
