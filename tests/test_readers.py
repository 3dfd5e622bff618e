import io
import unicodedata
import zipfile

import pytest

from pipeline.readers import ReadError, read_document
from tests.conftest import CORPUS, FIXTURES

TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def windows_1258(text: str) -> bytes:
    """Encode as Vietnamese Windows does: letters with ^ ˘ ' precomposed, the five tones as combining marks."""
    out = []
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.combining(ch) and ch not in TONE_MARKS and out:
            out[-1] = unicodedata.normalize("NFC", out[-1][0] + ch) + out[-1][1:]
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
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "legacy binary .doc"),
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
