"""Assigned work: rows of plan tables and sentences that give a named unit a job.

Plans state tasks two ways.

* A table with a task column ("Nhiệm vụ", "Nội dung" …) and columns for the product, the
  deadline and who does it, in any order: read by `extractors.task_tables`.
* Prose: "Sở A chủ trì, phối hợp với B tham mưu …", "Văn phòng Sở có trách nhiệm …", a heading
  naming a unit ("1. Văn phòng Sở") followed by its jobs, or a lead-in ("Văn phòng Sở chủ trì,
  phối hợp với …:") followed by job bullets: read here.

Who does a job, as a cell or a labelled line names it, is read by `extractors.assignments`.
The task text is the job itself, without the unit phrase; its offsets point into doc.text.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from extractors.assignments import (COORD, FIELD_LABEL, GENERIC, LEADING_COORD, NOT_A_VERB, UNIT_ROLES, cell_units,
                                    column_role, dedupe_units, first_deadline, listed_units, names_people,
                                    parse_assignment)
from extractors.deadlines import find_deadlines, of_every_period, only_time, parse_deadline, report_period
from extractors.metadata import extract_metadata
from extractors.places import find_province, province_prefix
from extractors.quotes import in_spans, quoted_spans
from extractors.task_tables import TableReader
from extractors.unit_aliases import DEFINITION, find_unit_aliases, resolve_unit_aliases
from extractors.units import (begins_job, described_until, drop_group_title, expand_abbreviations, first_verb_phrase, may_open_unit,
                              opens_with_title, read_provinces, read_units, split_units, unit_key, where_until)
from pipeline.document import Block, Document
from pipeline.reflow import DOC_TYPE_HEADINGS, is_upper
from schemas.record import Deadline, Task

# Document types that report past work: their prose assigns nothing.
_REPORT_TYPES = {"Báo cáo", "Tin bài"}
_REPORT_REQUEST = regex.compile(r"(?:(?:Kiến nghị|Đề xuất)(?:, đề xuất)?\s*:\s*)?(?:Đề nghị|Kiến nghị)\s+(?=\p{Lu}|các\s)")
_NUMBERING_LEVELS = [  # marker -> outline level (smaller is higher); the first that matches counts
    (r"(?:Phần|Chương|Mục)\s+[IVXLC\d]+\b[.:]?\s*", 0),
    (r"[A-HĐ]\.\s+", 0),  # "A. MỤC TIÊU", "C. ĐÁNH GIÁ TÁC ĐỘNG" over roman sections (C is a letter here)
    (r"Điều\s+\d+\b[.:]?\s*", 1),
    (r"[IVXLC]{1,6}[.)/]\s*", 1),
    (r"\d{1,2}\.\d{1,2}\.\d{1,2}\.?\s+", 4),
    (r"\d{1,2}\.\d{1,2}\.?\s+", 3),
    (r"\d{1,2}[.)]\s*|\d{1,2}/\s+", 2),  # "1/ Tổ chức …" (not "1/2020")
    (r"[a-zđ][.)]\s+", 5),
    # "(1) …", "(2.2) …", "(ii) …" sub-items, under "a) …" or "1." and above bullets
    (r"\((?:\d{1,2}(?:\.\d{1,2})?|[ivx]{1,4})\)\.?\s*", 5.5),
    (r"[-–•*]\s*", 6),
    (r"\+\s*", 7),
]
# One pattern tried once per block; the group that matched (m0 … m8) names the marker.
_NUMBERING = regex.compile("|".join(f"(?P<m{i}>{p})" for i, (p, _) in enumerate(_NUMBERING_LEVELS)))
_LIST_LEVEL = 5  # a) b) …
_BULLET_LEVEL = 6
_MEMBER_CHARS = 150  # a bullet naming members of a group: a few names
_MEMBERS_FOLLOW = (" gồm:", " gồm có:")
_PARTNERS_NAMED = regex.compile(r"phối\s+hợp\s+(?:với|cùng)\s+\S")  # a label naming partners is a job's opening
_NAMES_LISTED = regex.compile(r"\b[Cc]ác\s+(?:xã|phường|huyện|tỉnh|Sở|sở|Bộ|bộ|Cục|cục|Vụ|vụ)$")  # "… các xã:" lists names
_EXCEPTIONS_FOLLOW = regex.compile(r"\b(?:trừ|ngoại\s+trừ)\s+(?:các\s+|những\s+)?trường\s+hợp\s+sau(?:\s+đây)?\s*:\s*$")
_INTRO_WORDS = 3  # "Có trách nhiệm:", "Cụ thể như sau:": a paragraph that only introduces the items after it
_PAUSE_PARAGRAPHS = 3  # plain paragraphs that may break a unit's job list before it goes on
_HAS_WORD = regex.compile(r"\w")
# Sentences that open with a circumstance before naming the unit: "Căn cứ …, các sở … xây dựng …".
_OPENERS = ("Căn cứ", "Trên cơ sở", "Theo", "Để", "Nhằm", "Đối với", "Ngoài", "Bên cạnh", "Đồng thời",
            *(f"{every} {period}" for every in ("Hàng", "Hằng") for period in ("năm", "quý", "tháng", "tuần", "ngày")),
            "Định kỳ", "Trong", "Sau", "Khi", "Trường hợp", "Nếu", "Trước", "Chậm nhất", "Từ", "Kết thúc")
_OPENING_TIME_REACH = 40  # characters of a sentence where a time phrase that opens it is looked for
# A part of a point that says who does its jobs or when: "2. Cơ quan chủ trì, phối hợp", "a) Cơ quan phối hợp",
# "3. Thời gian thực hiện: Tháng 12/2013 và thường xuyên."
# ("b) Chủ trì, phối hợp" under a unit heading is no such part: its items name the units the heading's unit works with)
_PART_LABEL = regex.compile(r"((?:(?:Cơ quan|Đơn vị) (?:chủ trì|phối hợp|thực hiện)|(?:Chủ trì|Phối hợp) thực hiện)"
                            r"(?:,? (?:chủ trì|phối hợp|thực hiện))*"
                            r"|Thời gian thực hiện|Thời hạn hoàn thành|Thời gian hoàn thành)\s*(?::\s*|$)")
# A case or condition may end at "thì" rather than a comma: "Trường hợp … thì Sở A báo cáo …".
_CASE_OPENERS = ("Đối với", "Trường hợp", "Trong trường hợp", "Khi", "Sau khi", "Nếu")
_THEN = regex.compile(r"\sthì\s+")
_CASE_ASKS = regex.compile(r"\s(?:yêu\s+cầu|đề\s+nghị)\s+(?=\p{Lu}|các\s)")  # … or at a request without a comma
_OPENER = regex.compile(rf"^(?:{'|'.join(_OPENERS)})\b(?<!^Theo(?=\s+dõi))")  # (not the verb "Theo dõi")
# A topic or case label before the sentence: "Về tập huấn, hướng dẫn: …", "Trường hợp hàng hóa do một cấp định
# giá: …", "b) Thực hiện mở tài khoản và phát hành thẻ: …"; the unit after it is read as at a sentence start.
_LABEL_REACH = 250
_LABEL = regex.compile(rf"[^:;]{{3,{_LABEL_REACH}}}?:\s+(?=\S)")
_TOPIC_LABEL = regex.compile(r"Về\s[^:;]{3,600}?:\s+(?=\S)")
# "Giao Sở A …", and the bodies a plan asks or encourages: "Đề nghị Ủy ban MTTQ tỉnh …", "Khuyến khích Hội …".
_ASSIGN_VERB = regex.compile(r"(?:[Gg]iao|Đề\s+nghị|[Yy]êu\s+cầu|Khuyến\s+khích|Phân\s+công|Ủy\s+quyền(?:\s+cho)?"
                          r"|Phân\s+cấp\s+cho)\s+")
_ROLE_OPENER = ("với vai trò", "Với vai trò")
_LOWER_REQUEST = regex.compile(r"đề\s+nghị\s+")
# A body's remit stated as the law's ("Ban Quản lý thực hiện nhiệm vụ, quyền hạn theo quy định của pháp luật."): no job
_DUTIES_BY_LAW = regex.compile(r"thực\s+hiện\s+(?:đầy\s+đủ\s+|các\s+)?(?:nhiệm\s+vụ|trách\s+nhiệm),?\s+quyền\s+hạn\s+theo\s+"
                               r"(?:quy\s+định(?:\s+của\s+pháp\s+luật)?(?:\s+hiện\s+hành)?|Quy\s+định\s+(?:số\s+)?\S+)"
                               r"(?:\s*\([^()]*\))?(?:[;,]\s*trong\s+đó)?[\s.;,]*")
# A plain "đề nghị" asks a job of the units after it when a superior body asks ("Thường trực Tỉnh ủy đề nghị Đảng bộ
# các phường, xã … tiếp tục …"); a department's "đề nghị" proposes to its superiors ("Sở Nội vụ đề nghị UBND tỉnh …").
_ASKING_BODIES = ("Thường trực", "Ban Thường vụ", "Tỉnh ủy", "Thành ủy", "Chủ tịch", "Thủ tướng", "Chính phủ", "Bộ ", "Tổng cục",
                  "Ủy ban nhân dân tỉnh", "Ủy ban nhân dân Thành phố", "Ủy ban nhân dân thành phố")
_HIGHER_BODIES = ("Thủ tướng", "Chính phủ", "Quốc hội", "Ủy ban Thường vụ Quốc hội", "Bộ Chính trị", "Ban Bí thư",
                  "Văn phòng Chính phủ", "Ban Chấp hành Trung ương")
_REQUEST = regex.compile(r"(?:yêu cầu|giao|(?:trân trọng|kính) đề nghị)\s+")  # "Bộ Tài chính trân trọng đề nghị …"
# What follows a unit in a sentence that does not give it a job.
_FOCAL_ROLE = r"\s+(?:cơ\s+quan\s+|đơn\s+vị\s+)?(?:đầu\s+mối|thường\s+trực)"  # "là cơ quan đầu mối": a duty
# ("xin thông báo để … biết, thực hiện" closes a notice of the Government Office, "dé"/"đê"/"de" in an OCR'd copy;
# "trên địa bàn …" places the unit.)
_NOT_A_JOB = regex.compile(rf"^(?:đã|đang|vừa|là\b(?!{_FOCAL_ROLE})|cũng|không|chưa|đề nghị|trân trọng|sẽ|(?:bao\s)?gồm|được\s(?!giao(?!\s+làm\b))"
                           r"|có\s(?!trách nhiệm|nhiệm vụ|(?:văn bản|công văn)\s(?:đề nghị|kiến nghị|hướng dẫn|báo cáo|gửi|trả lời|đôn đốc|chỉ đạo|kèm))|và\s|của\s|về\s|tại\s|với\s|để\s|trên\s+địa\s+bàn\b|xin\s(?:trân\s+trọng\s)?thông\sbáo|thông\sbáo\s(?:để|dé|đê|de)\s"
                           r"|trả\slời\s(?:để|cho)\s"  # "Cục Hải quan trả lời để Hội đồng … biết": the issuer's reply
                           r"|ghi\snhận|biểu\sdương|hoan\snghênh|đánh\sgiá\scao"  # praise in a meeting's conclusions
                           r"|nhận\sđược\s"  # "Bộ … nhận được kiến nghị của cử tri …": what the reply answers
                           r"|gửi\skèm\b"  # "Bộ Tài chính gửi kèm bộ Cẩm nang gồm: …": what the letter encloses
                           r"|(?:trực\stiếp|đứng\sđầu)\slà\s"  # "Bộ Chính trị, …, trực tiếp là Tổng Bí thư …, đã …": who led
                           # "Thuế tỉnh … thông báo đến Công ty … được biết": the issuer informs
                           r"|thông\sbáo\s(?:đến|cho|tới)\s[^.;]{0,150}?\s(?:được\s)?biết\b"
                           r"|ngày\s+\d"  # "Thành phố Hồ Chí Minh, ngày 28 tháng 11 năm 2025": the place and date line
                           # by whom it is run or chosen, what it answers to, an alternative: "Viện kiểm sát nhân dân do
                           # Viện trưởng lãnh đạo", "… chịu sự giám sát của …", "Thủ tướng Chính phủ hoặc của ít nhất …"
                           r"|do\s|chịu\s+sự\s|hoặc\s"
                           r"|làm\s+việc\s+theo\s+(?:nguyên\s+tắc|chế\s+độ)\b"  # "Ban Chỉ đạo làm việc theo nguyên tắc …": how it works
                           r"|(?:hình|dân)\s+sự\b)")  # "… phải chịu trách nhiệm hình sự": a liability, no duty
_LAW_SUBJECT = regex.compile(r"(?:Bộ\s+luật|Luật|Hiến\s+pháp|Pháp\s+lệnh)\b")  # "Bộ luật hình sự có nhiệm vụ …": its aim
_GROUP_WORDS = ("các ", "tất cả ", "đơn vị", "cơ quan", "tổ chức")  # a group that may be described
_OPEN_ENDS = frozenset("ra đã đang được bị sẽ có là của và với cho các những".split())  # no description ends so
_WHERE = regex.compile(r"\s+nơi\s+(?!(?:khác|nào|đây|đó)\b)")  # "Ủy ban nhân dân cấp xã nơi cư trú", not "nơi khác"
_DESCRIBED_BY = regex.compile(r"\s+được\s+(?:giao|lựa\s+chọn|phân\s+công|chỉ\s+định|ủy\s+quyền)\s+")
_ROLE_NAMED = regex.compile(r"làm\s+\p{Lu}")
_DELEGATED_TO = regex.compile(r"\b(?:[Pp]hân\s+cấp|[Ủủ]y\s+quyền|[Uu]ỷ\s+quyền)\s+cho\s+")
_POWERS_FOLLOW = regex.compile(r"\bcó\s+(?:các\s+)?(?:thẩm\s+)?quyền(?:\s+sau(?:\s+đây)?)?\s*:\s*$")
_ROLE_GIVEN = regex.compile(r"là\s+(?:cơ\s+quan|đơn\s+vị)\s")
# how a document is to be carried out: "nghiêm túc, hiệu quả", "đầy đủ và kịp thời"
_HOW_WORDS = r"(?:nghiêm túc|có hiệu quả|hiệu quả|đầy đủ|kịp thời|có chất lượng|chất lượng)"
_HOW = rf"(?:{_HOW_WORDS}(?:,? và |, | ))*"
# (a decree's or a circular's last article: "Các Bộ trưởng, … chịu trách nhiệm thi hành Nghị định này"; not "… có
# trách nhiệm tổ chức thực hiện Quyết định này", a ministry's own job)
_EXECUTION_CLAUSE = regex.compile(r"thi hành (?i:Quyết định|Nghị quyết|Nghị định|Thông tư|Chỉ thị|Quy định|Quy chế|văn bản) "
                                  r"này|"
                                  r"chịu trách nhiệm (?:thi hành|tổ chức thực hiện) "
                                  r"(?i:Quyết định|Nghị quyết|Nghị định|Thông tư|Chỉ thị)|"
                                  r"^căn cứ (?:Quyết định|Nghị quyết|Chỉ thị)(?: này)? (?:để )?thi hành\b|"
                                  r"^ban hành (?:Quyết định|Nghị quyết|Chỉ thị)|"
                                  r"^(?:(?:nghiêm túc|quyết liệt|khẩn trương|kịp thời|chủ động),? (?:và )?)*"
                                  rf"(?:triển khai |tổ chức )?(?:thực hiện|thi hành) {_HOW}"
                                  r"(?:Quyết định|Nghị quyết|Nghị định|Thông tư|Chỉ thị|Công điện) này|"
                                  # "tổ chức quán triệt, triển khai và chỉ đạo các cơ quan, đơn vị thuộc thẩm quyền quản lý
                                  # thực hiện nghiêm túc Chỉ thị này": a directive's closing call
                                  r"^(?:(?:tổ chức|quán triệt|triển khai|chỉ đạo|phổ biến)(?:,? và |, | ))+"
                                  rf"(?:(?:các|những) [^.;:]{{0,80}}? )?(?:thực hiện|thi hành) {_HOW}"
                                  r"(?:Quyết định|Nghị quyết|Chỉ thị|Công điện) này|"
                                  # (a plan only with how: "… quán triệt, thực hiện có hiệu quả Kế hoạch này"; not "triển
                                  # khai thực hiện Kế hoạch này", a job the issuer gives)
                                  r"^(?:(?:tổ chức|quán triệt|triển khai|chỉ đạo|phổ biến)(?:,? và |, | ))+"
                                  rf"(?:thực hiện|thi hành) (?:{_HOW_WORDS}(?:,? và |, | ))+(?:toàn bộ )?(?:nội dung )?"
                                  r"(?:Kế hoạch|Chương trình) này|"
                                  # a closing call to carry the whole document out, and how: "… quán triệt, thực hiện có chất
                                  # lượng, hiệu quả toàn bộ nội dung Kế hoạch này./."
                                  rf"(?:thực hiện|thi hành) (?:{_HOW_WORDS}(?:,? và |, | ))*toàn bộ (?:nội dung )?"
                                  r"(?:Quyết định|Nghị quyết|Chỉ thị|Công điện|Kế hoạch|Chương trình|Hướng dẫn) này[\s./]*$|"
                                  # a closing call back to the jobs given: "… chỉ đạo các cơ quan, đơn vị trực thuộc hoàn
                                  # thành các nhiệm vụ nêu trên"
                                  r"(?:hoàn thành|thực hiện)(?: tốt| nghiêm túc| có hiệu quả)? (?:các|những) nhiệm vụ "
                                  r"(?:nêu |đề ra |được giao )?(?:ở |tại )?trên\b|"
                                  # the document speaking of itself: "Hướng dẫn này thay thế …, có hiệu lực kể từ ngày ký"
                                  r"^(?:Quyết định|Nghị quyết|Chỉ thị|Kế hoạch|Hướng dẫn|Thông báo|Công văn|Quy chế|Quy định"
                                  r"|Chương trình|Đề án|Văn bản|Thông tư|Nghị định|Điều lệ|Công điện) này\b|"
                                  # the catch-all closing a list of duties: "Thực hiện các nhiệm vụ khác được giao …"
                                  r"^(?i:thực hiện|làm) (?:các |những )?(?:nhiệm vụ|công việc)(?:,? quyền hạn)? khác\b")
# A closing call with no job of its own: "Đề nghị các cơ quan, đơn vị khẩn trương triển khai, thực hiện./."
_BARE_EXECUTION = regex.compile(r"(?:(?:khẩn\s+trương|quan\s+tâm|chỉ\s+đạo|nghiêm\s+túc|kịp\s+thời|chủ\s+động|quán\s+triệt|triển\s+khai|"
                                r"tổ\s+chức|thực\s+hiện|có\s+hiệu\s+quả|hiệu\s+quả|và)[\s,]*)+[\s./]*"
                                r"(?:(?<=\.)\s*[^\s\p{L}]{0,4}\p{L}{0,3}[^\s\p{L}]{0,4})?",  # (a scan's specks after it: ".&f⁄")
                                regex.IGNORECASE)
# Sections that define who a regulation applies to, assess a measure's impact ("Trước khi áp dụng: …"), or
# set the criteria of an emulation award ("2. Tiêu chí thi đua" / "a) Đối với các sở, ban, ngành" / "- Hoàn
# thành vượt mức …"), not who does what.
_DEFINITIONS = regex.compile(r"Đối tượng áp dụng|Phạm vi điều chỉnh|Giải thích từ ngữ|Đánh giá tác động"
                             r"|Tiêu (?:chí|chuẩn) (?:thi đua|khen thưởng|bình xét)",
                             regex.IGNORECASE)
# Sections that say what the plan is for ("2. Yêu cầu: Các sở, ngành … triển khai thực hiện đồng bộ") or who attends
# ("II. THÀNH PHẦN HỘI NGHỊ" / "- Đại diện Thường trực Hội đồng nhân dân xã;"): no jobs.
_PURPOSE = regex.compile(r"^\W*(?:(?:mục\s+đích|yêu\s+cầu|quan\s+điểm)(?:\s*(?:,|và)\s*(?:mục\s+đích|yêu\s+cầu|quan\s+điểm))*"
                         r"|thành\s+phần(?:\s+(?:hội\s+nghị|tham\s+dự|tham\s+gia|dự\s+họp))?)[\W]*$", regex.IGNORECASE)
# "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các sở … phản ánh về …": how to raise problems, no job.
_IF_PROBLEMS = regex.compile(r"(?:(?:trong\s+)?quá\s+trình\b[^.;]{0,80}?,?\s*(?:(?:nếu|khi|trường\s+hợp)\s+)?"
                             r"|(?:nếu|khi|trường\s+hợp)\s+)(?:có\s+|thấy\s+)?"
                             r"(?:khó\s+khăn|vướng\s+mắc|phát\s+sinh|cần\s+(?:thiết\s+)?(?:phải\s+)?"
                             r"(?:sửa\s+đổi|điều\s+chỉnh|bổ\s+sung))", regex.IGNORECASE)
_IF_PROBLEMS_WORDS = ("trong", "quá", "nếu", "khi", "trường")
# ("chịu trách nhiệm trước …/về …" is accountability, kept in the job's text.)
_DUTY = regex.compile(rf"^(?:(?:chủ trì|có trách nhiệm|chịu trách nhiệm(?: chính)?(?!\s+(?:toàn\s+diện\s+)?(?:trước|về)\b)"
                      rf"|có nhiệm vụ"
                      rf"|được giao(?: chủ trì)?|là{_FOCAL_ROLE})"
                      r"\b[\s,:]*)+")
_DUTY_FIRST = regex.compile(r"(?:có|chịu)\s+trách\s+nhiệm\b|có\s+nhiệm\s+vụ\b")  # the duty right after the units
# ("Nội dung Sở Dân tộc và Tôn giáo có trách nhiệm chủ trì", "Nội dung các cơ quan, đơn vị khác có trách nhiệm chủ
# trì": what the units lead, their points below)
_UNIT_HEADING_PREFIX = regex.compile(r"^(?:(?:Trách nhiệm của|Nhiệm vụ(?:, quyền hạn)? của|Đối với|Giao)\s+|Nội dung\s+(?=\p{Lu}|các\s)"
                                     r"|Đề nghị\s*:?\s*)")
# (also as OCR spells them: "Noi nhận", "Not nhận", "Kinh gửi")
_RECIPIENTS = regex.compile(r"^(?:N[ơo][it] nh[ậâa]n\b|(?:Đồng\s)?[Kk][íi]nh gửi|\S{2,6} gửi(?=\s*:))")  # ("Site gửi:")
_RECIPIENT_WORDS = ("Nơi", "Noi", "Not", "Đồng", "Kính", "kính", "Kinh")
# Legal basis before the body: "Căn cứ Luật …", "Thực hiện Kế hoạch số …".
_PARTICIPANTS = regex.compile(r"Thành\s+phần(?:\s+(?:tham\s+dự|tham\s+gia|mời|hội\s+nghị|dự))?\s*:")
# The enacting formula between the preamble and the first article.
_ENACTING = regex.compile(r"(?:\S+\s+){1,12}?ban\s+hành\s+(?:Thông\s+tư|Nghị\s+định|Quyết\s+định|Nghị\s+quyết|Chỉ\s+thị"
                          r"|Pháp\s+lệnh|Luật)\b")
_PREAMBLE = regex.compile(r"^(?:Căn cứ|Thực hiện|Xét|Theo đề nghị|Triển khai)\s+(?:vào\s+)?(?:đề nghị|Hiến pháp|"
                          r"Bộ luật|Luật|Nghị định|Nghị quyết|Quyết định|Thông tư|Chỉ thị|Kế hoạch|Công văn|"
                          r"Chương trình|Kết luận|Thông báo|Văn bản|Tờ trình|Đề án|Công điện|Hướng dẫn|ý kiến)\b")
_BRACKETED_ASSIGNMENT = regex.compile(r"\(([^()]*\b(?:chủ trì|thực hiện|phối hợp|tham mưu)\b[^()]*)\)[\s.;]*$")
# A sentence that only dates the job before it: "Đảm bảo hoàn thành trong quý I/2026.", "Thời gian hoàn thành
# trước ngày 31 tháng 12 năm 2025.".
_DONE_BY = regex.compile(r"(?:Thời\s+gian\s+hoàn\s+thành\s*:?|(?:(?:Đảm\s+bảo|Bảo\s+đảm)\s+)?hoàn\s+thành"
                         r"(?:\s+(?:nhiệm\s+vụ|thực\s+thi))?)\s+", regex.IGNORECASE)
_CONTINUATION_VERB = regex.compile(r"^(?:Phối hợp|Tham mưu|Chủ trì|Hướng dẫn|Theo dõi|Tổng hợp|Đôn đốc|Kiểm tra|Định kỳ|Báo cáo"
                                r"|Chỉ đạo|Bố trí|Quan tâm)\b")
_CLAUSE_BREAK = regex.compile(r";\s+(?=\p{Ll})")
_SENTENCE_END = regex.compile(r"[.!?]\s+(?=\p{Lu})")  # ends where the next sentence starts
_SEMICOLON = regex.compile(r";\s+")
# Points numbered inside a paragraph, after its colon or a semicolon: "…: (1) Thanh tra Chính phủ …; (2) Bộ Công an …".
_POINT = r"[:;]\s+\((?:\d{1,2}|[ivx]{1,4})\)\s*"
_INLINE_POINT = regex.compile(_POINT)
_POINT_AT_END = regex.compile(_POINT + "$")  # the next point's number, left on a job
# Numbered duties after a unit: "Bộ Tài chính: (1) Chủ trì, phối hợp với …; (2) Phân bổ …".
_DUTY_NUMBER = regex.compile(r"\((\d{1,2}|i{1,3}|iv|vi{0,3}|ix|x)\)\s*")  # "(1)", "(ii)"
# "tập trung: (i) Sửa đổi …; (ii) Rà soát …": a word that only points at the numbered duties (not a job of its own:
# "giải quyết 03 vấn đề tồn đọng: (i) …" is one job)
_DUTIES_LEAD = regex.compile(r"(?:tập\s+trung(?:\s+(?:vào|thực\s+hiện))?|cụ\s+thể(?:\s+là)?|(?:bao\s+)?gồm|như\s+sau)"
                             r"\s*:\s*(?=\((?:1|i)\))")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
_FIRST_DUTY_BEFORE = regex.compile(r"\(1\)\s*$")
_DUTY_ANY_CASE = regex.compile(_DUTY.pattern.lstrip("^"), regex.IGNORECASE)
_LEADING_COORD_ANY_CASE = regex.compile(LEADING_COORD.pattern, regex.IGNORECASE)
_DUTY_NUMBER_AFTER = regex.compile(r"(?<=[;:.]\s{0,3})\((\d{1,2}|i{1,3}|iv|vi{0,3}|ix|x)\)\s*")
_COMMA = regex.compile(r",\s+")
# The remit a unit acts within, between its name and its duty: "theo chức năng, nhiệm vụ, thẩm quyền",
# "trong phạm vi chức năng, nhiệm vụ được giao".
_REMIT_WORD = r"(?:chức\s+năng|nhiệm\s+vụ|thẩm\s+quyền|quyền\s+hạn|lĩnh\s+vực|được\s+giao|của\s+mình|quản\s+lý)"
_WITHIN_REMIT = regex.compile(rf"(?:theo|trong\s+phạm\s+vi)\s+{_REMIT_WORD}(?:[\s,]+(?:và\s+)?{_REMIT_WORD})*[\s,]*")
# The province a notice of conclusions was written for: "… tại buổi làm việc với lãnh đạo tỉnh Sơn La".
_MEETING_WITH = regex.compile(r"làm việc với (?:lãnh đạo |Ban Thường vụ |Thường trực )?(?:tỉnh|thành phố)\s.{2,30}",
                              regex.IGNORECASE)
_MET_SUBJECT = regex.compile(r"(?:Tỉnh|Thành\s+phố)\s+(?=\p{Ll})")
_MET_SUBJECT_AFTER = regex.compile(r"(?<=[:,]\s+)(?:Tỉnh|Thành\s+phố)\s+(?=\p{Ll})")
_YOUR_BODY = regex.compile(r"(?:[Đđ]ề\s+nghị|[Yy]êu\s+cầu)\s+Quý\s+(?:[Cc]ơ\s+quan|Ủy\s+ban|Uỷ\s+ban|UBND|Bộ|Sở|[Đđ]ơn\s+vị"
                           r"|Ban|Cục|Công\s+ty|Hội|Tổng\s+cục|Tập\s+đoàn|[Đđ]ịa\s+phương)\s+(?=\p{Ll})")
_THE_ADDRESSEE = regex.compile(r"(?:[Đđ]ề\s+nghị|[Yy]êu\s+cầu)\s+(?P<head>Công\s+ty|Tổng\s+công\s+ty|Tập\s+đoàn"
                               r"|Hợp\s+tác\s+xã|Chủ\s+đầu\s+tư)\s+(?=\p{Ll})")
_BY_GROUPS = regex.compile(r"\bđược\s+(?:các|những)\s")  # the agents of a passive: what was done, and by whom
_DIRECTS = regex.compile(r"(?<![\p{L}])(?:chỉ\s+đạo|hướng\s+dẫn|đôn\s+đốc|yêu\s+cầu)\s+(?:các|những)\s")
_DUTIES_OF = regex.compile(r"Về\s+(?:trách\s+nhiệm|nhiệm\s+vụ)(?:,?\s+(?:và\s+)?(?:quyền\s+hạn|trách\s+nhiệm))?\s+của\s+")
_BASIS = regex.compile(r"(?:Trên cơ sở|Căn cứ)\s[^,;:]{5,150},\s+(?=\p{Ll})")
# The part of a notice of conclusions that gives tasks: "II. MỘT SỐ NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI".
_JOB_SECTION = regex.compile(r"nhiệm vụ|giải pháp|thời gian tới", regex.IGNORECASE)
_DEPARTMENT = regex.compile(r"(?:Cục|Vụ|Văn phòng|Phòng|Chi cục)\b")  # part of a body, named with it
_PARENT_BODY = regex.compile(r"(?:Văn phòng|Bộ|Tổng cục)\s")  # the body after a department's name
# Addressees a letter reports to, not gives jobs: "Kính gửi: Thủ tướng Chính phủ", "Văn phòng Chính phủ" (the body
# or its office, not one of the office's departments: "Vụ Đối ngoại, Văn phòng Chủ tịch nước" is a peer).
_SUPERIORS = regex.compile(r"(?:Văn phòng\s+)?(?:Thủ tướng|Chính phủ|Bộ Chính trị|Ban Bí thư|Quốc hội|Chủ tịch nước"
                           r"|Trung ương Đảng)\b")
# Points that describe violations or rules, not jobs: "- Không lập hồ sơ …", under "7. Lưu ý quy định xử lý vi phạm …".
_VIOLATION = regex.compile(r"(?:Không|Cho|Giả mạo|Sửa chữa, làm sai lệch)\s")
# A point that only cites a document: "Quyết định số 1381/QĐ-BVHTTDL ngày 15/5/2025 …".
_CITED_DOCUMENT = regex.compile(r"(?:Quyết định|Nghị quyết|Nghị định|Thông tư|Chỉ thị|Công văn|Kế hoạch|Thông báo)\s+số\b")
_RULES_SECTION = regex.compile(r"vi phạm|xử phạt|lưu ý|xếp loại|chấm điểm|thang điểm|tiêu chí", regex.IGNORECASE)
# A lead-in that only says the issuer asks ("…, Thủ tướng Chính phủ yêu cầu:"): its points name the units.
_ASKS_ONLY = regex.compile(r"\s*(?:yêu\s+cầu|đề\s+nghị|điện|chỉ\s+thị|kết\s+luận|giao|thông\s+báo"
                           r"|hướng\s+dẫn(?:\s+cụ\s+thể)?(?:\s+(?:một\s+số|các)\s+(?:nội\s+dung|điểm|vấn\s+đề))?)"
                           r"(?:\s+như\s+sau)?\s*:\s*")  # ("Bộ Tài chính hướng dẫn cụ thể một số nội dung như sau:")
# A list item that names a project of a programme, not a job: "Dự án 1: …", "Tiểu dự án 2 (Dự án 7): …".
_PROJECT_ITEM = regex.compile(r"(?:Tiểu\s+)?[Dd]ự\s+án\s+\d+\b[^:]{0,30}:")
_PARTNERS_LEADIN = regex.compile(r"(?:[Cc]hủ\s+trì,?\s+)?[Pp]hối\s+hợp\s+(?:với|cùng)\s+")
_LEADIN_PARTNERS = regex.compile(r"(?:(?:chủ\s+động|tích\s+cực|thường\s+xuyên)\s+)?(?=phối\s+hợp\s+(?:với|cùng)\s)")
_LEADS_WITH_ITEMS = regex.compile(r"[Cc]hủ\s+trì,?\s+phối\s+hợp(?:\s+(?:với|cùng))?\s*:?\s*")
# What closes a lead-in before its list: "…, cụ thể:", "… trong đó:", "… bao gồm:".
_LEADIN_TAIL = regex.compile(r"[\s,]*(?:(?:cụ\s+thể|trong\s+đó|(?:bao\s+)?gồm)[\s,]*)?:\s*$")
# A lead-in whose list gives the objects of its job: "… cập nhật … vào Cơ sở dữ liệu về giá đối với:".
# ("… thanh tra, kiểm tra … theo các nhóm đối tượng cụ thể như:": examples of whom it covers, no jobs)
_OBJECTS_FOLLOW = regex.compile(r"\b(?:đối\s+với|như)\s*:\s*$")
# A lead-in pointing at what follows ("… như sau:", "… các nhiệm vụ, giải pháp … sau:") introduces the list.
_FORWARD = regex.compile(r"\bsau(?:\s+đây)?\s*:\s*$")
_ITEM_JOB_WORDS = 8  # a numbered sub-item this long that opens with a verb is a job, not a topic
_SUB_ITEM_LEVEL = 3  # "1.1."
_TIME_REACH = 60  # a time after a job's colon is read in this many characters
_TIME_STARTS = ("trước", "chậm", "trong", "đến", "hạn", "ngày", "tháng", "quý", "năm", "từ", "kể")  # a cheap test before parsing
_LEADIN_JOB_WORDS = 8  # fewer words say what follows ("xây dựng kế hoạch thực hiện như sau"), not a job
_RESPONSIBLE_ONLY = regex.compile(
    r"(?:(?:căn\s+cứ|theo|trong\s+phạm\s+vi)\s+(?:chức\s+năng,?\s+)?nhiệm\s+vụ(?:,?\s+quyền\s+hạn)?"
    r"(?:\s+(?:được\s+giao|của\s+mình))?[\s,]*)?(?:có|chịu)\s+trách\s+nhiệm[\s,]*")
# A job that is only to carry out duties: "tập trung thực hiện tốt một số nhiệm vụ", "thực hiện nhiệm vụ, quyền hạn".
_GENERIC_DUTIES = regex.compile(r"\b(?:các|một\s+số|những)\s+nhiệm\s+vụ\b|\bthực\s+hiện\s+nhiệm\s+vụ\b")
_POINTER_WORDS = 10  # the most words of a clause that points at the list ("tổ chức thực hiện các nhiệm vụ sau:")
# Words that go on describing the unit before its duty: "các cơ quan được phân công …", "cơ quan có thẩm quyền …".
# The head of government asks, mid-sentence: "…, Thủ tướng Chính phủ yêu cầu Bộ trưởng, … thực hiện … sau:"
_ASKS_BEFORE_LIST = regex.compile(r"\b(?:Thủ\s+tướng\s+Chính\s+phủ|Chính\s+phủ)\s+yêu\s+cầu\s+(?=\p{Lu}|các\s)")
# "…, Ủy ban nhân dân tỉnh trân trọng đề nghị Bộ Xây dựng:", "…, Bộ Tài chính đề nghị UBND các tỉnh, thành phố quan
# tâm chỉ đạo:" over the points asked of the body named; after it, only words pointing at the points.
_REQUEST_BEFORE_LIST = regex.compile(r"\s(?:trân\s+trọng\s+)?(?:đề\s+nghị|yêu\s+cầu)\s+(?=\p{Lu}|các\s)")
# ("Ủy ban thường vụ Quốc hội yêu cầu Chính phủ, Thủ tướng Chính phủ tập trung thực hiện một số nhiệm vụ và giải pháp
# sau đây:")
_POINTS_ASKED = regex.compile(r"(?:(?:quan\s+tâm|khẩn\s+trương|nghiêm\s+túc|tích\s+cực|quyết\s+liệt|tập\s+trung),?\s+)*"
                              r"(?:(?:chỉ\s+đạo|thực\s+hiện|triển\s+khai|lưu\s+ý)\s*)*"
                              r"(?:(?:một\s+số|các|những)\s+(?:nội\s+dung|nhiệm\s+vụ|việc|công\s+việc|yêu\s+cầu|giải\s+pháp"
                              r"|biện\s+pháp)(?:(?:,|\s+và)\s+(?:nhiệm\s+vụ|giải\s+pháp|biện\s+pháp))?\s*)?"
                              r"(?:(?:cụ\s+thể\s+)?(?:như\s+)?sau(?:\s+đây)?)?\s*:")
# After a unit that opens a sentence: what it will do, did or has not done, not a job given to it.
_OTHERS_STATEMENT = regex.compile(r"\s+(?:sẽ|đã|chưa|cũng\s+đã)\s")
# A heading naming an office by its field: "Cán bộ phụ trách lĩnh vực …", "Các Phó Chủ tịch phụ trách lĩnh vực …".
_OFFICE_HEADING = regex.compile(r"(?:[Cc]ác\s+)?(?:Cán\s+bộ|Chuyên\s+viên|Công\s+chức|(?:Phó\s+)?[Cc]hủ\s+tịch"
                                r"|(?:Phó\s+)?Trưởng\s+(?:ban|phòng))\s(?:[^.;:]{0,60}\s)?phụ\s+trách\s[^.;:]+")
# ("Bảo đảm thống nhất với hướng dẫn …; bảo đảm tính khả thi …": how well, not what)
_REQUIREMENT = regex.compile(r"^Việc\s|\sphải\s|^(?:Bảo\s+đảm|Đảm\s+bảo)\s+(?:thống\s+nhất|đúng|tính|chất\s+lượng|phù\s+hợp)\b")
# A sentence that only says the items below spell out the one before it: "Cụ thể:", "Cụ thể như sau:".
_POINTS_FOLLOW = regex.compile(r"\s*(?:Cụ\s+thể|Trong\s+đó)(?:\s+như\s+sau)?\s*:\s*")
# A label that opens with a time ("Từ ngày 05/02/2026 - 08/02/2026: …", "Quý I/2026: …"): only these are read for one.
_TIME_LABEL = regex.compile(r"(?:Từ|Trước|Đến|Trong|Chậm\s+nhất|Ngày|Tháng|Quý|Năm|Hằng|Hàng|Định\s+kỳ)\s[^:]*\d")
# A duty named without its object after a unit heading's "Đề nghị X": "phối hợp", "thực hiện", "quan tâm chỉ đạo".
_BARE_DUTY = regex.compile(r"(?:quan\s+tâm\s+)?(?:phối\s+hợp|thực\s+hiện|chỉ\s+đạo|triển\s+khai)(?:\s+thực\s+hiện)?")
_TOPIC_OPENERS = ("Đối với ", "Về ")
_DUE_AT_END = regex.compile(r"(?:Thời\s+hạn|Thời\s+gian)(?:\s+(?:hoàn\s+thành|thực\s+hiện))?\s*:\s*([^.;:\n]+?)[\s.;]*$")
_MEASURE = regex.compile(r"(?:(?:(?:nghìn|ngàn|triệu|tỷ)\s+)?(?:đồng|USD|VNĐ)|%|người|ha|tấn|km|lượt|hộ)(?:/\S+)?",
                         regex.IGNORECASE)
_PLACE_AFTER = regex.compile(r"(?:tại|ở)\s")  # where the units named are, before their job
_MODIFIER = regex.compile(r"(?:được|có|thuộc|trực\s+thuộc|trên|tại|của|và|cùng|ở)\s")
# "chịu trách nhiệm (toàn diện) trước pháp luật": answerable, no duty
_ACCOUNTABLE = regex.compile(r"\s+(?:toàn\s+diện\s+)?(?:trước|về)\b")
_NOTE = regex.compile(r"(?:Lưu ý|Chú ý|Ghi chú)\s*:")
_LEADS_ALONG = regex.compile(r"(?:và\s+)?chủ\s+trì\s+(?:cùng|với)\s+")
# Answerable, and no more: "… chịu trách nhiệm trước pháp luật và trước Bộ trưởng Bộ Y tế nếu để đơn vị mình thực hiện
# không đúng …", "… chịu trách nhiệm trước Hội đồng nhân dân và cơ quan hành chính nhà nước cấp trên."
_ACCOUNTABLE_ONLY = regex.compile(r"chịu\s+trách\s+nhiệm(?:\s+toàn\s+diện)?\s+trước\s+(?:[^;:,]*?\snếu\s|[^;:,]+[.\s]*$)")
_PERMITTED = regex.compile(r"Được\s+(?!giao\b)")  # an item under a unit that says what it may do
_SUBJECT_REACH = 200  # characters from a sentence's start within which a described subject meets its duty
_SUBJECT_DUTY = regex.compile(r"\s(?:có|chịu)\s+trách\s+nhiệm\b|\scó\s+nhiệm\s+vụ\b")
_CLAUSE_PUNCTUATION = regex.compile(r"[;:.!?]")
_UNIT_TITLE_WORDS = 16  # a heading that long is a topic, not a name
# A kind of body alone, no description after it, names none: "…, đơn vị chịu trách nhiệm giải trình" (whichever)
_BARE_KINDS = frozenset(("cơ quan", "đơn vị", "tổ chức", "địa phương", "cơ quan, đơn vị", "cơ quan, tổ chức"))
_ADDRESSEE_WORDS = 20  # a described group of addressees, not the letter's first sentence run into it
_ASIDE_AT_END = regex.compile(r"\s*\([^()]*\)[\s.:;]*$")
_INCLUDING = regex.compile(r"^\s*(?:bao\s+)?gồm\s*:?\s*")
_LISTED_IN_BRACKETS = regex.compile(r"(?P<group>[^()]+?)\s*\((?P<units>[^()]+)\)")
# The role a unit heading gives its unit after a dash: "Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo".
_ROLE_AFTER_DASH = regex.compile(r"\s+[-–]\s+(?:cơ\s+quan\s+(?:thường\s+trực|chủ\s+trì|đầu\s+mối)|thường\s+trực"
                                 r"|phó\s+trưởng|trưởng|ủy\s+viên|uỷ\s+viên|thành\s+viên)\b", regex.IGNORECASE)
_FOCUS_AFTER = regex.compile(r",\s*trong\s+đó\s+(?:trọng\s+tâm|tập\s+trung|ưu\s+tiên|nhất\s+là)\b")
_NAME_GOES_ON = regex.compile(r",\s+\p{Lu}")  # "Viện Văn hóa, Nghệ thuật, …" (not "Các ngành, lĩnh vực khác")
# A heading that ends on its subject's duty, the duties listed under it.
_HEADING_DUTY = regex.compile(r"\s(?:có|chịu)\s+trách\s+nhiệm(?:\s+thực\s+hiện|\s+chủ\s+trì)?(?:\s+(?:các|những)\s+nhiệm\s+vụ"
                              r"(?:\s+sau)?)?[\s:.]*$|\scó\s+nhiệm\s+vụ[\s:.]*$")
_TRAILING = " .;:,/"
_DASH_AFTER = regex.compile(r"\s*[-–]\s+")
_AFTER_UNITS = regex.compile(r"[\s,]*(?:\([^()]*\)[\s,]*)?")


def find_tasks(doc: Document, year: int | None = None, doc_type: str | None = None,
               title: str | None = None) -> list[Task]:
    """Tasks of a document: plan-table rows and prose assignments, in document order."""
    if doc_type is None:
        meta = extract_metadata(doc)
        doc_type, title = meta.doc_type, meta.title
    province = None
    if doc_type == "Thông báo" and title and (met := _MEETING_WITH.search(title)):
        province = find_province(met.group())  # "Kết luận … tại buổi làm việc với lãnh đạo tỉnh Sơn La"
    reader = _ProseReader(year, prose=doc_type not in _REPORT_TYPES, requests=doc_type == "Báo cáo",
                          letter=doc_type == "Công văn",
                          met=f"{province_prefix(province).capitalize()} {province}" if province else None)
    tables = TableReader(year)
    tasks: list[Task] = []
    period = None  # of the report whose label opened the item being read
    for block in doc.blocks:
        if block.kind == "table":
            tasks.extend(tables.read(block, reader.section()))
            continue
        # "- Báo cáo 6 tháng: Các cơ quan gửi … trước ngày 05/7;" and the paragraphs its item runs on to ("Sở Tài
        # chính tổng hợp … trước ngày 10/7."): the days are those of every half-year
        period = report_period(block.text) or (period if block.kind == "paragraph" else None)
        found = reader.read(block)
        tasks.extend(task.model_copy(update={"deadline": of_every_period(task.deadline, period)})
                     if period and task.deadline else task for task in found)
    quoted = quoted_spans(doc.text)
    if quoted:
        tasks = [task for task in tasks if not in_spans(task.start, quoted)]
    aliases = find_unit_aliases(block.text for block in doc.blocks if block.kind != "table")
    return resolve_unit_aliases(tasks, _addressees_by_kind(reader.addressed) | aliases)


def _addressees_by_kind(addressees: list[str]) -> dict[str, str]:
    """{unit_key("các Cục Thuế"): "Cục Thuế các tỉnh, thành phố trực thuộc Trung ương", unit_key("Cục Thuế"): …}: a letter
    to the offices of every province names them later by their kind alone, each or all."""
    found = {}
    for unit in addressees:
        kind, of_each, _ = unit.partition(" các ")
        if of_each and kind and " " in kind:
            found[unit_key(f"các {kind}")] = found[unit_key(kind)] = unit
    return found


@dataclass
class _Heading:
    level: int
    text: str
    units: list[str] = field(default_factory=list)
    definitions: bool = False


@dataclass
class _Scope:
    """Jobs that follow a unit heading or a lead-in belong to its units."""
    kind: str  # heading | leadin
    level: int
    lead: list[str]
    coords: list[str]
    section: str | None
    saw_list: bool = False
    deadline: Deadline | None = None  # of a lead-in: "… hoàn thành trong tháng 11 năm 2025, cụ thể:"
    units_coordinate: bool = False  # "b) Chủ trì, phối hợp:" — the units its items name work with the lead
    parent: _Scope | None = None  # the unit heading a lead-in item stands under, in force again after its list
    unnumbered: bool = False  # a lead-in paragraph without a number: numbered paragraphs after it are its items
    opening: tuple[Block, int] | None = None  # a lead-in sentence with no unit of its own: a job if it lists projects
    members: bool = False  # the group in `lead` was replaced by its members, listed one per bullet
    # A lead-in that is a job itself and says what it covers ("… báo cáo số liệu định kỳ …, bao gồm:", "… giám sát
    # việc thành lập … . Cụ thể:"): items that are no jobs ("(1). Tổng số gói thầu …", "- Cơ cấu, thành phần …") are
    # its contents.
    lists_contents: bool = False
    exceptions: bool = False  # its items are the cases a job leaves out ("…, trừ các trường hợp sau đây:") or covers
    # A numbered lead-in just read, and one whose items are paragraphs without markers ("a) Trưởng các điểm thi có
    # trách nhiệm:" / "Tiếp tục quán triệt …" / "Bố trí …" / "b) …"): its items run to the next marker or heading.
    awaits_items: bool = False
    plain_items: bool = False
    # A dash under a unit heading that leads "+" items ("- Chủ trì, phối hợp với các Sở … tham mưu UBND tỉnh:"): its
    # partners are those items' only; the next dash is the heading's again.
    dash: bool = False
    saw_plus: bool = False


@dataclass
class _Job:
    lead: list[str]
    coords: list[str]
    start: int        # where the job's text begins, in the block
    search_from: int  # where its sentence begins: a time phrase may come before the unit
    section: str | None
    deadline: Deadline | None = None  # when the job's own words give none


@dataclass
class _Assignment:
    lead: list[str]
    coords: list[str]
    job_start: int      # offset in the sentence where the job begins
    sentence_start: int


class _ProseReader:
    def __init__(self, year: int | None, prose: bool, letter: bool = False, met: str | None = None,
                 requests: bool = False):
        # A report tells what was done (no jobs) but for what it asks of others (`requests`): "Kiến nghị: Đề nghị
        # Bộ Công an quan tâm đầu tư …".
        self.year, self.prose, self.letter, self.requests = year, prose, letter, requests
        # A letter's addressees ("Kính gửi: Các cơ sở đào tạo trực thuộc Bộ") do the jobs its points give
        # without naming a unit; not a letter to superiors, which reports or asks. So does the province a
        # notice of conclusions was `met` with, in its part of tasks ("… NHIỆM VỤ, GIẢI PHÁP …").
        self.addressees: list[str] = [met] if met else []
        self.addressed: list[str] = []  # every unit the letter was addressed to, also after its end
        self.timed: list[Task] = []  # fielded jobs whose own line says when ("…: Chậm nhất ngày 10/12/2025")
        self.met = met
        self.job_section = met is not None
        self.headings: list[_Heading] = []
        self.scope: _Scope | None = None
        self.aliases: dict[str, list[str]] = {}
        self.in_recipients = False
        self.in_footnotes = False
        self.prev_text = ""  # the block read before
        # a paragraph right under a numbered topic ending on a colon ("1.2. Về lĩnh vực hoàn thuế:"): the topic's point
        # (not under a bullet: "- Hội nghị 5: Gồm các tỉnh/thành phố:" / "Cần Thơ, Đồng Tháp, …")
        self.under_topic = False
        self.last: Task | None = None  # the task of the block just read, for continuations
        self.last_level: int | None = None  # the outline level of that block
        self.undated: list[Task] = []  # the tasks read since the last "Thời gian thực hiện: …" line or heading
        # The units of a numbered point that gave a job ("1. Các cơ quan, đơn vị … xây dựng kế hoạch …"): the
        # bullets right under it that name no unit ("- Giới thiệu điển hình tiên tiến …") are their next jobs.
        self.point_lead: list[str] | None = None
        # Job bullets waiting for labelled lines ("Đơn vị chủ trì: …"), and the tasks those lines fill in.
        self.pending: list[tuple[Block, int]] = []
        self.recent: list[Task] = []
        self.fielded: list[Task] = []
        self.heading_job: tuple[Block, int] | None = None  # a heading whose labelled lines may follow
        # Numbered jobs in a row that name no unit ("a) Tổ chức …", "b) Ban hành …"): a "Cơ quan chủ trì" part after
        # them ("2. Cơ quan chủ trì" / "- Ban Chỉ đạo quốc gia." / "- Các Bộ, ngành liên quan.") gives each its units.
        self.unassigned: list[tuple[Block, int]] = []
        self.unassigned_level: int | None = None
        # Labelled lines read before the unit's ("- Thời gian hoàn thành: Tháng 11/2025" / "- Đơn vị chủ trì: …"):
        # the date and product of the jobs the unit's line makes tasks of.
        self.early_fields: dict[str, str] = {}
        self.unit_label: str | None = None  # the role of a bare "Cơ quan thực hiện:" line just read
        self.unit_items = False  # units listed under that line so far: the next item adds to them
        # A unit heading's job list broken by plain paragraphs: the heading and those paragraphs, its jobs
        # if the list goes on after them (a closing paragraph is followed by no more of its bullets).
        self.paused: tuple[_Scope, list[tuple[Block, int]]] | None = None
        self.detailed = False  # the paragraph that paused a unit heading's list ended on a colon: bullets detail it

    def section(self, skip_unit_headings: bool = False) -> str | None:
        for h in reversed(self.headings):
            if not (skip_unit_headings and h.units):
                return h.text
        return None

    def read(self, block: Block) -> list[Task]:
        last, self.last = self.last, None
        text = block.text
        self.under_topic = block.kind == "paragraph" and self.prev_text.rstrip().endswith(":") \
            and (level := _numbering(self.prev_text)[0]) is not None and level < _LIST_LEVEL
        self.prev_text = text
        if self.in_footnotes or text.startswith("[1]"):
            # "[1] Cụ thể: (i) Thủ tướng Chính phủ phê duyệt …": the notes after the text say what was done or meant
            self.in_footnotes = True
            return []
        if self.in_recipients and block.kind == "list_item":
            if self.in_recipients == "Kính gửi":
                self._address(text.lstrip("-+•* "))
            return []
        self.in_recipients = False
        recipients = _RECIPIENTS.match(text) if text.startswith(_RECIPIENT_WORDS) or " gửi" in text[:12] else None
        if recipients or (text.isupper() and DOC_TYPE_HEADINGS.match(text)):
            self.in_recipients = recipients and ("Kính gửi" if recipients.group().endswith("gửi") else "Nơi nhận")
            if self.in_recipients == "Kính gửi":
                self._address(text[recipients.end():].strip(" :"))
            elif self.in_recipients == "Nơi nhận":
                self.addressees = []  # the letter ends: the points of a guidance annexed to it are not the addressees'
            self.headings.clear()
            self._reset()
            return []
        level, body_at = _numbering(text)
        body = text[body_at:]
        if level is not None and level < _BULLET_LEVEL and self.prose and (label := _PART_LABEL.match(body)):
            # "2. Cơ quan chủ trì, phối hợp" / "a) Cơ quan chủ trì" / "3. Thời gian thực hiện: Tháng 12/2013": a part
            # of the point that says who does its jobs, or when; no heading of jobs of its own
            role = column_role(label.group(1))
            if label.end() < len(body.rstrip(_TRAILING)):
                return self._field(role, block, body_at + label.end()) or []
            self.unit_label, self.unit_items = role, False
            return []
        if level is None and self.fielded and body.startswith("(") and body.rstrip(_TRAILING).endswith(")"):
            return []  # "(Văn phòng Ban Chỉ đạo … là cơ quan trung tâm …)" between the units of the jobs: an aside
        if level is not None and level < _BULLET_LEVEL:
            while self.headings and self.headings[-1].level >= level:
                self.headings.pop()
            # An article or part ("Điều 3.", "II.") also ends an unnumbered lead-in's list.
            while self.scope and (self.scope.level >= level or (level <= 1 and self.scope.unnumbered)):
                self.scope = self.scope.parent
        if self.scope is not None and self.scope.level == _BULLET_LEVEL and self.scope.kind == "heading" \
                and (level is None or level <= _BULLET_LEVEL):
            self.scope = self.scope.parent  # a dash naming a unit heads only the "+" items under it
        if self.scope is not None and self.scope.dash and level is not None and level >= _BULLET_LEVEL:
            if level > _BULLET_LEVEL:
                self.scope.saw_plus = True
            elif self.scope.saw_plus:
                self.scope = self.scope.parent
        if level == _BULLET_LEVEL and self.prose and not body.rstrip().endswith((".", ";")) \
                and not FIELD_LABEL.match(body) and (units := _unit_heading(body)) \
                and (not body.rstrip().endswith(":") or _names_units_only(body.rstrip().rstrip(":"))):
            # "- Bộ Công Thương" (or "- Các bộ, cơ quan trung ương, địa phương:") over "+ Ban hành …" items: the unit
            # does each of them (not "- Các cơ sở khám chữa bệnh thực hiện mã hóa như sau:", a job that lists how)
            self.scope = _Scope("heading", _BULLET_LEVEL, units, [], self.section(), parent=self.scope)
            return []
        unit_label, self.unit_label = self.unit_label, None
        if unit_label and block.kind == "list_item" and _names_units_only(body) and cell_units(body)[0]:
            # "- Cơ quan thực hiện:" / "+ Sở Văn hóa và Thể thao chủ trì, phối hợp với …": who does the job above;
            # the units may be listed one an item ("- Ban Chỉ đạo quốc gia." / "- Các Bộ, ngành liên quan.")
            tasks = self._field(unit_label, block, body_at, add=self.unit_items) or []
            self.unit_label, self.unit_items = unit_label, True
            return tasks
        labelled = self.prose and (level is None or level >= _LIST_LEVEL) and ":" in body
        field = FIELD_LABEL.match(body) if labelled else None
        if field and (_NAMES_LISTED.search(field.group(1)) or _PARTNERS_NAMED.search(field.group(1))
                      or _SUBJECT_DUTY.search(field.group(1))):
            # "- Phối hợp với Ủy ban nhân dân các xã: Gia Phú, Bảo Thắng khẩn trương …": names, then a job; "- Chủ trì
            # phối hợp với Tỉnh, Thành đoàn: Hội … tổ chức tuyên truyền …": partners, then a job; "a) Cơ quan hải
            # quan có trách nhiệm: Bố trí lực lượng …": a unit and its duty, then its jobs
            field = None
        if field:
            role = column_role(field.group(1))
            tasks = self._field(role, block, body_at + field.end())
            if tasks is not None:
                return tasks
            if role == "deadline" and last is not None:
                # "- Xây dựng kế hoạch kiểm kê …" / "Thời gian hoàn thành: Trước ngày 15/11/2025.": the job's date,
                # and the date of the jobs read since the last such line that have none ("- Phối hợp hướng dẫn …
                # Trong đó:" / "+ Sở Xây dựng: …" / "+ Sở Công Thương: …" / "Thời gian thực hiện: …")
                value = block.text[body_at + field.end():].strip(_TRAILING)
                deadline = parse_deadline(value, self.year)
                for task in self.undated:
                    task.deadline = task.deadline or deadline
                last.deadline = deadline or last.deadline
                self.last, self.undated = last, []
                return []
        if last is not None and level is None and (done := _DONE_BY.match(body)):
            if (when := only_time(body[done.end():].rstrip(_TRAILING), self.year)) is not None:
                # "Khẩn trương hoàn thiện …" / "Đảm bảo hoàn thành trong quý I/2026.": the job's date, no job
                last.deadline = last.deadline or when
                self.last = last
                return []
        if self.scope is not None and level is not None and _LEADS_WITH_ITEMS.fullmatch(body):
            # "b) Chủ trì, phối hợp" / "- Sở Tài chính … tham mưu …": the heading's unit leads each item's job
            level = level if level < _BULLET_LEVEL else _BULLET_LEVEL - 1
            self.scope = _Scope("leadin", level, self.scope.lead, self.scope.coords, self.section(),
                                units_coordinate=True, parent=self.scope)
            return []
        if self.scope is not None and level is not None and (partners := _partners_only(body)):
            # "a) Chủ trì, phối hợp với các sở, ban, ngành, UBND các xã, phường" over the heading unit's jobs
            level = level if level < _BULLET_LEVEL else _BULLET_LEVEL - 1
            self.scope = _Scope("leadin", level, self.scope.lead, partners, self.section(), parent=self.scope)
            return []
        if level is not None and not text.startswith("Điều") and (
                body.rstrip(" .").endswith(" trách nhiệm") or (level < _BULLET_LEVEL and "chủ trì" in body)) \
                and (found := _assignment(body.rstrip(_TRAILING) + ":")) and found.job_start >= len(body.rstrip(_TRAILING)):
            # "a) Trưởng các điểm thi có trách nhiệm", "1. Bộ Công Thương chủ trì, phối hợp với các bộ, cơ quan liên
            # quan" over its jobs, its colon left out
            self._open_leadin(block, body, found)
            return []
        if text.startswith("Điều"):
            # "Điều 21. Sở Khoa học và Công nghệ" / "Điều 25. Trách nhiệm của …" heads the unit's numbered
            # duties, so does "Điều 2. Nhiệm vụ của Tổ tiếp công dân …:"; "Điều 2. Giao Sở Nội vụ chủ trì …" is a
            # sentence, its section the article's number.
            # ("Điều 3. Giám đốc Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi:" heads its numbered duties too)
            titled = _is_title(body) or (body.rstrip().endswith(":") and _is_title(body.rstrip().rstrip(":"))
                                         and (_UNIT_HEADING_PREFIX.match(body) is not None or _names_only_units(body)))
            units = (_unit_heading(body) or _delegated_to(body)) if titled else []
            self.headings.append(_Heading(1, text.strip() if titled else text[:body_at].strip(" .:"), units,
                                          definitions=_defines_terms(body)))
            self._reset()  # a new article: the units the last one named, and its last job, are done
            last = None
            if units:
                self.scope = _Scope("heading", 1, units, [], text)
                return []
        elif self._is_heading(block, level, body):
            units = _unit_heading(body)
            # "a) Công tác tuyên truyền" under "1. Sở Nội vụ" titles part of the unit's jobs: they stay its own.
            enclosing = self.scope if not units and level is not None and self.scope is not None \
                and body.strip(_TRAILING) and (self.scope.kind == "heading" or self._heads_subsections(self.scope)) \
                else None
            self._reset()
            self.headings.append(_Heading(level if level is not None else 1, text, units, _defines_terms(body)))
            if enclosing:
                enclosing.saw_list = False
            self.scope = _Scope("heading", level or 1, units, [], text) if units else enclosing
            self.heading_job = None if units else (block, body_at)
            return []
        if body.startswith("Thành phần") and _PARTICIPANTS.match(body):
            return []  # "- Thành phần: Ban Thường trực …; Ban Công tác mặt trận thôn (Chủ trì) và cử tri …": who attends
        if level is None and self.scope is None and "ban hành" in body and all(h.text.isupper() for h in self.headings) \
                and _ENACTING.match(body):
            return []  # "Bộ trưởng Bộ Tài chính ban hành Thông tư hướng dẫn …" above "Điều 1.": the document issues itself
        # ("Căn cứ Kế hoạch này để tổng hợp, bố trí vốn …" under "2.4. Sở Kế hoạch và Đầu tư:" is the unit's job)
        if (not self.prose and not (self.requests and _REPORT_REQUEST.match(body))) \
                or (level is None and _PREAMBLE.match(body) and not (self.scope and self.scope.kind == "heading")) \
                or any(h.definitions for h in self.headings):
            return []
        if level is None and last is not None and _POINTS_FOLLOW.fullmatch(body):
            # "3. Các bộ, ngành … tổ chức thực hiện … mình phụ trách." / "Cụ thể:": the items spell out that job
            item_level = self.last_level if self.last_level is not None and self.last_level < _BULLET_LEVEL else 0
            self.scope = _Scope("leadin", item_level, last.lead, last.coordinators, self.section(),
                                unnumbered=self.last_level is None, lists_contents=True)
            return []
        if body.startswith("Trên đây"):  # the closing paragraph
            self._reset()
            return []
        if level is None and body.rstrip().endswith(":") and _is_title(body.rstrip().rstrip(":")) \
                and len(body.split()) <= _UNIT_TITLE_WORDS and (units := _unit_heading(body)):
            # "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương:" over "- Rà soát …" items: the unit's jobs,
            # up to the next heading of the rank it stands under
            self.scope = _Scope("leadin", self.headings[-1].level if self.headings else 0, units, [], self.section())
            return []
        self.fielded = []
        if not (level is not None and level >= _BULLET_LEVEL):
            self.heading_job = None  # (bullets under it may only say how its job is done)
        if level is None and last is not None and body[:1].islower():
            return self._extend(last, block)  # a paragraph the layout cut in two
        if self.detailed and level is not None and level >= _BULLET_LEVEL:
            return []  # "- Thực hiện chế độ hợp đồng …" under "Phương án … phải gắn với yêu cầu …, theo hướng:"
        self.detailed = False
        # ("* *" under the last paragraph is an ornament, no bullet.)
        # (a numbered item under a unit heading goes on with its list: "Điều 7. Phòng … có nhiệm vụ" / "5. …" / a
        # paragraph / "6. …")
        resumed = self._resume() if self.paused and _HAS_WORD.search(body) and (
            _in_list(block, level) or (level is not None and (self.paused[0].unnumbered or (
                self.paused[0].kind == "heading" and level > self.paused[0].level)))) else []
        if self.scope is None and not self.paused and level is not None and _LIST_LEVEL <= level < _BULLET_LEVEL \
                and self.headings \
                and (heading := self.headings[-1]).units and level > heading.level:
            # "2. Trách nhiệm của UBND các tỉnh" / "e) …" / a paragraph naming its own unit / "g) …": the heading's
            # list goes on
            self.scope = _Scope("heading", heading.level, heading.units, [], heading.text)
        if self.scope is not None and self.scope.kind == "leadin" and _PROJECT_ITEM.match(body):
            return self._projects_listed(self.scope)
        if body.startswith("Giao ") and body.rstrip().endswith(_MEMBERS_FOLLOW) and (named := _assignment(body)) \
                and _groups_only(named.lead):
            # "Giao các sở quản lý … theo ngành, lĩnh vực gồm:": the group is named, its members and jobs follow
            # (not "Yêu cầu các sở … báo cáo số liệu …, bao gồm:", a job and what it covers)
            self._open_leadin(block, body, named)
            return []
        if self.scope is not None and level is None and body.rstrip().endswith(":") \
                and len(body.split()) <= _INTRO_WORDS:
            return []  # "Có trách nhiệm:" over the scope's items introduces them; no job of its own
        if block.kind == "list_item" and self.scope is not None and (members := _member_units(body)) \
                and (self.scope.members or _groups_only(self.scope.lead)):
            # "Giao các sở quản lý … gồm:" / "- Sở Công Thương (đối với …);" / "- Sở Xây dựng (…);" / "Có trách
            # nhiệm: a) …": the group's members, named one per bullet, do its jobs
            self.scope.lead = (self.scope.lead if self.scope.members else []) + members
            self.scope.members = True
            return []
        tasks = self._block_tasks(block, body_at, self._scope_for(block, level), last) \
            or self._assigned_in_brackets(block, body_at)
        if self.paused and level is None:
            paused_scope, between = self.paused
            ends_document = text.rstrip().endswith("./.")
            if ends_document or self.scope is not None or (tasks and paused_scope.kind == "heading"):
                self.paused = None
            elif not tasks:
                # After a lead-in's list, a paragraph that ends on a colon opens a list of its own ("Bộ Tài chính gửi
                # kèm bộ Cẩm nang gồm:"); under a unit heading it says how the job above is done ("Phương án … phải
                # gắn với yêu cầu …, theo hướng:"), its bullets detail it, and the heading's items may go on after them.
                colon = text.rstrip().endswith(":")
                self.detailed = colon and paused_scope.kind == "heading"
                if len(between) == _PAUSE_PARAGRAPHS or (colon and paused_scope.kind == "leadin"):
                    self.paused = None
                elif not self.detailed:
                    self.paused = (paused_scope, between + [(block, body_at)])
            # (a paragraph of a lead-in's item that names its own unit leaves the pause: the items go on)
        if level is not None and level < _BULLET_LEVEL:  # a numbered point: its unit heads the bullets under it
            self.point_lead = tasks[-1].lead if tasks else None
        elif level is None or (tasks and tasks[-1].lead != self.point_lead):  # a paragraph, a bullet's own unit
            self.point_lead = None
        tasks = resumed + tasks
        self.last = tasks[-1] if tasks else None
        self.last_level = level
        self.undated += tasks
        if tasks:
            self.recent += tasks
        elif level is not None and level < _BULLET_LEVEL and block.kind != "list_item":
            # A numbered item without a unit opens its own job list, like a heading.
            self.pending, self.recent, self.heading_job, self.early_fields = [], [], (block, body_at), {}
            if level != self.unassigned_level or self.heading_job is None:
                self.unassigned = []
            self.unassigned.append((block, body_at))
            self.unassigned_level = level
        elif not text.rstrip().endswith(":"):  # "… bao gồm:" introduces jobs, it is none
            self.pending.append((block, body_at))
        return tasks

    def _projects_listed(self, scope: _Scope) -> list[Task]:
        """A lead-in's items that only name projects ("Dự án 1: Phòng ngừa …"): the lead-in is the job, once."""
        if scope.opening is None:
            return []
        block, start = scope.opening
        scope.opening = None
        end = len(block.text.rstrip().rstrip(":").rstrip(_TRAILING))
        return [Task(text=block.text[start:end], start=block.start + start, end=block.start + end,
                     deadline=first_deadline(block.text[start:end], self.year), lead=dedupe_units(scope.lead),
                     coordinators=dedupe_units(scope.coords, exclude=scope.lead), section=scope.section)]

    def _resume(self) -> list[Task]:
        """The jobs of the paragraphs that broke a unit heading's list, now that the list goes on."""
        scope, between = self.paused
        self.paused, self.scope = None, scope
        return [task for block, at in between for task in self._block_tasks(block, at, scope, None)]

    def _heads_subsections(self, scope: _Scope) -> bool:
        """An unnumbered lead-in ("Trung tâm … thực hiện nhiệm vụ, quyền hạn …, cụ thể như sau:") whose list is
        split by sub-headings ("1. Nhiệm vụ, quyền hạn chung" / "a) …"): the heading it stands under is still open."""
        return scope.kind == "leadin" and scope.unnumbered and (
            scope.section is None or any(h.text == scope.section for h in self.headings))

    def _reset(self) -> None:
        self.scope = self.heading_job = self.paused = self.point_lead = None
        self.early_fields = {}
        self.detailed = False
        self.undated = []
        self.pending, self.recent, self.fielded = [], [], []
        self.unassigned = []

    def _field(self, role: str | None, block: Block, value_at: int, add: bool = False) -> list[Task] | None:
        """A labelled line under a job ("Nội dung thực hiện: …", "Đơn vị chủ trì: …", "Thời gian: …").

        The first unit label makes tasks of the jobs above it (the lines read since the last
        heading, or the heading itself); the labels after it fill those tasks in. None when the
        line is no such label. `add`: the units go with those of the items read before under the same label.
        """
        value_end = len(block.text.rstrip(_TRAILING))
        value = block.text[value_at:value_end]
        if role == "task":  # "Nhiệm vụ: …" is the job; a bare "Nhiệm vụ:" heads the job bullets below it
            self.pending = [(block, value_at)] if value else []
            self.recent, self.fielded = [], []
            return []
        if not value:
            if role in UNIT_ROLES:
                self.unit_label = role  # "b) Cơ quan thực hiện:" over its labelled lines or the units' own items
                return []
            return None
        if role in UNIT_ROLES and _MEASURE.fullmatch(value.strip(_TRAILING)):  # (not "Đồng chí Phó Chủ tịch …")
            return []  # "Đơn vị: Triệu đồng": a table's unit of measure, not who does a job
        new: list[Task] = []
        if role in ("deadline", "product") and not self.fielded and not self.recent \
                and (self.pending or self.heading_job) and _assignment(value) is None:
            self.early_fields[role] = value
            return []
        if role in UNIT_ROLES and not self.fielded:
            # (bullets that only say how the job above is done, "- Các văn bản … phải thể hiện rõ …", "- Nguyên tắc
            # tổ chức hiệp thương: …", leave the job to the numbered line above them)
            # (a note after numbered jobs, "Cơ cấu thành phần … do Bộ Quốc phòng hướng dẫn thực hiện.", is one more)
            items = [(b, at) for b, at in self.unassigned if b.text[at:].strip(_TRAILING)] \
                if not self.recent and self.unassigned and self.unassigned[-1] == self.heading_job else []
            jobs = [(b, at) for b, at in self.pending if not _states_requirement(b.text[at:])]
            if len(items) == 1 and jobs and _numbered_job(*items[0]):
                jobs = []  # "1.1. Xây dựng và ban hành Hướng dẫn …" / "- Bảo đảm …" / "- Đơn vị chủ trì: …": the item's
            jobs = items + jobs if jobs and len(items) > 1 else jobs or items \
                or ([] if self.recent or self.heading_job is None else [self.heading_job])
            early_deadline = self.early_fields.get("deadline")
            timed = []
            for job_block, start in jobs:
                end = len(job_block.text.rstrip(_TRAILING))
                job = job_block.text[start:end]
                own = _own_time(job, self.year)
                if own is not None:  # "(1) Tổ chức hiệp thương lần thứ nhất: Chậm nhất ngày 10/12/2025 (…)"
                    colon = job.index(": ")
                    end, job = start + colon, job[:colon]
                # "Tham mưu UBND Thành phố phối hợp với Bộ Công an rà soát …": coordinators named in the job
                # itself, besides those of a "Đơn vị phối hợp:" line.
                new.append(Task(text=job, start=job_block.start + start, end=job_block.start + end,
                                section=self.section(), coordinators=self._coords_in(job),
                                deadline=own or first_deadline(job, self.year)
                                or (parse_deadline(early_deadline, self.year) if early_deadline else None),
                                product=self.early_fields.get("product")))
                if own is not None:
                    timed.append(new[-1])
            self.fielded, self.timed = self.recent + new, timed
            self.pending, self.recent, self.heading_job, self.early_fields = [], [], None, {}
            self.unassigned = []
        if role not in UNIT_ROLES | {"deadline", "product"} or not self.fielded:
            return None
        for task in self.fielded:
            if role in ("lead", "assign"):
                lead, coords = cell_units(value)
                task.lead = dedupe_units((task.lead if add else []) + (lead or split_units(value)))
                task.coordinators = dedupe_units(task.coordinators + coords, exclude=task.lead)
            elif role == "coord":
                task.coordinators = dedupe_units(task.coordinators + listed_units(value), exclude=task.lead)
            elif role == "deadline" and not any(task is t for t in self.timed):  # (the item's own time stands)
                task.deadline = parse_deadline(value, self.year)
            else:
                task.product = value
        return new

    def _scope_for(self, block: Block, level: int | None) -> _Scope | None:
        scope = self.scope
        if scope is None:
            return None
        # (numbered items below a numbered lead-in are its items too: "Điều 1. … bảo đảm một số yêu cầu sau:" / "1. …")
        is_list = _in_list(block, level) or (level is not None and (scope.unnumbered or level > scope.level))
        awaits_items, scope.awaits_items = scope.awaits_items, False
        if scope.kind == "leadin" and not is_list and level is None and (awaits_items or scope.plain_items):
            scope.plain_items = True
            return scope
        if scope.kind == "leadin" and not is_list:
            self.scope = None
            if level is None and (scope.unnumbered or scope.level < _LIST_LEVEL):
                # "… thành phố Đà Nẵng cần tập trung … sau đây:" / "1. …" / a paragraph of item 1 / "2. …",
                # "1. Bí thư … và Chủ tịch … nhiệm vụ sau:" / "(4) …" / a paragraph / "(6) …": the items may go on
                self.paused = (scope, [])
            return None
        if scope.kind == "heading":
            if is_list:
                scope.saw_list = True
            elif level is None and scope.saw_list:
                self.scope = None  # the heading's job list is over, unless it goes on after this paragraph
                self.paused = (scope, [])
                return None
        return scope

    def _is_heading(self, block: Block, level: int | None, body: str) -> bool:
        if block.kind == "heading":
            return True
        if level is None or level >= _BULLET_LEVEL or len(body) > 250:
            return False
        if body.rstrip().endswith((".", ";")):
            # "1. Đối với công tác tổng hợp, báo cáo kết quả thanh tra kiểm tra thuế." over the points on it: a topic;
            # "4. Các cơ quan, tổ chức, đơn vị còn lại." over its duties: a unit
            # ("2. Trách nhiệm của các Sở: Xây dựng, Tài chính, Nội vụ." over their points: units)
            return level < _LIST_LEVEL and ((body.startswith(_TOPIC_OPENERS) and ":" not in body and ";" not in body
                                             and body.count(".") == 1 and _assignment(body) is None)
                                            or (body.rstrip().endswith(".") and _names_only_units(body.rstrip(" .")))
                                            or (body.startswith(("Trách nhiệm của ", "Nhiệm vụ của "))
                                                and body.count(".") == 1 and bool(_unit_heading(body))))
        if self.scope is not None and self.scope.kind == "heading" and self.scope.level < level \
                and _reads_as_job(body):
            return False  # "b) Đẩy mạnh số hóa … trên môi trường mạng" under a unit heading: a job without its stop
        if self.addressees and "Quý" in body and _YOUR_BODY.search(body):
            return False  # "2. Các thủ tục … Để phối hợp …, đề nghị Quý Cơ quan giúp:": a request, its points below
        if body.rstrip().endswith(":") and _OBJECTS_FOLLOW.search(body) and begins_job(body):
            return False  # "1. Thực hiện rà soát … theo các nhóm đối tượng cụ thể như:": a job, and whom it covers
        return bool(_unit_heading(body)) or _assignment(body) is None

    def _block_tasks(self, block: Block, body_at: int, scope: _Scope | None, last: Task | None) -> list[Task]:
        """One task per sentence that names its unit, running on over the sentences after it."""
        text = block.text
        starts = self._pieces(text, body_at)
        ends = starts[1:] + [len(text)]
        tasks: list[Task] = []
        job: _Job | None = None
        skip_to = -1
        for s_start, s_end in zip(starts, ends):
            if s_start < skip_to:
                continue
            if _raises_problems(text, s_start):
                # the whole sentence, with the clauses after its ";", says how to raise problems
                if job:
                    tasks += self._tasks(block, job, s_start)
                job = None
                stop = _SENTENCE_END.search(text, s_start)
                skip_to = stop.start() + 1 if stop else len(text)
                continue
            sentence = text[s_start:s_end]
            found = _clause_assignment(sentence) or (self._met_subject(sentence) if self.met else None) \
                or (self._addressed(sentence) if self.addressees else None)
            if found and scope is not None and scope.kind == "heading" and sentence.startswith("Yêu cầu"):
                found = None  # "- Yêu cầu các cơ quan báo chí …" under "Sở Khoa học và Công nghệ": the Sở's job
            if found is None:
                if job is None and s_start == body_at:
                    job = self._inherited(block, sentence, s_start, scope, last)
                elif job is not None and (asks := _ASSIGN_VERB.match(sentence)) and sentence[asks.end():][:1].isupper():
                    # "Yêu cầu Nhà đầu tư (Tập đoàn Đèo Cả) rà soát …": a job for someone the reader cannot name
                    # ends the running job, which would otherwise take its words and partners
                    tasks += self._tasks(block, job, s_start)
                    job = None
                elif job is not None and job.search_from == body_at and s_start > body_at \
                        and _POINTS_FOLLOW.fullmatch(sentence):
                    # "3. Các bộ, ngành … tổ chức thực hiện … mình phụ trách. Cụ thể:": the job, and its items below
                    tasks += self._tasks(block, job, s_start)
                    self._open_leadin(block, sentence, _Assignment(job.lead, job.coords, 0, 0))
                    self.scope.lists_contents = True
                    job = None
                continue
            if job:
                tasks += self._tasks(block, job, s_start)
            job = None
            section = self.section(skip_unit_headings=True)
            if sentence.rstrip().endswith(":"):
                if _POWERS_FOLLOW.search(sentence):
                    self.scope = None  # "6. Cục trưởng Cục …, Cục trưởng Cục … có quyền:": what they may do, no jobs
                    continue
                if _OBJECTS_FOLLOW.search(sentence):
                    # "Sở Tài chính chịu trách nhiệm cập nhật … đối với:" lists what the job covers, not jobs
                    self.scope = None
                    tasks += self._tasks(block, _Job(found.lead, found.coords, s_start + found.job_start,
                                                     s_start + found.sentence_start, section), s_end)
                    continue
                if _ASKS_ONLY.fullmatch(sentence, found.job_start):
                    continue  # "…, Thủ tướng Chính phủ yêu cầu:": the issuer asks, the points say who does what
                if (partners := _leadin_partners(sentence, found.job_start)):
                    # "Giao UBND cấp xã chủ động phối hợp với các sở, ngành liên quan:": whom the list's jobs are
                    # done with, no job of its own
                    self._open_leadin(block, sentence, _Assignment(found.lead, found.coords + partners, 0, 0))
                    continue
                self._open_leadin(block, sentence, found)
                job_end = _leadin_job_end(sentence, found.job_start)
                if job_end:  # "… khẩn trương khắc phục …, hoàn thành trong tháng 11 năm 2025, cụ thể:" is a job too
                    self.scope.lists_contents = sentence.rstrip().endswith(_MEMBERS_FOLLOW)
                    tasks += self._tasks(block, _Job(found.lead, found.coords, s_start + found.job_start,
                                                     s_start + found.sentence_start, section), s_start + job_end)
                continue
            # Under a lead-in that states when ("…, hoàn thành trong tháng 11 năm 2025, cụ thể:"), a sub-item
            # naming its own unit ("(2) Bộ Y tế hoàn thành nâng cấp …") is due then unless it says otherwise.
            lead, coords = found.lead, found.coords
            if scope is not None and scope.units_coordinate:
                lead, coords = scope.lead, found.lead + found.coords
            job = _Job(lead, coords, s_start + found.job_start, s_start + found.sentence_start, section,
                       scope.deadline if scope is not None and scope.kind == "leadin" else None)
        if job:
            tasks += self._tasks(block, job, len(text))
        if tasks and (due := _DUE_AT_END.search(text)):
            # "… Thời hạn hoàn thành: trước ngày 30/11/2025." closing a point: the date of each of its jobs
            deadline = parse_deadline(due.group(1), self.year)
            for task in tasks:
                task.deadline = task.deadline or deadline
        return tasks

    @staticmethod
    def _pieces(text: str, start: int) -> list[int]:
        """Starts of the sentences, and of clauses after ";" that name a unit of their own once the
        clause before has a job ("… nhiệm vụ được giao; Ủy ban nhân dân các xã căn cứ …")."""
        starts = _sentence_starts(text, start)
        pieces = []
        semicolons = ";" in text
        points = "(" in text and (":" in text or semicolons)
        for s_start, s_end in zip(starts, starts[1:] + [len(text)]):
            pieces.append(s_start)
            # where a clause ends -> where the next begins (past the number of a point)
            breaks = {m.start(): m.end() for m in _SEMICOLON.finditer(text, s_start, s_end)} if semicolons else {}
            if points:
                breaks.update((m.start(), m.end()) for m in _INLINE_POINT.finditer(text, s_start, s_end))
            for end, at in sorted(breaks.items()):
                if _clause_assignment(text[at:s_end]) is None:  # most name no unit: the one before need not be read
                    continue
                if text.count("(", s_start, end) > text.count(")", s_start, end):
                    continue  # "(riêng Bộ Tài chính: tối đa 05 người; Bộ Ngoại giao: tối đa 10 người)": an aside
                before = text[pieces[-1]:end]
                if _partners_run_to_end(before):
                    continue  # "… phối hợp với các Sở, ban, ngành của tỉnh; Ủy ban nhân dân các xã, phường; …": one list
                if _assignment(before) is not None or not (read_units(before)[0] or _asks_units_only(before)):
                    pieces.append(at)
        return pieces

    def _inherited(self, block: Block, sentence: str, s_start: int, scope: _Scope | None,
                   last: Task | None) -> _Job | None:
        """A job without its own unit: under a unit heading or lead-in, or right after a task."""
        if _EXECUTION_CLAUSE.match(sentence):
            return None
        if self.point_lead and block.kind == "list_item" and _numbering(block.text)[0] == _BULLET_LEVEL \
                and (scope is None or (scope.kind == "leadin" and scope.lead != self.point_lead)) \
                and sentence[:1].isupper() and begins_job(sentence) and not sentence.rstrip().endswith(":") \
                and not NOT_A_VERB.match(sentence.lower()):
            # (under a lead-in for other units too: "(1) Bộ Y tế chỉ đạo …" / "- Chỉ đạo Ban Quản lý dự án …" is
            # Bộ Y tế's)
            return _Job(self.point_lead, [], s_start, s_start, self.section())
        if scope is not None:
            if sentence.rstrip().endswith(":") and scope.kind == "leadin" and _GENERIC_DUTIES.search(sentence):
                return None  # "2. Ngoài các nhiệm vụ …, Trung tâm … gồm các nhiệm vụ sau:" points at more items
            if scope.exceptions:
                return None  # "a) Dự án thuộc địa bàn từ 2 xã, phường trở lên;" under "…, trừ các trường hợp sau đây:"
            if sentence.rstrip().endswith(":") and scope.kind == "heading" and _EXCEPTIONS_FOLLOW.search(sentence):
                # "3. Quyết định cho thuê đất … cho các tổ chức, trừ các trường hợp sau đây:": the point is the job,
                # its items the cases it leaves out, up to the next point
                level = _numbering(block.text)[0]
                self.scope = _Scope("leadin", _BULLET_LEVEL - 1 if level is None else level, scope.lead, scope.coords,
                                    scope.section, parent=scope, exceptions=True)
                return _Job(scope.lead, scope.coords, s_start, s_start, scope.section or self.section(), scope.deadline)
            if sentence.rstrip().endswith(":") and scope.kind == "heading":
                coords = self._coords_in(sentence)
                # its list items ("a) …", "- …") rank below the heading, whatever their marker
                contents = sentence.rstrip().endswith(_MEMBERS_FOLLOW)
                self.scope = _Scope("leadin", scope.level, scope.lead, scope.coords + coords, scope.section,
                                    opening=None if contents else (block, s_start), lists_contents=contents,
                                    parent=scope, dash=_numbering(block.text)[0] == _BULLET_LEVEL)
                if contents:  # "- Lập hồ sơ hoàn công cho từng hộ, bao gồm:" over the papers it holds: the job is this
                    return _Job(scope.lead, scope.coords + coords, s_start, s_start, scope.section or self.section(),
                                scope.deadline)
                return None
            opening_units, units_end = read_units(sentence)
            if opening_units and _OTHERS_STATEMENT.match(sentence, units_end):
                return None  # "Tổng cục Thuế sẽ định kỳ tổng hợp …", "Nhiều Cục Thuế chưa …": what others will do or did
            if opening_units and _DUTIES_BY_LAW.fullmatch(sentence[units_end:].lstrip()):
                return None  # "Ban Quản lý thực hiện nhiệm vụ, quyền hạn theo quy định của pháp luật.": its remit
            if _PERMITTED.match(sentence) or _NOTE.match(sentence):
                return None  # "Được sử dụng con dấu …": what the unit may do; "Lưu ý: Văn bản … phải …": a note
            if (len(sentence.split()) < _LEADIN_JOB_WORDS or scope.lists_contents) and not begins_job(sentence):
                # "1. Công ty TNHH MTV Môi trường" / "Đô thị Hà Nội": the rest of a name; "(1). Tổng số gói thầu …"
                # under "… báo cáo số liệu …, bao gồm:": what the job covers
                return None
            job = _Job(scope.lead, scope.coords, s_start, s_start, scope.section or self.section(), scope.deadline)
            if sentence.rstrip().endswith(":") and _OBJECTS_FOLLOW.search(sentence):
                # "1. Thực hiện rà soát … theo các nhóm đối tượng cụ thể như:" / "- Doanh nghiệp …": whom the job
                # covers, listed below it, no jobs
                level = _numbering(block.text)[0]
                self.scope = _Scope("leadin", _BULLET_LEVEL - 1 if level is None else level, scope.lead, scope.coords,
                                    scope.section, parent=scope, exceptions=True)
            return job
        if last is not None and block.kind == "paragraph" and _CONTINUATION_VERB.match(sentence):
            return _Job(last.lead, [], s_start, s_start, last.section)
        if self.addressees and (_numbering(block.text)[0] is not None or self.under_topic) and sentence[:1].isupper() \
                and begins_job(_after_basis(sentence)) and not sentence.rstrip().endswith(":") \
                and not _VIOLATION.match(sentence) \
                and not NOT_A_VERB.match(sentence.lower()) and not _CITED_DOCUMENT.match(sentence) \
                and not any(_RULES_SECTION.search(h.text) for h in self.headings) \
                and (not self.job_section or any(_JOB_SECTION.search(h.text) for h in self.headings)):
            return _Job(self.addressees, [], s_start, s_start, self.section())  # a point of a letter: its addressees'
        return None

    def _met_subject(self, sentence: str) -> _Assignment | None:
        """"Tỉnh căn cứ …", "trên cơ sở đó, Tỉnh nghiên cứu …" in the notice of a meeting with a province: the
        province met is the subject (not "Tỉnh đã hoàn thành …", a result)."""
        m = _MET_SUBJECT.match(sentence) or _MET_SUBJECT_AFTER.search(sentence, 0, _LABEL_REACH)
        return _job_after(sentence, m, [self.met])

    def _addressed(self, sentence: str) -> _Assignment | None:
        """"… đề nghị Quý Ủy ban gửi báo cáo …": the honorific names the letter's addressees; so does the bare
        head word of a letter's one addressee: "Kính gửi: Công ty cổ phần …" / "… đề nghị Công ty thực hiện …"."""
        subject = _YOUR_BODY.search(sentence) if "Quý" in sentence else None
        if subject is None and len(self.addressees) == 1 and ("nghị" in sentence or "cầu" in sentence) \
                and (subject := _THE_ADDRESSEE.search(sentence)) \
                and not self.addressees[0].startswith(subject.group("head")):
            subject = None
        return _job_after(sentence, subject, self.addressees)

    def _address(self, text: str) -> None:
        """Note the units a letter is addressed to ("Kính gửi: …" and the list under it)."""
        units, end = read_units(text) if self.letter and text else ([], 0)
        rest = text[end:].strip(_TRAILING)
        whole = ";" not in text.strip(_TRAILING) and len(text.split()) <= _ADDRESSEE_WORDS \
            and not any(c.isdigit() for c in rest)
        if whole and ((len(units) == 1 and rest and units[0].casefold().startswith(GENERIC))
                      or (units and _DEPARTMENT.match(units[0]) and (rest or _of_one_body(units)))):
            # "Các Doanh nghiệp hoạt động cho thuê lại lao động trên địa bàn Thành phố": a described group; "Vụ Đối
            # ngoại, Văn phòng Chủ tịch nước", "Văn phòng các Ban của Đảng": a department and its body; each whole
            units = [expand_abbreviations(text.strip(_TRAILING))]
        if any(_SUPERIORS.match(unit) for unit in units):
            self.letter = False  # written upwards: its points report or propose
            self.addressees = []
        elif units:
            self.addressees += units
            self.addressed += units

    def _open_leadin(self, block: Block, sentence: str, found: _Assignment) -> None:
        alias = DEFINITION.search(sentence)
        if alias:
            self.aliases[unit_key(alias.group("short"))] = found.coords
        level, _ = _numbering(block.text)
        unnumbered = level is None
        # An unnumbered lead-in ("…, tỉnh Đắk Lắk cần … một số nội dung trọng tâm sau:") may head numbered items.
        level = 0 if unnumbered else level if level < _BULLET_LEVEL else _BULLET_LEVEL - 1
        self.scope = _Scope("leadin", level, found.lead, found.coords, self.section(),
                            deadline=first_deadline(sentence, self.year), unnumbered=unnumbered,
                            awaits_items=not unnumbered)

    def _coords_in(self, text: str) -> list[str]:
        """Units after "phối hợp với"; a name the lead-in defined ("sau đây gọi chung là …") stands for its units."""
        coords: list[str] = []
        for m in COORD.finditer(text):
            for unit in _described(text, *read_units(text, m.end(), partners=True))[0]:
                coords += self.aliases.get(unit_key(unit), [unit])
        return coords

    def _tasks(self, block: Block, job: _Job, end: int) -> list[Task]:
        text = block.text
        if text[end - 1:end] in (" ", ")") and (point := _POINT_AT_END.search(text, job.start, end)):
            end = point.start()
        while end > job.start and text[end - 1] in _TRAILING:
            end -= 1
        tasks = []
        lead = dedupe_units(job.lead)
        duties = _numbered_duties(text, job.start, end)
        if duties:
            for i, (start, stop) in enumerate(duties):
                while stop > start and text[stop - 1] in _TRAILING:
                    stop -= 1
                coords = list(job.coords)
                duty = _DUTY_ANY_CASE.match(text, start)
                if duty:  # "(1) Chủ trì, phối hợp với B …"
                    start = duty.end()
                lead_coord = _LEADING_COORD_ANY_CASE.match(text, start)
                if lead_coord:  # "(5) Phối hợp với B tháo gỡ …"
                    found, c_end = read_units(text, lead_coord.end(), partners=True)
                    if found:
                        coords += found
                        start = _AFTER_UNITS.match(text, c_end).end()
                coords = dedupe_units(coords + self._coords_in(text[start:stop]), exclude=lead)
                deadline = first_deadline(text[job.search_from if i == 0 else start:stop], self.year) or job.deadline
                tasks.append(Task(text=text[start:stop], start=block.start + start, end=block.start + stop,
                                  deadline=deadline, lead=lead, coordinators=coords, section=job.section))
            return tasks
        for i, (start, stop) in enumerate(self._clauses(text, job.start, end)):
            coords = dedupe_units(job.coords + self._coords_in(text[start:stop]), exclude=lead)
            deadline = first_deadline(text[job.search_from if i == 0 else start:stop], self.year) or job.deadline
            tasks.append(Task(text=text[start:stop], start=block.start + start, end=block.start + stop,
                              deadline=deadline, lead=lead, coordinators=coords, section=job.section))
        return tasks

    def _clauses(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """A job cut where a dated deadline closes a clause: "… trong Quý I năm 2018; tham mưu …" are two."""
        parts = []
        for m in _CLAUSE_BREAK.finditer(text, start, end):
            clause = text[start:m.start()]
            found = find_deadlines(clause, self.year)
            if found and found[-1][1] == len(clause) and (found[-1][2].start or found[-1][2].end):
                parts.append((start, m.start()))
                start = m.end()
        return parts + [(start, end)]

    def _assigned_in_brackets(self, block: Block, body_at: int) -> list[Task]:
        """A job closed by its assignment in brackets: "- Tổ chức tập huấn … (Sở Tư pháp chủ trì, phối hợp với …)"."""
        m = _BRACKETED_ASSIGNMENT.search(block.text, body_at) if ")" in block.text else None  # most have none
        lead, coords = parse_assignment(m.group(1)) if m else ([], [])
        if not lead:
            return []
        end = len(block.text[:m.start()].rstrip(_TRAILING))
        return [Task(text=block.text[body_at:end], start=block.start + body_at, end=block.start + end,
                     deadline=first_deadline(block.text[body_at:], self.year), lead=dedupe_units(lead),
                     coordinators=dedupe_units(coords, exclude=lead), section=self.section())]

    def _extend(self, last: Task, block: Block) -> list[Task]:
        end = len(block.text)
        while end > 0 and block.text[end - 1] in _TRAILING:
            end -= 1
        last.text = f"{last.text} {block.text[:end]}"
        last.end = block.start + end
        last.deadline = first_deadline(last.text, self.year)
        self.last = last
        return []


def _asks_units_only(clause: str) -> bool:
    """"Yêu cầu các sở, ban, ngành, đoàn thể tỉnh": the first of the units asked, listed up to a ";"."""
    asks = _ASSIGN_VERB.match(clause)
    if not asks:
        return False
    units, end = read_units(clause, asks.end())
    return bool(units) and not clause[end:].strip(_TRAILING)


def _after_basis(sentence: str) -> str:
    """The sentence past an opening clause that states its basis: "Trên cơ sở Nghị quyết …, khẩn trương …"."""
    basis = _BASIS.match(sentence)
    return sentence[basis.end():] if basis else sentence


def _only_time(rest: str) -> bool:
    """Whether the words after a unit are only a time ("…, Tổng cục Thuế trước ngày 05/12/2022."): where a report goes
    and by when, not a job of that unit."""
    body = rest.rstrip(_TRAILING)
    return len(body) <= _TIME_REACH and body.startswith(_TIME_STARTS) and only_time(body) is not None


def _own_time(job: str, year: int | None) -> Deadline | None:
    """The deadline a job line gives after a colon ("Tổ chức hiệp thương lần thứ nhất: Chậm nhất ngày 10/12/2025
    (trước ngày bầu cử 95 ngày …)"), None when what follows its colon is not a time."""
    colon = job.find(": ")
    if colon < 0:
        return None
    found = find_deadlines(job[colon + 2:colon + 2 + _TIME_REACH], year)
    return found[0][2] if found and found[0][0] == 0 else None


def _numbered_job(block: Block, body_at: int) -> bool:
    """A sub-item of a topic that states a whole job ("1. Xây dựng, ban hành các văn bản …" / "1.1. Xây dựng và ban
    hành Hướng dẫn … về việc …"), whose bullets say how it is done; not a topic over jobs ("5. Nghiên cứu giải pháp
    thu hút …" / "- Nghiên cứu tham mưu UBND tỉnh ban hành …", "1. Công tác tuyên truyền")."""
    text = block.text[body_at:]
    return _numbering(block.text)[0] == _SUB_ITEM_LEVEL and len(text.split()) >= _ITEM_JOB_WORDS \
        and not text.rstrip().endswith(":") and begins_job(text)


def _states_requirement(text: str) -> bool:
    """A line that says how a job is to be done, not a job: "Việc tổ chức … phải …", "Nguyên tắc …: …"."""
    if _REQUIREMENT.search(text):
        return True
    label = _LABEL.match(text) if ": " in text[:_LABEL_REACH] else None
    return label is not None and not begins_job(text) and ("," not in text[:label.end()])


def _in_list(block: Block, level: int | None) -> bool:
    return level is not None and (level >= _BULLET_LEVEL or block.kind == "list_item")


def _sentence_starts(text: str, start: int) -> list[int]:
    """Where the sentences from `start` on begin."""
    # Most blocks are one sentence: only a stop with more text after it can end one.
    body = text.rstrip(" .!?")
    if "." not in body and "!" not in body and "?" not in body:
        return [start]
    # From start - 1: the stop ending a sentence may stand just before `start`.
    return [start] + [m.end() for m in _SENTENCE_END.finditer(text, max(start - 1, 0))]


def _raises_problems(text: str, start: int) -> bool:
    """Whether the sentence at `start` says how to raise problems (`_IF_PROBLEMS`)."""
    # Its first word tells most sentences apart, more cheaply than the pattern.
    return text[start:start + 6].lower().startswith(_IF_PROBLEMS_WORDS) and _IF_PROBLEMS.match(text, start) is not None


def _numbered_duties(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A job made of numbered duties, "(1) …; (2) …; (3) …", cut into one span per duty (markers
    left out); [] unless the job opens with "(1)" and "(2)" follows after a stop."""
    if lead := _DUTIES_LEAD.match(text, start, end):
        start = lead.end()
    first = _DUTY_NUMBER.match(text, start)
    if first:
        if first.group(1) not in ("1", "i"):
            return []
        start = first.end()
    elif not _FIRST_DUTY_BEFORE.search(text[max(0, start - 8):start]):
        return []
    spans, expect = [], 2
    for m in _DUTY_NUMBER_AFTER.finditer(text, start, end):
        if _duty_number(m.group(1)) != expect:
            continue
        spans.append((start, m.start()))
        start, expect = m.end(), expect + 1
    if not spans:
        return []
    return spans + [(start, end)]


def _duty_number(marker: str) -> int:
    return _ROMAN[marker] if marker.isalpha() else int(marker)


def _groups_only(units: list[str]) -> bool:
    """Whether every unit is a group named by its kind ("các sở …"), not a body by its name."""
    return all(unit.casefold().startswith(GENERIC) for unit in units)


def _member_units(body: str) -> list[str]:
    """The units a bullet names and nothing more, but a scope in brackets: "Sở Xây dựng (đối với tài sản …);"."""
    core = body.rstrip().rstrip(_TRAILING)
    if core.endswith(")") and (opened := core.rfind("(")) > 0:
        core = core[:opened].rstrip().rstrip(_TRAILING)
    if not core or len(core) > _MEMBER_CHARS:
        return []
    units, end = read_units(core)
    return units if units and not core[end:].strip(_TRAILING) else []


def _numbering(text: str) -> tuple[int | None, int]:
    """Outline level of a block's marker and where its body starts."""
    m = _NUMBERING.match(text)
    return (_NUMBERING_LEVELS[int(m.lastgroup[1:])][1], m.end()) if m else (None, 0)


def _defines_terms(heading: str) -> bool:
    """Whether a heading opens a section without jobs: definitions, or the plan's purpose and
    requirements; asked of headings only, as the search is slow."""
    return bool(_DEFINITIONS.search(heading) or _PURPOSE.match(heading))


def _reads_as_job(body: str) -> bool:
    """Whether an item under a unit heading is a job rather than a sub-heading: a lead-in to the jobs
    listed under it ("Tham mưu Ủy ban nhân dân tỉnh trình … quyết định:"), or a verb and enough words
    to say what to do ("Kiểm tra công tác … tại các cơ quan, đơn vị", not "Tuyên truyền, phổ biến")."""
    body = body.rstrip()
    return begins_job(body) and (body.endswith(":") or len(body.split()) >= _LEADIN_JOB_WORDS)


def _delegated_to(title: str) -> list[str]:
    """The units an article's title delegates its points to: "Phân cấp cho Sở Y tế thực hiện một số nhiệm vụ, quyền
    hạn sau", "Thẩm quyền của Ủy ban nhân dân cấp tỉnh phân cấp cho Chủ tịch Ủy ban nhân dân cấp xã"."""
    to = _DELEGATED_TO.search(title)
    return _delegates(title, to.end(), *read_units(title, to.end())) if to else []


def _delegates(text: str, start: int, units: list[str], end: int) -> list[str]:
    """The units a power is delegated to, read from `start`: an office-holder keeps the title ("Chủ tịch Ủy ban nhân
    dân cấp xã"), the power being the holder's."""
    if len(units) == 1 and opens_with_title(text[start:end]):
        return [expand_abbreviations(text[start:end].strip())]
    return units


def _names_only_units(body: str) -> bool:
    """Whether a line is nothing but units and its colon: "Giám đốc Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi:"."""
    units, end = read_units(body)
    return bool(units) and not body[end:].strip(" :")


def _is_title(body: str) -> bool:
    """A heading's words, not a sentence: short and not closed by a stop."""
    body = body.rstrip()
    return bool(body) and len(body) <= 250 and not body.endswith((".", ";", ":"))


def _description_goes_on(group: str, rest: str) -> bool:
    """Whether the words after a group ("Các chủ đầu tư" / " xây dựng …") go on describing it. After a comma
    only a group already described does ("Các cơ sở khám bệnh, chữa bệnh"; "Các ngành, lĩnh vực khác" is a topic)."""
    return rest[:1] == " " or (rest[:1] == "," and len(group.split()) >= 3)


def _unit_heading(body: str) -> list[str]:
    """Units named by a heading that is nothing but a unit: "1. Văn phòng Sở", "b) Đối với các sở:"."""
    body = body.strip().rstrip(":").rstrip()
    if _OFFICE_HEADING.fullmatch(body):
        return [expand_abbreviations(body)]  # "3. Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội"
    prefix = _UNIT_HEADING_PREFIX.match(body)
    if prefix:  # "Giao người đứng đầu các cơ quan …": the title reads as at the start of a name
        body = body[prefix.end():]
        body = body[:1].upper() + body[1:]
    if is_upper(body):
        return []  # "TỔ CHỨC THỰC HIỆN" is a section title
    listed = _LISTED_IN_BRACKETS.fullmatch(body.rstrip(_TRAILING))
    if listed and listed["units"].rstrip().endswith(("…", "...")):
        # examples, not a list: "Các chủ rừng là tổ chức (các Ban quản lý rừng đặc dụng, …, các Công ty …)"
        body, listed = listed["group"], None
    if listed and may_open_unit(listed["group"]):
        # "Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu Kinh tế …)": the bodies it lists
        inner = split_units(_INCLUDING.sub("", listed["units"]))  # "(gồm các Sở: Xây dựng, Công Thương, …)"
        if len(inner) > 1 and all(may_open_unit(unit) for unit in inner):
            return inner
    units, end = read_units(body)
    if units and (not body[end:].strip(_TRAILING) or _FOCUS_AFTER.match(body, end)):
        return units  # (", trong đó trọng tâm là các tỉnh: …" says where the units should look first)
    if len(units) == 1 and units[0].endswith(" nơi") and body[end:].strip(_TRAILING):
        return [expand_abbreviations(body.rstrip(_TRAILING))]  # "a) Chi cục Hải quan nơi đăng ký tờ khai (nơi đi):"
    if units and prefix and _BARE_DUTY.fullmatch(body[end:].strip(_TRAILING)):
        return units  # "2. Đề nghị Ủy ban nhân dân xã phối hợp" over the points asked of it
    duty = _HEADING_DUTY.search(body)
    if duty and units:  # "11. Các đơn vị cấp nước sạch trên địa bàn thành phố có trách nhiệm": its subject
        # ("1. Ủy ban nhân dân xã, phường, thị trấn: Khi nhận được hồ sơ …, có trách nhiệm": the unit, then when)
        return units if body[end:].lstrip().startswith(":") else split_units(body[:duty.start()])
    rest = body[end:]
    role = _ROLE_AFTER_DASH.search(body) if units and rest else None
    if role and _is_title(body):
        # "1.2. Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo": the unit, and its role in the body
        units, end = read_units(body[:role.start()])
        return units if units and not body[end:role.start()].strip(_TRAILING) else []
    if units and rest.lstrip().startswith("/") and _is_title(body):
        # "Sở Văn hóa, Thể thao và Du lịch/Sở Văn hóa và Thể thao tỉnh, thành phố …": one of the two, by province
        alternatives = [side.strip() for side in body.split("/")]
        if all(may_open_unit(side) for side in alternatives):
            return [unit for side in alternatives for unit in split_units(side)]
    if units and _is_title(body) and len(body.split()) <= _UNIT_TITLE_WORDS and (
            (units[0].casefold().startswith(GENERIC) and _description_goes_on(units[0], rest))
            or _NAME_GOES_ON.match(rest)):
        # A heading naming units the gazetteer reads only in part: "5. Các chủ đầu tư xây dựng và kinh doanh hạ
        # tầng Khu công nghiệp", "Các cơ sở đào tạo đại học, sau đại học" (a group and what it does), "1. Viện Văn hóa, Nghệ thuật, Thể thao và Du lịch
        # Việt Nam" (a name with commas): its pieces when each opens a unit, else the whole heading.
        pieces = split_units(body)
        return pieces if all(may_open_unit(p) for p in pieces) else [expand_abbreviations(body.rstrip(_TRAILING))]
    responsible = prefix and (prefix.group().startswith(("Trách", "Nhiệm")) and may_open_unit(body)
                              and not _LAW_SUBJECT.match(body)  # (not "Nhiệm vụ của Bộ luật hình sự")
                              or prefix.group().startswith("Đối") and units)  # (not "Đối với các dự án …")
    if responsible and not NOT_A_VERB.match(body[end:].lstrip(" ,")):
        # "Trách nhiệm của cơ quan, đơn vị trên địa bàn tỉnh có hệ thống …", "Đối với các cơ sở sản xuất có lưu
        # lượng xả bụi … lớn (theo danh sách …)": whoever the heading names is responsible, also when the name is
        # a description the gazetteer cannot read to its end.
        return [expand_abbreviations(_ASIDE_AT_END.sub("", body).rstrip(_TRAILING))]
    return []


def _names_units_only(item: str) -> bool:
    """Whether an item under "Cơ quan chủ trì" names units and gives no job: "Sở Tư pháp chủ trì, phối hợp với …" does,
    and so does "Các cơ quan báo chí Trung ương, địa phương, quân đội." or "… và cơ quan tổ chức có liên quan.", whose
    last words only read as a job."""
    found = _assignment(item)
    if found is None:
        return True
    rest = item[found.job_start:].strip(_TRAILING)
    return len(rest.split()) <= 2 or rest.endswith("liên quan")


def _clause_assignment(clause: str) -> _Assignment | None:
    """`_assignment` of a sentence or of a clause after ";", which may open in lower case with its unit: "…; công an
    cấp huyện hoàn thành việc xét duyệt …" names its unit as "Công an cấp huyện hoàn thành …" would."""
    found = _assignment(clause)
    if found is None and clause[:1].islower() and may_open_unit(clause):
        capitalized = clause[0].upper() + clause[1:]
        units = read_units(capitalized)[0]
        # the clause opens with a unit of more than its head word ("sở hữu trí tuệ" is no "Sở"), and its job with a
        # verb, not a preposition ("báo cáo Ban Chỉ huy quân sự đối với …; công an cấp huyện đối với …" names whom
        # to report to)
        if units and all(" " in unit for unit in units) and (found := _assignment(capitalized)) is not None \
                and begins_job(job := capitalized[found.job_start:]) and not NOT_A_VERB.match(job) \
                and not job.startswith("đối với"):
            return found
        return None
    return found


def _assignment(sentence: str) -> _Assignment | None:
    """The units a sentence gives a job, and where the job begins; None for other sentences."""
    candidates = [0]
    timed = False
    label = _LABEL.match(sentence) if ": " in sentence[:_LABEL_REACH] else None
    if label is None and sentence.startswith("Về "):  # a topic runs longer: "Về đề nghị … của dự án BOT …: giao …"
        label = _TOPIC_LABEL.match(sentence)
    if label:  # "Về tập huấn, hướng dẫn: Sở A có trách nhiệm …", "Trường hợp …: Sở quản lý ngành … có trách nhiệm …"
        job_at = label.end()
        # "5. Các cơ quan thông tin, truyền thông của tỉnh: Xây dựng …" (not "các Bộ: Xây dựng, Công Thương, …",
        # whose names run past the colon)
        subject = sentence[:job_at].rstrip().rstrip(":")
        if names_people(subject) and sentence[job_at:job_at + 1].isupper() and begins_job(sentence[job_at:]):
            return _Assignment(listed_units(subject), [], job_at, 0)  # "Đồng chí Trưởng Ban … - Trưởng Tiểu ban: …"
        if sentence[job_at:job_at + 1].isupper() and begins_job(sentence[job_at:]) \
                and subject.count("(") == subject.count(")") and (units := _unit_heading(subject)) \
                and read_units(sentence)[1] < job_at:
            return _Assignment(units, [], job_at, 0)
        candidates.append(job_at)
        when = find_deadlines(subject) if _TIME_LABEL.match(subject) else []
        timed = bool(when) and when[0][0] == 0  # "Từ ngày 04/02/2026: Ban Thường trực … họp với …": the job's time
        if sentence.startswith(_ROLE_OPENER, job_at):  # "Về …: với vai trò là chủ đầu tư, Tập đoàn … chủ động …"
            candidates += [m.end() for m in _COMMA.finditer(sentence, job_at)]
    if sentence.startswith("Đối với "):  # "Đối với UBND cấp xã: được giao quản lý …"
        candidates.append(len("Đối với "))
    if sentence.startswith("Về ") and (duties_of := _DUTIES_OF.match(sentence)):
        # "Về trách nhiệm và quyền hạn của các cấp ủy, … thực hiện đầy đủ trách nhiệm …; trong đó, lưu ý …:"
        candidates.append(duties_of.end())
    if sentence.endswith(":") and (asks := _ASKS_BEFORE_LIST.search(sentence)):
        # "Thiết thực lập thành tích …, Thủ tướng Chính phủ yêu cầu Bộ trưởng, … thực hiện một số nhiệm vụ sau:"
        candidates.append(asks.end())
    asked_at = None
    if sentence.endswith(":") and (asks := _REQUEST_BEFORE_LIST.search(sentence)) \
            and (asked := read_units(sentence, asks.end()))[0] \
            and _POINTS_ASKED.fullmatch(sentence, _AFTER_UNITS.match(sentence, asked[1]).end()):
        asked_at = asks.end()
        candidates.append(asked_at)
    # (a basis in lower case after a semicolon: "Quán triệt …; căn cứ vào phương hướng …, Văn phòng … cụ thể hoá …")
    opening = sentence[:1].upper() + sentence[1:20] if sentence.startswith(("căn cứ", "trên cơ sở", "trường hợp")) else sentence
    case = opening.startswith(_CASE_OPENERS)
    case_ends: set[int] = set()  # where a case or condition that opens the sentence ends, before the unit
    if opening.startswith(_OPENERS) and _OPENER.match(opening):  # a cheap test before the word boundary
        # Not past "phối hợp với": "Hằng năm, phối hợp với Sở A, Trung tâm B thực hiện …" lists coordinators; nor
        # past a verb that directs others: "Căn cứ chức năng nhiệm vụ, chỉ đạo các cơ sở giáo dục phổ thông, các cơ
        # sở giáo dục nghề nghiệp …" names whom the job directs.
        limit = min(m.start() if (m := COORD.search(sentence)) else len(sentence),
                    m.start() if (m := _DIRECTS.search(sentence)) else len(sentence))
        # (not inside a passive's agents: "…, công tác … đã được các cấp, các ngành quan tâm triển khai …")
        commas = [m.end() for m in _COMMA.finditer(sentence, 0, limit)]
        then = _THEN.search(sentence, 0, limit) if case else None
        if then:  # the case ends at "thì": a comma after it is inside the main clause ("… thì phải có giấy … do Tỉnh,
            # Thành đoàn … cấp"), one before it inside the case ("Trường hợp người ứng cử là người đứng đầu cơ quan,
            # tổ chức, đơn vị thì cơ quan, tổ chức, đơn vị cấp trên trực tiếp có trách nhiệm …")
            commas = []
        after_clause = [at for at, before in zip(commas, [0] + commas) if not _BY_GROUPS.search(sentence, before, at)]
        if then:
            after_clause.append(then.end())  # "Đối với vụ việc ở khu dân cư thì cơ quan … có trách nhiệm …"
        if case and (ask := _CASE_ASKS.search(sentence, 0, limit)):
            after_clause.append(ask.start() + 1)  # "Đối với 12 dự án … vướng mắc yêu cầu Chủ tịch UBND các phường …"
        candidates += after_clause
        if case:
            case_ends = set(after_clause)
        when = find_deadlines(sentence[:_OPENING_TIME_REACH])
        if when and when[0][0] == 0:
            # "Hằng năm, Sở Nội vụ báo cáo …": the time the sentence opens with is the job's; "Định kỳ 06 tháng
            # các cơ quan có liên quan báo cáo …": the unit may follow it without a comma
            timed = True
            candidates.append(_AFTER_UNITS.match(sentence, when[0][1]).end())
    for at in candidates:
        pos = at
        # (after an opening clause the request may be in lower case: "Để bảo đảm …, đề nghị các Thuế tỉnh …")
        m = _ASSIGN_VERB.match(sentence, pos) or (_LOWER_REQUEST.match(sentence, pos) if at else None)
        if m:
            pos = m.end()
            if m.group().startswith("Kh") and not sentence[pos:pos + 1].isupper():
                continue  # "Khuyến khích các doanh nghiệp …" states a policy; "Khuyến khích Hội Nông dân …" asks a body
        units, end = read_provinces(sentence, pos)  # "Các tỉnh Nghệ An, Quảng Ngãi khẩn trương …"
        if not units:
            # (after a clause, the bodies asked may be a bare group: "Để làm tốt việc này, yêu cầu cấp uỷ, tổ chức
            # đảng, chính quyền, đoàn thể các cấp …")
            units, end = _described(sentence, *read_units(sentence, pos,
                                                          partners=m is not None and m.group().startswith("yêu")))
        if not units and not pos:
            units, end = _described_subject(sentence)
        elif not units and at in case_ends and m is None and ("trách nhiệm" in sentence or "nhiệm vụ" in sentence):
            # "Đối với vụ việc ở khu dân cư thì cơ quan, tổ chức, đơn vị giới thiệu người ứng cử có trách nhiệm …"
            clause = sentence[pos:pos + 1].upper() + sentence[pos + 1:]
            units, end = _described_subject(clause)
            units = [sentence[pos] + unit[1:] if unit[:1] == clause[:1] else unit for unit in units]  # its own case
            end += pos if units else 0
        if m is not None and m.group().startswith(("Ủy", "Phân cấp")):
            units = _delegates(sentence, pos, units, end)
        if not units or (at and sentence[end:end + 1] == ","):
            continue  # after an opening clause the unit is followed by its job, not by another clause
        rest_at = _AFTER_UNITS.match(sentence, end).end()
        if (dash := _DASH_AFTER.match(sentence, end)) and (role := read_units(sentence, dash.end()))[0]:
            rest_at = _AFTER_UNITS.match(sentence, role[1]).end()  # "Bộ Tài chính - Cơ quan Thường trực Ban …": its role
        colon = sentence[rest_at:rest_at + 1] == ":" and sentence[rest_at + 1:].strip()
        gives = m is not None and m.group().startswith("Giao")
        if at == asked_at or (gives and sentence[rest_at:].strip() == ":"):
            # "Điều 2. Giao Bộ Tài nguyên và Môi trường:", "…, Ủy ban nhân dân tỉnh trân trọng đề nghị Bộ Xây dựng:":
            # the units, their jobs listed below
            return _Assignment(units, [], len(sentence), at)
        if colon:  # "- Sở Tài chính: Bố trí kinh phí …"
            rest_at = _AFTER_UNITS.match(sentence, rest_at + 1).end()
        request = _REQUEST.match(sentence, rest_at) or (
            _LOWER_REQUEST.match(sentence, rest_at) if units[0].startswith(_ASKING_BODIES) else None)
        if request:  # "Sở … yêu cầu các phòng, đơn vị …": the units asked do the job
            higher = _HIGHER_BODIES + (("Bộ ",) if units[0].startswith("Tổng cục") else ())  # (a ministry over its
            units, end = read_units(sentence, request.end())                                  # general department)
            if not units or (request.group().startswith("đề") and units[0].startswith(higher)):
                continue  # (a proposal upward: "Ủy ban nhân dân tỉnh đề nghị Thủ tướng Chính phủ xem xét …")
            rest_at = _AFTER_UNITS.match(sentence, end).end()
        # "Bộ Quốc phòng, Bộ Công an theo chức năng, nhiệm vụ, thẩm quyền chủ trì, phối hợp với …": the duty and the
        # partners are read past the remit, which stays the start of the job's words when a job follows.
        remit_at = None
        scope_words = _WITHIN_REMIT.match(sentence, rest_at)
        if scope_words and (_DUTY_ANY_CASE.match(sentence, scope_words.end())
                            or LEADING_COORD.match(sentence, scope_words.end())):
            remit_at, rest_at = rest_at, scope_words.end()
        rest = sentence[rest_at:]
        if (rest[:1].isupper() or _MODIFIER.match(rest)) and not _DUTY_FIRST.match(rest):
            # "Sở A, Thuế Thành phố và các Thuế cơ sở có trách nhiệm …" (a unit the gazetteer lacks), "Các cơ
            # quan được phân công chủ trì … có trách nhiệm …" (a clause on the unit): the subject runs to its duty
            # (not past a duty right after the units: "Các cơ quan có trách nhiệm giao …, đồng thời chịu trách …").
            duty = _SUBJECT_DUTY.search(sentence, rest_at, rest_at + 250)
            if duty and not _CLAUSE_PUNCTUATION.search(sentence, rest_at, duty.start()):
                # (a clause on named bodies only tells which of them: "các sở, ngành và Ủy ban nhân dân các xã, phường
                # được phân công chủ trì thực hiện nhiệm vụ … có trách nhiệm …")
                if not (rest.startswith("được ") and units[-1][:1].isupper() and not units[-1].startswith("Các ")):
                    units = split_units(sentence[pos:duty.start()])
                rest_at = duty.start() + 1
                rest = sentence[rest_at:]
        if _PLACE_AFTER.match(rest) and (verb_at := first_verb_phrase(rest)) is not None:
            # "… các tỉnh, thành phố tại khu vực dự báo xảy ra mưa, lũ tập trung lãnh đạo …": where they are is part
            # of the last unit's name
            units = units[:-1] + [f"{units[-1]} {rest[:verb_at].strip(_TRAILING)}"]
            rest_at += verb_at
            rest = sentence[rest_at:]
        # ("Giao Vụ Vật liệu xây dựng là cơ quan tham mưu về …": the role it is given is its job)
        role_given = gives and _ROLE_GIVEN.match(rest)
        if not begins_job(rest) or len(rest.split()) < 2 or (_NOT_A_JOB.match(rest) and not role_given) \
                or _only_time(rest) \
                or (rest.startswith("chịu trách nhiệm") and _ACCOUNTABLE_ONLY.match(rest)) \
                or _EXECUTION_CLAUSE.search(rest) or _BARE_EXECUTION.fullmatch(rest) or _DUTIES_BY_LAW.fullmatch(rest):
            continue
        coords: list[str] = []
        duty = _DUTY.match(rest)
        if duty:
            rest_at += duty.end()
            if _NOT_A_JOB.match(sentence[rest_at:]):
                continue  # "Các Bộ chủ trì đã hoàn thiện …" reports
        lead_coord = LEADING_COORD.match(sentence, rest_at)
        if lead_coord:
            coords, c_end = _described(sentence, *read_units(sentence, lead_coord.end(), partners=True))
            if coords:  # "phối hợp với B (…) tham mưu …": the job starts after B and its aside
                rest_at = _AFTER_UNITS.match(sentence, c_end).end()
                if (along := _LEADS_ALONG.match(sentence, rest_at)) \
                        and (more := read_units(sentence, along.end(), partners=True))[0]:
                    # "… phối hợp với Ban Tuyên giáo Trung ương và chủ trì cùng các Bộ ngành, địa phương:": more partners
                    coords = coords + more[0]
                    rest_at = _AFTER_UNITS.match(sentence, more[1]).end()
        if not sentence[rest_at:].strip(_TRAILING) and not sentence.rstrip().endswith(":"):
            continue
        if remit_at is not None and sentence[rest_at:].strip(_TRAILING + ":"):
            rest_at = remit_at
        if at in case_ends:
            rest_at = 0  # the case is part of the job: "Trường hợp không thuộc đối tượng …, UBND xã có văn bản trả lời …"
        return _Assignment(units, coords, rest_at, 0 if timed else at)
    return None


def _of_one_body(units: list[str]) -> bool:
    """Whether units read from one addressee line name one office: a department and its body ("Vụ Đối ngoại", "Văn
    phòng Chủ tịch nước"), or an office of several bodies ("Văn phòng Ủy ban nhân dân", "Hội đồng nhân dân", "Tỉnh
    ủy …"); not two offices ("Văn phòng Ủy ban nhân dân tỉnh", "Sở Tài chính")."""
    if len(units) < 2:
        return False
    if _PARENT_BODY.match(units[1]):
        return True
    return units[0].startswith("Văn phòng") and not any(_DEPARTMENT.match(u) or u.startswith("Sở") for u in units[1:])


def _described(text: str, units: list[str], end: int) -> tuple[list[str], int]:
    """A group read up to "được giao/lựa chọn …" and what it was given or chosen for: "đơn vị được lựa chọn quan trắc
    môi trường" (before its job, "triển khai …"), "Các đơn vị được giao nhiệm vụ trong Kế hoạch" (before "khẩn
    trương …"); a body and where it works ("Chi cục Hải quan nơi đăng ký tờ khai (nơi đi) hướng dẫn …"). The units
    and where they end, unchanged when the group is not so described."""
    if not units:
        return units, end
    given = _DESCRIBED_BY.match(text, end) if units[-1].casefold().startswith(_GROUP_WORDS) else None
    if given is not None:
        named, at = units, given.end()  # where the description begins
        if _ROLE_NAMED.match(text, at):
            return units, end  # "được giao làm Bên mời thầu dự án …": a role, named to its end
        job = described_until(text[at:])
        if job is None or _SUBJECT_DUTY.search(text, at, at + job + _SUBJECT_REACH):
            return units, end  # (a subject described up to its duty, "… có trách nhiệm …", is read as such)
    else:
        if " nơi" in units[-1] and (where := _where_in_name(text, units[-1], end)) is not None:
            # (the unit reader takes lower-case words after a name as part of it: "Chi cục Hải quan nơi vận")
            named, at = units[:-1] + [where[0]], where[1]
        elif (where := _WHERE.match(text, end)) is not None:
            named, at = units, where.end()
        else:
            return units, end
        job = where_until(text[at:])  # a place: its clause has a verb of its own
        if job is None:
            return units, end
    stop = at + job
    described = text[min(end, at):stop].rstrip(" ,")
    if described.rsplit(" ", 1)[-1] in _OPEN_ENDS:
        return units, end  # "… được giao | quyết định …": the verb was the description's own
    return named[:-1] + [expand_abbreviations(named[-1] + described)], stop


def _where_in_name(text: str, unit: str, end: int) -> tuple[str, int] | None:
    """A unit read with the "nơi" that begins the place it works ("Chi cục Hải quan nơi vận"), cut after "nơi", and
    where in text the place begins; None when the "nơi" is not in text before `end`."""
    at = text.rfind(" nơi", 0, end)
    if at < 0 or (at + 4 < len(text) and text[at + 4] != " "):
        return None
    return unit[:unit.rindex(" nơi") + 4], at + 4


def _job_after(sentence: str, subject: regex.Match | None, units: list[str]) -> _Assignment | None:
    """`units` given the job that follows the words `subject` matched, if a job follows."""
    if subject is None or not begins_job(rest := sentence[subject.end():]) or _NOT_A_JOB.match(rest):
        return None
    return _Assignment(units, [], subject.end(), 0)


def _partners_run_to_end(clause: str) -> bool:
    """Whether the units after the clause's last "phối hợp (với)" run to its end."""
    last = None
    for last in COORD.finditer(clause):
        pass
    return last is not None and read_units(clause, last.end(), partners=True)[1] >= len(clause.rstrip(_TRAILING))


def _leadin_partners(sentence: str, job_start: int) -> list[str]:
    """The units of a lead-in whose job is only to work with them ("… chủ động phối hợp với các sở, ngành liên
    quan:"), else []."""
    m = _LEADIN_PARTNERS.match(sentence, job_start)
    return _partners_only(sentence[m.end():]) if m else []


def _partners_only(body: str) -> list[str]:
    """The units of a line that only says whom the heading's unit works with ("Phối hợp với các sở, ngành"),
    else []."""
    m = _PARTNERS_LEADIN.match(body)
    if not m:
        return []
    units, end = read_units(body, m.end(), partners=True)
    return units if units and not body[end:].strip(_TRAILING) else []


def _described_subject(sentence: str) -> tuple[list[str], int]:
    """A body the gazetteer cannot read, described up to its duty: "Cơ quan tiếp nhận kê khai giá có trách
    nhiệm …", "Tổ chức, cá nhân sản xuất, kinh doanh hàng hóa, dịch vụ có trách nhiệm …"."""
    if not sentence[:1].isupper() or not may_open_unit(sentence):
        return [], 0
    duty = _SUBJECT_DUTY.search(sentence, 0, _SUBJECT_REACH)
    if duty is None or _CLAUSE_PUNCTUATION.search(sentence, 0, duty.start()) or _ACCOUNTABLE.match(sentence, duty.end()):
        return [], 0
    subject = sentence[:duty.start()]
    # Not a role ("Cơ quan chủ trì đề án, dự án …", "Cơ quan phối hợp": whichever unit leads or helps), nor
    # a job and its accountability ("Tổ chức thực hiện và chịu trách nhiệm …").
    # nor a condition ("Trường hợp không báo cáo, … thì phải chịu trách nhiệm …").
    # (nor a bare "Người", which "chịu trách nhiệm chuyên môn" describes: "the person in charge of …")
    if len(subject.split()) > _UNIT_TITLE_WORDS or len(subject.split()) < 2 or "chủ trì" in subject \
            or "phối hợp" in subject \
            or subject.rsplit(" ", 1)[-1] in ("và", "hoặc", "phải", "còn", "cũng", "đều", "sẽ") \
            or _LAW_SUBJECT.match(subject) \
            or subject.startswith(("Trường hợp", "Nếu", "Khi")) or subject.casefold() in _BARE_KINDS:
        return [], 0
    return [expand_abbreviations(drop_group_title(subject))], duty.start()


def _leadin_job_end(sentence: str, job_start: int) -> int | None:
    """End of the job a lead-in states before its list ("tổ chức theo dõi sát tình hình, … trong đó:"); None
    when it only names the units ("Văn phòng Sở chủ trì, phối hợp với các cơ quan, đơn vị:"), points at the
    list ("… thực hiện các nhiệm vụ sau:", "… như sau:") or issues the document itself ("ban hành Kế hoạch …")."""
    tail = _LEADIN_TAIL.search(sentence, job_start)  # none when the job would start past the colon
    if tail is None:
        return None
    end = tail.start()
    if _FORWARD.search(sentence, job_start):
        # "… bố trí kinh phí … để triển khai Kế hoạch, tập trung một số nhiệm vụ cụ thể sau:": the job before
        # the clause that points at the list
        # the list (not "tập trung thực hiện các nhiệm vụ, giải pháp sau:", which says only that)
        end = max(sentence.rfind(", ", job_start), sentence.rfind("; ", job_start))
        if end < 0 or len(sentence[end:].split()) > _POINTER_WORDS or _GENERIC_DUTIES.search(sentence, job_start, end):
            return None
    job = sentence[job_start:end]
    if _RESPONSIBLE_ONLY.fullmatch(job):
        return None  # "… căn cứ chức năng, nhiệm vụ được giao có trách nhiệm:": the duties are the list's
    if len(job.split()) < _LEADIN_JOB_WORDS or "ban hành" in " ".join(job.split()[:4]) or _DUTIES_BY_LAW.fullmatch(job) \
            or _GENERIC_DUTIES.match(job):
        # (nor "thực hiện đầy đủ trách nhiệm, quyền hạn theo Quy định 377 …; trong đó, lưu ý …:", nor "thực hiện
        # nhiệm vụ trong lĩnh vực …, cụ thể:", which names the list's field)
        return None
    if (directs := _DIRECTS.match(job)) is not None:
        # "Ủy ban nhân dân tỉnh, chỉ đạo các cơ quan, đơn vị có liên quan:": whom it directs to do the list
        units, units_end = read_units(job, directs.end() - len(directs.group().split()[-1]) - 1)
        if units and not job[units_end:].strip(_TRAILING):
            return None
    return end
