"""What each Vietnamese time expression gives as a deadline (start, end, recurrence)."""
import pytest

from extractors.deadlines import find_deadlines, of_every_period, parse_deadline, report_period
from schemas.record import Deadline

# Whole "Tiến độ" cells: text -> (start, end, recurrence). The year 2021 stands for the
# document's year and only fills expressions that omit it.
CELLS = [
    ("Quý I/2018", "2018-01-01", "2018-03-31", None),
    ("Trong Quý II năm 2021", "2021-04-01", "2021-06-30", None),
    ("Quý 4 năm 2025", "2025-10-01", "2025-12-31", None),
    ("Quý IV", "2021-10-01", "2021-12-31", None),
    ("Trong năm 2018", "2018-01-01", "2018-12-31", None),
    ("năm 2022", "2022-01-01", "2022-12-31", None),
    ("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30", None),
    # the year's first or last months, however many ("trong 02 tháng cuối năm 2025" of a conclusion notice)
    ("trong 02 tháng cuối năm 2025", "2025-11-01", "2025-12-31", None),
    ("3 tháng đầu năm 2024", "2024-01-01", "2024-03-31", None),
    ("nửa đầu năm 2026", "2026-01-01", "2026-06-30", None),
    ("6 tháng cuối năm", "2021-07-01", "2021-12-31", None),
    ("Hoàn thành chậm nhất Quý III/2018", None, "2018-09-30", None),
    ("trước Quý III/2018", None, "2018-09-30", None),
    ("chậm nhất trong Quý I năm 2018", None, "2018-03-31", None),
    ("Từ Quý II/2018", "2018-04-01", None, None),
    # a range's own "từ" opens no open end (Kế hoạch 252/KH-BCĐQG1237, 2013)
    ("Từ năm 2013 đến năm 2020 và tiếp theo", "2013-01-01", "2020-12-31", None),
    ("trước ngày 15/12/2021", None, "2021-12-15", None),
    ("trước ngày 15.11", None, "2021-11-15", None),
    ("Trước ngày 10 tháng 12 năm 2025", None, "2025-12-10", None),
    ("31/10/2025", None, "2025-10-31", None),  # a bare date in a Tiến độ cell is a due date
    ("tháng 10/2025", "2025-10-01", "2025-10-31", None),
    ("Hoàn thành trong tháng 10 năm 2025", "2025-10-01", "2025-10-31", None),
    ("Tháng 02/2024", "2024-02-01", "2024-02-29", None),
    ("giai đoạn 2022-2025", "2022-01-01", "2025-12-31", None),
    ("Năm 2025-2030", "2025-01-01", "2030-12-31", None),
    ("2018-2020", "2018-01-01", "2020-12-31", None),
    ("từ ngày 01/10/2025 đến ngày 31/12/2025", "2025-10-01", "2025-12-31", None),
    ("từ tháng 10 đến tháng 12/2025", "2025-10-01", "2025-12-31", None),
    ("đến hết năm 2025", None, "2025-12-31", None),
    ("Đến năm 2030", None, "2030-12-31", None),
    ("trong năm 2022 và những năm tiếp theo", "2022-01-01", None, None),
    ("giai đoạn 2022 - 2025, mỗi năm", "2022-01-01", "2025-12-31", "annual"),
    ("hằng năm", None, None, "annual"),
    ("Hàng năm", None, None, "annual"),
    ("định kỳ hàng quý", None, None, "quarterly"),
    ("Định kỳ hàng quý, 6 tháng, hàng năm", None, None, "quarterly"),
    ("Định kỳ hàng quý, 6 tháng, năm hoặc đột xuất", None, None, "quarterly"),
    ("hàng tháng", None, None, "monthly"),
    ("6 tháng", None, None, "semiannual"),
    ("Định kỳ 06 tháng", None, None, "semiannual"),
    ("hàng tuần", None, None, "weekly"),
    ("hằng ngày", None, None, "daily"),
    ("Thường xuyên", None, None, "continuous"),
    ("Theo tiến độ của Đề án", None, None, None),
    ("Hoàn thành chậm nhất Quý II/2018\nTriển khai thí điểm từ năm 2018-2020", None, "2018-06-30", None),
]


@pytest.mark.parametrize("text,start,end,recurrence", CELLS)
def test_parse_deadline_forms(text, start, end, recurrence):
    found = parse_deadline(text, year=2021)
    assert (found.start, found.end, found.recurrence) == (start, end, recurrence)


def test_parse_deadline_keeps_the_whole_cell_text():
    cell = "Hoàn thành chậm nhất Quý II/2018\nTriển khai thí điểm từ năm 2018-2020"
    assert parse_deadline(cell).text == "Hoàn thành chậm nhất Quý II/2018 Triển khai thí điểm từ năm 2018-2020"
    assert parse_deadline("Theo tiến độ của Đề án").text == "Theo tiến độ của Đề án"


def test_parse_deadline_without_year_leaves_yearless_dates_open():
    found = parse_deadline("trước ngày 15.11")
    assert (found.start, found.end) == (None, None)


def test_parse_deadline_blank_cell_is_none():
    assert parse_deadline("  ") is None
    assert parse_deadline("-") is None


def _found(sentence, year=None):
    return [(d.text, d.start, d.end, d.recurrence) for _, _, d in find_deadlines(sentence, year)]


def test_find_deadlines_offsets_point_into_the_sentence():
    sentence = "Sở Nội vụ chủ trì tổ chức triển khai nội dung Kế hoạch này trong Quý I năm 2018; tham mưu"
    [(start, end, deadline)] = find_deadlines(sentence)
    assert sentence[start:end] == deadline.text == "trong Quý I năm 2018"
    assert (deadline.start, deadline.end) == ("2018-01-01", "2018-03-31")


def test_find_deadlines_takes_a_date_behind_a_cue():
    assert _found("Các sở gửi báo cáo về Sở Nội vụ trước ngày 15/12/2021 để tổng hợp.") == [
        ("trước ngày 15/12/2021", None, "2021-12-15", None)]


def test_find_deadlines_skips_citation_dates_and_document_numbers():
    sentence = ("Tổ chức tiếp nhận hồ sơ theo Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ "
                "và Quyết định số 4034/QĐ-UBND ngày 29 tháng 12 năm 2017.")
    assert _found(sentence) == []


def test_find_deadlines_skips_years_in_document_names():
    assert _found("Xây dựng kế hoạch CCHC năm 2020 phù hợp với tình hình thực tế của đơn vị.") == []
    assert _found("Triển khai Kế hoạch cải cách hành chính giai đoạn 2021-2025, định hướng đến năm 2030.") == []
    assert _found("Tuyên truyền về kết quả Chỉ số SIPAS năm 2021 tới người dân.") == []


def test_find_deadlines_takes_the_cued_deadline_after_a_named_plan():
    sentence = ("Xây dựng Kế hoạch cải cách hành chính năm 2018 của cơ quan (Kế hoạch gửi về Sở Nội vụ "
                "chậm nhất trong Quý I năm 2018 để tổng hợp).")
    assert _found(sentence) == [("chậm nhất trong Quý I năm 2018", None, "2018-03-31", None)]


def test_find_deadlines_takes_a_bare_year_outside_a_name():
    assert _found("Đôn đốc các chủ đầu tư đẩy nhanh giải ngân vốn đầu tư công năm 2022.") == [
        ("năm 2022", "2022-01-01", "2022-12-31", None)]


def test_find_deadlines_open_ended_year():
    sentence = "Góp phần nâng cao Chỉ số SIPAS của Sở trong năm 2022 và những năm tiếp theo."
    assert _found(sentence) == [("trong năm 2022 và những năm tiếp theo", "2022-01-01", None, None)]


def test_find_deadlines_the_years_last_months_and_the_next_ones_first_months_have_no_end():
    # (a conclusion notice, 2025: the work runs on into 2026 with no end said)
    assert _found("tập trung thực hiện các nhiệm vụ, giải pháp trong 02 tháng cuối năm 2025 và những tháng đầu năm "
                  "2026 theo tinh thần chỉ đạo của Thủ tướng Chính phủ", 2025) == [
        ("trong 02 tháng cuối năm 2025 và những tháng đầu năm 2026", "2025-11-01", None, None)]
    assert _found("đưa vào vận hành trong cuối năm 2025 và đầu năm 2026.", 2025) == [
        ("trong cuối năm 2025 và đầu năm 2026", None, None, None)]
    # (two years each with a job of its own stay two)
    assert _found("Hoàn thành trong năm 2025; tổng kết trong năm 2026.", 2025) == [
        ("Hoàn thành trong năm 2025", "2025-01-01", "2025-12-31", None),
        ("trong năm 2026", "2026-01-01", "2026-12-31", None)]


def test_find_deadlines_recurrence_list_and_report_year():
    sentence = "Báo cáo kết quả về Sở tại báo cáo CCHC định kỳ hàng Quý, 6 tháng và báo cáo năm 2022."
    assert _found(sentence) == [("định kỳ hàng Quý, 6 tháng", None, None, "quarterly")]


def test_find_deadlines_continuous_but_not_recurrent_spending():
    assert _found("Văn phòng Sở thường xuyên kiểm tra để rút kinh nghiệm.") == [
        ("thường xuyên", None, None, "continuous")]
    assert _found("Kinh phí được bố trí trong dự toán chi thường xuyên của cơ quan.") == []
    # frequent errors, continuing education, habitual residence, a recurrent budget: no time
    for sentence in ("Bộ Tài chính xử lý lỗi thường xuyên trên Cổng Thông tin một cửa quốc gia.",
                     "Trung tâm giáo dục thường xuyên tổ chức lớp học.",
                     "Rà soát những người hiện đang cư trú thường xuyên tại địa bàn thôn.",
                     "Bố trí từ nguồn kinh phí thường xuyên của đơn vị."):
        assert _found(sentence) == []
    # an exam's year names it (Công văn 1906/SGDĐT-CTrTT, Đà Nẵng 2020)
    assert _found("Rà soát sức khỏe học sinh tham gia kỳ thi tốt nghiệp trung học phổ thông năm 2020.") == []


def test_find_deadlines_ignores_courtesy_quy_and_year_counts():
    sentence = "Kính gửi Quý Thành viên, Thưa Quý khách và quý cơ quan; kế hoạch 5 năm của ngành."
    assert _found(sentence) == []


def test_find_deadlines_ignores_a_date_line_with_blank_day():
    assert _found("Khánh Hòa, ngày tháng 01 năm 2020") == []


def test_find_deadlines_semiannual_needs_a_recurrence_cue_in_text():
    assert _found("Thời hạn giải quyết là 6 tháng kể từ ngày nhận hồ sơ.") == []


# Spellings and runs seen in plans of other provinces (year 2025 stands for the document's year).
@pytest.mark.parametrize("text,start,end,recurrence", [
    ("Quí IV-2025", "2025-10-01", "2025-12-31", None),          # old spelling "Quí", year after a dash
    ("Quí I/2026", "2026-01-01", "2026-03-31", None),
    ("Hàng quí", None, None, "quarterly"),
    ("Quý I - II/2026", "2026-01-01", "2026-06-30", None),      # a run of quarters
    ("Quý III và Quý IV năm 2025", "2025-07-01", "2025-12-31", None),
    ("Quý I/2026 - Quý II/2026", "2026-01-01", "2026-06-30", None),
    ("tháng 10-12/2025", "2025-10-01", "2025-12-31", None),     # a run of months
    ("Tháng 10/2025 - Tháng 3/2026", "2025-10-01", "2026-03-31", None),
    ("tháng 6-2025", "2025-06-01", "2025-06-30", None),         # a dash before the year is no run
    ("12/2026", "2026-12-01", "2026-12-31", None),              # a bare month in a "Thời gian hoàn thành" cell
    ("06/2025", "2025-06-01", "2025-06-30", None),
    ("11-12/2021", "2021-11-01", "2021-12-31", None),           # a run of bare months
    ("2026 - 2030", "2026-01-01", "2030-12-31", None),
    ("Hằng năm", None, None, "annual"),
    ("Thường xuyên, hằng năm", None, None, "continuous"),
    ("Trước ngày\n30/11/2025", None, "2025-11-30", None),
    # a day of every year is no date of the document's year
    ("Tháng 12 hằng năm", None, None, "annual"),
    ("trước ngày 15/12 hằng năm", None, None, "annual"),
    ("trước ngày 01/6 và 15/11 hằng năm", None, None, "annual"),
    ("Tháng 12/2025 hằng năm", "2025-12-01", "2025-12-31", "annual"),
])
def test_parse_deadline_other_spellings(text, start, end, recurrence):
    found = parse_deadline(text, year=2025)
    assert (found.start, found.end, found.recurrence) == (start, end, recurrence)


def test_find_deadlines_yearless_report_dates_every_year():
    sentence = ("Ủy ban nhân dân các xã, phường định kỳ trước ngày 01/6 và 15/11 hằng năm (hoặc đột xuất khi có "
                "yêu cầu) báo cáo kết quả thực hiện về Sở Khoa học và Công nghệ.")
    found = find_deadlines(sentence, 2025)
    assert [(d.text, d.start, d.end, d.recurrence) for _, _, d in found][:1] == [
        ("trước ngày 01/6 và 15/11 hằng năm", None, None, "annual")]


def test_period_reviewed_is_no_deadline():
    assert find_deadlines("xây dựng video clip tổng kết năm 2025 bảo đảm sinh động", 2025) == []
    [(_, _, found)] = find_deadlines("tổ chức tổng kết năm 2025, hoàn thành trước ngày 15/12/2025", 2025)
    assert (found.start, found.end) == (None, "2025-12-15")


def test_find_deadlines_keeps_the_day_of_a_monthly_report():
    text = "báo cáo Thủ tướng Chính phủ kết quả thực hiện trước ngày 20 hằng tháng."
    [(start, end, deadline)] = find_deadlines(text, 2025)
    assert text[start:end] == deadline.text == "trước ngày 20 hằng tháng"
    assert (deadline.start, deadline.end, deadline.recurrence) == (None, None, "monthly")


def test_parse_deadline_ignores_a_year_in_a_document_name():
    cell = "Theo tiến độ được giao của Luật An ninh mạng 2025"
    assert parse_deadline(cell, 2025) == Deadline(text=cell)
    assert (parse_deadline("Hoàn thành năm 2025", 2025).end) == "2025-12-31"


def test_find_deadlines_end_of_the_documents_year():
    [(_, _, deadline)] = find_deadlines("Xây dựng kế hoạch, giải pháp từ nay đến cuối năm về kiểm soát chi phí.", 2025)
    assert (deadline.text, deadline.start, deadline.end) == ("đến cuối năm", None, "2025-12-31")
    assert find_deadlines("Sở Nội vụ tổng kết cuối năm.", 2025) == []  # the period reviewed


def test_medium_term_is_no_deadline_cue():
    # "trung hạn" (medium-term) names a kind of plan; "hạn" alone is a due date.
    assert find_deadlines("Lập, giao kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030", 2025) == []
    [(_, _, due)] = find_deadlines("Nộp báo cáo, hạn 30/6/2025", 2025)
    assert due.end == "2025-06-30"


def test_an_occasion_is_its_day():
    [(_, _, d)] = find_deadlines("khánh thành, khởi công dịp 19 tháng 12 năm 2025, trên tinh thần", 2025)
    assert (d.text, d.start, d.end) == ("dịp 19 tháng 12 năm 2025", "2025-12-19", "2025-12-19")


def test_an_hour_before_the_due_date_keeps_the_cue():
    text = "khẩn trương gửi Báo cáo về Văn phòng Chính phủ trước 17 giờ ngày 27/11/2025 để tổng hợp"
    [(start, end, d)] = find_deadlines(text, 2025)
    assert (text[start:end], d.start, d.end) == ("trước 17 giờ ngày 27/11/2025", None, "2025-11-27")
    [(_, _, d)] = find_deadlines("hoàn thành trước 16h30 ngày 01 tháng 12 năm 2025.", 2025)
    assert (d.start, d.end) == (None, "2025-12-01")


@pytest.mark.parametrize("text, start, end", [
    ("tổ chức từ ngày 15 đến ngày 31 tháng 12 năm 2025", "2025-12-15", "2025-12-31"),
    ("Thời gian: từ ngày 25 đến 30/11/2025", "2025-11-25", "2025-11-30"),
    ("diễn ra ngày 15-18/12/2025 tại Hà Nội", "2025-12-15", "2025-12-18"),
])
def test_a_first_day_takes_the_month_and_year_of_the_last(text, start, end):
    [(_, _, d)] = find_deadlines(text, 2025)
    assert (d.start, d.end) == (start, end)


@pytest.mark.parametrize("text, shown", [
    ("bảo đảm đến hết tháng 12 năm 2025 hoàn thành", "đến hết tháng 12 năm 2025"),
    ("tháo gỡ khó khăn xong cuối tháng 12 năm 2025 theo chỉ đạo", "xong cuối tháng 12 năm 2025"),
])
def test_the_end_of_a_month_is_a_due_date(text, shown):
    [(_, _, d)] = find_deadlines(text, 2025)
    assert (d.text, d.start, d.end) == (shown, None, "2025-12-31")


@pytest.mark.parametrize("sentence, shown", [
    ("báo cáo Thủ tướng Chính phủ trước ngày 30 tháng 01 của năm tiếp theo.",
     "trước ngày 30 tháng 01 của năm tiếp theo"),
    ("Báo cáo định kỳ: được lập và nộp trước ngày 15 tháng 02 của năm liền kề sau năm báo cáo, kỳ báo cáo là 01 năm.",
     "trước ngày 15 tháng 02 của năm liền kề sau năm báo cáo"),
    ("Các đơn vị lập dự toán gửi Sở Tài chính trước ngày 20/7 của năm trước năm kế hoạch.",
     "trước ngày 20/7 của năm trước năm kế hoạch"),
    # (Thông tư 40/2012/TT-BTC: the estimate for a year's funds, due the year before)
    ("Hội Chữ thập đỏ cấp tỉnh lập dự toán gửi Hội Chữ thập đỏ Việt Nam trước ngày 20 tháng 6 năm trước.",
     "trước ngày 20 tháng 6 năm trước"),
])
def test_a_day_of_the_year_after_or_before_recurs_every_year(sentence, shown):
    [(_, _, d)] = find_deadlines(sentence, 2025)
    assert (d.text, d.start, d.end, d.recurrence) == (shown, None, None, "annual")


@pytest.mark.parametrize("cell, start, end", [
    ("tháng 11/2025 đến tháng 4/2026", "2025-11-01", "2026-04-30"),
    ("Quý I/2026 đến Quý II/2026", "2026-01-01", "2026-06-30"),
])
def test_a_range_without_its_tu_runs_to_its_last_period(cell, start, end):
    deadline = parse_deadline(cell, 2025)
    assert (deadline.start, deadline.end) == (start, end)


def test_a_planned_day_gives_way_to_the_deadline_after_it():
    # (Kế hoạch of the Fatherland Front of xã Lương Minh, 2025: "Thời gian: Dự kiến ngày 30/01/2026 (Chậm nhất …)")
    deadline = parse_deadline("Dự kiến ngày 30/01/2026 (Chậm nhất ngày 03/02/2026 - 40 ngày trước bầu cử).", 2026)
    assert (deadline.start, deadline.end) == (None, "2026-02-03")


@pytest.mark.parametrize("line, recurrence", [
    ("- Báo cáo 6 tháng: Các cơ quan, đơn vị gửi Sở Tài chính trước ngày 05/7;", "semiannual"),
    ("- Báo cáo năm: Các cơ quan, đơn vị gửi Sở Tài chính trước ngày 15/12;", "annual"),
    ("Báo cáo quý: gửi trước ngày 20 của tháng cuối quý.", "quarterly"),
    ("Báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 15/12.", None),  # a report, no period's label
])
def test_a_report_periods_label_says_how_often(line, recurrence):
    assert report_period(line) == recurrence


def test_a_yearless_day_under_a_report_period_is_that_day_of_every_period():
    [(_, _, due)] = find_deadlines("gửi Sở Tài chính trước ngày 05/7", 2026)
    assert of_every_period(due, "semiannual") == Deadline(text="trước ngày 05/7", recurrence="semiannual")
    [(_, _, dated)] = find_deadlines("gửi Sở Tài chính trước ngày 05/7/2026", 2026)
    assert of_every_period(dated, "semiannual") == dated  # a day with its year is that day only


@pytest.mark.parametrize("text", [
    "triển khai Bộ Luật hình sự năm 2015 (sửa đổi, bổ sung một số điều năm 2017) đến cán bộ",
    "giám sát việc thành lập các tổ chức phụ trách bầu cử theo Luật Bầu cử năm 2015 (được sửa đổi, bổ sung năm 2025)",
    # (Chỉ thị 11/CT-TTg, 2020: when a treaty takes effect, not when the job is due)
    "triển khai các giải pháp xuất khẩu sang thị trường EU sau khi Hiệp định EVFTA có hiệu lực (từ giữa năm 2020)",
])
def test_the_year_in_an_aside_on_a_named_document_is_no_deadline(text):
    assert find_deadlines(text, 2025) == []
    assert find_deadlines("xây dựng Kế hoạch kiểm tra (hoàn thành trong năm 2025)", 2025)[0][2].end == "2025-12-31"


@pytest.mark.parametrize("sentence, shown, start, end", [
    # "thời hạn" alone says due by; with "trong" it gives the whole quarter, as "hoàn thành trong" does
    ("Xây dựng cẩm nang hỏi đáp về thuế, thời hạn hoàn thành trong Quý IV/2024.",
     "thời hạn hoàn thành trong Quý IV/2024", "2024-10-01", "2024-12-31"),
    ("Rà soát hồ sơ tồn đọng, thời hạn 30/10/2024.", "thời hạn 30/10/2024", None, "2024-10-30"),
    # a day without "ngày" and without its year, after "trước"
    ("Các xã báo cáo kết quả về Phòng Nội vụ trước 15/12.", "trước 15/12", None, "2024-12-15"),
    ("Kết thúc năm 2024, Chính phủ báo cáo kết quả thực hiện.", "Kết thúc năm 2024", None, "2024-12-31"),
])
def test_due_words_before_a_period(sentence, shown, start, end):
    [(_, _, d)] = find_deadlines(sentence, 2024)
    assert (d.text, d.start, d.end) == (shown, start, end)


def test_a_fraction_without_trước_is_no_day():
    assert find_deadlines("Phấn đấu 15/20 xã đạt chuẩn nông thôn mới.", 2024) == []


def test_a_tien_do_cell_with_its_day_left_blank_gives_the_month():
    # (a plan of the Fatherland Front of a xã, 2025: "ngày Tháng 11/2025 (sau khi … ban hành Hướng dẫn)")
    d = parse_deadline("ngày Tháng 11/2025 (sau khi Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh ban hành Hướng dẫn)", 2025)
    assert (d.start, d.end) == ("2025-11-01", "2025-11-30")
    # in running text such a day is a cited document's, not a deadline
    assert find_deadlines("Thực hiện Kế hoạch số /KH-UBND ngày tháng 11 năm 2025 của UBND tỉnh, Sở Y tế báo cáo.",
                          2025) == []


@pytest.mark.parametrize("cell, recurrence, start, end", [
    ("Thực hiện định kỳ hằng năm; Riêng năm 2020 hoàn thành trong quý II/2020", "annual", "2020-04-01", "2020-06-30"),
    ("Thường xuyên, hoàn thành trước 31/12/2025", "continuous", None, "2025-12-31"),
])
def test_a_recurring_cell_keeps_the_dates_it_gives_for_this_time(cell, recurrence, start, end):
    deadline = parse_deadline(cell, 2020)
    assert (deadline.recurrence, deadline.start, deadline.end) == (recurrence, start, end)
    assert parse_deadline("Hằng năm, trước ngày 15/12", 2020).end is None  # a yearless day is every year's


@pytest.mark.parametrize("sentence", [
    "Không cấp phép thi công đào lòng lề đường, vỉa hè trong giai đoạn cuối năm khi chất lượng không khí bị ô nhiễm.",
    "Thúc đẩy mạnh mẽ xuất khẩu, nhất là dịp cuối năm và đầu năm mới.",
])
def test_the_year_end_as_a_season_is_no_due_date(sentence):
    assert find_deadlines(sentence, 2025) == []
    assert find_deadlines("Xây dựng kế hoạch từ nay đến cuối năm.", 2025)[0][2].end == "2025-12-31"


def test_a_time_in_the_subject_of_a_cited_document_is_not_the_jobs():
    # (Văn phòng Chính phủ, 11554/VPCP-V.I, 2025: the task took "cuối năm 2025" from the resolution's subject, not its
    # own "trước ngày 30 tháng 11 năm 2025")
    text = ("Hoàn thiện Kế hoạch cao điểm theo chỉ đạo của Chính phủ tại Nghị quyết số 86/NQ-CP ngày 04 tháng 11 năm "
            "2025 về triển khai nhiệm vụ trọng tâm những tháng cuối năm 2025; báo cáo Phó Thủ tướng trước ngày 30 "
            "tháng 11 năm 2025")
    assert [d.text for _, _, d in find_deadlines(text, 2025)] == ["trước ngày 30 tháng 11 năm 2025"]
    # the job's own time after the cited document's subject still counts
    text = "Triển khai Kế hoạch số 12/KH-UBND về chuyển đổi số, hoàn thành trước cuối năm 2025"
    assert [d.end for _, _, d in find_deadlines(text, 2025)] == ["2025-12-31"]
