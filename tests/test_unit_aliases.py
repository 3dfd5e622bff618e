"""A short name the document defines for a unit is written in full in its tasks."""
from extractors.tasks import find_tasks
from extractors.unit_aliases import established_body_aliases, find_unit_aliases
from pipeline.document import build_document
from pipeline.normalize import normalize_text
from pipeline.txt_layout import layout_text
from pipeline.readers import read_document

DECISION = """QUYẾT ĐỊNH

Điều 1. Thành lập Ban Quản lý Khu kinh tế mở Chu Lai thành phố Đà Nẵng trên cơ sở tổ chức lại Ban Quản lý
các Khu công nghiệp và Khu kinh tế.

1. Ban Quản lý Khu kinh tế mở Chu Lai thành phố Đà Nẵng (sau đây gọi tắt là Ban Quản lý) là cơ quan hành
chính thuộc Ủy ban nhân dân thành phố.

2. Ban Quản lý có trách nhiệm trình Ủy ban nhân dân thành phố quy định cụ thể chức năng, nhiệm vụ, quyền
hạn và cơ cấu tổ chức, phối hợp với Sở Nội vụ.

3. Sở Nội vụ chủ trì, phối hợp với Ban Quản lý hướng dẫn việc sắp xếp công chức, viên chức.

4. Trưởng ban Ban Quản lý ký hợp đồng lao động theo quy định.
"""


def _tasks(text):
    doc = build_document(layout_text(normalize_text(text)), "txt")
    return find_tasks(doc, 2025, "Quyết định")


def test_a_defined_short_name_is_written_in_full_as_lead_and_coordinator():
    tasks = _tasks(DECISION)
    full = "Ban Quản lý Khu kinh tế mở Chu Lai thành phố Đà Nẵng"
    assert [(t.lead, t.coordinators) for t in tasks] == [
        ([full], ["Sở Nội vụ"]),
        (["Sở Nội vụ"], [full]),
        ([f"Trưởng ban {full}"], []),  # the short name after its head's title
    ]


def test_a_short_name_for_a_group_is_not_taken():
    # The guidelines keep a group as written; "UBND cấp xã" is no shortening of the name before it.
    assert find_unit_aliases(["Ủy ban nhân dân các xã, phường (sau đây gọi tắt là UBND cấp xã) tổ chức thực hiện."]) == {}


def test_a_short_name_for_a_document_is_not_a_unit():
    assert find_unit_aliases(["Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị "
                              "(sau đây gọi tắt là Nghị quyết số 57-NQ/TW), Ủy ban nhân dân tỉnh ban hành"]) == {}


def test_the_body_a_document_makes_a_committees_standing_body_does_its_jobs():
    # "Sở Nội vụ là cơ quan thường trực của Ban Chỉ đạo" (or "Cơ quan thường trực: Sở Nội vụ"), then "Cơ quan thường
    # trực Ban Chỉ đạo có trách nhiệm …": the jobs are Sở Nội vụ's, as `vnplan tasks --unit "Sở Nội vụ"` should find
    rules = ("Điều 3. Bộ máy giúp việc\n\nSở Nội vụ là cơ quan thường trực của Ban Chỉ đạo cải cách hành chính tỉnh.\n\n"
             "Điều 4. Trách nhiệm\n\n1. Cơ quan thường trực Ban Chỉ đạo có trách nhiệm tổng hợp, báo cáo kết quả.\n\n"
             "2. Cơ quan thường trực có trách nhiệm chuẩn bị nội dung các cuộc họp của Ban Chỉ đạo.\n")
    assert [t.lead for t in _tasks(rules)] == [["Sở Nội vụ"], ["Sở Nội vụ"]]
    assert find_unit_aliases(["Cơ quan thường trực: Văn phòng Ủy ban nhân dân tỉnh."]) == {
        "cơ quan thường trực": "Văn phòng Ủy ban nhân dân tỉnh"}
    # a role the text never gives to a named body stays as written
    assert [t.lead for t in _tasks(rules.split("Điều 4.")[1])] == [["Cơ quan thường trực Ban Chỉ đạo"],
                                                                     ["Cơ quan thường trực"]]


def test_a_bracketed_abbreviation_after_a_units_name_is_its_short_form():
    # (Công văn 778/TCHQ-GSQL, 2017; a bracket with no abbreviation, or naming something else, is no short form)
    text = ("III. Cục Hải quan TP. Hồ Chí Minh hướng dẫn Chi cục Hải quan cửa khẩu cảng Sài Gòn khu vực 1 (Chi cục HQCK "
            "cảng SGKV 1) thực hiện nội dung sau:\n"
            "a) Chi cục HQCK cảng SGKV 1 rà soát, xác định các container có nhiều tờ khai.\n"
            "b) Chi cục Hải quan nơi đăng ký tờ khai (nơi đi):\n"
            "- Hướng dẫn người khai khai báo thông tin tờ khai vận chuyển độc lập lên Hệ thống.\n")
    tasks = _tasks(text)
    assert [t.lead for t in tasks] == [["Chi cục Hải quan cửa khẩu cảng Sài Gòn khu vực 1"],
                                       ["Chi cục Hải quan nơi đăng ký tờ khai (nơi đi)"]]
    assert find_unit_aliases(["Sở Tài chính (cơ quan thường trực) chủ trì.", "Sở Y tế (SYT) chủ trì."]) == {}


def test_the_body_a_regulation_organizes_is_named_in_full_where_its_head_word_stands_for_it():
    # (Quyết định of the Prime Minister issuing the regulation of the National Medical Council: "Hội đồng", "Chủ tịch
    # Hội đồng", "Văn phòng Hội đồng" in its articles mean that council)
    tasks = _tasks("QUYẾT ĐỊNH\nBan hành Quy chế tổ chức và hoạt động của Hội đồng Y khoa Quốc gia\n\n"
                   "Điều 5. Nhiệm vụ của Chủ tịch Hội đồng\n"
                   "1. Ban hành Kế hoạch hoạt động hằng năm và theo giai đoạn của Hội đồng.\n\n"
                   "Điều 9. Văn phòng Hội đồng\n"
                   "Văn phòng Hội đồng có trách nhiệm trình Chủ tịch Hội đồng phương án nhân sự của Hội đồng.\n")
    assert [t.lead for t in tasks] == [["Chủ tịch Hội đồng Y khoa Quốc gia"], ["Văn phòng Hội đồng Y khoa Quốc gia"]]


def test_a_body_called_for_short_without_sau_day_is_named_in_full_and_its_members_list_gives_no_jobs():
    """(Quyết định 798/QĐ-TTg, 2026) "Kiện toàn Ban Chỉ đạo Trung ương về cải cách chính sách tiền lương, bảo hiểm xã
    hội và ưu đãi người có công (gọi tắt là Ban Chỉ đạo)": the whole name up to the bracket, which the unit reader
    alone would cut at "về"; the members listed under "2. Phó Trưởng ban …:" are people, not jobs."""
    text = ("QUYẾT ĐỊNH\n\nĐiều 1. Kiện toàn Ban Chỉ đạo Trung ương về cải cách chính sách tiền lương, bảo hiểm xã hội "
            "và ưu đãi người có công (gọi tắt là Ban Chỉ đạo), gồm các thành viên sau đây:\n"
            "1. Trưởng ban Chỉ đạo Trung ương: Phó Thủ tướng Chính phủ Phạm Thị Thanh Trà.\n"
            "2. Phó Trưởng ban Chỉ đạo Trung ương:\n- Bộ trưởng Bộ Nội vụ, Phó Trưởng ban thường trực;\n"
            "- Bộ trưởng Bộ Tài chính.\n\nĐiều 2. Nhiệm vụ của Ban Chỉ đạo\n"
            "1. Nghiên cứu, xây dựng Đề án về cải cách chính sách tiền lương, trình Bộ Chính trị.\n")
    full = "Ban Chỉ đạo Trung ương về cải cách chính sách tiền lương, bảo hiểm xã hội và ưu đãi người có công"
    assert find_unit_aliases([text.split("\n")[2]]) == {"ban chỉ đạo": full}
    assert [(t.lead, t.text[:30]) for t in _tasks(text)] == [([full], "Nghiên cứu, xây dựng Đề án về ")]


def test_the_committee_a_plan_sets_up_is_what_its_bare_head_word_names():
    # (Quyết định 3210/QĐ-UBND TP Hồ Chí Minh, 2014); two committees of one kind leave the head word as it is
    text = ("2.1.a. Thành lập Ban Chỉ đạo thực hiện hỗ trợ nhà ở cho người có công với cách mạng:\n\n"
            "Ủy ban nhân dân xã, phường, thị trấn thành lập Ban Chỉ đạo thực hiện hỗ trợ nhà ở cho người có công với "
            "cách mạng, gồm đại diện chính quyền cấp xã.\n\n2.2. Bước 2: Kiểm tra hiện trạng nhà ở.\n\n"
            "Ban Chỉ đạo thực hiện hỗ trợ nhà ở cho người có công với cách mạng tổ chức kiểm tra hiện trạng nhà ở.\n")
    [task] = [t for t in find_tasks(read_document("qd.txt", text.encode()), 2014, "Quyết định")
              if "kiểm tra hiện trạng" in t.text]
    assert task.lead == ["Ban Chỉ đạo thực hiện hỗ trợ nhà ở cho người có công với cách mạng"]
    assert established_body_aliases("thành lập Ban Chỉ đạo A ở xã, … thành lập Ban Chỉ đạo B ở huyện.") == {}
