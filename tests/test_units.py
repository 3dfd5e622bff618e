"""Unit names: abbreviations, lists of units, comparison keys."""
import pytest

from extractors.units import begins_job, expand_abbreviations, read_provinces, read_units, split_units, unit_key


@pytest.mark.parametrize("name,full", [
    ("UBND tỉnh", "Ủy ban nhân dân tỉnh"),
    ("HĐND tỉnh Khánh Hòa", "Hội đồng nhân dân tỉnh Khánh Hòa"),
    ("Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã hội"),
    ("Sở LĐTBXH", "Sở Lao động - Thương binh và Xã hội"),
    ("Sở KH&ĐT", "Sở Kế hoạch và Đầu tư"),
    ("Sở KHĐT", "Sở Kế hoạch và Đầu tư"),
    ("Sở TT&TT", "Sở Thông tin và Truyền thông"),
    ("Sở GD&ĐT", "Sở Giáo dục và Đào tạo"),
    ("Sở TN&MT", "Sở Tài nguyên và Môi trường"),
    ("Sở NN&PTNT", "Sở Nông nghiệp và Phát triển nông thôn"),
    ("Sở KH&CN", "Sở Khoa học và Công nghệ"),
    ("Sở VH,TT&DL", "Sở Văn hóa, Thể thao và Du lịch"),
    ("BHXH tỉnh", "Bảo hiểm xã hội tỉnh"),
    ("CA tỉnh", "Công an tỉnh"),
    ("VP UBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh"),
    ("Bộ CHQS tỉnh", "Bộ Chỉ huy Quân sự tỉnh"),
    # a ministry's and the tax administration's departments, written short in their own letters
    ("Vụ TCCB", "Vụ Tổ chức cán bộ"),
    ("Cục CNTT", "Cục Công nghệ thông tin"),
    ("Vụ TTHT", "Vụ Tuyên truyền - Hỗ trợ người nộp thuế"),
    ("Cục Thuế DNL", "Cục Thuế doanh nghiệp lớn"),
    ("Cục DNL", "Cục Thuế doanh nghiệp lớn"),
    ("Ban QLRR", "Ban Quản lý rủi ro"),
])
def test_expand_abbreviations(name, full):
    assert expand_abbreviations(name) == full


def test_plain_words_are_not_abbreviations():
    assert expand_abbreviations("Cục Hải quan tỉnh") == "Cục Hải quan tỉnh"
    assert expand_abbreviations("Kế hoạch TCCB năm 2025") == "Kế hoạch TCCB năm 2025"  # a department's only after its head
    assert expand_abbreviations("CA sĩ") == "CA sĩ"  # "CA" is Công an only before a place


@pytest.mark.parametrize("phrase,units", [
    ("Các Sở: Tài chính, Nội vụ", ["Sở Tài chính", "Sở Nội vụ"]),
    ("Sở Kế hoạch và Đầu tư, Sở Xây dựng", ["Sở Kế hoạch và Đầu tư", "Sở Xây dựng"]),
    ("các sở, ngành, địa phương và các hội, hiệp hội", ["các sở, ngành, địa phương", "các hội, hiệp hội"]),
    ("Sở Lao động - Thương binh và Xã hội", ["Sở Lao động - Thương binh và Xã hội"]),
    ("Sở Văn hóa, Thể thao và Du lịch", ["Sở Văn hóa, Thể thao và Du lịch"]),
    ("Các phòng chuyên môn; Chi cục Phòng, chống tệ nạn xã hội",
     ["Các phòng chuyên môn", "Chi cục Phòng, chống tệ nạn xã hội"]),
    ("Các Sở: Kế hoạch và Đầu tư, Xây dựng, Cục Thuế tỉnh, Kho bạc Nhà nước, Bảo hiểm xã hội tỉnh",
     ["Sở Kế hoạch và Đầu tư", "Sở Xây dựng", "Cục Thuế tỉnh", "Kho bạc Nhà nước", "Bảo hiểm xã hội tỉnh"]),
    ("các Sở: Thông tin và Truyền thông, Văn phòng UBND tỉnh",
     ["Sở Thông tin và Truyền thông", "Văn phòng Ủy ban nhân dân tỉnh"]),
    ("Văn phòng UBND tỉnh và các cơ quan, địa phương", ["Văn phòng Ủy ban nhân dân tỉnh", "các cơ quan, địa phương"]),
    ("Các sở, ban, ngành, UBND cấp huyện, cấp xã",
     ["Các sở, ban, ngành", "Ủy ban nhân dân cấp huyện", "Ủy ban nhân dân cấp xã"]),
    ("Ủy ban nhân dân cấp huyện và cấp xã", ["Ủy ban nhân dân cấp huyện", "Ủy ban nhân dân cấp xã"]),
    ("UBND huyện, thị xã, thành phố", ["Ủy ban nhân dân huyện, thị xã, thành phố"]),
    ("Ủy ban nhân dân cấp tỉnh, thành phố; Sở Y tế", ["Ủy ban nhân dân cấp tỉnh, thành phố", "Sở Y tế"]),
    # "cùng cấp", "ngang cấp": the body of the same level, no second unit ("cùng" still joins two units)
    ("Liên đoàn Lao động cùng cấp và các đơn vị có liên quan",
     ["Liên đoàn Lao động cùng cấp", "các đơn vị có liên quan"]),
    ("cơ quan Bảo hiểm xã hội ngang cấp", ["cơ quan Bảo hiểm xã hội ngang cấp"]),
    ("Sở Y tế cùng các đơn vị liên quan", ["Sở Y tế", "các đơn vị liên quan"]),
    # the places a group names one after another ("các tỉnh A, B và C"); a body after them is a unit of its own
    ("Hội Chữ thập đỏ các tỉnh Tây Nguyên và Tây Ninh", ["Hội Chữ thập đỏ các tỉnh Tây Nguyên và Tây Ninh"]),
    ("Ủy ban nhân dân các tỉnh Gia Lai, Kon Tum, Sở Tài chính",
     ["Ủy ban nhân dân các tỉnh Gia Lai, Kon Tum", "Sở Tài chính"]),
    ("Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương",
     ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]),
    ("Bộ CHQS tỉnh; UBND cấp xã", ["Bộ Chỉ huy Quân sự tỉnh", "Ủy ban nhân dân cấp xã"]),
    ("Sở KH&CN; các cơ quan, đơn vị liên quan", ["Sở Khoa học và Công nghệ", "các cơ quan, đơn vị liên quan"]),
    ("VTV, VOV, TTXVN, các địa phương",
     ["Đài Truyền hình Việt Nam", "Đài Tiếng nói Việt Nam", "Thông tấn xã Việt Nam", "các địa phương"]),
    ("Bộ Công an, Bộ Tài chính và các bộ, ngành, địa phương khác có liên quan",
     ["Bộ Công an", "Bộ Tài chính", "các bộ, ngành, địa phương khác có liên quan"]),
    ("các phòng chuyên môn và tương đương, các đơn vị trực thuộc Sở, Trường Cao đẳng nghề Lạng Sơn "
     "(sau đây gọi chung là các cơ quan, đơn vị)",
     ["các phòng chuyên môn và tương đương", "các đơn vị trực thuộc Sở", "Trường Cao đẳng nghề Lạng Sơn"]),
    # A piece naming no unit of its own belongs to the unit before it.
    ("Các sở có đơn vị sự nghiệp kinh tế, sự nghiệp kinh tế khác trực thuộc",
     ["Các sở có đơn vị sự nghiệp kinh tế, sự nghiệp kinh tế khác trực thuộc"]),
    ("Tổ công tác liên ngành", ["Tổ công tác liên ngành"]),
    # A cell's bullets on one line, and two units written "A/ B"; a name with its own slash stays whole.
    ("- Vụ Vật liệu xây dựng; - Vụ Kế hoạch -Tài chính; - Văn phòng Bộ.",
     ["Vụ Vật liệu xây dựng", "Vụ Kế hoạch - Tài chính", "Văn phòng Bộ"]),
    ("Vụ Kế hoạch- Tài chính/ Ban Quản lý quy hoạch.", ["Vụ Kế hoạch - Tài chính", "Ban Quản lý quy hoạch"]),
    ("Thuế tỉnh/thành phố", ["Thuế tỉnh/thành phố"]),
])
def test_split_units(phrase, units):
    assert split_units(phrase) == units


@pytest.mark.parametrize("phrase,unit", [
    ("Giám đốc Sở Nội vụ", "Sở Nội vụ"),
    ("Chánh Văn phòng", "Văn phòng"),
    ("Trưởng các phòng chuyên môn", "các phòng chuyên môn"),
    ("Thủ trưởng các đơn vị trực thuộc Sở", "các đơn vị trực thuộc Sở"),
    ("Chủ tịch Ủy ban nhân dân các huyện", "Ủy ban nhân dân các huyện"),
    ("Trưởng phòng Lao động - Thương binh và Xã hội các huyện, thị xã, thành phố",
     "Phòng Lao động - Thương binh và Xã hội các huyện, thị xã, thành phố"),
    ("Chi cục Trưởng Chi cục Phòng, chống tệ nạn xã hội", "Chi cục Phòng, chống tệ nạn xã hội"),
])
def test_titles_name_their_unit(phrase, unit):
    assert split_units(phrase) == [unit]


def test_unit_key_folds_case_tone_and_abbreviations():
    assert unit_key("Sở Văn hoá, Thể thao và Du lịch") == unit_key("sở văn hóa thể thao và du lịch")
    assert unit_key("UBND tỉnh") == unit_key("Ủy ban nhân dân tỉnh") == unit_key("Uỷ ban nhân dân Tỉnh")
    assert unit_key("Sở LĐ-TB&XH") == unit_key("Sở Lao động - Thương binh và Xã hội")
    assert unit_key("Sở Nội vụ") != unit_key("Sở Tư pháp")


@pytest.mark.parametrize("sentence,units,rest", [
    ("Phòng Quản lý xuất nhập cảnh Công an tỉnh chủ trì", ["Phòng Quản lý xuất nhập cảnh Công an tỉnh"], " chủ trì"),
    # the level above or below is part of a group's name
    ("Cơ quan, tổ chức, đơn vị cấp trên chỉ đạo đơn vị trực thuộc", ["Cơ quan, tổ chức, đơn vị cấp trên"], " chỉ đạo"),
    ("Các đơn vị cấp dưới thực hiện báo cáo", ["Các đơn vị cấp dưới"], " thực hiện"),
    # every level's body: "các cấp" ends its name (not "các cấp ủy", a group of its own)
    ("Ủy ban nhân dân các cấp có trách nhiệm tổ chức thi hành", ["Ủy ban nhân dân các cấp"], " có trách nhiệm"),
    ("Hội đồng Thi đua - Khen thưởng các cấp phân công rõ trách nhiệm", ["Hội đồng Thi đua - Khen thưởng các cấp"],
     " phân công"),
    ("Sở Nội vụ chủ trì, phối hợp với Sở Tài chính", ["Sở Nội vụ"], " chủ trì"),
    ("UBND tỉnh giao Sở Tư pháp", ["Ủy ban nhân dân tỉnh"], " giao Sở"),  # offsets stay in the original text
    ("các cơ quan, đơn vị, tổ chức và doanh nghiệp tổ chức đánh giá", ["các cơ quan, đơn vị, tổ chức và doanh nghiệp"],
     " tổ chức đánh"),
    ("các ngành, đơn vị liên quan (thuế, đất đai, xây dựng) tham mưu", ["các ngành, đơn vị liên quan"], " tham mưu"),
    ("Các cơ quan, đơn vị liên quan đến điều tra xã hội học phải đảm bảo",
     ["Các cơ quan, đơn vị liên quan đến điều tra xã hội học"], " phải đảm"),
    ("Phòng Kế hoạch-Tài chính Sở hướng dẫn", ["Phòng Kế hoạch - Tài chính Sở"], " hướng dẫn"),
    ("các bộ, ngành tháo gỡ các khó khăn", ["các bộ, ngành"], " tháo gỡ"),
    ("Ngân hàng Nhà nước Việt Nam và các ngân hàng thương mại cổ phần quyết liệt triển khai",
     ["Ngân hàng Nhà nước Việt Nam", "các ngân hàng thương mại cổ phần"], " quyết liệt"),
    ("các tập đoàn, tổng công ty nhà nước xây dựng đề án", ["các tập đoàn, tổng công ty nhà nước"], " xây dựng"),
    ("Tập đoàn Viễn thông Quân đội triển khai", ["Tập đoàn Viễn thông Quân đội"], " triển khai"),
    ("Ủy ban nhân dân các thành phố: Hà Nội, Cần Thơ thực hiện",
     ["Ủy ban nhân dân thành phố Hà Nội", "Ủy ban nhân dân thành phố Cần Thơ"], " thực hiện"),
    # (Kế hoạch 556/KH-UBND Đồng Tháp, 2025) the places counted, then named
    ("Ủy ban nhân dân 04 xã: Gia Thuận, Tân Điền, Gò Công Đông, Tân Phú Đông thành lập",
     ["Ủy ban nhân dân xã Gia Thuận", "Ủy ban nhân dân xã Tân Điền", "Ủy ban nhân dân xã Gò Công Đông",
      "Ủy ban nhân dân xã Tân Phú Đông"], " thành lập"),
    ("UBND các tỉnh: Bà Rịa - Vũng Tàu, Đồng Nai và Bình Dương triển khai",
     ["Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu", "Ủy ban nhân dân tỉnh Đồng Nai", "Ủy ban nhân dân tỉnh Bình Dương"],
     " triển khai"),
    ("Ban Quản lý dự án đầu tư xây dựng tỉnh thực hiện", ["Ban Quản lý dự án đầu tư xây dựng tỉnh"], " thực hiện"),
    ("Cục Kết cấu hạ tầng xây dựng tham mưu", ["Cục Kết cấu hạ tầng xây dựng"], " tham mưu"),
    ("các lực lượng chức năng của địa phương thực hiện", ["các lực lượng chức năng của địa phương"], " thực hiện"),
    ("các Cục, Vụ liên quan của Bộ VHTTDL thực hiện", ["các Cục, Vụ liên quan của Bộ Văn hóa, Thể thao và Du lịch"],
     " thực hiện"),
    ("Cục trưởng các Cục: Di sản văn hóa, Bản quyền tác giả chủ trì", ["Cục Di sản văn hóa", "Cục Bản quyền tác giả"],
     " chủ trì"),
    ("Các Cục: Đường sắt Việt Nam, Kinh tế - Quản lý đầu tư xây dựng, Kết cấu hạ tầng xây dựng theo chức năng",
     ["Cục Đường sắt Việt Nam", "Cục Kinh tế - Quản lý đầu tư xây dựng", "Cục Kết cấu hạ tầng xây dựng"], " theo"),
    ("Cục Du lịch Quốc gia Việt Nam chủ trì", ["Cục Du lịch Quốc gia Việt Nam"], " chủ trì"),
    ("các Bộ, cơ quan đổi mới phương thức", ["các Bộ, cơ quan"], " đổi mới"),
    ("Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương lãnh đạo, chỉ đạo",
     ["Đảng ủy Mặt trận Tổ quốc", "các đoàn thể Trung ương"], " lãnh đạo"),
    ("Đài truyền hình Việt Nam chủ trì đạo diễn", ["Đài truyền hình Việt Nam"], " chủ trì"),
    ("các Sở Xây dựng liên quan thực hiện", ["các Sở Xây dựng liên quan"], " thực hiện"),
    ("Trung tâm Chuyển đổi số văn hóa, thể thao và du lịch chủ trì",
     ["Trung tâm Chuyển đổi số văn hóa, thể thao và du lịch"], " chủ trì"),
    ("Các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ theo chức năng",
     ["Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ"], " theo chức năng"),
    ("Vụ Pháp chế đưa nội dung thực thi Phương án vào dự thảo Luật", ["Vụ Pháp chế"], " đưa nội"),
    ("Trung ương Mặt trận Tổ quốc Việt Nam chỉ đạo", ["Trung ương Mặt trận Tổ quốc Việt Nam"], " chỉ đạo"),
    ("Các chủ rừng phải thường xuyên kiểm tra", ["Các chủ rừng"], " phải"),
    # the Government's leaders given a job by name
    ("Phó Thủ tướng Hồ Đức Phớc và các Phó Thủ tướng theo nhiệm vụ được phân công chỉ đạo",
     ["Phó Thủ tướng Hồ Đức Phớc", "các Phó Thủ tướng"], " theo nhiệm vụ"),
    ("Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình chỉ đạo Bộ Công an",
     ["Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình"], " chỉ đạo"),
    ("Phó Thủ tướng Nguyễn Thành Long tỉnh Gia Lai", [], "Phó Thủ tướng Nguyễn Thành Long tỉnh Gia Lai"),
    # the provincial tax offices since 2025 are named by their place only
    ("Trưởng Thuế các tỉnh, thành phố nơi có NNT bị thiệt hại", ["Thuế các tỉnh, thành phố"], " nơi có"),
    ("Thuế tỉnh Khánh Hòa chủ trì", ["Thuế tỉnh Khánh Hòa"], " chủ trì"),
    ("Thuế thu nhập cá nhân được miễn", [], "Thuế thu nhập"),
    ("Chủ đầu tư phối hợp chặt chẽ với các đơn vị liên quan", ["Chủ đầu tư"], " phối hợp"),  # the project's investor
    # a council's place written once at the end belongs to each of its bodies
    ("Thường trực HĐND, các Ban HĐND, các Tổ đại biểu và đại biểu HĐND Thành phố giám sát",
     ["Thường trực Hội đồng nhân dân Thành phố", "các Ban Hội đồng nhân dân Thành phố",
      "các Tổ đại biểu Hội đồng nhân dân Thành phố", "đại biểu Hội đồng nhân dân Thành phố"], " giám sát"),
    ("Thống đốc Ngân hàng Nhà nước Việt Nam tiếp thu, giải trình", ["Ngân hàng Nhà nước Việt Nam"], " tiếp thu"),
    ("Ủy ban nhân dân phường, xã và đặc khu thực hiện đánh giá", ["Ủy ban nhân dân phường, xã và đặc khu"], " thực hiện"),
    # provinces and centrally-run cities listed together, each by its own kind
    ("Ủy ban nhân dân các tỉnh, thành phố: Tuyên Quang, Hồ Chí Minh, Hải Phòng quyết liệt chỉ đạo",
     ["Ủy ban nhân dân tỉnh Tuyên Quang", "Ủy ban nhân dân Thành phố Hồ Chí Minh",
      "Ủy ban nhân dân Thành phố Hải Phòng"], " quyết liệt"),
    ("Ủy ban trung ương Mặt trận Tổ quốc Việt Nam, Tổng Liên đoàn Lao động Việt Nam tham gia",  # ("trung" in lower case)
     ["Ủy ban trung ương Mặt trận Tổ quốc Việt Nam", "Tổng Liên đoàn Lao động Việt Nam"], " tham gia"),
    ("Bộ Y tế, các bộ, cơ quan liên quan xuất cấp theo thẩm quyền các loại hóa chất",  # (dispense: a verb)
     ["Bộ Y tế", "các bộ, cơ quan liên quan"], " xuất cấp"),
    ("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương: Hà Tĩnh, Huế chủ động phối hợp",
     ["Ủy ban nhân dân tỉnh Hà Tĩnh", "Ủy ban nhân dân Thành phố Huế"], " chủ động"),
    ("các cơ quan liên quan thuộc Bộ Xây dựng, Bộ Quốc phòng chỉ đạo",
     ["các cơ quan liên quan thuộc Bộ Xây dựng", "Bộ Quốc phòng"], " chỉ đạo"),
    ("tất cả các phòng, đơn vị trực thuộc Sở xây dựng kế hoạch", ["tất cả các phòng, đơn vị trực thuộc Sở"], " xây dựng"),
    ("đồng chí Bộ trưởng Bộ Xây dựng trực tiếp chỉ đạo", ["Bộ Xây dựng"], " trực tiếp"),
    # a minister named by his ministry's field alone ("Bộ trưởng Công an", a news post of 2025)
    ("Bộ trưởng Công an chỉ đạo triển khai", ["Bộ Công an"], " chỉ đạo"),
    ("Bộ trưởng Tài chính chỉ đạo bố trí ngân sách", ["Bộ Tài chính"], " chỉ đạo"),
    # departments listed after "Các Bộ" without a colon
    ("Các Bộ Quốc phòng, Công an: Chỉ đạo các đơn vị", ["Bộ Quốc phòng", "Bộ Công an"], ": Chỉ đạo"),
    ("các Sở Y tế, Giáo dục và Đào tạo, UBND các xã tổ chức",
     ["Sở Y tế", "Sở Giáo dục và Đào tạo", "Ủy ban nhân dân các xã"], " tổ chức"),
    # one head word over several one-word names; an acronym after its head word stays as written
    ("Bộ Khoa học và Công nghệ, các Tập đoàn VNPT, Viettel, Mobifone khẩn trương chỉ đạo",
     ["Bộ Khoa học và Công nghệ", "Tập đoàn VNPT", "Tập đoàn Viettel", "Tập đoàn Mobifone"], " khẩn trương"),
    ("Các đồng chí Phó Thủ tướng Chính phủ tiếp tục theo dõi", ["Các đồng chí Phó Thủ tướng Chính phủ"], " tiếp tục"),
    ("các Thuế tỉnh, thành phố khẩn trương báo cáo", ["các Thuế tỉnh, thành phố"], " khẩn trương"),
    # a committee's head keeps the title: the Quy chế of a Ban gives him duties of his own
    ("Trưởng ban Ban Quản lý Khu kinh tế mở Chu Lai trình Ủy ban nhân dân",
     ["Trưởng ban Ban Quản lý Khu kinh tế mở Chu Lai"], " trình"),
    ("Phó Trưởng Ban Chỉ đạo giúp Trưởng Ban Chỉ đạo điều hành", ["Phó Trưởng Ban Chỉ đạo"], " giúp"),
    # a committee named by the programme it steers; "thực hiện" before a job in lower case is the verb
    ("Ban Chỉ đạo thực hiện các Chương trình mục tiêu quốc gia tỉnh chủ trì",
     ["Ban Chỉ đạo thực hiện các Chương trình mục tiêu quốc gia tỉnh"], " chủ trì"),
    ("Tổ công tác triển khai Đề án 06 của tỉnh có trách nhiệm", ["Tổ công tác triển khai Đề án 06 của tỉnh"],
     " có trách nhiệm"),
    ("Ban Chỉ đạo thực hiện rà soát các dự án", ["Ban Chỉ đạo"], " thực hiện"),
    # a group with the bodies it stands for listed after a colon (Công văn 1040/LĐTBXH-NCC, 2012)
    ("các cơ quan chức năng: Sở Y tế, Bộ Chỉ huy quân sự tỉnh, Hội Cựu chiến binh thực hiện",
     ["Sở Y tế", "Bộ Chỉ huy quân sự tỉnh", "Hội Cựu chiến binh"], " thực hiện"),
    # (a law's "Trưởng phòng Phòng Lao động …": the title's own head word before the office's name)
    ("Trưởng phòng Phòng Lao động - Thương binh và Xã hội cấp huyện xem xét hồ sơ",
     ["Phòng Lao động - Thương binh và Xã hội cấp huyện"], " xem xét"),
    ("Giám đốc Sở Nội vụ chủ trì", ["Sở Nội vụ"], " chủ trì"),
    # "trình" after "Chương" is the programme, not the verb "submit"
    ("Ban chỉ đạo Chương trình làm việc theo chế độ kiêm nhiệm", ["Ban chỉ đạo Chương trình"], " làm việc"),
    ("Đồng Trưởng ban Ban chỉ đạo Chương trình: Đồng chủ trì các cuộc họp",
     ["Đồng Trưởng ban Ban chỉ đạo Chương trình"], ":"),
    # a plural title over a group of bodies reads as the title alone
    ("Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ ban hành tiêu chuẩn", ["Các Bộ, cơ quan ngang bộ"], " ban hành"),
    # titles listed before one group all head its bodies; a corporation's board chair is one of them
    ("Giám đốc, Thủ trưởng các cơ quan, đơn vị chủ động thực hiện", ["các cơ quan, đơn vị"], " chủ động"),
    ("Chủ tịch Hội đồng thành viên, Tổng Giám đốc các tập đoàn, tổng công ty nhà nước chủ động thực hiện",
     ["các tập đoàn, tổng công ty nhà nước"], " chủ động"),
    ("Tổng Liên đoàn Lao động Việt Nam theo thẩm quyền xem xét", ["Tổng Liên đoàn Lao động Việt Nam"], " theo"),
    # a state committee's field after "Nhà nước về" is part of its name (Quyết định 170/QĐ-BCĐNNDL, 2025)
    ("Ban Chỉ đạo Nhà nước về Du lịch hướng dẫn, kiểm tra", ["Ban Chỉ đạo Nhà nước về Du lịch"], " hướng dẫn"),
    # a national committee whose name holds "về các tổ chức" (Chỉ thị về công tác phi chính phủ nước ngoài, 2026)
    ("Ủy ban Công tác về các tổ chức phi chính phủ nước ngoài, các Bộ, ngành phối hợp",
     ["Ủy ban Công tác về các tổ chức phi chính phủ nước ngoài", "các Bộ, ngành"], " phối hợp"),
    # "xã hội" inside a name is no commune's kind
    ("Viện Hàn lâm Khoa học xã hội Việt Nam phối hợp", ["Viện Hàn lâm Khoa học xã hội Việt Nam"], " phối hợp"),
    ("Ban Đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội tỉnh bố trí vốn",
     ["Ban Đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội tỉnh"], " bố trí"),
    # bodies whose names hold a verb or a comma, read whole
    ("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch, Quỹ Đầu tư phát triển tỉnh hỗ trợ",
     ["Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch", "Quỹ Đầu tư phát triển tỉnh"], " hỗ trợ"),
    ("Đại học Quốc gia Hà Nội, Đảng ủy các cơ quan Đảng Trung ương tham gia",
     ["Đại học Quốc gia Hà Nội", "Đảng ủy các cơ quan Đảng Trung ương"], " tham gia"),
    ("Trung tâm Văn hóa, Thông tin và Thể thao xã, Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao "
     "phối hợp", ["Trung tâm Văn hóa, Thông tin và Thể thao xã",
                  "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao"], " phối hợp"),
    # a province's project boards by the works they build (Nghị định 15/2021/NĐ-CP's names)
    ("Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh Khánh Hòa làm chủ đầu tư",
     ["Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh Khánh Hòa"], " làm"),
    # a region's number, in digits since 2025 (the State Bank's regional branches)
    ("Ngân hàng Nhà nước khu vực 8 chỉ đạo", ["Ngân hàng Nhà nước khu vực 8"], " chỉ đạo"),
    # a National Assembly committee is named with "của Quốc hội"
    ("Ủy ban Kinh tế và Tài chính của Quốc hội, Hội đồng Dân tộc của Quốc hội giám sát",
     ["Ủy ban Kinh tế và Tài chính của Quốc hội", "Hội đồng Dân tộc của Quốc hội"], " giám sát"),
    # universities and journals by their head words; bodies whose names hold a verb ("không", "phát triển")
    ("Đại học Bách khoa Hà Nội, Tạp chí Thuế, Tổng công ty Cảng hàng không Việt Nam tham gia",
     ["Đại học Bách khoa Hà Nội", "Tạp chí Thuế", "Tổng công ty Cảng hàng không Việt Nam"], " tham gia"),
    # national and central committees named with their fields, verbs and lists and all
    ("Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực chỉ đạo",
     ["Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực"], " chỉ đạo"),
    ("Ủy ban Quốc gia về chuyển đổi số, Bộ Khoa học và Công nghệ hướng dẫn",
     ["Ủy ban Quốc gia về chuyển đổi số", "Bộ Khoa học và Công nghệ"], " hướng dẫn"),
    # state groups listed after their head word, each named as printed (Thông báo 634/TB-VPCP, 2025)
    ("các Tập đoàn: Bưu chính Viễn thông Việt Nam, Công nghiệp - Viễn thông Quân đội tổ chức triển khai",
     ["Tập đoàn Bưu chính Viễn thông Việt Nam", "Tập đoàn Công nghiệp - Viễn thông Quân đội"], " tổ chức"),
    ("các Tập đoàn: Điện lực Việt Nam, Dầu khí Việt Nam khẩn trương rà soát",
     ["Tập đoàn Điện lực Việt Nam", "Tập đoàn Dầu khí Việt Nam"], " khẩn trương"),
    # a member's label names the body the member stands for; not a representative doing a thing
    ("Đại diện Bộ Kế hoạch và Đầu tư: Chịu trách nhiệm tham mưu", ["Bộ Kế hoạch và Đầu tư"], ":"),
    ("Đại diện các đơn vị thuộc Bộ Tài chính trình bày các nội dung", [], "Đại diện"),
    # the construction decree's term for the departments that run building works of their sector
    ("Các Sở quản lý công trình xây dựng chuyên ngành Thành phố tham mưu giúp UBND Thành phố",
     ["Các Sở quản lý công trình xây dựng chuyên ngành Thành phố"], " tham mưu"),
    ("Các thành viên Ban Chỉ đạo, Cơ quan thường trực của Ban Chỉ đạo trong phạm vi trách nhiệm của mình",
     ["Các thành viên Ban Chỉ đạo", "Cơ quan thường trực của Ban Chỉ đạo"], " trong phạm vi"),
    ("các đơn vị có liên quan đa dạng hóa công tác tuyên truyền", ["các đơn vị có liên quan"], " đa dạng hóa"),
    # a second group after "và", listed on its own, is a unit of its own
    ("các sở, ban, ngành và cơ quan, đơn vị có liên quan triển khai",
     ["các sở, ban, ngành", "cơ quan, đơn vị có liên quan"], " triển khai"),
    ("các sở, ban, ngành và địa phương thực hiện", ["các sở, ban, ngành và địa phương"], " thực hiện"),
    # the body of each party committee of a group
    ("Ban Tuyên giáo và Dân vận các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương lập danh sách",
     ["Ban Tuyên giáo và Dân vận các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương"], " lập danh sách"),
    # a title over a group of bodies in lower case
    ("Bí thư tỉnh ủy, thành ủy; Chủ tịch Ủy ban nhân dân các tỉnh, thành phố lãnh đạo",
     ["tỉnh ủy, thành ủy", "Ủy ban nhân dân các tỉnh, thành phố"], " lãnh đạo"),
    # central bodies whose names run on past "nhân dân" or a comma
    ("Tòa án nhân dân tối cao, Viện Kiểm sát nhân dân tối cao hoàn thành kết nối",
     ["Tòa án nhân dân tối cao", "Viện Kiểm sát nhân dân tối cao"], " hoàn thành"),
    ("Vụ Khoa học công nghệ, Đào tạo và Môi trường, Cục Xuất bản, In và Phát hành triển khai",
     ["Vụ Khoa học công nghệ, Đào tạo và Môi trường", "Cục Xuất bản, In và Phát hành"], " triển khai"),
    ("Ban Chính sách, chiến lược Trung ương, Bộ Khoa học và Công nghệ nghiên cứu",
     ["Ban Chính sách, chiến lược Trung ương", "Bộ Khoa học và Công nghệ"], " nghiên cứu"),
    ("Kiểm toán Nhà nước và các cơ quan chức năng tạo điều kiện thuận lợi cho các địa phương",
     ["Kiểm toán Nhà nước", "các cơ quan chức năng"], " tạo điều kiện"),
    # a committee named by the movement it steers, the movement's title in quotes
    ("Ban Chỉ đạo phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” tỉnh tuyên truyền, vận động",
     ["Ban Chỉ đạo phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” tỉnh"], " tuyên truyền"),
    ('Ban Chỉ đạo Cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" tỉnh có trách nhiệm kiểm tra',
     ['Ban Chỉ đạo Cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" tỉnh'], " có trách nhiệm"),
    # (a quote that opens no title inside the name is the sentence's)
    ("Ban Chỉ đạo tỉnh tuyên truyền cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”",
     ["Ban Chỉ đạo tỉnh"], " tuyên truyền"),
    # "tăng" opens a job ("Báo Nghệ An tăng thời lượng tuyên truyền …", a directive's point), as "tăng cường" does
    ("Đài Phát thanh - Truyền hình tỉnh, Báo Nghệ An tăng thời lượng tuyên truyền",
     ["Đài Phát thanh - Truyền hình tỉnh", "Báo Nghệ An"], " tăng thời lượng"),
    # the province's portal, power company and telecom, given jobs in plans ("… Cổng Thông tin điện tử tỉnh đăng tải …")
    ("Báo Lâm Đồng, Cổng Thông tin điện tử tỉnh, Điện lực Lâm Đồng, Viễn thông Lâm Đồng triển khai",
     ["Báo Lâm Đồng", "Cổng Thông tin điện tử tỉnh", "Điện lực Lâm Đồng", "Viễn thông Lâm Đồng"], " triển khai"),
    # a scan that lost the line's end ("… trực thuộc" / "Trung ương"): "trực thuộc" is no job
    ("Cục Thuế các tỉnh, thành phố trực thuộc", ["Cục Thuế các tỉnh, thành phố trực thuộc"], ""),
    # "cho thuê" (lease) describes a group, "tự kiểm tra" (check for themselves) is its job (Sở Nội vụ TP.HCM, 2025)
    ("các doanh nghiệp có hoạt động cho thuê lại lao động trên địa bàn Thành phố tự kiểm tra, đánh giá",
     ["các doanh nghiệp có hoạt động cho thuê lại lao động trên địa bàn Thành phố"], " tự kiểm tra"),
    ("Các cơ sở giáo dục tự đánh giá chất lượng", ["Các cơ sở giáo dục"], " tự đánh giá"),
    # a Deputy Prime Minister is no part of the group before him (Thông báo 637/TB-VPCP, 2025)
    ("các nhà thầu, Phó Thủ tướng Chính phủ Lê Thành Long kết luận như sau:",
     ["các nhà thầu", "Phó Thủ tướng Chính phủ Lê Thành Long"], " kết luận"),
    # "&" and "công trình" inside a company's name; "giao thông" (traffic) is no "giao" (assign) (Hà Nội, 2025)
    ("Công ty Cổ phần Môi trường Đô thị & công trình đô thị Sơn Tây thực hiện",
     ["Công ty Cổ phần Môi trường Đô thị & công trình đô thị Sơn Tây"], " thực hiện"),
    # a company's line of business in lower case, verbs and all, after its legal form (Công văn 4001/UBND-ĐT TP.HCM,
    # 2025: a table of quarries); a generic "Công ty cổ phần" followed by its job stays no name
    ("Công ty TNHH khai thác đá Phú Sơn lập phương án đóng cửa mỏ", ["Công ty TNHH khai thác đá Phú Sơn"], " lập"),
    ("Công ty cổ phần cấp thoát nước Lâm Đồng thực hiện cải tạo", ["Công ty cổ phần cấp thoát nước Lâm Đồng"],
     " thực hiện"),
    ("Công ty TNHH MTV xổ số kiến thiết Lâm Đồng bảo đảm nộp ngân sách", ["Công ty TNHH MTV xổ số kiến thiết Lâm Đồng"],
     " bảo đảm"),
    ("Công ty TNHH ABC triển khai Kế hoạch phòng cháy", ["Công ty TNHH ABC"], " triển khai"),
    ("Phòng Cảnh sát giao thông Công an tỉnh tăng cường tuần tra", ["Phòng Cảnh sát giao thông Công an tỉnh"],
     " tăng cường"),
    ("Ủy ban nhân dân tỉnh giao Sở Y tế", ["Ủy ban nhân dân tỉnh"], " giao Sở"),
    # "khám bệnh, chữa bệnh" and "phòng, chống" are one compound each, not two items (Quyết định 3176/QĐ-BYT, 2024)
    ("Sở Y tế, các cơ sở khám bệnh, chữa bệnh triển khai", ["Sở Y tế", "các cơ sở khám bệnh, chữa bệnh"], " triển khai"),
    ("các lực lượng phòng, chống tội phạm tăng cường", ["các lực lượng phòng, chống tội phạm"], " tăng cường"),
    # "người sử dụng" (users) is a group, not "người" and the verb "sử dụng" (Quyết định 2610/QĐ-UBND Cần Thơ, 2025)
    ("Các cơ quan, đơn vị và người sử dụng có trách nhiệm bảo vệ", ["Các cơ quan, đơn vị và người sử dụng"],
     " có trách nhiệm"),
    # a group noun whose last words are a verb with its object after them (Quyết định 798/QĐ-TTg, 2026: "Phối hợp với
    # các Bộ, cơ quan nghiên cứu các chính sách …"); "cơ quan nghiên cứu" at a list's end is the research bodies
    ("các Bộ, cơ quan nghiên cứu các chính sách kinh tế - xã hội", ["các Bộ, cơ quan"], " nghiên cứu"),
    ("các viện, cơ quan nghiên cứu tổ chức hội thảo", ["các viện, cơ quan nghiên cứu"], " tổ chức"),
    # the units named above ("… nêu trên") and a group's examples (", nhất là các Bộ: Quốc phòng, Công an", ", nhất là
    # các tỉnh: Khánh Hòa, Đắk Lắk") are the group's, not more units (Công điện 217/CĐ-TTg and 225/CĐ-TTg, 2025)
    ("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố nêu trên và lãnh đạo các Bộ, ngành có liên quan, nhất là các Bộ: "
     "Quốc phòng, Công an theo chức năng, nhiệm vụ, thẩm quyền tập trung chỉ đạo",
     ["Ủy ban nhân dân các tỉnh, thành phố", "các Bộ, ngành có liên quan"], " theo chức năng"),
    ("Bí thư, Chủ tịch Ủy ban nhân dân các tỉnh khu vực Trung Bộ, nhất là các tỉnh: Khánh Hòa, Đắk Lắk và Lâm Đồng "
     "tiếp tục tập trung chỉ đạo", ["Ủy ban nhân dân các tỉnh khu vực Trung Bộ"], " tiếp tục"),
    ("Các sở, ngành, đặc biệt là Sở Y tế, Sở Tài chính khẩn trương triển khai", ["Các sở, ngành"], " khẩn trương"),
    # … also when the examples are bodies' acronyms (Thông báo kết luận on key transport projects, 2025)
    ("các bộ, ngành, cơ quan chủ quản, nhất là ACV cần khẩn trương có giải pháp", ["các bộ, ngành, cơ quan chủ quản"],
     " cần khẩn trương"),
    ("các doanh nghiệp, nhất là EVN, PVN và TKV bảo đảm cung ứng", ["các doanh nghiệp"], " bảo đảm"),
    # the Party's bodies named by the body they lead, and the National Assembly's (Kế hoạch 3260-KH/ĐĐQH15, 2025)
    ("Đảng đoàn Quốc hội phối hợp với Đảng ủy cơ quan Văn phòng Quốc hội tổ chức", ["Đảng đoàn Quốc hội"], " phối hợp"),
    ("Đảng ủy cơ quan Văn phòng Quốc hội lãnh đạo", ["Đảng ủy cơ quan Văn phòng Quốc hội"], " lãnh đạo"),
    ("Ban cán sự đảng UBND tỉnh, Đảng đoàn HĐND tỉnh lãnh đạo",
     ["Ban cán sự đảng Ủy ban nhân dân tỉnh", "Đảng đoàn Hội đồng nhân dân tỉnh"], " lãnh đạo"),
    ("Tổ đảng ở Thường trực Ủy ban KH,CN&MT giúp", ["Tổ đảng ở Thường trực Ủy ban Khoa học, Công nghệ và Môi trường"],
     " giúp"),
    ("Thường trực Hội đồng Dân tộc, các Ủy ban của Quốc hội, Lãnh đạo các cơ quan thuộc UBTVQH, các Đoàn đại biểu Quốc "
     "hội theo chức năng", ["Thường trực Hội đồng Dân tộc", "các Ủy ban của Quốc hội",
                            "các cơ quan thuộc Ủy ban Thường vụ Quốc hội", "các Đoàn đại biểu Quốc hội"], " theo"),
])
def test_read_units_stops_at_the_predicate(sentence, units, rest):
    found, end = read_units(sentence)
    assert found == units
    assert sentence[end:].startswith(rest)


@pytest.mark.parametrize("sentence", ["Ban hành kế hoạch thực hiện", "Hội nghị đã thống nhất", "Cơ quan chủ trì đề án",
                                      "Trường hợp cần thiết", "THỦ TƯỚNG CHÍNH PHỦ điện:", "Bộ phận cấu thành của hệ thống"])
def test_read_units_finds_no_unit(sentence):
    assert read_units(sentence) == ([], 0)


@pytest.mark.parametrize("name,full", [
    ("Trung tâm PVHCC tỉnh", "Trung tâm Phục vụ hành chính công tỉnh"),
    ("TTPVHCC tỉnh", "Trung tâm Phục vụ hành chính công tỉnh"),
    ("VPUBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh"),
    ("Văn phòng BCHPTDS tỉnh", "Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh"),
    ("Sở NNMT", "Sở Nông nghiệp và Môi trường"),
    ("Sở DT&TG", "Sở Dân tộc và Tôn giáo"),
    ("Hội LHPN tỉnh", "Hội Liên hiệp Phụ nữ tỉnh"),
    ("Tỉnh đoàn TNCS HCM", "Tỉnh đoàn Thanh niên Cộng sản Hồ Chí Minh"),
    ("VPCP", "Văn phòng Chính phủ"),
    ("Đoàn TNCS Hồ Chí Minh tỉnh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh"),
    ("EVN", "Tập đoàn Điện lực Việt Nam"),  # state groups known by their initials
    ("VNPT", "Tập đoàn Bưu chính Viễn thông Việt Nam"),
    ("Cục DLQGVN", "Cục Du lịch Quốc gia Việt Nam"),
    ("Các cơ sở sản xuất giống, NTTS thương phẩm", "Các cơ sở sản xuất giống, nuôi trồng thủy sản thương phẩm"),
    # the national press bodies a central plan gives jobs to, by their initials
    ("VTV, VOV, TTXVN", "Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam"),
    ("Đài THVN, Đài TNVN", "Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam"),
    # departments and ministries by their two letters in a plan table's cell; "TP" elsewhere is a city
    ("Sở GD&ĐT, Sở YT, Sở TC", "Sở Giáo dục và Đào tạo, Sở Y tế, Sở Tài chính"),
    ("Sở NV, Sở XD, Sở CT, Sở TP", "Sở Nội vụ, Sở Xây dựng, Sở Công Thương, Sở Tư pháp"),
    ("Bộ TC", "Bộ Tài chính"),
    ("Ủy ban nhân dân TP Hồ Chí Minh", "Ủy ban nhân dân thành phố Hồ Chí Minh"),
])
def test_expand_more_abbreviations(name, full):
    assert expand_abbreviations(name) == full


def test_document_symbols_are_no_unit_abbreviations():
    assert expand_abbreviations("Công văn số 12/VPCP-KSTT") == "Công văn số 12/VPCP-KSTT"


@pytest.mark.parametrize("phrase,units", [
    # a table cell of units: each unit keeps all its words, commas inside a name included
    ("Ban Quản lý các Khu công nghiệp khu kinh tế, Sở Tài chính, UBND các phường, xã có liên quan",
     ["Ban Quản lý các Khu công nghiệp khu kinh tế", "Sở Tài chính", "Ủy ban nhân dân các phường, xã có liên quan"]),
    ("Ban Quản lý các Khu công nghiệp, khu kinh tế", ["Ban Quản lý các Khu công nghiệp, khu kinh tế"]),
    ("Các Trường Đại học, Cao đẳng trên địa bàn tỉnh", ["Các Trường Đại học, Cao đẳng trên địa bàn tỉnh"]),
    ("Sở KH&CN; các cơ quan, đơn vị liên quan", ["Sở Khoa học và Công nghệ", "các cơ quan, đơn vị liên quan"]),
    ("VTV, VOV, TTXVN, các địa phương",
     ["Đài Truyền hình Việt Nam", "Đài Tiếng nói Việt Nam", "Thông tấn xã Việt Nam", "các địa phương"]),
    ("Bộ CHQS tỉnh; UBND cấp xã", ["Bộ Chỉ huy Quân sự tỉnh", "Ủy ban nhân dân cấp xã"]),
    ("Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh, Liên minh Hợp tác xã Tỉnh",
     ["Hiệp hội Doanh nghiệp tỉnh", "Hội Nông dân tỉnh", "Liên minh Hợp tác xã Tỉnh"]),
    ("Ngân hàng Nhà nước Việt Nam - Chi nhánh Khu vực II", ["Ngân hàng Nhà nước Việt Nam - Chi nhánh Khu vực II"]),
    # "tổ chức chính trị - xã hội" is a group of its own, as with "các" in front of it
    ("Các sở, ban, ngành, tổ chức chính trị - xã hội, UBND các xã, phường",
     ["Các sở, ban, ngành", "tổ chức chính trị - xã hội", "Ủy ban nhân dân các xã, phường"]),
    # names the gazetteer lacks, listed after a known unit, are units of their own; lower-case words go on a name
    ("Sở Y tế, Bưu điện tỉnh và các bệnh viện tuyến tỉnh", ["Sở Y tế", "Bưu điện tỉnh", "các bệnh viện tuyến tỉnh"]),
    ("các sở có đơn vị sự nghiệp kinh tế, sự nghiệp kinh tế khác trực thuộc",
     ["các sở có đơn vị sự nghiệp kinh tế, sự nghiệp kinh tế khác trực thuộc"]),
    # (Quyết định 844/QĐ-TTg, 2026) what a unit answers for, "đối với …", is no part of its name
    ("Bộ Y tế, Sở Y tế đối với địa phương", ["Bộ Y tế", "Sở Y tế"]),
    # (Quyết định 982/QĐ-TTg, 2026) a ministry after a ministry is another one, after another body its owner
    ("Bộ Ngoại giao Bộ Công Thương", ["Bộ Ngoại giao", "Bộ Công Thương"]),
    ("Bảo hiểm xã hội Bộ Quốc phòng", ["Bảo hiểm xã hội Bộ Quốc phòng"]),
    # (Nghị quyết 08/NQ-CP, 2026) foreign non-governmental organizations by their initials
    ("Ủy ban Công tác về các tổ chức PCPNN, VTV",
     ["Ủy ban Công tác về các tổ chức phi chính phủ nước ngoài", "Đài Truyền hình Việt Nam"]),
])
def test_split_unit_cells_of_other_provinces(phrase, units):
    assert split_units(phrase) == units


@pytest.mark.parametrize("sentence, unit, rest", [
    # boards named by their subject in lower case run to the verb, a place name included
    ("Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ chỉ đạo các đơn vị", "Ban Quản lý các khu chế xuất và "
     "công nghiệp Cần Thơ", " chỉ đạo"),
    ("Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia theo dõi sát diễn biến",
     "Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia", " theo dõi"),
    # "công lập" is no verb "lập"; "lập kế hoạch" still is
    ("Các cơ sở giáo dục đại học công lập báo cáo về mức học phí", "Các cơ sở giáo dục đại học công lập", " báo cáo"),
    ("các phòng lập kế hoạch chi tiết", "các phòng", " lập kế hoạch"),
    # a branch named in lower case after its parent body
    ("Ngân hàng Nhà nước chi nhánh khu vực 14 chỉ đạo các ngân hàng thương mại",
     "Ngân hàng Nhà nước chi nhánh khu vực 14", " chỉ đạo"),
])
def test_open_heads_take_their_lower_case_subject(sentence, unit, rest):
    found, end = read_units(sentence)
    assert found == [unit] and sentence[end:].startswith(rest)


def test_ministers_and_provinces_of_a_central_document():
    sentence = ("Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, "
                "thành phố trực thuộc trung ương chịu trách nhiệm thực hiện Kế hoạch này")
    found, end = read_units(sentence)
    assert found == ["Các Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
                     "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]
    assert sentence[end:].startswith(" chịu trách nhiệm")


def test_one_stop_desk_is_a_unit():
    assert read_units("Bộ phận một cửa tiếp nhận hồ sơ")[0] == ["Bộ phận một cửa"]
    assert read_units("Bộ phận Một cửa cấp xã trả kết quả cho công dân")[0] == ["Bộ phận Một cửa cấp xã"]


def test_read_units_with_people_and_front_bodies():
    assert read_units("các cơ quan, tổ chức, cá nhân có liên quan triển khai")[0] == [
        "các cơ quan, tổ chức, cá nhân có liên quan"]
    assert read_units("Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội phát huy vai trò")[0] == [
        "Mặt trận Tổ quốc Việt Nam tỉnh", "các tổ chức chính trị - xã hội"]


def _top_level_alternatives(pattern: str) -> list[str]:
    out, depth, start = [], 0, 0
    for i, ch in enumerate(pattern):
        if ch == "\\":
            continue
        if ch == "(" and pattern[i - 1:i] != "\\":
            depth += 1
        elif ch == ")" and pattern[i - 1:i] != "\\":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    return out + [pattern[start:]]


def test_every_abbreviation_opens_with_two_capitals():
    """The abbreviation scan only tries positions where two capitals begin a word (see units._data)."""
    import json
    from importlib import resources

    import regex

    raw = json.loads(resources.files("extractors").joinpath("data/units.json").read_text(encoding="utf-8"))
    for pattern, _ in raw["abbreviations"]:
        for alternative in _top_level_alternatives(pattern):
            literal = regex.sub(r"^(?:\\b)?", "", _after_lookbehind(alternative))
            assert regex.match(r"\p{Lu}{2}", literal), pattern


def _after_lookbehind(alternative: str) -> str:
    """The alternative past a leading look-behind ("(?<=\\bVụ\\s)TCCB" → "TCCB"), brackets inside it counted."""
    if not alternative.startswith(("(?<=", "(?<!")):
        return alternative
    depth = 0
    for i, ch in enumerate(alternative):
        if ch in "()" and alternative[i - 1:i] != "\\":
            depth += 1 if ch == "(" else -1
            if depth == 0:
                return alternative[i + 1:]
    return alternative


def test_capitalized_group_noun_listed_on_stays_in_the_group():
    assert read_units("các Sở, Ban, ngành liên quan tổ chức thực hiện")[0] == ["các Sở, Ban, ngành liên quan"]
    assert read_units("các sở, Ban Quản lý dự án và UBND huyện thực hiện")[0] == [
        "các sở", "Ban Quản lý dự án", "Ủy ban nhân dân huyện"]


@pytest.mark.parametrize("text, units", [
    ("sở, ban, ngành, đoàn thể Thành phố tổ chức tuyên truyền", ["sở, ban, ngành, đoàn thể Thành phố"]),
    ("cơ quan báo chí tuyên truyền rộng rãi", ["cơ quan báo chí"]),
    ("lực lượng Công an trong rà soát", ["lực lượng Công an"]),
    ("cơ quan chức năng của Bộ Nông nghiệp và Môi trường theo dõi", ["cơ quan chức năng của Bộ Nông nghiệp và Môi trường"]),
    # verbs that share a group noun's spelling, and the lead's own role, name no partner
    ("tổ chức tập huấn cho cán bộ", []),
    ("phòng chống ma túy trong trường học", []),
    ("ban hành văn bản hướng dẫn", []),
    ("cơ quan chủ trì thực hiện các nhiệm vụ", []),
])
def test_partners_after_phoi_hop_need_no_cac(text, units):
    assert read_units(text, partners=True)[0] == units


def test_bare_group_noun_outside_a_partner_list_is_no_unit():
    assert read_units("cơ quan báo chí tuyên truyền rộng rãi")[0] == []


@pytest.mark.parametrize("sentence, unit", [
    ("Đảng ủy Chính phủ chỉ đạo các cấp ủy thực hiện.", "Đảng ủy Chính phủ"),
    ("Đảng ủy Quân sự tỉnh chỉ đạo thực hiện.", "Đảng ủy Quân sự tỉnh"),
    ("Đảng ủy xã chỉ đạo thực hiện.", "Đảng ủy xã"),
])
def test_party_committee_named_by_its_body(sentence, unit):
    assert read_units(sentence)[0] == [unit]


@pytest.mark.parametrize("text, partners", [
    ("chính quyền cơ sở khắc phục sự cố", ["chính quyền cơ sở"]),
    ("cấp ủy, chính quyền các cấp, phát huy vai trò", ["cấp ủy, chính quyền các cấp"]),
])
def test_local_authorities_as_partners(text, partners):
    assert read_units(text, 0, partners=True)[0] == partners


def test_ministries_listed_after_a_colon():
    text = ("Các Bộ, cơ quan: Tài chính, Xây dựng, Ngoại giao, Tập đoàn Điện lực Việt Nam theo chức năng, nhiệm vụ "
            "được giao khẩn trương rà soát")
    assert read_units(text)[0] == ["Bộ Tài chính", "Bộ Xây dựng", "Bộ Ngoại giao", "Tập đoàn Điện lực Việt Nam"]
    # a job after the colon is no list of names
    assert read_units("các bộ, cơ quan, địa phương: Tổng hợp tình hình thiệt hại")[0] == ["các bộ, cơ quan, địa phương"]


@pytest.mark.parametrize("sentence, unit", [
    ("Sở Y tế Cần Thơ chủ trì thực hiện.", "Sở Y tế Cần Thơ"),  # "Cần" is also a verb
    ("Báo và Phát thanh, Truyền hình Cần Thơ chủ trì.", "Báo và Phát thanh, Truyền hình Cần Thơ"),
    ("Báo và Phát thanh - Truyền hình Đắk Lắk chủ trì.", "Báo và Phát thanh - Truyền hình Đắk Lắk"),
    ("Công an tỉnh Bà Rịa - Vũng Tàu thực hiện.", "Công an tỉnh Bà Rịa - Vũng Tàu"),
])
def test_a_body_takes_the_province_named_after_it(sentence, unit):
    assert read_units(sentence)[0] == [unit]


def test_cases_are_no_schools():
    assert read_units("Các trường hợp quy định tại khoản 3 Điều 4 phải báo cáo")[0] == []
    assert read_units("Các trường học trên địa bàn thực hiện")[0] == ["Các trường học trên địa bàn"]


@pytest.mark.parametrize("text, units", [
    ("các cơ quan báo chí, truyền hình đăng tải thông tin", ["các cơ quan báo chí, truyền hình"]),
    ("các cơ quan thông tấn, báo chí trung ương và địa phương tăng cường", ["các cơ quan thông tấn, báo chí trung ương và địa phương"]),
])
def test_media_groups_listed_on(text, units):
    assert read_units(text, 0, partners=True)[0] == units


def test_units_joined_by_or():
    assert read_units("Công an xã, phường hoặc UBND các xã, phường chủ động tổ chức", 0, partners=True)[0] == [
        "Công an xã, phường", "Ủy ban nhân dân các xã, phường"]


def test_party_and_peoples_committees_of_the_listed_provinces():
    text = "Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa tiếp tục phân công nhiệm vụ"
    assert read_units(text)[0] == ["Tỉnh ủy Đắk Lắk", "Tỉnh ủy Khánh Hòa",
                                   "Ủy ban nhân dân tỉnh Đắk Lắk", "Ủy ban nhân dân tỉnh Khánh Hòa"]
    assert read_units("Bí thư tỉnh ủy tiếp tục chỉ đạo")[0] == ["Tỉnh ủy"]  # a body after a title, in lower case


@pytest.mark.parametrize("text, units", [
    # after a place or "liên quan", a group noun opens a new group
    ("các Sở, ban, ngành, đoàn thể cấp tỉnh, cơ quan ngành dọc đóng trên địa bàn thực hiện",
     ["các Sở, ban, ngành, đoàn thể cấp tỉnh", "cơ quan ngành dọc đóng trên địa bàn"]),
    ("các sở, ban, ngành, đoàn thể Thành phố và đơn vị có liên quan thực hiện",
     ["các sở, ban, ngành, đoàn thể Thành phố", "đơn vị có liên quan"]),
    ("các sở, các ban, ngành, đoàn thể cấp tỉnh và Chủ tịch Ủy ban nhân dân các xã, phường thực hiện",
     ["các sở", "các ban, ngành, đoàn thể cấp tỉnh", "Ủy ban nhân dân các xã, phường"]),
    # group nouns and the words that belong to them stay one group
    ("các bộ, ngành và tổ chức liên quan thực hiện", ["các bộ, ngành và tổ chức liên quan"]),
    ("các cơ quan Trung ương và địa phương thực hiện", ["các cơ quan Trung ương và địa phương"]),
    # the Party's committees are a group after "các", named bodies without it
    ("Các tỉnh uỷ, thành uỷ phối hợp Bộ Y tế", ["Các tỉnh uỷ, thành uỷ"]),
    ("Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương chỉ đạo",
     ["Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương"]),
    ("Các tỉnh ủy, thành ủy, các bộ, cơ quan ngang bộ chỉ đạo", ["Các tỉnh ủy, thành ủy", "các bộ, cơ quan ngang bộ"]),
    ("Tỉnh ủy, Thành ủy chỉ đạo", ["Tỉnh ủy", "Thành ủy"]),
    ("Tỉnh ủy, HĐND, UBND tỉnh chỉ đạo", ["Tỉnh ủy", "Hội đồng nhân dân", "Ủy ban nhân dân tỉnh"]),
    # a plural title in lower case heads the group after it
    ("các đồng chí bí thư tỉnh uỷ, thành uỷ, các đồng chí bộ trưởng, thủ trưởng cơ quan ngang bộ phải quán xuyến",
     ["Các tỉnh uỷ, thành uỷ", "Các Bộ, cơ quan ngang bộ"]),
])
def test_where_a_group_ends_in_a_list(text, units):
    assert read_units(text)[0] == units


@pytest.mark.parametrize("text, units", [
    ("Các tỉnh Nghệ An, Quảng Ngãi, Cao Bằng khẩn trương hoàn thiện", ["Tỉnh Nghệ An", "Tỉnh Quảng Ngãi", "Tỉnh Cao Bằng"]),
    ("Thành phố Hà Nội và các tỉnh Bắc Ninh, Gia Lai đẩy nhanh tiến độ",
     ["Thành phố Hà Nội", "Tỉnh Bắc Ninh", "Tỉnh Gia Lai"]),
    ("Nghệ An đẩy nhanh tiến độ", []),  # a bare name is no subject
])
def test_provinces_acting_as_their_governments(text, units):
    assert read_provinces(text)[0] == units


@pytest.mark.parametrize("text, unit", [
    ("Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Khánh Hòa chủ động", "Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Khánh Hòa"),
    ("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố ven biển từ Đà Nẵng đến Lâm Đồng chủ động",
     "Ủy ban nhân dân các tỉnh, thành phố ven biển từ Đà Nẵng đến Lâm Đồng"),
    ("Ủy ban nhân dân tỉnh từ năm 2025 thực hiện", "Ủy ban nhân dân tỉnh"),
])
def test_provinces_named_by_a_range(text, unit):
    assert read_units(text)[0] == [unit]


def test_a_proper_name_then_its_province():
    assert read_units("Ban Quản lý Khu kinh tế mở Chu Lai thành phố Đà Nẵng là cơ quan")[0] == [
        "Ban Quản lý Khu kinh tế mở Chu Lai thành phố Đà Nẵng"]


@pytest.mark.parametrize("text, unit", [
    ("Chủ tịch Ủy ban nhân dân các tỉnh khu vực Trung Bộ tiếp tục chỉ đạo", "Ủy ban nhân dân các tỉnh khu vực Trung Bộ"),
    ("Ủy ban nhân dân các tỉnh khu vực Đồng bằng sông Cửu Long chủ động",
     "Ủy ban nhân dân các tỉnh khu vực Đồng bằng sông Cửu Long"),
    ("Ủy ban nhân dân các tỉnh khu vực miền Trung chủ động", "Ủy ban nhân dân các tỉnh khu vực miền Trung"),
    ("Sở Y tế khu vực này chủ động", "Sở Y tế"),  # no region named
])
def test_a_region_after_the_units(text, unit):
    assert read_units(text)[0] == [unit]


@pytest.mark.parametrize("text, unit", [
    ("Thuế tỉnh/thành phố triển khai", "Thuế tỉnh/thành phố"),
    ("Sở Y tế tỉnh/thành phố triển khai", "Sở Y tế tỉnh/thành phố"),
])
def test_a_name_ending_on_its_place_takes_the_alternative_place(text, unit):
    assert read_units(text)[0] == [unit]


def test_the_collective_leadership_of_bodies_is_part_of_a_group():
    assert read_units("Các cấp ủy, tổ chức đảng, tập thể lãnh đạo cơ quan, đơn vị căn cứ quy trình nêu trên")[0] == [
        "Các cấp ủy, tổ chức đảng, tập thể lãnh đạo cơ quan, đơn vị"]


def test_an_open_name_ends_before_a_body_named_in_lower_case():
    # Kế hoạch tìm kiếm, quy tập hài cốt liệt sĩ: the office and the standing bodies coordinate, two units
    assert read_units("Văn phòng Ban Chỉ đạo và cơ quan thường trực các cấp.")[0] == [
        "Văn phòng Ban Chỉ đạo", "cơ quan thường trực các cấp"]
    assert read_units("Ban Quản lý dự án và đơn vị tư vấn kiểm tra hồ sơ")[0] == ["Ban Quản lý dự án", "đơn vị tư vấn"]


@pytest.mark.parametrize("text, unit", [
    # the General Department of Taxation's departments, also by their initials ("Giao Vụ DNNCN là đơn vị đầu mối …")
    ("Vụ DNNCN là đơn vị đầu mối", "Vụ Quản lý thuế doanh nghiệp nhỏ và vừa và hộ kinh doanh, cá nhân"),
    ("Vụ Quản lý thuế doanh nghiệp nhỏ và vừa và hộ kinh doanh, cá nhân chủ trì",
     "Vụ Quản lý thuế doanh nghiệp nhỏ và vừa và hộ kinh doanh, cá nhân"),
    ("Vụ Quản lý nợ và cưỡng chế nợ thuế chủ trì", "Vụ Quản lý nợ và cưỡng chế nợ thuế"),
    ("Cục Thanh tra, kiểm tra thuế chủ trì", "Cục Thanh tra, kiểm tra thuế"),
    ("Cục thuế DNL thực hiện", "Cục thuế doanh nghiệp lớn"),
    # the Ministry of Justice's department; a province's department named with a dash
    ("Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính chủ trì",
     "Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính"),
    ("Sở Văn hóa - Thể thao và Du lịch chủ trì", "Sở Văn hóa - Thể thao và Du lịch"),
])
def test_a_known_name_with_ands_and_commas_is_read_whole(text, unit):
    assert read_units(text)[0] == [unit]


@pytest.mark.parametrize("text, units", [
    # a ministry's department named with its ministry is one unit (Quyết định 163/2025/QĐ-CTUBND tỉnh Ninh Bình)
    ("Cục Cảnh sát quản lý hành chính về trật tự xã hội, Bộ Công an quản lý",
     ["Cục Cảnh sát quản lý hành chính về trật tự xã hội, Bộ Công an"]),
    ("Vụ Pháp chế, Bộ Tư pháp, Sở Nội vụ phối hợp", ["Vụ Pháp chế, Bộ Tư pháp", "Sở Nội vụ"]),
    # (not two ministries, nor a province's department and a provincial command)
    ("Bộ Tài chính, Bộ Công an chủ trì", ["Bộ Tài chính", "Bộ Công an"]),
    ("Cục Thuế tỉnh, Bộ Chỉ huy quân sự tỉnh phối hợp", ["Cục Thuế tỉnh", "Bộ Chỉ huy quân sự tỉnh"]),
])
def test_a_department_with_its_ministry_is_one_unit(text, units):
    assert read_units(text)[0] == units


def test_phong_chong_inside_an_open_name_is_one_compound():
    assert read_units("Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh chủ trì")[0] == [
        "Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh"]


def test_a_body_of_several_places_each_named_with_its_kind_is_one_unit_per_place():
    assert read_units("Ủy ban nhân dân thành phố Hà Nội, thành phố Hải Phòng và tỉnh Quảng Ninh trực tiếp hỗ trợ")[0] == [
        "Ủy ban nhân dân thành phố Hà Nội", "Ủy ban nhân dân thành phố Hải Phòng", "Ủy ban nhân dân tỉnh Quảng Ninh"]
    assert read_units("Ủy ban nhân dân tỉnh Quảng Nam, Sở Y tế chủ trì")[0] == ["Ủy ban nhân dân tỉnh Quảng Nam", "Sở Y tế"]


@pytest.mark.parametrize("text, unit", [
    ("Ban Chỉ đạo 389 các bộ, ngành, địa phương xây dựng kế hoạch", "Ban Chỉ đạo 389 các bộ, ngành, địa phương"),
    ("Ban Quản lý các khu công nghiệp tỉnh chủ trì", "Ban Quản lý các khu công nghiệp tỉnh"),
    ("Ban Thường vụ tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương căn cứ",
     "Ban Thường vụ tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương"),
])
def test_an_open_name_over_a_group_of_ministries_is_the_body_of_each(text, unit):
    assert read_units(text)[0] == [unit]


def test_a_group_of_the_province_and_partners_listed_after_semicolons():
    assert read_units("các Sở, ban, ngành của tỉnh; Ủy ban nhân dân các xã, phường; các cơ quan có liên quan triển khai",
                      partners=True)[0] == [
        "các Sở, ban, ngành của tỉnh", "Ủy ban nhân dân các xã, phường", "các cơ quan có liên quan"]


@pytest.mark.parametrize("text, units", [
    ("các cơ quan chức năng, chính quyền địa phương tiếp tục", ["các cơ quan chức năng", "chính quyền địa phương"]),
    ("chính quyền địa phương và lực lượng Kiểm lâm phối hợp", ["chính quyền địa phương", "lực lượng Kiểm lâm"]),
    ("các cấp ủy, chính quyền các cấp tiếp tục", ["các cấp ủy, chính quyền các cấp"]),  # one pair, as written
])
def test_local_government_and_forces_are_units_of_their_own_in_a_list(text, units):
    assert read_units(text, partners=True)[0] == units


def test_a_national_park_is_a_unit():
    # (Công văn 4390/UBND-NLN of Lào Cai, 2026: "3. Vườn quốc gia Hoàng Liên, các Công ty Lâm nghiệp chủ động …")
    assert read_units("Vườn quốc gia Hoàng Liên, các Công ty Lâm nghiệp chủ động nghiên cứu")[0] == [
        "Vườn quốc gia Hoàng Liên", "các Công ty Lâm nghiệp"]


def test_a_management_board_written_in_lower_case_and_a_high_tech_zone_are_whole_names():
    # (Kế hoạch of Phú Yên: "Ban quản lý Khu Nông nghiệp ứng dụng Công nghệ cao Phú Yên, Ban Quản lý …")
    assert read_units("Sở Xây dựng, Ban quản lý Khu Nông nghiệp ứng dụng Công nghệ cao Phú Yên, Ban Quản lý các Khu "
                      "công nghiệp tỉnh chủ trì")[0] == [
        "Sở Xây dựng", "Ban quản lý Khu Nông nghiệp ứng dụng Công nghệ cao Phú Yên", "Ban Quản lý các Khu công nghiệp tỉnh"]
    assert read_units("Ban quản lý rừng phòng hộ Văn Bàn chủ động")[0] == ["Ban quản lý rừng phòng hộ Văn Bàn"]


@pytest.mark.parametrize("text, units", [
    ("Ban Công tác Mặt trận các thôn", ["Ban Công tác Mặt trận các thôn"]),
    ("Ban công tác Mặt trận các tổ dân phố căn cứ kế hoạch", ["Ban công tác Mặt trận các tổ dân phố"]),
    ("các thôn, tổ dân phố thực hiện", ["các thôn, tổ dân phố"]),
])
def test_villages_and_residential_groups_are_places_and_groups(text, units):
    assert read_units(text)[0] == units


@pytest.mark.parametrize("text", ["Văn phòng HĐND&UBND xã phối hợp", "Văn phòng HĐND - UBND xã phối hợp",
                                  "Văn phòng HĐND và UBND xã phối hợp"])
def test_the_office_of_the_council_and_the_committee_is_one_body(text):
    assert read_units(text)[0] == ["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã"]


def test_a_village_head_is_a_unit_of_his_own():
    # (Kế hoạch of the Fatherland Front of xã Lương Minh, 2026: "Phối hợp với Trưởng thôn rà soát danh sách cử tri")
    assert read_units("Trưởng thôn rà soát danh sách cử tri")[0] == ["Trưởng thôn"]
    assert read_units("Trưởng thôn rà soát danh sách cử tri", partners=True)[0] == ["Trưởng thôn"]


def test_the_provinces_and_cities_party_committees_are_one_group_in_capitals_too():
    assert read_units("Ban Thường vụ Tỉnh ủy, Thành ủy lãnh đạo, chỉ đạo các cấp ủy đảng")[0] == [
        "Ban Thường vụ Tỉnh ủy, Thành ủy"]
    assert read_units("Tỉnh ủy, Thành ủy các tỉnh, thành phố chỉ đạo")[0] == ["Tỉnh ủy, Thành ủy các tỉnh, thành phố"]
    assert read_units("Tỉnh ủy, Thành ủy Hà Nội phối hợp")[0] == ["Tỉnh ủy", "Thành ủy Hà Nội"]  # one city's: two
    assert read_units("Tỉnh ủy, HĐND tỉnh chỉ đạo")[0] == ["Tỉnh ủy", "Hội đồng nhân dân tỉnh"]
    assert read_units("Các Tỉnh ủy, Thành ủy trực thuộc Trung ương chỉ đạo")[0] == [
        "Các Tỉnh ủy, Thành ủy trực thuộc Trung ương"]


def test_thanh_tra_before_other_verbs_is_the_verb_not_the_inspectorate():
    assert read_units("Thanh tra, kiểm tra, xử lý vi phạm về hoạt động tín ngưỡng, tôn giáo.") == ([], 0)
    assert read_units("Thanh tra, Công an tỉnh kiểm tra việc chấp hành")[0] == ["Thanh tra", "Công an tỉnh"]


@pytest.mark.parametrize("text,units", [
    ("Bộ Luật hình sự năm 2015 (sửa đổi, bổ sung một số điều năm 2017)", []),  # a code, not a ministry
    ("Bộ Chỉ số đánh giá chuyển đổi số cấp tỉnh", []),
    ("Bộ Lao động - Thương binh và Xã hội chủ trì", ["Bộ Lao động - Thương binh và Xã hội"]),
    ("Chính phủ, Thủ tướng Chính phủ tập trung thực hiện", ["Chính phủ", "Thủ tướng Chính phủ"]),  # the Government
    ("Đảng bộ xã La Dạ tiếp tục", ["Đảng bộ xã La Dạ"]),  # a commune's party organisation
    # "tổ chức" before a verb or an object is the verb "organise", not organisations
    ("Hội đồng nhân dân tỉnh, Ủy ban nhân dân tỉnh; tổ chức quán triệt, triển khai đồng bộ",
     ["Hội đồng nhân dân tỉnh", "Ủy ban nhân dân tỉnh"]),
    ("Sở Tư pháp, tổ chức hội nghị tập huấn", ["Sở Tư pháp"]),
    ("Phòng Lao động - Thương binh và Xã hội có công văn kèm danh sách", ["Phòng Lao động - Thương binh và Xã hội"]),
    ("các chi hội, đoàn thể ở thôn: Lập danh sách", ["các chi hội, đoàn thể ở thôn"]),  # a village's branches
    ("Sở Nông nghiệp và PTNT chỉ đạo", ["Sở Nông nghiệp và Phát triển nông thôn"]),
    ("Các doanh nghiệp nhà nước, Tổng Công ty tiên phong, dẫn dắt", ["Các doanh nghiệp nhà nước", "Tổng Công ty"]),
    ("các đơn vị tổng kết, rà soát việc công nhận người có công", ["các đơn vị"]),  # (Quyết định 773/QĐ-TTg, 2018)
    ("các tổ chức thành viên xác minh, trả lời công dân", ["các tổ chức thành viên"]),
    # ministries listed after "các Bộ, ngành liên quan:" (Quyết định 22/2013/QĐ-TTg)
    ("các Bộ, ngành liên quan: Tài chính, Lao động - Thương binh và Xã hội hướng dẫn",
     ["Bộ Tài chính", "Bộ Lao động - Thương binh và Xã hội"]),
    ("các Bộ, ngành liên quan: nghiên cứu đề xuất", ["các Bộ, ngành liên quan"]),
    ("Ban CTMT thôn gửi toàn bộ biên bản", ["Ban Công tác Mặt trận thôn"]),
    # a verb after the name ends it
    ("Ban Công tác Mặt trận chuyển Biên bản hội nghị cử tri", ["Ban Công tác Mặt trận"]),
    ("Trưởng Ban Công tác Mặt trận triệu tập và chủ trì hội nghị", ["Trưởng Ban Công tác Mặt trận"]),
    ("Sở Tư pháp; tổ chức, cá nhân có liên quan thực hiện", ["Sở Tư pháp", "tổ chức, cá nhân có liên quan"]),
    # levels joined by a dash, and the district offices of one field as a group (Quyết định 49/2012/QĐ-UBND, TP HCM)
    ("Ủy ban nhân dân phường - xã, thị trấn thực hiện", ["Ủy ban nhân dân phường - xã, thị trấn"]),
    ("các Phòng Lao động - Thương binh và Xã hội quận - huyện kiểm tra",
     ["các Phòng Lao động - Thương binh và Xã hội quận - huyện"]),
    # names after "các phường, xã:" that do not say which is a ward: the group, the names read past
    ("Đảng bộ các phường, xã: Bình Thuận, Hàm Thuận Bắc, La Dạ tiếp tục", ["Đảng bộ các phường, xã"]),
    ("Cục TTKT sớm tham mưu xử lý văn bản", ["Cục Thanh tra - Kiểm tra thuế"]),  # "sớm" (soon) ends the name
    ("các bộ, cơ quan liên quan trên cơ sở ý kiến các đại biểu dự họp nghiên cứu", ["các bộ, cơ quan liên quan"]),
    ("bộ, cơ quan ngang bộ tự mình hoặc theo phân công của Thủ tướng Chính phủ có trách nhiệm lập đề nghị",
     ["bộ, cơ quan ngang bộ"]),  # "tự mình" (on its own motion) ends the name
    ("Các cơ sở KBCB thực hiện ghi mức hưởng", ["Các cơ sở khám chữa bệnh"]),  # (Công văn 627/BYT-BH, 2021)
    # a committee's purpose runs to its place, verbs and all
    ("Ban Chỉ đạo phát triển du lịch tỉnh chủ trì", ["Ban Chỉ đạo phát triển du lịch tỉnh"]),
    ("Ban chỉ đạo xây dựng nông thôn mới huyện kiểm tra", ["Ban chỉ đạo xây dựng nông thôn mới huyện"]),
    ("Ban Chỉ đạo chuyển đổi số tỉnh Lào Cai đôn đốc", ["Ban Chỉ đạo chuyển đổi số tỉnh Lào Cai"]),
    ("Ban Chỉ đạo thực hiện chính sách an sinh xã hội tỉnh chủ trì", ["Ban Chỉ đạo thực hiện chính sách an sinh xã hội tỉnh"]),
    ("Tổ công tác triển khai Đề án 06 tỉnh chủ trì", ["Tổ công tác triển khai Đề án 06 tỉnh"]),
    # the sentence's own verbs and objects are no purpose
    ("Ban Chỉ đạo chỉ đạo các sở triển khai trên địa bàn tỉnh", ["Ban Chỉ đạo"]),
    ("Ban Chỉ đạo có trách nhiệm kiểm tra tại tỉnh", ["Ban Chỉ đạo"]),
    # bodies whose names hold a verb, a comma or a number
    ("Ban An toàn giao thông tỉnh chủ trì", ["Ban An toàn giao thông tỉnh"]),
    ("Hội đồng thi đua, khen thưởng tỉnh chủ trì", ["Hội đồng thi đua, khen thưởng tỉnh"]),
    ("Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh chủ trì", ["Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh"]),
    ("Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh chủ trì",
     ["Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh"]),
    ("Ban tiếp công dân tỉnh chủ trì", ["Ban tiếp công dân tỉnh"]),
    # the commune's departments and stations since 2025
    ("Phòng Kinh tế, Hạ tầng và Đô thị xã Phố Bảng chủ trì", ["Phòng Kinh tế, Hạ tầng và Đô thị xã Phố Bảng"]),
    ("Trạm Y tế xã chủ trì", ["Trạm Y tế xã"]),
    ("Kho bạc Nhà nước khu vực VII chủ trì", ["Kho bạc Nhà nước khu vực VII"]),  # a region by its number, since 2025
    ("Thuế cơ sở 3 tỉnh Ninh Bình chủ trì", ["Thuế cơ sở 3 tỉnh Ninh Bình"]),  # a tax office by its number, since 2025
    # a body of a ministry, and the city police's fire department, whose name holds a comma (Nghị định, 2013)
    ("Bảo hiểm xã hội Bộ Quốc phòng hoàn thành", ["Bảo hiểm xã hội Bộ Quốc phòng"]),
    # the forces a decree gives duties to (Nghị định 01/2015/NĐ-CP)
    ("Cảnh sát biển có trách nhiệm phối hợp", ["Cảnh sát biển"]),
    ("Bộ đội biên phòng, Quản lý thị trường có trách nhiệm", ["Bộ đội biên phòng", "Quản lý thị trường"]),
    # an aside after a department of a list (Kế hoạch của UBND tỉnh Bình Thuận, 2025)
    ("Các Sở: Tư pháp (cơ quan Thường trực Hội đồng Phối hợp phổ biến giáo dục pháp luật tỉnh), Nội vụ, Báo Bình Thuận "
     "theo chức năng tham mưu", ["Sở Tư pháp", "Sở Nội vụ", "Báo Bình Thuận"]),
    ("Công an cấp tỉnh, Sở Cảnh sát Phòng cháy, chữa cháy hoàn thành",
     ["Công an cấp tỉnh", "Sở Cảnh sát Phòng cháy, chữa cháy"]),
])
def test_where_a_units_name_begins_and_ends(text, units):
    assert read_units(text)[0] == units


@pytest.mark.parametrize("text, units", [
    # (a Hồ Chí Minh City health guidance of 2020: the bodies of two levels, as "… cấp huyện và cấp xã")
    ("Ủy ban nhân dân quận/huyện và phường/xã tổ chức kiểm tra.",
     ["Ủy ban nhân dân quận/huyện", "Ủy ban nhân dân phường/xã"]),
    ("Ủy ban nhân dân các quận, huyện và các phường, xã, thị trấn tổ chức kiểm tra.",
     ["Ủy ban nhân dân các quận, huyện", "Ủy ban nhân dân các phường, xã, thị trấn"]),
    # places of one level stay one group
    ("Ủy ban nhân dân các huyện và thị xã triển khai.", ["Ủy ban nhân dân các huyện và thị xã"]),
    ("Ủy ban nhân dân các xã, phường và đặc khu triển khai.", ["Ủy ban nhân dân các xã, phường và đặc khu"]),
])
def test_a_district_and_a_commune_level_joined_by_và_are_two_bodies(text, units):
    assert read_units(text)[0] == units


@pytest.mark.parametrize("text, units", [
    # (Thông báo 624/TB-VPCP, 2025, and provincial plans for digital transformation: the carriers as partners)
    ("Viettel, VNPT khẩn trương hoàn thành việc xây dựng Bộ công cụ", ["Viettel", "Tập đoàn Bưu chính Viễn thông Việt Nam"]),
    ("Viettel Khánh Hòa, MobiFone Khánh Hòa và Bưu điện tỉnh triển khai hạ tầng mạng 5G",
     ["Viettel Khánh Hòa", "MobiFone Khánh Hòa", "Bưu điện tỉnh"]),
])
def test_telecom_carriers_and_the_post_are_units(text, units):
    assert read_units(text, partners=True)[0] == units


@pytest.mark.parametrize("verb", ["Thảo luận", "Chú trọng", "Trả lời", "Thiết lập", "Cân đối", "Củng cố", "Chấn chỉnh",
                                  "Cải thiện", "Luân chuyển", "Thăm hỏi", "Tặng quà", "Liên hệ", "Gia hạn", "Tạm ứng",
                                  "Nhân rộng", "Biểu dương", "Nhắc nhở", "Bàn giao", "Sửa chữa", "Thu hồi", "Chi trả",
                                  "Xin ý kiến", "Gặp gỡ", "Nộp hồ sơ", "Mở lớp"])
def test_a_job_may_open_with_these_verbs_and_a_units_name_ends_before_them(verb):
    # ("- Thăm hỏi, tặng quà gia đình chính sách …" under a unit heading; "Tổng cục Hải quan trả lời …": the name ends)
    assert begins_job(f"{verb} các nội dung có liên quan")
    assert read_units(f"Tổng cục Hải quan {verb.lower()} các nội dung có liên quan")[0] == ["Tổng cục Hải quan"]


def test_a_group_noun_said_again_after_its_description_opens_a_second_group():
    # (Bộ Công Thương's fuel-price letter, 2025; a commune Front's election plan: one group had held both kinds)
    assert read_units("các thương nhân đầu mối kinh doanh xăng dầu, thương nhân phân phối xăng dầu biết")[0] == [
        "các thương nhân đầu mối kinh doanh xăng dầu", "thương nhân phân phối xăng dầu"]
    assert read_units("các tổ chức chính trị - xã hội, tổ chức thành viên tham gia giám sát")[0] == [
        "các tổ chức chính trị - xã hội", "tổ chức thành viên"]
    assert read_units("các cơ quan, đơn vị liên quan thực hiện")[0] == ["các cơ quan, đơn vị liên quan"]
