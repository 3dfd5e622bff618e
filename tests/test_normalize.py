from pipeline.normalize import ascii_fold, fold, normalize_text


def test_nfc_and_icelandic_eth_become_vietnamese_d():
    decomposed = "Nghi\u0323 \u0111i\u0323nh"  # NFD as some PDFs emit it
    assert normalize_text(decomposed) == "Nghị định"
    assert normalize_text("61/2018/\u00d0-CP") == "61/2018/Đ-CP"


def test_dashes_invisible_characters_and_spaces():
    text = "Lao động \u2013 Thương binh\u00a0và\u200b Xã hội \u2014 2016\u20122020\u00ad"
    assert normalize_text(text) == "Lao động - Thương binh và Xã hội - 2016-2020"


def test_markdown_artifacts_are_stripped_but_bullets_kept():
    text = "## **KẾ HOẠCH**\n*Căn cứ Luật Tổ chức chính quyền địa phương;*\n**Điều 1. **Phê duyệt\n- Sở Nội vụ"
    assert normalize_text(text) == ("KẾ HOẠCH\nCăn cứ Luật Tổ chức chính quyền địa phương;\n"
                                    "Điều 1. Phê duyệt\n- Sở Nội vụ")


def test_a_converters_markdown_escapes_give_the_characters_back():
    # (Nghị quyết 57-NQ/TW as a converter wrote it: escaped bullets and the dash of a range; a path keeps its backslash)
    text = "\\- Tỉ lệ khai thác thương mại đạt 8 \\- 10%; tăng trung bình 16 \\- 18%/năm \\(ước\\). C:\\thu_muc"
    assert normalize_text(text) == "- Tỉ lệ khai thác thương mại đạt 8 - 10%; tăng trung bình 16 - 18%/năm (ước). C:\\thu_muc"


def test_pandocs_line_breaks_inside_a_header_cell_are_dropped():
    # (Nghị quyết 60-NQ/TW and 1654/NQ-UBTVQH15 as pandoc wrote their header tables: a backslash ends each cell line)
    text = "**BAN CHẤP HÀNH TRUNG ƯƠNG\\          **ĐẢNG CỘNG SẢN VIỆT NAM\\\nỦY BAN THƯỜNG VỤ\\\nQUỐC HỘI"
    assert normalize_text(text) == "BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM\nỦY BAN THƯỜNG VỤ\nQUỐC HỘI"


def test_letters_italicized_one_by_one_join_their_word():
    # (a web copy of Công văn 6278/BVHTTDL-VP, 2025, italicized the letters of a citation one by one)
    text = "theo Quy*ế*t *đị*nh 1616/Q*Đ*-TTg ngày 28/7/2025 c*ủ*a Th*ủ *t*ướ*ng Chính ph*ủ*)*, tỷ lệ 2*3"
    assert normalize_text(text) == "theo Quyết định 1616/QĐ-TTg ngày 28/7/2025 của Thủ tướng Chính phủ), tỷ lệ 2*3"


def test_a_bullet_before_an_items_own_label_is_dropped():
    # (a converter's markdown list: "- a) Chủ trì …"; a bullet with no label, or before a year, stays)
    text = "1. Sở Nội vụ\n- a) Chủ trì tổng hợp;\n- b) Hướng dẫn các xã;\n* 2. Sở Y tế\n- Kiểm tra;\n- 2025: hoàn thành"
    assert normalize_text(text) == ("1. Sở Nội vụ\na) Chủ trì tổng hợp;\nb) Hướng dẫn các xã;\n2. Sở Y tế\n- Kiểm tra;\n"
                                    "- 2025: hoàn thành")


def test_tone_placement_is_kept_in_text_and_folded_for_matching():
    assert normalize_text("Khánh Hoà") == "Khánh Hoà"
    assert fold("Khánh Hoà") == fold("KHÁNH HÒA") == "khánh hòa"
    assert fold("Thuỷ lợi") == fold("thủy lợi")


def test_ascii_fold_removes_tones_and_d_stroke():
    assert ascii_fold("Nghị định số 61/2018/NĐ-CP") == "nghi dinh so 61/2018/nd-cp"


def test_bold_heading_wrapped_onto_two_lines_is_one_line_capitals_left_alone():
    text = "**6. Đề nghị: Hiệp hội\nDoanh nghiệp tỉnh, Hội Nông dân tỉnh**\n**KT. BỘ TRƯỞNG,\nCHỦ NHIỆM**"
    assert normalize_text(text) == "6. Đề nghị: Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh\nKT. BỘ TRƯỞNG,\nCHỦ NHIỆM"


def test_cyrillic_letters_typed_for_latin_ones_are_latin():
    # "BТС" with Cyrillic Т and С, "CР" with Cyrillic Р: copies typed on a Russian keyboard layout
    assert normalize_text("văn bản số 16495/B\u0422\u0421-PTHT; cơ quan thuộc C\u0420;") == \
        "văn bản số 16495/BTC-PTHT; cơ quan thuộc CP;"


def test_the_look_alike_oi_a_pdf_converter_gives_for_u_horn_is_u_horn():
    # (Hướng dẫn 943/BYT-MT, 2021, as its PDF converts: "ngƣời", "trung ƣơng"; a tone may follow as a mark)
    assert normalize_text("Sở Y tế tỉnh, thành phố trực thuộc trung \u01a3\u01a1ng đ\u01a3a đón ng\u01a3ời; "
                          "\u01a2u tiên t\u01a3\u0300 nay") == \
        "Sở Y tế tỉnh, thành phố trực thuộc trung ương đưa đón người; Ưu tiên từ nay"


def test_symbol_font_glyphs_are_bullets_but_signs_keep_their_meaning():
    # (the private-use code points a PDF's text layer gives for Symbol and Wingdings glyphs)
    assert normalize_text("\uf0b7 Rà soát thủ tục; \uf0d8 Tổng hợp") == "• Rà soát thủ tục; • Tổng hợp"
    assert normalize_text("đạt \uf0b3 90%, trễ hạn \uf0a3 2%, \uf02d 5") == "đạt ≥ 90%, trễ hạn ≤ 2%, - 5"


def test_a_number_a_pdf_letter_spaced_is_closed_up():
    # (Công văn 10943/BYT-MT of the Ministry of Health, 2021, as its PDF's text gives it)
    assert normalize_text("Số: 1 0 9 4 3 /BYT-MT") == "Số: 10943 /BYT-MT"
    assert normalize_text("(Ban hành kèm theo Công văn số1 0 9 4 3/BYT-MT)") == "(Ban hành kèm theo Công văn số10943/BYT-MT)"
    # (not numbers of a list or a table, nor a decimal's digits)
    assert normalize_text("Mục 1 2 3 / Tổng 4,5 6 7/Đợt") == "Mục 1 2 3 / Tổng 4,5 6 7/Đợt"


def test_what_ocr_made_of_a_stamp_after_the_end_mark_is_dropped():
    # (Công văn 1312/LĐTBXH-ATLĐ, 2022, scanned: a flourish beside its last line read as a word)
    assert normalize_text("gửi báo cáo về Bộ trước ngày 10 tháng 9 năm 2022./. nỗ\nKT. BỘ TRƯỞNG") == \
        "gửi báo cáo về Bộ trước ngày 10 tháng 9 năm 2022./.\nKT. BỘ TRƯỞNG"
    # (a table's next cell, or a sentence after the mark, stays)
    assert normalize_text("| thực hiện./. | KT. CHỦ TỊCH |") == "| thực hiện./. | KT. CHỦ TỊCH |"
    assert normalize_text("được biết và thực hiện./. Trân trọng cảm ơn") == "được biết và thực hiện./. Trân trọng cảm ơn"


def test_ocrs_underscore_before_a_numbered_headings_label_is_dropped():
    # (a tax department's report, scanned: a smudge at the margin before "2.3.")
    assert normalize_text("NSNN.\n\n_2.3. Giao Vụ Chính sách.\n\n- Khẩn trương rà soát") == \
        "NSNN.\n\n2.3. Giao Vụ Chính sách.\n\n- Khẩn trương rà soát"
    assert normalize_text("thu.\n_3. Phối hợp với các cơ quan") == "thu.\n3. Phối hợp với các cơ quan"
    # (one before a document's number is left: it is no label)
    assert normalize_text("Nghị định số\n_126/2020/NĐ-CP") == "Nghị định số\n_126/2020/NĐ-CP"


def test_ocrs_thanh_pho_without_its_tone_is_thanh_pho():
    # (Chỉ thị of the Prime Minister on e-commerce tax, 2020, scanned: "các tỉnh, thành phô trực thuộc trung ương" had
    # cut the addressees' name short, and its rest read as a job)
    assert normalize_text("- Chủ tịch Ủy ban nhân dân các tỉnh, thành phô trực thuộc trung ương.\nThành phô Hà Nội") == \
        "- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương.\nThành phố Hà Nội"
    assert normalize_text("phô trương, phô mai") == "phô trương, phô mai"  # (the word "phô" itself stays)
    # (Công văn of the General Department of Taxation, scanned: "Cục Thuế các tỉnh, thành phổ phối hợp …" had cut the
    # unit at "các tỉnh"); after "tỉnh, " only: "trở thành phó giám đốc", "trở thành phổ biến" are words
    assert normalize_text("Cục Thuế các tỉnh, thành phổ; các tỉnh, thành phó trực thuộc; các tỉnh, thành phế") == \
        "Cục Thuế các tỉnh, thành phố; các tỉnh, thành phố trực thuộc; các tỉnh, thành phố"
    assert normalize_text("trở thành phó giám đốc, trở thành phổ biến") == "trở thành phó giám đốc, trở thành phổ biến"


def test_ocrs_letters_for_a_national_assembly_terms_digits_are_digits():
    # (Công văn 1312/LĐTBXH-ATLĐ, 2022, scanned: "Nghị quyết số 17/2022/UBTVQHI5", "…/UBTVQHIS"; the "5" was then cut
    # as a footnote's number glued on, and the reference kept a symbol no document has)
    assert normalize_text("Nghị quyết số 17/2022/UBTVQHI5 và số 17/2022/UBTVQHIS; Luật số 58/2014/QH13") == \
        "Nghị quyết số 17/2022/UBTVQH15 và số 17/2022/UBTVQH15; Luật số 58/2014/QH13"
    assert normalize_text("QHI là viết tắt; AQHI5X") == "QHI là viết tắt; AQHI5X"  # (not outside a symbol's end)


def test_ocrs_d_with_stroke_where_no_word_has_it_is_d():
    # (a national nutrition strategy, scanned: "giảm xuống đưới 30%" had lost its comparator "dưới")
    assert normalize_text("Tỷ lệ thiếu máu giảm xuống đưới 23%; tư vấn dinh đưỡng") == \
        "Tỷ lệ thiếu máu giảm xuống dưới 23%; tư vấn dinh dưỡng"
    assert normalize_text("đường, được, đương nhiệm") == "đường, được, đương nhiệm"


def test_ocrs_misread_words_of_an_assignment_are_read_back():
    # (Công điện 119/CĐ-TTg, 2024, scanned: "Bộ Công an chủ tri, phối hợp …"; Thông báo 990/TB-TCT: "phôi hợp")
    assert normalize_text("2. Bộ Công an chủ tri, phối họp với các bộ; Cục Thuế phôi hợp với Vụ Pháp chế") == \
        "2. Bộ Công an chủ trì, phối hợp với các bộ; Cục Thuế phối hợp với Vụ Pháp chế"
    # (Chỉ thị 11/CT-TTg, 2020, scanned: "Chủ tịch Uy ban nhân dân các tỉnh")
    assert normalize_text("Chủ tịch Uy ban nhân dân các tỉnh") == "Chủ tịch Ủy ban nhân dân các tỉnh"
    # (Công văn 1738/TCT-DNNCN, 2021, and 4222/TCT-PC, 2023, scanned)
    assert normalize_text("Tổng cục Thuế dé nghị các Cục Thuế, Chỉ cục Thuế") == \
        "Tổng cục Thuế đề nghị các Cục Thuế, Chi cục Thuế"
