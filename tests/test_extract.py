import hashlib

from pipeline.document import build_document
from pipeline.extract import extract_document
from pipeline.normalize import normalize_text
from pipeline.txt_layout import layout_text
from schemas.record import Source

# A letter whose copy lost its header (no "Số:" and no date line), as the public collection stores some.
HEADLESS_LETTER = """Kính gửi: Các cơ sở khám bệnh, chữa bệnh bảo hiểm y tế trên địa bàn Thành phố.

Thực hiện Công văn số 1234/BYT-BH ngày 15/10/2025 của Bộ Y tế về tăng cường quản lý chi khám bệnh, chữa bệnh
bảo hiểm y tế, Ủy ban nhân dân Thành phố yêu cầu:

1. Sở Y tế xây dựng kế hoạch kiểm soát chi khám bệnh, chữa bệnh bảo hiểm y tế từ nay đến cuối năm.
"""


def _record(text):
    doc = build_document(layout_text(normalize_text(text)), "txt")
    sha256 = hashlib.sha256(text.encode()).hexdigest()
    return extract_document(doc, Source(path="letter.txt", sha256=sha256, format="txt"))


def test_a_document_without_its_date_takes_the_year_of_the_latest_document_it_cites():
    record = _record(HEADLESS_LETTER)
    assert record.metadata.issued_date is None
    [task] = record.tasks
    assert task.lead == ["Sở Y tế"] and task.deadline.end == "2025-12-31"


def test_a_dated_document_keeps_its_own_year():
    record = _record("Hà Nội, ngày 03 tháng 02 năm 2026\n\n" + HEADLESS_LETTER)
    assert record.metadata.issued_date == "2026-02-03"
    assert [task.deadline.end for task in record.tasks] == ["2026-12-31"]


def test_a_document_without_its_date_or_a_dated_citation_takes_the_year_it_speaks_of_most():
    # (a tax department's scanned notice, 2024: its header lost to OCR, its one citation undated; "Quyết định số
    # 41/2018/QĐ-TTg" and a date do not count as the year spoken of)
    record = _record("Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.\n\n"
                     "Năm 2024, số thu ngân sách tăng so với năm 2023; thực hiện Quyết định số 41/2018/QĐ-TTg, "
                     "Tổng cục Thuế yêu cầu:\n\n"
                     "1. Cục Thuế các tỉnh, thành phố báo cáo kết quả thu năm 2024 trong tháng 10.\n")
    assert record.metadata.issued_date is None
    assert [(task.deadline.start, task.deadline.end) for task in record.tasks] == [("2024-10-01", "2024-10-31")]
