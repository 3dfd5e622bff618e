import pytest

from extractors.metadata import extract_metadata, sentence_case
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
    assert m.title == "Ban hành kế hoạch cải cách hành chính tỉnh Khánh Hòa năm 2018"


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
    assert sentence_case("THỰC HIỆN NGHỊ QUYẾT SỐ 214/NQ-CP") == "Thực hiện nghị quyết số 214/NQ-CP"
