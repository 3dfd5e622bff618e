"""Legal references in Vietnamese administrative text (extractors/references.py)."""
from __future__ import annotations

import pytest

from extractors.reference_codes import key_matches, parse_query, reference_key
from extractors.references import RefContext, find_references

KH = RefContext(province="Khánh Hòa", issuer="Ủy ban nhân dân tỉnh Khánh Hòa", year=2018)


def refs(text: str, ctx: RefContext | None = None):
    found = find_references(text, ctx or KH)
    for r in found:
        assert text[r.start:r.end] == r.text
    assert [r.start for r in found] == sorted(r.start for r in found)
    return found


def one(text: str, ctx: RefContext | None = None):
    found = refs(text, ctx)
    assert len(found) == 1, found
    return found[0]


def test_decree_with_date_and_issuer():
    text = "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa;"
    r = one(text)
    assert (r.doc_type, r.number, r.issued_date, r.issuer, r.relation) == (
        "Nghị định", "61/2018/NĐ-CP", "2018-04-23", "Chính phủ", "basis")
    assert r.text == "Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ"
    assert r.start == text.index("Nghị định") and r.key == "61/2018/nd-cp"


@pytest.mark.parametrize("date_text, iso", [
    ("ngày 23 tháng 4 năm 2018", "2018-04-23"),
    ("ngày 23-4-2018", "2018-04-23"),
    ("ngày 14/ 02/2015", "2015-02-14"),
    ("ngày 08 tháng 11 năm 2011", "2011-11-08"),
])
def test_date_forms(date_text, iso):
    r = one(f"Thực hiện Quyết định số 468/QĐ-TTg {date_text} của Thủ tướng Chính phủ.")
    assert r.issued_date == iso and r.issuer == "Thủ tướng Chính phủ" and r.relation == "implements"


def test_provincial_decision_key_carries_province_and_year():
    r = one("Căn cứ Quyết định số 524/QĐ-UBND ngày 04/3/2016 của UBND tỉnh Khánh Hòa về việc kiện toàn tổ chức;")
    assert r.number == "524/QĐ-UBND" and r.issuer == "Ủy ban nhân dân tỉnh Khánh Hòa"
    assert r.key == "524/qd-ubnd|khanh hoa|2016"


def test_province_from_context_when_text_says_only_tinh():
    r = one("Căn cứ Quyết định số 2243/QĐ-UBND ngày 10/9/2021 của Ủy ban nhân dân tỉnh về việc ban hành Kế hoạch;",
            RefContext(province="Thừa Thiên Huế"))
    assert r.issuer == "Ủy ban nhân dân tỉnh Thừa Thiên Huế"


@pytest.mark.parametrize("number, doc_type, issuer", [
    ("30c/NQ-CP", "Nghị quyết", "Chính phủ"),
    ("18-NQ/TW", "Nghị quyết", "Ban Chấp hành Trung ương"),
    ("12-CTr/TU", "Chương trình", "Tỉnh ủy Khánh Hòa"),
    ("2947/SNV-CCHC", "Công văn", "Sở Nội vụ tỉnh Khánh Hòa"),
    ("1494/TTr-SNV", "Tờ trình", "Sở Nội vụ tỉnh Khánh Hòa"),
    ("01/2016/TTLT-BTC-BNV", "Thông tư liên tịch", "Bộ Tài chính, Bộ Nội vụ"),
    ("58/2014/QH13", "Luật", "Quốc hội khóa XIII"),
    ("123/UBND-VP", "Công văn", "Ủy ban nhân dân tỉnh Khánh Hòa"),
    # the general departments of taxation and customs, by their codes
    ("2054/TCT-TTr", "Công văn", "Tổng cục Thuế"),
    ("42/QĐ-TCT", "Quyết định", "Tổng cục Thuế"),
    ("778/TCHQ-GSQL", "Công văn", "Tổng cục Hải quan"),
])
def test_symbol_implies_type_and_issuer(number, doc_type, issuer):
    r = one(f"Các đơn vị triển khai theo nội dung số {number} đã nêu.")
    assert (r.number, r.doc_type, r.issuer, r.relation) == (number, doc_type, issuer, "implements")


def test_type_word_wins_over_code():
    r = one("Thực hiện Chương trình hành động số 12-CTr/TU ngày 31/3/2017 của Tỉnh ủy về cải cách hành chính.")
    assert r.doc_type == "Chương trình hành động" and r.issued_date == "2017-03-31" and r.issuer == "Tỉnh ủy Khánh Hòa"


def test_list_of_decrees_are_separate_entries():
    text = ("khi có nghị định mới thay thế Nghị định số 24/2014/NĐ-CP ngày 04/4/2014 của Chính phủ về tổ chức "
            "các cơ quan chuyên môn và Nghị định số 37/2014/NĐ-CP ngày 05/5/2014 của Chính phủ")
    a, b = refs(text)
    assert (a.number, a.issued_date, a.relation) == ("24/2014/NĐ-CP", "2014-04-04", "replaces")
    assert (b.number, b.issued_date) == ("37/2014/NĐ-CP", "2014-05-05")


def test_comma_before_date_and_wrapped_type_word():
    a, b = refs("Căn cứ Quyết định số 656/QĐ-UBND, ngày 10/3/2017 của UBND tỉnh; triển khai Nghị\nđịnh số "
                "24/2014/NĐ-CP.")
    assert (a.issued_date, a.issuer) == ("2017-03-10", "Ủy ban nhân dân tỉnh Khánh Hòa")
    assert (b.doc_type, b.text) == ("Nghị định", "Nghị\nđịnh số 24/2014/NĐ-CP")


def test_year_only_gives_no_date():
    a, b = refs("theo tinh thần Nghị quyết số 35/NQ-CP năm 2016, Nghị quyết số 19/NQ-CP năm 2017 của Chính phủ")
    assert (a.number, a.issued_date, a.key) == ("35/NQ-CP", None, "35/nq-cp||2016")
    assert (b.number, b.issued_date, b.issuer) == ("19/NQ-CP", None, "Chính phủ")


def test_basis_list_keeps_basis_for_every_item():
    text = ("Căn cứ Quyết định số 524/QĐ-UBND ngày 04/3/2016 của UBND tỉnh Khánh Hòa về việc thực hiện nhiệm vụ; "
            "Quyết định số 656/QĐ-UBND ngày 10/3/2017 của UBND tỉnh Khánh Hòa về việc điều chỉnh chức năng;")
    assert [r.relation for r in refs(text)] == ["basis", "basis"]


def test_amends_and_mention():
    text = ("Nghị định số 107/2020/NĐ-CP ngày 14/9/2020 của Chính phủ sửa đổi, bổ sung một số điều của "
            "Nghị định số 24/2014/NĐ-CP ngày 04/4/2014 của Chính phủ.")
    a, b = refs(text)
    assert (a.relation, b.relation) == ("mention", "amends")


def test_date_before_the_mention_in_the_same_clause():
    text = ("Căn cứ Quyết định số 4003/QĐ-UBND ngày 31/12/2020 của UBND tỉnh Quảng Nam về ban hành Kế hoạch "
            "công tác năm 2021, ngày 12/01/2021, Sở Lao động - Thương binh và Xã hội đã ban hành "
            "Kế hoạch số 03/KH-LĐTBXH về thực hiện công tác CCHC năm 2021.")
    a, b = refs(text, RefContext(province="Quảng Nam"))
    assert (a.number, a.relation) == ("4003/QĐ-UBND", "basis")
    assert (b.number, b.issued_date, b.relation) == ("03/KH-LĐTBXH", "2021-01-12", "mention")
    assert b.issuer == "Sở Lao động - Thương binh và Xã hội tỉnh Quảng Nam"


@pytest.mark.parametrize("printed", ["61/2018/ND-CP", "61/2018/NĐ/CP", "61/2018/NĐCP", "61/ 2018/NĐ-CP"])
def test_hand_typed_variants_fold_to_one_key(printed):
    r = one(f"Tổ chức tiếp nhận hồ sơ theo Nghị định số {printed} ngày 23/4/2018 của Chính phủ.")
    assert r.key == "61/2018/nd-cp" and r.issued_date == "2018-04-23" and r.doc_type == "Nghị định"
    assert r.number == printed.replace(" ", "")


def test_dotted_symbol_and_wrapped_symbol():
    a, b = refs("theo Quyết định số 19/QĐ.TTg ngày 05/03/2014 và Kế hoạch số 09/KH-\nLĐTBXH ngày 27/01/2021")
    assert (a.key, a.issuer) == ("19/qd-ttg||2014", "Thủ tướng Chính phủ")
    assert (b.number, b.key) == ("09/KH-LĐTBXH", "09/kh-ldtbxh|khanh hoa|2021")


def test_short_forms_resolve_to_the_full_citation():
    text = ("Thực hiện Nghị quyết số 17/NQ-CP ngày 07/3/2019 của Chính phủ về Chính phủ điện tử. "
            "Hoàn thành các chỉ tiêu đề ra tại Nghị quyết số 17/NQ-CP. Áp dụng Nghị định 61/2018/NĐ-CP; "
            "Nghị định số 61 quy định rõ quy trình, Nghị định 61/2018 cũng vậy.")
    full, short, decree, bare, bare_year = refs(text)
    assert short.key == full.key == "17/nq-cp||2019" and short.issued_date is None and short.issuer == "Chính phủ"
    # a number printed without its symbol takes the full citation's, so it is not read as another document
    assert (bare.text, bare.number, bare.key, bare.doc_type) == ("Nghị định số 61", "61/2018/NĐ-CP", decree.key, "Nghị định")
    assert (bare_year.number, bare_year.key) == ("61/2018/NĐ-CP", "61/2018/nd-cp")


def test_no_self_references():
    text = ("Số: 4034/QĐ-UBND\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính tỉnh Khánh Hòa "
            "năm 2018.\nKẾ HOẠCH\n(Ban hành kèm theo Quyết định số 4034/QĐ-UBND ngày 29 tháng 12 năm 2017 của "
            "Ủy ban nhân dân tỉnh)\nCác sở triển khai thực hiện Kế hoạch này.")
    assert refs(text, RefContext(own_number="4034/QĐ-UBND", province="Khánh Hòa")) == []


def test_attached_to_another_decision():
    r = one("KẾ HOẠCH\n(Ban hành kèm theo Quyết định số 3994/QĐ-UBND ngày 31/12/2019 của UBND tỉnh Khánh Hòa)",
            RefContext(own_number="12/KH-SNV", province="Khánh Hòa"))
    assert (r.number, r.relation, r.issued_date) == ("3994/QĐ-UBND", "attached_to", "2019-12-31")


def test_not_references():
    text = ("Điều 5. Quyết định này có hiệu lực kể từ ngày ký. Trong năm 2016 có 86/86 TTHC đạt mức độ 3, 4; "
            "tỷ lệ đạt 98%, ứng phó Covid-19/2021.")
    assert refs(text) == []


def test_law_cited_by_name_with_date():
    r = one("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;")
    assert (r.doc_type, r.number, r.name, r.issued_date, r.issuer, r.relation) == (
        "Luật", None, "Luật Tổ chức chính quyền địa phương", "2015-06-19", "Quốc hội", "basis")


def test_laws_in_a_list_and_amending_law():
    names = [r.name for r in refs("theo quy định của Luật Cán bộ, công chức; Luật Viên chức và Luật Khiếu nại, "
                                  "Luật Tố cáo.")]
    assert names == ["Luật Cán bộ, công chức", "Luật Viên chức", "Luật Khiếu nại", "Luật Tố cáo"]
    outer, inner = refs("đúng quy trình của Luật Sửa đổi, bổ sung một số điều của Luật Ban hành VBQPPL;")
    assert outer.name == "Luật Sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật"
    assert (inner.name, inner.relation) == ("Luật Ban hành văn bản quy phạm pháp luật", "amends")


def test_amending_law_runs_over_every_law_it_amends():
    outer, *inner = refs("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư, Luật Đầu tư theo "
                         "phương thức đối tác công tư và Luật Đấu thầu ngày 29 tháng 11 năm 2024;")
    assert (outer.name, outer.relation, outer.issued_date) == (
        "Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư, Luật Đầu tư theo phương thức đối tác "
        "công tư và Luật Đấu thầu", "basis", "2024-11-29")
    assert [(r.name, r.relation) for r in inner] == [
        ("Luật Quy hoạch", "amends"), ("Luật Đầu tư", "amends"),
        ("Luật Đầu tư theo phương thức đối tác công tư", "amends"), ("Luật Đấu thầu", "amends")]


def test_amending_law_runs_over_the_numbers_of_the_laws_it_lists():
    # (Luật số 43/2024/QH15 as a 2025 decision of Thành phố Hồ Chí Minh cites it)
    outer, *inner = refs("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số "
                         "27/2023/QH15, Luật Kinh doanh bất động sản số 29/2023/QH15 và Luật Các tổ chức tín dụng số "
                         "32/2024/QH15 ngày 29 tháng 6 năm 2024;")
    # (its name is the law's title: the numbers are the amended laws')
    assert (outer.number, outer.name, outer.relation, outer.issued_date) == (
        None, "Luật sửa đổi, bổ sung một số điều của Luật Đất đai, Luật Nhà ở, Luật Kinh doanh bất động sản và Luật Các "
        "tổ chức tín dụng", "basis", "2024-06-29")
    assert outer.text.endswith("32/2024/QH15 ngày 29 tháng 6 năm 2024")
    assert [(r.number, r.name, r.relation, r.issued_date) for r in inner] == [
        ("31/2024/QH15", "Luật Đất đai", "amends", None), ("27/2023/QH15", "Luật Nhà ở", "amends", None),
        ("29/2023/QH15", "Luật Kinh doanh bất động sản", "amends", None),
        ("32/2024/QH15", "Luật Các tổ chức tín dụng", "amends", None)]  # (the date after the list is the outer law's)
    # one law and a number: the amending law's own
    outer, inner = refs("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Giáo dục số 123/2025/QH15;")
    assert (outer.number, inner.name, inner.number) == ("123/2025/QH15", "Luật Giáo dục", None)


def test_law_name_with_number_is_one_reference():
    r = one("Căn cứ Luật Dữ liệu số 60/2024/QH15;")
    assert (r.name, r.number, r.issuer, r.text) == (
        "Luật Dữ liệu", "60/2024/QH15", "Quốc hội khóa XV", "Luật Dữ liệu số 60/2024/QH15")


def test_party_resolution_by_name():
    r = one("Tiếp tục thực hiện Nghị quyết Trung ương 5 (khóa X) về đẩy mạnh cải cách hành chính.")
    assert (r.name, r.number, r.issuer, r.relation) == (
        "Nghị quyết Trung ương 5 (khóa X)", None, "Ban Chấp hành Trung ương", "implements")


def test_named_plans_and_programmes():
    text = ("Năm 2020 là năm cuối cùng thực hiện Kế hoạch cải cách hành chính tỉnh Khánh Hòa giai đoạn 2016 - 2020, "
            "Chương trình tổng thể CCHC nhà nước giai đoạn 2021-2030 theo Nghị quyết số 76/NQ-CP ngày 15/7/2021.")
    plan, programme, resolution = refs(text)
    assert (plan.name, plan.issuer, plan.relation) == (
        "Kế hoạch cải cách hành chính tỉnh Khánh Hòa giai đoạn 2016 - 2020", "Ủy ban nhân dân tỉnh Khánh Hòa",
        "implements")
    assert programme.name == "Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030"
    assert resolution.number == "76/NQ-CP"


def test_quoted_project_and_shared_owner():
    d = one("Triển khai Đề án “Ứng dụng công nghệ thông tin trong quản lý dạy nghề đến năm 2020 trên địa bàn tỉnh”.")
    assert d.name == "Đề án Ứng dụng công nghệ thông tin trong quản lý dạy nghề đến năm 2020 trên địa bàn tỉnh"
    a, b = refs("theo dõi các đơn vị thực hiện Kế hoạch CCHC, Kế hoạch tuyên truyền CCHC của Sở.",
                RefContext(issuer="Sở Lao động - Thương binh và Xã hội tỉnh Lạng Sơn"))
    assert a.name == "Kế hoạch cải cách hành chính của Sở" and a.text == "Kế hoạch CCHC"
    assert b.name == "Kế hoạch tuyên truyền cải cách hành chính của Sở"
    assert b.issuer == "Sở Lao động - Thương binh và Xã hội tỉnh Lạng Sơn"


def test_generic_or_future_plans_are_not_references():
    text = ("Các cơ quan xây dựng Kế hoạch cải cách hành chính năm 2018; tổ chức thực hiện Kế hoạch cải cách hành "
            "chính năm 2018 của cơ quan, đơn vị, địa phương.")
    assert refs(text) == []


def test_own_plan_named_in_its_body_is_not_a_reference():
    text = ("KẾ HOẠCH\nCải cách hành chính giai đoạn 2022-2025 của Sở Lao động - Thương binh và Xã hội\n"
            "- 100% phòng, đơn vị triển khai Kế hoạch CCHC giai đoạn 2022-2025 của Sở phù hợp với chức năng.")
    assert refs(text) == []


def test_another_plan_of_the_same_years_and_province_is_a_reference():
    # (Đồng Nai's digital economy plan for 2026 - 2030 carries out the province's e-commerce plan of those years)
    text = ("KẾ HOẠCH\nPhát triển kinh tế số và xã hội số trên địa bàn tỉnh Đồng Nai giai đoạn 2026 - 2030\n"
            "- Triển khai Kế hoạch phát triển thương mại điện tử tỉnh Đồng Nai giai đoạn 2026 - 2030.\n"
            "- Các sở, ngành tổ chức thực hiện Kế hoạch phát triển kinh tế số tỉnh Đồng Nai giai đoạn 2026 - 2030.\n")
    assert [r.name for r in refs(text)] == ["Kế hoạch phát triển thương mại điện tử tỉnh Đồng Nai giai đoạn 2026 - 2030"]


def test_standards():
    a, b = refs("Chuyển đổi hệ thống quản lý chất lượng theo TCVN ISO 9001:2008 sang tiêu chuẩn TCVN ISO 9001:2015 "
                "và chuẩn hóa theo quy trình ISO 9001:2015 là mô hình ISO điện tử.")[:2]
    assert (a.number, a.doc_type) == ("TCVN ISO 9001:2008", "Tiêu chuẩn")
    assert (b.text, b.number, b.key) == ("tiêu chuẩn TCVN ISO 9001:2015", "TCVN ISO 9001:2015", "tcvniso9001:2015")


def test_markdown_noise_and_old_tone_placement():
    r = one("*Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng* *12* *năm 2024 của Bộ Chính trị;* của UBND tỉnh Khánh Hoà")
    assert (r.issued_date, r.issuer, r.key) == ("2024-12-22", "Bộ Chính trị", "57/nq-tw||2024")
    r = one("Căn cứ Quyết định số 1/QĐ-UBND ngày 2/1/2020 của Uỷ ban nhân dân tỉnh Khánh Hoà;")
    assert r.issuer == "Ủy ban nhân dân tỉnh Khánh Hòa" and r.key == "1/qd-ubnd|khanh hoa|2020"


def test_reference_key_folds_typed_variants():
    keys = {reference_key(n) for n in ["61/2018/NĐ-CP", "61/2018/ND-CP", "61/2018/NĐ/CP", "61/2018/nđ-cp",
                                       "61 / 2018 / NĐ-CP", "61/2018/NĐCP", "61/2018/N\u00d0-CP"]}
    assert keys == {"61/2018/nd-cp"}
    assert reference_key("18-NQ/TW") == reference_key("18/NQ-TW") == "18/nq-tw"
    assert reference_key("TCVN ISO 9001:2015") == "tcvniso9001:2015"


@pytest.mark.parametrize("query, expected", [
    ("nghị định 61/2018/nđ-cp", "61/2018/nd-cp"),
    ("61/2018/ND-CP", "61/2018/nd-cp"),
    ("NĐ 61/2018", "61/2018/nd-*"),
    ("Nghị định số 61/2018", "61/2018/nd-*"),
    ("Quyết định 524", "524/qd-*"),
    ("Luật 58/2014", "58/2014/qh*"),
    ("61/2018", "61/2018/*"),
])
def test_parse_query(query, expected):
    assert parse_query(query) == expected


def test_key_matches():
    assert key_matches("61/2018/nd-cp", parse_query("NĐ 61/2018"))
    assert key_matches("524/qd-ubnd|khanh hoa|2016", parse_query("524/QĐ-UBND"))
    assert key_matches("58/2014/qh13", parse_query("Luật 58/2014"))
    assert not key_matches("5240/qd-ubnd|khanh hoa|2016", parse_query("524/QĐ-UBND"))
    assert not key_matches("61/2018/tt-btc", parse_query("NĐ 61/2018"))


# ---------------------------------------------------------------- forms seen in documents of other provinces and
# central bodies (sentences typed after real ones)


def test_law_names_with_commas_and_function_words():
    found = refs("Căn cứ Luật Quản lý, sử dụng tài sản công ngày 21 tháng 6 năm 2017; Luật Đầu tư theo phương thức "
                 "đối tác công tư ngày 18 tháng 6 năm 2020; Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ ngày 29 "
                 "tháng 11 năm 2024; Luật Phòng, chống tác hại của rượu, bia;")
    assert [(r.name, r.issued_date) for r in found] == [
        ("Luật Quản lý, sử dụng tài sản công", "2017-06-21"),
        ("Luật Đầu tư theo phương thức đối tác công tư", "2020-06-18"),
        ("Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ", "2024-11-29"),
        ("Luật Phòng, chống tác hại của rượu, bia", None)]
    assert {r.relation for r in found} == {"basis"}


def test_a_listed_law_name_whose_commas_ocr_read_as_dots():
    # (Công văn of the Ministry of Public Security on entry, 2022, scanned: "xuất cảnh. quá cảnh. cư trú")
    found = refs("được nhập cảnh Việt Nam theo quy định tại Luật Nhập cảnh, xuất cảnh. quá cảnh. cư trú của người nước "
                 "ngoài tại Việt Nam và Nghị định số 82/2015/NĐ-CP ngày 24 tháng 9 năm 2015.")
    assert [(r.name, r.number) for r in found] == [
        ("Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam", None), (None, "82/2015/NĐ-CP")]
    assert found[0].text == "Luật Nhập cảnh, xuất cảnh. quá cảnh. cư trú của người nước ngoài tại Việt Nam"


def test_a_law_name_ends_before_an_exception_after_its_comma():
    found = refs("thực hiện hành vi có dấu hiệu của một tội phạm rất nghiêm trọng quy định tại Bộ luật Hình sự, trừ "
                 "những tội phạm quy định tại khoản 2 Điều 12 của Bộ luật Hình sự.")
    assert [r.name for r in found] == ["Bộ luật Hình sự", "Bộ luật Hình sự"]


def test_listed_law_name_longer_than_a_listed_prefix():
    a, b = refs("Xây dựng Luật sửa đổi 07 Luật (Luật Đầu tư công; Luật Đầu tư).")
    assert (a.name, b.name) == ("Luật Đầu tư công", "Luật Đầu tư")


def test_a_known_law_name_ends_before_the_sentence_goes_on_in_lower_case():
    found = refs("Nghị định số 85/2024/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Giá báo cáo Ủy ban "
                 "nhân dân tỉnh. Do thay đổi thuế suất quy định tại khoản 2 Điều 9 Luật Thuế giá trị gia tăng ước tăng "
                 "thu khoảng 500 tỷ đồng.")
    assert [r.name for r in found if r.number is None] == ["Luật Giá", "Luật Thuế giá trị gia tăng"]


def test_a_known_law_name_ends_at_a_comma_the_sentence_goes_on_after():
    # (a commune Front's guide to nominating candidates, 2025)
    found = refs("Căn cứ tiêu chuẩn quy định tại Điều 5 của Luật Tổ chức chính quyền địa phương, hội nghị thảo luận, "
                 "nhận xét. Ban Công tác Mặt trận tuyên truyền về Luật Bầu cử, cơ cấu, thành phần đại biểu; bảo đảm "
                 "tỷ lệ người ứng cử là phụ nữ theo đúng quy định của Luật bầu cử.")
    assert [r.name for r in found] == ["Luật Tổ chức chính quyền địa phương", "Luật Bầu cử", "Luật bầu cử"]


def test_a_plan_named_in_full_with_its_short_name_in_brackets():
    # (a Government Office notice, 2022: Đề án 06 defined once, then named short)
    found = refs("Các bộ phối hợp với Bộ Công an triển khai Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và "
                 "xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022-2025, tầm nhìn đến năm 2030 (Đề án 06) "
                 "đã được Chính phủ giao. Văn phòng Chính phủ đôn đốc thực hiện nghiêm Đề án 06 theo đúng yêu cầu.")
    full = ("Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia "
            "giai đoạn 2022-2025, tầm nhìn đến năm 2030")
    assert [(r.name, r.text) for r in found] == [(full, full), (full, "Đề án 06")]
    assert found[0].key == found[1].key


def test_an_amending_ordinance_keeps_its_name():
    found = refs("Căn cứ Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh Ưu đãi người có công với cách mạng "
                 "ngày 16 tháng 7 năm 2012;")
    assert [(r.name, r.relation) for r in found] == [
        ("Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh Ưu đãi người có công với cách mạng", "basis"),
        ("Pháp lệnh Ưu đãi người có công với cách mạng", "amends")]
    assert found[0].issued_date == "2012-07-16"


def test_a_laws_name_ends_before_its_year_and_before_cu_the():
    found = refs("Thực hiện Luật An ninh mạng 2025 và theo quy định của Bộ luật Lao động, cụ thể như sau.")
    assert [r.name for r in found] == ["Luật An ninh mạng", "Bộ luật Lao động"]


def test_a_plan_name_with_a_list_inside_runs_to_its_period():
    found = refs("Triển khai Chương trình phát triển thương mại miền núi, vùng sâu, vùng xa và hải đảo giai đoạn "
                 "2026-2030.")
    assert [r.name for r in found] == [
        "Chương trình phát triển thương mại miền núi, vùng sâu, vùng xa và hải đảo giai đoạn 2026-2030"]


def test_listed_law_typed_in_lower_case():
    r = one("Việc thu hồi đất thực hiện theo quy định của luật đất đai và pháp luật đất đai hiện hành.")
    assert (r.name, r.text, r.doc_type, r.issuer) == ("Luật đất đai", "luật đất đai", "Luật", "Quốc hội")


def test_ordinance_and_code_by_name():
    a, b = refs("Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng ngày 09 tháng 12 năm 2020; Bộ luật lao động "
                "năm 2019;")
    assert (a.doc_type, a.name, a.issued_date, a.issuer) == (
        "Pháp lệnh", "Pháp lệnh Ưu đãi người có công với cách mạng", "2020-12-09", "Ủy ban Thường vụ Quốc hội")
    assert (b.doc_type, b.name, b.issued_date) == ("Bộ luật", "Bộ luật lao động", None)


def test_constitution_when_cited():
    a, b = refs("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam; quyền con người theo Điều 14 Hiến pháp "
                "năm 2013 được bảo đảm.")
    assert (a.doc_type, a.name, a.issuer, a.relation) == (
        "Hiến pháp", "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam", "Quốc hội", "basis")
    assert (b.name, b.text) == ("Hiến pháp", "Hiến pháp năm 2013")
    assert one("Căn cứ Hiến pháp nước CHXHCN Việt Nam;").name == "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam"
    assert refs("Xây dựng hệ thống văn bản phù hợp với Hiến pháp, pháp luật; tuân thủ Hiến pháp và pháp luật.") == []


def test_law_name_ending_in_luat_keeps_its_number():
    a, b = refs("Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung bởi "
                "Luật số 87/2025/QH15;")
    assert (a.name, a.number, a.text) == ("Luật Ban hành văn bản quy phạm pháp luật", "64/2025/QH15",
                                          "Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15")
    assert (b.name, b.number, b.relation) == (None, "87/2025/QH15", "amends")


def test_party_congress_and_plenum_resolutions_by_name():
    names = [r.name for r in refs(
        "Quán triệt Nghị quyết Đại hội XIII của Đảng, Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX, nhiệm kỳ "
        "2020 - 2025 và Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII về xây dựng Đảng.")]
    assert names == ["Nghị quyết Đại hội XIII của Đảng",
                     "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX, nhiệm kỳ 2020 - 2025",
                     "Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII"]


def test_plan_names_end_after_period_and_place():
    assert one("Đăng ký nhiệm vụ triển khai Đề án 06 giai đoạn 2026 - 2030 gửi về Bộ Công an.").name == \
        "Đề án 06 giai đoạn 2026 - 2030"
    assert one("Thực hiện Chiến lược dữ liệu quốc gia trên địa bàn tỉnh.").name == "Chiến lược dữ liệu quốc gia"
    r = one("Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025 và định hướng "
            "đến năm 2030 trên địa bàn tỉnh Khánh Hòa.")
    assert r.name.endswith("giai đoạn 2021 - 2025 và định hướng đến năm 2030 trên địa bàn tỉnh Khánh Hòa")
    assert one("Thực hiện Quy hoạch tỉnh Khánh Hòa thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 đã được phê duyệt.").name \
        == "Quy hoạch tỉnh Khánh Hòa thời kỳ 2021 - 2030, tầm nhìn đến năm 2050"


def test_project_known_by_a_short_number():
    a, b = refs("Đẩy mạnh triển khai Đề án 06 trên địa bàn tỉnh và Chương trình 135; Kế hoạch 5 năm được giao.")
    assert (a.name, a.number, b.name) == ("Đề án 06", None, "Chương trình 135")


@pytest.mark.parametrize("number, issuer", [
    ("1656/NQ-UBTVQH15", "Ủy ban Thường vụ Quốc hội"),
    ("1234/SKH&ĐT-TH", "Sở Kế hoạch và Đầu tư tỉnh Khánh Hòa"),
    ("12/KH-SLĐ-TBXH", "Sở Lao động - Thương binh và Xã hội tỉnh Khánh Hòa"),
    ("35-HD/BTGTW", "Ban Tuyên giáo Trung ương"),
    ("02-KH/BCĐTW", "Ban Chỉ đạo Trung ương"),
    ("163/2025/QĐ-CTUBND", "Chủ tịch Ủy ban nhân dân tỉnh Khánh Hòa"),
    ("515/KH-BCA-BNN&MT", "Bộ Công an, Bộ Nông nghiệp và Môi trường"),
    ("45/SVHTT-QLVH", "Sở Văn hóa và Thể thao tỉnh Khánh Hòa"),
])
def test_more_issuer_codes(number, issuer):
    assert one(f"Thực hiện văn bản số {number} đã nêu.").issuer == issuer


def test_issuer_named_in_full_after_cua():
    r = one("Thực hiện Công văn số 456/SVHTT-QLVH ngày 05/8/2025 của Sở Văn hóa và Thể thao tổ chức hội thi;")
    assert r.issuer == "Sở Văn hóa và Thể thao tỉnh Khánh Hòa"
    assert r.text.endswith("của Sở Văn hóa và Thể thao")
    r = one("Theo Quyết định số 1234/QĐ-UBDT của Ủy ban Dân tộc ngày 05/3/2024 về việc phê duyệt danh sách;")
    assert (r.issuer, r.issued_date) == ("Ủy ban Dân tộc", "2024-03-05")
    r = one("Thông tư 01/2023/TT-VPCP ngày 05/4/2023 của Bộ Trưởng, Chủ nhiệm Văn phòng Chính phủ quy định")
    assert r.issuer == "Bộ Trưởng, Chủ nhiệm Văn phòng Chính phủ"


@pytest.mark.parametrize("tail, iso", [
    ("(ngày 23/4/2018) của Chính phủ", "2018-04-23"),
    ("do Chính phủ ban hành ngày 23/4/2018", "2018-04-23"),
    ("NGÀY 23 THÁNG 4 NĂM 2018 CỦA CHÍNH PHỦ", "2018-04-23"),
    ("ngày 22 tháng 12 nám 2018 của Chính phủ", "2018-12-22"),
])
def test_more_date_forms(tail, iso):
    assert one(f"Thực hiện Nghị định số 61/2018/NĐ-CP {tail};").issued_date == iso


def test_spaced_number_is_one_reference():
    r = one("Căn cứ Nghị định số 61 /2018/NĐ-CP ngày 23 /4/ 2018 của Chính phủ;")
    assert (r.number, r.issued_date) == ("61/2018/NĐ-CP", "2018-04-23")


def test_school_and_association_names_are_not_laws():
    assert refs("Phối hợp với Trường Đại học Luật Hà Nội và Hội Luật gia tỉnh tổ chức Ngày Pháp luật Việt Nam.") == []


def test_technical_regulation_keeps_its_code():
    r = one("Công trình tuân thủ Quy chuẩn kỹ thuật quốc gia QCVN 06:2022/BXD về an toàn cháy cho nhà.")
    assert (r.number, r.doc_type, r.text) == ("QCVN 06:2022/BXD", "Quy chuẩn",
                                              "Quy chuẩn kỹ thuật quốc gia QCVN 06:2022/BXD")


@pytest.mark.parametrize("text, names", [
    ("theo quy định của Luật Ngân sách nhà nước và quy định về phân cấp ngân sách", ["Luật Ngân sách nhà nước"]),
    ("lồng ghép hỗ trợ trong các Chương trình mục tiêu quốc gia và các đề án", []),  # a kind of programme
    ("phê duyệt chủ trương đầu tư Chương trình mục tiêu quốc gia khi hợp nhất 3 chương trình", []),  # no name yet
    ("Các Chương trình mục tiêu quốc gia: Xây dựng nông thôn mới, Giảm nghèo bền vững còn có những hạn chế", []),
    ("báo cáo kết quả thực hiện Chương trình gửi Bộ Giáo dục và Đào tạo", []),  # the programme already named
    ("thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững", ["Chương trình mục tiêu quốc gia giảm nghèo bền vững"]),
    ("II. NHIỆM VỤ\n2. Kế hoạch phát triển giai đoạn 2026 - 2030\n- Xây dựng hạ tầng số", []),  # a section heading
    # the subject of a cited decision, quoted or after "điều chỉnh"
    ("Quyết định số 1668/QĐ-TTg ngày 27/12/2024 về việc phê duyệt điều chỉnh Quy hoạch chung Thủ đô Hà Nội", []),
    ('Quyết định số 749/QĐ-TTg về phê duyệt "Chương trình Chuyển đổi số quốc gia đến năm 2025"', []),
    # past "trong" to the period its words lead to, a bare period, a revision to be passed (Đồng Nai, Kế hoạch on
    # drug prevention, 2025; Thông báo 623/TB-VPCP, 2025)
    ("Thực hiện Chương trình phòng, chống ma túy trong thanh, thiếu niên đến năm 2030; Kế hoạch khác.",
     ["Chương trình phòng, chống ma túy trong thanh, thiếu niên đến năm 2030"]),
    ("Tổ chức thực hiện Kế hoạch kiểm tra trong năm 2025 của Sở.", []),
    ("tăng mức hỗ trợ khoảng 143.000 tỷ đồng trong Kế hoạch đầu tư công trung hạn 2026-2030:",
     ["Kế hoạch đầu tư công trung hạn 2026-2030"]),
    ("ngay sau khi Luật Phòng, chống ma túy (sửa đổi) được Quốc hội thông qua.",
     ["Luật Phòng, chống ma túy (sửa đổi)"]),
])
def test_named_reference_boundaries(text, names):
    assert [r.name for r in find_references(text, RefContext()) if r.number is None] == names


def test_prime_ministers_code_after_a_spaced_hyphen():
    [ref] = find_references("theo Quyết định số 227/QĐ- TTg ngày 12/3/2024 của Thủ tướng Chính phủ", RefContext())
    assert (ref.number, ref.issued_date, ref.issuer) == ("227/QĐ-TTg", "2024-03-12", "Thủ tướng Chính phủ")


def test_plan_named_by_the_document_it_carries_out():
    text = ("Căn cứ Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ sửa đổi, bổ sung cập nhật Chương trình hành "
            "động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; Kế hoạch của Ủy "
            "ban nhân dân tỉnh Đồng Tháp về thực hiện Nghị quyết số 26/NQ-CP ngày 05/3/2020 của Chính phủ.")
    named = [(r.name, r.relation) for r in refs(text) if r.number is None]
    assert named == [
        ("Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW", "amends"),
        ("Kế hoạch của Ủy ban nhân dân tỉnh Đồng Tháp về thực hiện Nghị quyết số 26/NQ-CP", "basis"),
    ]


@pytest.mark.parametrize("text, name", [
    # the carried-out resolution's subject is part of the plan's title (Hà Nội, Kế hoạch on 5G and IoT, 2025)
    ("Kế hoạch hành động của Ban Thường vụ Thành ủy Hà Nội về triển khai Nghị quyết số 57-NQ/TW ngày 22/12/2024 "
     "của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia. "
     "UBND thành phố Hà Nội ban hành Kế hoạch.",
     "Kế hoạch hành động của Ban Thường vụ Thành ủy Hà Nội về triển khai Nghị quyết số 57-NQ/TW ngày 22/12/2024 "
     "của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia"),
    # up to where it applies, or a new clause
    ("Thực hiện Kế hoạch thực hiện Nghị quyết số 26/NQ-CP ngày 05/3/2020 của Chính phủ về tăng cường công tác "
     "phòng, chống tham nhũng trên địa bàn tỉnh, Sở Nội vụ hướng dẫn các huyện.",
     "Kế hoạch thực hiện Nghị quyết số 26/NQ-CP ngày 05/3/2020 của Chính phủ về tăng cường công tác phòng, chống "
     "tham nhũng"),
    ("Theo Chương trình hành động thực hiện Nghị quyết số 19-NQ/TW về nông nghiệp, nông dân, Sở Nông nghiệp chủ trì.",
     "Chương trình hành động thực hiện Nghị quyết số 19-NQ/TW về nông nghiệp, nông dân"),
])
def test_plan_named_by_the_document_it_carries_out_keeps_its_subject(text, name):
    assert [r.name for r in refs(text) if r.number is None] == [name]


def test_own_plan_named_by_the_document_it_carries_out_is_not_a_reference():
    text = ("KẾ HOẠCH\nThực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị\n"
            "Các sở, ngành triển khai Kế hoạch thực hiện Nghị quyết số 57-NQ/TW đúng tiến độ.")
    assert [r.name for r in refs(text) if r.number is None] == []


@pytest.mark.parametrize("text, name", [
    ("Thực hiện Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030, các sở triển khai.",
     "Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030"),
    ("Thực hiện Kế hoạch hành động quốc gia về quản lý rác thải nhựa đại dương đến năm 2030.",
     "Kế hoạch hành động quốc gia về quản lý rác thải nhựa đại dương đến năm 2030"),
    # past a comma only when the words lead to the plan's period, not into the next plan
    ("Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới, Chương trình giảm nghèo bền vững giai "
     "đoạn 2026 - 2035.", "Chương trình mục tiêu quốc gia xây dựng nông thôn mới"),
    ("Hoàn thiện Luật Phòng, chống ma túy sát với thực tiễn.", "Luật Phòng, chống ma túy"),
    # "phòng, chống" is one compound also where no period follows (Kế hoạch of Hưng Yên on drug-free communes, 2025)
    ("theo đúng quy định của Chương trình Mục tiêu quốc gia phòng, chống ma túy và các quy định pháp luật khác.",
     "Chương trình Mục tiêu quốc gia phòng, chống ma túy"),
])
def test_plan_names_run_to_their_period_past_commas_and_ve(text, name):
    assert [r.name for r in refs(text) if r.number is None][0] == name


def test_national_target_programme_written_in_lower_case():
    [r] = refs("Chủ trì tổ chức thực hiện hiệu quả chương trình mục tiêu quốc gia về phát triển văn hoá giai đoạn "
               "2025 - 2035, tổng hợp kết quả.")
    assert (r.name, r.doc_type) == ("Chương trình mục tiêu quốc gia về phát triển văn hoá giai đoạn 2025 - 2035",
                                    "Chương trình")
    assert refs("Lồng ghép các chương trình mục tiêu quốc gia trên địa bàn.") == []


def test_conclusion_of_a_party_plenum():
    [r] = refs("Thực hiện ý kiến chỉ đạo về việc triển khai kết luận Hội nghị Trung ương lần thứ 13 Ban Chấp hành "
               "Trung ương Đảng khóa XIII về kinh tế - xã hội.")
    assert (r.name, r.doc_type, r.issuer) == (
        "Kết luận Hội nghị Trung ương lần thứ 13 Ban Chấp hành Trung ương Đảng khóa XIII", "Kết luận",
        "Ban Chấp hành Trung ương")


def test_symbol_with_a_space_after_its_ampersand():
    [r] = refs("theo Công văn số 15972/SXD-QLN& TTBĐS ngày 14 tháng 11 năm 2025 của Sở Xây dựng")
    assert (r.number, r.issued_date) == ("15972/SXD-QLN&TTBĐS", "2025-11-14")


def test_a_symbol_may_end_on_digits():
    [ref] = find_references("Căn cứ Công văn số 01/CV-01 ngày 20/11/2025 của Công ty TNHH Khuôn mẫu Yong Hong.",
                            RefContext())
    assert (ref.number, ref.issued_date) == ("01/CV-01", "2025-11-20")


def test_an_annex_heading_that_writes_the_documents_own_symbol_another_way_is_no_reference():
    text = ("PHỤ LỤC 1\n(Kèm theo Công văn số 17899/BTC-TCCB ngày 18/11/2025 của Bộ Tài chính)\n"
            "Căn cứ Thông tư số 13/2025/TT-BTC ngày 15/3/2025 của Bộ Tài chính.\n")
    refs = find_references(text, RefContext(own_number="17899/BTC-VP"))
    assert [r.number for r in refs] == ["13/2025/TT-BTC"]


def test_an_annex_heading_whose_number_a_scan_garbled_is_no_reference():
    # (decision 662/QĐ-BTC as a scan gives its plan's heading; its OCR read the number apart from the symbol)
    text = ("KẾ HOẠCH HÀNH ĐỘNG\n(Kèm theo Quyết định số 5 6b? /OD-BTC ngày 06 tháng 5 năm 2022 của Bộ Tài chính)\n"
            "Thực hiện Quyết định số 2072/QĐ-TTg ngày 10/12/2021 của Thủ tướng Chính phủ.\n")
    refs = find_references(text, RefContext(own_number="66.2/QD-BTC"))
    assert [r.number for r in refs] == ["2072/QĐ-TTg"]


def test_a_law_still_to_be_drafted_is_no_reference():
    text = ("III. NHIỆM VỤ\n- Nghiên cứu, xây dựng Luật Chuyển đổi số và các Nghị định hướng dẫn thi hành.\n"
            "- Bộ Khoa học và Công nghệ khẩn trương hoàn thiện dự thảo Luật Trí tuệ nhân tạo, trình Chính phủ.\n"
            "- Theo đề nghị của Bộ Nội vụ về dự án Luật Viên chức (sửa đổi).\n"
            "- Tổ chức thi hành Luật Dữ liệu và Luật Giao dịch điện tử.\n")
    assert [r.name for r in find_references(text)] == ["Luật Dữ liệu", "Luật Giao dịch điện tử"]


def test_the_governments_monthly_meeting_resolution_is_named_by_its_month():
    text = ("Thực hiện các Nghị quyết phiên họp Chính phủ thường kỳ tháng 9 năm 2025, Nghị quyết phiên họp Chính phủ "
            "thường kỳ tháng 10 năm 2025, các Bộ khẩn trương triển khai.")
    assert [(r.name, r.issuer, r.relation) for r in find_references(text)] == [
        ("Nghị quyết phiên họp Chính phủ thường kỳ tháng 9 năm 2025", "Chính phủ", "implements"),
        ("Nghị quyết phiên họp Chính phủ thường kỳ tháng 10 năm 2025", "Chính phủ", "implements")]


def test_the_party_congress_resolution_with_cua():
    [ref] = find_references("Thực hiện Nghị quyết của Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, UBND tỉnh ban "
                            "hành Kế hoạch.")
    assert (ref.name, ref.doc_type) == ("Nghị quyết của Đại hội đại biểu toàn quốc lần thứ XIV của Đảng", "Nghị quyết")


def test_a_footnote_number_glued_to_a_laws_name_is_not_part_of_it():
    found = refs("theo quy định tại Điều 7 Luật Địa chất và khoáng sản3.\n")
    assert [r.name for r in found] == ["Luật Địa chất và khoáng sản"]


def test_a_footnote_number_glued_to_a_symbol_is_not_part_of_it():
    # (Nghị quyết 97/NQ-CP as the Official Gazette's text gives it; a National Assembly body's term stays)
    found = refs("Căn cứ Nghị quyết số 66-NQ/TW1 và Nghị quyết số 140/NQ-CP2; Luật số 83/2025/QH15; Công văn số "
                 "1691/UBDNGS15 của Ủy ban Dân nguyện và Giám sát; Nghị quyết số 51/2001/QH10.\n")
    assert [r.number for r in found] == ["66-NQ/TW", "140/NQ-CP", "83/2025/QH15", "1691/UBDNGS15", "51/2001/QH10"]


def test_treaty_named_by_its_proper_name_is_a_reference_and_a_kind_of_treaty_is_not():
    found = refs(
        "Quản lý hoạt động mua bán tín chỉ các-bon từ các cơ chế trong khuôn khổ Nghị định thư Kyoto ra thị trường "
        "thế giới. Tận dụng cơ hội khi Hiệp định EVFTA có hiệu lực; thúc đẩy xuất khẩu nông sản sang các thị trường "
        "có Hiệp định Thương mại tự do Việt Nam - EU (EVFTA). Đàm phán hiệp định thương mại song phương với các đối "
        "tác; triển khai Hiệp định Dự án hỗ trợ kỹ thuật theo đúng quy định hiện hành. Thực hiện Nghị định thư "
        "Montreal về các chất làm suy giảm tầng ô-dôn, các quy định trong nước.")
    assert [(r.doc_type, r.name, r.number) for r in found] == [
        ("Nghị định thư", "Nghị định thư Kyoto", None),
        ("Hiệp định", "Hiệp định EVFTA", None),
        ("Hiệp định", "Hiệp định Thương mại tự do Việt Nam - EU", None),
        ("Nghị định thư", "Nghị định thư Montreal về các chất làm suy giảm tầng ô-dôn", None),
    ]


def test_a_generic_plan_name_takes_its_subject_and_respond_to_runs_on():
    found = refs("Xác định các công nghệ giảm phát thải trên cơ sở Chiến lược quốc gia về biến đổi khí hậu, Kế hoạch "
                 "hành động quốc gia về tăng trưởng xanh; bảo đảm không trùng lặp với Chương trình mục tiêu quốc gia ứng "
                 "phó với biến đổi khí hậu và Kế hoạch về việc tổ chức hội nghị.")
    assert [r.name for r in found] == [
        "Chiến lược quốc gia về biến đổi khí hậu", "Kế hoạch hành động quốc gia về tăng trưởng xanh",
        "Chương trình mục tiêu quốc gia ứng phó với biến đổi khí hậu"]


def test_a_type_code_after_law_in_a_table_of_abbreviations_is_no_law():
    found = refs("Viết tắt của loại văn bản: L Luật NQ Nghị quyết NĐ Nghị định QĐ Quyết định. Theo Luật NSNN năm "
                 "2025 và Luật Đất đai.")
    assert [r.name for r in found] == ["Luật Ngân sách nhà nước", "Luật Đất đai"]


def test_the_party_congress_resolution_in_lower_case_or_capitals_and_its_issuer():
    found = refs("Triển khai thắng lợi Nghị quyết đại hội Đảng lần thứ XIII, khẳng định những thành tựu. "
                 "PHÁT ĐỘNG THI ĐUA THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI LẦN THỨ XIII CỦA ĐẢNG")
    assert [(r.name, r.issuer) for r in found] == [
        ("Nghị quyết đại hội Đảng lần thứ XIII", "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"),
        ("NGHỊ QUYẾT ĐẠI HỘI LẦN THỨ XIII CỦA ĐẢNG", "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng")]


@pytest.mark.parametrize("text,name,date", [
    ("Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;",
     "Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân", "2003-11-26"),
    ("Căn cứ Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân ngày 03 tháng 12 năm 2004;",
     "Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân", "2004-12-03"),
    ("Căn cứ Luật Tổ chức HĐND và UBND năm 2003;", "Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân", None),
    ("Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;",
     "Luật Ban hành văn bản quy phạm pháp luật", "2015-06-22"),
])
def test_the_laws_of_2003_and_2004_on_local_councils_are_named_whole(text, name, date):
    # (the bases of provincial decisions before 2015: Quyết định 12/2012/QĐ-UBND of Tuyên Quang, 31/2011/QĐ-UBND of Gia Lai)
    found = one(text)
    assert (found.name, found.issued_date) == (name, date)


def test_a_laws_name_abbreviated_is_written_out_and_discipline_is_no_law():
    # (Công văn 627/BYT-BH, 2021: "… Điều 22 Luật BHYT"; Quyết định 254/QĐ-UBND of Sơn La, 2023: "Luật Bảo vệ BMNN",
    # "Nghị định … về xử lý kỷ luật cán bộ, công chức, viên chức")
    assert one("thực hiện một số quy định tại Điều 22 Luật BHYT như sau").name == "Luật Bảo hiểm y tế"
    assert one("tuyên truyền Luật Bảo vệ BMNN năm 2018 đến cán bộ").name == "Luật Bảo vệ bí mật nhà nước"
    assert refs("chỉ đạo của Chính phủ về xử lý kỷ luật cán bộ, công chức, viên chức vi phạm") == []
    # ("Theo quy định tại Luật NSNN 2015, …", "… Luật MTTQ Việt Nam, các văn bản hướng dẫn", "Điều 41 Luật HQ năm 2014")
    assert one("Theo quy định tại Luật NSNN 2015, việc lập kế hoạch tài chính").name == "Luật Ngân sách nhà nước"
    assert one("tuyên truyền Luật MTTQ Việt Nam, các văn bản hướng dẫn").name == "Luật Mặt trận Tổ quốc Việt Nam"
    assert one("V/v xử lý vướng mắc thực hiện Điều 41 Luật HQ năm 2014").name == "Luật Hải quan"


def test_a_decree_cited_by_its_title_is_a_named_reference():
    found = refs("2. Triển khai thực hiện các văn bản hướng dẫn thi hành Nghị định quy định chi tiết một số điều của "
                 "Luật Phòng thủ dân sự.\nb) Nghị định quy định về điều kiện kinh doanh dịch vụ và đánh giá sự phù hợp.\n")
    assert [(r.name, r.doc_type, r.number) for r in found] == [
        ("Nghị định quy định chi tiết một số điều của Luật Phòng thủ dân sự", "Nghị định", None),
        ("Luật Phòng thủ dân sự", "Luật", None),
        ("Nghị định quy định về điều kiện kinh doanh dịch vụ và đánh giá sự phù hợp", "Nghị định", None)]


def test_a_title_runs_through_the_laws_it_details_and_stops_at_the_sentence():
    [decree, *_] = refs("- Thời gian thực hiện: Sau khi Nghị định quy định chi tiết thi hành một số điều của Luật Tiêu "
                        "chuẩn và quy chuẩn kỹ thuật và Luật sửa đổi, bổ sung một số điều của Luật Tiêu chuẩn và quy "
                        "chuẩn kỹ thuật ban hành.")
    assert decree.name == ("Nghị định quy định chi tiết thi hành một số điều của Luật Tiêu chuẩn và quy chuẩn kỹ thuật "
                           "và Luật sửa đổi, bổ sung một số điều của Luật Tiêu chuẩn và quy chuẩn kỹ thuật")


def test_a_titled_decree_with_its_number_is_one_reference():
    [r] = refs("Thực hiện Nghị định quy định chi tiết Luật Đất đai số 102/2024/NĐ-CP ngày 30/7/2024 của Chính phủ.")
    assert (r.number, r.name, r.issued_date) == ("102/2024/NĐ-CP", "Nghị định quy định chi tiết Luật Đất đai",
                                                 "2024-07-30")


@pytest.mark.parametrize("sentence", [
    "- Nghiên cứu, xây dựng ban hành Nghị định quy định chính sách, chế độ đối với người có công với cách mạng.",
    "Chủ trì đề xuất các văn bản; ban hành Thông tư hướng dẫn về công tác tìm kiếm, quy tập hài cốt liệt sĩ.",
    "Bộ Tư pháp trình Chính phủ Nghị định quy định về xử phạt vi phạm hành chính trong lĩnh vực hôn nhân gia đình.",
    "Các bộ rà soát các nghị định quy định chi tiết thi hành luật thuộc lĩnh vực quản lý.",
    # (a Hồ Chí Minh City plan, 2025: a draft the city comments on)
    "Phối hợp góp ý Thông tư quy định yêu cầu về cấu trúc, kỹ thuật, giải pháp công nghệ và về thu thập dữ liệu.",
])
def test_a_decree_still_to_be_made_or_a_kind_of_decree_is_no_reference(sentence):
    assert [r.doc_type for r in refs(sentence)] == []


def test_a_circular_a_new_law_waits_for_is_no_reference_but_the_law_is():
    # (a customs letter of the Ministry of Finance, 2014)
    found = refs("Trong khi chờ Nghị định, Thông tư quy định chi tiết Luật hải quan có hiệu lực thi hành, các đơn vị "
                 "thực hiện các quy định của Luật hải quan năm 2014.")
    assert [(r.doc_type, r.name) for r in found] == [("Luật", "Luật hải quan"), ("Luật", "Luật hải quan")]


@pytest.mark.parametrize("sentence, name, doc_type", [
    # the code with its "Luật" in capitals
    ("8. Ngày nghỉ lễ, tết trong năm: Thực hiện theo quy định của Bộ Luật Lao động và các văn bản hướng dẫn.",
     "Bộ Luật Lao động", "Bộ luật"),
    # the 2003 law by its old name, in lower case as a resolution of the Standing Committee cites it
    ("Căn cứ Luật hoạt động giám sát của Quốc hội;", "Luật hoạt động giám sát của Quốc hội", "Luật"),
    # a scheme named by its subject and its period "từ nay đến năm 2020 và những năm tiếp theo"
    ("Ban Chỉ đạo các tỉnh triển khai thực hiện Đề án tìm kiếm, quy tập hài cốt liệt sĩ từ nay đến năm 2020 và những "
     "năm tiếp theo; các kế hoạch hằng năm.",
     "Đề án tìm kiếm, quy tập hài cốt liệt sĩ từ nay đến năm 2020 và những năm tiếp theo", "Đề án"),
])
def test_named_documents_in_the_forms_central_texts_print(sentence, name, doc_type):
    assert [(r.name, r.doc_type) for r in refs(sentence)] == [(name, doc_type)]


@pytest.mark.parametrize("text", [
    # (Quyết định 1209/QĐ-UBND of Hà Giang, 2013: its steering committee is named after family planning)
    "Căn cứ Quyết định số 807/QĐ-UBND ngày 06 tháng 5 năm 2013 của Ủy ban nhân dân tỉnh Hà Giang về việc kiện toàn Ban "
    "Chỉ đạo công tác Dân số - Kế hoạch hóa gia đình tỉnh Hà Giang giai đoạn 2013 - 2015;",
    "Thực hiện tốt công tác dân số - kế hoạch hoá gia đình; Kế hoạch hoá gia đình tỉnh Hà Giang giai đoạn 2016 - 2020.",
])
def test_family_planning_is_no_plan(text):
    assert [r.name for r in find_references(text) if r.name] == []


@pytest.mark.parametrize("sentence, amending, amended", [
    # (a ministry's decision, 2021: "sửa đổi" without "bổ sung")
    ("Căn cứ Luật sửa đổi một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày "
     "22/11/2019;", "Luật sửa đổi một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương",
     ["Luật Tổ chức Chính phủ", "Luật Tổ chức chính quyền địa phương"]),
    # (a Tổng cục Thuế letter, 2016: the amended laws in lower case, as a scan's text types them)
    ("Căn cứ Nghị định số 100/2016/NĐ-CP ngày 01/07/2016 quy định chi tiết và hướng dẫn thi hành một số điều của Luật "
     "sửa đổi, bổ sung một số điều của Luật thuế giá trị gia tăng, Luật thuế tiêu thụ đặc biệt và Luật quản lý thuế.",
     "Luật sửa đổi, bổ sung một số điều của Luật thuế giá trị gia tăng, Luật thuế tiêu thụ đặc biệt và Luật quản lý "
     "thuế", ["Luật thuế giá trị gia tăng", "Luật thuế tiêu thụ đặc biệt", "Luật quản lý thuế"]),
])
def test_an_amending_law_named_in_other_words_keeps_its_whole_name(sentence, amending, amended):
    refs = find_references(sentence)
    assert amending in [r.name for r in refs]
    assert [r.name for r in refs if r.relation == "amends"] == amended


def test_a_name_with_its_number_in_brackets_after_it_is_one_reference():
    # (Quyết định 4034/QĐ-UBND of Khánh Hòa, 2017, its task table's row 2)
    text = ("Triển khai thực hiện Nghị quyết Hội nghị Trung ương 6 (khóa XII) về “Một số vấn đề về tiếp tục đổi mới, sắp "
            "xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả (Nghị quyết số 18-NQ/TW "
            "ngày 25/10/2017).")
    assert [(r.number, r.name) for r in find_references(text)] == [("18-NQ/TW", None)]
    # a name and a number of another type stay two references
    text = "Thực hiện Chương trình tổng thể cải cách hành chính giai đoạn 2021-2030 (Nghị quyết số 76/NQ-CP)."
    assert len(find_references(text)) == 2


def test_a_stray_year_between_a_number_and_its_date_keeps_the_date():
    # (Quyết định 773/QĐ-TTg, 2018, as a site titled it: "Chỉ thị số 14-CT/TW 2017 ngày 19/7/2017")
    [ref] = find_references("Ban hành Kế hoạch tổ chức thực hiện Chỉ thị số 14-CT/TW 2017 ngày 19/7/2017 của Ban Bí "
                            "thư Trung ương Đảng khóa XII.")
    assert (ref.number, ref.issued_date) == ("14-CT/TW", "2017-07-19")


def test_the_date_that_opens_a_sentence_dates_the_letter_a_body_has_sent():
    # (Công văn 5115/LĐTBXH-KHTC, 2018; Công văn 1040/LĐTBXH-NCC, 2012); a letter the sentence only mentions keeps none
    for text, number, date in (
            ("Ngày 16/8/2018 Bộ Lao động - Thương binh và Xã hội đã có Công văn số 3395/LĐTBXH-KHTC gửi Tổng công ty "
             "Bưu điện Việt Nam.", "3395/LĐTBXH-KHTC", "2018-08-16"),
            ("Ngày 12/3/2012, Văn phòng Chính phủ đã có văn bản số 87/TB-VPCP thông báo kết luận.", "87/TB-VPCP",
             "2012-03-12"),
            ("Ngày 12/01/2021, Sở có ý kiến về việc thực hiện Quyết định số 12/QĐ-UBND.", "12/QĐ-UBND", None)):
        [ref] = find_references(text)
        assert (ref.number, ref.issued_date) == (number, date)


def test_a_laws_abbreviated_name_is_written_out_with_its_capital():
    # (Công văn of UBND TP Hà Nội on health-insurance spending, 2025: "Luật BHYT"); inside a name it stays lower case
    names = [r.name for r in find_references("thực hiện Luật BHYT; Luật NSNN năm 2015; Kế hoạch CCHC năm 2025 của tỉnh.")]
    assert names == ["Luật Bảo hiểm y tế", "Luật Ngân sách nhà nước", "Kế hoạch cải cách hành chính năm 2025"]
