from pipeline.document import RawBlock, build_document
from pipeline.normalize import normalize_text
from pipeline.reflow import reflow
from pipeline.txt_layout import layout_text


def _doc(text: str):
    return build_document(layout_text(normalize_text(text)), "txt")


def test_hard_wrapped_lines_are_joined_and_paragraph_starts_kept():
    text = ("Căn cứ Nghị quyết số 30c/NQ-CP\nngày 08 tháng 11 năm 2011 của Chính phủ ban hành Chương trình tổng thể\n"
            "cải cách hành chính nhà nước giai đoạn 2011-2020;\nCăn cứ Quyết định số\n3377/QĐ-UBND ngày 14 tháng 12 năm 2011;\n"
            "Xét đề nghị của Giám đốc Sở Nội\nvụ tại Công văn số 2947/SNV-CCHC,")
    assert reflow(normalize_text(text)) == [
        "Căn cứ Nghị quyết số 30c/NQ-CP ngày 08 tháng 11 năm 2011 của Chính phủ ban hành Chương trình tổng thể "
        "cải cách hành chính nhà nước giai đoạn 2011-2020;",
        "Căn cứ Quyết định số 3377/QĐ-UBND ngày 14 tháng 12 năm 2011;",
        "Xét đề nghị của Giám đốc Sở Nội vụ tại Công văn số 2947/SNV-CCHC,",
    ]


def test_lettered_items_a_copy_ran_together_are_split_at_the_next_letter():
    text = ("2. Lễ tang được tổ chức tại nhà phải thực hiện các quy định sau:\n"
            "a) Lễ tang phải được tổ chức\nchu đáo, trang nghiêm, tiết kiệm. b) Ủy ban nhân dân cấp xã có trách\n"
            "nhiệm tạo điều kiện thuận lợi cho việc tổ chức lễ tang; e) không phải một mục.\n"
            "e) Cấm rải tiền trên đường đưa tang. f) Người qua đời phải được chôn cất trong nghĩa trang.\n"
            "d) Theo quy định tại điểm a. b) của khoản này: không tách.")
    assert reflow(normalize_text(text)) == [
        "2. Lễ tang được tổ chức tại nhà phải thực hiện các quy định sau:",
        "a) Lễ tang phải được tổ chức chu đáo, trang nghiêm, tiết kiệm.",
        "b) Ủy ban nhân dân cấp xã có trách nhiệm tạo điều kiện thuận lợi cho việc tổ chức lễ tang; e) không phải một "
        "mục.",  # (not the letter after b, nor a capital after it)
        "e) Cấm rải tiền trên đường đưa tang.",  # the Latin order after e …
        "f) Người qua đời phải được chôn cất trong nghĩa trang.",
        "d) Theo quy định tại điểm a. b) của khoản này: không tách.",  # (… nor a letter that is not the next)
    ]


def test_number_broken_at_its_hyphen_is_rejoined_without_space():
    text = "Thực hiện Kế hoạch số 09/KH-\nLĐTBXH ngày 27/01/2021 của Sở về kiểm soát thủ tục hành chính năm 2021"
    assert reflow(text) == ["Thực hiện Kế hoạch số 09/KH-LĐTBXH ngày 27/01/2021 của Sở về kiểm soát thủ tục hành chính năm 2021"]


def test_a_dashed_name_wrapped_at_its_dash_is_rejoined():
    text = ("- Sở Nội vụ phối hợp với các Sở: Tài chính, Lao động\n- Thương binh và Xã hội xây dựng Đề án\n"
            "- Sở Tài chính thẩm định")
    assert reflow(text) == ["- Sở Nội vụ phối hợp với các Sở: Tài chính, Lao động - Thương binh và Xã hội xây dựng Đề án",
                            "- Sở Tài chính thẩm định"]


def test_a_heading_of_standing_members_wrapped_before_its_body_is_rejoined():
    # (Nghị quyết HĐND tỉnh Hà Giang, 2017, as a site wrapped it)
    text = ("Điều 3. Hội\nđồng nhân dân tỉnh giao:\n1. Thường trực\nHội đồng nhân dân tỉnh:\na) Căn cứ Chương trình "
            "giám sát của\nHội đồng nhân dân tỉnh năm 2018 xây dựng Kế hoạch tổ chức thực hiện.")
    assert reflow(text) == ["Điều 3. Hội đồng nhân dân tỉnh giao:", "1. Thường trực Hội đồng nhân dân tỉnh:",
                            "a) Căn cứ Chương trình giám sát của Hội đồng nhân dân tỉnh năm 2018 xây dựng Kế hoạch tổ "
                            "chức thực hiện."]


def test_a_copy_that_keeps_each_paragraph_on_one_line_breaks_at_every_line_before_a_capital():
    body = ("Ban chỉ đạo Chương trình được thành lập theo Quyết định số 2226/QĐ-BNN-TCCB ngày 30/9/2013 của Bộ trưởng "
            "Bộ Nông nghiệp và Phát triển nông thôn để giúp Bộ trưởng chỉ đạo, thực hiện Chương trình theo đúng mục tiêu.")
    text = "\n".join(["Điều 6. Quy định chung", body, body, "Điều 7. Nhiệm vụ của Ban chỉ đạo Chương trình", body])
    assert reflow(text) == ["Điều 6. Quy định chung", body, body, "Điều 7. Nhiệm vụ của Ban chỉ đạo Chương trình", body]


def test_a_letter_of_short_headings_whose_long_paragraphs_are_each_on_one_line_is_not_wrapped():
    """(Công văn 1906/SGDĐT-CTrTT of Đà Nẵng's education department, 2020: most lines are short headings and items, so
    the typical line is short, but its paragraphs run to 300 characters on one line.) A heading ending on an
    abbreviation is not joined to the paragraph under it."""
    paragraph = ("Thủ trưởng các đơn vị, trường học có trách nhiệm quán triệt, triển khai thực hiện nghiêm túc Chỉ thị số "
                 "19/CT-TTg ngày 24/4/2020 của Thủ tướng Chính phủ về tiếp tục thực hiện các biện pháp phòng, chống dịch "
                 "trong tình hình mới.")
    lines = ["Kính gửi:", "Phòng giáo dục và đào tạo các quận, huyện;", "Các trường, trung tâm trực thuộc Sở;",
             "2. Về thực hiện các biện pháp phòng, chống dịch COVID-19", paragraph, "3. Công tác theo dõi, báo cáo",
             paragraph, "4. Đối với các trường đại học ngoài công lập", paragraph, "5. Đối với các trung tâm", paragraph]
    assert reflow("\n".join(lines)) == lines
    # the same paragraphs wrapped at 80 characters are joined again
    words = paragraph.split(" ")
    wrapped = [" ".join(words[:14]), " ".join(words[14:28]), " ".join(words[28:])]
    assert reflow("\n".join(lines[:3] + ["3. Công tác theo dõi, báo cáo:"] + wrapped * 4)) == \
        lines[:3] + ["3. Công tác theo dõi, báo cáo:"] + [paragraph] * 4


def test_a_full_line_ending_a_sentence_goes_on_where_blank_lines_set_paragraphs_apart():
    """In a copy whose paragraphs are set apart by blank lines, a sentence that ends a full line does not end its
    paragraph; a short last line does; and a text without blank lines keeps reading a sentence end as a break."""
    filler = "".join(f"{n}. Sở Nội vụ chủ trì tham mưu Ủy ban nhân dân tỉnh ban hành kế hoạch số {n}.\n\n"
                     for n in range(1, 11))
    paragraph = ("Nắm tình hình, tham mưu giải quyết các vấn đề liên quan đến tín ngưỡng, tôn giáo ngay từ cơ sở.\n"
                 "Tham mưu chỉ đạo, hướng dẫn, tổ chức thực hiện công tác đấu tranh, ngăn chặn hoạt động lợi dụng\n"
                 "tín ngưỡng, tôn giáo trên địa bàn tỉnh.\n"
                 "Báo cáo kết quả.\n")
    assert reflow(filler + paragraph)[-2:] == [
        "Nắm tình hình, tham mưu giải quyết các vấn đề liên quan đến tín ngưỡng, tôn giáo ngay từ cơ sở. Tham mưu chỉ "
        "đạo, hướng dẫn, tổ chức thực hiện công tác đấu tranh, ngăn chặn hoạt động lợi dụng tín ngưỡng, tôn giáo trên "
        "địa bàn tỉnh.",
        "Báo cáo kết quả.",
    ]
    assert len(reflow(filler.replace("\n\n", "\n") + paragraph)) == 10 + 3


def test_department_names_wrapped_after_their_heading_colon_are_rejoined():
    text = ("2. Trách nhiệm của các Sở:\nXây dựng, Tài chính, Nội vụ.\n\n"
            "a) Chủ trì, phối hợp với UBND cấp xã tham mưu.")
    assert reflow(text) == ["2. Trách nhiệm của các Sở: Xây dựng, Tài chính, Nội vụ.",
                            "a) Chủ trì, phối hợp với UBND cấp xã tham mưu."]


def test_a_letters_first_sentence_starts_on_the_line_after_its_addressees():
    text = ("Kính gửi: Ủy\nban nhân dân các tỉnh, thành phố trực thuộc trung ương\nThực hiện Nghị định số 94/2022/NĐ-CP "
            "ngày 07/11/2022 của Chính phủ, Bộ Tài chính đề nghị:")
    assert reflow(text) == ["Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
                            "Thực hiện Nghị định số 94/2022/NĐ-CP ngày 07/11/2022 của Chính phủ, Bộ Tài chính đề nghị:"]
    reply = "Kính gửi: Sở Công Thương tỉnh Quảng Ngãi\nTrả lời văn bản số 123/SCT-QLTM ngày 10/3/2026 của Sở, Cục Hóa chất có ý kiến:"
    assert reflow(reply) == ["Kính gửi: Sở Công Thương tỉnh Quảng Ngãi",
                             "Trả lời văn bản số 123/SCT-QLTM ngày 10/3/2026 của Sở, Cục Hóa chất có ý kiến:"]


def test_a_numbered_line_ending_on_a_preposition_runs_on():
    assert reflow("1.1. Chịu trách nhiệm trước\nBộ Chính trị, Ban Bí thư về các nội dung, quyết định của mình trong công "
                  "tác cán bộ được phân cấp, ủy quyền.") == [
        "1.1. Chịu trách nhiệm trước Bộ Chính trị, Ban Bí thư về các nội dung, quyết định của mình trong công tác cán "
        "bộ được phân cấp, ủy quyền."]


def test_sentence_cut_by_a_blank_line_is_rejoined():
    text = ("- Tổ chức việc tiếp nhận hồ sơ tại Trung tâm theo Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của\n\n"
            "Chính phủ về thực hiện cơ chế một cửa.\n\n- Niêm yết công khai nội dung hướng dẫn.")
    assert reflow(text) == [
        "- Tổ chức việc tiếp nhận hồ sơ tại Trung tâm theo Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của "
        "Chính phủ về thực hiện cơ chế một cửa.",
        "- Niêm yết công khai nội dung hướng dẫn.",
    ]

    # a short numbered line cut after "các" is no heading (Công điện 119/CĐ-TTg, 2024); a numbered heading stays one
    text = ("7. Bộ Quốc phòng tiếp tục chỉ đạo các đơn vị chức năng tăng cường các\n\n"
            "biện pháp quản lý nhà nước về bảo vệ chủ quyền quốc gia trên không gian mạng.\n\n"
            "8. Nhiệm vụ của các sở, ngành và địa phương\n\nmột số nội dung đã được giao.")
    assert reflow(text) == [
        "7. Bộ Quốc phòng tiếp tục chỉ đạo các đơn vị chức năng tăng cường các biện pháp quản lý nhà nước về bảo vệ "
        "chủ quyền quốc gia trên không gian mạng.",
        "8. Nhiệm vụ của các sở, ngành và địa phương", "một số nội dung đã được giao."]


def test_headings_and_list_items_are_told_apart(seed_text):
    doc = _doc(seed_text)
    kinds = {b.text: b.kind for b in doc.blocks if b.kind != "table"}
    assert kinds["QUYẾT ĐỊNH"] == "heading"
    assert kinds["I. Mục tiêu trọng tâm năm 2018"] == "heading"
    assert kinds["- Các phân hệ cơ sở dữ liệu tổng hợp."] == "list_item"
    assert "-------" not in kinds  # decorative rules under the header are dropped


def test_pipe_line_table_is_rebuilt_with_header_section_rows_and_cells(seed_text):
    doc = _doc(seed_text)
    table = next(b for b in doc.blocks if b.kind == "table")
    header = [c.text for c in table.rows[0]]
    assert header == ["TT", "Nhiệm vụ", "Sản phẩm", "Tiến độ", "Phân công và cách thức thực hiện"]
    assert [c.text for c in table.rows[1]] == ["I", "CẢI CÁCH THỂ CHẾ"]
    row = [c.text for c in table.rows[3]]
    assert row[0] == "2" and row[3] == "Quý I/2018"
    assert row[2] == "Quyết định của UBND tỉnh ban hành Quy chế"
    assert row[4].startswith("Sở Kế hoạch và Đầu tư chủ trì phối hợp với các sở, ngành, địa phương")
    # every data row has the five columns; offsets point into the document text
    assert all(len(r) == 5 for r in table.rows if r[0].text.isdigit())
    for r in table.rows:
        for cell in r:
            assert doc.text[cell.start:cell.end] == cell.text


def test_multi_item_cell_keeps_one_line_per_item(seed_text):
    doc = _doc(seed_text)
    table = next(b for b in doc.blocks if b.kind == "table")
    row7 = next(r for r in table.rows if r[0].text == "7")
    assert row7[4].text.split("\n") == [
        "- Các Sở: Giáo dục và Đào tạo, Y tế, Lao động - Thương binh và Xã hội, Văn hóa và Thể thao xây dựng "
        "và trình UBND tỉnh Đề án.",
        "- Sở Kế hoạch và Đầu tư tổng hợp, đôn đốc.",
        "- Các Sở: Tài chính, Nội vụ phối hợp với Sở Kế hoạch và Đầu tư thẩm định.",
    ]


def test_rows_closed_by_an_empty_cell_and_markdown_tables():
    pipe = ("Phụ lục\n|\n**STT**\n|\n**Nhiệm vụ**\n|\n**Cơ quan chủ trì\nthực hiện**\n|\n**Thời hạn hoàn\nthành**\n|\n|\n"
            "1.\n|\nRà soát các quy định pháp luật\n|\nCác bộ, ngành\n|\n30/06/2025\n|\n|\n"
            "2.\n|\nXây dựng Luật Thuế thu nhập cá nhân\n|\nBộ Tài chính\n|\n31/05/2025\n|\n|\n")
    table = next(b for b in _doc(pipe).blocks if b.kind == "table")
    assert [[c.text for c in r] for r in table.rows] == [
        ["STT", "Nhiệm vụ", "Cơ quan chủ trì thực hiện", "Thời hạn hoàn thành"],
        ["1.", "Rà soát các quy định pháp luật", "Các bộ, ngành", "30/06/2025"],
        ["2.", "Xây dựng Luật Thuế thu nhập cá nhân", "Bộ Tài chính", "31/05/2025"],
    ]
    markdown = "| TT | Nhiệm vụ | Tiến độ |\n|---|---|---|\n| 1 | Xây dựng Quy chế | Quý I/2018 |"
    table = next(b for b in _doc(markdown).blocks if b.kind == "table")
    assert [[c.text for c in r] for r in table.rows] == [["TT", "Nhiệm vụ", "Tiến độ"], ["1", "Xây dựng Quy chế", "Quý I/2018"]]


def test_rows_without_outer_bars_from_a_header_row_on_are_a_table():
    text = ("(Một số nhiệm vụ trọng tâm thực hiện có Phụ lục kèm theo) | (chỉ một dấu)\n"
            "TT | Tên nhiệm vụ | Sở, ngành chủ trì tham mưu | Đơn vị phối hợp thực hiện | Thời gian thực hiện | Ghi chú\n"
            " | (1) | (2) | (3) | (4) | (5)\n"
            "10 | Kiểm tra, đối chiếu khối lượng khoáng sản kê khai | Thuế tỉnh | Các Sở, ban, ngành | Hàng năm | \n"
            "Nơi nhận: - Như trên | - Lưu: VT.\n")
    doc = _doc(text)
    assert [b.kind for b in doc.blocks] == ["paragraph", "table", "paragraph"]
    assert [[c.text for c in r] for r in doc.blocks[1].rows] == [
        ["TT", "Tên nhiệm vụ", "Sở, ngành chủ trì tham mưu", "Đơn vị phối hợp thực hiện", "Thời gian thực hiện", "Ghi chú"],
        ["", "(1)", "(2)", "(3)", "(4)", "(5)"],
        ["10", "Kiểm tra, đối chiếu khối lượng khoáng sản kê khai", "Thuế tỉnh", "Các Sở, ban, ngành", "Hàng năm", ""],
    ]


def test_section_title_merged_across_a_row_and_letter_row_numbers():
    pipe = ("|\n**STT**\n|\n**Tên nhiệm vụ**\n|\n**Cơ quan chủ trì**\n|\n**Thời gian hoàn thành**\n|\n|\n"
            "**I.\nNÂNG CAO NHẬN THỨC VÀ ĐỔI MỚI TƯ DUY**\n|\n|\n1\n|\nTriển khai nền tảng đào tạo\ntrực tuyến mở.\n|\n"
            "Sở KH&CN\n|\nThường xuyên\n|\n|\nA\n|\nPHÁT TRIỂN NỀN MÓNG\n|\n|\n")
    table = next(b for b in _doc(pipe).blocks if b.kind == "table")
    assert [[c.text for c in r] for r in table.rows[1:]] == [
        ["I", "NÂNG CAO NHẬN THỨC VÀ ĐỔI MỚI TƯ DUY"],
        ["1", "Triển khai nền tảng đào tạo trực tuyến mở.", "Sở KH&CN", "Thường xuyên"],
        ["A", "PHÁT TRIỂN NỀN MÓNG"],
    ]


def test_code_in_capitals_wrapped_onto_the_next_line_continues_the_sentence():
    text = ("Lập Đề án chuyển đổi sang Tiêu chuẩn quốc gia\nTCVN ISO 9001:2015 theo hướng dẫn của\nBộ Khoa học và Công nghệ.\n"
            "Phạm vi xử lý thủ tục hành chính\nTTHC.\nKẾ HOẠCH")
    assert reflow(text) == [
        "Lập Đề án chuyển đổi sang Tiêu chuẩn quốc gia TCVN ISO 9001:2015 theo hướng dẫn của Bộ Khoa học và Công nghệ.",
        "Phạm vi xử lý thủ tục hành chính TTHC.",
        "KẾ HOẠCH",
    ]


def test_blank_cell_inside_a_row_and_filler_rows_keep_the_table_going():
    pipe = ("|\nSTT\n|\nTên nhiệm vụ\n|\nCơ quan chủ trì\n|\nCơ quan phối hợp\n|\nThời gian hoàn thành\n|\n|\n"
            "1\n|\nTổ chức lại Ban Chỉ huy\n|\nSở Nội vụ\n|\n|\nQuý IV/2025\n|\n|\n"
            "….................................\n|\n"
            "2\n|\nXây dựng Quy chế phối hợp\n|\nSở Tư pháp\n|\nCác sở, ngành\n|\nNăm 2026\n|\n|\n")
    table = next(b for b in _doc(pipe).blocks if b.kind == "table")
    assert [[c.text for c in r] for r in table.rows[1:]] == [
        ["1", "Tổ chức lại Ban Chỉ huy", "Sở Nội vụ", "", "Quý IV/2025"],
        ["2", "Xây dựng Quy chế phối hợp", "Sở Tư pháp", "Các sở, ngành", "Năm 2026"],
    ]


def test_a_wrapped_line_starting_with_a_large_number_continues_its_paragraph():
    text = ("a) Bộ Khoa học và Công nghệ: (5) Phát triển hạ tầng số với tối thiểu\n"
            "500.000 thuê bao); (6) Khẩn trương ban hành hướng dẫn.")
    assert len(reflow(text)) == 1


def test_a_paragraph_is_one_line_whatever_whitespace_it_carries():
    raw = [RawBlock("paragraph", "Sở Nội vụ chủ trì"), RawBlock("paragraph", " Sở  Tư\u2028pháp\u00a0phối hợp\n"),
           RawBlock("paragraph", "\u3000")]
    doc = build_document(raw, "txt")
    assert doc.text == "Sở Nội vụ chủ trì\nSở Tư pháp phối hợp"
    assert [(b.start, b.end) for b in doc.blocks] == [(0, 17), (18, 37)]


def test_article_number_and_hyphenated_name_running_on_are_no_paragraph_starts():
    text = ("1. Việc lưu trữ hồ sơ điện tử thực hiện theo quy định tại\nĐiều 6; khoản 5 Điều 9 Nghị định số 45/2020/NĐ-CP.\n"
            "2. Mặt trận Tổ quốc chủ trì, phối hợp với các tổ chức chính trị\n- xã hội tuyên truyền.\n"
            "(1) Rà soát;\n(2) Báo cáo.\nĐiều 7. Tổ chức thực hiện")
    assert reflow(normalize_text(text)) == [
        "1. Việc lưu trữ hồ sơ điện tử thực hiện theo quy định tại Điều 6; khoản 5 Điều 9 Nghị định số 45/2020/NĐ-CP.",
        "2. Mặt trận Tổ quốc chủ trì, phối hợp với các tổ chức chính trị - xã hội tuyên truyền.",
        "(1) Rà soát;", "(2) Báo cáo.", "Điều 7. Tổ chức thực hiện",
    ]


def test_pipe_table_rows_with_merged_cells_and_a_title_row_keep_the_table_going():
    text = "\n".join([
        "TT", "|", "Nhiệm vụ", "|", "Cơ quan chủ trì", "|", "Cơ quan phối hợp", "|", "Thời gian", "|", "|",
        "1", "|", "Xây dựng hạ tầng công nghệ thông tin", "|", "Trung tâm Chuyển đổi số", "|", "Sở Tài chính", "|",
        "Quý IV/2026", "|", "|",
        # the second task of row 1: its number, partner and time merged with the row above
        "Xây dựng hạ tầng kỹ thuật dự phòng", "|", "Sở Khoa học và Công nghệ", "|", "|",
        # a title across the row, the rest of it blank
        "Nhiệm vụ giao Sở Tài chính", "|", "|", "|", "|",
        "2", "|", "Cập nhật, đồng bộ dữ liệu", "|", "Sở Tài chính", "|", "Các sở, ngành", "|", "Quý II/2027", "|", "|",
    ])
    [table] = [b for b in layout_text(text) if b.kind == "table"]
    assert table.rows == [
        ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
        ["1", "Xây dựng hạ tầng công nghệ thông tin", "Trung tâm Chuyển đổi số", "Sở Tài chính", "Quý IV/2026"],
        ["1", "Xây dựng hạ tầng kỹ thuật dự phòng", "Sở Khoa học và Công nghệ", "Sở Tài chính", "Quý IV/2026"],
        ["", "Nhiệm vụ giao Sở Tài chính"],
        ["2", "Cập nhật, đồng bộ dữ liệu", "Sở Tài chính", "Các sở, ngành", "Quý II/2027"],
    ]


def test_pipe_table_with_column_labels_an_unworded_header_and_cells_merged_down():
    """A calendar table as a legal site prints it: a header cell without a header word, the columns' labels under
    the header, and rows whose last cells (month, channel, unit) span the next row, which then ends early."""
    text = "\n".join([
        "|", "STT", "|", "Tên thông tin thống kê", "|", "Mức độ hoàn chỉnh của thông tin", "|", "Thời gian phổ biến",
        "|", "Đơn vị chịu trách nhiệm phổ biến", "|", "|",
        "A", "|", "B", "|", "1", "|", "2", "|", "3", "|", "|",
        "1", "|", "Số đơn vị hành chính", "|", "Chính thức", "|", "Tháng 6/2026", "|", "Vụ Chính quyền địa phương", "|", "|",
        "2", "|", "Số đại biểu Hội đồng nhân dân", "|", "Chính thức", "|", "|",
        "3", "|", "Số phong trào thi đua", "|", "Sơ bộ", "|", "Tháng 5/2026", "|", "Ban Thi đua - Khen thưởng Trung ương",
        "|", "|",
        # a blank cell before the row ends is a cell left empty, not one merged down
        "4", "|", "Số lượt khen thưởng", "|", "Sơ bộ", "|", "Tháng 7/2026", "|", "|", "|",
        "5", "|", "Số danh hiệu thi đua", "|", "Chính thức", "|", "Tháng 8/2026", "|", "Ban Thi đua - Khen thưởng Trung ương",
        "|", "|",
    ])
    [table] = [b for b in layout_text(text) if b.kind == "table"]
    assert table.rows[1:4] == [
        ["1", "Số đơn vị hành chính", "Chính thức", "Tháng 6/2026", "Vụ Chính quyền địa phương"],
        ["2", "Số đại biểu Hội đồng nhân dân", "Chính thức", "Tháng 6/2026", "Vụ Chính quyền địa phương"],
        ["3", "Số phong trào thi đua", "Sơ bộ", "Tháng 5/2026", "Ban Thi đua - Khen thưởng Trung ương"]]
    assert table.rows[4][:4] == ["4", "Số lượt khen thưởng", "Sơ bộ", "Tháng 7/2026"] and not any(table.rows[4][4:])


def test_rows_of_a_number_and_a_name_take_merged_cells_in_a_run_but_a_parts_title_does_not():
    text = "\n".join([
        "|", "STT", "|", "Tên thông tin thống kê", "|", "Thời gian phổ biến", "|", "Đơn vị chịu trách nhiệm", "|", "|",
        "17", "|", "Số lượng văn bản chỉ đạo", "|", "Tháng 6/2026", "|", "Cục Văn thư và Lưu trữ nhà nước", "|", "|",
        "18", "|", "Số lượng văn bản đi", "|", "|",
        "19", "|", "Số lượng văn bản đến", "|", "|",
        "20", "|", "Số lượng hồ sơ", "|", "Tháng 3/2026", "|", "Cục Người có công", "|", "|",
        "IV", "|", "Phát triển hạ tầng", "|", "|",
        "V", "|", "Bảo đảm an ninh mạng", "|", "Năm 2026", "|", "Bộ Công an", "|", "|",
    ])
    [table] = [b for b in layout_text(text) if b.kind == "table"]
    assert table.rows[2] == ["18", "Số lượng văn bản đi", "Tháng 6/2026", "Cục Văn thư và Lưu trữ nhà nước"]
    assert table.rows[3] == ["19", "Số lượng văn bản đến", "Tháng 6/2026", "Cục Văn thư và Lưu trữ nhà nước"]
    assert table.rows[5] == ["IV", "Phát triển hạ tầng"]


def test_an_indicator_table_with_unit_and_year_columns_is_a_table():
    text = "\n".join([
        "|", "TT", "|", "Chỉ tiêu", "|", "ĐVT", "|", "ƯTH Năm 2025", "|", "Năm 2026", "|", "Năm 2027", "|", "|",
        "1", "|", "Diện tích cà phê", "|", "Ha", "|", "26.120", "|", "27.000", "|", "27.500", "|", "|",
    ])
    [table] = [b for b in layout_text(text) if b.kind == "table"]
    assert table.rows == [["TT", "Chỉ tiêu", "ĐVT", "ƯTH Năm 2025", "Năm 2026", "Năm 2027"],
                          ["1", "Diện tích cà phê", "Ha", "26.120", "27.000", "27.500"]]


def test_examples_after_nhu_run_on():
    text = ("- Khuyến khích các doanh nghiệp ứng dụng giải pháp IoT trong sản xuất thông minh như:\n"
            "Giám sát môi trường, năng lượng, an ninh, logistics.\n- Bảo vệ an toàn thiết bị.\n"
            "Kế hoạch gồm các nội dung như sau:\nMục tiêu chung.")
    assert reflow(normalize_text(text)) == [
        "- Khuyến khích các doanh nghiệp ứng dụng giải pháp IoT trong sản xuất thông minh như: "
        "Giám sát môi trường, năng lượng, an ninh, logistics.",
        "- Bảo vệ an toàn thiết bị.", "Kế hoạch gồm các nội dung như sau:", "Mục tiêu chung."]


def test_year_range_and_abbreviation_wrapped_onto_a_line_run_on():
    filler = "Hằng năm có giải pháp nâng cao tỷ lệ đánh giá mức độ hài lòng của tổ chức, cá nhân đối với"
    text = (f"{filler}\nsự phục vụ của cơ quan.\n\n"
            "e) Xây dựng Chương trình Make in Viet Nam cho giai đoạn 2026\n- 2030, tập trung vào các doanh nghiệp.\n\n"
            "7. Trong quá trình giải quyết\nTTHC, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở.\n\n"
            "1. Sở Nội vụ\nUBND các xã phối hợp.\n\n- Tổ chức hội nghị giai đoạn 2026\n- Kiểm tra năm 2027.")
    assert reflow(normalize_text(text)) == [
        f"{filler} sự phục vụ của cơ quan.",
        "e) Xây dựng Chương trình Make in Viet Nam cho giai đoạn 2026 - 2030, tập trung vào các doanh nghiệp.",
        "7. Trong quá trình giải quyết TTHC, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở.",
        "1. Sở Nội vụ", "UBND các xã phối hợp.", "- Tổ chức hội nghị giai đoạn 2026", "- Kiểm tra năm 2027."]


def test_a_range_of_shares_wrapped_at_its_dash_runs_on():
    text = ("+ Tổng giá trị sản phẩm Nhãn tham gia xuất khẩu đến năm 2030 dự kiến đạt 30,2 triệu USD, tốc độ tăng bình quân 05\n"
            "- 06%/năm. Thị trường định hướng xuất khẩu: Trung Quốc, Úc.\n"
            "- Rà soát các văn bản theo khoản 2\n- 30% kinh phí được giao lại.\n- Giảm tỷ lệ hộ nghèo 50\n- 40% hộ cận nghèo.")
    assert reflow(normalize_text(text)) == [
        "+ Tổng giá trị sản phẩm Nhãn tham gia xuất khẩu đến năm 2030 dự kiến đạt 30,2 triệu USD, tốc độ tăng bình quân "
        "05 - 06%/năm. Thị trường định hướng xuất khẩu: Trung Quốc, Úc.",
        # (a number a word names, or a high end below the low: items of their own)
        "- Rà soát các văn bản theo khoản 2", "- 30% kinh phí được giao lại.", "- Giảm tỷ lệ hộ nghèo 50",
        "- 40% hộ cận nghèo."]


def test_numbered_item_ending_on_an_abbreviation_runs_on_in_lower_case():
    assert reflow("8. UBND\ncác xã, phường:\n- Kiểm tra các công trường.\nI. MỤC TIÊU\nnâng cao chất lượng") == [
        "8. UBND các xã, phường:", "- Kiểm tra các công trường.", "I. MỤC TIÊU", "nâng cao chất lượng"]


def test_a_numbered_request_runs_on_over_a_capitalized_line():
    text = ("Các cơ quan liên quan tới việc thực hiện Kế hoạch này có trách nhiệm thường xuyên phối hợp.\n"
            "3. Đề nghị Ủy ban Mặt trận\nTổ quốc Việt Nam tỉnh và các Đoàn thể tỉnh tổ chức tuyên truyền, vận động.\n"
            "2. Sở Tài chính\nChủ trì, phối hợp với các sở xây dựng kế hoạch thực hiện các nhiệm vụ được giao.")
    assert reflow(text)[1:] == [
        "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các Đoàn thể tỉnh tổ chức tuyên truyền, vận động.",
        "2. Sở Tài chính", "Chủ trì, phối hợp với các sở xây dựng kế hoạch thực hiện các nhiệm vụ được giao."]


def test_pipe_table_of_proposals_and_the_ministries_that_handle_them():
    text = ("PHỤ LỤC\nĐỀ XUẤT KIẾN NGHỊ CỦA CÁC ĐỊA PHƯƠNG\n|\n**TT**\n|\n**Tỉnh kiến nghị**\n|\n**Thông tin đề xuất**\n|\n"
            "**Bộ phụ trách tiếp\nnhận, xử lý**\n|\n|\n1\n|\nLào Cai\n|\nĐề nghị hỗ trợ nguồn kinh phí để cải tạo trụ sở\n"
            "làm việc các cơ quan cấp xã\n|\nBộ Tài chính\n|\n|\n2\n|\nHà Tĩnh\n|\nĐề nghị điều chỉnh Nghị định số 150/2025/NĐ-CP\n|\n"
            "Bộ Nội vụ\n|\n")
    [table] = [b for b in layout_text(normalize_text(text)) if b.kind == "table"]
    assert table.rows == [
        ["TT", "Tỉnh kiến nghị", "Thông tin đề xuất", "Bộ phụ trách tiếp nhận, xử lý"],
        ["1", "Lào Cai", "Đề nghị hỗ trợ nguồn kinh phí để cải tạo trụ sở làm việc các cơ quan cấp xã", "Bộ Tài chính"],
        ["2", "Hà Tĩnh", "Đề nghị điều chỉnh Nghị định số 150/2025/NĐ-CP", "Bộ Nội vụ"]]


def test_a_bold_numbered_heading_ends_where_its_bold_ends_even_on_a_name():
    text = ("**5. Cục\nThể dục thể thao Việt Nam**\nKhẩn trương hoàn thành thực\nthi phương án đơn giản hóa TTHC.\n"
            "**6. Cục Hợp tác quốc tế**\nthực hiện rà soát các thủ tục.\n")
    assert reflow(normalize_text(text)) == [
        "5. Cục Thể dục thể thao Việt Nam", "Khẩn trương hoàn thành thực thi phương án đơn giản hóa TTHC.",
        "6. Cục Hợp tác quốc tế thực hiện rà soát các thủ tục."]


def test_a_numbered_line_ending_on_a_comma_runs_on():
    text = ("1. Các đồng chí Bộ trưởng,\nThủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ theo chức năng, nhiệm vụ,\n"
            "thẩm quyền đề cao trách nhiệm, trực tiếp chỉ đạo thực hiện đồng bộ, quyết liệt,\n"
            "hiệu quả các nhiệm vụ, giải pháp theo Nghị quyết số 66-NQ/TW và Nghị quyết số\n")
    assert len(reflow(normalize_text(text))) == 1


def test_a_numbered_heading_with_an_open_bracket_runs_on():
    text = ("Các cơ quan liên quan tới việc thực hiện Chỉ thị này có trách nhiệm thường xuyên phối hợp với nhau.\n"
            "5. Các chủ rừng là tổ chức (các\nBan quản lý rừng đặc dụng, rừng phòng hộ, các Công ty nông, lâm nghiệp…)\n"
            "- Thực hiện đầy đủ quyền, nghĩa vụ và trách nhiệm chủ rừng.\n")
    assert reflow(normalize_text(text))[1:] == [
        "5. Các chủ rừng là tổ chức (các Ban quản lý rừng đặc dụng, rừng phòng hộ, các Công ty nông, lâm nghiệp…)",
        "- Thực hiện đầy đủ quyền, nghĩa vụ và trách nhiệm chủ rừng."]


def test_an_articles_title_on_a_short_line_ends_before_the_sentence_under_it():
    # (a city's decision, printed and read back line by line: the article's title stops well short of the width)
    text = ("Thông qua phương án đơn giản hóa 53 thủ tục hành chính thuộc phạm vi quản lý của Sở Nội vụ (chi tiết\n"
            "tại Phụ lục kèm theo), bảo đảm cắt giảm thành phần hồ sơ, thời gian giải quyết và chi phí tuân thủ\n"
            "cho người dân, doanh nghiệp theo đúng chỉ đạo của Chính phủ.\nĐiều 2. Tổ chức thực hiện\n"
            "Giao Sở Nội vụ triển khai, thực thi phương án đơn giản hóa thủ tục hành chính đối với thủ tục hành\n"
            "chính nêu trên; chủ trì, phối hợp với Sở Tư pháp dự thảo văn bản quy phạm pháp luật sửa đổi, bổ\n"
            "sung các quy định có liên quan, trình Ủy ban nhân dân Thành phố trong Quý I năm 2026.\n")
    assert reflow(normalize_text(text))[1:] == [
        "Điều 2. Tổ chức thực hiện",
        "Giao Sở Nội vụ triển khai, thực thi phương án đơn giản hóa thủ tục hành chính đối với thủ tục hành chính nêu "
        "trên; chủ trì, phối hợp với Sở Tư pháp dự thảo văn bản quy phạm pháp luật sửa đổi, bổ sung các quy định có "
        "liên quan, trình Ủy ban nhân dân Thành phố trong Quý I năm 2026."]


def test_a_footnote_after_the_text_opens_its_own_paragraph():
    text = "Văn phòng Chính phủ thông báo để các bộ, cơ quan biết, thực hiện./.\n[1] Cụ thể:\n(i) Thủ tướng đã phê duyệt.\n"
    assert reflow(normalize_text(text)) == [
        "Văn phòng Chính phủ thông báo để các bộ, cơ quan biết, thực hiện./.", "[1] Cụ thể:",
        "(i) Thủ tướng đã phê duyệt."]


def test_part_section_and_annex_headings_open_their_own_paragraph():
    text = "Các cơ quan, đơn vị triển khai thực hiện các nội dung sau\nPhụ lục I\nMục 2 Tổ chức thực hiện\n"
    assert reflow(normalize_text(text)) == [
        "Các cơ quan, đơn vị triển khai thực hiện các nội dung sau", "Phụ lục I", "Mục 2 Tổ chức thực hiện"]


def test_a_units_place_wrapped_under_its_numbered_name_runs_on():
    text = ("Các đơn vị có trách nhiệm triển khai thực hiện nghiêm túc, hiệu quả các nội dung của Kế hoạch này.\n"
            "3. Bộ Tư lệnh\nThành phố chủ trì, phối hợp với Sở Nông nghiệp và Môi trường thực hiện.\n"
            "4. Sở Khoa học\nvà Công nghệ chủ trì.\n")
    assert reflow(normalize_text(text))[1] == (
        "3. Bộ Tư lệnh Thành phố chủ trì, phối hợp với Sở Nông nghiệp và Môi trường thực hiện.")


def test_a_point_numbered_in_brackets_with_a_dot_opens_a_list_item():
    doc = _doc("Ủy ban nhân dân tỉnh trân trọng đề nghị Bộ Xây dựng:\n(i). Chỉ đạo Cục Đăng kiểm Việt Nam khẩn trương\n"
               "ban hành văn bản hướng dẫn.\n(ii). Sớm chỉ đạo sửa đổi Quy chuẩn kỹ thuật quốc gia.")
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("paragraph", "Ủy ban nhân dân tỉnh trân trọng đề nghị Bộ Xây dựng:"),
        ("list_item", "(i). Chỉ đạo Cục Đăng kiểm Việt Nam khẩn trương ban hành văn bản hướng dẫn."),
        ("list_item", "(ii). Sớm chỉ đạo sửa đổi Quy chuẩn kỹ thuật quốc gia."),
    ]


def test_a_numbered_line_filling_its_width_runs_on_across_a_page_break():
    # Quy chế 1999/QCPH-BHXH-TCT as text: a page's blank line cuts "Tổng" / "cục Thuế"; the line is as wide as the rest
    text = ("b) Đảm bảo việc chia sẻ dữ liệu được thông suốt, kịp thời giữa\nhai ngành theo quy định của Quy chế này.\n\n"
            "3. Các đơn vị trực thuộc BHXH Việt Nam và các đơn vị trực thuộc Tổng\n\n"
            "cục Thuế theo chức năng, nhiệm vụ của mình phối hợp với các đơn vị\n"
            "được giao đầu mối chủ trì để thực hiện các nội dung trong Quy chế.\n\n"
            "4. Nhiệm vụ của các đơn vị\n\nmột số nội dung đã được giao.")
    assert reflow(text)[1:] == [
        "3. Các đơn vị trực thuộc BHXH Việt Nam và các đơn vị trực thuộc Tổng cục Thuế theo chức năng, nhiệm vụ của "
        "mình phối hợp với các đơn vị được giao đầu mối chủ trì để thực hiện các nội dung trong Quy chế.",
        "4. Nhiệm vụ của các đơn vị", "một số nội dung đã được giao."]


def test_a_term_number_wrapped_onto_a_line_is_no_roman_heading():
    # (Công văn 1312/LĐTBXH-ATLĐ, 2022: "Quốc hội khóa" / "XV. Vì vậy, …" had become heading XV)
    text = ("d) Nghị quyết số 17/2022/UBTVQH15 được ban hành căn cứ vào Nghị quyết số 30/2021/QH15 của Quốc hội khóa\n"
            "XV. Vì vậy, các quy định của Nghị quyết được thực hiện cho đến hết ngày 31 tháng 12 năm 2022.\n"
            "II. TỔ CHỨC THỰC HIỆN")
    assert reflow(text) == [
        "d) Nghị quyết số 17/2022/UBTVQH15 được ban hành căn cứ vào Nghị quyết số 30/2021/QH15 của Quốc hội khóa XV. "
        "Vì vậy, các quy định của Nghị quyết được thực hiện cho đến hết ngày 31 tháng 12 năm 2022.",
        "II. TỔ CHỨC THỰC HIỆN",
    ]


def test_a_numbered_point_cut_by_a_blank_line_before_its_year_goes_on():
    # (the same letter: the scan's blank line fell between "năm" and its year)
    text = ("3. Tổng hợp tình hình triển khai thực hiện Nghị quyết đến ngày 31 tháng 8 năm\n\n"
            "2022, gửi báo cáo về Bộ Lao động - Thương binh và Xã hội trước ngày 10 tháng 9 năm 2022.\n\n"
            "2. Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm\n\n2023 và phương hướng năm 2024")
    assert reflow(text) == [
        "3. Tổng hợp tình hình triển khai thực hiện Nghị quyết đến ngày 31 tháng 8 năm 2022, gửi báo cáo về Bộ Lao động "
        "- Thương binh và Xã hội trước ngày 10 tháng 9 năm 2022.",
        "2. Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2023 và phương hướng năm 2024",
    ]


# (Quyết định 844/QĐ-TTg and Nghị quyết 116/NQ-CP, 2026, as the Official Gazette's text copy prints them) a table
# flattened to one piece of a cell per line, broken by a page and its repeated header
_FLATTENED_HEADER = "STT\nTên nhiệm vụ cụ thể\nCơ quan\nchủ trì\nCơ quan\nphối hợp\nKết quả\nThời gian hoàn\nthành\n"
FLATTENED_TABLE = """(Kèm theo Quyết định số 844/QĐ-TTg ngày 13 tháng 5 năm 2026 của Thủ tướng Chính phủ)
""" + _FLATTENED_HEADER + """I. Đổi mới mạnh mẽ tư duy và hành động trong lãnh đạo, chỉ đạo thực hiện bảo hiểm y tế toàn
dân
1.

Tăng cường lãnh đạo, chỉ đạo xây dựng và
tổ chức thực hiện hiệu quả các chủ trương,
chính sách về bảo hiểm y tế.
Các
bộ
ở
Trung ương,
Ủy ban nhân
dân cấp tỉnh ở
địa phương
Các cơ quan, tổ
chức, đơn vị
khác có liên quan.
Văn bản chỉ đạo
Thường xuyên
2.

Xây dựng Thông tư quy định về
đào tạo an toàn bức xạ (thay thế Thông tư
34/2014/TT-BKHCN)
Bộ Khoa học và
Công nghệ
Các bộ, ngành có
liên quan
Bộ trưởng Bộ
Khoa học và
Công nghệ
2026
3.

Triển khai toàn diện các thủ tục hành chính
trong lĩnh vực bảo hiểm y tế trên Hệ thống
Bộ Tài chính
Bộ Y tế, cơ quan,
đơn vị liên quan
Các hoạt động được
triển khai
Quý III/2027

CÔNG BÁO/Số 286/Ngày 27-05-2026
97
""" + _FLATTENED_HEADER + """dịch vụ công trực tuyến.
4.  Xây dựng Luật Bảo hiểm y tế (sửa
đổi)
Bộ Y tế
Bộ Tài chính, Bộ Tư
pháp
Luật Bảo hiểm y tế
(sửa đổi)
Quý I/2029

TM. CHÍNH PHỦ
"""


def test_a_table_flattened_to_one_cell_piece_per_line_is_read_row_by_row():
    doc = _doc(FLATTENED_TABLE)
    [table] = [block for block in doc.blocks if block.kind == "table"]
    rows = [[cell.text for cell in row] for row in table.rows]
    assert rows[0] == ["STT", "Tên nhiệm vụ cụ thể", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kết quả",
                       "Thời gian hoàn thành"]
    assert rows[1] == ["I", "Đổi mới mạnh mẽ tư duy và hành động trong lãnh đạo, chỉ đạo thực hiện bảo hiểm y tế "
                            "toàn dân"]
    assert rows[2] == ["1", "Tăng cường lãnh đạo, chỉ đạo xây dựng và tổ chức thực hiện hiệu quả các chủ trương, "
                            "chính sách về bảo hiểm y tế.",
                       "Các bộ ở Trung ương, Ủy ban nhân dân cấp tỉnh ở địa phương",
                       "Các cơ quan, tổ chức, đơn vị khác có liên quan.", "Văn bản chỉ đạo", "Thường xuyên"]
    # a number inside the task's words, a name's words wrapped after "và" and "Bộ", a year alone as the time
    assert rows[3][1].endswith("(thay thế Thông tư 34/2014/TT-BKHCN)")
    assert rows[3][2:] == ["Bộ Khoa học và Công nghệ", "Các bộ, ngành có liên quan", "Bộ trưởng Bộ Khoa học và Công nghệ",
                           "2026"]
    # the task's words carried past the page break join their cell; a number run on with the task opens a row
    assert rows[4][1].endswith("trên Hệ thống dịch vụ công trực tuyến.")
    assert rows[4][2:] == ["Bộ Tài chính", "Bộ Y tế, cơ quan, đơn vị liên quan", "Các hoạt động được triển khai",
                           "Quý III/2027"]
    assert rows[5] == ["4", "Xây dựng Luật Bảo hiểm y tế (sửa đổi)", "Bộ Y tế", "Bộ Tài chính, Bộ Tư pháp",
                       "Luật Bảo hiểm y tế (sửa đổi)", "Quý I/2029"]
    assert len(rows) == 6


def test_a_lone_tt_line_in_prose_is_no_flattened_table():
    text = "Các nhiệm vụ gồm:\nTT\nlà viết tắt của thứ tự trong bảng dưới đây.\n1. Rà soát văn bản.\n"
    assert all(block.kind != "table" for block in _doc(text).blocks)


def test_only_a_line_holding_stt_alone_may_open_a_flattened_table():
    from pipeline.line_tables import has_line_table_header
    assert not has_line_table_header("Căn cứ Thông tư số 12/2015/TT-BTC;\nTT\u00a0là viết tắt.\n")
    assert has_line_table_header("Phụ lục\nSTT \nNội dung\n") and has_line_table_header("…\nTT")


def test_a_flattened_rows_parts_take_its_words_and_the_cells_merged_down():
    """(Nghị quyết 116/NQ-CP, 2026) a row split into parts ("-" lines), some cells merged over the parts: each part is
    the row's job for it, a part's blank cells those of the part above; a row's one list of units is its lead."""
    text = ("TT\nNội dung, nhiệm vụ\nCơ quan chủ\ntrì thực hiện\nCơ quan\nphối hợp\nThời gian\n"
            "1\nHoàn thiện hệ thống tiêu chuẩn, quy\nchuẩn kỹ thuật quốc gia.\n"
            "-\nCông trình đê điều, hồ đập.\nBộ NN&MT\nBộ Khoa học\nvà Công\nnghệ, các bộ,\ncơ quan\n"
            "Năm 2026\nvà các năm\ntiếp theo\n"
            "-\nCông trình giao thông.\nBộ Xây dựng\n"
            "2\nNghiên cứu, ứng dụng thành tựu khoa\nhọc, công nghệ.\nBộ NN&MT, Bộ Khoa\nhọc và Công nghệ\n"
            "Năm 2026 và các\nnăm tiếp theo\n")
    [table] = [block for block in _doc(text).blocks if block.kind == "table"]
    rows = [[cell.text for cell in row] for row in table.rows[1:]]
    assert rows == [
        ["1", "Hoàn thiện hệ thống tiêu chuẩn, quy chuẩn kỹ thuật quốc gia. - Công trình đê điều, hồ đập.", "Bộ NN&MT",
         "Bộ Khoa học và Công nghệ, các bộ, cơ quan", "Năm 2026 và các năm tiếp theo"],
        ["1", "Hoàn thiện hệ thống tiêu chuẩn, quy chuẩn kỹ thuật quốc gia. - Công trình giao thông.", "Bộ Xây dựng",
         "Bộ Khoa học và Công nghệ, các bộ, cơ quan", "Năm 2026 và các năm tiếp theo"],
        ["2", "Nghiên cứu, ứng dụng thành tựu khoa học, công nghệ.", "Bộ NN&MT, Bộ Khoa học và Công nghệ", "",
         "Năm 2026 và các năm tiếp theo"]]


def test_a_flattened_tables_footnotes_row_numbers_before_a_capital_and_split_times_are_read():
    """(Nghị quyết 97/NQ-CP, 2026) a page's footnotes above the running head are no cell; "2 Đề án …" opens row 2;
    "Tháng" / "3/2026" is one time; "… cơ quan ngang bộ" and "Bộ Nội vụ" end a cell; a symbol ("182-KL/TW") is
    no time, and one wrapped at its hyphen ("số 66-" / "NQ/TW1") is whole again."""
    text = ("TT\nTên nhiệm vụ\nCơ quan\nchủ trì\nCơ quan\nphối hợp\nKết quả\nThời gian\nhoàn thành\nCăn cứ\nbổ sung\n"
            "1\nRà soát, thể chế hóa kịp thời những quan\nđiểm, chủ trương thành pháp luật\nCác bộ,\ncơ quan ngang bộ\n"
            "Bộ Nội vụ\nBáo cáo\nhằng năm\n2026 và\nhằng năm\nNghị quyết\nsố 66-\nNQ/TW1\n\n"
            "1 Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị về đổi mới công tác xây dựng và thi hành\n"
            "pháp luật.\n\nCÔNG BÁO/Số 238/Ngày 21-04-2026\n95\n"
            "2 Đề án về chỉ số đánh giá, chấm điểm KPI\nvề công tác xây dựng pháp luật\nBộ Tư pháp\nCác bộ,\ncơ quan\n"
            "ngang bộ\nĐề án trình\nThủ tướng\nChính phủ\nTháng\n3/2026\nNghị quyết\nsố 23/NQ-\nCP ngày\n07/02/2026\n"
            "3\nThể chế hóa Kết luận số 182-KL/TW\nBộ Công an\nCác bộ, cơ quan\nngang bộ\nVăn bản thể chế hóa\n"
            "Kết luận số\n182-KL/TW\nNăm 2026\nChương trình số 12-CTr/BCĐ\n")
    [table] = [block for block in _doc(text).blocks if block.kind == "table"]
    rows = [[cell.text for cell in row] for row in table.rows[1:]]
    assert rows == [
        ["1", "Rà soát, thể chế hóa kịp thời những quan điểm, chủ trương thành pháp luật", "Các bộ, cơ quan ngang bộ",
         "Bộ Nội vụ", "Báo cáo hằng năm", "2026 và hằng năm", "Nghị quyết số 66-NQ/TW1"],
        ["2", "Đề án về chỉ số đánh giá, chấm điểm KPI về công tác xây dựng pháp luật", "Bộ Tư pháp",
         "Các bộ, cơ quan ngang bộ", "Đề án trình Thủ tướng Chính phủ", "Tháng 3/2026",
         "Nghị quyết số 23/NQ-CP ngày 07/02/2026"],
        ["3", "Thể chế hóa Kết luận số 182-KL/TW", "Bộ Công an", "Các bộ, cơ quan ngang bộ",
         "Văn bản thể chế hóa Kết luận số 182-KL/TW", "Năm 2026", "Chương trình số 12-CTr/BCĐ"]]


def test_a_flattened_tables_dotted_rows_under_a_numbered_heading_and_partners_over_two_lines_are_read():
    """(Quyết định 982/QĐ-TTg, 2026) rows "1.1", "1.2" under the row "1." that only titles them; the partners' cell
    holding a ministry and "Cơ quan, tổ chức" / "và doanh nghiệp" / "liên quan", parted where the second opens;
    "Nhiệm vụ thường" / "xuyên" is a time."""
    text = ("TT\nNhiệm vụ, giải pháp\nCơ quan \nchủ trì\nCơ quan\n phối hợp\nSản phẩm \nThời gian \nthực hiện\n"
            "1.\nRà soát, hoàn thiện thể chế\n"
            "1.1\nNghiên cứu, rà soát, sửa đổi, bổ\nsung và đơn giản hóa các quy định.\nBộ Tài chính\nBộ Khoa học và\n"
            "Công nghệ\nCơ quan, tổ chức\nvà doanh nghiệp\nliên quan\nCơ chế, chính sách\nđược ban hành\n"
            "Nhiệm vụ thường\nxuyên \n"
            "1.2\nNghiên cứu, xây dựng cơ chế tài\nchính, tín dụng khuyến khích M&A.\nBộ Tài chính\nBộ Khoa học và\n"
            "Công nghệ\nCơ quan, tổ chức\nvà doanh nghiệp\nliên quan\nCơ chế, chính sách\nđược ban hành\nQuý IV/2026\n"
            "2.\nĐẩy mạnh nghiên cứu, phát triển sản phẩm\n"
            "2.1\nHỗ trợ nghiên cứu, làm chủ công nghệ\nchiến lược.\nBộ Khoa học và\nCông nghệ\n"
            "Cơ quan, tổ chức,\ndoanh nghiệp liên\nquan\nCông bố các sản phẩm\nQuý III/2026\n")
    [table] = [block for block in _doc(text).blocks if block.kind == "table"]
    rows = [[cell.text for cell in row] for row in table.rows[1:]]
    assert rows == [
        ["1", "Rà soát, hoàn thiện thể chế"],
        ["1.1", "Nghiên cứu, rà soát, sửa đổi, bổ sung và đơn giản hóa các quy định.", "Bộ Tài chính",
         "Bộ Khoa học và Công nghệ; Cơ quan, tổ chức và doanh nghiệp liên quan", "Cơ chế, chính sách được ban hành",
         "Nhiệm vụ thường xuyên"],
        ["1.2", "Nghiên cứu, xây dựng cơ chế tài chính, tín dụng khuyến khích M&A.", "Bộ Tài chính",
         "Bộ Khoa học và Công nghệ; Cơ quan, tổ chức và doanh nghiệp liên quan", "Cơ chế, chính sách được ban hành",
         "Quý IV/2026"],
        ["2", "Đẩy mạnh nghiên cứu, phát triển sản phẩm"],
        ["2.1", "Hỗ trợ nghiên cứu, làm chủ công nghệ chiến lược.", "Bộ Khoa học và Công nghệ",
         "Cơ quan, tổ chức, doanh nghiệp liên quan", "Công bố các sản phẩm", "Quý III/2026"]]


def test_a_flattened_rows_time_may_read_thuc_hien_thuong_xuyen():
    """(Nghị quyết 100/NQ-CP, 2026) "Thực hiện thường" / "xuyên." is the row's time, not more of its result."""
    text = ("TT\nTên nhiệm vụ\nCơ quan\nchủ trì\nCơ quan\nphối hợp\nKết quả/Đánh giá\nThời hạn\nhoàn thành\n"
            "1\nNâng cao hiệu lực, hiệu quả, tính nghiêm\nminh trong tổ chức thi hành pháp luật.\n"
            "Các Bộ, ngành,\nđịa phương\nBộ Tư pháp\nHội nghị phổ biến\npháp luật\nThực hiện thường\nxuyên.\n")
    [table] = [block for block in _doc(text).blocks if block.kind == "table"]
    assert [cell.text for cell in table.rows[1]] == [
        "1", "Nâng cao hiệu lực, hiệu quả, tính nghiêm minh trong tổ chức thi hành pháp luật.", "Các Bộ, ngành, địa phương",
        "Bộ Tư pháp", "Hội nghị phổ biến pháp luật", "Thực hiện thường xuyên."]


def test_a_flattened_cell_ending_on_ngang_bo_or_can_bo_may_be_followed_by_a_cell():
    """(Nghị quyết 105/NQ-CP, 2026) "Các bộ, cơ" / "quan ngang" / "bộ" ends the partners' cell; "Chính phủ" is the
    level the work goes to, the next column."""
    text = ("TT\nNội dung công việc\nCơ quan\nchủ trì\nCơ quan\nphối hợp\nCấp trình\nSản phẩm\nThời hạn\nhoàn thành\n"
            "1\nTham mưu ban hành Nghị định về tổ\nchức hoạt động của thôn, tổ dân phố\nBộ Nội vụ\nCác bộ, cơ\n"
            "quan ngang\nbộ\nChính phủ\nNghị định\nQuý II/2026\n"
            "2\nTổ chức đào tạo bắt buộc, xây dựng đội\nngũ cán bộ khoa học, cán bộ nữ, cán bộ\nCác bộ, cơ\nquan ngang\n"
            "bộ\nCác bộ,\nngành, cơ\nquan liên\nquan\nCấp có\nthẩm\nquyền\nHoạt động đào\ntạo, bồi dưỡng\n"
            "Thường xuyên\n")
    [table] = [block for block in _doc(text).blocks if block.kind == "table"]
    assert [cell.text for cell in table.rows[1]] == [
        "1", "Tham mưu ban hành Nghị định về tổ chức hoạt động của thôn, tổ dân phố", "Bộ Nội vụ",
        "Các bộ, cơ quan ngang bộ", "Chính phủ", "Nghị định", "Quý II/2026"]
    # ("… cán bộ nữ, cán bộ" ends the task: an officer, not "Bộ" before a ministry's name)
    assert [cell.text for cell in table.rows[2]][1:3] == [
        "Tổ chức đào tạo bắt buộc, xây dựng đội ngũ cán bộ khoa học, cán bộ nữ, cán bộ", "Các bộ, cơ quan ngang bộ"]


def test_a_flattened_cells_bodies_listed_with_semicolons_stay_in_one_cell():
    """(Nghị quyết 105/NQ-CP, 2026) "Bộ Giáo dục và" / "Đào tạo;" / "Bộ Y tế" is one cell listing two leads."""
    text = ("TT\nNội dung công việc\nCơ quan\nchủ trì\nCơ quan\nphối hợp\nSản phẩm\nThời hạn\nhoàn thành\n"
            "1\nRà soát, báo cáo cấp có thẩm quyền sửa đổi\nđịnh mức biên chế giáo viên, y tế\nBộ Giáo dục và\n"
            "Đào tạo;\nBộ Y tế\nCác bộ, cơ quan\nngang bộ\nBáo cáo\nQuý II/2026\n")
    [table] = [block for block in _doc(text).blocks if block.kind == "table"]
    assert [cell.text for cell in table.rows[1]][2:] == [
        "Bộ Giáo dục và Đào tạo; Bộ Y tế", "Các bộ, cơ quan ngang bộ", "Báo cáo", "Quý II/2026"]


def test_points_of_a_point_start_their_own_paragraphs():
    # (Quyết định of UBND thành phố Hà Nội on prices, 2025: "b1)", "b2)" under "b)"; "a.1." in other plans)
    text = ("b) Việc thực hiện bình ổn giá trong trường hợp quy định tại điểm a khoản 2 Điều 18 của Luật Giá\n\n"
            "b1) Đối với việc bình ổn giá trên phạm vi cả nước, Sở quản lý ngành tham mưu.\n"
            "a.1. Sở Tài chính tổng hợp.")
    assert reflow(normalize_text(text)) == [
        "b) Việc thực hiện bình ổn giá trong trường hợp quy định tại điểm a khoản 2 Điều 18 của Luật Giá",
        "b1) Đối với việc bình ổn giá trên phạm vi cả nước, Sở quản lý ngành tham mưu.",
        "a.1. Sở Tài chính tổng hợp."]
