"""Tasks from plan tables (several layouts) and from prose assignments."""
import pytest

from extractors.assignments import cell_units, parse_assignment
from extractors.tasks import find_tasks
from pipeline.document import RawBlock, build_document
from pipeline.normalize import normalize_text
from pipeline.readers import read_document
from pipeline.txt_layout import layout_text
from tests.conftest import FIXTURES


def _prose(text, doc_type="Kế hoạch", year=2018):
    doc = build_document(layout_text(normalize_text(text)), "txt")
    return doc, find_tasks(doc, year, doc_type)


def _table(rows, before=(), year=2018):
    doc = build_document([RawBlock("heading", t) for t in before] + [RawBlock("table", rows=rows)], "docx")
    return doc, find_tasks(doc, year, "Kế hoạch")


def _spans_hold(doc, tasks):
    for task in tasks:
        assert doc.text[task.start:task.end] == task.text


def _read_tasks(text, year=None, doc_type=None):
    """The tasks of a text file's content, their spans checked."""
    doc = read_document("document.txt", text.encode())
    tasks = find_tasks(doc, year, doc_type)
    _spans_hold(doc, tasks)
    return tasks


# --- tables -------------------------------------------------------------------------------

PLAN_TABLE = [
    ["TT", "Nhiệm vụ", "Sản phẩm", "Tiến độ", "Phân công và cách thức thực hiện"],
    ["I", "CẢI CÁCH THỂ CHẾ"],
    ["1", "Xây dựng Quy chế phối hợp trong việc xây dựng, hoàn thiện các quy định, chính sách",
     "Quyết định của UBND tỉnh ban hành Quy chế", "Quý I/2018",
     "Sở Kế hoạch và Đầu tư chủ trì phối hợp với các sở, ngành, địa phương và các hội, hiệp hội tham mưu UBND "
     "tỉnh ban hành"],
    ["2", "Tiếp tục rà soát, hoàn thiện các biện pháp đẩy mạnh xã hội hóa một số lĩnh vực dịch vụ sự nghiệp công",
     "Đề án của từng lĩnh vực được UBND tỉnh phê duyệt", "Trong năm 2018",
     "- Các Sở: Giáo dục và Đào tạo, Y tế, Lao động - Thương binh và Xã hội xây dựng và trình UBND tỉnh Đề án.\n"
     "- Sở Kế hoạch và Đầu tư tổng hợp, đôn đốc.\n"
     "- Các Sở: Tài chính, Nội vụ phối hợp với Sở Kế hoạch và Đầu tư thẩm định."],
    ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"],
    ["1", "Triển khai phối hợp giải quyết hồ sơ điện tử theo cơ chế một cửa liên thông",
     "- Hồ sơ được luân chuyển dưới dạng điện tử.\n- Phần mềm được nâng cấp.", "Từ Quý II/2018",
     "- Các sở, ban, ngành, UBND cấp huyện, cấp xã tổ chức thực hiện.\n- Sở Nội vụ hướng dẫn, kiểm tra, đôn đốc."],
]


def test_plan_table_with_assignment_prose():
    doc, tasks = _table(PLAN_TABLE)
    _spans_hold(doc, tasks)
    assert [t.section for t in tasks] == ["I. CẢI CÁCH THỂ CHẾ"] * 2 + ["II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH"]
    first, second, third = tasks
    assert first.text.startswith("Xây dựng Quy chế phối hợp")
    assert first.product == "Quyết định của UBND tỉnh ban hành Quy chế"
    assert (first.deadline.start, first.deadline.end) == ("2018-01-01", "2018-03-31")
    assert first.lead == ["Sở Kế hoạch và Đầu tư"]
    assert first.coordinators == ["các sở, ngành, địa phương", "các hội, hiệp hội"]
    # Every unit given a job leads when no one chủ trì; units told to phối hợp coordinate.
    assert second.lead == ["Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Lao động - Thương binh và Xã hội",
                           "Sở Kế hoạch và Đầu tư"]
    assert second.coordinators == ["Sở Tài chính", "Sở Nội vụ"]
    assert third.lead == ["Các sở, ban, ngành", "Ủy ban nhân dân cấp huyện", "Ủy ban nhân dân cấp xã", "Sở Nội vụ"]
    assert (third.deadline.start, third.deadline.end) == ("2018-04-01", None)
    assert third.product == "Hồ sơ được luân chuyển dưới dạng điện tử. Phần mềm được nâng cấp."


def test_lead_and_coordinator_columns():
    doc, tasks = _table([
        ["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
        ["1.", "Rà soát các quy định pháp luật để tháo gỡ các điểm nghẽn", "Sở Tư pháp",
         "Sở KH&CN; các cơ quan, đơn vị liên quan", "30/06/2025"],
        ["2.", "Tổ chức lại Ban Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã", "Bộ CHQS tỉnh; UBND cấp xã",
         "Văn phòng Ban Chỉ huy; các sở, ban, ngành", "Trước ngày 30/11/2025"],
    ], year=2025)
    _spans_hold(doc, tasks)
    assert [t.lead for t in tasks] == [["Sở Tư pháp"], ["Bộ Chỉ huy Quân sự tỉnh", "Ủy ban nhân dân cấp xã"]]
    assert tasks[0].coordinators == ["Sở Khoa học và Công nghệ", "các cơ quan, đơn vị liên quan"]
    assert tasks[1].coordinators == ["Văn phòng Ban Chỉ huy", "các sở, ban, ngành"]
    assert (tasks[0].deadline.start, tasks[0].deadline.end) == (None, "2025-06-30")
    assert tasks[0].product is None


def test_columns_in_any_order_with_a_heading_as_section():
    doc, tasks = _table([
        ["TT", "Nhiệm vụ", "Tiến độ", "Sản phẩm", "Trách nhiệm thực hiện"],
        ["1", "Xây dựng quy trình, tiêu chuẩn đầu ra trong đào tạo, bồi dưỡng cán bộ, công chức", "Quý II/2018",
         "Quyết định phê duyệt của UBND tỉnh", "Sở Nội vụ chủ trì, phối hợp với các cơ quan có liên quan xây dựng"],
    ], before=["II. NHIỆM VỤ CỤ THỂ"])
    [task] = tasks
    assert task.product == "Quyết định phê duyệt của UBND tỉnh"
    assert (task.deadline.start, task.deadline.end) == ("2018-04-01", "2018-06-30")
    assert (task.lead, task.coordinators) == (["Sở Nội vụ"], ["các cơ quan có liên quan"])
    assert task.section == "II. NHIỆM VỤ CỤ THỂ"


def test_two_row_header():
    _, tasks = _table([
        ["TT", "Nội dung công việc", "Cơ quan thực hiện", "", "Thời gian"],
        ["", "", "Chủ trì", "Phối hợp", ""],
        ["1", "Cập nhật cơ sở dữ liệu thủ tục hành chính", "Văn phòng UBND tỉnh", "Các sở, ngành", "Thường xuyên"],
    ])
    [task] = tasks
    assert (task.lead, task.coordinators) == (["Văn phòng Ủy ban nhân dân tỉnh"], ["Các sở, ngành"])
    assert task.deadline.recurrence == "continuous"


def test_repeated_header_column_numbers_and_continued_table():
    header = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn"]
    doc = build_document([
        RawBlock("table", rows=[header, ["(1)", "(2)", "(3)", "(4)"],
                                ["1", "Ban hành kế hoạch chuyển đổi số", "Sở Khoa học và Công nghệ", "Quý III/2025"],
                                header,
                                ["2", "Số hóa hồ sơ thủ tục hành chính", "Văn phòng UBND tỉnh", "Năm 2025"]]),
        RawBlock("table", rows=[["3", "Rà soát hạ tầng mạng", "Công an tỉnh", "Tháng 12/2025"]]),
    ], "docx")
    tasks = find_tasks(doc, 2025, "Kế hoạch")
    assert [t.lead for t in tasks] == [["Sở Khoa học và Công nghệ"], ["Văn phòng Ủy ban nhân dân tỉnh"],
                                       ["Công an tỉnh"]]


def test_tables_of_figures_are_skipped():
    _, tasks = _table([
        ["TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2024", "Kế hoạch năm 2025"],
        ["1", "Tỉ lệ dịch vụ công trực tuyến toàn trình", "%", "85%", "100%"],
    ])
    assert tasks == []
    _, tasks = _table([
        ["TT", "Chỉ tiêu", "Đơn vị", "Kết quả"],
        ["1", "Tỉ lệ hồ sơ được số hóa", "%", "100%"],
    ])
    assert tasks == []
    # A unit that only follows the figures ("chủ trì theo dõi, đánh giá") is given no job.
    _, tasks = _table([
        ["TT", "Chỉ tiêu", "Đơn vị", "Kết quả", "Cơ quan chủ trì theo dõi, đánh giá"],
        ["1", "Tỉ lệ dịch vụ công trực tuyến toàn trình", "%", "100%", "Văn phòng Chính phủ"],
        ["2", "Tỷ lệ người dân có tài khoản định danh điện tử đạt 80%.", "%", "80%", "Công an tỉnh"],
    ])
    assert tasks == []


def test_a_table_of_the_procedures_a_decision_publishes_gives_no_jobs():
    # (Quyết định công bố thủ tục hành chính, Lai Châu 2025: its annex lists the procedures and how long each takes)
    _, tasks = _table([
        ["STT", "Tên TTHC", "Thời hạn giải quyết", "Địa điểm, thời gian, cách thức thực hiện TTHC", "Phí, lệ phí",
         "Căn cứ pháp lý"],
        ["1", "Thủ tục hỗ trợ chi phí mai táng", "05 ngày làm việc", "Tại Trung tâm phục vụ hành chính công tỉnh",
         "Không", "Nghị định số 182/2024/NĐ-CP"],
    ])
    assert tasks == []
    # (Quyết định 70/2024/QĐ-UBND Hà Nội: the goods whose price filings each department receives)
    _, tasks = _table([
        ["STT", "Tên hàng hóa, dịch vụ", "Cơ quan tiếp nhận kê khai giá"],
        ["1", "Xăng, dầu thành phẩm", "Sở Công Thương"],
        ["2", "Sữa dành cho trẻ em dưới 06 tuổi", "Sở Y tế"],
    ])
    assert tasks == []


def test_targets_given_to_units_are_tasks():
    doc, tasks = _table([
        ["TT", "Chỉ tiêu", "Chủ trì"],
        ["1", "Kinh tế số chiếm 45% GRDP tỉnh.", "Sở Tài chính"],
        ["2", "Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo đạt tối thiểu 40%",
         "Sở Khoa học và Công nghệ thúc đẩy, theo dõi, báo cáo chỉ tiêu"],
    ])
    assert [t.lead for t in tasks] == [["Sở Tài chính"], ["Sở Khoa học và Công nghệ"]]
    _spans_hold(doc, tasks)


def test_pipe_layout_table():
    text = "\n".join([
        "II. NHIỆM VỤ", "|", "TT", "|", "Nhiệm vụ", "|", "Đơn vị chủ trì", "|", "Đơn vị phối hợp", "|",
        "Thời gian thực hiện", "|", "|", "1", "|", "Triển khai nền tảng đào tạo", "trực tuyến mở cho người dân.", "|",
        "Sở KH&CN", "|", "Các sở, ban, ngành tỉnh; UBND các xã, phường", "|", "Thường xuyên", "|", "|",
    ])
    doc, tasks = _prose(text, year=2025)
    [task] = tasks
    _spans_hold(doc, tasks)
    assert task.text == "Triển khai nền tảng đào tạo trực tuyến mở cho người dân."
    assert task.lead == ["Sở Khoa học và Công nghệ"]
    assert task.coordinators == ["Các sở, ban, ngành tỉnh", "Ủy ban nhân dân các xã, phường"]


@pytest.mark.parametrize("cell,lead,coordinators", [
    ("Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh và các cơ quan, địa phương xây dựng đề án",
     ["Sở Nội vụ"], ["Văn phòng Ủy ban nhân dân tỉnh", "các cơ quan, địa phương"]),
    ("Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với các ngành, cơ quan liên quan tham mưu UBND tỉnh. "
     "Sở Kế hoạch và Đầu tư theo dõi, phối hợp và tổng hợp.",
     ["Sở Nông nghiệp và Phát triển nông thôn"], ["các ngành, cơ quan liên quan", "Sở Kế hoạch và Đầu tư"]),
    ("- Sở Nội vụ chủ trì, tham mưu hướng dẫn việc triển khai. - Các sở, ngành, địa phương thực hiện theo quy định.",
     ["Sở Nội vụ"], []),
    ("Các sở, ban, ngành hướng dẫn đơn vị xây dựng phương án; Sở Tài chính tham mưu UBND tỉnh",
     ["Các sở, ban, ngành", "Sở Tài chính"], []),
    ("Các cơ quan, đơn vị, địa phương xây dựng đề án, gửi Sở Nội vụ thẩm định, trình UBND tỉnh",
     ["Các cơ quan, đơn vị, địa phương", "Sở Nội vụ"], []),
    ("Các sở có đơn vị sự nghiệp kinh tế, sự nghiệp kinh tế khác trực thuộc chủ trì phối hợp với Sở Tài chính",
     ["Các sở có đơn vị sự nghiệp kinh tế, sự nghiệp kinh tế khác trực thuộc"], ["Sở Tài chính"]),
    ("Sở Tài chính chủ trì phối hợp Sở Nội vụ tham mưu UBND tỉnh", ["Sở Tài chính"], ["Sở Nội vụ"]),
    ("Chủ trì: Sở Nội vụ; Phối hợp: Sở Tài chính, các sở, ngành liên quan",
     ["Sở Nội vụ"], ["Sở Tài chính", "các sở, ngành liên quan"]),
    ("Bộ CHQS tỉnh; UBND cấp xã", ["Bộ Chỉ huy Quân sự tỉnh", "Ủy ban nhân dân cấp xã"], []),
    # partners listed on past more than one semicolon (Chương trình hành động of Kon Tum on labour relations, 2020)
    ("Sở Lao động - Thương binh và xã hội chủ trì, phối hợp với Liên đoàn Lao động tỉnh; các sở, ngành có liên quan; "
     "Ủy ban nhân dân các huyện, thành phố.", ["Sở Lao động - Thương binh và xã hội"],
     ["Liên đoàn Lao động tỉnh", "các sở, ngành có liên quan", "Ủy ban nhân dân các huyện, thành phố"]),
])
def test_parse_assignment(cell, lead, coordinators):
    found_lead, found_coordinators = parse_assignment(cell)
    assert found_lead == lead
    assert found_coordinators == coordinators


# --- prose --------------------------------------------------------------------------------

def test_unit_heading_with_job_bullets():
    doc, tasks = _prose(
        "V. TỔ CHỨC THỰC HIỆN\n"
        "1. Văn phòng Sở\n"
        "a) Xây dựng kế hoạch CCHC hàng năm của Sở; hướng dẫn, theo dõi việc tổ chức triển khai thực hiện;\n"
        "b) Phối hợp với các phòng, đơn vị thuộc Sở trong việc kiểm soát thủ tục hành chính.\n"
        "2. Phòng Kế hoạch - Tài chính phối hợp với Văn phòng Sở tham mưu lãnh đạo Sở bố trí kinh phí thực hiện.\n"
        "Trên đây là Kế hoạch cải cách hành chính, Giám đốc Sở yêu cầu các phòng, đơn vị nghiêm túc triển khai.\n")
    _spans_hold(doc, tasks)
    assert [t.text for t in tasks] == [
        "Xây dựng kế hoạch CCHC hàng năm của Sở; hướng dẫn, theo dõi việc tổ chức triển khai thực hiện",
        "Phối hợp với các phòng, đơn vị thuộc Sở trong việc kiểm soát thủ tục hành chính",
        "tham mưu lãnh đạo Sở bố trí kinh phí thực hiện",
    ]
    assert [t.lead for t in tasks] == [["Văn phòng Sở"]] * 2 + [["Phòng Kế hoạch - Tài chính"]]
    assert [t.coordinators for t in tasks] == [[], ["các phòng, đơn vị thuộc Sở"], ["Văn phòng Sở"]]
    assert [t.section for t in tasks] == ["1. Văn phòng Sở"] * 2 + ["V. TỔ CHỨC THỰC HIỆN"]
    assert tasks[0].deadline.recurrence == "annual"


def test_a_bullet_under_a_unit_heading_opening_with_its_duty_and_partners_is_the_job_after_them():
    """(Kế hoạch of Cần Thơ on population work, 2026) "a) Chủ trì, phối hợp với sở, ban, ngành … tăng cường …" under
    "1. Sở Y tế": the partners go to coordinators, the job is what follows them; a bullet opening on "Phối hợp với",
    a lead's bare duty ("Chủ trì tham mưu …") and working with partners as the job itself ("… trong việc …") stay
    whole, as labellers mostly keep them."""
    doc, tasks = _prose(
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Y tế\n"
        "a) Chủ trì, phối hợp với sở, ban, ngành, Ủy ban nhân dân xã, phường tăng cường kiểm tra, đôn đốc việc "
        "thực hiện chính sách về dân số;\n"
        "b) Phối hợp với Sở Tư pháp và các cơ quan liên quan tổ chức phổ biến các chủ trương về dân số;\n"
        "c) Chủ trì tham mưu kiện toàn tổ chức bộ máy làm công tác dân số;\n"
        "2. Sở Tài chính\n"
        "- Phối hợp với Sở Y tế trong việc bố trí kinh phí thực hiện.\n", year=2026)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.coordinators, t.text) for t in tasks] == [
        (["Sở Y tế"], ["sở, ban, ngành", "Ủy ban nhân dân xã, phường"],
         "tăng cường kiểm tra, đôn đốc việc thực hiện chính sách về dân số"),
        (["Sở Y tế"], ["Sở Tư pháp", "các cơ quan liên quan"],
         "Phối hợp với Sở Tư pháp và các cơ quan liên quan tổ chức phổ biến các chủ trương về dân số"),
        (["Sở Y tế"], [], "Chủ trì tham mưu kiện toàn tổ chức bộ máy làm công tác dân số"),
        (["Sở Tài chính"], ["Sở Y tế"], "Phối hợp với Sở Y tế trong việc bố trí kinh phí thực hiện")]


def test_lead_in_with_bullets_and_alias():
    doc, tasks = _prose(
        "1. Nội dung: Cải cách tổ chức bộ máy hành chính\n"
        "Văn phòng Sở chủ trì, phối hợp với các phòng chuyên môn, các đơn vị trực thuộc Sở (sau đây gọi chung là "
        "các cơ quan, đơn vị):\n"
        "- Tham mưu ban hành báo cáo định kỳ về CCHC gửi Sở Nội vụ đảm bảo chất lượng.\n"
        "- Phối hợp với các cơ quan, đơn vị điều tra xã hội học, đánh giá tác động của cải cách hành chính.\n")
    _spans_hold(doc, tasks)
    assert [t.text[:20] for t in tasks] == ["Tham mưu ban hành bá", "Phối hợp với các cơ "]
    for task in tasks:
        assert task.lead == ["Văn phòng Sở"]
        assert task.coordinators == ["các phòng chuyên môn", "các đơn vị trực thuộc Sở"]
        assert task.section == "1. Nội dung: Cải cách tổ chức bộ máy hành chính"


def test_numbered_items_in_to_chuc_thuc_hien():
    doc, tasks = _prose(
        "IV. Tổ chức thực hiện:\n"
        "1. Trưởng các phòng chuyên môn; Thủ trưởng các đơn vị trực thuộc Sở quán triệt và phổ biến Kế hoạch.\n"
        "2. Các phòng chuyên môn; Chi cục Phòng, chống tệ nạn xã hội xây dựng và triển khai kế hoạch tập huấn.\n"
        "3. Văn phòng Sở có trách nhiệm hướng dẫn, theo dõi việc triển khai thực hiện Kế hoạch, thường xuyên "
        "kiểm tra để rút kinh nghiệm.\n")
    _spans_hold(doc, tasks)
    assert [t.lead for t in tasks] == [["các phòng chuyên môn", "các đơn vị trực thuộc Sở"],
                                       ["Các phòng chuyên môn", "Chi cục Phòng, chống tệ nạn xã hội"],
                                       ["Văn phòng Sở"]]
    assert tasks[1].text == "xây dựng và triển khai kế hoạch tập huấn"
    assert tasks[2].text.startswith("hướng dẫn, theo dõi")  # "có trách nhiệm" is not the job
    assert tasks[2].deadline.recurrence == "continuous"
    assert {t.section for t in tasks} == {"IV. Tổ chức thực hiện:"}


def test_sentences_and_clauses():
    doc, tasks = _prose(
        "IV. Tổ chức thực hiện\n"
        "1. Sở Nội vụ chủ trì tham mưu Ủy ban nhân dân tỉnh tổ chức triển khai Kế hoạch này trong Quý I năm 2018; "
        "tham mưu, giúp Ủy ban nhân dân tỉnh tổng hợp, theo dõi việc thực hiện Kế hoạch.\n"
        "Phối hợp với các cơ quan, đơn vị liên quan trình Ủy ban nhân dân tỉnh thành lập các tổ công tác.\n"
        "2. Căn cứ nội dung Kế hoạch, quy định của cấp trên, các sở, ban, ngành, Ủy ban nhân dân cấp huyện xây dựng "
        "kế hoạch cải cách hành chính năm 2018 của cơ quan, đơn vị.\n"
        "3. Kinh phí được bố trí trong dự toán. Sở Tài chính có trách nhiệm hướng dẫn lập dự toán kinh phí.\n")
    _spans_hold(doc, tasks)
    assert [t.text for t in tasks] == [
        "tham mưu Ủy ban nhân dân tỉnh tổ chức triển khai Kế hoạch này trong Quý I năm 2018",
        "tham mưu, giúp Ủy ban nhân dân tỉnh tổng hợp, theo dõi việc thực hiện Kế hoạch",
        "Phối hợp với các cơ quan, đơn vị liên quan trình Ủy ban nhân dân tỉnh thành lập các tổ công tác",
        "xây dựng kế hoạch cải cách hành chính năm 2018 của cơ quan, đơn vị",
        "hướng dẫn lập dự toán kinh phí",
    ]
    assert (tasks[0].deadline.start, tasks[0].deadline.end) == ("2018-01-01", "2018-03-31")
    assert tasks[1].deadline is None
    assert (tasks[2].lead, tasks[2].coordinators) == (["Sở Nội vụ"], ["các cơ quan, đơn vị liên quan"])
    assert tasks[3].lead == ["các sở, ban, ngành", "Ủy ban nhân dân cấp huyện"]
    assert tasks[4].lead == ["Sở Tài chính"]


def test_request_and_assignment_verbs():
    _, tasks = _prose(
        "III. TỔ CHỨC THỰC HIỆN\n"
        "Sở Lao động - Thương binh và Xã hội yêu cầu các phòng, đơn vị trực thuộc nghiêm túc triển khai thực hiện, "
        "báo cáo kết quả định kỳ hàng quý.\n"
        "Giao Sở Tư pháp theo dõi, đôn đốc các cơ quan triển khai thực hiện Kế hoạch này.\n")
    assert [t.lead for t in tasks] == [["các phòng, đơn vị trực thuộc"], ["Sở Tư pháp"]]
    assert tasks[0].text.startswith("nghiêm túc triển khai")
    assert tasks[0].deadline.recurrence == "quarterly"


def test_a_unit_told_to_have_measures_or_a_plan_has_a_job():
    # (Chỉ thị 11/CT-TTg, 2020) "có biện pháp …" is a duty; "có kế hoạch số …" tells what a unit has
    _, tasks = _prose(
        "III. TỔ CHỨC THỰC HIỆN\n"
        "2. Đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, Phòng Thương mại và Công nghiệp Việt Nam, các hội "
        "nghề nghiệp có biện pháp động viên mọi thành phần kinh tế hăng hái khắc phục khó khăn.\n"
        "3. Các cơ quan, đơn vị có kế hoạch bồi dưỡng cán bộ, công chức trong năm 2018.\n"
        "4. Sở Nội vụ có kế hoạch số 12/KH-SNV về tuyển dụng công chức.\n")
    assert [(t.lead, t.text[:22]) for t in tasks] == [
        (["Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Phòng Thương mại và Công nghiệp Việt Nam",
          "các hội nghề nghiệp"], "có biện pháp động viên"),
        (["Các cơ quan, đơn vị"], "có kế hoạch bồi dưỡng ")]


def test_a_leadin_naming_its_items_kind_before_nhu_lists_jobs():
    # (Quyết định 2853/QĐ-UBND TP Hồ Chí Minh, 2025) the programmes "như:" lists are the jobs, done with the partners;
    # what "đối với:" lists is what the job covers
    doc, tasks = _prose(
        "III. TỔ CHỨC THỰC HIỆN\n"
        "5. Sở Y tế chủ trì, phối hợp với Sở Nông nghiệp và Môi trường thực hiện các chương trình có liên quan như:\n"
        "- Nâng cao năng lực ứng phó thiên tai cho người khuyết tật;\n"
        "- Tập huấn chuyên môn, đẩy mạnh truyền thông.\n"
        "6. Sở Tài chính chịu trách nhiệm cập nhật giá vào Cơ sở dữ liệu về giá đối với:\n"
        "- Hàng hóa, dịch vụ do Nhà nước định giá;\n"
        "- Hàng hóa, dịch vụ bình ổn giá.\n", year=2025)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.coordinators, t.text[:15]) for t in tasks] == [
        (["Sở Y tế"], ["Sở Nông nghiệp và Môi trường"], "Nâng cao năng l"),
        (["Sở Y tế"], ["Sở Nông nghiệp và Môi trường"], "Tập huấn chuyên"),
        (["Sở Tài chính"], [], "cập nhật giá và")]


def test_a_leadin_naming_only_units_after_a_numbered_job_heads_its_bullets():
    # (Quyết định 2853/QĐ-UBND TP Hồ Chí Minh, 2025: the bullets had gone to the unit of the point before)
    doc, tasks = _prose(
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Nông nghiệp và Môi trường theo dõi, đôn đốc việc thực hiện Kế hoạch.\n"
        "2. Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Nông nghiệp và Môi trường, Ủy ban nhân dân các phường, xã:\n"
        "- Xây dựng chương trình đào tạo cho giáo viên;\n"
        "- Lồng ghép nội dung phòng, chống thiên tai vào môn học.\n", year=2025)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.coordinators) for t in tasks[1:]] == [
        (["Sở Giáo dục và Đào tạo"], ["Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân các phường, xã"])] * 2


def test_award_quotas_of_an_emulation_plan_are_no_jobs():
    # (Kế hoạch 0125/KH-UBND Đắk Lắk, 2025) how many people each body may put up for an award
    _, tasks = _prose(
        "IV. KHEN THƯỞNG\n"
        "2. Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh\n"
        "a) Các cơ quan, đơn vị cấp tỉnh có liên quan đến công tác bầu cử:\n"
        "- Ban Chỉ đạo bầu cử của tỉnh: Không quá 05 cá nhân;\n"
        "- Ban bầu cử đại biểu Quốc hội: 01 cá nhân/01 ban;\n"
        "- Đoàn Kiểm tra giám sát bầu cử của tỉnh: Mỗi đoàn xét chọn 01 cá nhân/01 đoàn;\n"
        "b) Công an tỉnh, Sở Tài chính: mỗi đơn vị đề nghị không quá 01 tập thể, 03 cá nhân.\n"
        "3. Sở Nội vụ lựa chọn 05 cá nhân tiêu biểu, trình Chủ tịch Ủy ban nhân dân tỉnh khen thưởng.\n", year=2025)
    assert [(t.lead, t.text[:20]) for t in tasks] == [(["Sở Nội vụ"], "lựa chọn 05 cá nhân ")]


def test_award_quotas_written_xet_toi_da_are_no_jobs():
    # (Quyết định 2579/QĐ-UBND Cần Thơ, 2025) "… : Xét tối đa 15 tập thể và 30 cá nhân."
    _, tasks = _prose(
        "Điều 7. Khen thưởng\n"
        "1. Cơ quan Trung ương trên địa bàn thành phố: Xét tối đa 2 tập thể và 4 cá nhân.\n\n"
        "2. Cơ quan chuyên môn thuộc Ủy ban nhân dân thành phố: Chỉ tiêu xét tối đa 3 tập thể và 6 cá nhân.\n\n"
        "3. Ủy ban nhân dân xã, phường:\nXét tối đa 15 tập thể và 30 cá nhân.\n", doc_type="Quyết định", year=2025)
    assert tasks == []


def test_labelled_lines_under_job_bullets():
    doc, tasks = _prose(
        "1. Rà soát, kiện toàn đội ngũ công chức xây dựng pháp luật\n"
        "- Thường xuyên rà soát, kiện toàn đội ngũ cán bộ, công chức xây dựng chính sách, pháp luật.\n"
        "Đơn vị chủ trì thực hiện: Các Sở, ngành, đơn vị, UBND cấp xã.\n"
        "Đơn vị phối hợp: Sở Nội vụ, Sở Tư pháp.\n"
        "Thời gian thực hiện: Quý IV năm 2025.\n"
        "2. Tổ chức kiểm tra việc thi hành Luật\n"
        "- Cơ quan chủ trì: Sở Khoa học và Công nghệ.\n", year=2025)
    _spans_hold(doc, tasks)
    first, second = tasks
    assert first.text.startswith("Thường xuyên rà soát, kiện toàn")
    assert first.lead == ["Các Sở, ngành, đơn vị", "Ủy ban nhân dân cấp xã"]
    assert first.coordinators == ["Sở Nội vụ", "Sở Tư pháp"]
    assert (first.deadline.start, first.deadline.end) == ("2025-10-01", "2025-12-31")
    assert (second.text, second.lead) == ("Tổ chức kiểm tra việc thi hành Luật", ["Sở Khoa học và Công nghệ"])


def test_unit_before_a_colon_and_assignment_in_brackets():
    doc, tasks = _prose(
        "VI. TỔ CHỨC THỰC HIỆN\n"
        "- Sở Tài chính: Bố trí kinh phí thực hiện Kế hoạch theo quy định.\n"
        "- Tổ chức tập huấn nghiệp vụ cho công chức cấp xã trong Quý II năm 2025 (Sở Tư pháp chủ trì, phối hợp "
        "với Sở Nội vụ thực hiện).\n"
        "- Kiểm tra việc thực hiện Kế hoạch (theo Kế hoạch số 12/KH-UBND).\n", year=2025)
    _spans_hold(doc, tasks)
    assert [(t.text, t.lead, t.coordinators) for t in tasks] == [
        ("Bố trí kinh phí thực hiện Kế hoạch theo quy định", ["Sở Tài chính"], []),
        ("Tổ chức tập huấn nghiệp vụ cho công chức cấp xã trong Quý II năm 2025", ["Sở Tư pháp"], ["Sở Nội vụ"]),
    ]
    assert (tasks[1].deadline.start, tasks[1].deadline.end) == ("2025-04-01", "2025-06-30")


@pytest.mark.parametrize("text", [
    "Căn cứ Quyết định số 2243/QĐ-UBND ngày 10/9/2021 của UBND tỉnh, Sở Nội vụ xây dựng Kế hoạch như sau:",
    "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các sở, ban, ngành chịu trách nhiệm thi hành "
    "Quyết định này kể từ ngày ký./.",
    "Nơi nhận:\n- Sở Nội vụ;\n- Các phòng, đơn vị thuộc Sở;\n- Lưu: VT.",
    "I. MỤC TIÊU\na) Tỷ lệ hồ sơ trễ hạn không quá 2%.\nb) 100% thủ tục hành chính được thực hiện trực tuyến.",
    "Năm 2021, Sở Lao động - Thương binh và Xã hội đã ban hành Kế hoạch số 03/KH-LĐTBXH về công tác CCHC.",
    "Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị quán triệt, thực hiện có hiệu quả Kế hoạch này./.",
    "Điều 2. Đối tượng áp dụng\n1. Các cơ quan, tổ chức tham gia vận hành Hệ thống thông tin giải quyết TTHC.",
])
def test_no_false_tasks(text):
    assert _prose(text)[1] == []


def test_reports_assign_nothing_in_prose():
    text = "1. Công tác chỉ đạo\nCác phòng thường xuyên cập nhật tin, bài lên Trang thông tin điện tử của Sở."
    assert _prose(text, doc_type="Tin bài")[1] == []
    assert len(_prose(text, doc_type="Kế hoạch")[1]) == 1


# --- layouts and spellings of other provinces ---------------------------------------------------

PIPE_TABLE = """PHỤ LỤC
|
**STT**
|
**Tên nhiệm vụ**
|
**Cơ quan chủ trì**
|
**Cơ quan phối hợp**
|
**Thời gian hoàn thành**
|
|
**I. HOÀN THIỆN CƠ CHẾ, CHÍNH SÁCH**
|
|
1
|
Xây dựng Bộ tiêu chí đánh
giá mức độ chuyển đổi số doanh nghiệp.
|
Sở KH&CN
|
Sở Nội vụ; các cơ quan, đơn vị liên quan; UBND các xã, phường
|
Quí IV-2025
|
|
2
|
Triển khai chiến lược chuyển đổi số lĩnh vực hạ tầng khu công nghiệp, khu kinh tế
|
Ban Quản lý các Khu công nghiệp, khu kinh tế
|
Ban Quản lý Khu kinh tế, Sở Công Thương, các doanh nghiệp viễn thông;
các cơ quan, đơn vị liên quan
|
Thường xuyên, hằng năm
|
|
3
|
Tổ chức lại Ban Chỉ huy Phòng thủ dân sự cấp tỉnh
|
Bộ CHQS tỉnh (chủ trì), Sở Tài chính, VP UBND tỉnh
|
Văn phòng BCHPTDS tỉnh
|
Trước ngày
30/11/2025
|
"""


def test_pipe_table_of_another_province():
    doc, tasks = _prose(PIPE_TABLE, year=2025)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.coordinators) for t in tasks] == [
        (["Sở Khoa học và Công nghệ"],
         ["Sở Nội vụ", "các cơ quan, đơn vị liên quan", "Ủy ban nhân dân các xã, phường"]),
        (["Ban Quản lý các Khu công nghiệp, khu kinh tế"],
         ["Ban Quản lý Khu kinh tế", "Sở Công Thương", "các doanh nghiệp viễn thông", "các cơ quan, đơn vị liên quan"]),
        (["Bộ Chỉ huy Quân sự tỉnh"], ["Sở Tài chính", "Văn phòng Ủy ban nhân dân tỉnh",
                                       "Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh"]),
    ]
    assert tasks[0].text == "Xây dựng Bộ tiêu chí đánh giá mức độ chuyển đổi số doanh nghiệp."
    assert [(t.deadline.start, t.deadline.end, t.deadline.recurrence) for t in tasks] == [
        ("2025-10-01", "2025-12-31", None), (None, None, "continuous"), (None, "2025-11-30", None)]


@pytest.mark.parametrize("cell,lead,coords", [
    ("Sở Nội vụ (chủ trì), Sở Tài chính, Văn phòng UBND tỉnh",
     ["Sở Nội vụ"], ["Sở Tài chính", "Văn phòng Ủy ban nhân dân tỉnh"]),
    ("Công an tỉnh (chủ trì); Sở KH&CN (phối hợp)", ["Công an tỉnh"], ["Sở Khoa học và Công nghệ"]),
    ("Sở Tư pháp (cơ quan chủ trì); các sở, ngành liên quan", ["Sở Tư pháp"], ["các sở, ngành liên quan"]),
])
def test_assignment_marked_in_brackets(cell, lead, coords):
    assert parse_assignment(cell) == (lead, coords)


def test_labelled_lead_keeps_the_whole_unit_list():
    doc, tasks = _prose(
        "6. Thực hiện chính sách đặc thù đối với người làm công tác xây dựng pháp luật\n\n"
        "- Thực hiện kịp thời, đầy đủ chế độ hỗ trợ đối với người trực tiếp làm công tác xây dựng pháp luật.\n\n"
        "*Đơn vị chủ trì thực hiện: *Các cơ quan, đơn vị theo quy định.\n\n"
        "*Đơn vị phối hợp: *Sở Tài chính, Sở Tư pháp.\n\n"
        "*Thời gian thực hiện: *Từ 01/7/2025.\n", year=2025)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.coordinators, t.deadline.start) for t in tasks] == [
        (["Các cơ quan, đơn vị"], ["Sở Tài chính", "Sở Tư pháp"], "2025-07-01")]  # "theo quy định" names no unit


def test_unit_heading_after_de_nghi():
    doc, tasks = _prose(
        "IV. TỔ CHỨC THỰC HIỆN\n\n"
        "6. Đề nghị: Hội Nông dân tỉnh, Liên minh Hợp tác xã tỉnh\n\n"
        "a) Tuyên truyền, vận động hội viên tích cực tham gia các hoạt động chuyển đổi số.\n\n"
        "b) Phối hợp với Sở Khoa học và Công nghệ đánh giá nhu cầu chuyển đổi số của doanh nghiệp.\n", year=2025)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.coordinators) for t in tasks] == [
        (["Hội Nông dân tỉnh", "Liên minh Hợp tác xã tỉnh"], []),
        (["Hội Nông dân tỉnh", "Liên minh Hợp tác xã tỉnh"], ["Sở Khoa học và Công nghệ"]),
    ]


@pytest.mark.parametrize("text", [
    # how to raise problems is no job, nor is the clause after its ";"
    "5. Trong quá trình triển khai thực hiện Kế hoạch, nếu có khó khăn, vướng mắc, các sở, ban, ngành, Ủy ban nhân "
    "dân các xã, phường kịp thời phản ánh về Sở Nội vụ để tổng hợp, báo cáo theo quy định.",
    "Trong quá trình thực hiện nếu có khó khăn, vướng mắc đề nghị các cơ quan, đơn vị phản ánh về Sở Khoa học và "
    "Công nghệ để phối hợp giải quyết; trường hợp vượt thẩm quyền, Sở Khoa học và Công nghệ tổng hợp báo cáo Ủy ban "
    "nhân dân tỉnh xem xét, quyết định./.",
    "Trong quá trình thực hiện, nếu cần sửa đổi, bổ sung, các sở, ngành phản ánh về Sở Tư pháp để tổng hợp.",
    "Trường hợp cần điều chỉnh Quy chế này, các sở, ngành phản ánh về Sở Tư pháp để tổng hợp.",
    # the plan's requirements are no jobs
    "I. MỤC ĐÍCH, YÊU CẦU\n\n2. Yêu cầu\n\n- Các sở, ban, ngành, Ủy ban nhân dân các xã, phường triển khai thực "
    "hiện thống nhất, đầy đủ, đồng bộ.",
])
def test_no_tasks_in_closing_conditions_and_requirements(text):
    assert _prose(text, year=2025)[1] == []


def test_a_job_before_the_closing_condition_stays():
    doc, tasks = _prose("4. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch này theo quy định.\n\n"
                        "5. Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan phản ánh về Sở Tài chính.",
                        year=2025)
    assert [(t.text, t.lead) for t in tasks] == [("bố trí kinh phí thực hiện Kế hoạch này theo quy định",
                                                  ["Sở Tài chính"])]


def test_table_without_coordinator_column_reads_them_in_the_task():
    doc, tasks = _table([
        ["STT", "Nhiệm vụ", "Văn bản giao nhiệm vụ", "Cơ quan chủ trì thực hiện", "Thời hạn hoàn thành"],
        ["1.", "Chủ trì, phối hợp với Bộ Công an và các cơ quan liên quan bám sát lộ trình, hoàn thành kết nối dữ liệu",
         "Thông báo số 30-TB/TGV ngày 13/6/2025", "Bộ Y tế", "31/10/2025"],
        ["2.", "Rà soát các quy định pháp luật để tháo gỡ điểm nghẽn", "Nghị quyết số 71/NQ-CP", "Các bộ, ngành",
         "30/06/2025"],
    ], year=2025)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.coordinators, t.deadline.end) for t in tasks] == [
        (["Bộ Y tế"], ["Bộ Công an", "các cơ quan liên quan"], "2025-10-31"),
        (["Các bộ, ngành"], [], "2025-06-30"),
    ]


def test_giao_heading_over_job_bullets():
    doc, tasks = _prose(
        "Chủ tịch Ủy ban nhân dân Thành phố có ý kiến chỉ đạo như sau:\n\n"
        "1. Giao người đứng đầu các cơ quan chuyên môn; Chủ tịch Ủy ban nhân dân các xã, phường và đặc khu\n\n"
        "- Hoàn thành cập nhật cơ sở dữ liệu cán bộ, công chức trước ngày 06 tháng 12 năm 2025.\n\n"
        "2. Giao Sở Nội vụ\n\n"
        "- Hướng dẫn, theo dõi tiến độ cập nhật dữ liệu của các cơ quan, đơn vị.\n\n"
        "Đề nghị các cơ quan, đơn vị khẩn trương triển khai, thực hiện./.", doc_type="Công văn", year=2025)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.deadline and t.deadline.end) for t in tasks] == [
        (["các cơ quan chuyên môn", "Ủy ban nhân dân các xã, phường và đặc khu"], "2025-12-06"),
        (["Sở Nội vụ"], None),
    ]


def test_bodies_asked_or_encouraged():
    doc, tasks = _prose(
        "IV. TỔ CHỨC THỰC HIỆN\n\n"
        "8. Đề nghị Ủy ban MTTQ tỉnh và các tổ chức chính trị - xã hội tăng cường tuyên truyền, vận động Nhân dân "
        "tham gia thực hiện Kế hoạch.\n\n"
        "9. Khuyến khích Liên đoàn Lao động tỉnh, Hội Nông dân tỉnh xây dựng kế hoạch hành động.\n\n"
        "10. Khuyến khích các doanh nghiệp đầu tư cho chuyển đổi số.", year=2025)
    _spans_hold(doc, tasks)
    assert [(t.text, t.lead) for t in tasks] == [
        ("tăng cường tuyên truyền, vận động Nhân dân tham gia thực hiện Kế hoạch",
         ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "các tổ chức chính trị - xã hội"]),
        ("xây dựng kế hoạch hành động", ["Liên đoàn Lao động tỉnh", "Hội Nông dân tỉnh"]),
    ]


def test_labelled_units_without_the_scope_of_their_work():
    doc, tasks = _prose(
        "4. Tổ chức kiểm tra việc thi hành Luật Việc làm\n\n"
        "- Cơ quan thực hiện: Sở Nội vụ, các sở, ban, ngành Thành phố trong phạm vi chức năng, nhiệm vụ của mình và "
        "các cơ quan, tổ chức khác có liên quan.\n\n"
        "- Thời gian thực hiện: Năm 2026 và các năm tiếp theo.", year=2025)
    assert [(t.lead, t.deadline.start, t.deadline.end) for t in tasks] == [
        (["Sở Nội vụ", "các sở, ban, ngành Thành phố", "các cơ quan, tổ chức khác có liên quan"], "2026-01-01", None)]


def test_table_ditto_and_merged_lead_cells():
    doc, tasks = _table([
        ["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
        ["I", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"],
        ["1", "Rà soát thủ tục hành chính", "Văn phòng UBND tỉnh", "Các sở, ban, ngành", "Quý I/2026"],
        ["2", "Công bố danh mục thủ tục hành chính", "", "Như trên", "- nt -"],
        ["II", "CẢI CÁCH TỔ CHỨC BỘ MÁY"],
        ["1", "Sắp xếp tổ chức bộ máy", "Sở Nội vụ", "", "Năm 2026"],
    ], year=2025)
    assert [(t.lead, t.coordinators, t.deadline.text) for t in tasks] == [
        (["Văn phòng Ủy ban nhân dân tỉnh"], ["Các sở, ban, ngành"], "Quý I/2026"),
        (["Văn phòng Ủy ban nhân dân tỉnh"], ["Các sở, ban, ngành"], "Quý I/2026"),
        (["Sở Nội vụ"], [], "Năm 2026"),
    ]


def test_numbered_duties_after_a_unit():
    doc, tasks = _prose(
        "6. Bảo đảm kinh phí\n\n"
        "a) Bộ Tài chính: (1) Chủ trì, phối hợp với Bộ Nội vụ và các bộ, ngành liên quan nghiên cứu, đề xuất "
        "cơ chế tài chính, hoàn thành trong tháng 12 năm 2025; (2) Phân bổ đủ vốn cho các dự án trọng điểm; "
        "(3) hướng dẫn các địa phương lập dự toán (gồm: (i) vốn đầu tư; (ii) chi thường xuyên).\n\n"
        "b) Sở Y tế xây dựng kế hoạch khám sức khỏe.", "Thông báo", year=2025)
    _spans_hold(doc, tasks)
    assert [(t.text, t.lead, t.coordinators, t.deadline and t.deadline.end) for t in tasks] == [
        ("nghiên cứu, đề xuất cơ chế tài chính, hoàn thành trong tháng 12 năm 2025", ["Bộ Tài chính"],
         ["Bộ Nội vụ", "các bộ, ngành liên quan"], "2025-12-31"),
        ("Phân bổ đủ vốn cho các dự án trọng điểm", ["Bộ Tài chính"], [], None),
        ("hướng dẫn các địa phương lập dự toán (gồm: (i) vốn đầu tư; (ii) chi thường xuyên)", ["Bộ Tài chính"], [],
         None),
        ("xây dựng kế hoạch khám sức khỏe", ["Sở Y tế"], [], None),
    ]


def test_completion_deadline_wins_over_a_period_in_the_job():
    doc, tasks = _prose(
        "g) Bộ Y tế xây dựng, trình cấp có thẩm quyền phê duyệt Kế hoạch triển khai bệnh án điện tử toàn quốc "
        "giai đoạn 2026 - 2030, hoàn thành trong tháng 12 năm 2025.\n\n"
        "h) Bộ Công an tiếp tục mở rộng Trung tâm Dữ liệu quốc gia, nhiệm vụ thường xuyên; nghiên cứu, đề xuất "
        "xây dựng Trung tâm dữ liệu số 2, hoàn thành trước ngày 10 tháng 12 năm 2025.\n\n"
        "i) Sở Nội vụ thường xuyên kiểm tra, đôn đốc việc thực hiện.", "Thông báo", year=2025)
    assert [(t.deadline.start, t.deadline.end, t.deadline.recurrence) for t in tasks] == [
        ("2025-12-01", "2025-12-31", None), (None, "2025-12-10", None), (None, None, "continuous")]


def test_a_due_date_wins_over_the_period_of_an_event_but_not_over_a_recurrence():
    doc, tasks = _prose(
        "1. Ủy ban nhân dân các tỉnh báo cáo nhu cầu hỗ trợ để sửa chữa nhà cửa bị thiệt hại do đợt mưa lũ từ ngày "
        "16/11 đến ngày 22/11/2025, gửi Bộ Tài chính trước ngày 03/12/2025 để tổng hợp.\n\n"
        "2. Các sở, ban, ngành định kỳ hằng năm (trước ngày 15 tháng 12) báo cáo kết quả về Sở Tư pháp.",
        "Công điện", year=2025)
    assert [(t.deadline.start, t.deadline.end, t.deadline.recurrence) for t in tasks] == [
        (None, "2025-12-03", None), (None, None, "annual")]


def test_a_lead_unit_that_reports_done_work_gets_no_task():
    doc, tasks = _prose("III. TỔ CHỨC THỰC HIỆN\n\n"
                        "1. Sở Tư pháp chủ trì đã hoàn thiện dự thảo quy chế phối hợp trong năm 2017.\n\n"
                        "2. Sở Nội vụ chủ trì, phối hợp với Sở Tài chính tham mưu kế hoạch trong Quý I/2018.\n")
    assert [(t.lead, t.text) for t in tasks] == [(["Sở Nội vụ"], "tham mưu kế hoạch trong Quý I/2018")]


def test_who_runs_or_elects_a_body_and_what_it_answers_to_are_no_jobs():
    """A constitution's or a statute's description of a body: by whom it is led or chosen ("do …"), to whom it
    answers ("chịu sự …"), an alternative proposer ("hoặc …"); the job after them stays."""
    doc, tasks = _prose("Điều 107\n\n"
                        "1. Viện kiểm sát nhân dân thực hành quyền công tố, kiểm sát hoạt động tư pháp.\n\n"
                        "2. Viện kiểm sát nhân dân do Viện trưởng lãnh đạo.\n\n"
                        "3. Tòa án nhân dân chịu sự giám sát của Quốc hội.\n\n"
                        "4. Theo đề nghị của Chủ tịch nước, Thủ tướng Chính phủ hoặc của ít nhất một phần ba tổng số "
                        "đại biểu Quốc hội, Quốc hội quyết định họp kín.\n", year=2013)
    assert [(t.lead, t.text) for t in tasks] == [
        (["Viện kiểm sát nhân dân"], "thực hành quyền công tố, kiểm sát hoạt động tư pháp")]


def test_a_bullet_partnering_with_listed_communes_is_a_job_not_a_partners_label_for_the_job_above():
    doc, tasks = _prose("Sở Nông nghiệp và Môi trường yêu cầu Công ty Cổ phần Khánh An thực hiện các nội dung sau:\n"
                        "- Thực hiện cắm mốc khu vực khai thác.\n"
                        "- Phối hợp với Ủy ban nhân dân các xã: Gia Phú, Bảo Thắng khẩn trương thực hiện công tác bồi "
                        "thường, giải phóng mặt bằng.\n", doc_type="Công văn", year=2026)
    communes = ["Ủy ban nhân dân xã Gia Phú", "Ủy ban nhân dân xã Bảo Thắng"]
    assert [(t.coordinators, t.text[:20]) for t in tasks] == [([], "Thực hiện cắm mốc kh"), (communes, "Phối hợp với Ủy ban ")]


def test_the_cases_a_point_leaves_out_are_no_jobs_and_the_next_point_is_the_headings_again():
    doc, tasks = _prose("Điều 3. Trách nhiệm của Sở Tài chính\n\n"
                        "1. Quyết định cho thuê đất thu tiền thuê đất hằng năm cho các tổ chức, trừ các trường hợp "
                        "sau đây:\n\n"
                        "a) Dự án thuộc địa bàn từ 2 xã, phường trở lên;\n\n"
                        "b) Cho thuê đất đối với tổ chức tôn giáo.\n\n"
                        "2. Quyết định giao đất cho các tổ chức được miễn tiền sử dụng đất.\n",
                        doc_type="Quyết định", year=2026)
    assert [(t.lead, t.text[:30]) for t in tasks] == [
        (["Sở Tài chính"], "Quyết định cho thuê đất thu ti"), (["Sở Tài chính"], "Quyết định giao đất cho các tổ")]


def test_an_article_delegating_powers_gives_its_points_to_the_delegate_an_office_holder_with_the_title():
    doc, tasks = _prose("Điều 4. Phân cấp cho Sở Y tế thực hiện một số nhiệm vụ, quyền hạn sau\n\n"
                        "1. Quản lý an toàn thực phẩm đối với cơ sở kinh doanh dịch vụ ăn uống.\n\n"
                        "2. Tổ chức tiếp nhận bản tự công bố sản phẩm.\n\n"
                        "Điều 5. Thẩm quyền của Ủy ban nhân dân cấp tỉnh phân cấp cho Chủ tịch Ủy ban nhân dân cấp xã\n\n"
                        "1. Quyết định giao đất không thu tiền sử dụng đất cho các tổ chức.\n\n"
                        "Điều 6. Ủy quyền cho Giám đốc Sở Khoa học và Công nghệ thực hiện giải quyết thủ tục hành "
                        "chính trong lĩnh vực tiêu chuẩn đo lường chất lượng.\n", doc_type="Quyết định", year=2025)
    assert [(t.lead, t.text[:25]) for t in tasks] == [
        (["Sở Y tế"], "Quản lý an toàn thực phẩm"), (["Sở Y tế"], "Tổ chức tiếp nhận bản tự "),
        (["Chủ tịch Ủy ban nhân dân cấp xã"], "Quyết định giao đất không"),
        (["Giám đốc Sở Khoa học và Công nghệ"], "thực hiện giải quyết thủ "),
    ]


def test_full_accountability_or_a_condition_gives_no_described_subject():
    """"X phải chịu trách nhiệm toàn diện trước pháp luật" says who answers, like "chịu trách nhiệm trước …"; a
    condition ("Trường hợp không báo cáo … thì phải …") is no body."""
    doc, tasks = _prose("1. Tổ chức lập bản đồ hiện trạng, bản vẽ mặt cắt phải chịu trách nhiệm toàn diện trước pháp "
                        "luật về tính chính xác của số liệu.\n\n"
                        "2. Trường hợp không báo cáo, báo cáo không đầy đủ thì phải chịu trách nhiệm về việc khai "
                        "báo không trung thực.\n\n"
                        "3. Cơ quan tiếp nhận kê khai giá có trách nhiệm kiểm tra hồ sơ kê khai.\n",
                        doc_type="Công văn", year=2025)
    assert [(t.lead, t.text) for t in tasks] == [(["Cơ quan tiếp nhận kê khai giá"], "kiểm tra hồ sơ kê khai")]


def test_a_letters_paragraph_right_under_a_numbered_topic_is_a_point_of_its_addressees():
    doc, tasks = _prose("Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.\n\n"
                        "Tổng cục Thuế đề nghị Cục Thuế các tỉnh, thành phố thực hiện một số công việc sau:\n\n"
                        "1.2. Về lĩnh vực hoàn thuế:\n\n"
                        "Tăng cường công tác quản lý hoàn thuế, đảm bảo việc hoàn thuế đúng đối tượng theo quy định.\n\n"
                        "- Hội nghị 5: Gồm các tỉnh/thành phố:\n\n"
                        "Cần Thơ, Đồng Tháp, An Giang, Vĩnh Long, Cà Mau.\n", doc_type="Công văn", year=2022)
    assert [(t.lead, t.text[:30]) for t in tasks] == [
        (["Cục Thuế các tỉnh, thành phố trực thuộc Trung ương"], "Tăng cường công tác quản lý ho")]


def test_days_under_a_report_periods_label_recur_in_the_paragraphs_its_item_runs_on_to():
    doc, tasks = _prose("7. Tổ chức thực hiện\n"
                        "- Báo cáo 6 tháng: Các cơ quan, đơn vị gửi Sở Tài chính trước ngày 05/7;\n"
                        "Sở Tài chính tổng hợp báo cáo Ủy ban nhân dân tỉnh trước ngày 10/7.\n"
                        "- Sở Xây dựng hoàn thành rà soát trước ngày 30/9.\n", doc_type="Công văn", year=2026)
    assert [(t.lead, t.deadline.text, t.deadline.end, t.deadline.recurrence) for t in tasks] == [
        (["Các cơ quan, đơn vị"], "trước ngày 05/7", None, "semiannual"),
        (["Sở Tài chính"], "trước ngày 10/7", None, "semiannual"),
        (["Sở Xây dựng"], "trước ngày 30/9", "2026-09-30", None),
    ]


def test_a_long_article_title_is_no_job_of_the_last_articles_unit():
    """An article's title too long to read as a heading ("Điều 6. Phối hợp trong tuyên truyền, …" over four lines)
    starts a new article: the unit heading and the last job of the article before are done."""
    doc, tasks = _prose("Điều 5. Phối hợp trong tham mưu xây dựng văn bản\n\n"
                        "3. Các cơ quan, đơn vị liên quan\n\n"
                        "Căn cứ chức năng quản lý, phối hợp với Sở Dân tộc và Tôn giáo tham mưu ban hành văn bản.\n\n"
                        "Điều 6. Phối hợp trong tuyên truyền, phổ biến các chủ trương, đường lối của Đảng, chính sách, "
                        "pháp luật của Nhà nước về tín ngưỡng, tôn giáo và tập huấn, bồi dưỡng chuyên môn nghiệp vụ cho "
                        "cán bộ, công chức làm công tác tín ngưỡng, tôn giáo trên địa bàn tỉnh và các xã, phường\n\n"
                        "1. Sở Dân tộc và Tôn giáo\n\n"
                        "a) Chủ trì xây dựng kế hoạch tuyên truyền.\n", doc_type="Quyết định", year=2025)
    assert [(t.lead, t.text[:30]) for t in tasks] == [
        (["Các cơ quan, đơn vị liên quan"], "Căn cứ chức năng quản lý, phối"),
        (["Sở Dân tộc và Tôn giáo"], "Chủ trì xây dựng kế hoạch tuyê"),
    ]


def test_the_duties_of_listed_departments_ending_in_a_full_stop_head_their_points():
    doc, tasks = _prose("Điều 15. Trách nhiệm của các Sở, ngành Thành phố\n\n"
                        "2. Trách nhiệm của các Sở: Xây dựng, Tài chính, Nội vụ.\n\n"
                        "a) Chủ trì, phối hợp với UBND cấp xã tham mưu cấp có thẩm quyền về kinh phí.\n\n"
                        "b) Chỉ đạo, hướng dẫn, tập huấn nghiệp vụ cho cấp xã.\n", doc_type="Quyết định", year=2025)
    departments = ["Sở Xây dựng", "Sở Tài chính", "Sở Nội vụ"]
    assert [(t.lead, t.coordinators, t.text) for t in tasks] == [
        (departments, ["Ủy ban nhân dân cấp xã"], "tham mưu cấp có thẩm quyền về kinh phí"),
        (departments, [], "Chỉ đạo, hướng dẫn, tập huấn nghiệp vụ cho cấp xã"),
    ]


def test_a_committees_working_principle_is_no_job_its_head_and_members_duties_are():
    """A committee's Quy chế: how it works ("làm việc theo nguyên tắc …") is no job; its head keeps the title
    (his duties are not the committee's); the members of a body are read with the body ("Các thành viên Ban Chỉ
    đạo"), and a meeting rule ends the committee's name ("Ban Chỉ đạo họp …", not a unit "Ban Chỉ đạo họp")."""
    doc, tasks = _prose("Điều 3. Nguyên tắc làm việc\n\n"
                        "1. Ban Chỉ đạo làm việc theo nguyên tắc tập trung dân chủ, đề cao trách nhiệm cá nhân.\n\n"
                        "2. Ban Chỉ đạo họp định kỳ ít nhất 2 lần/năm theo yêu cầu của Trưởng ban.\n\n"
                        "Điều 4. Nhiệm vụ của Trưởng Ban Chỉ đạo\n\n"
                        "Trưởng Ban Chỉ đạo có nhiệm vụ phân công nhiệm vụ cho các thành viên Ban Chỉ đạo.\n\n"
                        "Điều 5. Trách nhiệm thi hành\n\n"
                        "Các thành viên Ban Chỉ đạo có trách nhiệm báo cáo Trưởng ban kết quả thực hiện nhiệm vụ.\n",
                        doc_type="Quyết định", year=2025)
    assert [(t.lead, t.text) for t in tasks] == [
        (["Ban Chỉ đạo"], "họp định kỳ ít nhất 2 lần/năm theo yêu cầu của Trưởng ban"),
        (["Trưởng Ban Chỉ đạo"], "phân công nhiệm vụ cho các thành viên Ban Chỉ đạo"),
        (["Các thành viên Ban Chỉ đạo"], "báo cáo Trưởng ban kết quả thực hiện nhiệm vụ"),
    ]


def test_powers_a_law_grants_are_no_jobs_its_duties_are():
    """"… có quyền:" lists what an office may do (fine, confiscate), "… có trách nhiệm:" what it must do."""
    doc, tasks = _prose("Điều 44. Thẩm quyền của Cảnh sát biển\n\n"
                        "Cục trưởng Cục Cảnh sát biển có quyền:\n\n"
                        "a) Phạt cảnh cáo;\n\n"
                        "b) Tịch thu tang vật, phương tiện vi phạm hành chính.\n\n"
                        "Điều 17. Trách nhiệm của Bộ Tư pháp\n\n"
                        "Bộ Tư pháp có trách nhiệm:\n\n"
                        "a) Theo dõi chung và báo cáo công tác thi hành pháp luật về xử lý vi phạm hành chính;\n\n"
                        "b) Hướng dẫn áp dụng thống nhất pháp luật về xử lý vi phạm hành chính.\n", year=2012)
    assert [(t.lead, t.text[:20]) for t in tasks] == [
        (["Bộ Tư pháp"], "Theo dõi chung và bá"), (["Bộ Tư pháp"], "Hướng dẫn áp dụng th")]


def test_a_decision_delegating_work_gives_the_delegate_its_items_and_the_articles_duties():
    """"Ủy quyền <unit> thực hiện nhiệm vụ trong lĩnh vực …, cụ thể:" gives the unit each item (the lead-in only names
    their field), the office-holder with the title; "Điều 3. <unit>:" heads its duties, not what it may do ("Được sử
    dụng con dấu …")."""
    doc, tasks = _prose("QUYẾT ĐỊNH:\n\n"
                        "Điều 1. Ủy quyền Giám đốc Sở Nông nghiệp và Môi trường thực hiện nhiệm vụ trong lĩnh vực "
                        "quản lý chất lượng nông lâm sản và thủy sản, cụ thể:\n\n"
                        "1. Cấp, thu hồi Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm.\n\n"
                        "2. Chỉ định cơ sở kiểm nghiệm thực phẩm phục vụ quản lý nhà nước.\n\n"
                        "Điều 2. Thời gian ủy quyền: đến hết ngày 28/02/2027.\n\n"
                        "Điều 3. Giám đốc Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi:\n\n"
                        "1. Được sử dụng con dấu của Sở trong quá trình thực hiện nhiệm vụ được ủy quyền.\n\n"
                        "2. Định kỳ hàng năm báo cáo kết quả thực hiện.\n", year=2025)
    assert [(t.lead, t.text[:25]) for t in tasks] == [
        (["Giám đốc Sở Nông nghiệp và Môi trường"], "Cấp, thu hồi Giấy chứng n"),
        (["Giám đốc Sở Nông nghiệp và Môi trường"], "Chỉ định cơ sở kiểm nghiệ"),
        (["Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi"], "Định kỳ hàng năm báo cáo ")]


def test_full_accountability_is_no_duty_word_the_job_keeps_it():
    _, tasks = _prose("3. Bộ Nội vụ chịu trách nhiệm toàn diện về nội dung dự thảo Luật; chuẩn bị đầy đủ hồ sơ, tài "
                      "liệu trình Quốc hội.\n", year=2025)
    assert [(t.lead, t.text[:30]) for t in tasks] == [(["Bộ Nội vụ"], "chịu trách nhiệm toàn diện về ")]


def test_a_numbered_unit_heading_closed_by_a_full_stop_heads_its_points():
    doc, tasks = _prose("Điều 9. Trách nhiệm của các cơ quan, đơn vị\n\n"
                        "3. Sở Tài chính\n\n"
                        "a) Chỉ đạo, đôn đốc các đơn vị cập nhật dữ liệu về tài sản công vào Phần mềm.\n\n"
                        "4. Các cơ quan, tổ chức, đơn vị còn lại.\n\n"
                        "a) Cập nhật kịp thời dữ liệu phát sinh, biến động về tài sản công vào Phần mềm.\n\n"
                        "b) Rà soát, lập báo cáo tài sản trên Phần mềm đúng thời gian quy định.\n", year=2025)
    assert [(t.lead, t.text[:20]) for t in tasks] == [
        (["Sở Tài chính"], "Chỉ đạo, đôn đốc các"),
        (["Các cơ quan, tổ chức, đơn vị còn lại"], "Cập nhật kịp thời dữ"),
        (["Các cơ quan, tổ chức, đơn vị còn lại"], "Rà soát, lập báo cáo")]


def test_a_numbered_heading_that_gives_a_unit_its_points_closed_by_a_full_stop_heads_them():
    # (a tax department's report, scanned: "2.2. Giao Vụ DTTT" / "- …" / "2.3. Giao Vụ Chính sách." / "- …")
    doc, tasks = _prose("2. Nhiệm vụ trọng tâm\n\n"
                        "2.2. Giao Vụ Dự toán thu thuế\n\n"
                        "- Tiếp tục theo dõi sát tình hình kinh tế, đánh giá kỹ các nguồn thu.\n\n"
                        "2.3. Giao Vụ Chính sách.\n\n"
                        "- Khẩn trương rà soát, hoàn thiện các đề án xây dựng văn bản quy phạm pháp luật.\n\n"
                        "- Tiếp tục bám sát với các đơn vị thuộc Bộ trong quá trình xây dựng các dự án Luật.\n",
                        year=2024)
    assert [(t.lead, t.text[:20]) for t in tasks] == [
        (["Vụ Dự toán thu thuế"], "Tiếp tục theo dõi sá"),
        (["Vụ Chính sách"], "Khẩn trương rà soát,"),
        (["Vụ Chính sách"], "Tiếp tục bám sát với")]
    _spans_hold(doc, tasks)


def test_an_article_on_what_a_unit_leads_gives_it_each_point():
    doc, tasks = _prose("Điều 5. Nội dung Sở Dân tộc và Tôn giáo có trách nhiệm chủ trì\n\n"
                        "1. Xây dựng, ban hành, đánh giá việc thực hiện chính sách về tín ngưỡng, tôn giáo.\n\n"
                        "2. Kiểm tra việc thực hiện chính sách, pháp luật về tín ngưỡng, tôn giáo.\n\n"
                        "Điều 6. Nội dung Công an tỉnh có trách nhiệm chủ trì\n\n"
                        "Nắm tình hình, tham mưu giải quyết các vấn đề liên quan đến tín ngưỡng, tôn giáo.\n\n"
                        "Điều 13. Nội dung các cơ quan, đơn vị khác có trách nhiệm chủ trì\n\n"
                        "1. Giải quyết các vấn đề cụ thể thuộc chức năng, nhiệm vụ được giao.\n",
                        year=2025)
    assert [(t.lead, t.text[:20]) for t in tasks] == [
        (["Sở Dân tộc và Tôn giáo"], "Xây dựng, ban hành, "), (["Sở Dân tộc và Tôn giáo"], "Kiểm tra việc thực h"),
        (["Công an tỉnh"], "Nắm tình hình, tham "), (["Các cơ quan, đơn vị khác"], "Giải quyết các vấn đ")]


def test_a_codes_aim_and_the_liability_it_lays_down_are_no_jobs():
    """What a code is for ("Nhiệm vụ của Bộ luật hình sự"), and who "phải chịu trách nhiệm hình sự": no unit, no
    job; a body told to act in it still is."""
    doc, tasks = _prose("Điều 1. Nhiệm vụ của Bộ luật hình sự\n\n"
                        "Bộ luật hình sự có nhiệm vụ bảo vệ chủ quyền quốc gia, an ninh của đất nước.\n\n"
                        "Điều 12. Tuổi chịu trách nhiệm hình sự\n\n"
                        "1. Người từ đủ 16 tuổi trở lên phải chịu trách nhiệm hình sự về mọi tội phạm.\n\n"
                        "Điều 4. Trách nhiệm phòng ngừa và đấu tranh chống tội phạm\n\n"
                        "1. Cơ quan Công an, Viện kiểm sát nhân dân, Tòa án nhân dân có trách nhiệm thực hiện đầy "
                        "đủ chức năng, nhiệm vụ, quyền hạn của mình.\n", year=2015)
    assert [t.lead for t in tasks] == [["Cơ quan Công an", "Viện kiểm sát nhân dân", "Tòa án nhân dân"]]


def test_a_list_of_officials_given_powers_heads_no_jobs():
    """A list of officials too long to read as units ("…, Cục trưởng Cục An ninh văn hóa, tư tưởng, …") given
    powers: its points are what they may do."""
    doc, tasks = _prose("Điều 39. Thẩm quyền của Công an nhân dân\n\n"
                        "6. Cục trưởng Cục An ninh kinh tế, Cục trưởng Cục An ninh văn hóa, tư tưởng, Cục trưởng Cục "
                        "Cảnh sát giao thông đường bộ, đường sắt có quyền:\n\n"
                        "a) Phạt cảnh cáo;\n\n"
                        "b) Tịch thu tang vật, phương tiện vi phạm hành chính.\n", year=2012)
    assert tasks == []


def test_officials_listed_clause_by_clause_before_their_powers_head_no_jobs():
    """(Luật Xử lý vi phạm hành chính 2012, Điều 39 and 122) holders of powers listed with ";", and a point's holders
    under "những người sau đây có quyền …:": none of their clauses is a job."""
    doc, tasks = _prose("Điều 39. Thẩm quyền của Công an nhân dân\n\n"
                        "4. Trưởng Công an cấp huyện; Trưởng phòng nghiệp vụ thuộc Cục Cảnh sát giao thông đường bộ, "
                        "đường sắt, Trưởng phòng nghiệp vụ thuộc Cục Cảnh sát đường thủy; Trưởng phòng Cảnh sát quản lý "
                        "hành chính về trật tự xã hội có quyền:\n\n"
                        "a) Phạt cảnh cáo;\n\n"
                        "Điều 122. Thẩm quyền tạm giữ người theo thủ tục hành chính\n\n"
                        "1. Những người sau đây có quyền quyết định tạm giữ người theo thủ tục hành chính:\n\n"
                        "a) Trưởng Công an cấp huyện; Trưởng phòng Cảnh sát quản lý hành chính về trật tự xã hội;\n\n"
                        "b) Chi cục trưởng Chi cục Hải quan, Đội trưởng Đội kiểm soát thuộc Cục Hải quan tỉnh, liên "
                        "tỉnh, thành phố trực thuộc trung ương.\n", year=2012)
    assert tasks == []


# --- articles of a regulation (Quy chế) ---------------------------------------------------------

QUY_CHE = """**Điều 20. Văn phòng UBND tỉnh**

1. Căn cứ chức năng nhiệm vụ, chủ động theo dõi, hướng dẫn việc triển khai TTHC trên Hệ thống.

2. Phối hợp với Sở Khoa học và Công nghệ triển khai xây dựng, phát triển, quản lý, vận hành Hệ thống.

**Điều 24. Công an tỉnh**

1. Hằng năm, phối hợp với Sở Khoa học và Công nghệ, Trung tâm Phục vụ hành chính công tỉnh thực hiện
rà quét, rà soát các điều kiện đảm bảo an toàn, an ninh thông tin đối với Hệ thống.

**Điều 25.
Trách nhiệm của cơ quan, đơn vị trên địa bàn tỉnh có hệ thống thông tin, cơ sở
dữ liệu chuyên ngành kết nối với Hệ thống thông tin giải quyết TTHC tỉnh**

1. Quản lý, phân quyền tài khoản khai thác, sử dụng hiệu quả dữ liệu trên Hệ thống.

**Điều 29. Khen thưởng**

1. Cơ quan, đơn vị có thành tích được khen thưởng theo quy định.
"""


def test_article_naming_a_unit_heads_its_numbered_duties():
    doc, tasks = _prose(QUY_CHE, doc_type="Quyết định", year=2025)
    _spans_hold(doc, tasks)
    assert [(t.section, t.lead) for t in tasks] == [
        ("Điều 20. Văn phòng UBND tỉnh", ["Văn phòng Ủy ban nhân dân tỉnh"]),
        ("Điều 20. Văn phòng UBND tỉnh", ["Văn phòng Ủy ban nhân dân tỉnh"]),
        ("Điều 24. Công an tỉnh", ["Công an tỉnh"]),
        ("Điều 25. Trách nhiệm của cơ quan, đơn vị trên địa bàn tỉnh có hệ thống thông tin, cơ sở dữ liệu chuyên "
         "ngành kết nối với Hệ thống thông tin giải quyết TTHC tỉnh",
         ["Cơ quan, đơn vị trên địa bàn tỉnh có hệ thống thông tin, cơ sở dữ liệu chuyên ngành kết nối với Hệ thống "
          "thông tin giải quyết thủ tục hành chính tỉnh"]),  # units are written in full
    ]
    assert tasks[1].coordinators == ["Sở Khoa học và Công nghệ"]
    # The units after "phối hợp với" coordinate; the opening "Hằng năm," is the deadline, not a clause to skip.
    assert tasks[2].coordinators == ["Sở Khoa học và Công nghệ", "Trung tâm Phục vụ hành chính công tỉnh"]
    assert tasks[2].deadline.recurrence == "annual"


def test_a_clause_naming_a_holder_with_its_list_of_duties_leads_the_points():
    # Nghị định 131/2020/NĐ-CP: "1. Trưởng khoa dược … có các trách nhiệm sau:" over its lettered points
    text = ("Điều 11. Trách nhiệm của trưởng khoa dược\n"
            "1. Trưởng khoa dược của cơ sở khám bệnh, chữa bệnh có các trách nhiệm sau:\n"
            "a) Trực tiếp tổ chức hoạt động dược lâm sàng tại cơ sở khám bệnh, chữa bệnh;\n"
            "b) Chịu trách nhiệm về chuyên môn dược lâm sàng tại cơ sở khám bệnh, chữa bệnh.\n"
            "Điều 12. Trách nhiệm của các cơ quan\n1. Sở Y tế có các nhiệm vụ sau:\n"
            "a) Hướng dẫn các cơ sở khám bệnh, chữa bệnh triển khai hoạt động dược lâm sàng.\n")
    doc, tasks = _prose(text, doc_type="Nghị định", year=2020)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text) for t in tasks] == [
        (["Trưởng khoa dược của cơ sở khám bệnh, chữa bệnh"],
         "Trực tiếp tổ chức hoạt động dược lâm sàng tại cơ sở khám bệnh, chữa bệnh"),
        (["Trưởng khoa dược của cơ sở khám bệnh, chữa bệnh"],
         "Chịu trách nhiệm về chuyên môn dược lâm sàng tại cơ sở khám bệnh, chữa bệnh"),
        (["Sở Y tế"], "Hướng dẫn các cơ sở khám bệnh, chữa bệnh triển khai hoạt động dược lâm sàng"),
    ]


def test_an_article_on_the_duties_of_office_holders_lists_each_holder():
    text = ("Điều 12. Trách nhiệm của trưởng khoa lâm sàng, trưởng khoa hoặc phòng khám bệnh\n"
            "1. Chỉ đạo bác sĩ điều trị, điều dưỡng viên tại khoa thực hiện các hoạt động dược lâm sàng.\n"
            "Điều 13. Trách nhiệm của cơ quan, đơn vị có hệ thống thông tin, cơ sở dữ liệu chuyên ngành\n"
            "1. Kết nối hệ thống thông tin với Cổng dịch vụ công quốc gia.\n")
    doc, tasks = _prose(text, doc_type="Nghị định", year=2020)
    assert [t.lead for t in tasks] == [
        ["Trưởng khoa lâm sàng", "Trưởng khoa hoặc phòng khám bệnh"],
        ["Cơ quan, đơn vị có hệ thống thông tin, cơ sở dữ liệu chuyên ngành"]]  # a body described, not two


def test_article_that_is_a_sentence_keeps_its_number_as_section():
    doc, tasks = _prose("Điều 2. Giao Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan triển khai thực hiện "
                        "Kế hoạch này.\n", doc_type="Quyết định")
    assert [(t.section, t.lead) for t in tasks] == [("Điều 2", ["Sở Nội vụ"])]


@pytest.mark.parametrize("sentence, lead, job", [
    # a unit the gazetteer lacks, in a list of known ones
    ("Sở Nông nghiệp và Môi trường, Thuế Thành phố và các Thuế cơ sở, UBND cấp xã, Văn phòng Đăng ký đất đai "
     "và các Chi nhánh trực thuộc có trách nhiệm tuân thủ quy trình giải quyết theo phương án được phê duyệt.",
     ["Sở Nông nghiệp và Môi trường", "Thuế Thành phố", "các Thuế cơ sở", "Ủy ban nhân dân cấp xã",
      "Văn phòng Đăng ký đất đai", "các Chi nhánh trực thuộc"],
     "tuân thủ quy trình giải quyết theo phương án được phê duyệt"),
    # a clause describing the unit before its duty
    ("Các cơ quan được phân công chủ trì thực hiện nhiệm vụ theo Kế hoạch này có trách nhiệm lập kế hoạch, "
     "dự toán kinh phí thực hiện.",
     ["Các cơ quan được phân công chủ trì thực hiện nhiệm vụ theo Kế hoạch này"],
     "lập kế hoạch, dự toán kinh phí thực hiện"),
])
def test_subject_runs_to_its_duty(sentence, lead, job):
    doc, tasks = _prose(sentence)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text) for t in tasks] == [(lead, job)]


def test_unit_described_by_a_clause_that_reports_gives_no_task():
    _, tasks = _prose("Sở Nội vụ đã có trách nhiệm tổng hợp báo cáo trong năm 2017.\n")
    assert tasks == []


def test_labelled_job_keeps_the_coordinators_it_names():
    doc, tasks = _prose("""1.1. Xây dựng các Chiến lược triển khai của Thành phố:

a) Nhiệm vụ: Tham mưu UBND Thành phố phối hợp với Bộ Công an rà soát, hoàn thiện Chiến lược dữ liệu.

b) Cơ quan thực hiện:

- Đơn vị chủ trì: Sở Khoa học và Công nghệ.

- Đơn vị phối hợp: Các Sở, ban, ngành.

c) Thời gian thực hiện: Hoàn thành trong năm 2025.
""", year=2025)
    _spans_hold(doc, tasks)
    [task] = tasks
    assert task.lead == ["Sở Khoa học và Công nghệ"]
    assert task.coordinators == ["Bộ Công an", "Các Sở, ban, ngành"]
    assert (task.deadline.start, task.deadline.end) == ("2025-01-01", "2025-12-31")


@pytest.mark.parametrize("sentence, lead, job", [
    ("3. Về tập huấn, hướng dẫn: Sở Khoa học và Công nghệ có trách nhiệm chủ trì tổ chức tập huấn cho cán bộ.",
     ["Sở Khoa học và Công nghệ"], "tổ chức tập huấn cho cán bộ"),
    ("2. Đối với UBND cấp xã: được giao quản lý, sử dụng tài khoản với chức năng quản trị, phân quyền.",
     ["Ủy ban nhân dân cấp xã"], "quản lý, sử dụng tài khoản với chức năng quản trị, phân quyền"),
])
def test_unit_after_a_topic_label(sentence, lead, job):
    doc, tasks = _prose(sentence, doc_type="Quyết định")
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text) for t in tasks] == [(lead, job)]


def test_impact_assessment_section_gives_no_tasks():
    """Under "C. ĐÁNH GIÁ TÁC ĐỘNG" (a lettered part above roman sections) units' bullets describe the
    situation before and after a measure, not jobs; the steps of the measure above it are jobs."""
    doc, tasks = _prose("""B. QUY TRÌNH

2. Bước 2. Tiếp nhận hồ sơ

Bộ phận Một cửa tiến hành số hóa toàn bộ hồ sơ theo quy định và chuyển đến cơ quan có thẩm quyền.

C. ĐÁNH GIÁ TÁC ĐỘNG

I. Đối với cán bộ

2. Cơ quan Thuế:

+ Trước khi áp dụng: Bố trí nhân sự cung cấp bản giấy của Thông báo về nghĩa vụ tài chính.

+ Sau khi áp dụng: Không cần bố trí nhân sự để cung cấp bản giấy.
""", doc_type="Quyết định", year=2025)
    assert [(t.lead, t.text) for t in tasks] == [
        (["Bộ phận Một cửa"], "tiến hành số hóa toàn bộ hồ sơ theo quy định và chuyển đến cơ quan có thẩm quyền")]


def test_jobs_under_a_lead_in_take_its_deadline_when_they_state_none():
    doc, tasks = _prose("""2. Sở Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị hoàn thành trong Quý II năm 2018:

- Rà soát, sắp xếp tổ chức bộ máy các cơ quan chuyên môn;

- Hướng dẫn xây dựng đề án vị trí việc làm trước ngày 30/4/2018.
""")
    _spans_hold(doc, tasks)
    assert [(t.lead, t.deadline.start, t.deadline.end) for t in tasks] == [
        (["Sở Nội vụ"], "2018-04-01", "2018-06-30"),
        (["Sở Nội vụ"], None, "2018-04-30"),
    ]


CONG_DIEN_ITEMS = """1. Bộ Công an chủ trì theo dõi tình hình.
2. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố tổ
chức theo dõi sát tình hình, tập trung chỉ đạo khắc phục nhanh hậu quả các đợt
bão, lũ vừa qua, hoàn thành trong tháng 11 năm 2025, trong đó:
(1) Tập trung kêu gọi, hướng dẫn tàu thuyền còn hoạt
động trên biển khẩn trương di chuyển về nơi tránh trú để bảo đảm an toàn.
(2) Bộ Y tế hoàn thành nâng cấp, kết nối Hệ thống
quản lý đăng ký, cấp phép hành nghề khám bệnh, chữa bệnh.
(3) Rà soát kỹ các phương án sơ tán trước ngày 30/11/2025.
3. Sở Tư pháp xây dựng kế hoạch thực hiện như sau:
a) Rà soát văn bản.
"""


def test_numbered_sub_items_after_a_lead_in_that_is_a_job_itself():
    doc, tasks = _prose(CONG_DIEN_ITEMS, doc_type="Công điện", year=2025)
    _spans_hold(doc, tasks)
    got = [(t.lead, t.text[:18], t.deadline and t.deadline.end) for t in tasks]
    province_heads = ["Ủy ban nhân dân các tỉnh, thành phố"]
    assert got == [
        (["Bộ Công an"], "theo dõi tình hình", None),
        # the lead-in states a job of its own before "trong đó:"
        (province_heads, "tổ chức theo dõi s", "2025-11-30"),
        # "(1)" opens a line after a finished sentence: a sub-item of its own, due when the lead-in says
        (province_heads, "Tập trung kêu gọi,", "2025-11-30"),
        (["Bộ Y tế"], "hoàn thành nâng cấ", "2025-11-30"),
        (province_heads, "Rà soát kỹ các phư", "2025-11-30"),
        # "… như sau:" only points at the list below it
        (["Sở Tư pháp"], "Rà soát văn bản", None),
    ]


def test_heading_ending_on_its_subjects_duty_heads_the_bullets_below():
    doc, tasks = _prose("""**11. Các
đơn vị cấp nước sạch trên địa bàn thành phố có trách nhiệm**

- Tiếp tục đầu tư, đẩy nhanh tiến độ xây dựng, mở rộng và nâng cấp mạng lưới cấp nước.

- Phối hợp, tạo điều kiện cho các tổ chức, cá nhân có nhu cầu đấu nối nước sạch.
""", doc_type="Chỉ thị", year=2025)
    _spans_hold(doc, tasks)
    assert [t.lead for t in tasks] == [["Các đơn vị cấp nước sạch trên địa bàn thành phố"]] * 2


def test_focal_agency_is_given_a_job():
    doc, tasks = _prose("3. Giao Sở Nông nghiệp và Môi trường là cơ quan đầu mối, chủ trì, phối hợp với Sở Tài chính, "
                        "Sở Xây dựng hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị liên quan triển khai thực hiện.\n",
                        doc_type="Công văn", year=2025)
    _spans_hold(doc, tasks)
    [task] = tasks
    assert (task.lead, task.coordinators) == (["Sở Nông nghiệp và Môi trường"], ["Sở Tài chính", "Sở Xây dựng"])
    assert task.text.startswith("hướng dẫn, theo dõi")


def test_focal_agency_of_a_body_is_given_its_duty():
    # (Công văn of the General Department of Taxation: whose focal point, then the duty)
    doc, tasks = _prose("1. Về đơn vị đầu mối\nGiao Vụ DNNCN là đơn vị đầu mối của Tổng cục Thuế chịu trách nhiệm theo "
                        "dõi việc triển khai các nhiệm vụ của Thỏa thuận hợp tác và định kỳ hàng năm tổng hợp, báo cáo "
                        "Lãnh đạo Tổng cục.\n", doc_type="Công văn", year=2024)
    _spans_hold(doc, tasks)
    [task] = tasks
    assert task.lead == ["Vụ Quản lý thuế doanh nghiệp nhỏ và vừa và hộ kinh doanh, cá nhân"]
    assert task.text.startswith("theo dõi việc triển khai") and task.deadline.recurrence == "annual"


def test_a_labelled_unit_named_again_after_the_time_its_job_takes():
    # (Quy định on land-use fee relief: "5. Ủy ban nhân dân tỉnh: Trong thời hạn …, Ủy ban nhân dân tỉnh ký quyết định …")
    doc, tasks = _prose("Điều 7. Trách nhiệm của các cơ quan\n5. Ủy ban nhân dân tỉnh: Trong thời hạn không quá 05 "
                        "(năm) ngày làm việc, kể từ ngày nhận được Tờ trình của Cục Thuế tỉnh, Ủy ban nhân dân tỉnh ký "
                        "quyết định miễn, giảm tiền sử dụng đất cho từng trường hợp cụ thể.\n", doc_type="Quyết định")
    _spans_hold(doc, tasks)
    [task] = tasks
    assert task.lead == ["Ủy ban nhân dân tỉnh"] and task.text.startswith("ký quyết định miễn, giảm")


def test_the_documents_header_in_capitals_is_no_section():
    # (Công văn 19046/BTC-TCHQ as a site copied it: the ministry's line with its rule, the motto after it)
    doc, tasks = _prose("BỘ TÀI CHÍNH --------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc -------\n"
                        "Số: 19046/BTC-TCHQ V/v hướng dẫn thực hiện Luật hải quan 2014\n"
                        "Hà Nội, ngày 29 tháng 12 năm 2014 Kính gửi: Cục Hải quan các tỉnh, thành phố.\n"
                        "Tổng cục Hải quan chủ trì hướng dẫn các đơn vị thực hiện thủ tục hải quan điện tử.\n",
                        doc_type="Công văn", year=2014)
    [task] = tasks
    assert task.lead == ["Tổng cục Hải quan"] and task.section is None


def test_lead_in_that_ends_on_its_duty_word():
    # "chủ trì:" — the duty words reach the colon, so the lead-in states no job of its own
    doc, tasks = _prose("Bộ trưởng Bộ Tài chính chủ trì:\n- Rà soát, bố trí kinh phí hỗ trợ các địa phương.\n",
                        doc_type="Công điện", year=2025)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text) for t in tasks] == [(["Bộ Tài chính"], "Rà soát, bố trí kinh phí hỗ trợ các địa phương")]


@pytest.mark.parametrize("sentence, lead, job_start", [
    # a case label before the subject; the subject is a body named by its function
    ("Trường hợp hàng hóa, dịch vụ do một cấp định giá: Sở quản lý ngành, lĩnh vực có trách nhiệm trình Ủy ban "
     "nhân dân tỉnh quyết định giá.", ["Sở quản lý ngành, lĩnh vực"], "trình Ủy ban nhân dân tỉnh"),
    ("b) Thực hiện mở tài khoản và phát hành thẻ: Ủy ban nhân dân xã, phường phối hợp với các ngân hàng thương mại "
     "tổ chức mở tài khoản cho người dân.", ["Ủy ban nhân dân xã, phường"], "tổ chức mở tài khoản"),
    ("Sau tối đa 05 ngày kể từ khi nhận được báo cáo, Thống kê tỉnh Bắc Ninh có trách nhiệm cập nhật cơ sở dữ liệu "
     "về giá.", ["Thống kê tỉnh Bắc Ninh"], "cập nhật cơ sở dữ liệu"),
])
def test_subject_after_a_label_or_opening_clause(sentence, lead, job_start):
    doc, tasks = _prose(sentence, doc_type="Quyết định", year=2025)
    _spans_hold(doc, tasks)
    [task] = tasks
    assert task.lead == lead and task.text.startswith(job_start)


@pytest.mark.parametrize("text", [
    "Văn phòng Chính phủ xin thông báo để Bộ Xây dựng và các cơ quan liên quan biết, thực hiện./.",
    "Văn phòng Chính phủ xin trân trọng thông báo.",  # the closing of a meeting's conclusions
    "Văn phòng Chính phủ thông báo dé các Bộ, cơ quan biết, thực hiện./.",  # the same, OCR'd
    "- Ủy ban nhân dân xã, phường trên địa bàn thành phố;",  # a participant listed, no job
])
def test_sentences_naming_a_unit_without_a_job(text):
    assert _prose(text, doc_type="Thông báo", year=2025)[1] == []


def test_list_of_what_a_job_covers_gives_one_task():
    doc, tasks = _prose("""1. Sở Tài chính chịu trách nhiệm cập nhật các thông tin, dữ liệu vào Cơ sở dữ liệu về giá đối với:

a) Báo cáo giá thị trường của Ủy ban nhân dân cấp tỉnh;

b) Giá tính lệ phí trước bạ do Ủy ban nhân dân cấp tỉnh ban hành.
""", doc_type="Quyết định", year=2025)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text) for t in tasks] == [
        (["Sở Tài chính"], "cập nhật các thông tin, dữ liệu vào Cơ sở dữ liệu về giá đối với")]


def test_the_signs_a_job_looks_for_are_no_jobs_of_the_businesses_they_describe():
    # (Công văn 7527/BTC-TCT, 2013) the "+" items describe kinds of business that the tax offices watch; the next point
    # is a job again
    doc, tasks = _prose("""1. Các Cục Thuế tổ chức phân loại doanh nghiệp rủi ro cao về thuế, trong đó lưu ý các dấu hiệu sau đây:

+ Các doanh nghiệp mới thành lập đăng ký kinh doanh đa ngành nghề nhưng số vốn đăng ký thấp.

+ Các doanh nghiệp có giao dịch qua ngân hàng đáng ngờ.

2. Các Cục Thuế tập trung công tác thanh tra, kiểm tra đối với các doanh nghiệp rủi ro cao về thuế.
""", doc_type="Công văn", year=2013)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text) for t in tasks] == [
        (["Các Cục Thuế"], "tổ chức phân loại doanh nghiệp rủi ro cao về thuế"),
        (["Các Cục Thuế"], "tập trung công tác thanh tra, kiểm tra đối với các doanh nghiệp rủi ro cao về thuế")]


def test_units_a_body_hands_the_job_to_do_it():
    doc, tasks = _prose("Ủy ban nhân dân tỉnh giao Giám đốc các sở, Thủ trưởng các ban, ngành triển khai thực hiện "
                        "Kế hoạch này.\n", year=2025)
    _spans_hold(doc, tasks)
    [task] = tasks
    assert task.lead == ["các sở", "các ban, ngành"] and task.text.startswith("triển khai thực hiện")


def test_who_cell_written_as_clauses_names_the_units_only():
    lead, coords = cell_units("Bộ Công an tiến hành rà soát các văn bản quy phạm pháp luật có liên quan; các bộ, cơ quan "
                              "ngang bộ rà soát văn bản thuộc phạm vi quản lý")
    assert (lead, coords) == (["Bộ Công an", "các bộ, cơ quan ngang bộ"], [])


@pytest.mark.parametrize("heading, lead", [
    ("5. Các chủ đầu tư xây dựng và kinh doanh hạ tầng Khu công nghiệp",
     ["Các chủ đầu tư xây dựng và kinh doanh hạ tầng Khu công nghiệp"]),
    ("1. Viện Văn hóa, Nghệ thuật, Thể thao và Du lịch Việt Nam",
     ["Viện Văn hóa, Nghệ thuật, Thể thao và Du lịch Việt Nam"]),
    ("4. Các Sở, ban, ngành của Thành phố, UBND phường, xã",
     ["Các Sở, ban, ngành của Thành phố", "Ủy ban nhân dân phường, xã"]),
    ("19. Các cơ sở đào tạo đại học, sau đại học", ["Các cơ sở đào tạo đại học, sau đại học"]),
    # "Đối với" a group described at length, an aside in brackets left out
    ("9.2. Đối với các đơn vị thực hiện dịch vụ, thu gom, vận chuyển, xử lý chất thải rắn sinh hoạt (theo danh sách "
     "gửi kèm tại Phụ lục)", ["Các đơn vị thực hiện dịch vụ, thu gom, vận chuyển, xử lý chất thải rắn sinh hoạt"]),
    # a group and, in brackets, the bodies it is
    ("1. Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu Kinh tế Phú Yên, Ban quản lý Khu Nông nghiệp "
     "ứng dụng Công nghệ cao Phú Yên):",
     ["Sở Tài chính", "Ban quản lý Khu Kinh tế Phú Yên", "Ban quản lý Khu Nông nghiệp ứng dụng Công nghệ cao Phú Yên"]),
    ("3. Các cơ sở khám bệnh, chữa bệnh trên địa bàn", ["Các cơ sở khám bệnh, chữa bệnh trên địa bàn"]),
    # (Bộ Văn hóa, Thể thao và Du lịch, 2025) a name with "các" inside, closed by a proper name
    ("6. Cục Văn hóa các dân tộc Việt Nam:", ["Cục Văn hóa các dân tộc Việt Nam"]),
    # (Kế hoạch 597/KH-UBND Đồng Tháp, 2025) fields listed at length: "xây dựng" is no verb after "lĩnh vực"
    ("**7. Các doanh nghiệp hoạt động trong lĩnh vực xây dựng, giao thông, vận tải, logistics và công nghệ thông tin "
     "trên địa bàn Tỉnh**", ["Các doanh nghiệp hoạt động trong lĩnh vực xây dựng, giao thông, vận tải, logistics và "
                             "công nghệ thông tin trên địa bàn Tỉnh"]),
])
def test_heading_naming_units_the_gazetteer_reads_in_part(heading, lead):
    doc, tasks = _prose(f"{heading}\n\n- Tổ chức tuyên truyền, phổ biến Kế hoạch.\n\n- Báo cáo kết quả thực hiện.\n",
                        year=2025)
    _spans_hold(doc, tasks)
    assert [t.lead for t in tasks] == [lead, lead]


def test_heading_naming_a_topic_is_no_unit():
    _, tasks = _prose("7. Các ngành, lĩnh vực khác\n\n- Xây dựng nền tảng dữ liệu ngành.\n", year=2025)
    assert tasks == []


def test_lead_in_under_a_unit_heading_keeps_its_lettered_items():
    doc, tasks = _prose("""3. Sở Văn hóa, Thể thao và Du lịch/Sở Văn hóa và Thể thao tỉnh, thành phố trực thuộc Trung ương

Chủ trì, phối hợp với các cơ quan có liên quan tham mưu cho Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:

a) Tổ chức thực hiện quản lý nhà nước về văn hóa, thể thao tại địa phương.

b) Chủ động cân đối, bố trí đủ nguồn vốn đối ứng từ ngân sách địa phương.

4. Các tổ chức, cá nhân liên quan
""", doc_type="Quyết định", year=2025)
    _spans_hold(doc, tasks)
    # (the provinces are those of both names)
    leads = ["Sở Văn hóa, Thể thao và Du lịch tỉnh, thành phố trực thuộc Trung ương",
             "Sở Văn hóa và Thể thao tỉnh, thành phố trực thuộc Trung ương"]
    assert [(t.lead, t.coordinators, t.text[:20]) for t in tasks] == [
        (leads, ["các cơ quan có liên quan"], "Tổ chức thực hiện qu"),
        (leads, ["các cơ quan có liên quan"], "Chủ động cân đối, bố"),
    ]


def test_items_under_a_unit_heading_keep_its_unit_through_sub_headings_and_lead_ins():
    # A short topic title, a job whose line has no full stop and a lead-in ending in ":" are all the unit's.
    doc, tasks = _prose("""III. TỔ CHỨC THỰC HIỆN

1. Sở Nội vụ

a) Công tác tuyên truyền

- Tổ chức tuyên truyền các nội dung cải cách hành chính trên các phương tiện thông tin đại chúng.

b) Kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị trên địa bàn tỉnh

c) Tham mưu Ủy ban nhân dân tỉnh trình Hội đồng nhân dân tỉnh quyết định:

- Cơ chế, chính sách hỗ trợ cán bộ làm công tác một cửa.

2. Sở Tư pháp

Chủ trì kiểm soát thủ tục hành chính.
""", year=2025)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text[:25]) for t in tasks] == [
        (["Sở Nội vụ"], "Tổ chức tuyên truyền các "),
        (["Sở Nội vụ"], "Kiểm tra công tác cải các"),
        (["Sở Nội vụ"], "Cơ chế, chính sách hỗ trợ"),
        (["Sở Tư pháp"], "Chủ trì kiểm soát thủ tục"),
    ]


def test_numbered_rows_of_a_data_table_under_a_unit_group_are_no_jobs():
    _, tasks = _prose("I. Bộ, ngành\n\n1.\n\nBộ Tư pháp\n\n19\n\n2.\n\nBộ Văn hóa, Thể thao và Du lịch\n\n70\n", year=2025)
    assert tasks == []


def test_items_under_chu_tri_phoi_hop_name_the_units_the_heading_unit_works_with():
    doc, tasks = _prose("""2.3. Công an tỉnh

a) Chủ trì, phối hợp với các đơn vị liên quan tham mưu Ủy ban nhân dân tỉnh xây dựng kế hoạch thực hiện Chương trình.

b) Chủ trì, phối hợp

- Sở Tài chính và các đơn vị có liên quan tham mưu Ủy ban nhân dân tỉnh bố trí ngân sách thực hiện Chương trình.

- Sở Xây dựng, Sở Tài chính tổ chức rà soát cơ sở vật chất của các cơ sở cai nghiện ma túy.

c) Tổ chức kiểm tra, đánh giá kết quả thực hiện Chương trình tại các xã, phường.

2.4. Sở Y tế

Chủ trì hướng dẫn điều trị nghiện các chất dạng thuốc phiện.
""", year=2025)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.coordinators, t.text[:22]) for t in tasks] == [
        (["Công an tỉnh"], ["các đơn vị liên quan"], "tham mưu Ủy ban nhân d"),
        (["Công an tỉnh"], ["Sở Tài chính", "các đơn vị có liên quan"], "tham mưu Ủy ban nhân d"),
        (["Công an tỉnh"], ["Sở Xây dựng", "Sở Tài chính"], "tổ chức rà soát cơ sở "),
        (["Công an tỉnh"], [], "Tổ chức kiểm tra, đánh"),
        (["Sở Y tế"], [], "Chủ trì hướng dẫn điều"),
    ]


def test_a_programme_period_inside_a_job_does_not_cut_it():
    _, tasks = _prose("1. Sở Tài chính\n\n- Lập, giao kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030; "
                      "thông báo tổng mức vốn sự nghiệp theo quy định.\n", year=2025)
    assert [t.text for t in tasks] == ["Lập, giao kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030; "
                                       "thông báo tổng mức vốn sự nghiệp theo quy định"]


def test_plain_paragraphs_inside_a_units_job_list_are_its_jobs():
    doc, tasks = _prose("""III. TỔ CHỨC THỰC HIỆN
3. Các cơ sở y tế trên địa bàn Thành phố
- Cung ứng đầy đủ, kịp thời thuốc, hóa chất, thiết bị y tế phục vụ công tác khám bệnh.
Thường xuyên rà soát kết quả đấu thầu cung ứng thuốc, làm việc với nhà cung ứng để điều chỉnh giá thuốc.
- Thực hiện việc kê đơn thuốc ngoại trú trên 30 ngày theo hướng dẫn của Bộ Y tế.
4. Ủy ban nhân dân các phường, xã
- Tăng cường kiểm tra công tác khám bệnh, chữa bệnh trên địa bàn.
Đề nghị các cơ quan, đơn vị khẩn trương triển khai, thực hiện./.
* *
""", year=2025)
    assert [(t.lead, t.text[:30]) for t in tasks] == [
        (["Các cơ sở y tế trên địa bàn Thành phố"], "Cung ứng đầy đủ, kịp thời thuố"),
        (["Các cơ sở y tế trên địa bàn Thành phố"], "Thường xuyên rà soát kết quả đ"),
        (["Các cơ sở y tế trên địa bàn Thành phố"], "Thực hiện việc kê đơn thuốc ng"),
        (["Ủy ban nhân dân các phường, xã"], "Tăng cường kiểm tra công tác k")]
    _spans_hold(doc, tasks)


def test_a_time_line_under_a_job_bullet_dates_it_and_the_list_goes_on():
    doc, tasks = _prose("""IV. NHIỆM VỤ CỤ THỂ
1.2. Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo
- Tham mưu triển khai thực hiện kế hoạch kiểm kê và phân công nhiệm vụ cho các thành viên Ban Chỉ đạo.
Thời gian hoàn thành: Tháng 12/2025.
- Tổng hợp kết quả kiểm kê, báo cáo kết quả kiểm kê gửi Bộ Tài chính.
Thời gian hoàn thành: Trước ngày 31/5/2026.
""", year=2025)
    assert [(t.lead, t.text[:20], t.deadline.end) for t in tasks] == [
        (["Sở Tài chính"], "Tham mưu triển khai ", "2025-12-31"),
        (["Sở Tài chính"], "Tổng hợp kết quả kiể", "2026-05-31")]
    _spans_hold(doc, tasks)


def test_criteria_of_an_emulation_award_are_no_jobs():
    _, tasks = _prose("""III. ĐỐI TƯỢNG, TIÊU CHÍ THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG
1. Đối tượng: Các sở, ban, ngành, các địa phương, các đơn vị và doanh nghiệp.
2. Tiêu chí thi đua
a) Đối với các sở, ban, ngành, UBND các xã, phường
- Hoàn thành vượt mức các chỉ tiêu phát triển kinh tế - xã hội năm 2025.
- Cải cách hành chính, thi đua xây dựng chính quyền điện tử, chính quyền số.
IV. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ
- Hướng dẫn, theo dõi, tổng hợp kết quả thi đua, báo cáo Ủy ban nhân dân tỉnh.
""", year=2025)
    assert [(t.lead, t.text[:20]) for t in tasks] == [(["Sở Nội vụ"], "Hướng dẫn, theo dõi,")]


def test_a_request_gives_the_units_asked_their_job_unless_a_unit_heading_makes_the_request():
    _, tasks = _prose("3.1. Báo cáo định kỳ hàng tháng:\n\nYêu cầu UBND các xã, phường báo cáo số liệu định kỳ "
                      "hàng tháng về Sở Tài chính.\n", doc_type="Công văn", year=2025)
    assert [(t.lead, t.text) for t in tasks] == [
        (["Ủy ban nhân dân các xã, phường"], "báo cáo số liệu định kỳ hàng tháng về Sở Tài chính")]
    _, tasks = _prose("2. Sở Khoa học và Công nghệ\n\n- Yêu cầu các cơ quan báo chí xây dựng kế hoạch tuyên truyền "
                      "về phòng chống thiên tai.\n", year=2025)
    assert [t.lead for t in tasks] == [["Sở Khoa học và Công nghệ"]]
    _, tasks = _prose("Đề nghị các Bộ, ngành, địa phương nghiêm túc, quyết liệt triển khai thực hiện Công điện này.\n",
                      doc_type="Công điện", year=2025)
    assert tasks == []


def test_a_leadin_states_its_job_before_the_clause_pointing_at_the_list():
    doc, tasks = _prose("""V. TỔ CHỨC THỰC HIỆN
9. Ủy ban nhân dân các phường, xã chủ động bố trí kinh phí từ nguồn vốn ngân sách địa phương trong kế hoạch hàng năm để triển khai thực hiện các nội dung của Kế hoạch trên địa bàn, tập trung một số nhiệm vụ cụ thể sau:
- Tổ chức xây dựng, phê duyệt và triển khai kế hoạch thực hiện Đề án của địa phương mình;
10. Các sở, ban, ngành tập trung chỉ đạo và tổ chức thực hiện nghiêm, có hiệu quả các nhiệm vụ, giải pháp sau:
- Rà soát, đánh giá kết quả thực hiện.
""", year=2025)
    assert [(t.lead, t.text[:40]) for t in tasks] == [
        (["Ủy ban nhân dân các phường, xã"], "chủ động bố trí kinh phí từ nguồn vốn ng"),
        (["Ủy ban nhân dân các phường, xã"], "Tổ chức xây dựng, phê duyệt và triển kha"),
        (["Các sở, ban, ngành"], "Rà soát, đánh giá kết quả thực hiện")]
    _spans_hold(doc, tasks)


def test_praise_in_conclusions_is_no_job():
    _, tasks = _prose("Thủ tướng Chính phủ ghi nhận, biểu dương, đánh giá cao sự nỗ lực và những kết quả nổi bật "
                      "của Thanh tra Chính phủ trong năm 2025.\n", doc_type="Thông báo", year=2025)
    assert tasks == []


def test_a_unit_label_before_a_colon_leads_the_job_after_it():
    _, tasks = _prose("5. Các cơ quan thông tin, truyền thông của tỉnh: Xây dựng Kế hoạch và đẩy mạnh công tác "
                      "tuyên truyền trong Phong trào thi đua.\n", year=2025)
    assert [(t.lead, t.text[:20]) for t in tasks] == [
        (["Các cơ quan thông tin, truyền thông của tỉnh"], "Xây dựng Kế hoạch và")]
    # ministries listed after the colon are the subject, not a label
    _, tasks = _prose("5. Các Bộ: Xây dựng, Công Thương, Y tế theo chức năng, nhiệm vụ chủ động chỉ đạo triển khai "
                      "các biện pháp ứng phó bão.\n", year=2025)
    assert [t.lead for t in tasks] == [["Bộ Xây dựng", "Bộ Công Thương", "Bộ Y tế"]]


@pytest.mark.parametrize("sentence, lead", [
    ("c) Cơ quan tiếp nhận kê khai giá có trách nhiệm thông báo hình thức tiếp nhận kê khai giá cho các tổ chức.",
     ["Cơ quan tiếp nhận kê khai giá"]),
    ("3. Tổ chức, cá nhân sản xuất, kinh doanh hàng hóa, dịch vụ có trách nhiệm chấp hành biện pháp bình ổn giá.",
     ["Tổ chức, cá nhân sản xuất, kinh doanh hàng hóa, dịch vụ"]),
    # a role, not a body; a job and its accountability; answerable, no duty
    ("Cơ quan chủ trì đề án, dự án có trách nhiệm quyết toán kinh phí thực hiện đề án theo đúng quy định.", None),
    ("Tổ chức thực hiện và chịu trách nhiệm trước Ủy ban nhân dân thành phố về việc thực hiện.", None),
    ("Người đứng đầu cơ sở chịu trách nhiệm trước pháp luật nếu để xảy ra sai phạm.", None),
])
def test_a_body_described_up_to_its_duty_leads_it(sentence, lead):
    _, tasks = _prose(f"Điều 3. Trách nhiệm thi hành\n\n{sentence}\n", doc_type="Quyết định", year=2025)
    assert [t.lead for t in tasks] == ([lead] if lead else [])


def test_a_short_line_without_a_verb_under_a_unit_heading_is_no_job():
    _, tasks = _prose("1. Quỹ Bình ổn giá xăng dầu\n\n- Xăng RON95: 0 đồng/lít;\n\n- Dầu hỏa: 0 đồng/lít.\n\n"
                      "2. Sở Công Thương\n\n- Kiểm tra việc niêm yết giá.\n", year=2025)
    assert [(t.lead, t.text) for t in tasks] == [(["Sở Công Thương"], "Kiểm tra việc niêm yết giá")]


def test_unit_headings_ending_with_a_colon():
    _, tasks = _prose("3. UBND các xã/phường:\n\n- Kiểm tra, xử lý các cơ sở vi phạm cam kết bảo vệ môi trường.\n\n"
                      "4. Các cơ sở sản xuất giống, nuôi trồng thủy sản thương phẩm:\n\n"
                      "- Theo dõi các diễn biến bất thường của môi trường nuôi trồng thủy sản.\n", year=2025)
    assert [t.lead for t in tasks] == [["Ủy ban nhân dân các xã/phường"],
                                       ["Các cơ sở sản xuất giống, nuôi trồng thủy sản thương phẩm"]]


def test_a_heading_about_things_is_no_unit():
    _, tasks = _prose("b) Đối với các dự án chưa được phê duyệt chủ trương đầu tư:\n\n- Khẩn trương lập hồ sơ.\n", year=2025)
    assert tasks == []


def test_units_listed_under_a_bare_who_label_do_the_job_above():
    doc, tasks = _prose("""b) Hoạt động 2
- Nội dung: Tuyên truyền, giáo dục về phòng ngừa, ứng phó bạo lực trên cơ sở giới.
- Cơ quan thực hiện:
+ Sở Văn hóa và Thể thao chủ trì, phối hợp với Ủy ban nhân dân phường, xã, báo, đài và các đơn vị có liên quan.
+ Sở Xây dựng đăng tải thông điệp truyền thông trên bảng quang báo thông tin giao thông của Thành phố.
""", year=2025)
    assert [(t.lead, t.coordinators, t.text[:20]) for t in tasks] == [
        (["Sở Văn hóa và Thể thao"], ["Ủy ban nhân dân phường, xã", "báo, đài", "các đơn vị có liên quan"],
         "Tuyên truyền, giáo d"),
        (["Sở Xây dựng"], [], "đăng tải thông điệp ")]
    _spans_hold(doc, tasks)


@pytest.mark.parametrize("sentence, lead, coordinators, job", [
    ("Cơ quan Kiểm lâm chủ trì phối hợp với Cơ quan Công an tổ chức kiểm tra, hướng dẫn khoanh vùng sản xuất.",
     ["Cơ quan Kiểm lâm"], ["Cơ quan Công an"], "tổ chức kiểm tra"),
    # a body and, after a dash, its role
    ("Bộ Tài chính - Cơ quan Thường trực Ban Chỉ đạo 751 đôn đốc các Bộ, cơ quan, địa phương khẩn trương triển khai.",
     ["Bộ Tài chính"], [], "đôn đốc các Bộ"),
])
def test_named_bodies_opened_by_co_quan_and_roles_after_a_dash(sentence, lead, coordinators, job):
    _, tasks = _prose(sentence + "\n", doc_type="Công điện", year=2025)
    assert [(t.lead, t.coordinators, t.text[:len(job)]) for t in tasks] == [(lead, coordinators, job)]


def test_provinces_given_a_job_and_the_place_date_line():
    _, tasks = _prose("3. Đẩy nhanh thủ tục chuẩn bị đầu tư các dự án\n\na) Các tỉnh Nghệ An, Quảng Ngãi khẩn trương "
                      "hoàn thiện Báo cáo nghiên cứu tiền khả thi.\n", doc_type="Thông báo", year=2025)
    assert [t.lead for t in tasks] == [["Tỉnh Nghệ An", "Tỉnh Quảng Ngãi"]]
    _, tasks = _prose("Thành phố Hồ Chí Minh, ngày 28 tháng 11 năm 2025\n", doc_type="Công văn", year=2025)
    assert tasks == []


def test_proposals_handed_to_ministries_are_tasks():
    _, tasks = _table([["TT", "Tỉnh kiến nghị", "Thông tin đề xuất", "Bộ phụ trách tiếp nhận, xử lý"],
                       ["1", "Lào Cai", "Đề nghị hỗ trợ nguồn kinh phí để cải tạo trụ sở làm việc", "Bộ Tài chính"]])
    assert [(t.lead, t.text) for t in tasks] == [(["Bộ Tài chính"], "Đề nghị hỗ trợ nguồn kinh phí để cải tạo trụ sở làm việc")]


def test_a_line_naming_only_partners_gives_them_to_the_jobs_below():
    doc, tasks = _prose("""V. TỔ CHỨC THỰC HIỆN
1. Sở Công Thương
a) Chủ trì, phối hợp với các sở, ban, ngành, UBND các xã, phường và cơ quan, đơn vị có liên quan
- Tổ chức chương trình tập huấn kiến thức về hội nhập kinh tế quốc tế.
b) Phối hợp với các sở, ngành, UBND các xã, phường
- Hỗ trợ phát triển thương mại điện tử của tỉnh.
""", year=2025)
    assert [(t.lead, t.coordinators) for t in tasks] == [
        (["Sở Công Thương"], ["các sở, ban, ngành", "Ủy ban nhân dân các xã, phường", "cơ quan, đơn vị có liên quan"]),
        (["Sở Công Thương"], ["các sở, ngành", "Ủy ban nhân dân các xã, phường"])]
    _spans_hold(doc, tasks)


def test_numbered_points_under_an_unnumbered_leadin_and_the_issuers_own_request():
    _, tasks = _prose("""II. MỘT SỐ NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI
Để đạt được mục tiêu tăng trưởng kinh tế 8% trong năm 2025, tỉnh Đắk Lắk cần tiếp tục thực hiện quyết liệt các chủ trương của Đảng, trong đó lưu ý tập trung thực hiện một số nội dung trọng tâm sau:
1. Rà soát các chỉ tiêu phát triển kinh tế - xã hội đã được Hội đồng nhân dân tỉnh giao từ đầu năm.
2. Đẩy mạnh giải ngân đầu tư công, phân công nhiệm vụ cụ thể cho các đồng chí lãnh đạo Tỉnh.
""", doc_type="Thông báo", year=2025)
    assert [t.lead for t in tasks][-2:] == [["Tỉnh Đắk Lắk"], ["Tỉnh Đắk Lắk"]]
    _, tasks = _prose("""Để khẩn trương ứng phó, khắc phục hậu quả mưa lũ, Thủ tướng Chính phủ yêu cầu:
1. Bộ Quốc phòng chỉ đạo các đơn vị quân đội hỗ trợ Nhân dân.
2. Khẩn trương tổ chức thăm hỏi, động viên các gia đình bị thiệt hại.
""", doc_type="Công điện", year=2025)
    assert [t.lead for t in tasks] == [["Bộ Quốc phòng"]]


def test_a_leadin_listing_projects_is_the_job():
    doc, tasks = _prose("""1. Công an thành phố
- Chủ trì triển khai, thực hiện các nhiệm vụ được giao tại các dự án trong Chương trình theo chỉ đạo của Bộ Công an:
+ Dự án 1: Phòng ngừa, đấu tranh tội phạm về ma túy có tổ chức, xuyên quốc gia.
+ Dự án 2: Ứng dụng khoa học và công nghệ trong phòng, chống ma túy.
- Phối hợp kiểm tra việc thực hiện Chương trình trên địa bàn.
""", year=2025)
    assert [(t.lead, t.text[:30]) for t in tasks] == [
        (["Công an thành phố"], "Chủ trì triển khai, thực hiện "),
        (["Công an thành phố"], "Phối hợp kiểm tra việc thực hi")]
    _spans_hold(doc, tasks)


def test_a_leadin_assigning_duties_to_its_members_is_a_job_but_carrying_out_duties_is_not():
    _, tasks = _prose("1. Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa tiếp tục phân công nhiệm vụ cụ thể cho "
                      "từng đồng chí trong Thường vụ xuống tận phường, xã, trong đó tập trung một số nhiệm vụ sau:\n"
                      "(1) Huy động các lực lượng, phương tiện hỗ trợ Nhân dân.\n", doc_type="Công điện", year=2025)
    assert [t.text[:30] for t in tasks] == ["tiếp tục phân công nhiệm vụ cụ", "Huy động các lực lượng, phương"]
    _, tasks = _prose("Thành phố Đà Nẵng cần tập trung thực hiện tốt một số nhiệm vụ, giải pháp sau đây:\n", year=2025)
    assert tasks == []


LETTER = ("BỘ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 1234/BGDĐT-GDĐH\nV/v triển khai công tác tuyển sinh năm 2025\n"
          "Kính gửi: Các cơ sở đào tạo trực thuộc Bộ\n"
          "Để chuẩn bị cho kỳ tuyển sinh năm 2025, Bộ Giáo dục và Đào tạo đề nghị như sau:\n"
          "1. Tiếp tục rà soát, cập nhật đề án tuyển sinh, hoàn thành trước ngày 15/3/2025.\n"
          "2. Quy định xử lý vi phạm\n"
          "- Không lập hồ sơ tuyển sinh theo quy định.\n")


def test_a_letters_points_without_a_unit_are_its_addressees_jobs():
    doc, tasks = _prose(LETTER, doc_type="Công văn", year=2025)
    assert [(t.lead, t.text[:30]) for t in tasks] == [
        (["Các cơ sở đào tạo trực thuộc Bộ"], "Tiếp tục rà soát, cập nhật đề ")]
    assert tasks[0].deadline.text == "hoàn thành trước ngày 15/3/2025"
    _spans_hold(doc, tasks)


def test_the_points_of_a_guidance_annexed_after_the_letter_are_not_its_addressees_jobs():
    annexed = LETTER + ("Trân trọng./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
                        "HƯỚNG DẪN SỐ HÓA HỒ SƠ, TÀI LIỆU\n"
                        "1. Kiểm tra độ bền vật liệu trước khi số hóa.\n"
                        "2. Đánh giá mức độ toàn vẹn của tài liệu.\n")
    _, tasks = _prose(annexed, doc_type="Công văn", year=2025)
    assert [t.text[:30] for t in tasks] == ["Tiếp tục rà soát, cập nhật đề "]


def test_a_letter_to_the_prime_minister_gives_no_jobs():
    _, tasks = _prose(LETTER.replace("Các cơ sở đào tạo trực thuộc Bộ", "Thủ tướng Chính phủ"),
                      doc_type="Công văn", year=2025)
    assert tasks == []


def test_a_completion_time_line_without_colon_dates_the_job_before_it():
    doc, tasks = _prose("1.3. Giao Ủy ban nhân dân các phường, xã, đặc khu\n- Rà soát, cập nhật và làm sạch dữ liệu số "
                        "nhà đã cấp trên địa bàn; bảo đảm thống nhất, đồng bộ và chính xác.\n"
                        "Thời gian hoàn thành trước ngày 31 tháng 12 năm 2025.\n", doc_type="Kế hoạch", year=2025)
    assert [(t.text[:20], t.deadline.end if t.deadline else None) for t in tasks] == [
        ("Rà soát, cập nhật và", "2025-12-31")]


def test_a_sentence_that_only_dates_the_job_before_it_is_its_deadline_not_a_job():
    doc, tasks = _prose("**4. Cục Mỹ\nthuật, Nhiếp ảnh và Triển lãm**\nKhẩn trương hoàn thiện sửa đổi,\n"
                        "bổ sung Nghị định số 113/2013/NĐ-CP ngày 02/10/2013 của Chính phủ về hoạt động\n"
                        "mỹ thuật để thực thi các phương án cắt giảm, đơn giản hóa TTHC đã được phê duyệt.\n"
                        "Đảm bảo **hoàn thành trong quý I/2026.**\n",
                        doc_type="Quyết định", year=2025)
    assert [(t.lead, t.text[:25], t.deadline.text) for t in tasks] == [
        (["Cục Mỹ thuật, Nhiếp ảnh và Triển lãm"], "Khẩn trương hoàn thiện sử", "trong quý I/2026")]
    _spans_hold(doc, tasks)


def test_the_councils_standing_committee_and_deputies_supervise_a_resolution():
    _, tasks = _prose("Điều 4. Tổ chức thực hiện\n1. Giao Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết.\n"
                      "2. Thường trực HĐND tỉnh, các Ban của HĐND tỉnh và các Tổ đại biểu HĐND tỉnh giám sát việc thực "
                      "hiện Nghị quyết.\n",
                      doc_type="Nghị quyết", year=2025)
    assert [(t.lead, t.text) for t in tasks] == [
        (["Ủy ban nhân dân tỉnh"], "tổ chức triển khai thực hiện Nghị quyết"),
        (["Thường trực Hội đồng nhân dân tỉnh", "các Ban của Hội đồng nhân dân tỉnh",
          "các Tổ đại biểu Hội đồng nhân dân tỉnh"],
         "giám sát việc thực hiện Nghị quyết")]


def test_a_leadins_numbered_items_go_on_after_a_paragraph_naming_its_own_unit():
    doc, tasks = _prose("Để tiếp tục vận hành chính quyền địa phương 02 cấp hoạt động hiệu lực, hiệu quả, thành phố Đà "
                        "Nẵng cần tập trung thực hiện tốt một số nhiệm vụ, giải pháp sau đây:\n\n"
                        "1. Tăng cường hiệu quả hoạt động của bộ máy chính quyền cấp xã.\n\n"
                        "Ủy ban nhân dân Thành phố chỉ đạo các sở, ngành tăng cường bám sát cơ sở.\n\n"
                        "2. Tập trung rà soát, đánh giá việc phân cấp, phân quyền.\n", doc_type="Thông báo", year=2025)
    assert [(t.lead, t.text[:30]) for t in tasks] == [
        (["Thành phố Đà Nẵng"], "Tăng cường hiệu quả hoạt động "),
        (["Ủy ban nhân dân Thành phố"], "chỉ đạo các sở, ngành tăng cườ"),
        (["Thành phố Đà Nẵng"], "Tập trung rà soát, đánh giá vi")]
    _spans_hold(doc, tasks)


NOTICE_OF_MEETING = ("THÔNG BÁO\n\nKẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ BÙI THANH SƠN TẠI BUỔI LÀM VIỆC VỚI LÃNH ĐẠO TỈNH "
                     "PHÚ THỌ\n\nI. ĐÁNH GIÁ CHUNG\n\n1. Tăng trưởng kinh tế 9 tháng đạt 8,5%, đứng thứ 10 cả nước.\n\n"
                     "II. MỘT SỐ NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI\n\n"
                     "1. Rà soát, xây dựng kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030.\n\n"
                     "2. Trên cơ sở Nghị quyết Đại hội đại biểu Đảng bộ tỉnh, khẩn trương xây dựng chương trình hành "
                     "động.\n\n"
                     "3. Bộ Tài chính chủ trì rà soát, đề xuất phương án xử lý.\n")


def test_a_notice_of_a_meeting_gives_its_provinces_the_points_that_name_no_unit():
    doc, untitled = _prose(NOTICE_OF_MEETING, doc_type="Thông báo", year=2025)
    assert [t.lead for t in untitled] == [["Bộ Tài chính"]]  # without the title's meeting, no province
    title = "Kết luận của phó Thủ tướng Chính phủ bùi thanh sơn tại buổi làm việc với lãnh đạo tỉnh Phú Thọ"
    tasks = find_tasks(doc, 2025, "Thông báo", title)
    assert [(t.lead, t.text[:25]) for t in tasks] == [
        (["Tỉnh Phú Thọ"], "Rà soát, xây dựng kế hoạc"), (["Tỉnh Phú Thọ"], "Trên cơ sở Nghị quyết Đại"),
        (["Bộ Tài chính"], "rà soát, đề xuất phương á")]
    _spans_hold(doc, tasks)


def test_a_notice_sent_to_the_provinces_peoples_committee_gives_it_the_points():
    closing = ("Văn phòng Chính phủ thông báo để Ủy ban nhân dân tỉnh\nPhú Thọ và các Bộ, cơ quan liên quan biết, "
               "thực hiện./.\n")
    lead_in = NOTICE_OF_MEETING.replace("1. Rà soát", "Để đạt mục tiêu tăng trưởng 8%, tỉnh Phú Thọ cần tập trung "
                                        "thực hiện một số nội dung sau:\n\n1. Rà soát")
    title = "Kết luận của phó Thủ tướng Chính phủ bùi thanh sơn tại buổi làm việc với lãnh đạo tỉnh Phú Thọ"
    for text in (NOTICE_OF_MEETING, lead_in):
        doc, _ = _prose(text + "\n" + closing, doc_type="Thông báo", year=2025)
        tasks = find_tasks(doc, 2025, "Thông báo", title)
        assert [(t.lead, t.text[:25]) for t in tasks] == [
            (["Ủy ban nhân dân tỉnh Phú Thọ"], "Rà soát, xây dựng kế hoạc"),
            (["Ủy ban nhân dân tỉnh Phú Thọ"], "Trên cơ sở Nghị quyết Đại"),
            (["Bộ Tài chính"], "rà soát, đề xuất phương á")]
        _spans_hold(doc, tasks)
    # sent to another province's committee: the points stay the province's met
    doc, _ = _prose(NOTICE_OF_MEETING + "\n" + closing.replace("Phú Thọ", "Hòa Bình"), doc_type="Thông báo", year=2025)
    assert [t.lead for t in find_tasks(doc, 2025, "Thông báo", title)][:2] == [["Tỉnh Phú Thọ"], ["Tỉnh Phú Thọ"]]


def test_in_a_notice_of_a_meeting_tinh_as_a_subject_is_the_province_met():
    doc = build_document(layout_text(normalize_text(
        "THÔNG BÁO\n\nI. ĐÁNH GIÁ CHUNG\n\nTỉnh đã hoàn thành nhà ở cho hộ nghèo. Trong thời gian tới, Tỉnh tổ chức "
        "thực hiện nghiêm túc nhiệm vụ, chỉ tiêu Trung ương giao.\n\nII. MỘT SỐ KIẾN NGHỊ CỦA TỈNH\n\n"
        "2. Về việc hỗ trợ 20 xe ô tô chuyên dùng cứu thương: Tỉnh căn cứ các quy định hiện hành để sắp xếp bố trí xe "
        "ô tô phục vụ công tác.\n")), "txt")
    title = "Kết luận của phó Thủ tướng Chính phủ lê thành long tại buổi làm việc với lãnh đạo tỉnh Điện Biên"
    tasks = find_tasks(doc, 2025, "Thông báo", title)
    assert [(t.lead, t.text[:25]) for t in tasks] == [
        (["Tỉnh Điện Biên"], "tổ chức thực hiện nghiêm "), (["Tỉnh Điện Biên"], "căn cứ các quy định hiện ")]
    _spans_hold(doc, tasks)


def test_in_a_notice_of_a_meeting_the_provinces_bodies_named_without_it_are_its_own():
    doc, untitled = _prose(
        "II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI\n\n"
        "Đề nghị Thường trực Tỉnh ủy tập trung lãnh đạo, chỉ đạo thực hiện các nhiệm vụ, giải pháp sau:\n\n"
        "- Đẩy mạnh cải cách thủ tục hành chính, cải thiện môi trường đầu tư kinh doanh.\n\n"
        "III. VỀ CÁC KIẾN NGHỊ CỦA TỈNH\n\n"
        "1. Ủy ban nhân dân tỉnh chủ trì, phối hợp với Bộ Xây dựng rà soát hồ sơ dự án đường ven biển.\n\n"
        "2. Bộ Tài chính chủ trì, phối hợp với Ủy ban nhân dân tỉnh xem xét việc bố trí vốn.\n",
        doc_type="Thông báo", year=2025)
    assert [(t.lead, t.coordinators) for t in untitled] == [  # without the title's meeting, as written
        (["Thường trực Tỉnh ủy"], []), (["Ủy ban nhân dân tỉnh"], ["Bộ Xây dựng"]),
        (["Bộ Tài chính"], ["Ủy ban nhân dân tỉnh"])]
    title = "Kết luận của Thủ tướng Chính phủ tại buổi làm việc với Thường trực Tỉnh ủy Thanh Hóa"
    tasks = find_tasks(doc, 2025, "Thông báo", title)
    assert [(t.lead, t.coordinators, t.text[:20]) for t in tasks] == [
        (["Thường trực Tỉnh ủy Thanh Hóa"], [], "Đẩy mạnh cải cách th"),
        (["Ủy ban nhân dân tỉnh Thanh Hóa"], ["Bộ Xây dựng"], "rà soát hồ sơ dự án "),
        (["Bộ Tài chính"], ["Ủy ban nhân dân tỉnh Thanh Hóa"], "xem xét việc bố trí ")]
    _spans_hold(doc, tasks)


def test_lam_viec_and_lam_ro_are_jobs_but_a_unit_given_the_role_of_bidder_is_described():
    # "là" (is) says no job, but it opens "làm việc với", "làm rõ"; "được giao làm Bên mời thầu" names the unit.
    doc, tasks = _prose("c) Giao Bộ Xây dựng chủ trì, làm việc với UBND tỉnh Đồng Nai, ACV để thống nhất việc đầu "
                        "tư đoạn kết nối.\n\n"
                        "d) Sở Tài chính làm rõ nguyên nhân chậm giải ngân, báo cáo trước ngày 15/11/2025.\n\n"
                        "đ) Sở Xây dựng là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh.\n\n"
                        "e) Các đơn vị được giao làm Bên mời thầu dự án đấu thầu lựa chọn nhà đầu tư.\n",
                        doc_type="Thông báo", year=2025)
    assert [(t.lead, t.text[:30]) for t in tasks] == [
        (["Bộ Xây dựng"], "làm việc với UBND tỉnh Đồng Na"), (["Sở Tài chính"], "làm rõ nguyên nhân chậm giải n")]
    _spans_hold(doc, tasks)


def test_a_reporting_line_after_a_units_job_is_its_next_job():
    # A hard-wrapped copy puts "Định kỳ báo cáo …" on a line of its own: the unit above reports.
    doc, tasks = _prose("IV. TỔ CHỨC THỰC HIỆN\n\n"
                        "1. Các cơ quan, đơn vị, địa phương xây dựng Kế hoạch triển khai thực hiện xong trong "
                        "tháng 12/2025.\n"
                        "Định kỳ báo cáo UBND tỉnh (qua Sở Tư pháp) kết quả thực hiện Kế hoạch hằng năm (trước ngày "
                        "15 tháng 11).\n", year=2025)
    assert [(t.lead, t.text[:30], t.deadline.text[:8]) for t in tasks] == [
        (["Các cơ quan, đơn vị, địa phương"], "xây dựng Kế hoạch triển khai t", "xong tro"),
        (["Các cơ quan, đơn vị, địa phương"], "Định kỳ báo cáo UBND tỉnh (qua", "hằng năm")]
    _spans_hold(doc, tasks)


def test_a_comrade_minister_stands_for_the_ministry_and_a_request_to_a_named_party_ends_the_job():
    doc, tasks = _prose("b) Giao đồng chí Bộ trưởng Bộ Xây dựng trực tiếp chỉ đạo kiểm tra, rà soát, tháo gỡ các khó "
                        "khăn, vướng mắc. Yêu cầu Nhà đầu tư (Tập đoàn Đèo Cả) rà soát, điều chỉnh lại kế hoạch; phối "
                        "hợp với các doanh nghiệp địa phương hỗ trợ.\n\n"
                        "c) Ủy ban nhân dân các xã tăng cường kiểm tra các công trường. Yêu cầu thực hiện nghiêm các "
                        "biện pháp che chắn.\n", doc_type="Thông báo", year=2025)
    assert [(t.lead, t.coordinators, t.text) for t in tasks] == [
        (["Bộ Xây dựng"], [], "trực tiếp chỉ đạo kiểm tra, rà soát, tháo gỡ các khó khăn, vướng mắc"),
        (["Ủy ban nhân dân các xã"], [],
         "tăng cường kiểm tra các công trường. Yêu cầu thực hiện nghiêm các biện pháp che chắn")]
    _spans_hold(doc, tasks)


def test_a_dash_that_names_a_unit_heads_the_plus_items_under_it():
    doc, tasks = _prose("2. Tăng cường hiệu quả công tác quản lý rác thải\n\n"
                        "a) Tiếp tục hoàn thiện thể chế chính sách về quản lý rác thải\n\n"
                        "- Bộ Nông nghiệp và Môi trường\n\n"
                        "+ Nghiên cứu, rà soát, hoàn thiện các chính sách, pháp luật về bảo vệ môi trường.\n\n"
                        "+ Ban hành hướng dẫn cải tạo, nâng cấp các bãi chôn lấp rác thải.\n\n"
                        "- Bộ Giáo dục và Đào tạo và các cơ sở giáo dục, đào tạo lồng ghép nội dung vào chương trình.\n\n"
                        "- Bộ Công Thương\n\n"
                        "+ Ban hành theo thẩm quyền các chính sách thúc đẩy công nghiệp tái chế.\n\n"
                        "Tổ chức hội nghị sơ kết việc thực hiện Nghị quyết.\n", doc_type="Nghị quyết", year=2025)
    assert [(t.lead, t.text[:25]) for t in tasks] == [
        (["Bộ Nông nghiệp và Môi trường"], "Nghiên cứu, rà soát, hoàn"),
        (["Bộ Nông nghiệp và Môi trường"], "Ban hành hướng dẫn cải tạ"),
        (["Bộ Giáo dục và Đào tạo", "các cơ sở giáo dục"], "đào tạo lồng ghép nội dun"),
        (["Bộ Công Thương"], "Ban hành theo thẩm quyền ")]
    assert {t.section for t in tasks} == {"a) Tiếp tục hoàn thiện thể chế chính sách về quản lý rác thải"}
    _spans_hold(doc, tasks)


def test_a_row_under_the_same_number_that_names_only_units_gives_the_task_above_to_them_too():
    rows = [["TT", "Tên đề án ưu tiên", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành"],
            ["1", "Đề án triển khai phong trào toàn dân tham gia bảo vệ môi trường",
             "Trung ương Mặt trận Tổ quốc Việt Nam", "Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "2030"],
            ["1", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
             "Đài Truyền hình và các cơ quan thông tấn, báo chí tại địa phương",
             "Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "2030"],
            ["2", "Đề án xử lý, cải tạo, phục hồi môi trường các bãi chôn lấp",
             "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "Các bộ, ngành", "2030"]]
    doc, tasks = _table(rows, year=2025)
    assert [(t.text[:20], t.lead, t.coordinators) for t in tasks] == [
        ("Đề án triển khai pho", ["Trung ương Mặt trận Tổ quốc Việt Nam",
                                  "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"],
         ["Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "Đài Truyền hình",
          "các cơ quan thông tấn, báo chí tại địa phương"]),
        ("Đề án xử lý, cải tạo", ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"], ["Các bộ, ngành"])]


def test_the_duty_and_partners_are_read_past_the_remit_which_opens_the_job():
    doc, tasks = _prose("2. Bộ Quốc phòng, Bộ Công an theo chức năng, nhiệm vụ, thẩm quyền chủ trì, phối hợp với các Bộ, "
                        "cơ quan liên quan và các địa phương:\n\n"
                        "a) Rà soát các mặt hàng dự trữ quốc gia thuộc lĩnh vực quản lý.\n\n"
                        "3. Các sở, ban, ngành cấp tỉnh theo chức năng, nhiệm vụ và quyền hạn có trách nhiệm phổ biến, "
                        "quán triệt đến cán bộ, công chức.\n", doc_type="Công điện", year=2025)
    assert [(t.lead, t.coordinators, t.text) for t in tasks] == [
        (["Bộ Quốc phòng", "Bộ Công an"], ["các Bộ, cơ quan liên quan", "các địa phương"],
         "Rà soát các mặt hàng dự trữ quốc gia thuộc lĩnh vực quản lý"),
        (["Các sở, ban, ngành cấp tỉnh"], [],
         "theo chức năng, nhiệm vụ và quyền hạn có trách nhiệm phổ biến, quán triệt đến cán bộ, công chức")]
    _spans_hold(doc, tasks)


def test_a_heading_group_with_examples_in_brackets_is_the_group():
    doc, tasks = _prose("5. Các chủ rừng là tổ chức (các Ban quản lý rừng đặc dụng, rừng phòng hộ, các Công ty nông, lâm "
                        "nghiệp…)\n\n"
                        "- Thực hiện đầy đủ quyền, nghĩa vụ và trách nhiệm chủ rừng theo quy định của Luật Lâm nghiệp.\n",
                        doc_type="Chỉ thị", year=2025)
    assert [t.lead for t in tasks] == [["Các chủ rừng là tổ chức"]]


def test_a_paragraph_naming_only_units_and_a_colon_gives_them_the_items_below():
    doc, tasks = _prose("b) Hoàn thiện hạ tầng kỹ thuật đồng bộ về phân loại, thu gom rác thải sinh hoạt sau phân loại\n\n"
                        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương:\n\n"
                        "- Rà soát, tổng hợp danh mục các dự án đầu tư hạ tầng kỹ thuật.\n\n"
                        "- Bố trí đầy đủ trang thiết bị, phương tiện thu gom.\n\n"
                        "c) Giảm thiểu phát sinh rác thải\n\n"
                        "- Đề nghị Mặt trận Tổ quốc Việt Nam tại địa phương\n\n"
                        "+ Xây dựng kế hoạch giám sát việc phân loại rác thải sinh hoạt.\n\n"
                        "- Tổ chức hội nghị tổng kết.\n", doc_type="Nghị quyết", year=2025)
    assert [(t.lead, t.text[:20]) for t in tasks] == [
        (["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"], "Rà soát, tổng hợp da"),
        (["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"], "Bố trí đầy đủ trang "),
        (["Mặt trận Tổ quốc Việt Nam tại địa phương"], "Xây dựng kế hoạch gi")]
    _spans_hold(doc, tasks)


def test_roman_items_in_brackets_give_their_units_jobs_and_footnotes_give_none():
    doc, tasks = _prose("b) Để làm tốt các nhiệm vụ sắp tới, đề nghị:\n"
                        "(i) Tập đoàn Công nghiệp - Năng lượng quốc gia Việt Nam báo cáo Thủ tướng Chính phủ xem xét về "
                        "thời gian khánh thành dự án.\n"
                        "(ii) Ủy ban nhân dân tỉnh Đồng Nai chỉ đạo đơn vị liên quan hoàn thành bàn giao mặt bằng.\n"
                        "Văn phòng Chính phủ thông báo để các bộ, cơ quan và địa phương biết, thực hiện./.\n"
                        "[1] Cụ thể:\n"
                        "(i) Thủ tướng Chính phủ phê duyệt và các bộ đã phê duyệt phương án cắt giảm 357 TTHC.\n",
                        doc_type="Thông báo", year=2025)
    assert [(t.lead, t.text[:20]) for t in tasks] == [
        (["Tập đoàn Công nghiệp - Năng lượng quốc gia Việt Nam"], "báo cáo Thủ tướng Ch"),
        (["Ủy ban nhân dân tỉnh Đồng Nai"], "chỉ đạo đơn vị liên ")]
    _spans_hold(doc, tasks)


def test_a_unit_heading_may_say_where_its_units_should_look_first():
    doc, tasks = _prose("1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng, trong đó trọng tâm là "
                        "các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng:\n"
                        "a) Tổ chức xây dựng kế hoạch cụ thể, phát động và triển khai ngay Chiến dịch Quang Trung.\n",
                        doc_type="Công điện", year=2025)
    assert [t.lead for t in tasks] == [["Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng"]]


def test_numbered_items_under_an_articles_lead_in_are_its_jobs():
    doc, tasks = _prose("Điều 1. Chính phủ cơ bản thống nhất với dự án Pháp lệnh. Giao Bộ Công an chủ trì, phối hợp với "
                        "các bộ, cơ quan ngang bộ hoàn thiện hồ sơ dự án Pháp lệnh, bảo đảm một số yêu cầu sau:\n"
                        "1. Quán triệt và thể chế hóa đầy đủ các quan điểm, chủ trương của Đảng.\n"
                        "2. Rà soát kỹ nội dung dự thảo Pháp lệnh.\n"
                        "Điều 2. Nghị quyết này có hiệu lực từ ngày ký.\n", doc_type="Nghị quyết", year=2025)
    assert [(t.lead, t.text[:20]) for t in tasks][-2:] == [
        (["Bộ Công an"], "Quán triệt và thể ch"), (["Bộ Công an"], "Rà soát kỹ nội dung ")]


def test_a_basis_after_a_semicolon_leaves_the_units_after_it_their_lead_in():
    doc, tasks = _prose("2. Về nhiệm vụ trọng tâm\n\n"
                        "Quán triệt sâu sắc ý kiến chỉ đạo của đồng chí Thường trực Ban Bí thư; căn cứ vào phương hướng, "
                        "nhiệm vụ đã nêu trong Báo cáo, Văn phòng Trung ương Đảng và các văn phòng tỉnh uỷ, thành uỷ cụ "
                        "thể hoá để tổ chức thực hiện, trong đó, cần tập trung một số nhiệm vụ trọng tâm sau:\n\n"
                        "(1) Tích cực, chủ động nâng cao chất lượng công tác tham mưu, tổng hợp.\n\n"
                        "(2) Nâng cao chất lượng công tác thông tin phục vụ lãnh đạo.\n", doc_type="Kết luận", year=2025)
    leads = ["Văn phòng Trung ương Đảng", "các văn phòng tỉnh uỷ, thành uỷ"]
    assert [(t.lead, t.text[:20]) for t in tasks][-2:] == [
        (leads, "Tích cực, chủ động n"), (leads, "Nâng cao chất lượng ")]


def test_the_units_a_job_works_with_and_guides_are_its_coordinators():
    doc, tasks = _prose("(3) Bộ Xây dựng tiếp tục chủ động phối hợp, hướng dẫn Bộ Y tế, Ban Quản lý dự án hoàn thiện hồ "
                        "sơ thiết kế phòng cháy, chữa cháy.\n", doc_type="Thông báo", year=2025)
    assert [(t.lead, t.coordinators) for t in tasks] == [(["Bộ Xây dựng"], ["Bộ Y tế", "Ban Quản lý dự án"])]
    _, tasks = _prose("- Các cơ quan, đơn vị căn cứ theo chức năng, nhiệm vụ, thẩm quyền chủ động phối hợp, hỗ trợ địa "
                      "phương ứng phó, bảo đảm an toàn tính mạng cho Nhân dân.\n", doc_type="Công điện", year=2025)
    assert [(t.lead, t.coordinators) for t in tasks] == [(["Các cơ quan, đơn vị"], ["địa phương"])]


def test_a_heading_group_that_lists_its_departments_gives_them_its_jobs():
    doc, tasks = _prose("1.3. Các cơ quan tham mưu quản lý ngành, lĩnh vực (gồm các Sở: Xây dựng, Công Thương, Tài chính)\n\n"
                        "- Cử công chức chuyên môn phối hợp tham gia tổ công tác kiểm kê tài sản.\n\n"
                        "- Phối hợp hướng dẫn các cơ quan, đơn vị thực hiện kiểm kê tài sản kết cấu hạ tầng.\n",
                        year=2025)
    assert [(t.lead, t.coordinators) for t in tasks] == [
        (["Sở Xây dựng", "Sở Công Thương", "Sở Tài chính"], []),
        (["Sở Xây dựng", "Sở Công Thương", "Sở Tài chính"], [])]  # (guiding in concert: the guided are no partners)


def test_a_request_after_a_clause_may_ask_a_bare_group():
    doc, tasks = _prose("Để làm tốt việc này, yêu cầu cấp uỷ, tổ chức đảng, chính quyền, đoàn thể các cấp tập trung thực "
                        "hiện tốt một số nhiệm vụ, giải pháp sau:\n\n"
                        "1. Giảm tối đa số trẻ bị bỏ rơi mới, xây dựng mạng lưới cộng tác viên xã hội.\n",
                        doc_type="Thông báo", year=2025)
    assert [t.lead for t in tasks] == [["cấp uỷ, tổ chức đảng, chính quyền, đoàn thể các cấp"]]


def test_a_letter_to_a_described_group_gives_the_whole_group_its_points():
    doc, tasks = _prose("Kính gửi: Các Doanh nghiệp hoạt động cho thuê lại lao động trên địa bàn Thành phố Hồ Chí Minh\n\n"
                        "Sở Nội vụ đề nghị các doanh nghiệp tự kiểm tra, nội dung cụ thể như sau:\n\n"
                        "1. Thường xuyên rà soát, kiểm tra hoạt động cho thuê lại lao động của doanh nghiệp.\n",
                        doc_type="Công văn", year=2025)
    assert [t.lead for t in tasks][-1] == [
        "Các Doanh nghiệp hoạt động cho thuê lại lao động trên địa bàn Thành phố Hồ Chí Minh"]


def test_a_departments_plain_request_asks_the_groups_below_it():
    # (Công văn of Sở Nội vụ TP.HCM on labour leasing, 2025; "đề nghị" upward or to central bodies proposes, no job)
    doc, tasks = _prose("Kính gửi: Các Doanh nghiệp hoạt động cho thuê lại lao động trên địa bàn Thành phố\n\n"
                        "Sở Nội vụ đề nghị các doanh nghiệp có hoạt động cho thuê lại lao động trên địa bàn Thành phố "
                        "tự kiểm tra, đánh giá việc thực hiện quy định pháp luật, nội dung cụ thể như sau:\n\n"
                        "1. Thường xuyên rà soát, kiểm tra hoạt động cho thuê lại lao động của doanh nghiệp.\n",
                        doc_type="Công văn", year=2025)
    _spans_hold(doc, tasks)
    group = ["các doanh nghiệp có hoạt động cho thuê lại lao động trên địa bàn Thành phố"]
    assert [(t.lead, t.text[:25]) for t in tasks] == [
        (group, "tự kiểm tra, đánh giá việ"), (group, "Thường xuyên rà soát, kiể")]
    doc, tasks = _prose("Sở Giáo dục và Đào tạo đề nghị UBND các xã, phường chỉ đạo các trường điều chỉnh lịch học.\n\n"
                        "Sở Nội vụ đề nghị Ủy ban nhân dân tỉnh xem xét, bố trí kinh phí.\n\n"
                        "Sở Nội vụ đề nghị các Bộ, ngành Trung ương hỗ trợ kinh phí đào tạo.\n",
                        doc_type="Công văn", year=2025)
    assert [(t.lead, t.text[:25]) for t in tasks] == [(["Ủy ban nhân dân các xã, phường"], "chỉ đạo các trường điều c")]


def test_a_body_that_directs_others_who_have_duties_leads_their_jobs():
    # (Chỉ thị 09/CT-UBND of Cần Thơ on groundwater, 2025: "d) Giao Ban Quản lý … chỉ đạo các đơn vị … có trách nhiệm:")
    board = ["Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ"]
    doc, tasks = _prose("CHỈ THỊ\nVề tăng cường quản lý tài nguyên nước\n\n"
                        "d) Giao Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ chỉ đạo các đơn vị kinh doanh hạ "
                        "tầng khu chế xuất, khu, cụm công nghiệp có trách nhiệm:\n\n"
                        "- Xây dựng giải pháp sử dụng nước tuần hoàn, tiết kiệm, hiệu quả.\n\n"
                        "đ) Giao Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ chỉ đạo các doanh nghiệp có trách "
                        "nhiệm lập kế hoạch khai thác nước mặt.\n", doc_type="Chỉ thị", year=2025)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text[:25]) for t in tasks] == [
        (board, "Xây dựng giải pháp sử dụn"), (board, "chỉ đạo các doanh nghiệp ")]


def test_a_labelled_line_run_into_the_next_label_gives_both():
    # (a web copy of Kon Tum's Chương trình hành động, 2020, lost the break before "-Thời gian thực hiện:")
    doc, tasks = _prose("II. NHIỆM VỤ VÀ GIẢI PHÁP\n\n"
                        "2.10. Rà soát, đề xuất công tác quy hoạch các thiết chế văn hóa cho công nhân lao động.\n"
                        "- Cơ quan thực hiện: Sở Văn hóa - Thể thao và Du lịch chủ trì, phối hợp với các sở, ngành, Liên "
                        "đoàn Lao động tỉnh và địa phương -Thời gian thực hiện: Thực hiện thường xuyên hằng năm.\n",
                        year=2020)
    [task] = tasks
    assert (task.lead, task.coordinators, task.deadline.text) == (
        ["Sở Văn hóa - Thể thao và Du lịch"], ["các sở, ngành", "Liên đoàn Lao động tỉnh", "địa phương"],
        "Thực hiện thường xuyên hằng năm")


def test_a_letter_to_departments_of_central_bodies_asks_them_each_named_whole():
    """Addressed to offices and departments of the central bodies, the letter goes across, not up; each listed
    addressee is one, with its body ("Vụ Đối ngoại, Văn phòng Chủ tịch nước"); the request closing a numbered
    paragraph heads the points below it."""
    doc, tasks = _prose("Kính gửi:\n\n"
                        "- Cục Quản trị A, Văn phòng Trung ương Đảng;\n"
                        "- Văn phòng các Ban của Đảng;\n"
                        "- Vụ Đối ngoại, Văn phòng Chủ tịch nước;\n"
                        "- Sở Ngoại vụ các tỉnh, thành phố trực thuộc Trung ương.\n\n"
                        "2. Các thủ tục nêu trên sẽ được tiếp nhận qua Cổng dịch vụ công Bộ Ngoại giao. Để phối hợp "
                        "triển khai hiệu quả, Cục Lãnh sự trân trọng đề nghị Quý Cơ quan giúp:\n\n"
                        "- Thông tin rộng rãi tới cán bộ, công chức thuộc phạm vi quản lý về việc triển khai.\n\n"
                        "- Chủ động phối hợp với Cục Lãnh sự trong quá trình tổ chức thực hiện.\n",
                        doc_type="Công văn", year=2025)
    addressees = ["Cục Quản trị A, Văn phòng Trung ương Đảng", "Văn phòng các Ban của Đảng",
                  "Vụ Đối ngoại, Văn phòng Chủ tịch nước", "Sở Ngoại vụ các tỉnh, thành phố trực thuộc Trung ương"]
    assert [(t.lead, t.text[:20]) for t in tasks] == [
        (addressees, "Thông tin rộng rãi t"), (addressees, "Chủ động phối hợp vớ")]
    # (two offices on one line stay two)
    _, tasks = _prose("Kính gửi:\n\n- Văn phòng UBND tỉnh, Sở Tài chính;\n\n"
                      "1. Rà soát, tổng hợp kết quả thực hiện cắt giảm thủ tục hành chính năm 2025.\n",
                      doc_type="Công văn", year=2025)
    assert [t.lead for t in tasks] == [["Văn phòng Ủy ban nhân dân tỉnh", "Sở Tài chính"]]


@pytest.mark.parametrize("sentence,lead,coords,job", [
    ("Sở Tài chính chủ trì, phối hợp với Sở Nông nghiệp và Môi trường, đơn vị được lựa chọn quan trắc môi trường "
     "triển khai thực hiện chương trình quan trắc.", ["Sở Tài chính"],
     ["Sở Nông nghiệp và Môi trường", "đơn vị được lựa chọn quan trắc môi trường"], "triển khai thực hiện"),
    ("Các đơn vị được giao nhiệm vụ trong Kế hoạch khẩn trương tổ chức triển khai thực hiện đúng tiến độ.",
     ["Các đơn vị được giao nhiệm vụ trong Kế hoạch"], [], "khẩn trương tổ chức"),
    ("Ủy ban nhân dân cấp xã có trách nhiệm phối hợp với đơn vị được giao làm nhiệm vụ bồi thường, hỗ trợ, tái định cư "
     "triển khai thực hiện điều tra, khảo sát.", ["Ủy ban nhân dân cấp xã"],
     ["đơn vị được giao làm nhiệm vụ bồi thường, hỗ trợ, tái định cư"], "triển khai thực hiện"),
    # what follows a comma is no short item of the description: the group stays as read
    ("Phối hợp với các Sở, ban, ngành được giao tại các văn bản nêu trên, hoàn thiện cơ sở dữ liệu quốc gia trong "
     "ngành.", None, None, None),
])
def test_a_group_described_by_what_it_was_given_or_chosen_for_keeps_its_description(sentence, lead, coords, job):
    _, tasks = _prose("III. TỔ CHỨC THỰC HIỆN\n\n1. Sở Nội vụ tổng hợp báo cáo kết quả thực hiện.\n\n" + sentence, year=2025)
    units = [unit for task in tasks for unit in task.lead + task.coordinators]
    if lead is None:
        assert not any("được giao" in unit for unit in units)
    else:
        assert [(t.lead, t.coordinators, t.text[:len(job)]) for t in tasks[1:]] == [(lead, coords, job)]


@pytest.mark.parametrize("addressee,upwards", [
    ("Văn phòng Chính phủ", True), ("Thủ tướng Chính phủ", True),
    ("Vụ Quan hệ Quốc tế, Văn phòng Chính phủ", False), ("Sở Tài chính", False)])
def test_a_letter_to_a_superior_or_its_office_reports_one_to_a_department_asks(addressee, upwards):
    _, tasks = _prose(f"Kính gửi: {addressee}\n\n"
                      "1. Rà soát, tổng hợp kết quả thực hiện cắt giảm thủ tục hành chính năm 2025.\n",
                      doc_type="Công văn", year=2025)
    assert [t.lead for t in tasks] == ([] if upwards else [[addressee]])


def test_a_duty_right_after_the_units_is_theirs_not_the_end_of_a_described_subject():
    _, tasks = _prose("a) Các cơ quan, tổ chức, đơn vị có trách nhiệm giao tài khoản Phần mềm theo đúng đối tượng quy "
                      "định tại khoản 3 Điều này, đồng thời chịu trách nhiệm về việc giao tài khoản.\n", year=2025)
    assert [(t.lead, t.text[:22]) for t in tasks] == [(["Các cơ quan, tổ chức, đơn vị"], "giao tài khoản Phần mề")]


def test_a_polite_request_gives_the_asked_units_the_job_and_an_issuers_reply_is_none():
    doc, tasks = _prose("Bộ Tài chính trân trọng đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo "
                        "các xã, phường, đặc khu cử cán bộ tham dự lớp bồi dưỡng.\n\n"
                        "Cục Hải quan trả lời để Hội đồng Kinh doanh Hoa Kỳ - ASEAN biết.\n", doc_type="Công văn", year=2025)
    assert [(t.lead, t.text[:20]) for t in tasks] == [
        (["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"], "chỉ đạo các xã, phườ")]


def test_a_charter_of_duties_under_sub_headings_gives_the_units_jobs_up_to_the_next_article():
    doc, tasks = _prose(
        "Điều 2. Nhiệm vụ, quyền hạn\n\n"
        "Trung tâm Phục vụ hành chính công thành phố thực hiện nhiệm vụ, quyền hạn theo quy định tại Nghị định số "
        "118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ, cụ thể như sau:\n\n"
        "1. Nhiệm vụ, quyền hạn chung\n\n"
        "a) Công khai kịp thời, đầy đủ danh mục thủ tục hành chính;\n\n"
        "b) Thực hiện các nhiệm vụ khác được giao theo quy định của pháp luật.\n\n"
        "2. Ngoài các nhiệm vụ, quyền hạn được nêu tại khoản 1 Điều này, Trung tâm Phục vụ hành chính công thành phố "
        "có chức năng tham mưu công tác kiểm soát thủ tục hành chính, gồm các nhiệm vụ sau:\n\n"
        "a) Hướng dẫn, theo dõi, đôn đốc việc thực hiện công tác kiểm soát thủ tục hành chính;\n\n"
        "Điều 3. Tổ chức thực hiện\n\n"
        "1. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành và thay thế quyết định cũ.\n\n"
        "2. Chánh Văn phòng Ủy ban nhân dân thành phố chỉ đạo Trung tâm triển khai, thi hành Quy định này.\n\n"
        "3. Sở Nội vụ nhận được kiến nghị của cử tri về biên chế của Trung tâm.\n", "Quyết định", year=2025)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text) for t in tasks] == [
        (["Trung tâm Phục vụ hành chính công thành phố"], "Công khai kịp thời, đầy đủ danh mục thủ tục hành chính"),
        (["Trung tâm Phục vụ hành chính công thành phố"],
         "Hướng dẫn, theo dõi, đôn đốc việc thực hiện công tác kiểm soát thủ tục hành chính")]


def test_units_asked_in_a_list_split_by_semicolons_and_a_time_that_opens_the_sentence():
    doc, tasks = _prose(
        "VI. TỔ CHỨC THỰC HIỆN\n\n"
        "Yêu cầu các sở, ban, ngành, đoàn thể tỉnh; UBND các phường, xã; các đơn vị liên quan căn cứ nhiệm vụ được "
        "phân công triển khai thực hiện tốt Kế hoạch này. Định kỳ 06 tháng các cơ quan có liên quan báo cáo kết quả "
        "thực hiện gửi về Sở Khoa học và Công nghệ.\n\n"
        "Trong quý I năm 2026, Sở Tư pháp hoàn thành rà soát văn bản quy phạm pháp luật.\n", year=2025)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.deadline and (t.deadline.start, t.deadline.end, t.deadline.recurrence)) for t in tasks] == [
        (["các sở, ban, ngành, đoàn thể tỉnh", "Ủy ban nhân dân các phường, xã", "các đơn vị liên quan"], None),
        (["các cơ quan có liên quan"], (None, None, "semiannual")),
        (["Sở Tư pháp"], ("2026-01-01", "2026-03-31", None))]


def test_points_numbered_inside_a_paragraph_are_jobs_of_their_own_units():
    doc, tasks = _prose(
        "III. NHIỆM VỤ\n\n"
        "3. Khẩn trương xây dựng và ban hành chiến lược chuyển đổi số: (1) Thanh tra Chính phủ ban hành trước ngày "
        "25 tháng 11 năm 2025; (2) Bộ Công an chủ trì, phối hợp các bộ, cơ quan liên quan ban hành hướng dẫn; hoàn "
        "thành việc ban hành hướng dẫn trước ngày 30 tháng 11 năm 2025; (3) các bộ, ngành tổ chức rà soát.\n",
        "Thông báo", year=2025)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text, t.deadline and t.deadline.end) for t in tasks] == [
        (["Thanh tra Chính phủ"], "ban hành trước ngày 25 tháng 11 năm 2025", "2025-11-25"),
        (["Bộ Công an"], "ban hành hướng dẫn; hoàn thành việc ban hành hướng dẫn trước ngày 30 tháng 11 năm 2025",
         "2025-11-30"),
        (["các bộ, ngành"], "tổ chức rà soát", None)]


@pytest.mark.parametrize("closing", [
    "Chánh Văn phòng UBND tỉnh; Giám đốc Sở Công Thương; Chủ tịch Ủy ban nhân dân các xã, phường và các tổ chức, "
    "cá nhân liên quan chịu trách nhiệm thi hành quyết định này./.",
    "Thủ trưởng các cơ quan: Văn phòng UBND tỉnh, Sở Công Thương; Chủ tịch UBND các xã, phường và các tổ chức, "
    "cá nhân liên quan căn cứ Quyết định thi hành./.",
])
def test_the_article_that_says_who_carries_out_the_decision_gives_no_job(closing):
    _, tasks = _prose("Điều 3. Quyết định này có hiệu lực kể từ ngày ký ban hành.\n\n" + closing + "\n",
                      "Quyết định", year=2025)
    assert tasks == []


@pytest.mark.parametrize("text", [
    "Thuế tỉnh Vĩnh Long thông báo đến Công ty Cổ phần Bia Sài Gòn - Bến Tre được biết và thực hiện theo đúng quy định "
    "tại các văn bản quy phạm pháp luật hiện hành.",
    # (Công văn 1738/TCT-DNNCN, 2021: no preposition after "thông báo")
    "Tổng cục Thuế thông báo Cục Thuế các tỉnh, thành phố trực thuộc Trung ương được biết và thực hiện.",
])
def test_an_issuer_informing_a_company_gives_no_job(text):
    _, tasks = _prose(text + "\n", "Công văn", year=2025)
    assert tasks == []


NEWS_POST_QUOTING_A_TELEGRAM = (
    "# Toàn văn Công điện 234/CĐ-TTg phát động Chiến dịch Quang Trung?\n\n"
    "Ngày 30/11/2025, Thủ tướng Chính phủ ban hành Công điện 234/CĐ-TTg về việc phát động Chiến dịch Quang Trung.\n\n"
    "Theo đó, Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng khẩn "
    "trương thực hiện các nội dung sau:\n\n"
    "- Tổ chức xây dựng kế hoạch cụ thể, triển khai ngay Chiến dịch vào ngày 01/12/2025.\n\n"
    "- Huy động lực lượng quân đội, công an hỗ trợ sửa chữa nhà, hoàn thành chậm nhất trước ngày 31/12/2025.\n\n"
    "*Toàn văn Công điện 234/CĐ-TTg phát động Chiến dịch Quang Trung? (Hình ảnh từ Internet)*\n\n"
    "**Trách nhiệm khắc phục hậu quả thiên tai được quy định như thế nào?**\n\n"
    "+ Bộ, cơ quan ngang bộ có trách nhiệm chủ động khắc phục hậu quả thiên tai trong phạm vi quản lý.\n")


def test_a_news_post_gives_the_jobs_of_the_directive_it_quotes_only():
    tasks = _read_tasks(NEWS_POST_QUOTING_A_TELEGRAM, 2025, "Tin bài")
    assert [(t.lead, t.text[:30], t.deadline.end) for t in tasks] == [
        (["Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng"], "Tổ chức xây dựng kế hoạch cụ t", "2025-12-01"),
        (["Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng"], "Huy động lực lượng quân đội, c", "2025-12-31")]
    # a post that quotes no ask: the duties the law sets are no jobs
    unquoted = NEWS_POST_QUOTING_A_TELEGRAM.replace("khẩn trương thực hiện các nội dung sau:", "khẩn trương hành động.")
    assert _read_tasks(unquoted, 2025, "Tin bài") == []


def test_a_news_post_gives_the_jobs_its_quoted_authority_names_in_the_paragraph():
    # (news post on the Central Steering Committee's first meeting, 2025) "yêu cầu:" and "nêu rõ," with the units after
    # them in the same paragraph, and the paragraph after it that names its own unit; the post's account is no job
    post = ("Tại Phiên họp, các đại biểu đã nghe báo cáo về Chương trình công tác năm 2025 của Ban Chỉ đạo.\n\n"
            "Về một số nhiệm vụ trọng tâm, Tổng Bí thư nêu rõ, Thường trực Ban Bí thư chỉ đạo xây dựng, ban hành kế "
            "hoạch hành động thực hiện Nghị quyết số 57-NQ/TW.\n\n"
            "Đối với các đồng chí thành viên Ban Chỉ đạo, Tổng Bí thư yêu cầu: Bộ trưởng Bộ Tài chính chỉ đạo bố trí "
            "ngân sách nhà nước chi cho sự nghiệp khoa học.\n")
    tasks = _read_tasks(post, 2025, "Tin bài")
    assert [(t.lead, t.text[:25]) for t in tasks] == [
        (["Thường trực Ban Bí thư"], "chỉ đạo xây dựng, ban hàn"), (["Bộ Tài chính"], "chỉ đạo bố trí ngân sách ")]
    # the ask on a line of its own, its numbered points below ("Thủ tướng Chính phủ yêu cầu:")
    tasks = _read_tasks("Để sớm tháo gỡ khó khăn cho các dự án, Thủ tướng Chính phủ yêu cầu:\n\n"
                        "(1) Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương tiếp tục rà soát, hoàn "
                        "thành việc nhập dữ liệu các dự án. Thời hạn hoàn thành đến hết ngày 10 tháng 4 năm 2025.\n",
                        2025, "Tin bài")
    assert [(t.lead, t.text[:25]) for t in tasks] == [
        (["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"], "tiếp tục rà soát, hoàn th")]


def test_a_councils_resolution_gives_the_bodies_it_has_directed_their_items_and_its_own_views_no_job():
    # (Nghị quyết on the questions put at a session of HĐND tỉnh Hà Giang, 2017)
    tasks = _read_tasks(
        "Điều 1. Hội đồng nhân dân tỉnh đánh giá cao các đại biểu. Đồng thời, đánh giá cao sự nghiêm túc của thủ trưởng "
        "các sở, ngành: Nông nghiệp và Phát triển nông thôn; Tài nguyên và Môi trường; Ban Dân tộc tỉnh; Bộ Chỉ huy Quân "
        "sự tỉnh và Công an tỉnh trong việc trả lời các ý kiến chất vấn của đại biểu.\n"
        "Điều 2. Hội đồng nhân dân tỉnh cơ bản thống nhất với một số giải pháp mà Ủy ban nhân dân tỉnh đã trả lời. "
        "Hội đồng nhân dân tỉnh đề nghị Ủy ban nhân dân tỉnh chỉ đạo thực hiện một số công việc sau:\n"
        "- Chỉ đạo Sở Nông nghiệp và PTNT:\n"
        "+ Thực hiện việc nghiệm thu, bàn giao công trình dự án kè bờ tây Sông Lô trong tháng 7/2017.\n"
        "+ Có phương án khắc phục, sửa chữa tuyến kè khu giao đất dân cư.\n", 2017, "Nghị quyết")
    assert [(t.lead, t.text[:25]) for t in tasks] == [
        (["Sở Nông nghiệp và Phát triển nông thôn"], "Thực hiện việc nghiệm thu"),
        (["Sở Nông nghiệp và Phát triển nông thôn"], "Có phương án khắc phục, s")]


def test_a_lead_in_naming_units_and_their_remit_points_at_the_jobs_below():
    # (Kế hoạch 3260-KH/ĐĐQH15, 2025) the lead-in holds no job of its own; the heading under it names whose items follow
    tasks = _read_tasks(
        "II. PHÂN CÔNG NHIỆM VỤ\n\n2.2. Tổ đảng ở Thường trực Hội đồng Dân tộc, các Ủy ban của Quốc hội, các Đoàn đại "
        "biểu Quốc hội theo chức năng, nhiệm vụ được giao chủ động, kịp thời thực hiện các nhiệm vụ sau:\n\n"
        "a) Tổ đảng ở Thường trực Ủy ban KH,CN&MT\n\n"
        "- Chủ trì thẩm tra các dự án luật về khoa học, công nghệ trong năm 2025.\n", 2025, "Kế hoạch")
    assert [(t.lead, t.text[:25]) for t in tasks] == [
        (["Tổ đảng ở Thường trực Ủy ban Khoa học, Công nghệ và Môi trường"], "Chủ trì thẩm tra các dự á")]


def test_a_letters_courtesy_close_gives_no_job():
    tasks = _read_tasks("Kính gửi: Sở Ngoại vụ các tỉnh, thành phố trực thuộc Trung ương.\n\n"
                        "2. Đề nghị Quý Cơ quan thông tin rộng rãi tới cán bộ, công chức về việc triển khai.\n\n"
                        "Cục Lãnh sự Bộ Ngoại\ngiao xin trao đổi và cảm ơn sự phối hợp của Quý Cơ quan./.\n",
                        2025, "Công văn")
    assert [(t.lead, t.text[:25]) for t in tasks] == [
        (["Sở Ngoại vụ các tỉnh, thành phố trực thuộc Trung ương"], "thông tin rộng rãi tới cá")]


def test_where_the_units_are_is_read_past_to_their_job_and_kept_in_their_name():
    doc, tasks = _prose(
        "Thủ tướng Chính phủ yêu cầu:\n\n"
        "2. Bí thư tỉnh ủy, thành ủy; Chủ tịch Ủy ban nhân dân các tỉnh, thành phố tại khu vực dự báo xảy ra mưa, "
        "lũ tập trung lãnh đạo, chỉ đạo, triển khai ngay các biện pháp cần thiết, trong đó:\n\n"
        "a) Huy động lực lượng quân đội, công an tiếp cận ngay các khu vực dân cư bị cô lập.\n",
        "Công điện", year=2025)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text) for t in tasks] == [
        (["tỉnh ủy, thành ủy", "Ủy ban nhân dân các tỉnh, thành phố tại khu vực dự báo xảy ra mưa, lũ"],
         "tập trung lãnh đạo, chỉ đạo, triển khai ngay các biện pháp cần thiết"),
        (["tỉnh ủy, thành ủy", "Ủy ban nhân dân các tỉnh, thành phố tại khu vực dự báo xảy ra mưa, lũ"],
         "Huy động lực lượng quân đội, công an tiếp cận ngay các khu vực dân cư bị cô lập")]


def test_the_prime_minister_asking_mid_sentence_opens_the_list():
    doc, tasks = _prose(
        "Thiết thực lập thành tích chào mừng Đại hội lần thứ XIV của Đảng, Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban "
        "nhân dân các tỉnh, thành phố trực thuộc Trung ương thực hiện một số nhiệm vụ trọng tâm cấp bách sau:\n\n"
        "1. Khẩn trương thực hiện quyết liệt, đồng bộ các nhiệm vụ, giải pháp để khắc phục khó khăn.\n",
        "Công điện", year=2025)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text) for t in tasks] == [
        (["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"],
         "Khẩn trương thực hiện quyết liệt, đồng bộ các nhiệm vụ, giải pháp để khắc phục khó khăn")]


def test_a_long_topic_before_the_colon_and_a_role_clause_after_it():
    doc, tasks = _prose(
        "III. VỀ MỘT SỐ KIẾN NGHỊ CỦA TỈNH\n\n"
        "4. Về đầu tư kho dầu thô dự trữ quốc gia: với vai trò là chủ đầu tư, Tập đoàn Công nghiệp - Năng lượng Quốc "
        "gia Việt Nam chủ động làm việc với các Tập đoàn lớn trên thế giới.\n\n"
        "7. Về đề nghị Thủ tướng Chính phủ chỉ đạo Bộ Tài chính xem xét, bố trí vốn Dự án đường ven biển đoạn Hoằng "
        "Hóa - Sầm Sơn và Quảng Xương - Tĩnh Gia trong kế hoạch vốn đầu tư công trung hạn giai đoạn 2026 - 2030 từ số "
        "vốn không giải ngân hết phải hoàn trả ngân sách trung ương của dự án BOT đường ven biển đoạn Hoằng Hóa - Sầm "
        "Sơn: giao Bộ Tài chính chủ trì phối hợp với Bộ Xây dựng xem xét, xử lý theo đúng quy định.\n",
        "Thông báo", year=2025)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.coordinators, t.text) for t in tasks] == [
        (["Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam"], [],
         "chủ động làm việc với các Tập đoàn lớn trên thế giới"),
        (["Bộ Tài chính"], ["Bộ Xây dựng"], "xem xét, xử lý theo đúng quy định")]


def test_a_person_column_is_skipped_and_a_group_described_by_its_assignment_is_one_unit():
    doc, tasks = _table([
        ["STT", "Tên nhiệm vụ", "Người đứng đầu chịu trách nhiệm", "Cơ quan chủ trì", "Cơ quan phối hợp",
         "Thời hạn hoàn thành"],
        ["1", "Rà soát, cấu trúc lại quy trình các dịch vụ công trực tuyến",
         "Thủ trưởng các đơn vị được giao thực hiện TTHC", "Các đơn vị được giao thực hiện TTHC",
         "Văn phòng Bộ", "01/01/2026"],
    ], year=2025)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.coordinators) for t in tasks] == [
        (["Các đơn vị được giao thực hiện thủ tục hành chính"], ["Văn phòng Bộ"])]


def test_a_due_date_closing_a_point_dates_each_of_its_jobs():
    doc, tasks = _prose(
        "- Chủ tịch Ủy ban nhân dân các tỉnh chủ trì, phối hợp với cơ quan thanh tra khẩn trương hoàn thành việc "
        "rà soát và phân loại các dự án. Ủy ban nhân dân thành phố Đà Nẵng khẩn trương hoàn thành việc rà soát các dự "
        "án trên Hệ thống 751. Thời hạn hoàn thành: trước ngày 30/11/2025.\n", "Công điện", year=2025)
    assert [(t.lead, t.deadline.end) for t in tasks] == [
        (["Ủy ban nhân dân các tỉnh"], "2025-11-30"), (["Ủy ban nhân dân thành phố Đà Nẵng"], "2025-11-30")]


def test_phan_cong_assigns_like_giao():
    _, tasks = _prose("14. Phân công các đồng chí Phó Thủ tướng Chính phủ tiếp tục theo dõi thường xuyên tình hình, "
                      "trực tiếp chỉ đạo công tác khắc phục hậu quả mưa lũ tại các địa phương.\n", "Công điện", year=2025)
    assert [(t.lead, t.text[:28]) for t in tasks] == [
        (["các đồng chí Phó Thủ tướng Chính phủ"], "tiếp tục theo dõi thường xuy")]


@pytest.mark.parametrize("apposition", ["trực tiếp là", "đứng đầu là đồng chí"])
def test_who_led_the_work_done_gives_no_job(apposition):
    _, tasks = _prose(f"Bộ Chính trị, Ban Bí thư, {apposition} Tổng Bí thư Tô Lâm, Chính phủ, Thủ tướng Chính phủ đã "
                      "tập trung lãnh đạo, chỉ đạo quyết liệt công tác ứng phó mưa lũ.\n", "Công điện", year=2025)
    assert tasks == []


def test_a_request_after_an_opening_clause_an_enclosure_and_how_to_raise_problems():
    _, tasks = _prose(
        "Để bảo đảm việc thu lệ phí trước bạ từ ngày 01/01/2026, đề nghị các Thuế tỉnh, thành phố khẩn trương báo "
        "cáo, tham mưu Ủy ban nhân dân tỉnh ban hành Bảng giá tính lệ phí trước bạ. Trong quá trình thực hiện có khó "
        "khăn, vướng mắc, đề nghị các cơ quan, đơn vị phản hồi bằng văn bản về Sở Tài chính.\n\n"
        "Bộ Tài chính gửi kèm bộ Cẩm nang gồm:\n\n- Cẩm nang nghiệp vụ thuế dành cho công chức cấp xã.\n",
        "Công văn", year=2025)
    assert [(t.lead, t.text[:30]) for t in tasks] == [(["các Thuế tỉnh, thành phố"], "khẩn trương báo cáo, tham mưu ")]


def test_a_request_after_the_topic_it_answers():
    # (Công văn 5348/CT-CS of Cục Thuế to Thuế tỉnh Quảng Trị, 2025: "Về việc …, đề nghị Thuế tỉnh … trao đổi …")
    _, tasks = _prose("Kính gửi: Thuế tỉnh Quảng Trị.\n\n"
                      "Về việc góp vốn điều lệ của Công ty đã được góp đủ hay chưa, đề nghị Thuế tỉnh Quảng Trị trao đổi "
                      "với cơ quan Nhà nước có thẩm quyền trên địa bàn để xác định chi phí mà Công ty mẹ chi hộ.\n",
                      "Công văn", year=2025)
    assert [(t.lead, t.text[:30]) for t in tasks] == [(["Thuế tỉnh Quảng Trị"], "trao đổi với cơ quan Nhà nước ")]


def test_a_heading_asks_a_group_named_by_its_role():
    # (Công văn of UBND Hà Nội on public procurement, 2025)
    doc, tasks = _prose("1.3. Đối với công tác lựa chọn nhà đầu tư:\n\n"
                        "1.3.1. Đề nghị UBND các xã, phường, các đơn vị được giao làm Bên mời thầu dự án đấu thầu lựa "
                        "chọn nhà đầu tư:\n\n"
                        "a. Nhận thức và nâng cao vai trò, trách nhiệm của Bên mời thầu:\n\n"
                        "Chủ động nghiên cứu các quy định và hướng dẫn liên quan đến đấu thầu lựa chọn nhà đầu tư.\n",
                        "Công văn", year=2025)
    _spans_hold(doc, tasks)
    assert [t.lead for t in tasks] == [["Ủy ban nhân dân các xã, phường",
                                        "các đơn vị được giao làm Bên mời thầu dự án đấu thầu lựa chọn nhà đầu tư"]]


def test_a_conclusion_after_what_was_heard_leaves_the_points_their_units():
    # (Thông báo 637/TB-VPCP, 2025: "Sau khi kiểm tra thực tế, nghe …, Phó Thủ tướng … kết luận như sau:")
    doc, tasks = _prose("Sau khi kiểm tra thực tế, nghe Lãnh đạo Bộ Y tế báo cáo tiến độ, ý kiến của lãnh đạo, đại diện "
                        "các bộ, cơ quan tham dự, Phó Thủ tướng Chính phủ Lê Thành Long kết luận như sau:\n"
                        "1. Ghi nhận, đánh giá cao và biểu dương sự nỗ lực, cố gắng rất lớn của Bộ Y tế.\n"
                        "2. Bộ Y tế chỉ đạo Ban Quản lý dự án thúc đẩy công tác nghiệm thu.\n",
                        "Thông báo", year=2025)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text[:20]) for t in tasks] == [(["Bộ Y tế"], "chỉ đạo Ban Quản lý ")]


def test_a_remit_stated_as_the_laws_is_no_job():
    _, tasks = _prose("Điều 2. Nhiệm vụ, quyền hạn của Ban Quản lý\n\n"
                      "1. Ban Quản lý thực hiện nhiệm vụ, quyền hạn theo quy định của pháp luật hiện hành.\n",
                      "Quyết định", year=2025)
    assert tasks == []


def test_paragraphs_after_a_numbered_point_that_open_on_its_verbs_are_its_units_next_jobs():
    doc, tasks = _prose(
        "IV. TỔ CHỨC THỰC HIỆN\n\n"
        "2. Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương cụ thể hóa hướng dẫn này phù hợp với thực tiễn địa "
        "phương.\n\n"
        "Chỉ đạo các cấp ủy, tổ chức đảng trực thuộc hướng dẫn đảng viên sử dụng Bản tin sinh hoạt chi bộ.\n\n"
        "Bố trí kinh phí, trang bị phương tiện phục vụ công tác biên soạn Bản tin.\n", year=2025)
    _spans_hold(doc, tasks)
    assert [t.text[:20] for t in tasks] == ["cụ thể hóa hướng dẫn", "Chỉ đạo các cấp ủy, ", "Bố trí kinh phí, tra"]
    assert all(t.lead == ["Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương"] for t in tasks)


def test_a_day_without_its_year_after_a_yearly_report_is_each_years():
    _, tasks = _prose("4. Các đơn vị, địa phương định kỳ hàng năm báo cáo kết quả thực hiện về Sở Nông nghiệp và Môi "
                      "trường chậm nhất ngày 17 tháng 12.\n", year=2025)
    assert [(t.deadline.start, t.deadline.end, t.deadline.recurrence) for t in tasks] == [(None, None, "annual")]


def test_a_one_off_due_date_with_its_year_after_a_weekly_report_is_the_deadline():
    _, tasks = _prose("5. Bộ Nội vụ\n\nđ) Định kỳ thứ Hai hàng tuần tổng hợp tình hình, kết quả thực hiện trình Đảng ủy "
                      "Chính phủ; xây dựng Báo cáo tổng thể kết quả thực hiện, trình Đảng ủy Chính phủ trước ngày 06 tháng "
                      "7 năm 2026 để báo cáo Bộ Chính trị theo quy định.\n", year=2026)
    assert [(t.lead, t.deadline.end, t.deadline.recurrence) for t in tasks] == [(["Bộ Nội vụ"], "2026-07-06", None)]


def test_a_tables_unit_of_measure_and_a_tax_are_no_units():
    _, tasks = _prose("a) Dự toán thu ngân sách\n\nĐơn vị: Triệu đồng.\n\n"
                      "- Thuế GTGT thu từ hàng hóa sản xuất, kinh doanh trong nước.\n", year=2025)
    assert tasks == []


def test_the_document_speaking_of_itself_after_a_units_point_is_no_job():
    _, tasks = _prose("III. TỔ CHỨC THỰC HIỆN\n\n"
                      "2. Ban Xây dựng Đảng đảng ủy xã, phường lập danh sách đề nghị Ban Thường vụ cấp ủy quyết định "
                      "công nhận đội ngũ báo cáo viên cấp xã.\n\n"
                      "Hướng dẫn này thay thế Hướng dẫn số 31-HD/BTGTW, ngày 30/12/2011 của Ban Tuyên giáo Trung ương "
                      "và có hiệu lực kể từ ngày ký./.\n", "Hướng dẫn", year=2025)
    assert [t.text[:25] for t in tasks] == ["lập danh sách đề nghị Ban"]


def test_a_semicolon_inside_an_aside_splits_no_job():
    _, tasks = _prose("1. Đối tượng\n\n- Mỗi bộ, cơ quan ngang bộ: chọn cử tối đa 03 người (riêng Bộ Tài chính, Bộ Giáo "
                      "dục và Đào tạo: tối đa 05 người; Bộ Ngoại giao: tối đa 10 người).\n", "Hướng dẫn", year=2025)
    assert not any(t.lead == ["Bộ Ngoại giao"] for t in tasks)


def test_a_named_body_followed_by_its_city_and_an_alias_is_described_not_tasked():
    _, tasks = _prose("Điều 1. Thành lập Ban Quản lý\n\n"
                      "1. Ban Quản lý Khu kinh tế mở Chu Lai thành phố Đà Nẵng (sau đây gọi tắt là Ban Quản lý) là cơ "
                      "quan hành chính thuộc Ủy ban nhân dân thành phố Đà Nẵng.\n", "Quyết định", year=2025)
    assert tasks == []


def test_jobs_quoted_from_another_text_are_not_this_documents():
    doc, tasks = _prose(
        "Đồng thời, tại Thông báo số 384/TB-VPCP ngày 25/7/2025, Thủ tướng Chính phủ đã giao “Thanh tra Chính phủ, Bộ "
        "Quốc phòng, các địa phương xây dựng kế hoạch và tổ chức triển khai, bảo đảm hoàn thành việc thanh tra trước "
        "ngày 20 tháng 9 năm 2025”.\n\n"
        "Thủ tướng Chính phủ yêu cầu:\n\n"
        "1. Bộ Quốc phòng khẩn trương hoàn thành việc thanh tra trước ngày 30/11/2025.\n", "Công điện", year=2025)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text[:30]) for t in tasks] == [(["Bộ Quốc phòng"], "khẩn trương hoàn thành việc th")]


def test_bullets_under_a_numbered_point_that_gave_a_job_are_its_units_next_jobs():
    doc, tasks = _prose(
        "IV. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Các cơ quan, đơn vị, địa phương, doanh nghiệp căn cứ chức năng, nhiệm vụ được giao xây dựng kế hoạch "
        "triển khai thực hiện đợt thi đua.\n\n"
        "- Giới thiệu điển hình tiên tiến trong Đợt thi đua để tuyên truyền trên các phương tiện thông tin đại chúng.\n\n"
        "- Báo cáo Ủy ban nhân dân tỉnh về kết quả Đợt thi đua (qua Sở Nội vụ) khi tổng kết Đợt thi đua.\n\n"
        "2. Sở Nội vụ theo dõi, đôn đốc việc thực hiện Kế hoạch này.\n", year=2025)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text[:20]) for t in tasks] == [
        (["Các cơ quan, đơn vị, địa phương, doanh nghiệp"], "căn cứ chức năng, nh"),
        (["Các cơ quan, đơn vị, địa phương, doanh nghiệp"], "Giới thiệu điển hình"),
        (["Các cơ quan, đơn vị, địa phương, doanh nghiệp"], "Báo cáo Ủy ban nhân "),
        (["Sở Nội vụ"], "theo dõi, đôn đốc vi")]


def test_bullets_under_a_bullet_that_gave_a_job_stay_without_a_unit():
    _, tasks = _prose("6. Nội dung: Tác động của CCHC đến người dân, tổ chức\n\n"
                      "- Lãnh đạo các cơ quan, đơn vị tích cực thực hiện thông tin, tuyên truyền về kết quả Chỉ số "
                      "SIPAS năm 2021.\n\n"
                      "- Mở rộng các hình thức thông tin để người dân, tổ chức tiếp cận dịch vụ.\n", year=2022)
    assert [t.text[:20] for t in tasks] == ["tích cực thực hiện t"]


def test_a_numbered_lead_ins_items_go_on_after_a_plain_paragraph():
    doc, tasks = _prose(
        "Thủ tướng Chính phủ yêu cầu:\n"
        "1. Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa tiếp tục phân công nhiệm vụ cụ "
        "thể, trong đó tập trung một số nhiệm vụ sau:\n"
        "(4) Rà soát, tổng hợp đầy đủ, chính xác thiệt hại, hoàn thành trước ngày 30/11/2025.\n"
        "Tổ chức điều phối tiếp nhận và phân phối tiền và hàng cứu trợ (phân công đầu mối điều phối tập trung.\n"
        "(6) Chủ động công bố thông tin về nhu cầu hàng hóa cần được hỗ trợ.\n"
        "2. Bộ trưởng Bộ Quốc phòng chỉ đạo Quân khu 5 hỗ trợ vận chuyển lương thực.\n", "Công điện", year=2025)
    _spans_hold(doc, tasks)
    provinces = ["Tỉnh ủy Đắk Lắk", "Tỉnh ủy Khánh Hòa", "Ủy ban nhân dân tỉnh Đắk Lắk", "Ủy ban nhân dân tỉnh Khánh Hòa"]
    assert [(t.lead, t.text[:20]) for t in tasks] == [
        (provinces, "tiếp tục phân công n"), (provinces, "Rà soát, tổng hợp đầ"), (provinces, "Tổ chức điều phối ti"),
        (provinces, "Chủ động công bố thô"), (["Bộ Quốc phòng"], "chỉ đạo Quân khu 5 h")]


def test_a_date_line_after_a_job_and_its_parts_dates_them_all():
    _, tasks = _prose(
        "1.3. Các cơ quan tham mưu quản lý ngành, lĩnh vực\n\n"
        "- Phối hợp hướng dẫn các cơ quan, tổ chức, đơn vị, địa phương thực hiện kiểm kê tài sản. Trong đó:\n\n"
        "+ Sở Xây dựng: hướng dẫn các cơ quan, tổ chức, đơn vị thực hiện kiểm kê tài sản kết cấu hạ tầng giao thông.\n\n"
        "+ Sở Công Thương: hướng dẫn các cơ quan, tổ chức, đơn vị thực hiện kiểm kê tài sản kết cấu hạ tầng chợ.\n\n"
        "Thời gian thực hiện: Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê.\n\n"
        "- Sở Tài chính tổng hợp kết quả kiểm kê, báo cáo Bộ Tài chính.\n", year=2025)
    assert [(t.lead, t.deadline.start if t.deadline else None) for t in tasks if t.lead != ["Sở Tài chính"]] == [
        (["Các cơ quan tham mưu quản lý ngành, lĩnh vực"], "2025-11-01"), (["Sở Xây dựng"], "2025-11-01"),
        (["Sở Công Thương"], "2025-11-01")]
    assert [t.deadline for t in tasks if t.lead == ["Sở Tài chính"]] == [None]


def test_partners_listed_over_semicolons_stay_the_leads_partners():
    doc, tasks = _prose("Điều 2. Giao Sở Công Thương chủ trì, phối hợp với các Sở, ban, ngành của tỉnh; Ủy ban nhân dân "
                        "các xã, phường; các cơ quan, đơn vị và các doanh nghiệp, hợp tác xã có liên quan tổ chức triển "
                        "khai thực hiện Kế hoạch đảm bảo hiệu quả.\n", "Quyết định", year=2025)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.coordinators, t.text) for t in tasks] == [(
        ["Sở Công Thương"], ["các Sở, ban, ngành của tỉnh", "Ủy ban nhân dân các xã, phường", "các cơ quan, đơn vị",
                             "các doanh nghiệp, hợp tác xã có liên quan"],
        "tổ chức triển khai thực hiện Kế hoạch đảm bảo hiệu quả")]


def test_the_honorific_quy_names_the_letters_addressees():
    doc, tasks = _prose("Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương\n\n"
                        "Bộ Tài chính đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương:\n\n"
                        "- Giao Thống kê tỉnh, thành phố chủ trì, phối hợp với các Sở, ngành liên quan rà soát số liệu.\n\n"
                        "Để đảm bảo thời gian biên soạn số liệu, đề nghị Quý Ủy ban gửi báo cáo về Bộ Tài chính chậm "
                        "nhất ngày 22/11/2025.\n", "Công văn", year=2025)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text[:20], t.deadline.end if t.deadline else None) for t in tasks] == [
        (["Thống kê tỉnh, thành phố"], "rà soát số liệu", None),
        (["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"], "gửi báo cáo về Bộ Tà", "2025-11-22")]


def test_a_point_on_the_duties_of_units_heads_their_items_and_is_no_job_itself():
    doc, tasks = _prose(
        "I. Về phân cấp quản lý cán bộ\n\n"
        "1. Về trách nhiệm và quyền hạn của các cấp ủy, tổ chức đảng, tập thể lãnh đạo cơ quan, đơn vị trực thuộc Trung "
        "ương thực hiện đầy đủ trách nhiệm, quyền hạn theo Quy định 377 (Điều 9, 10, 11); trong đó, lưu ý một số nội "
        "dung sau:\n\n"
        "1.2. Chịu trách nhiệm trực tiếp trong công tác quản lý đối với cán bộ thuộc diện Bộ Chính trị quản lý.\n\n"
        "1.3. Nắm chắc tình hình, chủ động phối hợp chặt chẽ với cơ quan chức năng của Trung ương Đảng.\n",
        "Hướng dẫn", year=2025)
    _spans_hold(doc, tasks)
    units = ["các cấp ủy, tổ chức đảng, tập thể lãnh đạo cơ quan, đơn vị trực thuộc Trung ương"]
    assert [(t.lead, t.text[:25]) for t in tasks] == [
        (units, "Chịu trách nhiệm trực tiế"), (units, "Nắm chắc tình hình, chủ đ")]


def test_units_a_job_directs_after_an_opening_clause_are_not_its_subject():
    doc, tasks = _prose("3. Sở Giáo dục và Đào tạo\n\n"
                        "Căn cứ chức năng nhiệm vụ, chỉ đạo các cơ sở giáo dục phổ thông, các cơ sở giáo dục nghề nghiệp "
                        "trực thuộc quản lý lồng ghép nội dung giáo dục dân số cho học sinh.\n", year=2025)
    _spans_hold(doc, tasks)
    assert [t.lead for t in tasks] == [["Sở Giáo dục và Đào tạo"]]


def test_bullets_under_a_point_naming_its_unit_inside_a_lead_in_for_other_units_are_the_points_units():
    doc, tasks = _prose(
        "2. Để hoàn thành 02 công trình dự án, yêu cầu Bộ Y tế, Ban Quản lý dự án, các nhà thầu và các bộ, cơ quan liên "
        "quan tiếp tục quyết tâm, nỗ lực hoàn thành các công việc còn lại, trong đó lưu ý một số nội dung sau:\n"
        "(1) Bộ Y tế chỉ đạo Ban Quản lý dự án phối hợp chặt chẽ với các nhà thầu hoàn thiện hồ sơ thiết kế.\n"
        "- Chỉ đạo Bệnh viện Bạch Mai thúc đẩy công tác mua sắm, đấu thầu thiết bị.\n"
        "(2) Bộ Công an tiếp tục phối hợp, hướng dẫn Bộ Y tế, Ban Quản lý dự án và các nhà thầu thực hiện.\n",
        "Thông báo", year=2025)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.coordinators) for t in tasks if not t.text.startswith("tiếp tục quyết tâm")] == [
        (["Bộ Y tế"], ["các nhà thầu"]), (["Bộ Y tế"], []),
        (["Bộ Công an"], ["Bộ Y tế", "Ban Quản lý dự án", "các nhà thầu"])]


def test_duties_numbered_in_roman_after_a_pointer_word_are_one_task_each():
    doc, tasks = _prose("(3) các bộ, ngành, địa phương tập trung: (i) Sửa đổi, bổ sung 322 văn bản quy phạm pháp luật; "
                        "(ii) Rà soát, sửa đổi các quy định không phù hợp; (iii) Hoàn thành mục tiêu 100% TTHC được thực "
                        "hiện trực tuyến.\n\n"
                        "a) Bộ Tài chính giải quyết 03 vấn đề tồn đọng: (i) Tích hợp dịch vụ thanh toán trực tuyến; (ii) "
                        "Xử lý lỗi trên Cổng Thông tin một cửa quốc gia.\n", "Thông báo", year=2025)
    _spans_hold(doc, tasks)
    assert [t.text[:25] for t in tasks] == ["Sửa đổi, bổ sung 322 văn ", "Rà soát, sửa đổi các quy ",
                                            "Hoàn thành mục tiêu 100% ", "giải quyết 03 vấn đề tồn "]


def test_a_purpose_clause_then_units_head_the_items_of_every_subsection_of_the_part():
    # (Nghị quyết 03/NQ-CP 2025: the lead-in opens on "Nhằm …", and its items run over numbered subsections, a
    # sub-heading inside one of them ("b) Bổ sung …" without a stop) included)
    doc, tasks = _prose(
        "II. NHIỆM VỤ CỤ THỂ\n\n"
        "Nhằm đạt được mục tiêu Nghị quyết số 57-NQ/TW đề ra, trong thời gian tới, bên cạnh các nhiệm vụ thường "
        "xuyên, các Bộ, cơ quan ngang Bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương cần cụ thể hóa và "
        "tổ chức triển khai thực hiện các nhiệm vụ sau đây:\n\n"
        "1. Nâng cao nhận thức, đột phá về đổi mới tư duy\n\n"
        "a) Xây dựng và đẩy mạnh quảng bá thương hiệu quốc gia về đổi mới sáng tạo.\n\n"
        "2. Khẩn trương, quyết liệt hoàn thiện thể chế\n\n"
        "a) Rà soát, tháo gỡ các điểm nghẽn, rào cản về thể chế, chính sách trong phát triển khoa học.\n\n"
        "b) Bổ sung các chính sách tháo gỡ điểm nghẽn\n\n"
        "c) Xây dựng quy định về việc thành lập và sử dụng các quỹ đầu tư mạo hiểm cho khởi nghiệp sáng tạo.\n\n"
        "III. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Bộ Tài chính chủ trì, phối hợp với các bộ, ngành bảo đảm nguồn kinh phí thực hiện hằng năm.\n", year=2025)
    _spans_hold(doc, tasks)
    leadin = ["các Bộ, cơ quan ngang Bộ", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]
    assert [(t.text[:30], t.lead) for t in tasks] == [
        ("Xây dựng và đẩy mạnh quảng bá ", leadin),
        ("Rà soát, tháo gỡ các điểm nghẽ", leadin),
        ("Xây dựng quy định về việc thàn", leadin),
        ("bảo đảm nguồn kinh phí thực hi", ["Bộ Tài chính"]),
    ]


def test_a_groups_members_listed_one_per_bullet_do_its_jobs():
    # (Công văn 7103/UBND-TH of Lào Cai, 2026: the group, its members with their scope in brackets, then the jobs)
    doc, tasks = _prose(
        "2. Các sở quản lý nhà nước chuyên ngành về hạ tầng\n\n"
        "Giao các sở quản lý nhà nước chuyên ngành về hạ tầng theo ngành, lĩnh vực gồm:\n"
        "- Sở Công Thương (đối với tài sản kết cấu hạ tầng cụm công nghiệp và hạ tầng thương mại);\n"
        "- Sở Xây dựng (đối với tài sản kết cấu hạ tầng đô thị);\n"
        "- Ban Quản lý Khu kinh tế (đối với tài sản kết cấu hạ tầng khu kinh tế).\n\n"
        "Có trách nhiệm:\n\n"
        "a) Rà soát, thống kê, phân loại toàn bộ tài sản kết cấu hạ tầng thuộc phạm vi quản lý.\n\n"
        "b) Hướng dẫn, đôn đốc các cơ quan, đơn vị được giao quản lý tài sản thực hiện việc lập, quản lý hồ sơ.\n\n"
        "3. Ủy ban nhân dân các xã, phường\n\n"
        "a) Tổ chức quán triệt, triển khai thực hiện đầy đủ các quy định của Nghị định.\n", year=2026)
    _spans_hold(doc, tasks)
    members = ["Sở Công Thương", "Sở Xây dựng", "Ban Quản lý Khu kinh tế"]
    assert [(t.text[:25], t.lead) for t in tasks] == [
        ("Rà soát, thống kê, phân l", members),
        ("Hướng dẫn, đôn đốc các cơ", members),
        ("Tổ chức quán triệt, triển", ["Ủy ban nhân dân các xã, phường"]),
    ]
    _, tasks = _prose("Yêu cầu các sở, ban, ngành báo cáo số liệu định kỳ hàng tháng qua Hệ thống mạng đấu thầu quốc "
                      "gia bao gồm:\n\n(1). Tổng số gói thầu theo kế hoạch được duyệt;\n", year=2025)
    assert [(t.text[:25], t.lead) for t in tasks] == [("báo cáo số liệu định kỳ h", ["các sở, ban, ngành"])]


def test_a_unit_directing_others_to_do_the_list_gives_only_the_listed_jobs():
    # (Công văn 2449-CV/ĐU of 2026, as pdftotext gives it: a numbered unit heading wrapped over two lines, ending
    # on "cơ sở", then the paragraph of its own unit)
    doc, tasks = _prose(
        "1. Ủy ban nhân dân tỉnh, chỉ đạo các cơ quan, đơn vị có liên quan:\n"
        "- Nghiên cứu, cụ thể hóa các mục tiêu, nhiệm vụ, giải pháp thành các chương trình, đề án, kế hoạch.\n"
        "- Thường xuyên kiểm tra, giám sát, theo dõi, đôn đốc và đánh giá kết quả thực hiện.\n"
        "2. Các cơ quan chuyên trách tham mưu, giúp việc Đảng ủy Ủy ban nhân dân tỉnh; các chi bộ, đảng bộ trực\n"
        "thuộc; các chi bộ, đảng bộ cơ sở\n"
        "Các cấp ủy, tổ chức đảng chủ động tổ chức nghiên cứu, quán triệt và triển khai thực hiện các nội dung.\n",
        year=2026)
    _spans_hold(doc, tasks)
    assert [(t.text[:25], t.lead) for t in tasks] == [
        ("Nghiên cứu, cụ thể hóa cá", ["Ủy ban nhân dân tỉnh"]),
        ("Thường xuyên kiểm tra, gi", ["Ủy ban nhân dân tỉnh"]),
        ("chủ động tổ chức nghiên c", ["Các cấp ủy, tổ chức đảng"]),
    ]


def test_groups_after_a_passive_were_the_agents_of_work_done_not_given_a_job():
    _, tasks = _prose("Trong thời gian qua, kể từ khi mô hình chính quyền hai cấp đi vào hoạt động, công tác quản lý, "
                      "bảo vệ khoáng sản chưa khai thác trên địa bàn tỉnh đã được các cấp, các ngành quan tâm triển "
                      "khai và đạt được nhiều kết quả quan trọng.\n", year=2026)
    assert tasks == []
    _, tasks = _prose("Để công tác quản lý được thực hiện hiệu quả, Sở Nông nghiệp và Môi trường tăng cường kiểm tra "
                      "các mỏ khoáng sản.\n", year=2026)
    assert [t.lead for t in tasks] == [["Sở Nông nghiệp và Môi trường"]]


def test_a_bare_bar_table_with_section_rows_a_doer_column_and_merged_cells():
    # (Quyết định 836/QĐ-BXD of 2019: the answerable body's column beside "Thực hiện: Đơn vị chủ trì | Đơn vị phối
    # hợp"; two-cell section rows inside the table; a run of months as the time)
    doc, tasks = _prose(
        "NỘI DUNG CHI TIẾT\n\n"
        "Thời gian | Nội dung công việc | Cơ quan chịu trách nhiệm quản lý nhà nước theo quy định | Thực hiện\n"
        " |  |  | Đơn vị chủ trì | Đơn vị phối hợp\n"
        "I | GIAI ĐOẠN 1: LẬP, THẨM ĐỊNH, PHÊ DUYỆT LẬP NHIỆM VỤ\n"
        "1 | Lập nhiệm vụ quy hoạch\n"
        "10-11/2019 | Xây dựng nhiệm vụ lập quy hoạch | Cơ quan lập quy hoạch | Ban Quản lý quy hoạch | "
        "- Vụ Vật liệu xây dựng; - Vụ Kế hoạch -Tài chính; - Văn phòng Bộ.\n"
        " | Lấy ý kiến các Bộ, ngành | Cơ quan tổ chức lập quy hoạch | Vụ Vật liệu xây dựng | - Vụ Pháp chế.\n"
        "02-03/2020 | Lựa chọn Tư vấn lập Quy hoạch | Cơ quan lập quy hoạch | Vụ Kế hoạch- Tài chính/ Ban Quản lý "
        "quy hoạch. | - Vụ Pháp chế.\n", year=2019)
    _spans_hold(doc, tasks)
    assert [(t.text, t.lead, t.coordinators, t.deadline.start, t.deadline.end) for t in tasks] == [
        ("Xây dựng nhiệm vụ lập quy hoạch", ["Ban Quản lý quy hoạch"],
         ["Vụ Vật liệu xây dựng", "Vụ Kế hoạch - Tài chính", "Văn phòng Bộ"], "2019-10-01", "2019-11-30"),
        # (its time cell merged with the row's above)
        ("Lấy ý kiến các Bộ, ngành", ["Vụ Vật liệu xây dựng"], ["Vụ Pháp chế"], "2019-10-01", "2019-11-30"),
        ("Lựa chọn Tư vấn lập Quy hoạch", ["Vụ Kế hoạch - Tài chính", "Ban Quản lý quy hoạch"], ["Vụ Pháp chế"],
         "2020-02-01", "2020-03-31"),
    ]


def test_giao_a_unit_a_role_is_its_job():
    doc, tasks = _prose("IV. TỔ CHỨC THỰC HIỆN\n"
                        "1. Giao Vụ Vật liệu xây dựng là cơ quan tham mưu về các nội dung chuyên ngành liên quan đến "
                        "lĩnh vực quy hoạch các loại khoáng sản làm vật liệu xây dựng.\n"
                        "2. Ban Quản lý quy hoạch là cơ quan có nhiều kinh nghiệm trong lĩnh vực này.\n", year=2019)
    _spans_hold(doc, tasks)
    assert [(t.text[:30], t.lead) for t in tasks] == [("là cơ quan tham mưu về các nội", ["Vụ Vật liệu xây dựng"])]


def test_a_letter_to_one_company_calls_it_cong_ty_and_asks_it_the_points():
    # (Công văn 6795/SNNMT-KS of Lào Cai, 2026: a letter to a joint-stock company)
    company = "Công ty cổ phần Khai thác và Chế biến kim loại Thủ Đô"
    doc, tasks = _prose(f"Kính gửi: {company}\n(Địa chỉ: Khu công nghiệp Tằng Loỏng, tỉnh Lào Cai)\n\n"
                        "Để bảo đảm việc hoạt động khai thác khoáng sản theo quy định của pháp luật, Sở Nông nghiệp và "
                        "Môi trường đề nghị Công ty thực hiện đầy đủ các nội dung sau:\n"
                        "1. Trước khi đưa mỏ đi vào hoạt động khai thác khoáng sản\n"
                        "- Thực hiện cắm mốc khu vực khai thác và bàn giao mốc giới theo đúng quy định.\n", "Công văn",
                        year=2026)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text[:25]) for t in tasks] == [([company], "Thực hiện cắm mốc khu vực")]


def test_an_article_giving_a_unit_the_jobs_listed_under_it():
    doc, tasks = _prose("Điều 2. Giao Bộ Tài nguyên và Môi trường:\n"
                        "- Thực hiện các thủ tục để phê duyệt Dự án hỗ trợ kỹ thuật nói trên, đảm bảo đúng tiến độ;\n"
                        "- Chủ trì, điều phối và phối hợp với các Bộ: Kế hoạch và Đầu tư, Tài chính triển khai Dự án.\n"
                        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\n", "Quyết định", year=2015)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.coordinators, t.text[:25]) for t in tasks] == [
        (["Bộ Tài nguyên và Môi trường"], [], "Thực hiện các thủ tục để "),
        (["Bộ Tài nguyên và Môi trường"], ["Bộ Kế hoạch và Đầu tư", "Bộ Tài chính"], "Chủ trì, điều phối và phố"),
    ]


@pytest.mark.parametrize("recipients", ["Noi nhận:", "Not nhận:", "Nơi nhân:"])
def test_an_ocrd_recipients_list_gives_no_tasks(recipients):
    _, tasks = _prose("Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.\n\n"
                      "Để nâng cao hiệu quả công tác thanh tra, Tổng cục Thuế đề nghị thực hiện một số nội dung sau:\n"
                      "1. Tăng cường thanh tra sau hoàn thuế.\n"
                      f"{recipients} KT. TONG CỤC TRƯỞNG\n- Như trên;\n- Lãnh đạo TCT;\n- Ủy ban nhân dân tỉnh,\n"
                      "- Lưu: VT, TTKT.\n",
                      "Công văn", year=2020)
    assert [(t.lead, t.text) for t in tasks] == [
        (["Cục Thuế các tỉnh, thành phố trực thuộc Trung ương"], "Tăng cường thanh tra sau hoàn thuế")]


_GUIDANCE_LETTER = ("Kính gửi: Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố trực thuộc trung ương\n\n"
                    "Triển khai Nghị quyết số 17/2022/UBTVQH15 ngày 24 tháng 3 năm 2022 của Ủy ban Thường vụ Quốc hội về "
                    "số giờ làm thêm (sau đây gọi tắt là Nghị quyết), Bộ Lao động - Thương binh và Xã hội đề nghị Sở Lao "
                    "động - Thương binh và Xã hội các tỉnh, thành phố trực thuộc trung ương khẩn trương triển khai các "
                    "công việc sau:\n\n"
                    "1. Chủ trì, phối hợp Liên đoàn Lao động cấp tỉnh và các cơ quan liên quan phổ biến, hướng dẫn thực "
                    "hiện Nghị quyết trên địa bàn quản lý; trong đó, lưu ý một số nội dung sau đây:\n\n{items}"
                    "2. Tăng cường thanh tra, kiểm tra việc làm thêm giờ trên địa bàn theo quy định của pháp luật.\n\n"
                    "{last}")


def test_a_letters_point_ending_on_a_colon_before_notes_is_a_job():
    # (Công văn 1312/LĐTBXH-ATLĐ, 2022: the items under point 1 are what to note, not jobs; point 1 was lost)
    notes = ("a) Các trường hợp người sử dụng lao động được sử dụng người lao động làm thêm tối đa 300 giờ trong 01 năm "
             "là các trường hợp được quy định tại khoản 1 Điều 1 Nghị quyết.\n\n"
             "b) Tất cả trường hợp được làm thêm tối đa 300 giờ trong 01 năm đều được làm thêm từ trên 40 giờ đến 60 "
             "giờ trong 01 tháng.\n\n")
    doc, tasks = _prose(_GUIDANCE_LETTER.format(items=notes, last=""), "Công văn", year=2022)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.coordinators, t.text) for t in tasks] == [
        (["Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố trực thuộc trung ương"],
         ["Liên đoàn Lao động cấp tỉnh", "các cơ quan liên quan"],
         "phổ biến, hướng dẫn thực hiện Nghị quyết trên địa bàn quản lý"),
        (["Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố trực thuộc trung ương"], [],
         "Tăng cường thanh tra, kiểm tra việc làm thêm giờ trên địa bàn theo quy định của pháp luật")]
    # (the letter's last point, its notes running to the text's end)
    _, tasks = _prose(_GUIDANCE_LETTER.format(items="", last="3. Tổng hợp, báo cáo kết quả thực hiện; cụ thể như sau:\n"
                                              "a) Số doanh nghiệp có người lao động làm thêm trên 200 giờ.\n"), "Công văn",
                      year=2022)
    assert [t.text for t in tasks][-1] == "Tổng hợp, báo cáo kết quả thực hiện"


def test_a_letters_point_ending_on_a_colon_before_jobs_or_a_topic_is_none():
    jobs = ("a) Tổ chức hội nghị phổ biến Nghị quyết cho các doanh nghiệp trên địa bàn.\n\n"
            "b) Đăng tải nội dung Nghị quyết trên Cổng thông tin điện tử của Sở.\n\n")
    letter = _GUIDANCE_LETTER.replace("; trong đó, lưu ý một số nội dung sau đây:", ", cụ thể:")
    _, tasks = _prose(letter.format(items=jobs, last=""), "Công văn", year=2022)
    assert [t.text[:25] for t in tasks] == ["Tổ chức hội nghị phổ biến", "Đăng tải nội dung Nghị qu",
                                            "Tăng cường thanh tra, kiể"]
    topic = _GUIDANCE_LETTER.replace("1. Chủ trì, phối hợp Liên đoàn Lao động cấp tỉnh và các cơ quan liên quan phổ biến, "
                                     "hướng dẫn thực hiện Nghị quyết trên địa bàn quản lý; trong đó, lưu ý một số nội "
                                     "dung sau đây:", "1. Đối với việc tổ chức làm thêm giờ, lưu ý một số nội dung sau đây:")
    notes = "a) Các trường hợp được làm thêm tối đa 300 giờ trong 01 năm theo khoản 1 Điều 1 Nghị quyết.\n\n"
    _, tasks = _prose(topic.format(items=notes, last=""), "Công văn", year=2022)
    assert [t.text[:25] for t in tasks] == ["Tăng cường thanh tra, kiể"]


def test_recipients_whose_dashes_ocr_lost_give_no_tasks():
    # (Công văn 1312/LĐTBXH-ATLĐ, 2022, scanned: "- Như trên;" read as "~ Như trên;" had ended the list, and the
    # recipients after it were read as jobs of the units they name)
    recipients = ("KT. BỘ TRƯỞNG\n\nNoi nhận:\n\n~ Như trên;\n\nThủ tướng Chính phủ (để báo cáo);\n\n"
                  "- UBND các tỉnh, thành phố trực thuộc trung ương:\n\nHiệp hội doanh nghiệp nhỏ và vừa Việt Nam;\n\n"
                  "- Lưu: VT, ATLĐ.\n")
    _, tasks = _prose(_GUIDANCE_LETTER.format(items="", last=recipients), "Công văn", year=2022)
    assert [(t.lead, t.text[:25]) for t in tasks] == [
        (["Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố trực thuộc trung ương"], "phổ biến, hướng dẫn thực "),
        (["Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố trực thuộc trung ương"], "Tăng cường thanh tra, kiể")]


def test_a_proposal_to_the_ministry_heads_its_points_numbered_i_dot():
    # (Công văn 3686/UBND-XD of Lào Cai, 2026: "(i).", "(ii)." points under "… trân trọng đề nghị Bộ Xây dựng:")
    doc, tasks = _prose("Kính gửi: Bộ Xây dựng\n\n3. Kiến nghị\n"
                        "Để kịp thời tháo gỡ khó khăn, vướng mắc cho doanh nghiệp, Uỷ ban nhân dân tỉnh Lào Cai\n"
                        "trân trọng đề nghị Bộ Xây dựng:\n"
                        "(i). Chỉ đạo Cục Đăng kiểm Việt Nam khẩn trương ban hành văn bản hướng dẫn các cơ quan\n"
                        "đăng kiểm địa phương triển khai việc kiểm tra điều kiện an toàn về PCCC.\n"
                        "(ii). Sớm chỉ đạo nghiên cứu, sửa đổi, bổ sung các Quy chuẩn kỹ thuật quốc gia, Thông tư\n"
                        "có liên quan theo hướng bổ sung hạng mục kiểm tra điều kiện an toàn PCCC.\n", "Công văn",
                        year=2026)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text[:25]) for t in tasks] == [
        (["Bộ Xây dựng"], "Chỉ đạo Cục Đăng kiểm Việ"), (["Bộ Xây dựng"], "Sớm chỉ đạo nghiên cứu, s")]


def test_what_a_report_must_hold_listed_under_it_are_no_jobs():
    # (Kế hoạch of Hà Nội on bidding, 2025: "(1). Tổng số gói thầu …" are the figures the report gives)
    doc, tasks = _prose("3.1. Báo cáo định kỳ hàng tháng:\n\n"
                        "Yêu cầu UBND các xã, phường, các sở, ban, ngành báo cáo số liệu định kỳ hàng tháng, cập nhật "
                        "thường xuyên thông qua Hệ thống mạng đấu thầu quốc gia bao gồm:\n\n"
                        "(1). Tổng số gói thầu\ntheo kế hoạch được duyệt phải tổ chức lựa chọn nhà thầu trong kỳ báo "
                        "cáo;\n\n(2). Tổng giá trị gói thầu\ntheo kế hoạch được duyệt lựa chọn nhà thầu trong kỳ báo "
                        "cáo.\n", year=2025)
    _spans_hold(doc, tasks)
    assert [t.text[:30] for t in tasks] == ["báo cáo số liệu định kỳ hàng t"]
    assert tasks[0].lead == ["Ủy ban nhân dân các xã, phường", "các sở, ban, ngành"]


def test_a_request_to_the_addressees_named_short_heads_its_points_and_an_enclosure_list_ends_them():
    # (Công văn of Bộ Tài chính, 2025: the lead-in names the addressees short; "gửi kèm … gồm:" lists enclosures)
    doc, tasks = _prose("Kính gửi: Ủy ban nhân dân các tỉnh, thành phố\ntrực thuộc Trung ương\n"
                        "Để phát huy hiệu quả của Cẩm nang, Bộ Tài chính đề nghị UBND các tỉnh, thành phố quan tâm chỉ "
                        "đạo:\n1. Phổ biến rộng rãi nội dung Cẩm nang đến Ủy ban nhân dân cấp xã.\n"
                        "2. Lồng ghép nội dung Cẩm nang vào chương trình tập huấn bồi dưỡng nghiệp vụ cho công chức cấp "
                        "xã.\nBộ Tài chính gửi kèm bộ Cẩm nang gồm:\n- Cẩm nang nghiệp vụ thuế dành cho công chức cấp xã."
                        "\n- Video giới thiệu Cẩm nang theo đường link.\n", "Công văn", year=2025)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text[:25]) for t in tasks] == [
        (["Ủy ban nhân dân các tỉnh, thành phố"], "Phổ biến rộng rãi nội dun"),
        (["Ủy ban nhân dân các tỉnh, thành phố"], "Lồng ghép nội dung Cẩm na")]


def test_a_request_urging_the_body_named_heads_the_points_that_follow():
    # (Công văn 4451/TCT-TTKT of Tổng cục Thuế, 2022)
    doc, tasks = _prose("Do đó, để tiếp tục tăng cường triển khai các biện pháp quản lý thuế đối với lĩnh vực này, Tổng "
                        "cục Thuế đề nghị Cục Thuế các tỉnh, thành phố trực thuộc Trung ương khẩn trương, nghiêm túc "
                        "thực hiện các yêu cầu cụ thể như sau:\n"
                        "1. Đối với công tác tổng hợp, báo cáo kết quả thanh tra kiểm tra thuế.\n"
                        "- Chú trọng nghiên cứu, rà soát, bổ sung kế hoạch thanh tra kiểm tra các doanh nghiệp.\n",
                        "Công văn", year=2022)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text[:25]) for t in tasks] == [
        (["Cục Thuế các tỉnh, thành phố trực thuộc Trung ương"], "Chú trọng nghiên cứu, rà ")]


def test_what_the_issuer_will_do_under_a_lead_in_is_no_job_of_the_units_asked():
    doc, tasks = _prose("Tổng cục Thuế đề nghị Cục Thuế các tỉnh, thành phố trực thuộc Trung ương khẩn trương, nghiêm túc "
                        "thực hiện các yêu cầu cụ thể như sau:\n"
                        "- Chú trọng nghiên cứu, rà soát, bổ sung kế hoạch thanh tra kiểm tra các doanh nghiệp.\n"
                        "- Tổng cục Thuế sẽ định kỳ tổng hợp, rà soát các Cục Thuế không thực hiện báo cáo.\n",
                        "Công văn", year=2022)
    _spans_hold(doc, tasks)
    assert [t.text[:25] for t in tasks] == ["Chú trọng nghiên cứu, rà "]


def test_bullets_detailing_a_paragraph_under_a_unit_heading_are_no_jobs_and_its_items_go_on():
    # (Chỉ thị 21/CT-TTg, 2026: "Phương án … theo hướng:" and its bullets between items c) and d))
    doc, tasks = _prose("4. Ủy ban nhân dân các tỉnh, thành phố\n"
                        "c) Kết thúc hoạt động đối với người hoạt động không chuyên trách tại cấp xã trước ngày 31 tháng "
                        "5 năm 2026.\n"
                        "Phương án bố trí, sử dụng phải gắn với yêu cầu cơ cấu lại, nâng cao chất lượng đội ngũ cán bộ, "
                        "công chức cấp xã, theo hướng:\n"
                        "- Thực hiện chế độ hợp đồng thực hiện nhiệm vụ công chức, viên chức đối với các vị trí cần thiết.\n"
                        "- Giải quyết đầy đủ, kịp thời chế độ, chính sách đối với các trường hợp không tiếp tục bố trí.\n"
                        "d) Định kỳ báo cáo Thủ tướng Chính phủ về tiến độ, kết quả thực hiện vào thứ Sáu hàng tuần.\n"
                        "5. Bộ Nội vụ\na) Chủ trì hướng dẫn, đôn đốc việc triển khai thực hiện Chỉ thị này.\n",
                        "Chỉ thị", year=2026)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text[:25]) for t in tasks] == [
        (["Ủy ban nhân dân các tỉnh, thành phố"], "Kết thúc hoạt động đối vớ"),
        (["Ủy ban nhân dân các tỉnh, thành phố"], "Định kỳ báo cáo Thủ tướng"),
        (["Bộ Nội vụ"], "Chủ trì hướng dẫn, đôn đố")]


@pytest.mark.parametrize("cell, units", [
    ("Đồng chí Phó chủ tịch Thường trực, phụ trách lĩnh vực Giám sát và Phản biện xã hội",
     ["Phó chủ tịch Thường trực, phụ trách lĩnh vực Giám sát và Phản biện xã hội"]),
    ("Các đ/c Phó Chủ tịch, Trưởng đoàn thể xã, các đồng chí Chuyên viên cơ quan MTTQ xã.",
     ["Các Phó Chủ tịch", "Trưởng đoàn thể xã", "các Chuyên viên cơ quan Mặt trận Tổ quốc Việt Nam xã"]),
    ("Đ/c Chủ tịch UBND xã", ["Ủy ban nhân dân xã"]),  # a body behind the title: the body, as for any title
])
def test_people_named_by_their_office_are_the_units_of_a_who_cell(cell, units):
    assert cell_units(cell) == (units, [])


def test_labelled_lines_under_a_numbered_job_date_it_and_name_people_by_office():
    # (Kế hoạch 16/KH-MTTQ-BTT of xã Lương Minh, 2025: the date comes before the lead; "Đồng chí" is no sum of money)
    doc, tasks = _prose("II. NỘI DUNG, NHIỆM VỤ CỤ THỂ\n1. Hướng dẫn, kế hoạch\n"
                        "1.2. Xây dựng và ban hành Hướng dẫn của Ban Thường trực Ủy ban MTTQ Việt Nam xã về việc MTTQ xã "
                        "giám sát công tác bầu cử.\n"
                        "- Thời gian hoàn thành: Tháng 11/2025 (sau khi Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh ban hành "
                        "Hướng dẫn);\n"
                        "- Đơn vị chủ trì: Đồng chí Phó chủ tịch Thường trực, phụ trách lĩnh vực Giám sát và Phản biện xã "
                        "hội\n- Đơn vị phối hợp: Các đ/c Phó Chủ tịch, Trưởng đoàn thể xã.\n"
                        "- Kết quả: Dự thảo Hướng dẫn trình Ban Thường trực ban hành.\n", year=2025)
    _spans_hold(doc, tasks)
    assert [(t.text[:25], t.lead, t.coordinators, t.deadline.end, t.product) for t in tasks] == [
        ("Xây dựng và ban hành Hướn", ["Phó chủ tịch Thường trực, phụ trách lĩnh vực Giám sát và Phản biện xã hội"],
         ["Các Phó Chủ tịch", "Trưởng đoàn thể xã"], "2025-11-30", "Dự thảo Hướng dẫn trình Ban Thường trực ban hành")]


def test_an_article_naming_a_teams_duties_with_a_colon_heads_them():
    # (Quyết định of the Fatherland Front of xã Lương Minh, 2026, setting up a team to receive citizens)
    team = "Tổ tiếp công dân, xử lý khiếu nại, tố cáo, kiến nghị, phản ánh của công dân"
    doc, tasks = _prose(f"Điều 2. Nhiệm vụ của {team}:\n"
                        "- Thực hiện tiếp công dân theo kế hoạch và theo chỉ đạo của Ban Thường trực.\n"
                        "- Tổng hợp, báo cáo Ban Thường trực đối với các vụ việc phức tạp, nổi cộm.\n"
                        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\n", "Quyết định", year=2026)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text[:25]) for t in tasks] == [([team], "Thực hiện tiếp công dân t"),
                                                      ([team], "Tổng hợp, báo cáo Ban Thư")]


def test_the_front_written_mttq_viet_nam_is_named_once():
    assert cell_units("Ban Thường trực Ủy ban MTTQ Việt Nam phường") == (
        ["Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam phường"], [])


def test_a_member_named_by_office_before_a_colon_does_the_jobs_after_it():
    # (Kế hoạch 01/KH-TBTTKT of a commune election sub-committee, 2025)
    doc, tasks = _prose("III. PHÂN CÔNG NHIỆM VỤ\n1. Đồng chí Phó Trưởng ban xây dựng Đảng - Ủy viên: Trực tiếp chỉ đạo "
                        "chuẩn bị tốt các nội dung thông tin, tuyên truyền, khánh tiết.\n"
                        "2. Đồng chí Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Gia Lai, Đắk Lắk chỉ đạo "
                        "khắc phục hậu quả mưa lũ.\n", year=2025)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text[:25]) for t in tasks][0] == (
        ["Phó Trưởng ban xây dựng Đảng - Ủy viên"], "Trực tiếp chỉ đạo chuẩn b")
    assert all("Gia Lai" not in t.text[:10] for t in tasks)  # a list of provinces after a colon is no job


def test_bullets_saying_how_a_numbered_job_is_done_leave_the_job_to_it():
    # (Kế hoạch 16/KH-MTTQ-BTT of xã Lương Minh, 2025)
    doc, tasks = _prose("1. Hướng dẫn, kế hoạch\n"
                        "1.3 Xây dựng, ban hành kế hoạch, lịch trình thực hiện các nội dung công tác bầu cử đại biểu Quốc "
                        "hội khóa XVI\n"
                        "- Các văn bản hướng dẫn, kế hoạch, lịch trình phải thể hiện rõ vai trò, trách nhiệm của MTTQ xã.\n"
                        "- Nguyên tắc tổ chức hiệp thương: Dân chủ, công khai, minh bạch, đúng quy trình.\n"
                        "- Thời gian hoàn thành: Tháng 11/2025.\n"
                        "- Đơn vị chủ trì: Đồng chí Phó chủ tịch Thường trực\n", year=2025)
    _spans_hold(doc, tasks)
    assert [(t.text[:25], t.lead, t.deadline.end) for t in tasks] == [
        ("Xây dựng, ban hành kế hoạ", ["Phó chủ tịch Thường trực"], "2025-11-30")]


def test_a_heading_naming_an_office_by_its_field_heads_its_jobs():
    # (Kế hoạch 16/KH-MTTQ-BTT of xã Lương Minh, 2025: "III. TỔ CHỨC THỰC HIỆN")
    office = "Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội"
    doc, tasks = _prose(f"III. TỔ CHỨC THỰC HIỆN\n3. {office}\n"
                        "- Chủ trì xây dựng các báo cáo tổng hợp chung việc thực hiện công tác bầu cử.\n"
                        "- Làm đầu mối giải đáp các nội dung liên quan đến công tác bầu cử.\n", year=2025)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text[:25]) for t in tasks] == [([office], "Chủ trì xây dựng các báo "),
                                                      ([office], "Làm đầu mối giải đáp các ")]


def test_theo_doi_opens_a_job_not_a_clause_before_its_unit():
    # (Chỉ thị 21/CT-TTg, 2026: "Theo dõi …" is the verb, not "Theo …," before a unit)
    doc, tasks = _prose("5. Bộ Nội vụ\nc) Theo dõi, tổng hợp tình hình sắp xếp thôn, tổ dân phố; chủ động nắm tình hình, "
                        "kịp thời hướng dẫn, tháo gỡ khó khăn; báo cáo Chính phủ, Thủ tướng Chính phủ xem xét, chỉ đạo "
                        "đối với các nội dung vượt thẩm quyền;\n", "Chỉ thị", year=2026)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text[:25]) for t in tasks] == [(["Bộ Nội vụ"], "Theo dõi, tổng hợp tình h")]


@pytest.mark.parametrize("join", [" ", "\n"])  # "Cụ thể:" in the point's paragraph, or on a line of its own
def test_cu_the_after_a_units_job_opens_the_items_that_spell_it_out(join):
    # (Quyết định 892/QĐ-TTg, 2026; items that name no job, "- Cơ cấu, thành phần …", are what the job covers)
    doc, tasks = _prose("IV. TỔ CHỨC THỰC HIỆN\n3. Các bộ, ngành, Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương tổ "
                        "chức thực hiện các chủ trương, định hướng, nhiệm vụ, giải pháp nêu trong Đề án gắn với yêu cầu "
                        f"thực tế của ngành, lĩnh vực, địa phương mình phụ trách.{join}Cụ thể:\n"
                        "- Phối hợp với Bộ Ngoại giao trong quá trình triển khai Đề án;\n"
                        "- Cơ cấu, thành phần các đoàn đi bồi dưỡng ở nước ngoài.\n"
                        "4. Bộ Tài chính bố trí kinh phí thực hiện Đề án theo quy định.\n", "Quyết định", year=2026)
    _spans_hold(doc, tasks)
    group = ["Các bộ, ngành", "Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương"]
    assert [(t.lead, t.text[:25]) for t in tasks] == [
        (group, "tổ chức thực hiện các chủ"), (group, "Phối hợp với Bộ Ngoại gia"),
        (["Bộ Tài chính"], "bố trí kinh phí thực hiện")]


def test_who_attends_a_meeting_gives_no_jobs():
    # (Kế hoạch of the Fatherland Front of xã Lương Minh, 2026: "II. THÀNH PHẦN HỘI NGHỊ")
    doc, tasks = _prose("II. THÀNH PHẦN HỘI NGHỊ\n"
                        "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã triệu tập và chủ trì hội nghị gồm:\n"
                        "1. Đại biểu thuộc thành phần hiệp thương:\n"
                        "- Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh (Chủ trì hội nghị).\n"
                        "- Đại diện Thường trực Hội đồng nhân dân xã;\n- Đại diện Thường trực Ủy ban nhân dân xã.\n"
                        "III. TỔ CHỨC THỰC HIỆN\n1. Ủy ban nhân dân xã\n- Chuẩn bị hội trường và các điều kiện tổ chức hội nghị.\n",
                        year=2026)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text[:25]) for t in tasks] == [(["Ủy ban nhân dân xã"], "Chuẩn bị hội trường và cá")]


def test_a_time_written_as_a_label_before_the_unit_dates_its_job():
    # (Kế hoạch of the Fatherland Front of xã Lương Minh, 2026: "- Từ ngày 05/02/2026 - 08/02/2026: Ban Thường trực …")
    doc, tasks = _prose("III. TIẾN ĐỘ\n- Từ ngày 05/02/2026 - 08/02/2026: Ban Thường trực Ủy ban MTTQ Việt Nam xã trao đổi "
                        "với cơ quan, đơn vị có người ứng cử thống nhất thời gian tổ chức hội nghị.\n", year=2026)
    _spans_hold(doc, tasks)
    assert [(t.text[:20], t.deadline.start, t.deadline.end) for t in tasks] == [
        ("trao đổi với cơ quan", "2026-02-05", "2026-02-08")]


def test_a_heading_asking_a_body_to_work_with_the_issuer_heads_its_points():
    # (Kế hoạch of the Fatherland Front of xã Lương Minh, 2026: "2. Đề nghị Ủy ban nhân dân xã phối hợp")
    doc, tasks = _prose("V. TỔ CHỨC THỰC HIỆN\n2. Đề nghị Ủy ban nhân dân xã phối hợp\n"
                        "- Phối hợp chặt chẽ với Ban Thường trực trong việc triệu tập, tổ chức hội nghị.\n"
                        "- Chỉ đạo Công an xã rà soát danh sách cử tri.\n", year=2026)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text[:25]) for t in tasks] == [(["Ủy ban nhân dân xã"], "Phối hợp chặt chẽ với Ban"),
                                                      (["Ủy ban nhân dân xã"], "Chỉ đạo Công an xã rà soá")]


def test_a_ministry_letter_asks_bo_nganh_dia_phuong_in_lower_case_and_its_closing_request_is_no_job():
    # (Công văn 10989/BNV-TCBC of the Ministry of Home Affairs, 2025: "…, đề nghị bộ, ngành, địa phương khẩn trương …")
    doc, tasks = _prose("Để việc đề xuất biên chế giai đoạn 2026-2031 của các bộ, ngành, địa phương được triển khai "
                        "thống nhất theo đúng yêu cầu của Ban Tổ chức Trung ương, trên cơ sở nguyên tắc nêu trên, đề nghị "
                        "bộ, ngành, địa phương khẩn trương tổng hợp đề xuất biên chế theo biểu mẫu gửi kèm và gửi về Bộ "
                        "Nội vụ trước ngày 26/11/2025 để tổng hợp.\nĐề nghị bộ, ngành, địa phương quan tâm thực hiện./.\n",
                        doc_type="Công văn", year=2025)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text[:30], t.deadline.end) for t in tasks] == [
        (["bộ, ngành, địa phương"], "khẩn trương tổng hợp đề xuất b", "2025-11-26")]


@pytest.mark.parametrize("lead_in", ["a) Trưởng các điểm thi có trách nhiệm:", "a) Trưởng các điểm thi có trách nhiệm"])
def test_a_lettered_lead_in_whose_items_are_paragraphs_without_markers_gives_them_its_unit(lead_in):
    # (Công văn 1906/SGDĐT-CTrTT of Đà Nẵng's education department, 2020, its paragraphs each on one line; the
    # second form leaves out the colon. The title over a described group is dropped, as over a known one.)
    lines = ["3. Đối với công tác tổ chức thi tốt nghiệp trung học phổ thông năm 2020", lead_in,
             "Tiếp tục quán triệt thực hiện nghiêm túc Mục 6, Công văn số 1899/SGDĐT-CTrTT.",
             "Bố trí mỗi điểm thi ít nhất 02 phòng dự phòng, sắp xếp bàn ghế đảm bảo giãn cách giữa các bàn dành cho thí "
             "sinh trong suốt thời gian diễn ra kỳ thi tốt nghiệp trung học phổ thông tại các điểm thi trên địa bàn thành phố.",
             "Làm việc trực tiếp với Phó Trưởng điểm phụ trách cơ sở vật chất để kiểm tra, rà soát tất cả các điều kiện "
             "đảm bảo an toàn cho cán bộ coi thi, nhân viên phục vụ và thí sinh dự thi trong suốt thời gian diễn ra kỳ thi.",
             "Báo cáo công tác chuẩn bị, kiểm tra, rà soát... về Sở Giáo dục và Đào tạo trước 14 giờ 00 ngày 29/7/2020.",
             "b) Hiệu trưởng các trường trung học phổ thông, giám đốc các trung tâm giáo dục thường xuyên có trách nhiệm "
             "chỉ đạo rà soát tình hình sức khỏe 100% học sinh, học viên tham gia thi tốt nghiệp trung học phổ thông năm "
             "2020."]
    doc, tasks = _prose("\n".join(lines), doc_type="Công văn", year=2020)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text[:20], t.deadline and t.deadline.end) for t in tasks] == [
        (["các điểm thi"], "Tiếp tục quán triệt ", None),
        (["các điểm thi"], "Bố trí mỗi điểm thi ", None),
        (["các điểm thi"], "Làm việc trực tiếp v", None),
        (["các điểm thi"], "Báo cáo công tác chu", "2020-07-29"),
        (["các trường trung học phổ thông", "các trung tâm giáo dục thường xuyên"], "chỉ đạo rà soát tình", None)]


def test_an_item_closed_by_the_bracket_that_assigns_it_reads_given_lead_and_partners_over_a_semicolon():
    # (Quyết định 254/QĐ-UBND of Sơn La, 2023, the plan for protecting state secrets)
    doc, tasks = _prose("II. NỘI DUNG CÔNG TÁC\n"
                        "6. Xây dựng và tham mưu với UBND tỉnh ban hành Quy chế bảo vệ BMNN trên địa bàn tỉnh (Giao Công an "
                        "tỉnh chủ trì, phối hợp với Văn phòng UBND tỉnh; Sở Tư pháp và các cơ quan, tổ chức có liên quan "
                        "tham mưu).\n"
                        "8. Thành lập Đoàn kiểm tra việc chấp hành các quy định về bảo vệ BMNN tại các sở, ban, ngành "
                        "(Giao Công an tỉnh tham mưu).\n", year=2023)
    _spans_hold(doc, tasks)
    assert [(t.text[:20], t.lead, t.coordinators) for t in tasks] == [
        ("Xây dựng và tham mưu", ["Công an tỉnh"],
         ["Văn phòng Ủy ban nhân dân tỉnh", "Sở Tư pháp", "các cơ quan, tổ chức có liên quan"]),
        ("Thành lập Đoàn kiểm ", ["Công an tỉnh"], [])]


def test_a_unit_point_that_states_when_before_its_duty_heads_its_items_and_a_note_is_no_job():
    # (Quyết định 31/2011/QĐ-UBND of Gia Lai: "1. Ủy ban nhân dân xã, phường, thị trấn: Khi nhận được hồ sơ …,
    # trong thời hạn … có trách nhiệm:"; "Hàng quý, …" opens a unit's own job like "Hằng năm, …")
    doc, tasks = _prose(
        "Điều 7. Đối với các cơ quan nhà nước\n"
        "1. Ủy ban nhân dân xã, phường, thị trấn: Khi nhận được hồ sơ xin miễn, giảm tiền sử dụng đất của người có công "
        "với cách mạng, trong thời hạn không quá 15 (mười lăm) ngày làm việc kể từ ngày nhận hồ sơ có trách nhiệm:\n"
        "a) Căn cứ tình hình nhà ở, đất ở của các đối tượng chính sách trên địa bàn, tiến hành bình xét công khai.\n"
        "Lưu ý: Văn bản đề nghị miễn, giảm của Ủy ban nhân dân xã, phường, thị trấn phải thể hiện rõ các nội dung.\n"
        "b) Trường hợp không thuộc đối tượng được miễn, giảm thì có văn bản trả lời cho người sử dụng đất được biết.\n"
        "Hàng quý, UBND xã, phường, thị trấn có trách nhiệm lập hồ sơ, thống kê các đối tượng đã được bình xét.\n"
        "2. Ủy ban nhân dân huyện, thị xã, thành phố: Trong thời hạn không quá 15 (mười lăm) ngày làm việc kể từ ngày "
        "nhận được văn bản đề nghị của Ủy ban nhân dân xã, phường, thị trấn có trách nhiệm:\n"
        "a) Thẩm tra, xác minh lại từng trường hợp cụ thể về đối tượng, mức miễn, giảm theo đúng quy định.\n",
        doc_type="Quyết định", year=2011)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text[:20], t.deadline and t.deadline.recurrence) for t in tasks] == [
        (["Ủy ban nhân dân xã, phường, thị trấn"], "Căn cứ tình hình nhà", None),
        (["Ủy ban nhân dân xã, phường, thị trấn"], "Trường hợp không thu", None),
        (["Ủy ban nhân dân xã, phường, thị trấn"], "lập hồ sơ, thống kê ", "quarterly"),
        (["Ủy ban nhân dân huyện, thị xã, thành phố"], "Thẩm tra, xác minh l", None)]


def test_a_unit_that_is_to_write_a_letter_has_a_job_and_a_unit_that_has_something_does_not():
    # (Công văn 296/BHXH-CSYT, 2021: "…, BHXH các tỉnh có văn bản kiến nghị cơ quan quản lý nhà nước xử lý vi phạm")
    doc, tasks = _prose("1. Rà soát việc kê thêm giường so với giường được phê duyệt tại các cơ sở KCB BHYT\n"
                        "- Đối với các cơ sở KCB không thực hiện đúng Chỉ thị số 25/CT-BYT, vẫn kê thêm giường, BHXH các "
                        "tỉnh có văn bản kiến nghị cơ quan quản lý nhà nước xử lý vi phạm theo quy định.\n"
                        "- Bảo hiểm xã hội tỉnh có 05 đơn vị trực thuộc thực hiện giám định.\n",
                        doc_type="Công văn", year=2021)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text[-73:]) for t in tasks] == [
        (["Bảo hiểm xã hội các tỉnh"], "có văn bản kiến nghị cơ quan quản lý nhà nước xử lý vi phạm theo quy định")]


def test_a_clause_on_named_bodies_before_their_duty_is_not_part_of_their_names():
    # (Kế hoạch 7360/KH-UBND of Lai Châu, 2025; a clause on a bare group still describes it)
    doc, tasks = _prose("IV. TỔ CHỨC THỰC HIỆN\n2. Căn cứ nội dung Kế hoạch và tình hình thực tiễn, các sở, ngành và Ủy ban "
                        "nhân dân các xã, phường được phân công chủ trì thực hiện nhiệm vụ được giao tại Kế hoạch này có "
                        "trách nhiệm xây dựng kế hoạch chi tiết triển khai thi hành Luật.\n"
                        "4. Các cơ quan được phân công chủ trì thực hiện nhiệm vụ theo Kế hoạch này có trách nhiệm lập dự "
                        "toán kinh phí.\n", year=2025)
    _spans_hold(doc, tasks)
    assert [t.lead for t in tasks] == [["các sở, ngành", "Ủy ban nhân dân các xã, phường"],
                                       ["Các cơ quan được phân công chủ trì thực hiện nhiệm vụ theo Kế hoạch này"]]


def test_a_commune_party_committees_head_by_title_and_role_is_in_charge_of_his_points():
    # (Kế hoạch 01/KH-TBTTKT of xã Phố Bảng's propaganda sub-committee, 2025; "Ban Xây dựng Đảng" is the commune
    # Party committee's body since 2025, "Phụ trách chung" what its head does)
    doc, tasks = _prose("IV. TỔ CHỨC THỰC HIỆN\n1. Đồng chí Trưởng Ban xây dựng Đảng - Trưởng Tiểu ban: Phụ trách chung, "
                        "chịu trách nhiệm trước Ủy ban bầu cử về kết quả triển khai các nội dung thông tin, tuyên truyền.\n",
                        year=2025)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text[:20]) for t in tasks] == [
        (["Trưởng Ban xây dựng Đảng - Trưởng Tiểu ban"], "Phụ trách chung, chị")]


def test_a_directives_closing_call_to_carry_it_out_is_no_job():
    # (Chỉ thị 012/CT-UBND of Đắk Lắk, 2025, its last paragraph)
    doc, tasks = _prose("Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các xã, phường tổ chức "
                        "quán triệt, triển khai và chỉ đạo các cơ quan, đơn vị thuộc thẩm quyền quản lý thực hiện nghiêm túc "
                        "Chỉ thị này.\nChủ tịch UBND các xã, phường tổ chức quán triệt Chỉ thị tới cán bộ, công chức trong "
                        "tháng 12 năm 2025.\n", doc_type="Chỉ thị", year=2025)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text[:25]) for t in tasks] == [(["Ủy ban nhân dân các xã, phường"], "tổ chức quán triệt Chỉ th")]


def test_a_case_or_condition_before_the_unit_stays_with_its_job():
    # "Trường hợp …, Sở A …" and "Đối với … thì Sở A …": the job holds only in that case, so its text keeps it.
    doc, tasks = _prose(
        "KẾ HOẠCH\nTiếp nhận, xử lý đơn thư trong bầu cử\n\nIII. TỔ CHỨC THỰC HIỆN\n"
        "1. Đối với đơn thư về danh sách cử tri thì Ủy ban nhân dân xã có trách nhiệm xác minh, trả lời công dân.\n"
        "2. Trường hợp hồ sơ trễ hạn, Sở Tư pháp báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2025.\n"
        "3. Nếu người ứng cử thay đổi nơi cư trú thì Ban Thường trực Ủy ban MTTQ xã thông báo cho Tổ bầu cử.\n"
        "4. Hằng năm, Sở Nội vụ tổng hợp, báo cáo kết quả.\n")
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text) for t in tasks] == [
        (["Ủy ban nhân dân xã"],
         "Đối với đơn thư về danh sách cử tri thì Ủy ban nhân dân xã có trách nhiệm xác minh, trả lời công dân"),
        (["Sở Tư pháp"], "Trường hợp hồ sơ trễ hạn, Sở Tư pháp báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2025"),
        (["Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã"],
         "Nếu người ứng cử thay đổi nơi cư trú thì Ban Thường trực Ủy ban MTTQ xã thông báo cho Tổ bầu cử"),
        (["Sở Nội vụ"], "tổng hợp, báo cáo kết quả")]  # a time is the job's deadline, not part of its words
    assert tasks[1].deadline.end == "2025-12-15" and tasks[3].deadline.recurrence == "annual"


PARTS_PLAN = (
    "KẾ HOẠCH\nTriển khai Đề án tìm kiếm, quy tập hài cốt liệt sĩ\n\n"
    "II. BAN HÀNH CÁC VĂN BẢN HƯỚNG DẪN\n"
    "1. Nội dung, biện pháp\n"
    "a) Xây dựng, ban hành Quy chế hoạt động của Ban Chỉ đạo quốc gia;\n"
    "b) Ban hành Thông tư của Bộ Quốc phòng hướng dẫn về công tác tìm kiếm, quy tập hài cốt liệt sĩ;\n"
    "c) Ban hành các văn bản hướng dẫn về các nội dung thực hiện Đề án theo phạm vi, chức năng.\n"
    "Cơ cấu thành phần Ban Chỉ đạo các cấp do Bộ Quốc phòng hướng dẫn thực hiện.\n"
    "2. Cơ quan chủ trì, phối hợp\n"
    "a) Cơ quan chủ trì\n"
    "- Ban Chỉ đạo quốc gia.\n"
    "- Bộ Quốc phòng; Bộ Lao động - Thương binh và Xã hội.\n"
    "- Các cơ quan báo chí Trung ương, địa phương, quân đội.\n\n"
    "(Văn phòng Ban Chỉ đạo là cơ quan giúp Ban Chỉ đạo các cấp tổng hợp thông tin.)\n"
    "b) Cơ quan phối hợp\n"
    "- Mặt trận Tổ quốc Việt Nam và Hội Cựu chiến binh các cấp.\n"
    "3. Thời gian thực hiện: Tháng 11, 12/2013 và bổ sung hàng năm.\n"
    "III. TUYÊN TRUYỀN\n"
    "1.1. Tuyên truyền, phổ biến pháp luật cho người lao động trong các doanh nghiệp.\n"
    "- Cơ quan thực hiện: Sở Tư pháp chủ trì, phối hợp với Liên đoàn Lao động tỉnh.\n"
    "- Thời gian thực hiện: Quý II/2014.\n"
)


def test_a_points_parts_say_who_does_its_numbered_jobs_and_when():
    # "1. Nội dung" lists the jobs, "2. Cơ quan chủ trì, phối hợp" their units one an item, "3. Thời gian" their time
    doc, tasks = _prose(PARTS_PLAN, year=2013)
    _spans_hold(doc, tasks)
    leads = ["Ban Chỉ đạo quốc gia", "Bộ Quốc phòng", "Bộ Lao động - Thương binh và Xã hội",
             "Các cơ quan báo chí Trung ương, địa phương, quân đội"]
    assert [t.text[:25] for t in tasks] == ["Xây dựng, ban hành Quy ch", "Ban hành Thông tư của Bộ ", "Ban hành các văn bản hướn",
                                           "Cơ cấu thành phần Ban Chỉ", "Tuyên truyền, phổ biến ph"]
    for task in tasks[:4]:
        assert task.lead == leads
        assert task.coordinators == ["Mặt trận Tổ quốc Việt Nam", "Hội Cựu chiến binh các cấp"]
        assert (task.deadline.start, task.deadline.end) == ("2013-11-01", "2013-12-31")
    assert (tasks[4].lead, tasks[4].coordinators, tasks[4].deadline.end) == (
        ["Sở Tư pháp"], ["Liên đoàn Lao động tỉnh"], "2014-06-30")


def test_a_resolution_asks_the_government_for_its_points_and_a_report_by_a_time():
    # (Nghị quyết 494/NQ-UBTVQH13, 2012: the Standing Committee's resolution on a supervision's results)
    doc, tasks = _prose(
        "NGHỊ QUYẾT\nVề kết quả giám sát việc thực hiện chính sách đối với người có công\n\n"
        "Điều 2.\n"
        "Ủy ban thường vụ Quốc hội yêu cầu Chính phủ, Thủ tướng Chính phủ tập trung thực hiện một số nhiệm vụ và "
        "giải pháp sau đây:\n"
        "1. Tiếp tục điều chỉnh nâng mức trợ cấp, phụ cấp đối với người có công với cách mạng.\n"
        "2. Hướng dẫn giải quyết các vướng mắc đối với hồ sơ đề nghị công nhận người có công.\n"
        "Điều 3.\n"
        "1. Kết thúc năm 2013, Chính phủ báo cáo Ủy ban thường vụ Quốc hội kết quả thực hiện Nghị quyết này.\n",
        doc_type="Nghị quyết", year=2012)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text[:30]) for t in tasks] == [
        (["Chính phủ", "Thủ tướng Chính phủ"], "Tiếp tục điều chỉnh nâng mức t"),
        (["Chính phủ", "Thủ tướng Chính phủ"], "Hướng dẫn giải quyết các vướng"),
        (["Chính phủ"], "báo cáo Ủy ban thường vụ Quốc "),
    ]
    assert tasks[2].deadline.end == "2013-12-31"


def test_a_party_committee_asks_the_communes_party_organisations_for_their_points():
    # (Thông báo kết luận of a provincial chairman, Lâm Đồng 2026: "Thường trực Tỉnh ủy đề nghị Đảng bộ các phường, xã:
    # <names> …" over its points; which names are wards the text does not say, so the group stands)
    doc, tasks = _prose(
        "THÔNG BÁO\nKết luận tại buổi làm việc với các phường, xã\n\n"
        "2. Để thực hiện đạt mục tiêu năm 2026, Thường trực Tỉnh ủy đề nghị Đảng bộ các phường, xã: Bình Thuận, "
        "Hàm Thuận Bắc, La Dạ tiếp tục phát huy tinh thần đoàn kết; đồng thời, tập trung thực hiện tốt một số nhiệm vụ "
        "trọng tâm trong thời gian tới như sau:\n"
        "2.1. Nâng cao chất lượng công tác xây dựng Đảng, phát triển đảng viên mới.\n"
        "3. Sở Nội vụ đề nghị Ủy ban nhân dân tỉnh xem xét, quyết định.\n"
        "4. Thủ tướng Chính phủ đề nghị các Đồng chí Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh dành thời gian lãnh "
        "đạo, chỉ đạo các cơ quan, đơn vị trực thuộc hoàn thành các nhiệm vụ nêu trên.\n",
        doc_type="Thông báo", year=2026)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text[:30]) for t in tasks] == [
        (["Đảng bộ các phường, xã"], "Nâng cao chất lượng công tác x")]  # (a department's proposal upward: no job)


def test_a_directives_call_to_carry_it_out_how_is_no_job_and_a_plan_with_partners_names_them():
    # (Chỉ thị 31/CT-TTg, 2012)
    doc, tasks = _prose(
        "CHỈ THỊ\nVề đào tạo nghề, giải quyết việc làm\n\n"
        "Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:\n"
        "1. Xây dựng kế hoạch phối hợp cụ thể với các Bộ, ngành trung ương để làm tốt công tác đào tạo nghề.\n"
        "Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương thực hiện "
        "nghiêm túc, hiệu quả Chỉ thị này./.\n", doc_type="Chỉ thị", year=2012)
    _spans_hold(doc, tasks)
    assert [(t.coordinators, t.text[:25]) for t in tasks] == [(["các Bộ, ngành trung ương"], "Xây dựng kế hoạch phối hợ")]


def test_a_job_bullet_over_the_papers_it_holds_is_one_job():
    # (Kế hoạch kèm Quyết định 3210/QĐ-UBND, TP Hồ Chí Minh 2014: "- Lập hồ sơ hoàn công …, bao gồm:" / "+ Đơn …")
    doc, tasks = _prose(
        "1.3. Ủy ban nhân dân xã, phường, thị trấn:\n"
        "- Niêm yết công khai danh sách và mức hỗ trợ người có công với cách mạng về nhà ở.\n"
        "- Lập hồ sơ hoàn công cho từng hộ gia đình được hỗ trợ nhà ở, bao gồm:\n"
        "+ Đơn đề nghị hỗ trợ về nhà ở của hộ gia đình;\n"
        "+ Biên bản xác nhận hoàn thành xây dựng nhà ở đưa vào sử dụng (01 bản);\n"
        "+ Các chứng từ giải ngân nguồn vốn hỗ trợ.\n"
        "- Chỉ đạo, giám sát để các hộ gia đình sử dụng tiền hỗ trợ về nhà ở đúng mục đích.\n", year=2014)
    _spans_hold(doc, tasks)
    assert [t.text[:24] for t in tasks] == ["Niêm yết công khai danh ", "Lập hồ sơ hoàn công cho ",
                                           "Chỉ đạo, giám sát để các"]
    assert {tuple(t.lead) for t in tasks} == {("Ủy ban nhân dân xã, phường, thị trấn",)}


def test_a_units_job_may_open_with_its_basis_and_a_list_of_bodies_may_end_in_an_ellipsis():
    # (Kế hoạch kèm Quyết định 3210/QĐ-UBND, TP Hồ Chí Minh 2014)
    doc, tasks = _prose(
        "2.4. Sở Kế hoạch và Đầu tư:\n"
        "Căn cứ Kế hoạch này để tổng hợp, bố trí vốn có mục tiêu cho Ủy ban nhân dân quận, huyện trong dự toán ngân "
        "sách của Thành phố.\n"
        "3. Đối với các tổ chức khác\n"
        "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố, Hội Cựu chiến binh Thành phố, Thành Đoàn... phát động các "
        "cuộc vận động tạo thêm nguồn lực hỗ trợ.\n"
        "4. Trường hợp không có giấy tờ thì phải có giấy chứng nhận do Tỉnh, Thành đoàn nơi đối tượng thường trú cấp.\n",
        year=2014)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text[:28]) for t in tasks] == [
        (["Sở Kế hoạch và Đầu tư"], "Căn cứ Kế hoạch này để tổng "),
        (["Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố", "Hội Cựu chiến binh Thành phố", "Thành Đoàn"],
         "phát động các cuộc vận động ")]  # (a comma after "thì" opens no unit's sentence)


def test_a_paragraph_between_an_articles_numbered_duties_does_not_end_them():
    # (Quy chế kèm Quyết định 49/2012/QĐ-UBND, TP Hồ Chí Minh: "Điều 7. <unit> có nhiệm vụ" / "5. …" / a paragraph,
    # one more of its jobs / "6. …")
    doc, tasks = _prose(
        "Điều 7. Phòng Lao động - Thương binh và Xã hội quận - huyện có nhiệm vụ\n\n"
        "5. Hàng tháng kiểm tra, rà soát đối tượng giảm báo cáo về Sở Lao động - Thương binh và Xã hội.\n\n"
        "Rà soát, kiểm tra chi tiết, đối chiếu danh sách chi trả trợ cấp hàng tháng trước khi tạm ứng kinh phí.\n\n"
        "6. Lập danh sách và chi trả cho đối tượng được cấp Báo Nhân dân, tiền ăn thêm ngày lễ, tết.\n\n"
        "Điều 8. Ủy ban nhân dân phường - xã, thị trấn có nhiệm vụ\n\n"
        "1. Trực tiếp quản lý đối tượng, tiền mặt và các khoản chi trợ cấp ưu đãi người có công.\n",
        doc_type="Quyết định", year=2012)
    _spans_hold(doc, tasks)
    assert [(t.lead[0][:20], t.text[:22]) for t in tasks] == [
        ("Phòng Lao động - Thư", "Hàng tháng kiểm tra, r"), ("Phòng Lao động - Thư", "Rà soát, kiểm tra chi "),
        ("Phòng Lao động - Thư", "Lập danh sách và chi t"),
        ("Ủy ban nhân dân phườ", "Trực tiếp quản lý đối ")]


def test_a_case_may_end_at_the_request_and_a_unit_may_send_a_letter():
    # (Thông báo kết luận, Lâm Đồng 2026; Quy chế kèm Quyết định 49/2012/QĐ-UBND, TP Hồ Chí Minh)
    doc, tasks = _prose(
        "THÔNG BÁO\nKết luận tại buổi làm việc\n\n3. Về kiến nghị:\n"
        "- Đối với 12 dự án đang tồn đọng khó khăn, vướng mắc yêu cầu Chủ tịch Ủy ban nhân dân các phường, xã đề "
        "xuất cụ thể, báo cáo Sở Tài chính.\n"
        "- Đối với người không đến nhận trợ cấp trong một năm, Phòng Lao động - Thương binh và Xã hội có công văn kèm "
        "danh sách đề nghị Sở Lao động - Thương binh và Xã hội tạm dừng chi trả.\n", doc_type="Thông báo", year=2026)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text[:28]) for t in tasks] == [
        (["Ủy ban nhân dân các phường, xã"], "Đối với 12 dự án đang tồn đọ"),
        (["Phòng Lao động - Thương binh và Xã hội"], "Đối với người không đến nhận")]


def test_a_submissions_proposals_numbered_in_brackets_with_a_point_are_its_items():
    # (Phiếu trình of the Bình Thuận provincial office, 2024: "(2.1) Cho phép …" / "(2.2) Giao Sở … chỉ đạo …")
    doc, tasks = _prose(
        "(2) Để tránh nguy cơ ngã đổ gây ảnh hưởng đến người và tài sản, Sở đề xuất như sau:\n"
        "(2.1) Cho phép chặt hạ 27 cây phi lao đã già cỗi, bị chết khô.\n"
        "(2.2) Giao Sở Nông nghiệp và PTNT chỉ đạo cơ quan chuyên môn hướng dẫn thực hiện thủ tục cưa hạ.\n",
        doc_type="Tờ trình", year=2024)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text[:24]) for t in tasks] == [(["Sở Nông nghiệp và Phát triển nông thôn"], "chỉ đạo cơ quan chuyên m")]


def test_the_enacting_formula_above_the_first_article_is_no_job():
    # (Thông tư 40/2012/TT-BTC: "Xét đề nghị …;" / "Bộ trưởng Bộ Tài chính ban hành Thông tư quy định …" / "Điều 1.")
    doc, tasks = _prose(
        "THÔNG TƯ\nQUY ĐỊNH QUẢN LÝ VÀ SỬ DỤNG KINH PHÍ THỰC HIỆN DỰ ÁN GIÚP ĐỠ NẠN NHÂN CHẤT ĐỘC DA CAM\n\n"
        "Xét đề nghị của Vụ trưởng Vụ Tài chính Hành chính sự nghiệp;\n\n"
        "Bộ trưởng Bộ Tài chính ban hành Thông tư quy định quản lý và sử dụng kinh phí thực hiện Dự án như sau:\n\n"
        "Điều 5. Tổ chức thực hiện\n\n"
        "1. Hội Chữ thập đỏ Việt Nam xét duyệt quyết toán kinh phí của Hội Chữ thập đỏ cấp tỉnh.\n"
        "2. Các địa phương có thể hỗ trợ thêm từ ngân sách địa phương.\n", doc_type="Thông tư", year=2012)
    _spans_hold(doc, tasks)
    # ("Các địa phương có thể hỗ trợ thêm": leave to act, no job given)
    assert [(t.lead, t.text[:30]) for t in tasks] == [(["Hội Chữ thập đỏ Việt Nam"], "xét duyệt quyết toán kinh phí ")]


def test_who_attends_a_meeting_is_no_job():
    # (Kế hoạch hội nghị hiệp thương, MTTQ xã Lương Minh 2025: a participant marked "(Chủ trì)" chairs, gets no job)
    doc, tasks = _prose(
        "KẾ HOẠCH\nTổ chức hội nghị hiệp thương\n\nII. NỘI DUNG, TIẾN ĐỘ, PHÂN CÔNG TRÁCH NHIỆM THỰC HIỆN\n\n"
        "1. Hội nghị hiệp thương lần thứ nhất.\n\n"
        "1.1. Nội dung: Hiệp thương về cơ cấu, thành phần, số lượng người được giới thiệu ứng cử.\n\n"
        "- Thời gian: Dự kiến ngày 05/12/2025.\n\n"
        "- Thành phần: Ban Thường trực Ủy ban MTTQ xã; Thường trực HĐND, UBND xã; Ủy ban Bầu cử xã; Ban Công tác "
        "mặt trận thôn (Chủ trì) và cử tri các thôn.\n", year=2025)
    assert not any(t.text.startswith(("cử xã", "Ban Thường trực")) for t in tasks)


def test_a_unit_headings_lettered_items_go_on_after_a_paragraph_naming_its_own_unit():
    # (Quyết định 22/2013/QĐ-TTg, Điều 8: "2. Trách nhiệm của UBND các tỉnh" / "e) …" / "Ngoài nguồn vốn …, các địa
    # phương hỗ trợ thêm …" / "g) …" / "h) …")
    doc, tasks = _prose(
        "2. Trách nhiệm của Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương\n"
        "e) Bố trí đủ vốn đối ứng và kinh phí quản lý triển khai thực hiện Chính sách;\n"
        "Ngoài nguồn vốn quy định tại Điều 3, các địa phương hỗ trợ thêm từ ngân sách địa phương.\n"
        "g) Ban hành cơ chế kiểm tra, giám sát quá trình thực hiện;\n"
        "h) Hàng tháng có báo cáo nhanh kết quả thực hiện chính sách gửi về Bộ Xây dựng.\n",
        doc_type="Quyết định", year=2013)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text[:20]) for t in tasks if t.text.startswith(("Ban hành", "Hàng tháng"))] == [
        (["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"], "Ban hành cơ chế kiểm"),
        (["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"], "Hàng tháng có báo cá")]


def test_a_ministry_or_province_asks_the_bodies_below_it_and_proposes_to_those_above():
    # (Công văn 627/BYT-BH, 2021; a province's closing call over its whole plan, as Kế hoạch CCHC Khánh Hòa 2018 ends)
    doc, tasks = _prose(
        "Kính gửi: Bảo hiểm xã hội Việt Nam\n\n"
        "1. Bộ Y tế đề nghị Bảo hiểm xã hội Việt Nam chỉ đạo, hướng dẫn Bảo hiểm xã hội các tỉnh triển khai thực hiện.\n"
        "2. Ủy ban nhân dân tỉnh đề nghị Thủ tướng Chính phủ xem xét, bổ sung vốn cho dự án.\n"
        "Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị, ngành, địa phương và đội ngũ cán bộ, công chức, viên chức quán "
        "triệt, thực hiện có chất lượng, hiệu quả toàn bộ nội dung Kế hoạch này./.\n", doc_type="Công văn", year=2021)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text[:28]) for t in tasks] == [
        (["Bảo hiểm xã hội Việt Nam"], "chỉ đạo, hướng dẫn Bảo hiểm ")]


def test_being_answerable_is_no_job():
    # (Công văn 627/BYT-BH, 2021; the Constitution of 2013 on local committees)
    doc, tasks = _prose(
        "2. Tổ chức thực hiện\n"
        "b) Bộ Y tế phối hợp với các cơ quan liên quan tổ chức kiểm tra việc thực hiện chính sách. Thủ trưởng các cơ "
        "sở KCB chịu trách nhiệm trước pháp luật và trước Bộ trưởng Bộ Y tế nếu để đơn vị mình thực hiện không đúng "
        "các quy định.\n"
        "c) Ủy ban nhân dân các xã chịu trách nhiệm trước Hội đồng nhân dân cùng cấp.\n"
        "d) Sở Tư pháp chịu trách nhiệm trước Ủy ban nhân dân tỉnh về kết quả rà soát, báo cáo trước ngày 15/12.\n",
        doc_type="Công văn", year=2021)
    assert [t.lead for t in tasks] == [["Bộ Y tế"], ["Sở Tư pháp"]]


def test_units_a_lead_in_leads_along_with_are_its_partners():
    # (Chỉ thị 11/CT-TTg, 2020: "Bộ Thông tin và Truyền thông phối hợp với Ban Tuyên giáo Trung ương và chủ trì cùng các
    # Bộ ngành, địa phương:" over its points)
    doc, tasks = _prose(
        "7. Đẩy mạnh thông tin truyền thông\n"
        "Bộ Thông tin và Truyền thông phối hợp với Ban Tuyên giáo Trung ương và chủ trì cùng các Bộ ngành, địa phương:\n"
        "- Chỉ đạo các cơ quan truyền thông kịp thời cung cấp thông tin chính thống.\n", doc_type="Chỉ thị", year=2020)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.coordinators, t.text[:20]) for t in tasks] == [
        (["Bộ Thông tin và Truyền thông"], ["Ban Tuyên giáo Trung ương", "các Bộ ngành, địa phương"], "Chỉ đạo các cơ quan ")]


def test_the_jobs_under_a_crawlers_breadcrumbed_headings_are_read():
    doc = read_document(FIXTURES / "boilerplate" / "tvpl_crumbed_decision.txt")
    tasks = find_tasks(doc, 2020, "Quyết định")
    # (Quyết định 435/QĐ-UBND, Kon Tum 2020: "1.2. <topic>" / its job / "- Cơ quan thực hiện: …" under each heading)
    assert [(t.lead, t.text[:20]) for t in tasks] == [
        (["Các sở, ban, ngành", "Ủy ban nhân dân các huyện, thành phố"], "Tuyên truyền nâng ca"),
        (["Sở Lao động - Thương binh và xã hội"], "Tiếp tục thực hiện h"),
        (["Ủy ban nhân dân các huyện, thành phố"], "Xây dựng kế hoạch và")]


def test_a_described_body_after_a_case_that_ends_at_thi_has_the_job():
    # (Kế hoạch của Ban Thường trực Ủy ban MTTQ xã Lương Minh, 2026; Luật Xử lý vi phạm hành chính)
    doc, tasks = _prose(
        "KẾ HOẠCH\nHội nghị cử tri\n\nIV. GIẢI QUYẾT ĐƠN THƯ\n"
        "1. Đối với vụ việc ở nơi công tác thì cơ quan, tổ chức, đơn vị trực tiếp quản lý người ứng cử có trách nhiệm "
        "xác minh và trả lời bằng văn bản cho Ban Thường trực Ủy ban MTTQ xã.\n"
        "2. Trong trường hợp tang vật bị mất thì người ra quyết định tạm giữ phải có trách nhiệm bồi thường.\n", year=2026)
    _spans_hold(doc, tasks)
    assert [t.lead for t in tasks] == [["cơ quan, tổ chức, đơn vị trực tiếp quản lý người ứng cử"]]


def test_a_case_in_lower_case_after_a_semicolon_opens_a_units_job():
    # (Quy định nếp sống văn minh trong việc cưới, việc tang, tỉnh Lai Châu, 2025: a rule, then a unit's duty in a case)
    doc, tasks = _prose(
        "QUY ĐỊNH\nThực hiện nếp sống văn minh\n\nĐiều 8. Tổ chức lễ tang\n"
        "f) Người qua đời phải được chôn cất trong nghĩa trang; trường hợp chưa xây dựng được nghĩa trang, Ủy ban nhân "
        "dân cấp xã có trách nhiệm hướng dẫn nhân dân tổ chức chôn cất phù hợp với quy hoạch quỹ đất của địa phương.\n",
        doc_type="Quy định", year=2025)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text[:41]) for t in tasks] == [
        (["Ủy ban nhân dân cấp xã"], "trường hợp chưa xây dựng được nghĩa trang")]


def test_a_report_has_the_jobs_it_asks_of_others_only():
    # (Báo cáo of a province on digital transformation, 2025: what was done, then its recommendations)
    doc, tasks = _prose(
        "BÁO CÁO\nKết quả thực hiện chuyển đổi số\n\nI. KẾT QUẢ\n"
        "1. Sở Khoa học và Công nghệ đã triển khai Hệ thống thông tin giải quyết thủ tục hành chính.\n"
        "II. KHÓ KHĂN, KIẾN NGHỊ\n(1) Về khai thác thông tin tích hợp trên thẻ căn cước:\n"
        "Kiến nghị: Đề nghị Bộ Công an quan tâm đầu tư trang thiết bị đọc thẻ chuyên dụng cho bộ phận Một cửa.\n"
        "Đề nghị Bộ Tư pháp tổng hợp các kiến nghị nêu trên, phối hợp với các bộ, ngành có liên quan nghiên cứu, xử lý.\n",
        doc_type="Báo cáo", year=2025)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.coordinators) for t in tasks] == [
        (["Bộ Công an"], []), (["Bộ Tư pháp"], ["các bộ, ngành có liên quan"])]


def test_a_kind_of_body_alone_after_a_case_names_no_unit():
    # (Kế hoạch của Ủy ban nhân dân Thành phố Hồ Chí Minh, 2025: a rule for whichever unit is late, no job of one)
    doc, tasks = _prose(
        "KẾ HOẠCH\nCập nhật cơ sở dữ liệu quy hoạch\n\nIV. TỔ CHỨC THỰC HIỆN\n"
        "- Các sở, ngành cập nhật dữ liệu vào Hệ thống định kỳ hằng quý.\n"
        "- Trường hợp chậm trễ, không gửi dữ liệu hoặc gửi dữ liệu không đúng quy định, đơn vị chịu trách nhiệm giải "
        "trình trước Ủy ban nhân dân Thành phố.\n"
        "- Đối với hồ sơ trực tuyến thì cơ quan tiếp nhận hồ sơ có trách nhiệm trả lời trong 03 ngày làm việc.\n",
        year=2025)
    _spans_hold(doc, tasks)
    assert [t.lead for t in tasks] == [["Các sở, ngành"], ["cơ quan tiếp nhận hồ sơ"]]


def test_a_clause_after_a_semicolon_names_its_unit_in_lower_case():
    # (Nghị định về chế độ hưu trí, 2013: the steps of a procedure, one point for the army's and the police's offices)
    doc, tasks = _prose(
        "Điều 5. Trình tự giải quyết\n"
        "b) Trong thời hạn không quá 7 ngày làm việc, Ủy ban nhân dân cấp xã hoàn thành việc tổng hợp, lập hồ sơ báo cáo "
        "Ban Chỉ huy quân sự đối với đối tượng là quân nhân; công an cấp huyện đối với các đối tượng là công an;\n"
        "c) Trong thời hạn không quá 7 ngày làm việc, Ban Chỉ huy quân sự hoàn thành việc xét duyệt, báo cáo Bộ Chỉ huy "
        "quân sự; công an cấp huyện hoàn thành việc xét duyệt, tổng hợp, báo cáo công an cấp tỉnh;\n"
        "d) Bảo hiểm xã hội tỉnh chi trả trợ cấp theo quy định về sở hữu trí tuệ; sở hữu trí tuệ được bảo hộ.\n",
        doc_type="Nghị định", year=2013)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text[:24]) for t in tasks] == [
        (["Ủy ban nhân dân cấp xã"], "hoàn thành việc tổng hợp"),  # "công an cấp huyện" is whom it reports to
        (["Ban Chỉ huy quân sự"], "hoàn thành việc xét duyệ"),
        (["Công an cấp huyện"], "hoàn thành việc xét duyệ"),
        (["Bảo hiểm xã hội tỉnh"], "chi trả trợ cấp theo quy")]  # "sở hữu trí tuệ" is no "Sở"


def test_points_numbered_with_a_slash_are_the_letters_jobs():
    # (Công văn 1046/TCT-TTKT, 2020: "1/ …", "2/ …" wrapped at 80 columns; "12/2019" opening a line is no point)
    doc, tasks = _prose(
        "Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.\n\n"
        "Tổng cục Thuế yêu cầu Cục Thuế các tỉnh, thành phố chỉ đạo triển khai thực hiện một số công việc\n"
        "như sau:\n\n"
        "1/ Tổ chức, quán triệt và giao nhiệm vụ cụ thể đến từng phòng, bộ phận, đoàn,\n"
        "đội có chức năng thanh tra, kiểm tra theo Quyết định số 41/QĐ-TCT ngày 10/\n"
        "12/2019 của Tổng cục Thuế.\n"
        "2/ Đẩy mạnh công tác trao đổi nghiệp vụ thanh tra, kiểm tra thuế nâng cao\n"
        "năng lực cho công chức làm công tác thanh tra, kiểm tra thuế.\n", doc_type="Công văn", year=2020)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text[:12]) for t in tasks] == [
        (["Cục Thuế các tỉnh, thành phố"], "Tổ chức, quá"), (["Cục Thuế các tỉnh, thành phố"], "Đẩy mạnh côn")]
    assert tasks[0].text.endswith("10/ 12/2019 của Tổng cục Thuế")


def test_a_lead_in_that_only_says_with_whom_or_that_the_unit_is_responsible_is_no_job():
    # (Thông báo kết luận, UBND tỉnh Lâm Đồng, 2025)
    doc, tasks = _prose(
        "1. Các nhiệm vụ cần tập trung làm ngay trong thời gian tới:\n"
        "a) Về công tác hướng dẫn chuyên môn, nghiệp vụ: Giao Sở Nội vụ chủ trì, phối hợp với các sở, ngành liên quan "
        "căn cứ chức năng nhiệm vụ được giao có trách nhiệm:\n"
        "- Tiếp tục thực hiện đầy đủ các chính sách hỗ trợ đối với cán bộ dôi dư sau sáp nhập.\n"
        "b) Về công tác tổ chức bộ máy chính quyền hai cấp: Giao UBND cấp xã chủ động phối hợp với các sở, ngành liên "
        "quan:\n"
        "- Rà soát đội ngũ cán bộ, công chức có trình độ công nghệ thông tin, chuyển đổi số.\n",
        doc_type="Thông báo", year=2025)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.coordinators, t.text[:16]) for t in tasks] == [
        (["Sở Nội vụ"], ["các sở, ngành liên quan"], "Tiếp tục thực hi"),
        (["Ủy ban nhân dân cấp xã"], ["các sở, ngành liên quan"], "Rà soát đội ngũ ")]


def test_a_numbered_point_naming_who_leads_and_partners_heads_its_lettered_jobs_without_a_colon():
    # (Công điện 119/CĐ-TTg, 2024)
    doc, tasks = _prose(
        "Thủ tướng Chính phủ yêu cầu:\n\n"
        "1. Bộ Công Thương chủ trì, phối hợp với các bộ, cơ quan liên quan\n\n"
        "a) Tiếp tục rà soát Luật Thương mại và các văn bản quy phạm pháp luật liên quan.\n\n"
        "b) Chủ động xây dựng chính sách quản lý các giao dịch trong hoạt động thương mại điện tử.\n\n"
        "2. Bộ Tài chính chủ trì, phối hợp với các bộ, cơ quan liên quan\n\n"
        "a) Trình Chính phủ xem xét, ban hành Nghị định về quản lý hải quan.\n", doc_type="Công điện", year=2024)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.coordinators, t.text[:12]) for t in tasks] == [
        (["Bộ Công Thương"], ["các bộ, cơ quan liên quan"], "Tiếp tục rà "),
        (["Bộ Công Thương"], ["các bộ, cơ quan liên quan"], "Chủ động xây"),
        (["Bộ Tài chính"], ["các bộ, cơ quan liên quan"], "Trình Chính ")]


def test_a_heading_of_a_bodys_duties_and_powers_heads_its_lettered_jobs():
    # (Quy chế của Hội đồng Y khoa Quốc gia, Quyết định 05/2025/QĐ-TTg)
    doc, tasks = _prose(
        "Điều 6. Nhiệm vụ, quyền hạn của các Ban chuyên môn\n\n"
        "5. Nhiệm vụ, quyền hạn của Ban Xây dựng Bộ công cụ đánh giá năng lực hành nghề khám bệnh, chữa bệnh:\n"
        "a) Xây dựng quy trình ra đề, cấu trúc đề, trình Hội đồng Y khoa Quốc gia ban hành;\n"
        "7. Nhiệm vụ, quyền hạn của Ban Pháp chế:\n"
        "a) Giúp Hội đồng thực hiện chức năng kiểm tra, giám sát đối với các hoạt động của Hội đồng;\n",
        doc_type="Quyết định", year=2025)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text[:14]) for t in tasks] == [
        (["Ban Xây dựng Bộ công cụ đánh giá năng lực hành nghề khám bệnh, chữa bệnh"], "Xây dựng quy t"),
        (["Ban Pháp chế"], "Giúp Hội đồng ")]


def test_the_issuers_guidance_as_follows_is_no_lead_in_of_its_own_jobs():
    # (Công văn 19046/BTC-TCHQ, 2014: the ministry explains how the new law applies)
    doc, tasks = _prose(
        "Kính gửi: Cục Hải quan các tỉnh, thành phố.\n\n"
        "Bộ Tài chính hướng dẫn cụ thể một số nội dung như sau:\n\n"
        "1. Địa điểm làm thủ tục hải quan Thực hiện theo quy định tại Điều 22 Luật Hải quan năm 2014.\n\n"
        "2. Về doanh nghiệp ưu tiên: thực hiện theo quy định tại Điều 43 Luật Hải quan năm 2014.\n\n"
        "Bộ Tài chính yêu cầu các Cục Hải quan tỉnh, thành phố triển khai thực hiện./.\n", doc_type="Công văn", year=2014)
    assert tasks == []  # (the closing call to carry the letter out is no job either)


def test_a_body_named_by_where_it_works_keeps_that_in_its_name():
    # (Công văn 778/TCHQ-GSQL, 2017; Luật Xử lý vi phạm hành chính, 2012)
    doc, tasks = _prose(
        "a) Chi cục Hải quan nơi đăng ký tờ khai (nơi đi) hướng dẫn người khai khai báo thông tin tờ khai.\n"
        "b) Chi cục Hải quan nơi đang lưu giữ hàng hóa thực hiện việc kiểm tra và xử lý theo quy định.\n"
        "c) Ủy ban nhân dân cấp xã nơi người đó cư trú lập hồ sơ đề nghị áp dụng biện pháp.\n"
        "d) Tòa án nhân dân cấp huyện nơi đã ra quyết định gửi quyết định cho cơ quan thi hành.\n"
        "đ) Chi cục Hải quan nơi quản lý kho CFS hướng dẫn doanh nghiệp kinh doanh kho CFS thông báo container.\n"
        "e) Chi cục Hải quan nơi vận chuyển đến kiểm tra, đối chiếu tình trạng niêm phong.\n"
        "g) Chi cục Hải quan nơi hàng hóa được vận chuyển đến xác nhận hàng đến trên Hệ thống.\n"
        "h) Ủy ban nhân dân cấp xã nơi người đề nghị cư trú có trách nhiệm xác nhận đơn trong 05 ngày làm việc.\n",
        doc_type="Công văn", year=2017)
    _spans_hold(doc, tasks)
    assert [t.lead for t in tasks] == [
        ["Chi cục Hải quan nơi đăng ký tờ khai (nơi đi)"], ["Chi cục Hải quan nơi đang lưu giữ hàng hóa"],
        ["Ủy ban nhân dân cấp xã nơi người đó cư trú"], ["Tòa án nhân dân cấp huyện nơi đã ra quyết định"],
        ["Chi cục Hải quan nơi quản lý kho CFS"], ["Chi cục Hải quan nơi vận chuyển đến"],
        ["Chi cục Hải quan nơi hàng hóa được vận chuyển đến"], ["Ủy ban nhân dân cấp xã nơi người đề nghị cư trú"]]
    assert [t.text.split()[0] for t in tasks[3:]] == ["gửi", "hướng", "kiểm", "xác", "xác"]


def test_a_letters_addressees_named_by_their_kind_are_written_as_addressed():
    # (Công văn 4800/TCT-TTr, 2016: to every province's tax department, later "Các Cục Thuế")
    doc, tasks = _prose(
        "Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.\n\n"
        "Tổng cục Thuế yêu cầu Cục Thuế các tỉnh, thành phố thực hiện một số công việc như sau:\n\n"
        "1/ Các Cục Thuế rà soát lại kế hoạch thanh tra, nhiệm vụ kiểm tra để bổ sung, điều chỉnh kế hoạch.\n"
        "2/ Cục Thuế chủ động lập kế hoạch triển khai, giao chỉ tiêu đến từng công chức.\n"
        "3/ Tổng cục Thuế tiếp tục truyền dữ liệu sang Bảo hiểm xã hội Việt Nam.\n"
        "4/ Chi cục Thuế báo cáo tình hình thực hiện với Cục Thuế.\n",
        doc_type="Công văn", year=2016)
    _spans_hold(doc, tasks)
    assert [t.lead for t in tasks] == [["Cục Thuế các tỉnh, thành phố trực thuộc Trung ương"]] * 2 + [
        ["Tổng cục Thuế"], ["Chi cục Thuế"]]  # (bodies whose names end in the kind are other bodies)


def test_a_numbered_sub_item_that_states_a_job_keeps_it_over_the_bullets_that_say_how():
    # (Kế hoạch của Ủy ban MTTQ Việt Nam xã, 2025: "1.1. <job>" / "- Bảo đảm …" / "- Phối hợp … để …" / fields; a
    # provincial plan's "5. <topic>" / "- <job>" / fields keeps the bullet)
    doc, tasks = _prose(
        "1. Xây dựng, ban hành các văn bản chỉ đạo, hướng dẫn\n\n"
        "1.1. Xây dựng và ban hành Hướng dẫn của Ban Thường trực về việc tham gia công tác bầu cử.\n\n"
        "- Bảo đảm thống nhất với hướng dẫn của Ban Thường trực cấp trên; bảo đảm tính khả thi, hiệu quả.\n\n"
        "- Thời gian hoàn thành: tháng 11/2025.\n\n"
        "- Đơn vị chủ trì: Văn phòng Ủy ban Mặt trận Tổ quốc xã\n\n"
        "5. Nghiên cứu giải pháp thu hút, tuyển dụng nguồn nhân lực xây dựng chính sách, pháp luật.\n\n"
        "- Nghiên cứu tham mưu UBND tỉnh ban hành cơ chế, chính sách thu hút, tuyển dụng nguồn nhân lực.\n\n"
        "Đơn vị chủ trì: Sở Nội vụ.\n", year=2025)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text[:22]) for t in tasks] == [
        (["Văn phòng Ủy ban Mặt trận Tổ quốc xã"], "Xây dựng và ban hành H"), (["Sở Nội vụ"], "Nghiên cứu tham mưu UB")]


def test_a_dash_that_leads_plus_items_gives_its_partners_to_those_items_only():
    # (Kế hoạch 199/KH-UBND, Hưng Yên 2026)
    doc, tasks = _prose(
        "III. PHÂN CÔNG NHIỆM VỤ\n\n2. Công an tỉnh\n\n"
        "- Chủ trì, phối hợp với các Sở, ngành, địa phương tham mưu Ủy ban nhân dân tỉnh:\n\n"
        "+ Tổ chức thực hiện có hiệu quả các Dự án thuộc Chương trình mục tiêu quốc gia phòng, chống ma túy.\n\n"
        "- Tăng cường công tác rà soát, thống kê, quản lý người nghiện trên địa bàn tỉnh.\n", year=2026)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.coordinators, t.text[:16]) for t in tasks] == [
        (["Công an tỉnh"], ["các Sở, ngành, địa phương"], "Tổ chức thực hiệ"),
        (["Công an tỉnh"], [], "Tăng cường công ")]


def test_an_items_own_time_after_its_colon_is_its_deadline_over_the_fields():
    # (Kế hoạch của Ủy ban MTTQ Việt Nam xã, 2025)
    doc, tasks = _prose(
        "2. Tổ chức các hội nghị hiệp thương\n\n"
        "(1) Tổ chức hiệp thương lần thứ nhất: Chậm nhất ngày 10/12/2025 (trước ngày bầu cử 95 ngày theo Điều 39 Luật "
        "số 85/2015/QH13).\n\n"
        "(2) Tổ chức hiệp thương lần thứ hai: Chậm nhất ngày 03/02/2026 (trước ngày bầu cử 40 ngày).\n\n"
        "- Thời gian hoàn thành: Quý IV/2025 và Quý I/2026;\n\n"
        "- Đơn vị chủ trì: Văn phòng Ủy ban Mặt trận Tổ quốc xã\n", year=2025)
    _spans_hold(doc, tasks)
    assert [(t.text, t.deadline.end) for t in tasks] == [
        ("Tổ chức hiệp thương lần thứ nhất", "2025-12-10"), ("Tổ chức hiệp thương lần thứ hai", "2026-02-03")]


def test_a_bare_person_in_charge_is_no_unit():
    # (Nghị định 131/2020/NĐ-CP: "Người chịu trách nhiệm chuyên môn" is "the person in charge", not "Người" with a job)
    doc, tasks = _prose(
        "Điều 6. Hoạt động dược lâm sàng tại nhà thuốc\n\n"
        "Người chịu trách nhiệm chuyên môn về dược của nhà thuốc có thể đồng thời là người làm công tác dược lâm sàng "
        "tại nhà thuốc.\n", doc_type="Nghị định", year=2020)
    assert tasks == []


def test_a_line_that_names_partners_before_its_colon_is_a_job_not_a_label():
    # (Thông tư hợp nhất của Bộ LĐTBXH: "- Chủ trì phối hợp với Tỉnh, Thành đoàn: Hội … tổ chức tuyên truyền …")
    doc, tasks = _prose(
        "Điều 5. Tổ chức thực hiện\n\n1. Sở Lao động - Thương binh và Xã hội:\n\n"
        "- Tiến hành mua bảo hiểm y tế.\n\n"
        "- Chủ trì phối hợp với Tỉnh, Thành đoàn: Hội (hoặc Ban Liên lạc) Cựu Thanh niên xung phong tổ chức tuyên "
        "truyền rộng rãi nội dung Thông tư này.\n", doc_type="Thông tư", year=2013)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text[:12]) for t in tasks] == [
        (["Sở Lao động - Thương binh và Xã hội"], "Tiến hành mu"), (["Sở Lao động - Thương binh và Xã hội"], "Chủ trì phối")]


def test_a_case_that_ends_at_thi_holds_its_own_commas():
    # (Kế hoạch tiếp công dân của Ban Thường trực Ủy ban MTTQ xã Lương Minh, 2026)
    doc, tasks = _prose(
        "IV. TRÁCH NHIỆM XÁC MINH VÀ TRẢ LỜI\n\n"
        "Trường hợp người ứng cử là người đứng đầu cơ quan, tổ chức, đơn vị thì cơ quan, tổ chức, đơn vị cấp trên trực "
        "tiếp có trách nhiệm xác minh và trả lời.\n", year=2026)
    _spans_hold(doc, tasks)
    assert [t.lead for t in tasks] == [["cơ quan, tổ chức, đơn vị cấp trên trực tiếp"]]


def test_a_general_department_asks_its_offices_and_a_report_address_is_no_job():
    # (Công văn 4451/TCT-TTKT, 2022, OCR'd: "Kính gửi" read as "Site gửi")
    doc, tasks = _prose(
        "Site gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.\n\n"
        "Để phục vụ kịp thời công tác tổng kết năm 2022, Tổng cục Thuế đề nghị Cục Thuế báo cáo kết quả triển khai "
        "thực hiện các nội dung chỉ đạo nêu trên về Cục Thanh tra — Kiểm tra Thuế, Tổng cục Thuế trước ngày 05/12/2022.\n\n"
        "Tổng cục Thuế đề nghị Bộ Tài chính xem xét, cho ý kiến về các nội dung trên.\n", doc_type="Công văn", year=2022)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text[:20], t.deadline and t.deadline.end) for t in tasks] == [
        (["Cục Thuế các tỉnh, thành phố trực thuộc Trung ương"], "báo cáo kết quả triể", "2022-12-05")]


def test_a_decrees_forces_have_duties_and_pursuing_ends_a_partners_name():
    # (Nghị định 01/2015/NĐ-CP: "truy đuổi" (pursue) is the job, not part of the partner's name)
    doc, tasks = _prose(
        "Điều 14. Phối hợp trong tuần tra, kiểm soát\n\n"
        "4. Cảnh sát giao thông có trách nhiệm phối hợp, hỗ trợ cơ quan hải quan truy đuổi, dừng phương tiện vận tải "
        "ngoài địa bàn hoạt động hải quan.\n", doc_type="Nghị định", year=2015)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.coordinators) for t in tasks] == [(["Cảnh sát giao thông"], ["cơ quan hải quan"])]


def test_the_issuing_body_of_a_copy_or_of_a_planned_document_is_no_lead():
    # (copies from legal-document sites end with the page's fields; plans list the documents to be drafted)
    doc, tasks = _prose(
        "2.1. Đồng chí Chánh Thanh tra tỉnh, Thành viên Ban Chỉ đạo tỉnh: Theo dõi việc thực hiện dân chủ ở cơ sở.\n"
        "2.2. Sở Tư pháp chủ trì rà soát thủ tục hành chính trong lĩnh vực đất đai.\n"
        "\nCơ quan ban hành: Ủy ban nhân dân tỉnh\n\nNgười ký: Nguyễn Minh\n", doc_type="Thông báo")
    assert [t.lead[0] for t in tasks] == ["Thanh tra tỉnh", "Sở Tư pháp"]
    doc, tasks = _table([
        ["TT", "Tên văn bản", "Cơ quan ban hành", "Cơ quan chủ trì soạn thảo", "Thời gian trình"],
        ["1", "Quyết định quy định chức năng, nhiệm vụ của Sở Nội vụ", "UBND tỉnh", "Sở Nội vụ", "Quý II/2025"],
    ])
    assert [(t.lead, t.deadline.text) for t in tasks] == [(["Sở Nội vụ"], "Quý II/2025")]


def test_a_committee_member_named_by_post_and_seat_is_the_body_of_his_post():
    # (Thông báo phân công nhiệm vụ thành viên Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở, Bình Thuận, 2025)
    doc, tasks = _prose(
        "1.1. Đồng chí Phó Bí thư Thường trực Tỉnh ủy, Trưởng Ban Chỉ đạo tỉnh: Phụ trách chung.\n"
        "1.2. Đồng chí Giám đốc Sở Nội vụ, Thành viên Thường trực Ban Chỉ đạo tỉnh: Theo dõi, chỉ đạo việc thực "
        "hiện dân chủ ở cơ quan nhà nước.\n"
        "2.1. Đồng chí Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy, Thành viên Ban Chỉ đạo tỉnh: Theo dõi, chỉ đạo công "
        "tác kiểm tra, giám sát.\n"
        "2.2. Các đồng chí Phó Chủ tịch, Trưởng đoàn thể xã: Tham gia giám sát việc thực hiện.\n"
        "2.3. Đồng chí Phó Trưởng Ban Nội chính Tỉnh ủy, Thành viên Ban Chỉ đạo tỉnh: Theo dõi công tác nội chính.\n"
        "2.4. Đồng chí Trưởng Ban Chỉ đạo tỉnh: Chủ trì các phiên họp của Ban Chỉ đạo.\n", doc_type="Thông báo")
    assert [t.lead for t in tasks] == [["Thường trực Tỉnh ủy"], ["Sở Nội vụ"], ["Ủy ban Kiểm tra Tỉnh ủy"],
                                       ["Các Phó Chủ tịch", "Trưởng đoàn thể xã"], ["Ban Nội chính Tỉnh ủy"],
                                       ["Trưởng Ban Chỉ đạo tỉnh"]]  # (a standing body's head stands for it)


def test_units_that_go_along_with_others_do_the_job():
    # (Thông báo kết luận, Lâm Đồng, 2025; Kế hoạch chuyển đổi số, Hà Nội: "doanh nghiệp đồng hành" are partners)
    doc, tasks = _prose(
        "- Giao các sở, ngành liên quan đồng hành cùng các địa phương, kịp thời hướng dẫn, kiểm tra quá trình vận "
        "hành chính quyền hai cấp.\n"
        "- Sở Khoa học và Công nghệ phối hợp Bộ Công an, doanh nghiệp đồng hành để xây dựng Khung Kiến trúc số.\n",
        doc_type="Thông báo")
    assert [(t.lead, t.coordinators, t.text.split(",")[0]) for t in tasks] == [
        (["các sở, ngành liên quan"], [], "đồng hành cùng các địa phương"),
        (["Sở Khoa học và Công nghệ"], ["Bộ Công an", "doanh nghiệp đồng hành"], "để xây dựng Khung Kiến trúc số")]


def test_the_closing_article_of_a_decree_or_a_circular_is_no_task():
    # (Nghị định 01/2015/NĐ-CP, Điều 18; Nghị định 131/2020/NĐ-CP: the ministers carry the decree out; a circular's
    # heads of departments carry it out)
    doc, tasks = _prose(
        "Điều 17. Trách nhiệm của Bộ Tài chính\n\n"
        "Bộ Tài chính chủ trì, phối hợp với Bộ Công an hướng dẫn việc phối hợp trong kiểm tra, giám sát hàng hóa.\n\n"
        "Điều 18. Trách nhiệm thi hành\n\n"
        "Các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các "
        "tỉnh, thành phố trực thuộc Trung ương chịu trách nhiệm thi hành Nghị định này.\n"
        "Tổng cục trưởng Tổng cục Hải quan, Thủ trưởng các đơn vị thuộc Bộ Tài chính chịu trách nhiệm thi hành Thông tư "
        "này./.\n", doc_type="Nghị định", year=2015)
    assert [(t.lead, t.coordinators) for t in tasks] == [(["Bộ Tài chính"], ["Bộ Công an"])]


def test_partners_end_where_a_drafting_or_a_rule_making_verb_begins():
    # (Nghị quyết 84/NQ-CP, 2020: the Government's tasks for the ministries)
    doc, tasks = _prose(
        "a) Bộ Xây dựng chủ trì, phối hợp với các bộ, cơ quan trung ương, địa phương liên quan dự thảo Nghị quyết "
        "của Chính phủ về tháo gỡ khó khăn cho thị trường bất động sản.\n"
        "b) Bộ Y tế chủ trì, phối hợp với các bộ, cơ quan liên quan quy định các tiêu chuẩn, điều kiện về phòng, "
        "chống dịch.\n"
        "c) Bộ Công Thương phối hợp với Ủy ban Quản lý vốn nhà nước tại doanh nghiệp chỉ đạo đẩy nhanh tiến độ các "
        "dự án.\n", doc_type="Nghị quyết", year=2020)
    assert [t.coordinators for t in tasks] == [["các bộ, cơ quan trung ương, địa phương liên quan"],
                                               ["các bộ, cơ quan liên quan"],
                                               ["Ủy ban Quản lý vốn nhà nước tại doanh nghiệp"]]


def test_a_dash_naming_units_before_its_colon_heads_the_plus_items_under_it():
    # (Nghị quyết 84/NQ-CP, 2020: "- Các bộ, cơ quan trung ương, địa phương:" / "+ Khẩn trương …"; Bệnh viện's
    # "- Các cơ sở khám chữa bệnh thực hiện mã hóa như sau:" is a job that says how)
    doc, tasks = _prose(
        "b) Thu hút vốn đầu tư toàn xã hội\n"
        "- Các bộ, cơ quan trung ương, địa phương:\n"
        "+ Khẩn trương đẩy nhanh tiến độ giải quyết thủ tục đầu tư cho các dự án.\n"
        "+ Hướng dẫn xây dựng tiêu chuẩn an toàn cho từng loại hình sản xuất kinh doanh.\n"
        "- Bộ Tài chính:\n"
        "+ Rà soát các khoản phí, lệ phí để giảm chi phí cho doanh nghiệp.\n", doc_type="Nghị quyết", year=2020)
    assert [(t.lead, t.text.split()[0]) for t in tasks] == [
        (["Các bộ, cơ quan trung ương, địa phương"], "Khẩn"), (["Các bộ, cơ quan trung ương, địa phương"], "Hướng"),
        (["Bộ Tài chính"], "Rà")]


def test_a_unit_with_its_duty_before_a_colon_is_no_field_label():
    # (Nghị định 01/2015/NĐ-CP, Điều 12: "1. Khi cơ quan hải quan chủ trì …:" / "a) Cơ quan hải quan có trách nhiệm: …")
    doc, tasks = _prose(
        "Điều 12. Trách nhiệm của cơ quan chủ trì và cơ quan phối hợp\n\n"
        "1. Khi cơ quan hải quan chủ trì thực hiện nhiệm vụ phòng, chống buôn lậu qua biên giới:\n\n"
        "a) Cơ quan hải quan có trách nhiệm: Bố trí lực lượng, phương tiện, áp dụng các biện pháp để ngăn chặn, "
        "bắt giữ, xử lý.\n", doc_type="Nghị định", year=2015)
    assert [(t.lead, t.text.split(",")[0]) for t in tasks] == [(["Cơ quan hải quan"], "Bố trí lực lượng")]


def test_a_statement_of_when_units_start_work_is_no_task():
    # (Quyết định phê duyệt Đề án chuyển trung tâm Y tế cấp huyện, Lâm Đồng, 2024)
    doc, tasks = _prose(
        "Điều 2. Giám đốc Sở Y tế có trách nhiệm chủ trì, phối hợp với Sở Nội vụ triển khai thực hiện Đề án. Các "
        "trung tâm Y tế cấp huyện trực thuộc ủy ban nhân dân cấp huyện chính thức đi vào hoạt động kể từ ngày 01 "
        "tháng 01 năm 2025.\n", doc_type="Quyết định", year=2024)
    assert [(t.lead, t.coordinators) for t in tasks] == [(["Sở Y tế"], ["Sở Nội vụ"])]


def test_partners_after_exchanging_information_and_the_investigation_police():
    # (Công văn of Tổng cục Thuế on e-commerce, 2023: "phối hợp, trao đổi thông tin với cơ quan Cảnh sát điều tra")
    doc, tasks = _prose(
        "- Sở Tài chính phối hợp, trao đổi thông tin với Công an tỉnh xử lý các vụ việc vi phạm.\n"
        "- Cục Thuế đẩy mạnh công tác phối hợp, trao đổi thông tin với Cơ quan Cảnh sát điều tra trong việc xử lý "
        "các hành vi mua bán hóa đơn.\n", doc_type="Công văn", year=2023)
    assert [(t.lead, t.coordinators) for t in tasks] == [
        (["Sở Tài chính"], ["Công an tỉnh"]), (["Cục Thuế"], ["Cơ quan Cảnh sát điều tra"])]


def test_the_examples_a_job_lists_after_nhu_are_no_jobs():
    # (Công văn of Tổng cục Thuế on e-commerce, 2022: "1. Thực hiện rà soát … theo các nhóm đối tượng cụ thể như:")
    doc, tasks = _prose(
        "Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.\n\n"
        "Để triển khai thực hiện Đề án quản lý thuế đối với hoạt động thương mại điện tử, Tổng cục Thuế yêu cầu Cục "
        "Thuế các tỉnh, thành phố trực thuộc Trung ương khẩn trương, nghiêm túc triển khai đồng bộ các giải pháp tăng "
        "cường hiệu quả công tác quản lý thuế, cụ thể như sau:\n\n"
        "1. Thực hiện rà soát, phân loại và thường xuyên cập nhật thông tin các công ty kinh doanh thương mại điện "
        "tử trên địa bàn theo các nhóm đối tượng cụ thể như:\n\n"
        "- Doanh nghiệp có thu nhập từ các tổ chức nước ngoài (như Google, Facebook, Apple)\n\n"
        "- Doanh nghiệp kinh doanh, bán hàng trực tuyến\n\n"
        "2. Tăng cường thanh tra, kiểm tra các doanh nghiệp có rủi ro cao về thuế.\n", doc_type="Công văn", year=2022)
    assert [t.text.split(",")[0] for t in tasks][-2:] == ["Thực hiện rà soát", "Tăng cường thanh tra"]
    assert not any(t.text.startswith("Doanh nghiệp") for t in tasks)


def test_a_closing_call_with_a_scans_specks_after_it_is_no_task():
    # (Công văn 4800/TCT-TTr, 2016, OCR'd: "… nghiêm túc triển khai thực hiện.&f⁄")
    doc, tasks = _prose(
        "Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.\n\n"
        "1. Cục Thuế rà soát lại kế hoạch thanh tra, kiểm tra năm 2016.\n\n"
        "Tổng cục Thuế yêu cầu Cục Thuế các tỉnh, thành phố trực thuộc Trung ương nghiêm túc triển khai thực "
        "hiện.&f⁄\n", doc_type="Công văn", year=2016)
    assert [t.text for t in tasks] == ["rà soát lại kế hoạch thanh tra, kiểm tra năm 2016"]


def test_a_units_duties_when_it_works_with_others_name_those_others_as_partners():
    # (Nghị định 01/2015/NĐ-CP on the customs' coordination against smuggling, Điều 12)
    doc, tasks = _prose("2. Trách nhiệm của cơ quan hải quan khi phối hợp với các cơ quan hữu quan: Hỗ trợ lực lượng, "
                        "phương tiện theo yêu cầu; kiểm tra hàng hóa, phương tiện vận tải theo chức năng, nhiệm vụ, quyền "
                        "hạn được giao; thực hiện nhiệm vụ khác theo sự phân công của cơ quan chủ trì.\n", "Nghị định", 2015)
    assert [(t.lead, t.coordinators, t.text[:24]) for t in tasks] == [
        (["Cơ quan hải quan"], ["các cơ quan hữu quan"], "Hỗ trợ lực lượng, phương")]


def test_the_recipients_after_a_signature_line_are_no_jobs_whatever_ocr_made_of_noi_nhan():
    # (Nghị quyết of the Government, 2020, as OCR read its scan: "Nơi nhận:" became "Net Kiện:")
    recipients = ["Chủ tịch nước (để báo cáo);", "Ủy ban TW Mặt trận Tổ quốc Việt Nam;",
                  "Các Bộ, cơ quan ngang Bộ, cơ quan thuộc CP;", "Cơ quan Trung ương của các đoàn thể;",
                  "HĐND, UBND các tỉnh, thành phố trực thuộc trung ương;", "Thủ tướng, các Phó Thủ tướng Chính phủ;",
                  "Lưu: VT, KTTH (3)."]
    # (its last point's first line stood alone, a heading naming units, over the list after it)
    doc, tasks = _prose("6. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc\n\nChính phủ, Chủ tịch Ủy "
                        "ban nhân dân các tỉnh chịu trách nhiệm trước Chính phủ về việc triển khai Nghị quyết này./.\n"
                        "Net Kiện: \" TM. CHÍNH PHỦ\n"
                        + "".join(f"- {line}\n" for line in recipients), "Nghị quyết", 2020)
    assert not [t for t in tasks if any(t.text in line or line.startswith(t.text) for line in recipients)]


def test_what_a_unit_is_under_its_heading_is_no_job():
    # (Quyết định on the National Medical Council's rules: "3. Văn phòng Hội đồng Y khoa Quốc gia:" / "a) Văn phòng … là
    # đơn vị sự nghiệp công lập trực thuộc Bộ Y tế …" had been read as the office's jobs)
    doc, tasks = _prose(
        "Điều 3. Cơ cấu tổ chức\n"
        "3. Văn phòng Hội đồng Y khoa Quốc gia:\n"
        "a) Văn phòng Hội đồng Y khoa Quốc gia là đơn vị sự nghiệp công lập trực thuộc Bộ Y tế do Bộ trưởng Bộ Y tế "
        "thành lập theo quy định của pháp luật;\n"
        "b) Văn phòng Hội đồng Y khoa Quốc gia là cơ quan thường trực, có trách nhiệm tổng hợp kết quả kiểm tra;\n"
        "c) Tổ chức kiểm tra đánh giá năng lực hành nghề khám bệnh, chữa bệnh.\n", doc_type="Quyết định")
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text[:40]) for t in tasks] == [
        (["Văn phòng Hội đồng Y khoa Quốc gia"], "tổng hợp kết quả kiểm tra"),
        (["Văn phòng Hội đồng Y khoa Quốc gia"], "Tổ chức kiểm tra đánh giá năng lực hành "),
    ]


def test_partners_after_voi_su_phoi_hop_cua():
    # "với sự phối hợp của" names the partners as "phối hợp với" does; the sentence had been dropped ("với" read as a
    # job that opens with a preposition), and a table cell had read no partners
    from extractors.assignments import cell_units

    doc, tasks = _prose("III. TỔ CHỨC THỰC HIỆN\n"
                        "1. Sở Tư pháp chủ trì, với sự phối hợp của Sở Nội vụ, thẩm định dự thảo văn bản quy phạm pháp "
                        "luật.\n")
    _spans_hold(doc, tasks)
    assert [(t.lead, t.coordinators, t.text) for t in tasks] == [
        (["Sở Tư pháp"], ["Sở Nội vụ"], "thẩm định dự thảo văn bản quy phạm pháp luật")]
    assert cell_units("Sở Tư pháp chủ trì, với sự phối hợp của Sở Nội vụ và các cơ quan liên quan") == (
        ["Sở Tư pháp"], ["Sở Nội vụ", "các cơ quan liên quan"])


@pytest.mark.parametrize("point, expected", [
    # partners named as the subject of their own "phối hợp" after the lead's "chủ trì" had been left in the job's text
    ("Giao Sở Y tế chủ trì, Sở Tài chính phối hợp tham mưu UBND tỉnh bố trí kinh phí mua vắc xin.",
     [(["Sở Y tế"], ["Sở Tài chính"], "tham mưu UBND tỉnh bố trí kinh phí mua vắc xin")]),
    ("Sở Nội vụ chủ trì, các sở, ngành phối hợp tổ chức kiểm tra cải cách hành chính.",
     [(["Sở Nội vụ"], ["các sở, ngành"], "tổ chức kiểm tra cải cách hành chính")]),
    ("Sở Tư pháp chủ trì tổ chức phổ biến pháp luật.", [(["Sở Tư pháp"], [], "tổ chức phổ biến pháp luật")]),
    # after a semicolon: the clause had been read as a task of its own and the lead lost; "chủ trì;" had left the ";"
    # in the job's text; a clause with a job of its own before ";" still splits
    ("Giao Công an tỉnh chủ trì; Bộ Chỉ huy Quân sự tỉnh, Sở Y tế phối hợp thực hiện.",
     [(["Công an tỉnh"], ["Bộ Chỉ huy Quân sự tỉnh", "Sở Y tế"], "thực hiện")]),
    ("Sở Nội vụ chủ trì; tổng hợp báo cáo kết quả.", [(["Sở Nội vụ"], [], "tổng hợp báo cáo kết quả")]),
    ("Sở Tài chính bố trí kinh phí; Sở Tư pháp hướng dẫn thực hiện.",
     [(["Sở Tài chính"], [], "bố trí kinh phí"), (["Sở Tư pháp"], [], "hướng dẫn thực hiện")]),
    # after the job, ending the sentence (its words stay in the job's text, as "phối hợp với …" does)
    ("Sở Y tế chủ trì tổ chức tiêm chủng, Sở Giáo dục và Đào tạo, Đoàn Thanh niên phối hợp thực hiện.",
     [(["Sở Y tế"], ["Sở Giáo dục và Đào tạo", "Đoàn Thanh niên"],
       "tổ chức tiêm chủng, Sở Giáo dục và Đào tạo, Đoàn Thanh niên phối hợp thực hiện")]),
    ("Sở Nội vụ chủ trì kiểm tra, báo cáo kết quả phối hợp.", [(["Sở Nội vụ"], [], "kiểm tra, báo cáo kết quả phối hợp")]),
])
def test_partners_named_after_the_leads_chu_tri(point, expected):
    doc, tasks = _prose(f"III. TỔ CHỨC THỰC HIỆN\n1. {point}\n")
    _spans_hold(doc, tasks)
    assert [(t.lead, t.coordinators, t.text) for t in tasks] == expected


def test_heading_that_asks_a_group_for_the_items_below_names_the_group_alone():
    doc, tasks = _prose("2. Đề nghị các đơn vị thực hiện các nội dung sau:\n\n- Rà soát hồ sơ bệnh án.\n\n"
                        "- Báo cáo kết quả thực hiện về Sở Y tế.\n", year=2025)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text) for t in tasks] == [(["các đơn vị"], "Rà soát hồ sơ bệnh án"),
                                                 (["các đơn vị"], "Báo cáo kết quả thực hiện về Sở Y tế")]


def test_what_the_issuer_will_do_is_its_own_job_what_others_will_do_is_none():
    """(Công văn 627/BYT-BH, 2021; Công văn 4451/TCT-TTKT, 2022) "Bộ Y tế sẽ phối hợp … tổ chức kiểm tra" in Bộ Y tế's
    letter commits it to a job; another unit's "sẽ" or a passive "sẽ bị" gives none."""
    text = ("BỘ Y TẾ\n\nSố: 627/BYT-BH\nHà Nội, ngày 27 tháng 01 năm 2021\n\n"
            "Kính gửi: Các cơ sở khám bệnh, chữa bệnh.\n\n"
            "1. Đề nghị các đơn vị thực hiện đúng quy định về bảo hiểm y tế.\n\n"
            "2. Định kỳ hoặc đột xuất, Bộ Y tế sẽ phối hợp với các cơ quan, đơn vị có liên quan tổ chức kiểm tra việc "
            "thực hiện chính sách, pháp luật về bảo hiểm y tế.\n\n"
            "3. Bảo hiểm xã hội Việt Nam sẽ tổng hợp số liệu chi khám bệnh, chữa bệnh. Các đơn vị vi phạm sẽ bị xử lý "
            "theo quy định.\n\n"
            "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn A\n")
    tasks = _read_tasks(text)
    assert [(t.lead, t.coordinators, t.text[:20]) for t in tasks] == [
        (["các đơn vị"], [], "thực hiện đúng quy đ"),
        (["Bộ Y tế"], ["các cơ quan, đơn vị có liên quan"], "phối hợp với các cơ ")]


def test_rows_of_a_table_flattened_to_one_cell_piece_per_line_are_tasks():
    """(Nghị quyết 116/NQ-CP, 2026, as the Official Gazette's text copy prints it) rows long enough that their lone
    numbers count up like a PDF's page numbers: each row is a task with its units and time."""
    rows = [("Rà soát, thể chế hóa các chủ trương,\nđịnh hướng của Đảng thành văn bản\npháp luật, cơ chế, chính sách "
             "về\nphòng, chống thiên tai, các văn bản\npháp luật có liên quan đến công tác\nphòng, chống thiên tai "
             "trên phạm vi\ncả nước và từng vùng, từng địa\nphương theo hướng dẫn của Trung\nương.",
             "Bộ NN&MT,\nBộ Quốc phòng", "Các bộ,\ncơ quan,\nđịa phương", "Năm\n2026 - 2027"),
            ("Rà soát xây dựng, điều chỉnh các\nquy hoạch ngành, quy hoạch có tính\nchất chuyên ngành bảo đảm "
             "lồng\nghép nội dung phòng, chống thiên\ntai, thích ứng với biến đổi khí hậu\ntrong quy hoạch và kế "
             "hoạch phát\ntriển kinh tế - xã hội của từng\nngành, từng lĩnh vực và từng\nđịa phương.",
             "Các bộ, UBND\ncác tỉnh,\nthành phố", "Các bộ,\ncơ quan,\nđịa phương", "Giai đoạn\n2026 - 2030")]
    lines = ["PHỤ LỤC", "NHIỆM VỤ TRỌNG TÂM THỰC HIỆN KẾT LUẬN SỐ 213-KL/TW", "(Kèm theo Nghị quyết số 116/NQ-CP "
             "ngày 29 tháng 4 năm 2026 của Chính phủ)", "TT", "Nội dung, nhiệm vụ", "Cơ quan chủ", "trì thực hiện",
             "Cơ quan", "phối hợp", "Thời gian", "I", "Hoàn thiện thể chế, chính sách, các quy định của pháp luật "
             "về công tác phòng, chống", "thiên tai"]
    for number, cells in enumerate(rows, 1):
        lines += [str(number), *"\n".join(cells).split("\n")]
    text = "NGHỊ QUYẾT\n\n" + "\n".join(lines) + "\n"
    tasks = _read_tasks(text, 2026, "Nghị quyết")
    assert [(t.lead, t.coordinators, t.deadline.start, t.deadline.end) for t in tasks] == [
        (["Bộ Nông nghiệp và Môi trường", "Bộ Quốc phòng"], ["Các bộ, cơ quan, địa phương"], "2026-01-01", "2027-12-31"),
        (["Các bộ", "Ủy ban nhân dân các tỉnh, thành phố"], ["Các bộ, cơ quan, địa phương"], "2026-01-01", "2030-12-31")]
    assert tasks[0].text.startswith("Rà soát, thể chế hóa") and tasks[1].section.startswith("I. Hoàn thiện thể chế")


def test_dotted_rows_of_a_flattened_table_are_tasks_with_every_partner_and_their_time():
    """(Quyết định 982/QĐ-TTg, 2026) rows "1.1", "1.2" under a row "1." that titles them: each is a task, its partners
    a ministry and "Cơ quan, tổ chức và doanh nghiệp liên quan", its time "Nhiệm vụ thường xuyên" or a quarter."""
    text = ("QUYẾT ĐỊNH\n\nPHỤ LỤC\nDANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM CỦA ĐỀ ÁN\n"
            "TT\nNhiệm vụ, giải pháp\nCơ quan \nchủ trì\nCơ quan\n phối hợp\nSản phẩm \nThời gian \nthực hiện\n"
            "1.\nRà soát, hoàn thiện thể chế\n"
            "1.1\nNghiên cứu, rà soát, sửa đổi, bổ\nsung và đơn giản hóa các quy định.\nBộ Tài chính\nBộ Khoa học và\n"
            "Công nghệ\nCơ quan, tổ chức\nvà doanh nghiệp\nliên quan\nCơ chế, chính sách\nđược ban hành\n"
            "Nhiệm vụ thường\nxuyên \n"
            "1.2\nNghiên cứu, xây dựng cơ chế tài\nchính, tín dụng khuyến khích M&A.\nNgân hàng Nhà nước\nBộ Tài chính;\n"
            "Bộ Khoa học và\nCông nghệ;\nCơ quan, tổ chức,\ndoanh nghiệp liên\nquan\nBáo cáo nghiên cứu\nQuý IV/2026\n")
    tasks = _read_tasks(text, 2026, "Quyết định")
    assert [(t.lead, t.coordinators, t.deadline.recurrence or t.deadline.end, t.section) for t in tasks] == [
        (["Bộ Tài chính"], ["Bộ Khoa học và Công nghệ", "Cơ quan, tổ chức và doanh nghiệp liên quan"], "continuous",
         "1. Rà soát, hoàn thiện thể chế"),
        (["Ngân hàng Nhà nước"], ["Bộ Tài chính", "Bộ Khoa học và Công nghệ", "Cơ quan, tổ chức, doanh nghiệp liên quan"],
         "2026-12-31", "1. Rà soát, hoàn thiện thể chế")]
    assert tasks[1].text == "Nghiên cứu, xây dựng cơ chế tài chính, tín dụng khuyến khích M&A."


def test_a_flattened_cell_going_on_with_and_and_a_plural_after_a_cut_cell_part_where_they_should():
    """(Quyết định 982/QĐ-TTg, Nghị quyết 105/NQ-CP, 2026) "Bộ Ngoại giao" / "Và các cơ quan, tổ" / "chức, doanh
    nghiệp" / "liên quan" is one partners' cell: a line never opens a cell with "Và". "… Ủy ban" / "nhân dân các" /
    "Các bộ, ngành, cơ" / "quan liên quan": a cell that ends on "các" is cut (by the page), and the plural that follows
    opens the partners' cell."""
    text = ("QUYẾT ĐỊNH\n\nPHỤ LỤC\nDANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM\n"
            "TT\nNhiệm vụ, giải pháp\nCơ quan \nchủ trì\nCơ quan\n phối hợp\nSản phẩm \nThời gian \nthực hiện\n"
            "1\nTổ chức nghiên cứu, xây dựng báo\ncáo hàng năm về thị trường.\nBộ Khoa học và\nCông nghệ\n"
            "Bộ Ngoại giao\nVà các cơ quan, tổ\nchức, doanh nghiệp\nliên quan\nBáo cáo\nhàng năm\n"
            "Nhiệm vụ thường\nxuyên\n"
            "2\nBan hành các quy định về cơ sở\ndữ liệu chuyên ngành.\nCác bộ, cơ\nquan ngang\nbộ, Ủy ban\n"
            "nhân dân các\nCác bộ,\nngành, cơ\nquan liên\nquan\nVăn bản quy\nphạm pháp luật\nQuý II/2026\n")
    tasks = _read_tasks(text, 2026, "Quyết định")
    assert [(t.lead, t.coordinators, t.deadline.text) for t in tasks] == [
        (["Bộ Khoa học và Công nghệ"], ["Bộ Ngoại giao", "các cơ quan, tổ chức, doanh nghiệp liên quan"],
         "Nhiệm vụ thường xuyên"),
        (["Các bộ, cơ quan ngang bộ", "Ủy ban nhân dân các"], ["Các bộ, ngành, cơ quan liên quan"], "Quý II/2026")]


def test_a_flattened_row_whose_job_has_two_results_each_with_its_time_is_two_tasks():
    """(Nghị quyết 119/NQ-CP, 2026) one job's cell spans two parts of the row, each with its lead, partners, result and
    time, the second after a page break ("Tháng 4/2026" / … / "Bộ Y tế" / … / "Tháng 10/2026"): two tasks, one for
    each time; the result's words carried past the break ("Ban" / "Chỉ" / "đạo" …) are no second lead (they go with
    the last cell before the break, the basis: no column is known to wait for them there)."""
    text = ("QUYẾT ĐỊNH\n\nPHỤ LỤC\n"
            "TT\nTên nhiệm vụ\nCơ quan\nchủ trì\nCơ quan\nphối hợp\nKết quả\nThời gian\nhoàn thành\nCăn cứ\nbổ sung\n"
            "1\nThể chế hóa đầy đủ, kịp thời các chủ\ntrương, định hướng của Đảng về an\ntoàn thực phẩm\nBộ Y tế\n"
            "Các bộ,\ncơ quan\nngang bộ\nBáo cáo chuyên\nđề về cơ chế,\nchính sách được\ntrình\nTháng\n4/2026\n"
            "Chương\ntrình số 12-\nCTr/BCĐ\n"
            "\nCÔNG BÁO/Số 238/Ngày 21-04-2026\n105\n\n"
            "TT\nTên nhiệm vụ\nCơ quan\nchủ trì\nCơ quan\nphối hợp\nKết quả\nThời gian\nhoàn thành\nCăn cứ\nbổ sung\n"
            "Ban\nChỉ\nđạo\nTrung ương về\nhoàn thiện thể\nchế, pháp luật\nBộ Y tế\nCác bộ,\ncơ quan\nngang bộ\n"
            "Báo cáo kết quả\nthể chế hóa được\ntrình Ban Chỉ đạo\nTháng\n10/2026\nChương\ntrình số 12-\nCTr/BCĐ\n"
            "2\nXây dựng Luật Bảo hiểm y tế sửa\nđổi.\nBộ Y tế\nBộ Tài chính, Bộ\nTư pháp\nLuật Bảo hiểm y tế\n"
            "(sửa đổi)\nQuý I/2029\nNghị quyết số\n66-NQ/TW\n")
    tasks = _read_tasks(text, 2026, "Quyết định")
    assert [(t.lead, t.coordinators, t.deadline.text, t.text[:40]) for t in tasks] == [
        (["Bộ Y tế"], ["Các bộ, cơ quan ngang bộ"], "Tháng 4/2026", "Thể chế hóa đầy đủ, kịp thời các chủ trư"),
        (["Bộ Y tế"], ["Các bộ, cơ quan ngang bộ"], "Tháng 10/2026", "Thể chế hóa đầy đủ, kịp thời các chủ trư"),
        (["Bộ Y tế"], ["Bộ Tài chính", "Bộ Tư pháp"], "Quý I/2029", "Xây dựng Luật Bảo hiểm y tế sửa đổi.")]


def test_a_flattened_rows_parts_numbered_on_their_first_line_are_tasks_after_the_row_itself():
    """(Nghị quyết 105/NQ-CP, 2026) row "2" with its own units and time, then its parts "2.1 Theo dõi, tổng hợp …",
    "2.2 …", their numbers on the line of their first words: three tasks (the parts had been read as the time of
    row 2)."""
    text = ("NGHỊ QUYẾT\n\nPhụ lục I\n"
            "TT\nNội dung công việc\nCơ quan\nchủ trì\nCơ quan\nphối hợp\nSản phẩm\nThời hạn\nhoàn thành\n"
            "1\nSắp xếp các đơn vị sự nghiệp công lập,\ntrường học, cơ sở giáo dục.\nCác bộ, cơ quan\nngang bộ\n"
            "Bộ Nội vụ;\nBộ Tài chính\nVăn bản sắp xếp\nQuý III/2026\n"
            "1.1 Theo dõi, tổng hợp việc sắp xếp đơn vị sự\nnghiệp công lập của các bộ, các địa phương\nBộ Nội vụ\n"
            "Các bộ, cơ quan\nngang bộ\nBáo cáo\nThường xuyên\n"
            "1.2 Thực hiện sắp xếp, tổ chức lại hệ thống\ncác cơ sở y tế\nBộ Y tế\nCác bộ, cơ quan\nngang bộ\n"
            "Văn bản hướng dẫn\nQuý IV/2026\n"
            "2\nRà soát, phê duyệt vị trí việc làm.\nCác bộ, cơ quan\nngang bộ\nBộ Nội vụ\nQuyết định\nNăm 2026\n")
    tasks = _read_tasks(text, 2026, "Nghị quyết")
    assert [(t.lead, t.coordinators, t.deadline.text, t.text[:30]) for t in tasks] == [
        (["Các bộ, cơ quan ngang bộ"], ["Bộ Nội vụ", "Bộ Tài chính"], "Quý III/2026", "Sắp xếp các đơn vị sự nghiệp c"),
        (["Bộ Nội vụ"], ["Các bộ, cơ quan ngang bộ"], "Thường xuyên", "Theo dõi, tổng hợp việc sắp xế"),
        (["Bộ Y tế"], ["Các bộ, cơ quan ngang bộ"], "Quý IV/2026", "Thực hiện sắp xếp, tổ chức lại"),
        (["Các bộ, cơ quan ngang bộ"], ["Bộ Nội vụ"], "Năm 2026", "Rà soát, phê duyệt vị trí việc")]


def test_a_flattened_jobs_words_carried_past_the_page_break_stay_the_jobs_not_its_times():
    """(Nghị quyết 116/NQ-CP and 105/NQ-CP, 2026) the job's words after the page's running head and the header again
    may open with "(" ("(UAV), mô hình …"), with a number ("12 tháng 9 năm 2025 của Ban Chỉ đạo") or, after such a
    line, with a capital on a line as wide as the job's column ("Trung ương về tổng kết Nghị quyết số 18-"): they are
    the job's words (they had been read as the time's)."""
    header = "TT\nNội dung, nhiệm vụ\nCơ quan chủ\ntrì thực hiện\nCơ quan\nphối hợp\nThời gian\n"
    text = ("NGHỊ QUYẾT\n\nPHỤ LỤC\n" + header +
            "1\nHiện đại hóa hệ thống quan trắc,\ngiám sát đa tầng, ứng dụng máy\nbay không người lái\nBộ NN&MT\n"
            "Bộ Khoa học\nvà Công\nnghệ, các bộ,\ncơ quan\nGiai đoạn\n2026 - 2030\n"
            "\nCÔNG BÁO/Số 277/Ngày 16-05-2026\n63\n\n" + header +
            "(UAV), mô hình trí tuệ nhân tạo\n(AI) trong dự báo, cảnh báo thiên tai.\n"
            "2\nSắp xếp các đơn vị sự nghiệp công lập\ntheo yêu cầu tại Công văn số 59-CV/BCĐ ngày\nBộ Nội vụ\n"
            "Các bộ, cơ quan\nngang bộ\nQuý III/2026\n"
            "\nCÔNG BÁO/Số 277/Ngày 16-05-2026\n64\n\n" + header +
            "12 tháng 9 năm 2025 của Ban Chỉ đạo\nTrung ương về tổng kết Nghị quyết số 18-\nNQ/TW\n"
            "3\nTổ chức diễn tập phòng thủ dân sự.\nBộ Quốc phòng\nCác bộ, cơ quan\nHằng năm\n")
    tasks = _read_tasks(text, 2026, "Nghị quyết")
    assert [(t.lead, t.deadline.text) for t in tasks] == [
        (["Bộ Nông nghiệp và Môi trường"], "Giai đoạn 2026 - 2030"), (["Bộ Nội vụ"], "Quý III/2026"),
        (["Bộ Quốc phòng"], "Hằng năm")]
    assert tasks[0].text.endswith("máy bay không người lái (UAV), mô hình trí tuệ nhân tạo (AI) trong dự báo, cảnh báo "
                                  "thiên tai.")
    assert tasks[1].text.endswith("Công văn số 59-CV/BCĐ ngày 12 tháng 9 năm 2025 của Ban Chỉ đạo Trung ương về tổng "
                                  "kết Nghị quyết số 18-NQ/TW")


def test_a_flattened_committees_name_goes_on_with_what_it_is_for():
    """(Nghị quyết 116/NQ-CP, 2026) "Ban Chỉ đạo" / "Phòng thủ dân" / "sự quốc gia" / "Ban Chỉ huy" / "PTDS" / "các
    cấp": the committee's name is one cell, the lead; the command boards ("PTDS" written out) are the partners."""
    text = ("NGHỊ QUYẾT\n\nPHỤ LỤC\nTT\nNội dung, nhiệm vụ\nCơ quan chủ\ntrì thực hiện\nCơ quan\nphối hợp\nThời gian\n"
            "1\nCủng cố, kiện toàn cơ quan chỉ đạo\nđiều hành về phòng thủ dân sự các cấp.\nBan Chỉ đạo\n"
            "Phòng thủ dân\nsự quốc gia\nBan Chỉ huy\nPTDS\ncác cấp\nHằng năm\n")
    tasks = _read_tasks(text, 2026, "Nghị quyết")
    assert [(t.lead, t.coordinators, t.deadline.recurrence) for t in tasks] == [
        (["Ban Chỉ đạo Phòng thủ dân sự quốc gia"], ["Ban Chỉ huy Phòng thủ dân sự các cấp"], "annual")]


def test_a_flattened_jobs_line_cut_after_a_comma_may_end_the_jobs_cell():
    """(Quyết định 844/QĐ-TTg, 2026) the job's words stop at a comma where the page cuts them ("… các bệnh lý nhẹ,"),
    the lead's narrow cell follows ("Bộ Y tế, Sở Y tế" / "đối" / "với" / "địa" / "phương"): the lead is the ministry
    and the department, not the partners after them."""
    text = ("QUYẾT ĐỊNH\n\nPHỤ LỤC\n"
            "STT\nTên nhiệm vụ cụ thể\nCơ quan\nchủ trì\nCơ quan\nphối hợp\nKết quả\nThời gian hoàn\nthành\n"
            "1.\nTừng bước triển khai phân luồng người bệnh\ngiữa các cấp chuyên môn kỹ thuật khám bệnh,\n"
            "chữa bệnh để giảm điều trị các bệnh lý nhẹ,\nBộ Y tế, Sở Y tế\nđối\nvới\nđịa\nphương\n"
            "Cơ sở khám bệnh,\nchữa\nbệnh\nĐề án/kế hoạch\ntriển khai\nTừ quý II/2027\n")
    tasks = _read_tasks(text, 2026, "Quyết định")
    assert [(t.lead, t.coordinators, t.deadline.start) for t in tasks] == [
        (["Bộ Y tế", "Sở Y tế"], ["Cơ sở khám bệnh, chữa bệnh"], "2027-04-01")]


def test_a_flattened_partners_list_goes_on_with_initials_on_a_line_of_their_own():
    """(Nghị quyết 08/NQ-CP, 2026) "… Ủy" / "ban Công tác" / "về" / "các" / "tổ" / "chức" / "PCPNN," / "VTV, VOV," /
    "TTXVN": the initials go on the partners' list; the result's cell opens after them."""
    tasks = _read_tasks("NGHỊ QUYẾT\n\nPHỤ LỤC\n"
                        "TT\nNội dung\nCơ quan\nchủ trì\nCơ quan phối\nhợp\nSản phẩm\nThời gian\nhoàn thành\n"
                        "1.\nĐẩy mạnh chuyển đổi số trong công tác\nthông tin, tuyên truyền.\nBộ Ngoại\ngiao\nCác\nBộ,\n"
                        "ngành,\nđịa\nphương, Ủy\nban Công tác\nvề\ncác\ntổ\nchức\nPCPNN,\nVTV, VOV,\nTTXVN\n"
                        "Chương trình, kế\nhoạch\nThực\nhiện\nthường\nxuyên\n", 2026, "Nghị quyết")
    assert [(t.lead, t.coordinators, t.deadline.recurrence) for t in tasks] == [
        (["Bộ Ngoại giao"], ["Các Bộ, ngành, địa phương", "Ủy ban Công tác về các tổ chức phi chính phủ nước ngoài",
                             "Đài Truyền hình Việt Nam", "Đài Tiếng nói Việt Nam", "Thông tấn xã Việt Nam"],
         "continuous")]


def test_a_flattened_stations_name_wrapped_after_viet_or_dai_stays_whole():
    """(Nghị quyết 119/NQ-CP, 2026) "Đài Truyền" / "hình Việt" / "Nam, Đài" / "Tiếng nói" / "Việt Nam": the lines
    after "Việt" and after "Đài" go on the names (they had opened the result's cell)."""
    tasks = _read_tasks("QUYẾT ĐỊNH\n\nPHỤ LỤC\n"
                        "TT\nTên nhiệm vụ\nCơ quan\nchủ trì\nCơ quan\nphối hợp\nKết quả\nThời gian\nhoàn thành\n"
                        "1\nXây dựng, vận hành chuyên mục “Tiêu\nđiểm chính sách” trên truyền hình\nBộ Tư pháp\n"
                        "Đài Truyền\nhình Việt\nNam, Đài\nTiếng nói\nViệt Nam\nCác số chuyên\nmục được phát\nsóng\n"
                        "Thường\nxuyên\n", 2026, "Quyết định")
    assert [(t.lead, t.coordinators) for t in tasks] == [
        (["Bộ Tư pháp"], ["Đài Truyền hình Việt Nam", "Đài Tiếng nói Việt Nam"])]


def test_a_bare_group_asked_by_a_letter_is_the_lead():
    """(Tổng cục Thuế, 1305/TCT-KK, 2022) "Đề nghị ngân hàng thương mại, chi nhánh ngân hàng nước ngoài cung cấp …":
    the bodies asked are named by their kind alone, without "các"; so are "đơn vị chủ đầu tư" and "cơ quan báo chí"."""
    text = ("BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\n\nSố: 1305/TCT-KK\nHà Nội, ngày 15 tháng 4 năm 2022\n\n"
            "V/v triển khai cung cấp thông tin tài khoản\n\nKính gửi: Các ngân hàng thương mại.\n\n"
            "1. Đề nghị ngân hàng thương mại, chi nhánh ngân hàng nước ngoài cung cấp thông tin tài khoản thanh toán "
            "của từng người nộp thuế.\n"
            "2. Yêu cầu đơn vị chủ đầu tư khẩn trương hoàn thành thủ tục đăng ký.\n"
            "3. Đề nghị cơ quan báo chí tăng cường tuyên truyền.\n\nKT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG\n"
            "Nguyễn Văn A\n")
    tasks = _read_tasks(text, 2022, "Công văn")
    assert [(t.lead, t.text) for t in tasks] == [
        (["ngân hàng thương mại, chi nhánh ngân hàng nước ngoài"],
         "cung cấp thông tin tài khoản thanh toán của từng người nộp thuế"),
        (["đơn vị chủ đầu tư"], "khẩn trương hoàn thành thủ tục đăng ký"),
        (["cơ quan báo chí"], "tăng cường tuyên truyền")]


def test_a_lead_in_asking_for_a_report_on_the_points_below_is_the_job_and_its_points_what_it_holds():
    """(Công điện 232/CĐ-TTg, 2025) "… tổng hợp báo cáo cụ thể về một số nội dung sau:" over "- Số hộ dân có nhà bị
    sập …": the report is the job; the points say what it holds and are no jobs."""
    doc, tasks = _prose("Thủ tướng Chính phủ yêu cầu:\n"
                        "(1) Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa chỉ đạo cơ quan chức năng và chính "
                        "quyền cơ sở khẩn trương rà soát, thống kê, tổng hợp báo cáo cụ thể về một số nội dung sau:\n"
                        "- Số hộ dân có nhà bị sập, đổ, trôi cần phải xây dựng lại.\n"
                        "- Tổng kinh phí cần thiết hỗ trợ Nhân dân sửa chữa, xây dựng lại nhà cửa.\n"
                        "(2) Bộ trưởng Bộ Tài chính tổng hợp, đề xuất sử dụng nguồn lực từ ngân sách trung ương.\n",
                        doc_type="Công điện", year=2025)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text) for t in tasks] == [
        (["Ủy ban nhân dân tỉnh Đắk Lắk", "Ủy ban nhân dân tỉnh Khánh Hòa"],
         "chỉ đạo cơ quan chức năng và chính quyền cơ sở khẩn trương rà soát, thống kê, tổng hợp báo cáo"),
        (["Bộ Tài chính"], "tổng hợp, đề xuất sử dụng nguồn lực từ ngân sách trung ương")]


def test_a_telegrams_account_of_what_was_done_gives_no_job_and_its_named_provinces_each_get_theirs():
    """(Công điện 228/CĐ-TTg, 2025) "…; các bộ, địa phương, người dân và cộng đồng doanh nghiệp đã chủ động triển khai
    …" tells what was done; "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương: Hà Tĩnh, Huế …" names
    each province's committee."""
    doc, tasks = _prose("Trước tình hình đó, Chính phủ đã bám sát diễn biến tình hình; các bộ, địa phương, người dân và "
                        "cộng đồng doanh nghiệp đã chủ động triển khai các giải pháp để hạn chế tối đa thiệt hại.\n"
                        "4. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương: Hà Tĩnh, Huế chủ động, "
                        "tích cực phối hợp chặt chẽ với Bộ Tài chính, Bộ Y tế để bảo đảm quyền lợi của người dân.\n",
                        doc_type="Công điện", year=2025)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.coordinators) for t in tasks] == [
        (["Ủy ban nhân dân tỉnh Hà Tĩnh", "Ủy ban nhân dân Thành phố Huế"], ["Bộ Tài chính", "Bộ Y tế"])]


def test_a_point_after_a_unit_headings_list_and_a_paragraph_ends_that_heading():
    """(Nghị quyết 380/NQ-CP, 2025) "5. Các tỉnh, thành phố:" / its items / "Trường hợp không cân đối được nguồn, …" /
    "6. Các bộ, … cụ thể như sau:" / "a) Bộ Tài chính chủ trì, phối hợp với …:" / "- Tổng hợp …": the paragraph is the
    provinces' job; the bullets under point 6 are the ministry's, not the provinces'."""
    doc, tasks = _prose("5. Các tỉnh, thành phố:\n\na) Ban hành các chính sách cần thiết theo thẩm quyền.\n\n"
                        "b) Rà soát, tổng hợp đầy đủ thiệt hại do thiên tai.\n\n"
                        "Trường hợp không cân đối được\nnguồn, khẩn trương rà soát, đề xuất nhu cầu hỗ trợ từ ngân sách "
                        "trung ương.\n\n"
                        "6. Các bộ, cơ quan, địa phương theo chức năng, thẩm quyền được giao tiếp tục triển khai các "
                        "giải pháp nhằm ổn định kinh tế vĩ mô, cụ thể như sau:\n\n"
                        "a) Bộ Tài chính chủ trì, phối hợp\nvới các bộ, cơ quan, địa phương:\n\n"
                        "- Tổng hợp tình hình và mức độ\nthiệt hại, báo cáo Thủ tướng Chính phủ;\n\n"
                        "b) Bộ Tài chính và Ngân hàng\nNhà nước Việt Nam nghiên cứu các chính sách về bảo hiểm.\n",
                        doc_type="Nghị quyết", year=2025)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.coordinators, t.text[:25]) for t in tasks] == [
        (["Các tỉnh, thành phố"], [], "Ban hành các chính sách c"),
        (["Các tỉnh, thành phố"], [], "Rà soát, tổng hợp đầy đủ "),
        (["Các tỉnh, thành phố"], [], "Trường hợp không cân đối "),
        (["Các bộ, cơ quan, địa phương"], [], "theo chức năng, thẩm quyề"),
        (["Bộ Tài chính"], ["các bộ, cơ quan, địa phương"], "Tổng hợp tình hình và mức"),
        (["Bộ Tài chính", "Ngân hàng Nhà nước Việt Nam"], [], "nghiên cứu các chính sách")]


def test_a_letters_paragraph_under_a_numbered_topic_heading_is_the_addressees_job():
    """(Cục Thuế, 5526/CT-CS, 2025) "1. Về chính sách, thủ tục, hồ sơ gia hạn, miễn, giảm thuế" / "Tiếp tục hướng dẫn …":
    a topic heading without a colon, its paragraph asks the addressees; whom the letter asks, "Trưởng Thuế các tỉnh,
    thành phố nơi có NNT bị thiệt hại do thiên tai, bão lũ, khẩn trương triển khai …", are named without where."""
    text = ("BỘ TÀI CHÍNH\nCỤC THUẾ\n\nSố: 5526/CT-CS\nHà Nội, ngày 25 tháng 11 năm 2025\n\n"
            "V/v hỗ trợ người nộp thuế bị thiệt hại do bão lũ\n\nKính gửi: Trưởng Thuế các tỉnh, thành phố.\n\n"
            "Để giúp người nộp thuế (NNT) sớm ổn định đời sống, Cục Thuế yêu cầu Trưởng Thuế các tỉnh, thành phố nơi "
            "có NNT bị thiệt hại do thiên tai, bão lũ, khẩn trương rà soát, giải quyết hồ sơ gia hạn nộp thuế cho NNT.\n\n"
            "**1. Về chính sách, thủ tục, hồ sơ gia hạn, miễn, giảm thuế**\n\n"
            "Tiếp tục hướng dẫn các giải pháp hỗ trợ NNT bị tổn thất do bão và mưa lũ theo quy định tại các văn bản quy "
            "phạm pháp luật hiện hành.\n\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\nĐặng Ngọc Minh\n")
    tasks = _read_tasks(text, 2025, "Công văn")
    assert [(t.lead, t.text[:40]) for t in tasks] == [
        (["Thuế các tỉnh, thành phố"], "khẩn trương rà soát, giải quyết hồ sơ gi"),
        (["Thuế các tỉnh, thành phố"], "Tiếp tục hướng dẫn các giải pháp hỗ trợ ")]


def test_a_topic_label_before_a_job_with_no_subject_leaves_the_job_to_the_heading_unit():
    # (Văn phòng Chính phủ, 11414/VPCP-CN, 2025: "- Về thi công: chỉ đạo Ban Quản lý dự án, các nhà thầu tập trung …"
    # under "1. Ủy ban nhân dân tỉnh Đồng Nai:" had made the contractors the lead, as if they opened a sentence after
    # the comma; a unit after the label is still the subject: "Về tập huấn: tại các huyện, Sở Nội vụ chủ trì …")
    doc, tasks = _prose("1. Ủy ban nhân dân tỉnh Đồng Nai:\n"
                        "- Về nguồn vật liệu đá: tiếp tục hỗ trợ các chủ đầu tư, các nhà thầu trong việc bổ sung, "
                        "điều chỉnh phân khai khối lượng đá tại các mỏ.\n"
                        "- Về thi công: chỉ đạo Ban Quản lý dự án, các nhà thầu tập trung nguồn lực tài chính, huy "
                        "động thêm nhân lực, thiết bị trong năm 2025.\n"
                        "2. Về tập huấn: tại các huyện, Sở Nội vụ chủ trì tổ chức tập huấn cho cán bộ, công chức "
                        "cấp xã.",
                        year=2025)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text[:30]) for t in tasks] == [
        (["Ủy ban nhân dân tỉnh Đồng Nai"], "Về nguồn vật liệu đá: tiếp tục"),
        (["Ủy ban nhân dân tỉnh Đồng Nai"], "Về thi công: chỉ đạo Ban Quản "),
        (["Sở Nội vụ"], "tổ chức tập huấn cho cán bộ, c")]


def test_whom_a_letter_tells_to_know_and_do_does_what_follows():
    # (Bộ Công Thương, 9634/BCT-TTTN, 2025: "… thông báo các thương nhân … biết, thực hiện và báo cáo …" had been the
    # ministry's own job of telling; the closing formula "… biết, thực hiện./." alone gives no job)
    doc, tasks = _prose("1. Sở Công Thương chủ trì kiểm tra việc niêm yết giá.\n"
                        "Bộ Công Thương thông báo các thương nhân đầu mối kinh doanh xăng dầu, thương nhân phân phối "
                        "xăng dầu biết, thực hiện và báo cáo tình hình thực hiện về Bộ Công Thương, Bộ Tài chính để "
                        "giám sát theo quy định./.\n"
                        "Văn phòng Chính phủ xin thông báo để Bộ Xây dựng và các cơ quan liên quan biết, thực hiện./.",
                        doc_type="Công văn", year=2025)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text[:45]) for t in tasks] == [
        (["Sở Công Thương"], "kiểm tra việc niêm yết giá"),
        (["các thương nhân đầu mối kinh doanh xăng dầu", "thương nhân phân phối xăng dầu"],
         "thực hiện và báo cáo tình hình thực hiện về B")]


def test_a_clause_that_gives_another_unit_a_job_after_a_semicolon_is_its_own_task():
    # (Văn phòng Chính phủ, 631/TB-VPCP, 2025: "…: Các Bộ, cơ quan thống nhất chỉ có một cơ quan chủ trì; giao Bộ Nông
    # nghiệp và Môi trường làm chủ Chương trình …" had stayed one job, the clause before ending in "chủ trì" as a lead's
    # role does; "…; đồng thời giao Sở Y tế …" had stayed the first unit's; "đồng thời" is no subject)
    doc, tasks = _prose("(1) Về việc phê duyệt Chương trình: Các Bộ, cơ quan thống nhất chỉ có một cơ quan chủ trì; "
                        "giao Bộ Nông nghiệp và Môi trường làm chủ Chương trình, chịu trách nhiệm chủ trì xây dựng, hoàn "
                        "thiện hồ sơ; đồng thời chịu trách nhiệm tổng hợp chung, báo cáo theo quy định.\n"
                        "(2) Sở Tư pháp rà soát văn bản; đồng thời giao Sở Y tế kiểm tra các cơ sở.\n"
                        "(3) Giao Công an tỉnh chủ trì; Sở Y tế phối hợp thực hiện kiểm tra các cơ sở.",
                        year=2025)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.coordinators, t.text) for t in tasks] == [
        (["Các Bộ, cơ quan"], [], "thống nhất chỉ có một cơ quan chủ trì"),
        (["Bộ Nông nghiệp và Môi trường"], [], "làm chủ Chương trình, chịu trách nhiệm chủ trì xây dựng, hoàn thiện hồ "
                                               "sơ; đồng thời chịu trách nhiệm tổng hợp chung, báo cáo theo quy định"),
        (["Sở Tư pháp"], [], "rà soát văn bản"),
        (["Sở Y tế"], [], "kiểm tra các cơ sở"),
        (["Công an tỉnh"], ["Sở Y tế"], "thực hiện kiểm tra các cơ sở")]


def test_the_units_a_lead_chairs_with_are_its_partners():
    # (Công điện 224/CĐ-TTg, 2025: "Bộ Tài chính chủ trì cùng Bộ Xây dựng và các bộ, ngành liên quan rà soát …" had
    # given no partners; "Sở Y tế cùng Sở Tài chính …" names two leads)
    doc, tasks = _prose("3. Bộ Tài chính chủ trì cùng Bộ Xây dựng và các bộ, ngành liên quan rà soát, đánh giá đề xuất "
                        "thưởng cho các công trình về đích sớm, hoàn thành trước ngày 15 tháng 12 năm 2025.\n"
                        "4. Sở Y tế cùng Sở Tài chính kiểm tra các cơ sở.", year=2025)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.coordinators) for t in tasks] == [
        (["Bộ Tài chính"], ["Bộ Xây dựng", "các bộ, ngành liên quan"]), (["Sở Y tế", "Sở Tài chính"], [])]


def test_a_sentence_opened_by_therefore_still_gives_the_units_after_its_comma_a_job():
    # (Bộ Nội vụ, 11208/BNV-KHTC, 2025: "Vì vậy, đề nghị Ủy ban nhân dân các tỉnh … căn cứ mức chi phí quản lý … để
    # trình Hội đồng nhân dân cấp tỉnh …" had given no job; a consequence with no unit stays none)
    doc, tasks = _prose("Vì vậy, đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương căn cứ mức chi phí quản "
                        "lý (tỷ lệ %) đã được xác định theo hướng dẫn để trình Hội đồng nhân dân cấp tỉnh quy định.\n"
                        "Do đó, Sở Tài chính cần bố trí kinh phí thực hiện.\n"
                        "Vì vậy, công tác này còn nhiều hạn chế.", doc_type="Công văn", year=2025)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text[:9]) for t in tasks] == [
        (["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"], "căn cứ mứ"), (["Sở Tài chính"], "cần bố tr")]


def test_a_sentence_opened_by_the_role_or_spirit_of_the_work_gives_the_units_after_its_comma_a_job():
    # (Thông báo kết luận on key transport projects, 2025: "Với vai trò, ý nghĩa đặc biệt quan trọng của Dự án, yêu cầu
    # các bộ, ngành … khẩn trương …" had given no job; the sentence before it, a state of affairs, took the point's job)
    doc, tasks = _prose("a) Hiện nay tổng khối lượng hoàn thành của Dự án khoảng 61% trong khi thời gian còn lại của năm "
                        "2025 chỉ khoảng 2 tháng. Với vai trò, ý nghĩa đặc biệt quan trọng của Dự án, yêu cầu các bộ, "
                        "ngành, cơ quan chủ quản khẩn trương có giải pháp phù hợp để đẩy nhanh tiến độ thi công.\n"
                        "b) Với tinh thần khẩn trương, quyết liệt, Sở Nội vụ theo dõi, đôn đốc việc thực hiện.\n",
                        doc_type="Thông báo", year=2025)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text[:18]) for t in tasks] == [
        (["các bộ, ngành, cơ quan chủ quản"], "khẩn trương có giả"), (["Sở Nội vụ"], "theo dõi, đôn đốc ")]


def test_an_item_that_tells_how_things_stand_is_no_job_of_the_lead_in_above_it():
    # (the same conclusions: "a) Hiện nay tổng khối lượng … khoảng 61% …" had been the job of "các bộ, ngành, địa
    # phương" above it)
    doc, tasks = _prose("III. NHIỆM VỤ TRỌNG TÂM\n1. Các bộ, ngành, địa phương tập trung thực hiện các nhiệm vụ sau:\n"
                        "a) Hiện nay tổng khối lượng hoàn thành của Dự án khoảng 61% trong khi thời gian còn lại của năm "
                        "2025 chỉ khoảng 2 tháng.\nb) Khẩn trương hoàn thiện hồ sơ các dự án.\n",
                        doc_type="Thông báo", year=2025)
    assert [(t.lead, t.text) for t in tasks] == [(["Các bộ, ngành, địa phương"], "Khẩn trương hoàn thiện hồ sơ các dự án")]


def test_the_attendees_a_notice_of_conclusions_lists_past_a_colon_are_no_units_with_jobs():
    # (Thông báo 627/TB-VPCP, 2025: "… lãnh đạo các Bộ, cơ quan là Ủy viên Ban Chỉ đạo:" / "Công an, Xây dựng, …" had
    # given "Công an" the job "Xây dựng, Tài chính, …")
    doc, tasks = _prose("Ngày 08 tháng 11 năm 2025, Thủ tướng Chính phủ chủ trì Phiên họp lần thứ 21 Ban Chỉ đạo. Tại điểm "
                        "cầu Trụ sở Chính phủ có Phó Thủ tướng Chính phủ Trần Hồng Hà; lãnh đạo các Bộ, cơ quan là Ủy "
                        "viên Ban Chỉ đạo:\nCông an, Xây dựng, Tài chính, Công Thương, Ngân hàng Nhà nước Việt Nam.\n\n"
                        "1. Bộ Xây dựng khẩn trương hoàn thiện hồ sơ dự án.\n", doc_type="Thông báo", year=2025)
    assert [(t.lead, t.text) for t in tasks] == [(["Bộ Xây dựng"], "khẩn trương hoàn thiện hồ sơ dự án")]


def test_a_lead_in_naming_the_units_above_and_their_remit_only_heads_its_items():
    # (Công điện 219/CĐ-TTg, 2025: "… các tỉnh, thành phố nêu trên theo chức năng, nhiệm vụ, thẩm quyền:" gives no job)
    doc, tasks = _prose("1. Bộ trưởng các Bộ: Quốc phòng, Công an và các Bộ, ngành có liên quan; Chủ tịch Ủy ban nhân "
                        "dân các tỉnh, thành phố nêu trên theo chức năng, nhiệm vụ, thẩm quyền:\n\n"
                        "a) Chủ động chỉ đạo triển khai công tác phòng, tránh, ứng phó với mưa lũ.\n\n"
                        "b) Tổ chức kiểm tra, rà soát các khu vực có nguy cơ sạt lở.\n", doc_type="Công điện", year=2025)
    _spans_hold(doc, tasks)
    units = ["Bộ Quốc phòng", "Bộ Công an", "các Bộ, ngành có liên quan", "Ủy ban nhân dân các tỉnh, thành phố"]
    assert [(t.lead, t.text[:25]) for t in tasks] == [(units, "Chủ động chỉ đạo triển kh"),
                                                      (units, "Tổ chức kiểm tra, rà soát")]


def test_a_conclusions_lead_in_naming_the_chair_and_his_title_is_no_task():
    # (Thông báo kết luận of the State Steering Committee for key transport projects, 2025: "kết luận" ends the head's
    # title, "Trưởng Ban Chỉ đạo", which once ran on over it and made the lead-in a job of its own)
    doc, tasks = _prose(
        "Sau khi nghe Bộ Xây dựng (cơ quan Thường trực Ban Chỉ đạo) báo cáo tổng hợp tình hình triển khai các công "
        "trình, dự án, ý kiến thảo luận của các đồng chí Thành viên Ban Chỉ đạo, Thủ tướng Chính phủ Phạm Minh Chính, "
        "Trưởng Ban Chỉ đạo kết luận như sau:\n\n1. Bộ Xây dựng khẩn trương hoàn thiện hồ sơ dự án, báo cáo Thủ tướng "
        "Chính phủ trước ngày 15/12/2025.\n", "Thông báo", year=2025)
    assert [(t.lead, t.text) for t in tasks] == [
        (["Bộ Xây dựng"], "khẩn trương hoàn thiện hồ sơ dự án, báo cáo Thủ tướng Chính phủ trước ngày 15/12/2025")]


def test_a_step_that_opens_on_the_decision_it_follows_and_hamlet_heads_are_tasks():
    # (Quyết định 3210/QĐ-UBND TP Hồ Chí Minh, 2014: a step of its procedure; the preamble's "Căn cứ Luật …;" above the
    # first heading stays no task)
    doc, tasks = _prose(
        "Căn cứ Quyết định số 22/2013/QĐ-TTg ngày 26 tháng 4 năm 2013 của Thủ tướng Chính phủ, Ủy ban nhân dân Thành "
        "phố ban hành Kế hoạch như sau:\n\n2. Trình tự, thời gian lập và phê duyệt danh sách hỗ trợ nhà ở\n\n"
        "Căn cứ Quyết định số 22/2013/QĐ-TTg, các thôn tổ chức phổ biến nội dung chính sách đến các đối tượng. "
        "Trưởng ấp, Tổ trưởng tổ dân phố hướng dẫn các đối tượng đủ điều kiện làm đơn đề nghị được hỗ trợ.\n\n"
        "Thời gian hoàn tất: trước ngày 27 tháng 6 năm 2014.\n", "Quyết định", year=2014)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text[:24], t.deadline.end) for t in tasks] == [
        (["các thôn"], "tổ chức phổ biến nội dun", "2014-06-27"),
        (["Trưởng ấp", "Tổ trưởng tổ dân phố"], "hướng dẫn các đối tượng ", "2014-06-27")]


def test_the_duties_article_of_a_decision_on_a_bodys_remit_gives_that_body_its_jobs():
    # (Quyết định 13/2025/QĐ-UBND Hà Nội: the article names no body; the title does)
    text = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 13/2025/QĐ-UBND\n\nHà Nội, ngày 28 tháng 02 năm 2025\n\n"
            "QUYẾT ĐỊNH\n\nVề việc quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Dân tộc và Tôn giáo "
            "thành phố Hà Nội\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Vị trí và chức năng\n\n1. Sở Dân tộc và Tôn giáo thành phố Hà Nội "
            "là cơ quan chuyên môn thuộc Ủy ban nhân dân Thành phố.\n\nĐiều 2. Nhiệm vụ và quyền hạn\n\n"
            "1. Trình Chủ tịch Ủy ban nhân dân Thành phố dự thảo các văn bản thuộc thẩm quyền theo phân công.\n\n"
            "2. Phối hợp với Sở Nội vụ thực hiện đào tạo, bồi dưỡng đội ngũ công chức dân tộc thiểu số.\n")
    tasks = _read_tasks(text, 2025)
    assert [(t.lead, t.coordinators, t.text[:20]) for t in tasks] == [
        (["Sở Dân tộc và Tôn giáo thành phố Hà Nội"], [], "Trình Chủ tịch Ủy ba"),
        (["Sở Dân tộc và Tôn giáo thành phố Hà Nội"], ["Sở Nội vụ"], "Phối hợp với Sở Nội ")]


def test_a_step_for_when_a_list_needs_changing_is_a_job():
    # (Quyết định of UBND thành phố Hà Nội on prices, 2025: the procedure's case, not the closing condition)
    doc, tasks = _prose("Điều 4. Bình ổn giá\n\n1. Điều chỉnh Danh mục hàng hóa, dịch vụ bình ổn giá:\n\n"
                        "Trường hợp cần thiết điều chỉnh Danh mục hàng hóa, dịch vụ bình ổn giá, Sở quản lý ngành, lĩnh "
                        "vực chuẩn bị hồ sơ đề nghị điều chỉnh Danh mục, gửi Sở Tài chính tổng hợp.\n",
                        "Quyết định", year=2025)
    _spans_hold(doc, tasks)
    assert [t.lead for t in tasks] == [["Sở quản lý ngành, lĩnh vực"]]


def test_points_of_a_point_under_a_heading_of_what_bodies_answer_for_give_their_own_units():
    # (Quyết định of UBND thành phố Hà Nội on prices, 2025: the heading names no unit, "trong việc …" says for what;
    # the data a job records are listed under it, no jobs)
    doc, tasks = _prose(
        "2. Trách nhiệm của các cơ quan nhà nước trong việc thực hiện bình ổn giá:\n\n"
        "b) Việc thực hiện bình ổn giá trong trường hợp quy định tại điểm a khoản 2 Điều 18 của Luật Giá\n\n"
        "b1) Đối với việc bình ổn giá trên phạm vi cả nước, Sở quản lý ngành, lĩnh vực có trách nhiệm tham mưu Ủy ban "
        "nhân dân Thành phố tổ chức thực hiện bình ổn giá.\n\n"
        "3. Cập nhật thông tin dữ liệu vào Cơ sở dữ liệu về giá của Thành phố:\n\n"
        "a) Các cơ quan, tổ chức chịu trách nhiệm cập nhật các thông tin, dữ liệu sau vào Cơ sở dữ liệu về giá của "
        "Thành phố:\n\na1) Giá tính lệ phí trước bạ do các cơ quan, tổ chức chủ trì tham mưu ban hành;\n\n"
        "a2) Thông báo kết quả thẩm định giá của Hội đồng thẩm định giá.\n"
        "4. Trách nhiệm của các cơ quan nhà nước trong việc thực hiện bình ổn giá:\n\n"
        "a) Tham mưu Ủy ban nhân dân Thành phố tổ chức thực hiện bình ổn giá.\n", "Quyết định", year=2025)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text[:30]) for t in tasks] == [
        (["Sở quản lý ngành, lĩnh vực"], "Đối với việc bình ổn giá trên "),
        (["Các cơ quan, tổ chức"], "cập nhật các thông tin, dữ liệ")]


def test_what_the_issuer_itself_decides_in_its_list_is_no_task():
    # (Nghị quyết 1654/NQ-UBTVQH15, 2025: the communes it merges; a job it gives stays one)
    text = ("ỦY BAN THƯỜNG VỤ QUỐC HỘI\n\nSố: 1654/NQ-UBTVQH15\n\nHà Nội, ngày 16 tháng 6 năm 2025\n\nNGHỊ QUYẾT\n\n"
            "VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ CỦA TỈNH AN GIANG NĂM 2025\n\nQUYẾT NGHỊ:\n\n"
            "Điều 1. Sắp xếp các đơn vị hành chính cấp xã của tỉnh An Giang\n\n"
            "Trên cơ sở Đề án số 395/ĐA-CP ngày 09 tháng 5 năm 2025 của Chính phủ, Ủy ban Thường vụ Quốc hội quyết định "
            "sắp xếp để thành lập các đơn vị hành chính cấp xã của tỉnh An Giang như sau:\n\n"
            "1. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của thị trấn An Phú và xã Vĩnh Hội Đông thành xã mới "
            "có tên gọi là xã An Phú.\n\n"
            "Điều 3. Tổ chức thực hiện\n\n1. Chính phủ, Hội đồng nhân dân, Ủy ban nhân dân tỉnh An Giang tổ chức triển "
            "khai thực hiện việc sắp xếp đơn vị hành chính cấp xã.\n")
    tasks = _read_tasks(text, 2025)
    assert [(t.lead, t.text[:20]) for t in tasks] == [
        (["Chính phủ", "Hội đồng nhân dân", "Ủy ban nhân dân tỉnh An Giang"], "tổ chức triển khai t")]


def test_a_power_the_issuer_keeps_is_no_task():
    # (Quyết định of UBND tỉnh Lai Châu on delegation, 2025; a job it gives in the same article stays one)
    text = ("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\nSố: 12/2025/QĐ-UBND\n\nLai Châu, ngày 10 tháng 3 năm 2025\n\nQUYẾT ĐỊNH\n\n"
            "Về việc phân cấp thẩm quyền\n\nQUYẾT ĐỊNH:\n\nĐiều 3. Tổ chức thực hiện\n\n"
            "1. Trong trường hợp cần thiết, UBND tỉnh trực tiếp quyết định các nội dung đã phân cấp cho Chủ tịch UBND "
            "cấp xã tại Quyết định này.\n\n2. Sở Nội vụ hướng dẫn, kiểm tra việc thực hiện Quyết định này.\n")
    tasks = _read_tasks(text, 2025)
    assert [(t.lead, t.text[:20]) for t in tasks] == [(["Sở Nội vụ"], "hướng dẫn, kiểm tra ")]


def test_the_reports_a_council_considers_are_its_one_job():
    # (Nghị quyết of HĐND tỉnh Bình Dương on its supervision programme for 2018)
    doc, tasks = _prose("Điều 1. Quyết định chương trình giám sát của Hội đồng nhân dân tỉnh năm 2018, bao gồm các nội "
                        "dung sau đây:\n1. Hội đồng nhân dân xem xét các báo cáo sau đây:\n"
                        "- Báo cáo công tác 06 tháng, cả năm của Thường trực HĐND tỉnh, Ủy ban nhân dân tỉnh.\n"
                        "- Các báo cáo khác theo đề nghị của Thường trực HĐND tỉnh.\n", "Nghị quyết", year=2017)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text) for t in tasks] == [(["Hội đồng nhân dân"], "xem xét các báo cáo sau đây")]


def test_a_period_that_ends_a_projects_name_does_not_cut_the_job():
    # (Chỉ thị 11/CT-TTg, 2020: the deadline after the ";" is the job's)
    doc, tasks = _prose("6. Bộ Giao thông vận tải khẩn trương hoàn thiện thủ tục đầu tư xây dựng một số đoạn trên tuyến "
                        "đường bộ cao tốc Bắc - Nam phía Đông giai đoạn 2017 - 2020; xem xét việc áp dụng hình thức chỉ "
                        "định thầu, báo cáo Chính phủ trước ngày 15 tháng 3 năm 2020.\n", "Chỉ thị", year=2020)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.deadline.end) for t in tasks] == [(["Bộ Giao thông vận tải"], "2020-03-15")]


def test_a_request_for_the_tasks_below_takes_plain_paragraphs_under_topic_headings():
    # (Nghị quyết of the National Assembly on the 2025 growth target: no markers on the jobs, numbered topics over them)
    doc, tasks = _prose(
        "Điều 2. Nhiệm vụ và giải pháp chủ yếu\n\nQuốc hội cơ bản tán thành các nhiệm vụ, giải pháp do Chính phủ kiến "
        "nghị, đồng thời, đề nghị Chính phủ và các cơ quan liên quan tập trung thực hiện các nhiệm vụ và giải pháp chủ "
        "yếu sau đây:\n\n2.1. Đẩy mạnh hoàn thiện thể chế, pháp luật\n\nKhẩn trương triển khai luật, nghị quyết của "
        "Quốc hội đã được thông qua.\n\n2.2. Tập trung nguồn lực hoàn thiện kết cấu hạ tầng\n\nĐẩy nhanh giải ngân vốn "
        "đầu tư công.\n", "Nghị quyết", year=2025)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text[:20]) for t in tasks] == [
        (["Chính phủ", "các cơ quan liên quan"], "Khẩn trương triển kh"),
        (["Chính phủ", "các cơ quan liên quan"], "Đẩy nhanh giải ngân ")]


def test_the_parts_under_a_request_of_bodies_are_what_it_asks():
    # (Chỉ thị 11/CT-TTg, 2020: the request, then "I. TINH THẦN CHỈ ĐẠO HÀNH ĐỘNG" / "1. Quán triệt …", "II. …")
    doc, tasks = _prose("Thủ tướng Chính phủ yêu cầu các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, Chủ tịch Ủy ban nhân "
                        "dân các tỉnh, thành phố trực thuộc Trung ương:\n\nI. TINH THẦN CHỈ ĐẠO HÀNH ĐỘNG\n\n1. Quán "
                        "triệt sâu sắc tinh thần chỉ đạo của Ban Bí thư.\n\nII. NHIỆM VỤ, GIẢI PHÁP CỤ THỂ\n\n1. Tập "
                        "trung thực hiện nhiệm vụ kép.\n\n2. Bộ Kế hoạch và Đầu tư chủ trì xây dựng Nghị quyết.\n",
                        "Chỉ thị", year=2020)
    _spans_hold(doc, tasks)
    asked = ["Các Bộ, cơ quan ngang Bộ", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]
    assert [(t.lead, t.text[:12]) for t in tasks] == [
        (asked, "Quán triệt s"), (asked, "Tập trung th"), (["Bộ Kế hoạch và Đầu tư"], "xây dựng Ngh")]


def test_a_request_that_also_calls_on_others_still_asks_its_bodies():
    # (Chỉ thị 11/CT-TTg, 2020: "… và đề nghị cộng đồng doanh nghiệp, nhân dân cả nước:" closes the request)
    doc, tasks = _prose("Thủ tướng Chính phủ yêu cầu các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, Chủ tịch Ủy ban nhân "
                        "dân các tỉnh, thành phố trực thuộc Trung ương (sau đây gọi tắt là các bộ, cơ quan trung ương và "
                        "địa phương) và đề nghị cộng đồng doanh nghiệp, nhân dân cả nước:\n\n1. Quán triệt sâu sắc tinh "
                        "thần chỉ đạo của Ban Bí thư.\n", "Chỉ thị", year=2020)
    _spans_hold(doc, tasks)
    assert [(t.lead, t.text[:12]) for t in tasks] == [
        (["Các Bộ, cơ quan ngang Bộ", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"], "Quán triệt s")]
