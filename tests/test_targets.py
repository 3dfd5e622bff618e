"""Quantified objectives: value, unit, comparator, clause text and deadline."""
import pytest

from extractors.targets import find_targets


def _one(text, doc_type="Kế hoạch", year=None):
    [target] = find_targets(text, doc_type, year)
    assert text[target.start:target.end] == target.text
    return target


@pytest.mark.parametrize("sentence,value,comparator", [
    ("a) Tỷ lệ hồ sơ trễ hạn không quá 2%.", 2.0, "<="),
    ("- Tỷ lệ văn bản điện tử không vượt quá 10% tổng số văn bản giấy;", 10.0, "<="),
    ("- Tỷ lệ hồ sơ phải bổ sung tối đa 5% tổng số hồ sơ tiếp nhận;", 5.0, "<="),
    ("Tối thiểu 30% hồ sơ được thực hiện qua dịch vụ bưu chính công ích.", 30.0, ">="),
    ("- Hàng năm, kiểm tra công tác CCHC tại ít nhất 30% các phòng, đơn vị thuộc Sở.", 30.0, ">="),
    ("- Tỷ lệ giao dịch thanh toán trực tuyến đạt từ 30% trở lên;", 30.0, ">="),
    ("- Tỷ lệ người dân hài lòng không dưới 85%;", 85.0, ">="),
    ("- Tỷ lệ doanh nghiệp sử dụng dịch vụ công trực tuyến đạt 90% trở lên;", 90.0, ">="),
    ("a) Đến hết năm 2025: Có ≥ 30% doanh nghiệp nhỏ và vừa ứng dụng công nghệ số.", 30.0, ">="),
    ("b) Trên 95% cán bộ, công chức, viên chức đạt chuẩn theo yêu cầu vị trí việc làm.", 95.0, ">"),
    ("8. Mức độ hài lòng của tổ chức, cá nhân đạt hơn 80%.", 80.0, ">"),
    ("6. Giảm tỷ lệ văn bản giấy còn dưới 5%.", 5.0, "<"),
    ("d) Tỷ lệ hồ sơ trễ hạn trên các lĩnh vực đất đai, xây dựng giảm xuống dưới 5%.", 5.0, "<"),
    ("- Mức độ hài lòng của người dân về giải quyết TTHC đạt 100%;", 100.0, "="),
    ("- 100% phòng, đơn vị thuộc Sở triển khai ứng dụng hệ thống thông tin chuyên ngành;", 100.0, "="),
    ("- Phấn đấu 100% các phòng, đơn vị được xếp loại ở mức “Hoàn thành tốt nhiệm vụ” trở lên.", 100.0, "="),
    # a growth rate per year, then its bound
    ("- Tốc độ tăng trưởng GRDP bình quân giai đoạn 2026 - 2030 đạt 10%/năm trở lên.", 10.0, ">="),
    # a change on the year before is a goal when striven for (a statistic otherwise, as below)
    ("- Phấn đấu số vụ tai nạn giao thông giảm 5% so với cùng kỳ.", 5.0, "="),
])
def test_comparators(sentence, value, comparator):
    target = _one(sentence)
    assert (target.value, target.unit, target.comparator) == (value, "%", comparator)


def test_decimal_comma():
    target = _one("- Tỷ lệ hồ sơ giải quyết trực tuyến đạt tối thiểu 71,5%;")
    assert (target.value, target.comparator) == (71.5, ">=")


def test_clause_text_stops_at_the_next_figure_after_trong_do():
    text = ("b) 100% thủ tục hành chính đủ điều kiện được thực hiện trực tuyến ở mức độ 3, 4; có tối thiểu 45% "
            "hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến trong đó có tối thiểu 15% hồ sơ "
            "thủ tục hành chính có phí, lệ phí được thanh toán trực tuyến.")
    got = [(t.text, t.value, t.comparator) for t in find_targets(text, "Quyết định")]
    assert got == [
        ("100% thủ tục hành chính đủ điều kiện được thực hiện trực tuyến ở mức độ 3, 4", 100.0, "="),
        ("có tối thiểu 45% hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến", 45.0, ">="),
        ("có tối thiểu 15% hồ sơ thủ tục hành chính có phí, lệ phí được thanh toán trực tuyến", 15.0, ">="),
    ]


def test_comparator_carries_over_va():
    text = ("a) Có tối thiểu 40% hồ sơ được tiếp nhận, giải quyết trực tuyến ở mức độ 3 và 15% hồ sơ "
            "được tiếp nhận, giải quyết trực tuyến ở mức độ 4.")
    got = [(t.text, t.comparator) for t in find_targets(text, "Quyết định")]
    assert got == [("Có tối thiểu 40% hồ sơ được tiếp nhận, giải quyết trực tuyến ở mức độ 3", ">="),
                   ("15% hồ sơ được tiếp nhận, giải quyết trực tuyến ở mức độ 4", ">=")]


def test_subject_first_figures_split_at_the_comma():
    text = ("10. Mức độ hài lòng đối với sự phục vụ của cơ quan hành chính nhà nước đạt tối thiểu 78%, "
            "đối với sự phục vụ của đơn vị sự nghiệp công lập đạt tối thiểu 78%.")
    got = [t.text for t in find_targets(text, "Quyết định")]
    assert got == ["Mức độ hài lòng đối với sự phục vụ của cơ quan hành chính nhà nước đạt tối thiểu 78%",
                   "đối với sự phục vụ của đơn vị sự nghiệp công lập đạt tối thiểu 78%"]


def test_clause_starts_at_the_goal_verb_after_a_comma():
    text = ("b) Tập trung thực hiện tốt công tác CCHC, đảm bảo giải quyết hồ sơ TTHC đúng, trước hạn đạt 100% "
            "nhằm góp phần nâng cao chỉ số hài lòng của người dân;")
    assert _one(text).text == "đảm bảo giải quyết hồ sơ TTHC đúng, trước hạn đạt 100%"


def test_a_figure_ending_its_piece_measures_the_job_before_the_goal_verb():
    # (a Hà Nội service centre's restructured procedure, 2025: the next job follows the figure)
    text = ("- Bộ phận Một cửa tiến hành số hóa toàn bộ hồ sơ theo quy định, đảm bảo 100%, tiếp nhận và chuyển đến "
            "cơ quan có thẩm quyền theo từng thủ tục cụ thể.")
    assert _one(text).text == "Bộ phận Một cửa tiến hành số hóa toàn bộ hồ sơ theo quy định, đảm bảo 100%"


def test_times_limit_behind_khong_de():
    text = "- Hướng dẫn kê khai hồ sơ đầy đủ, tuyệt đối không để các cá nhân phải đi lại quá 1 lần để bổ sung hồ sơ."
    target = _one(text)
    assert (target.value, target.unit, target.comparator) == (1.0, "lần", "<=")
    assert target.text == "tuyệt đối không để các cá nhân phải đi lại quá 1 lần để bổ sung hồ sơ"


def test_ranking_group():
    target = _one("đ) Phấn đấu Chỉ số CCHC (PAR Index) của Sở nằm trong nhóm 10 sở, ngành, địa phương.")
    assert (target.value, target.unit, target.comparator) == (10.0, "hạng", "<=")


def test_days_limit_only_when_the_plan_shortens_it():
    target = _one("- Phấn đấu rút ngắn thời gian giải quyết hồ sơ đất đai xuống không quá 10 ngày làm việc;")
    assert (target.value, target.unit, target.comparator) == (10.0, "ngày làm việc", "<=")
    assert _one("Rút ngắn thời gian cấp phép xuống không quá 5 ngày.").unit == "ngày"
    assert find_targets("Thời gian giải quyết không quá 10 ngày làm việc kể từ ngày nhận đủ hồ sơ.", "Quyết định") == []


def test_deadline_heading_the_clause():
    target = _one("- Năm 2022, số hóa kết quả giải quyết TTHC của Sở đạt tỷ lệ tối thiểu tương ứng là 30%;")
    assert (target.deadline.start, target.deadline.end) == ("2022-01-01", "2022-12-31")


def test_deadline_period_with_recurrence_and_none_for_the_next_figure():
    text = "- giai đoạn 2022 - 2025, mỗi năm tăng tối thiểu 20% cho đến khi đạt tỷ lệ 100% để đảm bảo kết nối;"
    first, second = find_targets(text, "Kế hoạch")
    assert (first.text, first.comparator) == ("giai đoạn 2022 - 2025, mỗi năm tăng tối thiểu 20%", ">=")
    assert (first.deadline.start, first.deadline.end, first.deadline.recurrence) == (
        "2022-01-01", "2025-12-31", "annual")
    assert (second.value, second.comparator, second.deadline) == (100.0, "=", None)


def test_annual_deadline():
    target = _one("- Hàng năm, tổ chức kiểm tra việc thực hiện công tác CCHC tại ít nhất 30% các phòng, đơn vị.")
    assert (target.deadline.start, target.deadline.recurrence) == (None, "annual")


def test_deadline_from_a_parent_bullet():
    text = ("Một số chỉ tiêu cơ bản bao gồm:\n- Giai đoạn 2025-2027\n+ 100% dịch vụ công trực tuyến toàn trình.\n"
            "+ 95% người dân hài lòng khi sử dụng dịch vụ công trực tuyến.\n- Giai đoạn 2028-2030\n"
            "+ 99% người dân hài lòng khi sử dụng dịch vụ công trực tuyến.")
    got = [(t.value, t.deadline.start, t.deadline.end) for t in find_targets(text, "Quyết định")]
    assert got == [(100.0, "2025-01-01", "2027-12-31"), (95.0, "2025-01-01", "2027-12-31"),
                   (99.0, "2028-01-01", "2030-12-31")]


def test_plan_name_period_is_no_deadline():
    target = _one("- 100% phòng, đơn vị triển khai Kế hoạch CCHC giai đoạn 2022-2025 của Sở;")
    assert target.deadline is None


def test_indicator_table_row():
    text = "| 1 | Tỉ lệ hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa. | % | 100% | Văn phòng Chính phủ |"
    target = _one(text, "Quyết định")
    assert target.text.startswith("Tỉ lệ hồ sơ, kết quả giải quyết")
    assert target.text.endswith("100%")


def test_statistics_table_row_is_no_target():
    text = "| 1. | Tp Đà Nẵng | **2388** | 1970 | 418 | 2388 | 100% |"
    assert find_targets(text, "Công điện") == []


@pytest.mark.parametrize("sentence", [
    "Đến nay đã có 86/86 TTHC được cung cấp trực tuyến, đạt 100%.",
    "- Sở đã giải quyết 100% hồ sơ đúng hạn.",
    "Tỷ lệ TTHC được cung cấp trực tuyến tại cấp bộ là 69,87%.",
    "Cấp phép cho doanh nghiệp (trừ doanh nghiệp 100% vốn nhà nước).",
    "- Hỗ trợ 100% chi phí chuyển trả kết quả cho tổ chức, cá nhân.",
    "Giải quyết phụ cấp đối với thương binh có tỷ lệ tổn thương cơ thể từ 81% trở lên.",
    "Sửa đổi quy trình nội bộ sau khi thực hiện phương án cắt giảm 30% thời gian giải quyết.",
    "Công tác CCHC gồm 45 đầu việc, dịch vụ công trực tuyến mức độ 3, 4 và ISO 9001:2015 trước ngày 15/12/2022.",
])
def test_not_objectives(sentence):
    assert find_targets(sentence, "Kế hoạch", 2022) == []


def test_achieved_figure_in_parentheses():
    text = "(4) Phủ sóng 5G trên phạm vi toàn quốc, phải đạt 90% trong năm 2025 (đến nay mới đạt 39,5%);"
    target = _one(text, "Thông báo")
    assert (target.value, target.deadline.end) == (90.0, "2025-12-31")


def test_result_of_an_earlier_year():
    text = ("Năm 2021 tỷ lệ hồ sơ trực tuyến đạt 85%; Chỉ số SIPAS năm 2021 đạt 82,5%, tăng 2% so với năm 2020; "
            "năm 2022 phấn đấu đạt 90%.")
    assert [t.value for t in find_targets(text, "Kế hoạch", 2022)] == [90.0]


def test_cutting_compliance_cost_is_an_objective():
    target = _one("- Cắt giảm tối thiểu 20% chi phí tuân thủ thủ tục hành chính;")
    assert (target.value, target.comparator) == (20.0, ">=")


def test_baseline_of_a_raise():
    target = _one("Phấn đấu đến năm 2025, nâng tỷ lệ hồ sơ trực tuyến từ 60% hiện nay lên 80%.")
    assert (target.value, target.deadline.end) == (80.0, "2025-12-31")
    assert target.text.startswith("Phấn đấu đến năm 2025, nâng tỷ lệ")


def test_baseline_of_a_cut():
    target = _one("Phấn đấu giảm tỷ lệ hộ nghèo từ 5% xuống còn 3% vào năm 2025.")
    assert (target.value, target.unit, target.text) == (3.0, "%", "Phấn đấu giảm tỷ lệ hộ nghèo từ 5% xuống còn 3% vào năm 2025")


@pytest.mark.parametrize("doc_type", ["Báo cáo", "Tin bài"])
def test_reports_keep_only_striven_figures(doc_type):
    text = ("Năm 2022, Sở đã giải quyết 100% hồ sơ đúng hạn; 100% cán bộ sử dụng thư điện tử; "
            "phấn đấu năm 2023 đạt trên 95% hồ sơ trực tuyến.")
    assert [(t.value, t.comparator) for t in find_targets(text, doc_type, 2022)] == [(95.0, ">")]


@pytest.mark.parametrize("doc_type", ["Luật", "Nghị định", "Thông tư"])
def test_rates_and_limits_a_law_lays_down_are_no_targets(doc_type):
    """A law's or decree's figures are rules (fines, instalments, quotas), not what it aims at; a figure it
    says is striven for still counts."""
    text = ("1. Phạt tiền đến 10% mức tiền phạt tối đa đối với lĩnh vực tương ứng nhưng không quá 5.000.000 đồng.\n"
            "2. Mức nộp phạt lần thứ nhất tối thiểu là 40% tổng số tiền phạt.\n"
            "3. Đối với khu vực nội thành thì mức phạt tiền tối đa không quá 02 lần mức phạt chung.\n"
            "4. Phấn đấu đến năm 2030, tỷ lệ hồ sơ được giải quyết trực tuyến đạt tối thiểu 80%.")
    assert [(t.value, t.comparator) for t in find_targets(text, doc_type, 2024)] == [(80.0, ">=")]
    assert len(find_targets(text, "Kế hoạch", 2024)) > 1  # (a plan's own figures are its targets)


def test_a_multiple_is_an_objective():
    target = _one("(4) Tổng giá trị giao dịch thanh toán không dùng tiền mặt gấp 30 lần GRDP;")
    assert (target.value, target.unit, target.comparator) == (30.0, "lần", "=")
    assert target.text == "Tổng giá trị giao dịch thanh toán không dùng tiền mặt gấp 30 lần GRDP"


def test_a_past_year_before_this_years_objective():
    text = "Tỷ lệ hồ sơ trực tuyến năm 2024 đạt 85%, năm 2025 phấn đấu đạt 90%."
    assert [(t.value, t.comparator) for t in find_targets(text, "Kế hoạch", 2025)] == [(90.0, "=")]


def test_second_ranking_joined_by_va():
    text = ("Việt Nam thuộc nhóm 4 nước dẫn đầu ASEAN và nhóm 60 nước dẫn đầu thế giới vào năm 2028. "
            "Triển khai 3 nhóm giải pháp và nhóm 2 nhiệm vụ trọng tâm.")
    found = find_targets(text, "Quyết định", 2025)
    assert [(t.value, t.unit, t.comparator) for t in found] == [(4.0, "hạng", "<="), (60.0, "hạng", "<=")]
    assert all(text[t.start:t.end] == t.text for t in found)


def test_condition_closed_by_a_comma_leaves_the_figure_a_target():
    # "sau khi …" conditions its own clause; after the comma the figure is the plan's objective again
    text = ("Sau khi cơ quan Thuế bấm chuyển bước, Thông báo về nghĩa vụ tài chính sẽ được cung cấp 100% bản điện tử "
            "đến người dân, doanh nghiệp.\nSau khi thực hiện phương án cắt giảm 30% thời gian giải quyết, chi phí giảm.")
    assert [(t.value, t.comparator) for t in find_targets(text, "Quyết định", 2025)] == [(100.0, "=")]


@pytest.mark.parametrize("text", ["- Tỷ lệ = b/a * 100%;", "Đơn vị đạt tỷ lệ 100% cộng 05 điểm.",
                                  "Từ 88 - 90% cộng 02 điểm; từ 90-95% cộng 03 điểm.",
                                  "Đơn vị đạt tỷ lệ 100% người hưởng trợ cấp mở tài khoản được cộng trực tiếp 05 điểm."])
def test_scoring_rules_and_formulas_are_no_targets(text):
    assert find_targets(text, "Kế hoạch", 2025) == []


@pytest.mark.parametrize("text, figures", [
    ("Hình thành ít nhất 20 mô hình sản xuất nông nghiệp tuần hoàn.", [(20.0, "mô hình", ">=")]),
    ("Tổ chức đào tạo tối thiểu 3.000 lượt nhân lực về chuyển đổi số.", [(3000.0, "lượt", ">=")]),
    # the count says whom a share counts: the share is the target
    ("100% cơ quan, tổ chức sử dụng ít nhất 01 ứng dụng AI để phục vụ công tác chỉ đạo.", [(100.0, "%", "=")]),
    ("Giải quyết xong 45 nhiệm vụ, ít nhất 03 văn bản được ban hành.", []),  # counts of tasks and documents
    ("Đến năm 2030, tỉnh có ít nhất 20 tập dữ liệu mở được công bố.", [(20.0, "tập dữ liệu", ">=")]),
    ("Có tối thiểu 05 kịch bản ứng dụng dữ liệu cấp tỉnh.", [(5.0, "kịch bản", ">=")]),
    ("Mỗi xã có ít nhất 04 tin, bài về bình đẳng giới mỗi quý.", [(4.0, "tin, bài", ">=")]),
    # a number written as a word
    ("Có ít nhất một cơ sở y tế cung cấp thí điểm dịch vụ chăm sóc sức khỏe.", [(1.0, "cơ sở", ">=")]),
    ("Mỗi đơn vị được tiếp cận ít nhất một trong các dịch vụ hỗ trợ.", []),
    # a floor area and a number of designs (Quyết định 22/2013/QĐ-TTg and a city's plan under it)
    ("Nhà ở mới phải bảo đảm diện tích sử dụng tối thiểu là 30m2.", [(30.0, "m2", ">=")]),
    ("Nhà ở có diện tích sử dụng nhỏ hơn nhưng không thấp hơn 24 m2.", [(24.0, "m2", ">=")]),
    ("Sở Xây dựng nghiên cứu, thiết kế tối thiểu 03 mẫu nhà ở điển hình.", [(3.0, "mẫu", ">=")]),
])
def test_counts_behind_a_minimum_are_targets(text, figures):
    assert [(t.value, t.unit, t.comparator) for t in find_targets(text, "Kế hoạch", 2025)] == figures


@pytest.mark.parametrize("text, figures", [
    ("II. MỤC TIÊU\n- Kinh tế số chiếm 45% GRDP tỉnh.", [(45.0, "%")]),  # a share set as a goal
    ("Năm 2023, kinh tế số chiếm 12% GRDP tỉnh.", []),  # a share reached in a past year
    ("Vốn ngân sách trung ương chiếm khoảng 10% tổng vốn đầu tư.", []),  # a share of money
    # a step of an allowance (Quyết định 62/2011/QĐ-TTg)
    ("Mức trợ cấp là 925.000 đồng/tháng, nếu đủ 15 năm; sau đó cứ thêm một năm (đủ 12 tháng) được tính thêm 5% của "
     "mức trợ cấp nêu trên.", []),
    ("Phấn đấu 100% đối tượng được hưởng trợ cấp kịp thời.", [(100.0, "%")]),
    # a minimum a budget sets aside (a Prime Minister's programme, 2025, after Nghị quyết 57-NQ/TW), not the aid a rule gives
    ("Điều chỉnh dự toán ngân sách nhà nước năm 2025 để bố trí tối thiểu 03% ngân sách cho phát triển khoa học, "
     "công nghệ.", [(3.0, "%")]),
    ("Dành ít nhất 10% tổng chi ngân sách cho chuyển đổi số.", [(10.0, "%")]),
    ("Ngân sách tỉnh hỗ trợ tối thiểu 50% kinh phí xây dựng nhà văn hóa.", []),
    # a share of a payroll fund (Nghị quyết 116/NQ-CP, 2021)
    ("Người sử dụng lao động được giảm mức đóng, từ 1% xuống bằng 0% quỹ tiền lương tháng.", []),
    # what a solution holds, and how often to clean (Công văn 10943/BYT-MT, 2021)
    ("Lau bằng dung dịch khử khuẩn chứa 0,1% Clo hoạt tính hoặc cồn 70%; dung dịch sát khuẩn tay chứa ít nhất 60% cồn.",
     []),
    ("Khử khuẩn ít nhất 02 lần/ngày.", []),
    # a vote, and a case a rule turns on (Quy chế của Hội đồng Y khoa Quốc gia, 2025; a commune Front's guide, 2025)
    ("Nhân sự được đề nghị bổ nhiệm phải đạt tỷ lệ trên 50% tổng số Lãnh đạo Hội đồng đồng ý, trường hợp nhân sự đạt "
     "tỷ lệ 50% thì thực hiện theo phương án do Chủ tịch Hội đồng đề xuất.", []),
    ("Người được giới thiệu phải đạt tín nhiệm trên 50%.", []),
    # a budget's share of a cost (Quyết định 22/2013/QĐ-TTg)
    ("Địa phương nhận bổ sung từ ngân sách trung ương thì ngân sách trung ương hỗ trợ 95%, ngân sách địa phương hỗ "
     "trợ 5% theo mức quy định.", []),
    # whom a rule covers, by their injury (Thông tư của Bộ LĐTBXH, 2013)
    ("Thương binh, bệnh binh có tỷ lệ suy giảm khả năng lao động do thương tật, bệnh tật từ 81% trở lên.", []),
    ("Bệnh binh bị suy giảm khả năng lao động do bệnh tật từ 41%\nđến 80% đang hưởng trợ cấp ưu đãi hằng tháng.", []),
    # a rate a person receives is none, a share of wage earners that reaches a figure is a goal (Kế hoạch 174/KH-UBND
    # TP Hồ Chí Minh, 2025)
    ("Người lao động được hưởng 75% mức lương.", []),
    ("Chỉ tiêu 1: Tăng tỷ lệ lao động nữ làm công hưởng lương đạt 50% vào năm 2025.", [(50.0, "%")]),
    # a part of what there is now ("trong đó …" after "Hiện nay") is no more a goal than the whole
    ("II. MỤC TIÊU\nHiện nay, tổng số trạm tại các khu công nghiệp khoảng 180 trạm, trong đó có 22 trạm 5G.", []),
    ("Hiện nay, tỷ lệ hồ sơ trực tuyến đạt 50%, trong đó có 20% hồ sơ toàn trình.", []),
    ("Phấn đấu tỷ lệ hồ sơ trực tuyến đạt 50%, trong đó có 20% hồ sơ toàn trình.", [(50.0, "%"), (20.0, "%")]),
    # an estimate (Quyết định 4385/QĐ-BVHTTDL, 2025) and the share of people an award may go to (Kế hoạch
    # 157/KH-UBND Cần Thơ, 2025) are no goals
    ("Vốn ngoài ngân sách và các nguồn vốn hợp pháp khác dự kiến 10%-15% (khoảng 12.173 tỷ đồng - 18.260 tỷ đồng).", []),
    ("II. MỤC TIÊU\nTổng hợp nhu cầu sử dụng đất phát triển mạng lưới cơ sở văn hóa đến năm 2030 dự kiến là "
     "43.346.068 m2.", []),
    ("Chủ tịch Ủy ban nhân dân thành phố xem xét tặng Bằng khen cho các tập thể, cá nhân có thành tích xuất sắc (tỷ lệ "
     "không quá 10% tập thể, 5% cá nhân đối tượng trực tiếp tham gia phong trào).", []),
    ("Phấn đấu 100% tập thể, cá nhân được khen thưởng kịp thời.", [(100.0, "%")]),
])
def test_shares_are_goals_unless_past_or_money(text, figures):
    assert [(t.value, t.unit) for t in find_targets(text, "Kế hoạch", 2025)] == figures


def test_a_target_reached_ends_where_another_job_begins():
    [t] = find_targets("Trong giai đoạn 2026 - 2030, đảm bảo xây dựng trạm BTS 5G đạt 100% và triển khai một số ứng "
                       "dụng IoT cơ bản tại các khu công nghiệp trọng điểm của tỉnh.", "Kế hoạch", 2025)
    assert (t.text, t.value) == ("đảm bảo xây dựng trạm BTS 5G đạt 100%", 100.0)
    # the measured thing after the figure stays
    [t] = find_targets("Năm 2025 đạt 60% các cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo "
                       "chủ chốt là nữ.", "Kế hoạch", 2025)
    assert t.text.endswith("có lãnh đạo chủ chốt là nữ")


@pytest.mark.parametrize("text, figures", [
    ("Tổng sản phẩm trái cây tham gia xuất khẩu phấn đấu đến năm 2030 đạt trên 46.200 tấn, tổng giá trị dự kiến đạt "
     "trên 48,3 triệu USD.", [(46200.0, "tấn", ">"), (48.3, "triệu USD", ">")]),
    ("Hoàn thành mục tiêu đưa vào khai thác trên 3.000 km đường bộ cao tốc.", [(3000.0, "km", ">")]),
    # a magnitude word belongs to the unit, as "triệu USD" does
    ("Phấn đấu đến năm 2030 đón 1,2 triệu lượt khách du lịch, trong đó khách quốc tế 50 nghìn lượt, sản lượng lương "
     "thực đạt 1,2 triệu tấn.", [(1.2, "triệu lượt khách", "="), (50.0, "nghìn lượt", "="), (1.2, "triệu tấn", "=")]),
    # a yearly amount keeps its period; dollars also without a magnitude word
    ("Phấn đấu đến năm 2030, doanh thu xuất khẩu sản phẩm công nghệ số đạt tối thiểu 55 tỷ USD/năm.",
     [(55.0, "tỷ USD/năm", ">=")]),
    ("Phấn đấu đến năm 2030, GRDP bình quân đầu người đạt 8.500 USD/người/năm, thu nhập bình quân đạt 120 triệu "
     "đồng/năm.", [(8500.0, "USD/người/năm", "="), (120.0, "triệu đồng/năm", "=")]),
    # an amount that says which of the counted have it is no goal of its own (Quyết định về doanh nghiệp công nghệ
    # số, 2025)
    ("Phấn đấu đến năm 2030 có 60 doanh nghiệp công nghệ số Việt Nam có doanh thu từ thị trường nước ngoài đạt 20 "
     "triệu USD/năm.", [(60.0, "doanh nghiệp", "=")]),
    # amounts reached or spent are no goals
    ("Năm 2024, tổng kim ngạch xuất nhập khẩu đạt 762,4 tỷ USD.", []),
    ("Đầu tư đoạn kết nối 1,9km vào Cảng hàng không quốc tế Long Thành.", []),
])
def test_amounts_of_goods_money_and_length_behind_a_goal_word(text, figures):
    assert [(t.value, t.unit, t.comparator) for t in find_targets(text, "Kế hoạch", 2025)] == figures


@pytest.mark.parametrize("text, figures", [
    # (Kế hoạch 165/KH-UBND Cần Thơ, 2025) rates per head are read as shares are, also after ";" with no goal word
    ("Phấn đấu tổng tỷ suất sinh đạt 2,1 con/phụ nữ; tỷ số giới tính khi sinh dưới 109 bé trai/100 bé gái sinh ra "
     "sống.", [(2.1, "con/phụ nữ", "="), (109.0, "bé trai/100 bé gái", "<")]),
    ("Đến năm 2030 đạt 12 bác sĩ/vạn dân.", [(12.0, "bác sĩ/vạn dân", "=")]),
    ("Giảm tỷ suất sinh ở trẻ vị thành niên xuống 18 ca sinh/1.000 phụ nữ.", [(18.0, "ca sinh/1.000 phụ nữ", "=")]),
    ("Năm 2024, tổng tỷ suất sinh đã đạt 1,9 con/phụ nữ.", []),  # reached
    ("Cấp hóa chất Cloramin B, Chlorine 70%, máy phun phục vụ xử lý môi trường.", []),  # a chemical's strength
])
def test_rates_per_head(text, figures):
    assert [(t.value, t.unit, t.comparator) for t in find_targets(text, "Kế hoạch", 2025)] == figures


@pytest.mark.parametrize("text, figures", [
    # a range: one entry per number, at least its low end and at most its high end
    ("Đạt mục tiêu tăng trưởng kinh tế từ 8,3 - 8,5% của cả nước.", [(8.3, ">="), (8.5, "<=")]),
    ("Giá trị xuất khẩu tăng bình quân hàng năm trong giai đoạn này đạt 10 - 13%/năm.", [(10.0, ">="), (13.0, "<=")]),
    # (Quyết định 892/QĐ-TTg, 2026) each end with its "%"
    ("Phấn đấu 30% - 40% cán bộ, công chức làm công tác đối ngoại được bồi dưỡng.", [(30.0, ">="), (40.0, "<=")]),
    # in words: "từ X đến Y%" (not "… 80% đến năm 2025", a figure and its year)
    ("Phấn đấu tốc độ tăng trưởng lượt khách bình quân từ 10% đến 12%/năm.", [(10.0, ">="), (12.0, "<=")]),
    ("Tỷ lệ che phủ rừng đạt từ 45 đến 47%.", [(45.0, ">="), (47.0, "<=")]),
    ("Phấn đấu tỷ lệ hồ sơ giải quyết trực tuyến đạt 80% đến năm 2025.", [(80.0, "=")]),
    ("Hỗ trợ lãi suất thấp hơn 1,5%/năm so với mức cho vay bình quân.", []),  # a rate per year, no growth
    ("Số doanh nghiệp thành lập mới tăng 12,9% so cùng kỳ.", []),  # a statistic
    ("Kinh tế 9 tháng năm 2025 tăng 6,9%.", []),
    ("Để đạt được mục tiêu tăng trưởng kinh tế 8% trong năm 2025, tỉnh cần tiếp tục cải thiện môi trường đầu tư.",
     [(8.0, "=")]),
])
def test_ranges_rates_and_statistics(text, figures):
    assert [(t.value, t.comparator) for t in find_targets(text, "Kế hoạch", 2025)] == figures


@pytest.mark.parametrize("text", [
    "Giải ngân vốn đầu tư công tính đến hết ngày 31 tháng 10 năm 2025 đạt 72,4% kế hoạch Thủ tướng Chính phủ giao.",
    "Tăng trưởng kinh tế 9 tháng đạt 71% so với mục tiêu năm 2025.",
])
def test_progress_against_a_goal_is_no_target(text):
    assert find_targets(text, "Thông báo", 2025) == []


def test_goals_in_brackets_are_targets():
    text = ("Tỉnh cần tập trung lãnh đạo để phấn đấu hoàn thành cao nhất các chỉ tiêu năm 2025, trong đó phấn đấu "
            "hoàn thành cao nhất mục tiêu tăng trưởng kinh tế Chính phủ giao (8%); tăng thu ngân sách nhà nước, đẩy "
            "mạnh giải ngân vốn đầu tư công (phấn đấu giải ngân đạt tối thiểu 95% kế hoạch vốn đầu tư công năm 2025).")
    assert [(t.value, t.comparator, t.text[-19:]) for t in find_targets(text, "Thông báo", 2025)] == [
        (8.0, "=", "Chính phủ giao (8%)"), (95.0, ">=", "u tư công năm 2025)")]


def test_a_scoring_rubric_sets_no_targets():
    text = ("Phấn đấu 100% trung tâm học tập cộng đồng được đánh giá, xếp loại trong năm 2025.\n"
            "BẢNG TIÊU CHÍ ĐÁNH GIÁ, XẾP LOẠI TRUNG TÂM HỌC TẬP CỘNG ĐỒNG\n"
            "Tổng số lượt người tham gia học tập đạt tối thiểu 100 lượt người/tháng | 10 điểm\n"
            "PHỤ LỤC II\nPhấn đấu tối thiểu 80% người dân được tuyên truyền.\n")
    assert [t.value for t in find_targets(text, "Công văn", 2025)] == [100.0, 80.0]


def test_subscribers_and_exchanges_set_as_goals():
    found = find_targets("Bộ Công an phấn đấu đạt 500.000 thuê bao trong năm 2025. Phát triển và triển khai tối thiểu "
                         "01 sàn giao dịch dữ liệu. Dự kiến khoảng 1.000 thuê bao di động nhận tin nhắn cảnh báo.",
                         "Kế hoạch", 2025)
    assert [(t.value, t.unit, t.comparator) for t in found] == [(500000.0, "thuê bao", "="),
                                                         (1.0, "sàn giao dịch", ">=")]


def test_a_growth_measured_to_the_decimal_is_a_result_and_a_long_lead_is_cut_at_its_goal_word():
    text = ("Tổng mức bán lẻ hàng hóa và dịch vụ tăng 15,1%, xuất khẩu tăng 18,3%. Tuy nhiên, trong bối cảnh tình "
            "hình thế giới biến động phức tạp, khó lường, khó khăn, thách thức nhiều hơn thời cơ, thuận lợi, để thúc "
            "đẩy hơn nữa hoạt động xuất khẩu góp phần thực hiện mục tiêu tăng trưởng kinh tế năm 2025 đạt trên 8%.")
    [target] = find_targets(text, "Công điện", 2025)
    assert (target.text, target.value, target.comparator) == (
        "mục tiêu tăng trưởng kinh tế năm 2025 đạt trên 8%", 8.0, ">")


def test_an_estimate_of_the_years_result_is_no_target():
    found = find_targets("Tổng mức bán lẻ hàng hóa ước cả năm đạt 206.000 tỷ đồng, đạt 100% kế hoạch. Kim ngạch xuất "
                         "khẩu ước thực hiện 2.600 triệu USD, đạt 100% kế hoạch. Phấn đấu tỷ lệ hồ sơ trực tuyến đạt 80%.",
                         "Kế hoạch", 2025)
    assert [(t.value, t.unit) for t in found] == [(80.0, "%")]


def test_a_figure_quoted_from_another_text_is_not_this_documents_target():
    text = ("Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị đã đề ra mục tiêu “Đến năm 2030, phấn đấu quy mô "
            "kinh tế số đạt tối thiểu 30% GDP, tỷ lệ doanh nghiệp sử dụng dịch vụ điện toán đám mây đạt trên 80%”.\n\n"
            "Phấn đấu tỷ lệ hồ sơ giải quyết đúng hạn đạt tối thiểu 95% trong năm 2025.")
    assert [t.value for t in find_targets(text, "Kế hoạch", 2025)] == [95.0]


def test_more_counts_of_the_same_thing_after_a_minimum_are_targets():
    text = ("Đến năm 2030, hình thành ít nhất 100 doanh nghiệp khởi nghiệp sáng tạo, 50 doanh nghiệp khoa học công "
            "nghệ, trong đó có 20 doanh nghiệp công nghệ cao đóng vai trò dẫn dắt ngành.")
    assert [(t.value, t.unit, t.comparator) for t in find_targets(text, "Kế hoạch", 2025)] == [
        (100.0, "doanh nghiệp", ">="), (50.0, "doanh nghiệp", ">="), (20.0, "doanh nghiệp", "=")]


def test_a_class_of_damage_in_a_form_is_no_target():
    text = ("| Chỉ tiêu | Đơn vị tính | Số lượng |\n| Diện tích mất trắng (bị thiệt hại từ 70% trở lên) | ha | |\n"
            "| Diện tích bị thiệt hại dưới 70% | ha | |\n\nPhấn đấu 100% hộ dân bị thiệt hại được hỗ trợ kịp thời.")
    assert [t.value for t in find_targets(text, "Công văn", 2025)] == [100.0]


def _table_targets(text: str, doc_type: str = "Nghị quyết"):
    from pipeline.document import build_document
    from pipeline.normalize import normalize_text
    from pipeline.txt_layout import layout_text

    doc = build_document(layout_text(normalize_text(text)), "txt")
    return find_targets(doc.text, doc_type, 2025, doc.blocks), doc.text


INDICATOR_TABLE = """PHỤ LỤC I
DANH MỤC CÁC CHỈ TIÊU CỤ THỂ

| TT  | Chỉ tiêu | Đơn vị | Kết quả | Cơ quan chủ trì theo dõi, đánh giá |
| --- | -------- | ------ | ------- | ---------------------------------- |
| **I** | **Đến năm 2030** |  |  |  |
| 1   | Tiềm lực, trình độ khoa học, công nghệ và đổi mới sáng tạo | Thứ bậc | Đạt mức tiên tiến ở nhiều lĩnh vực | Bộ Khoa học và Công nghệ |
| 4   | Xếp hạng năng lực cạnh tranh số | Thứ bậc | ≤ 3 Đông Nam Á; ≤ 50 Thế giới | Bộ Thông tin và Truyền thông |
| 10  | Quy mô kinh tế số | % GDP | ≥ 30 | Bộ Thông tin và Truyền thông |
| 11.2| Tỉ lệ cung cấp dịch vụ công trực tuyến toàn trình | % | 90 | Văn phòng Chính phủ |
| 19  | Tổ chức khoa học và công nghệ được xếp hạng khu vực và thế giới | Tổ chức | 40 - 50 | Bộ Khoa học và Công nghệ |
| **II** | **Tầm nhìn đến năm 2045** |  |  |  |
| 1   | Quy mô kinh tế số | % GDP | ≥ 50 | Bộ Thông tin và Truyền thông |
"""


def test_indicator_table_gives_one_target_per_figure_with_its_unit_column():
    targets, text = _table_targets(INDICATOR_TABLE)
    got = [(t.text, t.value, t.unit, t.comparator, t.deadline.end if t.deadline else None) for t in targets]
    assert got == [
        ("Xếp hạng năng lực cạnh tranh số", 3.0, "Thứ bậc", "<=", "2030-12-31"),
        ("Xếp hạng năng lực cạnh tranh số", 50.0, "Thứ bậc", "<=", "2030-12-31"),
        ("Quy mô kinh tế số", 30.0, "% GDP", ">=", "2030-12-31"),
        ("Tỉ lệ cung cấp dịch vụ công trực tuyến toàn trình", 90.0, "%", "=", "2030-12-31"),
        ("Tổ chức khoa học và công nghệ được xếp hạng khu vực và thế giới", 40.0, "Tổ chức", ">=", "2030-12-31"),
        ("Quy mô kinh tế số", 50.0, "% GDP", ">=", "2045-12-31"),
    ]
    assert all(text[t.start:t.end] == t.text for t in targets)


def test_indicator_table_in_a_report_or_with_a_column_per_year_gives_no_targets():
    assert _table_targets(INDICATOR_TABLE, "Báo cáo")[0] == []
    projection = """| TT | Chỉ tiêu | ĐVT | ƯTH Năm 2025 | Năm 2026 | Năm 2027 |
| -- | -------- | --- | ------------ | -------- | -------- |
| 1  | Diện tích cà phê | Ha | 26.120 | 27.000 | 27.500 |
"""
    assert _table_targets(projection)[0] == []
    done = """| TT | Chỉ tiêu | Đơn vị tính | Kết quả thực hiện năm 2024 |
| -- | -------- | ----------- | -------------------------- |
| 1  | Tỷ lệ hồ sơ giải quyết đúng hạn | % | 98,5 |
"""
    assert _table_targets(done)[0] == []


def test_a_goal_named_before_a_colon_is_what_the_figure_measures():
    text = ("- Lĩnh vực năng lượng và giao thông vận tải\nMục tiêu giảm phát thải khí nhà kính so với năm 2005: 8%\n"
            "Hoạt động, biện pháp giảm phát thải:\n+ Phát triển năng lượng tái tạo;\n")
    targets, doc_text = _table_targets(text, "Quyết định")
    assert [(t.value, t.text) for t in targets] == [
        (8.0, "Lĩnh vực năng lượng và giao thông vận tải Mục tiêu giảm phát thải khí nhà kính so với năm 2005: 8%")]
    # (not a place or time label: its figure opens the words that say what is measured)
    targets, _ = _table_targets("Tại địa bàn đô thị: 100% trẻ em trong cơ sở giáo dục mầm non được nuôi dưỡng.\n",
                                "Kế hoạch")
    assert [t.text for t in targets] == ["100% trẻ em trong cơ sở giáo dục mầm non được nuôi dưỡng"]


def test_counts_of_industrial_parks_and_hectares_behind_a_minimum():
    found = find_targets("(3) Hoàn thiện ít nhất 500ha mặt bằng sạch để thu hút các nhà đầu tư thứ cấp.\n"
                         "+ Thành lập mới ít nhất 02 Khu công nghiệp (Bản Qua, Võ Lao).\n", "Nghị quyết", 2025)
    assert [(t.value, t.unit, t.comparator) for t in found] == [(500.0, "ha", ">="), (2.0, "khu công nghiệp", ">=")]
    assert find_targets("Diện tích thu hồi ít nhất 500 hai bên đường.\n", "Kế hoạch", 2025) == []


@pytest.mark.parametrize("sentence, figure", [
    # (a plan for the 2021 exams; a provincial plan for digital literacy, 2025)
    ("Bố trí mỗi điểm thi ít nhất 02 phòng dự phòng, sắp xếp bàn ghế đảm bảo giãn cách.", (2.0, "phòng")),
    ("UBND cấp xã lựa chọn ít nhất 02 cán bộ, công chức có năng lực để tham gia đào tạo, tập huấn.",
     (2.0, "cán bộ, công chức")),
    ("Đào tạo tối thiểu 500 lao động nông thôn mỗi năm.", (500.0, "lao động")),
    # (Quyết định 982/QĐ-TTg, 2026) deals of mergers and acquisitions
    ("Phấn đấu thực hiện thành công tối thiểu 25 thương vụ mua bán và sáp nhập (M&A) giữa doanh nghiệp công nghệ số "
     "Việt Nam và đối tác quốc tế.", (25.0, "thương vụ")),
])
def test_people_rooms_and_exchanges_counted_behind_a_minimum(sentence, figure):
    assert [(t.value, t.unit) for t in find_targets(sentence, "Kế hoạch", 2025)] == [figure]


@pytest.mark.parametrize("text, figures", [
    # (plans of the Fatherland Front of xã Lương Minh, 2026): a quorum and a vote set by the election law
    ("Phải tổ chức hội nghị toàn thể cử tri và bảo đảm số lượng cử tri tham dự hội nghị đạt ít nhất là 50% tổng số cử "
     "tri được triệu tập.", []),
    ("Người được giới thiệu ứng cử là người được trên 50% tổng số cử tri có mặt tại hội nghị tín nhiệm.", []),
    ("Phấn đấu 99% tổng số cử tri tham gia bỏ phiếu.", [(99.0, "=")]),  # a turnout the plan strives for
])
def test_a_share_of_voters_is_a_legal_threshold_unless_striven_for(text, figures):
    assert [(t.value, t.comparator) for t in find_targets(text, "Kế hoạch", 2026)] == figures


def test_a_scans_noise_with_a_percent_sign_is_no_target():
    # (Công văn 4254/TCT-KK, 2016, OCR'd with its taxpayer list printed upside down after the signature)
    text = ("Cục Thuế các tỉnh phấn đấu tối thiểu 90% hồ sơ khai thuế được nộp qua mạng trong năm 2016.\n"
            "076% Oe eI LEE 908517 L4 896969\n"
            "oor Terie [0£ 0wW6Y _[ozs\"t 0% [oss 969L -[tv0 SE wy\n")
    assert [t.value for t in find_targets(text, "Công văn", 2016)] == [90.0]


def test_relief_a_government_grants_is_no_target_but_a_cut_in_time_or_cost_is():
    # (Nghị quyết 84/NQ-CP, 2020: the Government's relief measures; a plan's cuts to reach)
    text = ("- Giảm 50% lệ phí trước bạ khi đăng ký ô tô sản xuất hoặc lắp ráp trong nước tới hết năm 2020.\n"
            "- Giảm 30% thuế thu nhập doanh nghiệp phải nộp của năm 2020 đối với doanh nghiệp nhỏ.\n"
            "- Quy định mức thuế bảo vệ môi trường đối với nhiên liệu bay bằng 70% mức thuế quy định.\n"
            "- Giảm 50% giá cất cánh, hạ cánh tàu bay đối với các chuyến bay nội địa.\n"
            "- Phấn đấu giảm 30% thời gian giải quyết thủ tục hành chính so với quy định.\n"
            "- Giảm 10% giá thành sản xuất nông sản chủ lực của tỉnh.\n")
    assert [t.value for t in find_targets(text, "Nghị quyết", 2020)] == [30.0, 10.0]


def test_a_share_of_costs_a_policy_pays_or_counts_is_no_target():
    # (Quyết định về đưa doanh nghiệp công nghệ số Việt Nam ra nước ngoài, 2025: the support, then a plan's goal)
    text = ("- Chính sách ưu đãi hỗ trợ doanh nghiệp công nghệ số Việt Nam 50% chi phí hợp lý khi mở rộng thị trường.\n"
            "- Chi phí cho hoạt động tiếp cận thị trường quốc tế bằng 200% chi phí thực tế của hoạt động.\n"
            "- Hỗ trợ doanh nghiệp nhỏ và vừa giảm 30% chi phí logistics so với năm 2024.\n")
    assert [t.value for t in find_targets(text, "Quyết định", 2025)] == [30.0]


def test_a_figure_with_only_its_level_and_year_after_và_measures_what_the_one_before_does():
    # (Chiến lược quốc gia về dinh dưỡng, Quyết định 02/QĐ-TTg, 2022)
    found = find_targets("- Tỷ lệ suy dinh dưỡng thấp còi trẻ em dưới 5 tuổi giảm xuống dưới 17% vào năm 2025 và dưới 15% "
                         "vào năm 2030.\n", "Quyết định", 2022)
    assert [(t.value, t.text) for t in found] == [
        (17.0, "Tỷ lệ suy dinh dưỡng thấp còi trẻ em dưới 5 tuổi giảm xuống dưới 17% vào năm 2025"),
        (15.0, "Tỷ lệ suy dinh dưỡng thấp còi trẻ em dưới 5 tuổi giảm xuống dưới 17% vào năm 2025 và dưới 15% vào "
               "năm 2030")]
    # a figure that names what it measures keeps its own words
    found = find_targets("có tối thiểu 40% hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến ở mức độ 3 và 15% "
                         "hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến ở mức độ 4.\n", "Quyết định", 2017)
    assert found[1].text == "15% hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến ở mức độ 4"


def test_a_figure_in_brackets_after_another_measures_what_that_one_does():
    # (Chiến lược quốc gia về dinh dưỡng: the bracket gives the figure for the mountains)
    found = find_targets("- Tỷ lệ suy dinh dưỡng thấp còi trẻ em dưới 5 tuổi giảm xuống dưới 17% (khu vực miền núi dưới "
                         "28%) vào năm 2025 và dưới 15% (khu vực miền núi dưới 23%) vào năm 2030.\n", "Quyết định", 2022)
    subject = "Tỷ lệ suy dinh dưỡng thấp còi trẻ em dưới 5 tuổi giảm xuống dưới 17% (khu vực miền núi dưới 28%)"
    assert [(t.value, t.comparator) for t in found] == [(17.0, "<"), (28.0, "<"), (15.0, "<"), (23.0, "<")]
    assert found[1].text == subject + " vào năm 2025"
    assert found[3].text.startswith(subject) and found[3].text.endswith("dưới 23%) vào năm 2030")


def test_a_moment_named_inside_the_subject_is_no_condition():
    # "sau khi sinh" says which breastfeeding is counted; "đạt" after it gives the plan's objective
    found = find_targets("- Tỷ lệ trẻ được bú mẹ sớm sau khi sinh đạt mức 75% vào năm 2025 và đạt 80% vào năm 2030.\n",
                         "Quyết định", 2022)
    assert [t.value for t in found] == [75.0, 80.0]
    assert found[0].text == "Tỷ lệ trẻ được bú mẹ sớm sau khi sinh đạt mức 75% vào năm 2025"


def test_what_an_insurance_fund_reimburses_is_a_rate_not_a_target():
    # (a Ministry of Health letter on health insurance from 2021)
    text = ("+ Chi phí KCB phát sinh từ ngày 01/01/2021: được Quỹ BHYT thanh toán 95% chi phí.\n"
            "+ Chi phí điều trị nội trú: được Quỹ BHYT thanh toán theo tỷ lệ 60%.\n"
            "Tỷ lệ giao dịch thanh toán trực tuyến đạt từ 30% trở lên.\n")
    assert [t.value for t in find_targets(text, "Công văn", 2021)] == [30.0]


def test_a_share_of_the_same_period_last_year_is_a_result():
    # (a Tổng cục Thuế notice of 2024, as OCR read it: "bằng 100,1% cùng kỳ", without "so với")
    assert find_targets("Tổng thu ngân sách nhà nước do cơ quan thuế quản lý bằng 100,1% cùng kỳ năm 2023.\n",
                        "Thông báo", 2024) == []


def test_a_wage_rate_the_law_sets_is_no_target():
    # (a Ministry of Labour letter answering questions on overtime, 2021)
    text = ("Người lao động làm việc vào ngày nghỉ có hưởng lương thì người sử dụng lao động phải trả ít nhất bằng 300% "
            "theo quy định.\nTỷ lệ hồ sơ được trả kết quả đúng hạn đạt 98%.\n")
    assert [t.value for t in find_targets(text, "Công văn", 2021)] == [98.0]


_GOALS_PLAN = (
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "Huy động các nguồn lực tổ chức thực hiện 02 hội nghị sơ kết.\n"
    "II. MỤC TIÊU\n"
    "1. Mục tiêu chung\n"
    "Phát triển nông nghiệp theo hướng bền vững.\n"
    "2. Chỉ tiêu cụ thể\n"
    "2.1. Về sản xuất\n"
    "- Trồng mới 1.000 ha rừng tập trung.\n"
    "- Tổng sản lượng lương thực đạt 480.000 tấn.\n"
    "2.2. Về xã hội\n"
    "- Thu ngân sách nhà nước trên địa bàn đạt 12.000 tỷ đồng.\n"
    "- Giải quyết việc làm cho 20.000 lao động; có thêm 15 xã đạt chuẩn nông thôn mới.\n"
    "- Đến năm 2025 xã Tân Lập đạt chuẩn nông thôn mới nâng cao.\n"
    "- 100% xã có 01 trạm y tế đạt chuẩn.\n"
    "III. NHIỆM VỤ VÀ GIẢI PHÁP\n"
    "1. Sở Nông nghiệp và Phát triển nông thôn chủ trì tổ chức 03 hội nghị tập huấn cho 200 hộ dân.\n"
)


def test_amounts_in_a_goals_section_are_targets():
    targets = find_targets(_GOALS_PLAN, "Kế hoạch", 2024)
    assert [(t.value, t.unit, t.comparator) for t in targets] == [
        (1000.0, "ha", "="), (480000.0, "tấn", "="), (12000.0, "tỷ đồng", "="), (20000.0, "lao động", "="),
        (15.0, "xã", "="), (100.0, "%", "=")]
    assert targets[0].text == "Trồng mới 1.000 ha rừng tập trung"
    assert targets[2].text == "Thu ngân sách nhà nước trên địa bàn đạt 12.000 tỷ đồng"


def test_a_goals_heading_on_a_line_of_its_own():
    text = "MỤC TIÊU CỤ THỂ\nCó thêm 15 xã đạt chuẩn nông thôn mới.\nTỔ CHỨC THỰC HIỆN\n" \
           "Sở Nông nghiệp và Phát triển nông thôn hướng dẫn 20 xã.\n"
    assert [(t.value, t.unit) for t in find_targets(text, "Kế hoạch", 2024)] == [(15.0, "xã")]


@pytest.mark.parametrize("text, figures", [
    ("- Phấn đấu đến năm 2030 có 1.500 doanh nghiệp công nghệ số.", [(1500.0, "doanh nghiệp")]),
    ("- Đến năm 2025 có thêm 50 xã đạt chuẩn nông thôn mới.", [(50.0, "xã")]),
    ("- Dự kiến tổ chức 02 hội nghị sơ kết.", []),  # planned, aims at nothing
    ("- Năm 2024 có 30 xã đạt chuẩn nông thôn mới.", []),  # no goal word
])
def test_counts_behind_a_goal_word_are_targets(text, figures):
    assert [(t.value, t.unit) for t in find_targets(text, "Kế hoạch", 2024)] == figures


@pytest.mark.parametrize("heading", ["II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2023",
                                     "II. MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP", "Mục tiêu của kế hoạch là phát triển"])
def test_amounts_under_other_headings_are_no_targets(heading):
    text = f"{heading}\n- Trồng mới 1.000 ha rừng tập trung.\n- Thu ngân sách đạt 12.000 tỷ đồng.\n"
    assert find_targets(text, "Kế hoạch", 2024) == []


def test_a_figure_after_a_semicolon_goes_on_the_list_before_it():
    # (a national nutrition strategy, scanned: "… đạt 90% đối với tuyến tỉnh; 75% đối với tuyến huyện" had given the
    # 75% the text "75% đối với tuyến huyện", which does not say what is measured)
    text = ("- Tỷ lệ bệnh viện tổ chức khám, tư vấn dinh dưỡng cho người bệnh đạt 90% đối với tuyến tỉnh; 75% đối với "
            "tuyến huyện vào năm 2025.\n- 100% hồ sơ được tiếp nhận qua Hệ thống một cửa điện tử; 60% hồ sơ giải quyết "
            "trực tuyến.")
    got = {(t.value, t.text) for t in find_targets(text, "Kế hoạch", 2023)}
    assert got == {
        (90.0, "Tỷ lệ bệnh viện tổ chức khám, tư vấn dinh dưỡng cho người bệnh đạt 90% đối với tuyến tỉnh"),
        (75.0, "Tỷ lệ bệnh viện tổ chức khám, tư vấn dinh dưỡng cho người bệnh đạt 90% đối với tuyến tỉnh; 75% đối "
               "với tuyến huyện vào năm 2025"),
        (100.0, "100% hồ sơ được tiếp nhận qua Hệ thống một cửa điện tử"),
        (60.0, "60% hồ sơ giải quyết trực tuyến"),  # (its own words after it say what it counts)
    }


def test_a_full_stop_before_a_small_letter_does_not_end_the_clause():
    # (the same strategy: "… theo lứa tuổi và đa dạng thực phẩm. đạt 60% ở khu vực thành thị", a stray full stop)
    text = ("- Tỷ lệ trường học xây dựng thực đơn theo khuyến nghị của Bộ Y tế về dinh dưỡng hợp lý. đạt 60% ở khu vực "
            "thành thị. Tỷ lệ trẻ em được tiêm chủng đạt 95%.")
    got = [t.text for t in find_targets(text, "Kế hoạch", 2023)]
    assert got == ["Tỷ lệ trường học xây dựng thực đơn theo khuyến nghị của Bộ Y tế về dinh dưỡng hợp lý. đạt 60% ở "
                   "khu vực thành thị", "Tỷ lệ trẻ em được tiêm chủng đạt 95%"]


def test_money_a_plan_spends_cuts_or_saves_by_a_share_is_a_target():
    # (Nghị quyết 84/NQ-CP, 2020: "Cắt giảm tối thiểu 70% kinh phí hội nghị …" and "giải ngân 100% vốn đầu tư công" had
    # been read as shares of money, like a loan's; "còn lại" had joined the next figure's clause as "giảm … còn")
    text = ("- Cắt giảm tối thiểu 70% kinh phí hội nghị, công tác trong và ngoài nước còn lại của các bộ, cơ quan trung "
            "ương và tiết kiệm thêm 10% chi thường xuyên khác còn lại của năm 2020.\n"
            "- Tập trung giải ngân 100% vốn đầu tư công năm 2020.\n"
            "- Cho phép không áp dụng quy định tiết kiệm 10% tổng mức đầu tư đối với dự án khởi công mới.\n"
            "- Hỗ trợ lãi suất 2% vốn vay cho doanh nghiệp.")
    got = [(t.value, t.comparator, t.text) for t in find_targets(text, "Nghị quyết", 2020)]
    assert got == [
        (70.0, ">=", "Cắt giảm tối thiểu 70% kinh phí hội nghị, công tác trong và ngoài nước còn lại của các bộ, cơ "
                     "quan trung ương"),
        (10.0, "=", "tiết kiệm thêm 10% chi thường xuyên khác còn lại của năm 2020"),
        (100.0, "=", "Tập trung giải ngân 100% vốn đầu tư công năm 2020"),
    ]


def test_a_figure_after_va_with_only_a_place_measures_what_the_one_before_does():
    # (the nutrition strategy: "… đạt 60% ở khu vực thành thị và 40% ở khu vực nông thôn" had given the 40% the text
    # "40% ở khu vực nông thôn vào năm 2025", which does not say what is measured)
    text = ("- Tỷ lệ trường học xây dựng thực đơn dinh dưỡng hợp lý đạt 60% ở khu vực thành thị và 40% ở khu vực "
            "nông thôn vào năm 2025.\n- Tỷ lệ hồ sơ được số hóa đạt 90% và 70% hồ sơ được tái sử dụng.")
    got = [(t.value, t.text) for t in find_targets(text, "Kế hoạch", 2023)]
    assert got == [
        (60.0, "Tỷ lệ trường học xây dựng thực đơn dinh dưỡng hợp lý đạt 60% ở khu vực thành thị"),
        (40.0, "Tỷ lệ trường học xây dựng thực đơn dinh dưỡng hợp lý đạt 60% ở khu vực thành thị và 40% ở khu vực "
               "nông thôn vào năm 2025"),
        (90.0, "Tỷ lệ hồ sơ được số hóa đạt 90%"),
        (70.0, "70% hồ sơ được tái sử dụng"),  # (its own words say what it counts)
    ]


def test_new_countryside_is_no_only_reached():
    # "mới đạt" ("only reached") marks a result, but "nông thôn mới" is the New Countryside programme's name: "Tỷ lệ xã
    # đạt chuẩn nông thôn mới đạt 80%" is a provincial plan's commonest goal
    assert [t.value for t in find_targets("- Tỷ lệ xã đạt chuẩn nông thôn mới đạt 80%.", "Kế hoạch", 2023)] == [80.0]
    assert find_targets("- Tỷ lệ hồ sơ trực tuyến đến tháng 6 mới đạt 39%.", "Kế hoạch", 2023) == []


def test_indicator_table_with_what_was_done_beside_the_plans_column_gives_the_plans_targets():
    # (a socio-economic plan's table of main indicators: last year's results or estimate, then this year's plan; the
    # plan's column had been left out with the rest, as if the table projected a figure per year)
    table = """| TT | Chỉ tiêu | Đơn vị tính | Ước thực hiện năm 2024 | Kế hoạch năm 2025 |
| -- | -------- | ----------- | ---------------------- | ----------------- |
| 1  | Tốc độ tăng trưởng GRDP | % | 6,5 | 7,0 |
| 2  | Số xã đạt chuẩn nông thôn mới | xã | 80 | ≥ 90 |
"""
    targets, text = _table_targets(table, "Kế hoạch")
    assert [(t.text, t.value, t.unit, t.comparator, t.deadline.end if t.deadline else None) for t in targets] == [
        ("Tốc độ tăng trưởng GRDP", 7.0, "%", "=", "2025-12-31"),
        ("Số xã đạt chuẩn nông thôn mới", 90.0, "xã", ">=", "2025-12-31")]
    assert _table_targets(table, "Báo cáo")[0] == []  # (a report's plan column is another document's)


def test_a_simplification_plan_gives_the_time_a_procedure_is_cut_down_to_and_its_cost_cut():
    # (a province's "phương án đơn giản hóa thủ tục hành chính": each procedure's new time limit, "còn 09 ngày làm
    # việc", and "Tỷ lệ cắt giảm chi phí: 10%" had given no target; a time left with no cut in the clause is none)
    text = ("1.1. Nội dung đơn giản hóa\n\nGiảm thời gian giải quyết thủ tục hành chính từ 10 ngày làm việc còn 09 "
            "ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ.\n\n"
            "1.3. Lợi ích phương án đơn giản hóa\n\n- Chi phí tiết kiệm: 3.200.000 đồng/năm.\n\n"
            "- Tỷ lệ cắt giảm chi phí: 10%.\n\n"
            "Hồ sơ còn 5 ngày làm việc để bổ sung theo quy định.")
    got = [(t.value, t.unit, t.comparator, t.text) for t in find_targets(text, "Quyết định", 2025)]
    assert got == [
        (9.0, "ngày làm việc", "=", "Giảm thời gian giải quyết thủ tục hành chính từ 10 ngày làm việc còn 09 ngày "
                                    "làm việc kể từ ngày nhận được hồ sơ hợp lệ"),
        (10.0, "%", "=", "Tỷ lệ cắt giảm chi phí: 10%"),
    ]


def test_an_appendix_restating_the_bodys_targets_adds_none():
    # (Kế hoạch of Bắc Ninh on the digital economy, 2025: its goals, then "PHỤ LỤC" / "TT | Chỉ tiêu | Chủ trì" with the
    # same goals and the department answerable for each; a figure only the appendix gives stays)
    text = ("II. MỤC TIÊU\n\n- Kinh tế số chiếm 45% GRDP tỉnh.\n\n"
            "- Tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình đạt 80%.\n\n"
            "**PHỤ LỤC**\n\n| TT | Chỉ tiêu | Chủ trì |\n\n| 1 | Kinh tế số chiếm 45% GRDP tỉnh. | Sở Tài chính |\n\n"
            "| 2 | Tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình đạt 80%. | Văn phòng UBND tỉnh |\n\n"
            "| 3 | Tỷ lệ người dân có Sổ sức khỏe điện tử đạt 95%. | Sở Y tế |\n")
    targets = find_targets(text, "Kế hoạch", 2025)
    assert [(t.value, text.index("PHỤ LỤC") < t.start) for t in targets] == [(45.0, False), (80.0, False), (95.0, True)]


def test_a_count_of_hospitals_a_plan_sets_is_a_target_one_it_reports_is_none():
    # (Nghị quyết 105/NQ-CP, 2026, on reorganising public service units: "Mỗi tỉnh, thành phố có ít nhất 01 bệnh viện …")
    text = ("Hiện nay tỉnh có 12 bệnh viện công lập. Mỗi tỉnh, thành phố có ít nhất 01 bệnh viện đạt cấp chuyên sâu.")
    assert [(t.value, t.unit, t.comparator) for t in find_targets(text, "Nghị quyết", 2026)] == [(1.0, "bệnh viện", ">=")]


def test_a_price_cap_is_a_ceiling_named_by_its_product():
    text = ("2. Giá bán xăng dầu\nSau khi thực hiện việc trích lập Quỹ Bình ổn giá, giá bán các mặt hàng xăng dầu không "
            "cao hơn mức giá:\n- Xăng E5RON92: không cao hơn 19.807 đồng/lít;\n"
            "- Dầu madút 180CST 3.5S: không cao hơn 13.739 đồng/kg.\n3. Thời gian thực hiện\n")
    targets = find_targets(text, "Công văn", 2025)
    assert [(t.value, t.unit, t.comparator, t.text) for t in targets] == [
        (19807.0, "đồng/lít", "<=", "Xăng E5RON92: không cao hơn 19.807 đồng/lít"),
        (13739.0, "đồng/kg", "<=", "Dầu madút 180CST 3.5S: không cao hơn 13.739 đồng/kg")]
    assert all(text[t.start:t.end] == t.text for t in targets)
    # a fine or a fee is an amount of money, not a cap the document sets on a price
    assert find_targets("- Phạt tiền không quá 5.000.000 đồng đối với cá nhân vi phạm.\n", "Quyết định", 2025) == []


def test_counts_of_organizations_their_ranges_and_rates_per_ten_thousand_people():
    # (Nghị quyết 57-NQ/TW, 2024: its goals to 2030)
    text = ("II. MỤC TIÊU\n\n- Có từ 40 - 50 tổ chức khoa học và công nghệ được xếp hạng khu vực và thế giới.\n"
            "- Nguồn nhân lực nghiên cứu khoa học đạt 12 người trên một vạn dân.\n"
            "- Thu hút thêm ít nhất 3 tổ chức, doanh nghiệp công nghệ hàng đầu thế giới đặt trụ sở tại Việt Nam.\n")
    got = [(t.value, t.unit, t.comparator) for t in find_targets(text, "Nghị quyết", 2024)]
    assert got == [(40.0, "tổ chức", ">="), (50.0, "tổ chức", "<="), (12.0, "người/vạn dân", "="),
                   (3.0, "tổ chức, doanh nghiệp", ">=")]


def test_how_often_a_plan_holds_a_drill_or_an_inspection_is_a_goal():
    # (Quyết định 2820/QĐ-UBND TP Hồ Chí Minh, 2025; Quyết định 49/2012/QĐ-UBND TP Hồ Chí Minh)
    target = _one("- Tổ chức diễn tập phương án phòng ngừa, ứng phó sự cố tối thiểu một lần/năm.", "Quyết định", 2025)
    assert (target.value, target.unit, target.comparator) == (1.0, "lần/năm", ">=")
    target = _one("Phòng Lao động - Thương binh và Xã hội quận - huyện phải thực hiện kiểm tra ít nhất 02 lần/năm.",
                  "Quyết định", 2012)
    assert (target.value, target.unit, target.comparator) == (2.0, "lần/năm", ">=")


def test_a_projects_size_and_yearly_shares_are_targets_its_places_and_funds_are_not():
    # (Nghị quyết of HĐND tỉnh Hà Giang, 2017, approving a resettlement project)
    text = ("3. Số lượng thực hiện: 4.692 hộ với 23.292 khẩu, trong đó:\n"
            "a) Các đối tượng thuộc xã biên giới: Tổng số 1.177 hộ với 5.941 khẩu, tại 121 thôn.\n"
            "4. Về chính sách và định mức áp dụng:\n- Hỗ trợ hộ thôn biên giới di chuyển xen ghép: 50 triệu đồng/hộ.\n"
            "7. Phân kỳ thực hiện:\na) Năm 2018: Tổng số 1.033 hộ, kinh phí 20.229,8 triệu đồng.\n"
            "Điều 2. Nghị quyết này có hiệu lực kể từ ngày 14 tháng 7 năm 2017.\n")
    targets = find_targets(text, "Nghị quyết", 2017)
    assert [(t.value, t.unit, t.comparator) for t in targets] == [
        (4692.0, "hộ", "="), (23292.0, "khẩu", "="), (1177.0, "hộ", "="), (5941.0, "khẩu", "="), (1033.0, "hộ", "=")]
    assert targets[-1].deadline.end == "2018-12-31"


def test_a_share_a_decision_agrees_to_cut_is_a_target_a_share_of_those_who_agree_is_not():
    # (Nghị quyết 60-NQ/TW, 2025: "Đồng ý sáp nhập … giảm khoảng 60 - 70% …"; a vote's threshold, from a Quy chế)
    text = ("(3) Đồng ý sáp nhập đơn vị hành chính cấp xã bảo đảm cả nước giảm khoảng 60 - 70% số lượng đơn vị hành "
            "chính cấp xã so với hiện nay.\n- Phải đạt tỷ lệ trên 50% tổng số thành viên Hội đồng đồng ý.\n")
    assert [(t.value, t.comparator) for t in find_targets(text, "Nghị quyết", 2025)] == [(60.0, ">="), (70.0, "<=")]


def test_areas_reservoirs_and_square_kilometres_a_water_plan_counts():
    # (Nghị quyết of HĐND tỉnh Hà Giang on protecting water resources, 2017)
    text = ("II. MỤC TIÊU\n- Đến năm 2025 bảo vệ 09 khu vực miền cấp cho nước dưới đất với diện tích 857,5km2.\n"
            "- Tiến hành tu bổ, sửa chữa 13 hồ chứa thủy lợi đang bị hư hỏng.\n")
    assert [(t.value, t.unit) for t in find_targets(text, "Nghị quyết", 2017)] == [
        (9.0, "khu vực"), (857.5, "km2"), (13.0, "hồ chứa")]


def test_what_has_only_been_advanced_so_far_is_no_target():
    # (Công văn 2428/BXD-QLN, 2013: "mới được tạm ứng 50%"; "nông thôn mới được nâng lên 80%" is a goal)
    text = ("Nguồn kinh phí hỗ trợ nhà ở cho người có công với cách mạng thực hiện năm 2013 mới được tạm ứng 50%.\n"
            "- Tỷ lệ xã đạt chuẩn nông thôn mới được nâng lên 80%.\n")
    assert [t.value for t in find_targets(text, "Công văn", 2013)] == [80.0]
