"""Assigned work: rows of plan tables and sentences that give a named unit a job.

Plans state tasks two ways.

* A table with a task column ("Nhiệm vụ", "Nội dung" …) and columns for the product, the
  deadline and who does it, in any order: read by `extractors.task_tables`.
* Prose: "Sở A chủ trì, phối hợp với B tham mưu …", "Văn phòng Sở có trách nhiệm …", a heading
  naming a unit ("1. Văn phòng Sở") followed by its jobs, or a lead-in ("Văn phòng Sở chủ trì,
  phối hợp với …:") followed by job bullets: read here.

Whom one sentence gives a job, and where the job begins, is read by `extractors.job_sentences`; who does a job,
as a cell or a labelled line names it, by `extractors.assignments`.
The task text is the job itself, without the unit phrase; its offsets point into doc.text.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from extractors.assignments import (COORD, FIELD_LABEL, GENERIC, LEADING_COORD, NOT_A_VERB, UNIT_ROLES, cell_units,
                                    column_role, dedupe_units, first_deadline, listed_units, parse_assignment)
from extractors.deadlines import find_deadlines, of_every_period, only_time, parse_deadline, report_period
from extractors.job_sentences import (ACTIVITIES_SUCH_AS, AFTER_UNITS, ASKS_ONLY, ASSIGN_VERB, DEPARTMENT, DUTIES_BY_LAW,
                                      DUTY_ANY_CASE, EXECUTION_CLAUSE, GENERIC_DUTIES, LABEL, LABEL_REACH, LEADIN_JOB_WORDS,
                                      SUBJECT_DUTY, TIME_REACH, TRAILING, UNIT_HEADING_PREFIX, UNIT_TITLE_WORDS,
                                      Assignment, clause_assignment, delegated_units, is_title, job_after,
                                      REPORT_CONTENTS, leadin_job_end, leadin_partners, of_one_body, partners_only,
                                      partners_run_to_end, sentence_assignment, unit_heading, with_description)
from extractors.metadata import extract_metadata
from extractors.places import find_province, province_prefix
from extractors.quotes import in_spans, quoted_spans
from extractors.task_tables import TableReader
from extractors.unit_aliases import (DEFINITION, established_body_aliases, find_unit_aliases, organized_body_aliases,
                                     resolve_unit_aliases)
from extractors.units import begins_job, expand_abbreviations, opens_with_title, read_units, split_units, unit_key
from pipeline.document import Block, Document
from pipeline.reflow import DOC_TYPE_HEADINGS
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
    (r"[a-zđ](?:\d{1,2}\)|\.\d{1,2}[.)])\s+", 5.2),  # "b1) …", "a.1. …": a point of a point
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
# The last clause of a point that points at its items: "…; trong đó, lưu ý một số nội dung sau đây:".
_ITEMS_INTRO = regex.compile(r";\s*(?:trong\s+đó|cụ\s+thể|lưu\s+ý)\b[^;]*:$")
_EXCEPTIONS_FOLLOW = regex.compile(r"\b(?:trừ|ngoại\s+trừ)\s+(?:các\s+|những\s+)?trường\s+hợp\s+sau(?:\s+đây)?\s*:\s*$")
_INTRO_WORDS = 3  # "Có trách nhiệm:", "Cụ thể như sau:": a paragraph that only introduces the items after it
_PAUSE_PARAGRAPHS = 3  # plain paragraphs that may break a unit's job list before it goes on
_HAS_WORD = regex.compile(r"\w")
# A part of a point that says who does its jobs or when: "2. Cơ quan chủ trì, phối hợp", "a) Cơ quan phối hợp",
# "3. Thời gian thực hiện: Tháng 12/2013 và thường xuyên."
# ("b) Chủ trì, phối hợp" under a unit heading is no such part: its items name the units the heading's unit works with)
_PART_LABEL = regex.compile(r"((?:(?:Cơ quan|Đơn vị) (?:chủ trì|phối hợp|thực hiện)|(?:Chủ trì|Phối hợp) thực hiện)"
                            r"(?:,? (?:chủ trì|phối hợp|thực hiện))*"
                            r"|Thời gian thực hiện|Thời hạn hoàn thành|Thời gian hoàn thành)\s*(?::\s*|$)")
_DELEGATED_TO = regex.compile(r"\b(?:[Pp]hân\s+cấp|[Ủủ]y\s+quyền|[Uu]ỷ\s+quyền)\s+cho\s+")
# A decision on a body's remit names the body in its title ("Về việc quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu
# tổ chức của Sở Dân tộc và Tôn giáo thành phố Hà Nội"); its article "Nhiệm vụ và quyền hạn" lists that body's duties.
_REMIT_OF = regex.compile(r"\bchức\s+năng,\s+nhiệm\s+vụ,\s+quyền\s+hạn(?:\s+và\s+cơ\s+cấu\s+tổ\s+chức)?\s+của\s+",
                          regex.IGNORECASE)
_DUTIES_TITLE = regex.compile(r"Nhiệm\s+vụ(?:,|\s+và)\s+quyền\s+hạn[\s.:*]*")
# A lead-in that asks bodies by name ("Thủ tướng Chính phủ yêu cầu các Bộ trưởng, …:")
_ASKS_BODIES = regex.compile(r"\b(?:yêu\s+cầu|đề\s+nghị)\s+(?:các\s+)?\p{Lu}")
# … for the tasks below: "…, đồng thời, đề nghị Chính phủ và các cơ quan liên quan tập trung thực hiện các nhiệm vụ và
# giải pháp chủ yếu sau đây:" / "2.1. Đẩy mạnh hoàn thiện thể chế …" / "Đổi mới tư duy xây dựng pháp luật …"
_ASKS_POINTS_BELOW = regex.compile(r"(?i:đề\s+nghị|yêu\s+cầu)\s[^:;]*?(?:nhiệm\s+vụ|giải\s+pháp|nội\s+dung)[^:;]{0,40}?"
                                   r"\bsau(?:\s+đây)?\s*:\s*$")
_DECIDES = regex.compile(r"quyết\s+(?:định|nghị)\b")
_DECIDES_ITSELF = regex.compile(r"\s*(?:trực\s+tiếp\s+)?quyết\s+định\s+(?!số\b)")
_POWERS_FOLLOW = regex.compile(r"\bcó\s+(?:các\s+)?(?:thẩm\s+)?quyền(?:\s+sau(?:\s+đây)?)?\s*:\s*$")
# Sections that define who a regulation applies to, assess a measure's impact ("Trước khi áp dụng: …"), or
# set the criteria of an emulation award ("2. Tiêu chí thi đua" / "a) Đối với các sở, ban, ngành" / "- Hoàn
# thành vượt mức …"), not who does what.
_DEFINITIONS = regex.compile(r"Đối tượng áp dụng|Phạm vi điều chỉnh|Giải thích từ ngữ|Đánh giá tác động"
                             r"|Tiêu (?:chí|chuẩn) (?:thi đua|khen thưởng|bình xét)"
                             # a law's powers: "Điều 39. Thẩm quyền của Công an nhân dân", "… những người sau đây
                             # có quyền quyết định tạm giữ người …:" (the holders of the powers, no jobs)
                             r"|^Điều \d+\w?\. Thẩm quyền (?:của|xử phạt)|người sau đây có (?:thẩm )?quyền",
                             regex.IGNORECASE)
# Sections that say what the plan is for ("2. Yêu cầu: Các sở, ngành … triển khai thực hiện đồng bộ") or who attends
# ("II. THÀNH PHẦN HỘI NGHỊ" / "- Đại diện Thường trực Hội đồng nhân dân xã;"): no jobs.
_PURPOSE = regex.compile(r"^\W*(?:(?:mục\s+đích|yêu\s+cầu|quan\s+điểm)(?:\s*(?:,|và)\s*(?:mục\s+đích|yêu\s+cầu|quan\s+điểm))*"
                         r"|thành\s+phần(?:\s+(?:hội\s+nghị|tham\s+dự|tham\s+gia|dự\s+họp))?)[\W]*$", regex.IGNORECASE)
# "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các sở … phản ánh về …": how to raise problems, no job.
_IF_PROBLEMS = regex.compile(r"(?:(?:trong\s+)?quá\s+trình\b[^.;]{0,80}?,?\s*(?:(?:nếu|khi|trường\s+hợp)\s+)?"
                             r"|(?:nếu|khi|trường\s+hợp)\s+)(?:có\s+|thấy\s+)?"
                             r"(?:khó\s+khăn|vướng\s+mắc|phát\s+sinh|cần\s+(?:thiết\s+)?(?:phải\s+)?"
                             # (of the document itself, not "Trường hợp cần thiết điều chỉnh Danh mục hàng hóa, Sở …
                             # chuẩn bị hồ sơ": a step of the procedure it sets)
                             r"(?:sửa\s+đổi|điều\s+chỉnh|bổ\s+sung)(?=\s*(?:[,.;:]|$|cho\s+phù\s+hợp|(?:các\s+)?(?:nội\s+dung"
                             r"|Kế\s+hoạch|Quy\s+chế|Quy\s+định|Quyết\s+định|Chỉ\s+thị|Chương\s+trình|Đề\s+án|Hướng\s+dẫn"
                             r"|Nghị\s+quyết|Thông\s+tư|Điều\s+lệ)\b)))", regex.IGNORECASE)
_IF_PROBLEMS_WORDS = ("trong", "quá", "nếu", "khi", "trường")
# Who attended the meeting a notice of conclusions reports: "Tại điểm cầu Trụ sở Chính phủ có Phó Thủ tướng …; lãnh
# đạo các Bộ, cơ quan là Ủy viên Ban Chỉ đạo:" / "Công an, Xây dựng, …", "Tham dự cuộc họp có đại diện lãnh đạo …".
_ATTENDANCE = regex.compile(r"Tại\s+(?:các\s+)?điểm\s+cầu\b|(?:Cùng\s+)?(?:[Tt]ham\s+dự|dự)(?:\s+(?:cuộc\s+họp|phiên\s+họp"
                            r"|hội\s+nghị|buổi\s+làm\s+việc))?\s+có\s+(?:các\s+)?(?:đồng\s+chí|đại\s+diện|lãnh\s+đạo"
                            r"|Phó|Thứ|Bộ\s+trưởng|Chủ\s+tịch)|Dự\s+họp\s+có\b")
# (also as OCR spells them: "Noi nhận", "Not nhận", "Kinh gửi")
_RECIPIENTS = regex.compile(r"^(?:N[ơo][it] nh[ậâa]n\b|(?:Đồng\s)?[Kk][íi]nh gửi|\S{2,6} gửi(?=\s*:))")  # ("Site gửi:")
_RECIPIENT_WORDS = ("Nơi", "Noi", "Not", "Đồng", "Kính", "kính", "Kinh")
_SIGN_MARKS = ("TM.", "KT.", "TL.", "TUQ.")  # a cheap test before the pattern
_SIGNED_FOR = regex.compile(r"(?:^|\s)(?:TM|KT|TL|TUQ)\.\s*\p{Lu}{2}")  # "TM. CHÍNH PHỦ", "KT. CHỦ TỊCH"
_SIGNATURE_LINE = 60  # the longest line read as a signature's
# Legal basis before the body: "Căn cứ Luật …", "Thực hiện Kế hoạch số …".
_PARTICIPANTS = regex.compile(r"Thành\s+phần(?:\s+(?:tham\s+dự|tham\s+gia|mời|hội\s+nghị|dự))?\s*:")
# The enacting formula between the preamble and the first article.
_ENACTING = regex.compile(r"(?:\S+\s+){1,12}?ban\s+hành\s+(?:Thông\s+tư|Nghị\s+định|Quyết\s+định|Nghị\s+quyết|Chỉ\s+thị"
                          r"|Pháp\s+lệnh|Luật)\b")
_PREAMBLE = regex.compile(r"^(?:Căn cứ|Thực hiện|Xét|Theo đề nghị|Triển khai)\s+(?:vào\s+)?(?:đề nghị|Hiến pháp|"
                          r"Bộ luật|Luật|Nghị định|Nghị quyết|Quyết định|Thông tư|Chỉ thị|Kế hoạch|Công văn|"
                          r"Chương trình|Kết luận|Thông báo|Văn bản|Tờ trình|Đề án|Công điện|Hướng dẫn|ý kiến)\b")
_CITES_NUMBERED = regex.compile(r"Căn cứ\s+(?:vào\s+)?[^,;]{0,40}?\d+/")  # "Căn cứ Quyết định số 22/2013/QĐ-TTg, …"
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
# A job's opening that names the lead's duty and its partners: "Chủ trì, phối hợp với B tổ chức …" (the job is
# "tổ chức …"; "Phối hợp với B tổ chức …" and a bare "Chủ trì tham mưu …" stay whole, as labellers mostly keep them);
# and a job whose partners' clause is all it does: "… phối hợp với B trong việc …", "… để …"
_PARTNERS_DUTY = regex.compile(r"chủ trì,?\s+(?:và\s+)?(?=phối hợp)", regex.IGNORECASE)
_WORKING_WITH_IS_THE_JOB = regex.compile(r"(?:trong|để|nhằm|về|khi|theo|tại|trên)\b")
_POINT_AT_END = regex.compile(_POINT + "$")  # the next point's number, left on a job
# Numbered duties after a unit: "Bộ Tài chính: (1) Chủ trì, phối hợp với …; (2) Phân bổ …".
_DUTY_NUMBER = regex.compile(r"\((\d{1,2}|i{1,3}|iv|vi{0,3}|ix|x)\)\s*")  # "(1)", "(ii)"
# "tập trung: (i) Sửa đổi …; (ii) Rà soát …": a word that only points at the numbered duties (not a job of its own:
# "giải quyết 03 vấn đề tồn đọng: (i) …" is one job)
_DUTIES_LEAD = regex.compile(r"(?:tập\s+trung(?:\s+(?:vào|thực\s+hiện))?|cụ\s+thể(?:\s+là)?|(?:bao\s+)?gồm|như\s+sau)"
                             r"\s*:\s*(?=\((?:1|i)\))")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
_FIRST_DUTY_BEFORE = regex.compile(r"\(1\)\s*$")
_LEADING_COORD_ANY_CASE = regex.compile(LEADING_COORD.pattern, regex.IGNORECASE)
_DUTY_NUMBER_AFTER = regex.compile(r"(?<=[;:.]\s{0,3})\((\d{1,2}|i{1,3}|iv|vi{0,3}|ix|x)\)\s*")
# The province a notice of conclusions was written for: "… tại buổi làm việc với lãnh đạo tỉnh Sơn La".
_MEETING_WITH = regex.compile(r"làm việc với (?:lãnh đạo |Ban Thường vụ |Thường trực )?(?:tỉnh|thành phố)\s.{2,30}",
                              regex.IGNORECASE)
# The met province's own bodies, named without it: "Thường trực Tỉnh ủy", "Ủy ban nhân dân tỉnh"; and a city's
_BARE_BODY_OF = {
    "tỉnh": regex.compile(r"(?:.+\s)?(?:Tỉnh\s+[uủ][ỷy]|(?:Ủy|Uỷ)\s+ban\s+nhân\s+dân\s+tỉnh|Hội\s+đồng\s+nhân\s+dân\s+tỉnh)",
                          regex.IGNORECASE),
    "thành phố": regex.compile(r"(?:.+\s)?(?:Thành\s+[uủ][ỷy]|(?:Ủy|Uỷ)\s+ban\s+nhân\s+dân\s+thành\s+phố"
                               r"|Hội\s+đồng\s+nhân\s+dân\s+thành\s+phố)", regex.IGNORECASE)}
# Whom the notice is sent to act on it: "Văn phòng Chính phủ thông báo để Ủy ban nhân dân tỉnh Phú Thọ và các Bộ, cơ
# quan liên quan biết, thực hiện": when it names the met province's People's Committee, that body does its points.
_SENT_TO_ACT = regex.compile(r"thông\s+báo\s+(?:để|đến)\s+(?P<who>[^.]{5,300}?)\s+(?:được\s+)?biết")
_PEOPLES_COMMITTEE = regex.compile(r"(?:Ủy|Uỷ)\s+ban\s+nhân\s+dân\s+|UBND\s+")
_PROVINCE_WORD = regex.compile(r"(?:tỉnh|thành\s+phố)\s+", regex.IGNORECASE)
_MET_SUBJECT = regex.compile(r"(?:Tỉnh|Thành\s+phố)\s+(?=\p{Ll})")
_MET_SUBJECT_AFTER = regex.compile(r"(?<=[:,]\s+)(?:Tỉnh|Thành\s+phố)\s+(?=\p{Ll})")
_YOUR_BODY = regex.compile(r"(?:[Đđ]ề\s+nghị|[Yy]êu\s+cầu)\s+Quý\s+(?:[Cc]ơ\s+quan|Ủy\s+ban|Uỷ\s+ban|UBND|Bộ|Sở|[Đđ]ơn\s+vị"
                           r"|Ban|Cục|Công\s+ty|Hội|Tổng\s+cục|Tập\s+đoàn|[Đđ]ịa\s+phương)\s+(?=\p{Ll})")
_THE_ADDRESSEE = regex.compile(r"(?:[Đđ]ề\s+nghị|[Yy]êu\s+cầu)\s+(?P<head>Công\s+ty|Tổng\s+công\s+ty|Tập\s+đoàn"
                               r"|Hợp\s+tác\s+xã|Chủ\s+đầu\s+tư)\s+(?=\p{Ll})")
_BASIS = regex.compile(r"(?:Trên cơ sở|Căn cứ)\s[^,;:]{5,150},\s+(?=\p{Ll})")
# The part of a notice of conclusions that gives tasks: "II. MỘT SỐ NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI".
_JOB_SECTION = regex.compile(r"nhiệm vụ|giải pháp|thời gian tới", regex.IGNORECASE)
# Addressees a letter reports to, not gives jobs: "Kính gửi: Thủ tướng Chính phủ", "Văn phòng Chính phủ" (the body
# or its office, not one of the office's departments: "Vụ Đối ngoại, Văn phòng Chủ tịch nước" is a peer).
_SUPERIORS = regex.compile(r"(?:Văn phòng\s+)?(?:Thủ tướng|Chính phủ|Bộ Chính trị|Ban Bí thư|Quốc hội|Chủ tịch nước"
                           r"|Trung ương Đảng)\b")
# Points that describe violations or rules, not jobs: "- Không lập hồ sơ …", under "7. Lưu ý quy định xử lý vi phạm …".
_VIOLATION = regex.compile(r"(?:Không|Cho|Giả mạo|Sửa chữa, làm sai lệch)\s")
# A point that only cites a document: "Quyết định số 1381/QĐ-BVHTTDL ngày 15/5/2025 …".
_CITED_DOCUMENT = regex.compile(r"(?:Quyết định|Nghị quyết|Nghị định|Thông tư|Chỉ thị|Công văn|Kế hoạch|Thông báo)\s+số\b")
_RULES_SECTION = regex.compile(r"vi phạm|xử phạt|lưu ý|xếp loại|chấm điểm|thang điểm|tiêu chí", regex.IGNORECASE)
# How many of a body's people an emulation plan lets it put up for an award ("Ban Chỉ đạo bầu cử của tỉnh: Không quá 05
# cá nhân", "mỗi đơn vị đề nghị không quá 01 tập thể, 03 cá nhân", "Mỗi đoàn xét chọn 01 cá nhân/01 đoàn"): no job.
_AWARD_QUOTA = regex.compile(r"(?:[^:]{0,80}:\s*)?(?:(?:[Mm]ỗi|[Cc]hỉ)\s+(?:\S+\s+){1,2}?(?:đề\s+nghị|xét\s+chọn|chọn)\s+)?"
                             r"(?:(?:[Cc]hỉ\s+tiêu\s+)?[Xx]ét\s+)?"  # ("Chỉ tiêu xét tối đa 3 tập thể và 6 cá nhân")
                             r"(?:(?:[Kk]hông\s+quá|[Tt]ối\s+đa|chọn\s+không\s+quá)\s+)?\d+\s+(?:cá\s+nhân|tập\s+thể|trường\s+hợp)\b"
                             r"[^;:]{0,80}$")
# A list item that names a project of a programme, not a job: "Dự án 1: …", "Tiểu dự án 2 (Dự án 7): …".
_PROJECT_ITEM = regex.compile(r"(?:Tiểu\s+)?[Dd]ự\s+án\s+\d+\b[^:]{0,30}:")
_LEADS_WITH_ITEMS = regex.compile(r"[Cc]hủ\s+trì,?\s+phối\s+hợp(?:\s+(?:với|cùng))?\s*:?\s*")
# A lead-in whose list gives the objects of its job: "… cập nhật … vào Cơ sở dữ liệu về giá đối với:".
# ("… thanh tra, kiểm tra … theo các nhóm đối tượng cụ thể như:": examples of whom it covers, no jobs)
_OBJECTS_FOLLOW = regex.compile(r"\b(?:đối\s+với|như)\s*:\s*$")
# A lead-in whose list gives the signs or criteria of whom its job covers: "… trong đó lưu ý các dấu hiệu sau đây:" /
# "+ Các doanh nghiệp mới thành lập đăng ký kinh doanh đa ngành nghề …" (a kind of business, no job)
_POINTER_WORDS = 12  # words of ", trong đó lưu ý các dấu hiệu sau đây:"
_SIGNS_FOLLOW = regex.compile(r"\b(?:dấu\s+hiệu|tiêu\s+chí|biểu\s+hiện)(?:\s+cụ\s+thể)?\s+(?:như\s+)?sau(?:\s+đây)?\s*:\s*$")
# … or the data its job records: "cập nhật các thông tin, dữ liệu sau vào Cơ sở dữ liệu về giá của Thành phố:" / "a1) Giá
# tính lệ phí trước bạ …"
_DATA_FOLLOW = regex.compile(r"\b(?:thông\s+tin|dữ\s+liệu|số\s+liệu|tài\s+liệu|giấy\s+tờ)(?:,\s*(?:thông\s+tin|dữ\s+liệu"
                             r"|số\s+liệu|tài\s+liệu))?\s+sau(?:\s+đây)?\s+(?:vào|lên|trên)\s[^:;]{0,80}:\s*$"
                             # … or the reports a council considers: "1. Hội đồng nhân dân xem xét các báo cáo sau đây:"
                             r"|\b(?:xem\s+xét|thẩm\s+tra|nghe|thảo\s+luận)\s+(?:các\s+)?(?:báo\s+cáo|tờ\s+trình|đề\s+án)"
                             r"\s+sau(?:\s+đây)?\s*:\s*$")
_ITEM_JOB_WORDS = 8  # a numbered sub-item this long that opens with a verb is a job, not a topic
_SUB_ITEM_LEVEL = 3  # "1.1."
# After a unit that opens a sentence: what it will do, did or has not done, not a job given to it.
_OTHERS_STATEMENT = regex.compile(r"\s+(?:sẽ|đã|chưa|cũng\s+đã)\s")
_COMMITMENT_REACH = 150  # characters of a sentence within which its subject says what it will do
_WILL = regex.compile(r"\s+sẽ\s+(?:tiếp\s+tục\s+)?(?!(?:bị|được|không|là|có)\s)")  # (not "sẽ được khen thưởng")
# What a unit is, under its own heading in a regulation: "Văn phòng Hội đồng là đơn vị sự nghiệp công lập …" (not
# "… là cơ quan thường trực, có trách nhiệm theo dõi …")
_DESCRIBED = regex.compile(r"\s+là\s+(?:đơn\s+vị|cơ\s+quan|tổ\s+chức)\b(?![^;]*\b(?:trách\s+nhiệm|chủ\s+trì|tham\s+mưu"
                           r"|theo\s+dõi|đôn\s+đốc|hướng\s+dẫn|tổng\s+hợp)\b)")
# ("Bảo đảm thống nhất với hướng dẫn …; bảo đảm tính khả thi …": how well, not what)
_REQUIREMENT = regex.compile(r"^Việc\s|\sphải\s|^(?:Bảo\s+đảm|Đảm\s+bảo)\s+(?:thống\s+nhất|đúng|tính|chất\s+lượng|phù\s+hợp)\b")
# A sentence that only says the items below spell out the one before it: "Cụ thể:", "Cụ thể như sau:".
_POINTS_FOLLOW = regex.compile(r"\s*(?:Cụ\s+thể|Trong\s+đó)(?:\s+như\s+sau)?\s*:\s*")
_TOPIC_OPENERS = ("Đối với ", "Về ")
_DUE_AT_END = regex.compile(r"(?:Thời\s+hạn|Thời\s+gian)(?:\s+(?:hoàn\s+thành|thực\s+hiện))?\s*:\s*([^.;:\n]+?)[\s.;]*$")
_MEASURE = regex.compile(r"(?:(?:(?:nghìn|ngàn|triệu|tỷ)\s+)?(?:đồng|USD|VNĐ)|%|người|ha|tấn|km|lượt|hộ)(?:/\S+)?",
                         regex.IGNORECASE)
_NOTE = regex.compile(r"(?:Lưu ý|Chú ý|Ghi chú)\s*:")
_PERMITTED = regex.compile(r"Được\s+(?!giao\b)")  # an item under a unit that says what it may do
# How things stand before the job: "a) Hiện nay tổng khối lượng hoàn thành của Dự án khoảng 61% …. Với vai trò …, yêu
# cầu các bộ, ngành … khẩn trương …".
_AS_THINGS_STAND = regex.compile(r"(?:Hiện\s+nay|Hiện\s+tại|(?:Trong\s+)?[Tt]hời\s+gian\s+qua|Vừa\s+qua)\b")
_RUN_IN_LABEL = regex.compile(r"\s[-–]\s?(?=(?:Thời gian|Thời hạn|Tiến độ|Sản phẩm|Kết quả)[^:\n]{0,40}:)")
# An authority's ask that a news post quotes, its points following: "… Thủ tướng Chính phủ yêu cầu … khẩn trương
# thực hiện các nội dung sau:"
_ASKS_FOR_POINTS = regex.compile(r"\b(?:yêu\s+cầu|đề\s+nghị|giao|chỉ\s+đạo)(?:\s[^?]{0,400}\bsau)?\s*:\s*$")
# … or whom it asks, in the paragraph: "Đối với các đồng chí thành viên Ban Chỉ đạo, Tổng Bí thư yêu cầu: Thủ tướng Chính
# phủ … chỉ đạo …", "… Tổng Bí thư nêu rõ, Thường trực Ban Bí thư … chỉ đạo xây dựng …"
_ASKS_UNITS = regex.compile(r"\b(?:yêu\s+cầu|nêu\s+rõ|đề\s+nghị|giao|chỉ\s+đạo)\s*[:,]\s+(?=\p{Lu})")
_ADDRESSEE_WORDS = 20  # a described group of addressees, not the letter's first sentence run into it


def find_tasks(doc: Document, year: int | None = None, doc_type: str | None = None,
               title: str | None = None, issuer: str | None = None) -> list[Task]:
    """Tasks of a document: plan-table rows and prose assignments, in document order."""
    if doc_type is None:
        meta = extract_metadata(doc)
        doc_type, title, issuer = meta.doc_type, meta.title, meta.issuer
    province = met = None
    if doc_type == "Thông báo" and title and (meeting := _MEETING_WITH.search(title)):
        province = find_province(meeting.group())  # "Kết luận … tại buổi làm việc với lãnh đạo tỉnh Sơn La"
        met = _met_body(doc.text, province) if province else None
    quoted = _quoted_directive(doc.blocks) if doc_type == "Tin bài" else []
    remit = _REMIT_OF.search(title) if title else None
    reader = _ProseReader(year, prose=doc_type not in _REPORT_TYPES or bool(quoted), requests=doc_type == "Báo cáo",
                          letter=doc_type == "Công văn", issuer=issuer,
                          met=met, remit_of=read_units(title, remit.end())[0] if remit else [])
    tables = TableReader(year)
    tasks: list[Task] = []
    period = None  # of the report whose label opened the item being read
    for block in quoted or doc.blocks:
        if block.kind == "table":
            tasks.extend(tables.read(block, reader.section()))
            continue
        # "- Báo cáo 6 tháng: Các cơ quan gửi … trước ngày 05/7;" and the paragraphs its item runs on to ("Sở Tài
        # chính tổng hợp … trước ngày 10/7."): the days are those of every half-year
        period = report_period(block.text) or (period if block.kind == "paragraph" else None)
        found = reader.read(block)
        tasks.extend(task.model_copy(update={"deadline": of_every_period(task.deadline, period)})
                     if period and task.deadline else task for task in found)
    tasks.extend(reader.finish())
    quoted = quoted_spans(doc.text)
    if quoted:
        tasks = [task for task in tasks if not in_spans(task.start, quoted)]
    tasks = [task for task in tasks if not _AWARD_QUOTA.match(task.text)]
    aliases = organized_body_aliases(doc.text) | established_body_aliases(doc.text) \
        | find_unit_aliases(block.text for block in doc.blocks if block.kind != "table")
    tasks = resolve_unit_aliases(tasks, _addressees_by_kind(reader.addressed) | aliases)
    return [_of_province_met(task, province, met) for task in tasks] if province else tasks


def _of_province_met(task: Task, province: str, met: str) -> Task:
    """In the notice of a meeting with Thanh Hóa, "Thường trực Tỉnh ủy" is Thường trực Tỉnh ủy Thanh Hóa, and "tỉnh
    Thanh Hóa cần …" is the body that does the notice's points (`met`)."""
    bare = _BARE_BODY_OF[province_prefix(province)]
    place = unit_key(f"{province_prefix(province)} {province}")
    def named(units: list[str]) -> list[str]:
        return [met if unit_key(unit) == place else f"{unit} {province}" if bare.fullmatch(unit) else unit
                for unit in units]
    lead, coordinators = named(task.lead), named(task.coordinators)
    if lead == task.lead and coordinators == task.coordinators:
        return task
    return task.model_copy(update={"lead": lead, "coordinators": coordinators})


def _quoted_directive(blocks: list[Block]) -> list[Block]:
    """The directive a news post quotes: the paragraph where an authority asks for it ("… Thủ tướng Chính phủ yêu cầu
    Chủ tịch Ủy ban nhân dân các tỉnh … thực hiện các nội dung sau:") and its points, up to the post's next question
    or caption ("Hoạt động khắc phục hậu quả thiên tai được quy định như thế nào?"); none when it quotes no such ask."""
    for i, block in enumerate(blocks):
        if block.kind != "table" and (_ASKS_FOR_POINTS.search(block.text) or any(
                read_units(block.text, ask.end())[0] for ask in _ASKS_UNITS.finditer(block.text))):
            end = next((j for j in range(i + 1, len(blocks)) if blocks[j].kind == "heading" or "?" in blocks[j].text),
                       len(blocks))
            return blocks[i:end] if end > i + 1 or not _ASKS_FOR_POINTS.search(block.text) else []
    return []


def _met_body(text: str, province: str) -> str:
    """Who does the points of a notice of a meeting with `province`: its People's Committee when the notice is sent to
    it to act on ("… thông báo để Ủy ban nhân dân tỉnh Phú Thọ … biết, thực hiện"), else the province itself."""
    place = f"{province_prefix(province)} {province}"
    for sent in _SENT_TO_ACT.finditer(text):
        for body in _PEOPLES_COMMITTEE.finditer(who := sent.group("who")):
            if (of := _PROVINCE_WORD.match(who, body.end())) and find_province(who[of.end():of.end() + 30]) == province:
                return f"Ủy ban nhân dân {place}"
    return place[:1].upper() + place[1:]


def _addressees_by_kind(addressees: list[str]) -> dict[str, str]:
    """{unit_key("các Cục Thuế"): "Cục Thuế các tỉnh, thành phố trực thuộc Trung ương", unit_key("Cục Thuế"): …}: a letter
    to the offices of every province names them later by their kind alone, each or all."""
    found = {}
    for unit in addressees:
        kind, of_each, _ = unit.partition(" các ")
        if of_each and kind and " " in kind:
            found[unit_key(f"các {kind}")] = found[unit_key(kind)] = unit
    return found


# The document's header in capitals ("BỘ TÀI CHÍNH --------", a scan's "BỘ TÀI CHÍNH CONG HOA XÃ HOI …"): no section
_HEADER_LINE = regex.compile(r"[-_=]{3,}\s*$|C[OỘ]NG\s+H[OÒ][AÀ]\s+X[AÃ]\s+H")


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
    asks_parts: bool = False  # an unnumbered request of bodies: the parts ("I.", "II.") below are what it asks
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


class _ProseReader:
    def __init__(self, year: int | None, prose: bool, letter: bool = False, met: str | None = None,
                 requests: bool = False, issuer: str | None = None, remit_of: list[str] | None = None):
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
        self.issuer = issuer  # who the document's "<issuer> sẽ …" commits to a job
        self.remit_of = remit_of or []  # the body whose remit the document sets
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
        # A point of a letter that asks its addressees for a job and ends on a colon ("1. Chủ trì, phối hợp … phổ biến
        # …; trong đó, lưu ý một số nội dung sau đây:"): its block, job, end and level; a job of its own if the
        # items under it hold none (they may be notes: "a) Các trường hợp …").
        self.letter_point: tuple[Block, _Job, int, int] | None = None
        self.letter_point_items = False

    def section(self, skip_unit_headings: bool = False) -> str | None:
        for h in reversed(self.headings):
            if not (skip_unit_headings and h.units) and not _HEADER_LINE.search(h.text):
                return h.text
        return None

    def read(self, block: Block) -> list[Task]:
        ended = self._letter_point_ended(block)
        tasks = self._read(block)
        if tasks and self.letter_point is not None:
            self.letter_point_items = True
        return ended + tasks

    def finish(self) -> list[Task]:
        """What the text's end leaves pending: a letter's last point with no jobs under it."""
        return self._letter_point_ended(None)

    def _letter_point_ended(self, block: Block | None) -> list[Task]:
        """A letter's point that ended on a colon, once `block` ends its items (None: the text ended): its own job
        when they held none."""
        if self.letter_point is None:
            return []
        if block is not None and block.kind != "heading":
            level = _numbering(block.text)[0]
            if level is None or level > self.letter_point[3]:
                return []
        (point, job, end, _), items = self.letter_point, self.letter_point_items
        self.letter_point, self.letter_point_items = None, False
        return [] if items else self._tasks(point, job, end)

    def _read(self, block: Block) -> list[Task]:
        last, self.last = self.last, None
        text = block.text
        # (a point's topic, "2. Về tập huấn:", or a heading naming one, "1. Về chính sách, thủ tục, hồ sơ gia hạn")
        level, topic_at = _numbering(self.prev_text) if block.kind == "paragraph" else (None, 0)
        self.under_topic = level is not None and level < _LIST_LEVEL \
            and (self.prev_text.rstrip().endswith(":") or self.prev_text.startswith(_TOPIC_OPENERS, topic_at))
        if block.kind == "paragraph" and self.prev_text.rstrip().endswith(":") \
                and _ATTENDANCE.search(self.prev_text, self.prev_text.rfind(". ") + 1):  # (in its last sentence)
            self.prev_text = text
            return []  # "… lãnh đạo các Bộ, cơ quan là Ủy viên Ban Chỉ đạo:" / "Công an, Xây dựng, …": who else attended
        self.prev_text = text
        if self.in_footnotes or text.startswith("[1]"):
            # "[1] Cụ thể: (i) Thủ tướng Chính phủ phê duyệt …": the notes after the text say what was done or meant
            self.in_footnotes = True
            return []
        if self.in_recipients and (block.kind == "list_item" or self.in_recipients == "Nơi nhận"
                                   and len(text) <= _SIGNATURE_LINE and text.endswith(";")):
            # (a recipient whose dash OCR lost or misread: "~ Như trên;", "Bộ Tài chính;")
            if self.in_recipients == "Kính gửi":
                self._address(text.lstrip("-+•* "))
            return []
        self.in_recipients = False
        recipients = _RECIPIENTS.match(text) if text.startswith(_RECIPIENT_WORDS) or " gửi" in text[:12] else None
        if recipients is None and len(text) <= _SIGNATURE_LINE and block.kind != "list_item" \
                and any(mark in text for mark in _SIGN_MARKS) and _SIGNED_FOR.search(text):
            # "Net Kiện: " TM. CHÍNH PHỦ": the signature's line, whatever OCR made of "Nơi nhận" beside it; the
            # recipients are listed after it
            self.in_recipients = "Nơi nhận"
            self.addressees = []
            self.headings.clear()
            self._reset()
            return []
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
            if label.end() < len(body.rstrip(TRAILING)):
                return self._field(role, block, body_at + label.end()) or []
            self.unit_label, self.unit_items = role, False
            return []
        if level is None and self.fielded and body.startswith("(") and body.rstrip(TRAILING).endswith(")"):
            return []  # "(Văn phòng Ban Chỉ đạo … là cơ quan trung tâm …)" between the units of the jobs: an aside
        if level is not None and level < _BULLET_LEVEL:
            while self.headings and self.headings[-1].level >= level:
                self.headings.pop()
            # An article or part ("Điều 3.", "II.") also ends an unnumbered lead-in's list, unless the parts are what it
            # asks for ("Thủ tướng Chính phủ yêu cầu các Bộ trưởng, … :" / "I. TINH THẦN CHỈ ĐẠO" / "1. Quán triệt …")
            while self.scope and (self.scope.level >= level
                                  or (level <= 1 and self.scope.unnumbered and not self.scope.asks_parts)):
                self.scope = self.scope.parent
        if self.scope is not None and self.scope.level == _BULLET_LEVEL and self.scope.kind == "heading" \
                and (level is None or level <= _BULLET_LEVEL):
            self.scope = self.scope.parent  # a dash naming a unit heads only the "+" items under it
        if self.scope is not None and self.scope.dash and level is not None and level >= _BULLET_LEVEL:
            if level > _BULLET_LEVEL:
                self.scope.saw_plus = True
            elif self.scope.saw_plus:
                self.scope = self.scope.parent
        if self.scope is not None and self.scope.exceptions and level is not None and level > self.scope.level:
            return []  # "+ Các doanh nghiệp có giao dịch qua ngân hàng đáng ngờ." under "… các dấu hiệu sau đây:"
        if level == _BULLET_LEVEL and self.prose and not body.rstrip().endswith((".", ";")) \
                and not FIELD_LABEL.match(body) and (units := unit_heading(body)) \
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
                      or SUBJECT_DUTY.search(field.group(1))):
            # "- Phối hợp với Ủy ban nhân dân các xã: Gia Phú, Bảo Thắng khẩn trương …": names, then a job; "- Chủ trì
            # phối hợp với Tỉnh, Thành đoàn: Hội … tổ chức tuyên truyền …": partners, then a job; "a) Cơ quan hải
            # quan có trách nhiệm: Bố trí lực lượng …": a unit and its duty, then its jobs
            field = None
        if field:
            role = column_role(field.group(1))
            # "- Cơ quan thực hiện: Sở A chủ trì, phối hợp với … địa phương -Thời gian thực hiện: Thường xuyên": a
            # copy that lost the line break between two labelled lines
            run_in = _RUN_IN_LABEL.search(body, field.end())
            tasks = self._field(role, block, body_at + field.end(), body_at + run_in.start() if run_in else None)
            if tasks is not None:
                if run_in and (second := FIELD_LABEL.match(body[run_in.end():])):
                    self._field(column_role(second.group(1)), block, body_at + run_in.end() + second.end())
                return tasks
            if role == "deadline" and last is not None:
                # "- Xây dựng kế hoạch kiểm kê …" / "Thời gian hoàn thành: Trước ngày 15/11/2025.": the job's date,
                # and the date of the jobs read since the last such line that have none ("- Phối hợp hướng dẫn …
                # Trong đó:" / "+ Sở Xây dựng: …" / "+ Sở Công Thương: …" / "Thời gian thực hiện: …")
                value = block.text[body_at + field.end():].strip(TRAILING)
                deadline = parse_deadline(value, self.year)
                for task in self.undated:
                    task.deadline = task.deadline or deadline
                last.deadline = deadline or last.deadline
                self.last, self.undated = last, []
                return []
        if last is not None and level is None and (done := _DONE_BY.match(body)):
            if (when := only_time(body[done.end():].rstrip(TRAILING), self.year)) is not None:
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
        if self.scope is not None and level is not None and (partners := partners_only(body)):
            # "a) Chủ trì, phối hợp với các sở, ban, ngành, UBND các xã, phường" over the heading unit's jobs
            level = level if level < _BULLET_LEVEL else _BULLET_LEVEL - 1
            self.scope = _Scope("leadin", level, self.scope.lead, partners, self.section(), parent=self.scope)
            return []
        if level is not None and not text.startswith("Điều") and (
                body.rstrip(" .").endswith(" trách nhiệm") or (level < _BULLET_LEVEL and "chủ trì" in body)) \
                and (found := sentence_assignment(body.rstrip(TRAILING) + ":")) and found.job_start >= len(body.rstrip(TRAILING)):
            # "a) Trưởng các điểm thi có trách nhiệm", "1. Bộ Công Thương chủ trì, phối hợp với các bộ, cơ quan liên
            # quan" over its jobs, its colon left out
            self._open_leadin(block, body, found)
            return []
        if text.startswith("Điều"):
            # "Điều 21. Sở Khoa học và Công nghệ" / "Điều 25. Trách nhiệm của …" heads the unit's numbered
            # duties, so does "Điều 2. Nhiệm vụ của Tổ tiếp công dân …:"; "Điều 2. Giao Sở Nội vụ chủ trì …" is a
            # sentence, its section the article's number.
            # ("Điều 3. Giám đốc Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi:" heads its numbered duties too)
            titled = is_title(body) or (body.rstrip().endswith(":") and is_title(body.rstrip().rstrip(":"))
                                        and (UNIT_HEADING_PREFIX.match(body) is not None or _names_only_units(body)))
            units = (unit_heading(body) or _delegated_to(body)
                     or (self.remit_of if _DUTIES_TITLE.fullmatch(body) else [])) if titled else []
            self.headings.append(_Heading(1, text.strip() if titled else text[:body_at].strip(" .:"), units,
                                          definitions=_defines_terms(body)))
            self._reset()  # a new article: the units the last one named, and its last job, are done
            last = None
            if units:
                self.scope = _Scope("heading", 1, units, [], text)
                return []
        elif self._is_heading(block, level, body):
            units = unit_heading(body)
            point = None if units else self._letter_point(block, level, body_at)
            # "a) Công tác tuyên truyền" under "1. Sở Nội vụ" titles part of the unit's jobs: they stay its own.
            enclosing = self.scope if not units and level is not None and self.scope is not None \
                and body.strip(TRAILING) and (self.scope.kind == "heading" or self._heads_subsections(self.scope)) \
                else None
            self._reset()
            self.headings.append(_Heading(level if level is not None else 1, text, units, _defines_terms(body)))
            if enclosing:
                enclosing.saw_list = False
            self.scope = _Scope("heading", level or 1, units, [], text) if units else enclosing
            self.heading_job = None if units else (block, body_at)
            self.letter_point, self.letter_point_items = point, False
            return []
        if body.startswith("Thành phần") and _PARTICIPANTS.match(body):
            return []  # "- Thành phần: Ban Thường trực …; Ban Công tác mặt trận thôn (Chủ trì) và cử tri …": who attends
        if level is None and self.scope is None and "ban hành" in body and all(h.text.isupper() for h in self.headings) \
                and _ENACTING.match(body):
            return []  # "Bộ trưởng Bộ Tài chính ban hành Thông tư hướng dẫn …" above "Điều 1.": the document issues itself
        # ("Căn cứ Kế hoạch này để tổng hợp, bố trí vốn …" under "2.4. Sở Kế hoạch và Đầu tư:" is the unit's job)
        if (not self.prose and not (self.requests and _REPORT_REQUEST.match(body))) \
                or (level is None and _PREAMBLE.match(body) and not (self.scope and self.scope.kind == "heading")
                    and not (_CITES_NUMBERED.match(body) and self._in_body())) \
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
        if level is None and body.rstrip().endswith(":") and is_title(body.rstrip().rstrip(":")) \
                and len(body.split()) <= UNIT_TITLE_WORDS and (units := unit_heading(body)):
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
        # ("6. Các bộ, …" after "5. Các tỉnh, thành phố:", its items and a paragraph ends the heading's list: the
        # paragraph was the heading's, and the point after it is not)
        resumed = self._resume() if self.paused and _HAS_WORD.search(body) and (
            _in_list(block, level) or (level is not None
                                       and (self.paused[0].unnumbered or self.paused[0].kind == "heading"))) else []
        if self.scope is None and not self.paused and level is not None and _LIST_LEVEL <= level < _BULLET_LEVEL \
                and self.headings \
                and (heading := self.headings[-1]).units and level > heading.level:
            # "2. Trách nhiệm của UBND các tỉnh" / "e) …" / a paragraph naming its own unit / "g) …": the heading's
            # list goes on
            self.scope = _Scope("heading", heading.level, heading.units, [], heading.text)
        if self.scope is not None and self.scope.kind == "leadin" and _PROJECT_ITEM.match(body):
            return self._projects_listed(self.scope)
        if body.startswith("Giao ") and body.rstrip().endswith(_MEMBERS_FOLLOW) and (named := sentence_assignment(body)) \
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
        end = len(block.text.rstrip().rstrip(":").rstrip(TRAILING))
        return [Task(text=block.text[start:end], start=block.start + start, end=block.start + end,
                     deadline=first_deadline(block.text[start:end], self.year), lead=dedupe_units(scope.lead),
                     coordinators=dedupe_units(scope.coords, exclude=scope.lead), section=scope.section)]

    def _resume(self) -> list[Task]:
        """The jobs of the paragraphs that broke a unit heading's list, now that the list goes on."""
        scope, between = self.paused
        self.paused, self.scope = None, scope
        return [task for block, at in between for task in self._block_tasks(block, at, scope, None)]

    def _is_issuer(self, units: list[str]) -> bool:
        """Whether `units` is the document's issuer alone, also without its place ("Ủy ban nhân dân Thành phố")."""
        return len(units) == 1 and (unit_key(units[0]) == unit_key(self.issuer)
                                    or unit_key(self.issuer).startswith(unit_key(units[0]) + " "))

    def _in_body(self) -> bool:
        """Whether a numbered heading or article was read: a "Căn cứ Quyết định số …, các thôn … tổ chức …" under it
        is a step of the body, not the preamble's basis."""
        return any(_numbering(h.text)[0] is not None or h.text.startswith("Điều") for h in self.headings)

    def _heads_subsections(self, scope: _Scope) -> bool:
        """An unnumbered lead-in ("Trung tâm … thực hiện nhiệm vụ, quyền hạn …, cụ thể như sau:") whose list is
        split by sub-headings ("1. Nhiệm vụ, quyền hạn chung" / "a) …"): the heading it stands under is still open."""
        return scope.kind == "leadin" and scope.unnumbered and (
            scope.section is None or any(h.text == scope.section for h in self.headings))

    def _letter_point(self, block: Block, level: int | None, body_at: int) -> tuple[Block, _Job, int, int] | None:
        """A point of a letter read as a heading that asks the addressees for a job before its items' colon."""
        text = block.text.rstrip()
        if level is None or level >= _BULLET_LEVEL or block.kind == "heading" or not text.endswith(":") \
                or not self.addressees or text.startswith(_TOPIC_OPENERS, body_at) \
                or not self._asks_addressees(text[body_at:]):
            return None
        # ("…; trong đó, lưu ý một số nội dung sau đây:": the clause that points at the items is no part of the job)
        intro = _ITEMS_INTRO.search(text, body_at)
        end = intro.start() if intro else len(text) - 1
        return block, _Job(self.addressees, [], body_at, body_at, self.section()), end, level

    def _asks_addressees(self, sentence: str) -> bool:
        """Whether a letter's point, or a paragraph under a topic, asks the addressees for a job."""
        return sentence[:1].isupper() and begins_job(_after_basis(sentence)) and not _VIOLATION.match(sentence) \
            and not NOT_A_VERB.match(sentence.lower()) and not _CITED_DOCUMENT.match(sentence) \
            and not any(_RULES_SECTION.search(h.text) for h in self.headings) \
            and (not self.job_section or any(_JOB_SECTION.search(h.text) for h in self.headings))

    def _reset(self) -> None:
        self.scope = self.heading_job = self.paused = self.point_lead = None
        self.early_fields = {}
        self.detailed = False
        self.undated = []
        self.pending, self.recent, self.fielded = [], [], []
        self.unassigned = []

    def _field(self, role: str | None, block: Block, value_at: int, value_end: int | None = None,
               add: bool = False) -> list[Task] | None:
        """A labelled line under a job ("Nội dung thực hiện: …", "Đơn vị chủ trì: …", "Thời gian: …").

        The first unit label makes tasks of the jobs above it (the lines read since the last
        heading, or the heading itself); the labels after it fill those tasks in. None when the
        line is no such label. `add`: the units go with those of the items read before under the same label.
        """
        value = block.text[value_at:value_end].rstrip(TRAILING)
        if role == "task":  # "Nhiệm vụ: …" is the job; a bare "Nhiệm vụ:" heads the job bullets below it
            self.pending = [(block, value_at)] if value else []
            self.recent, self.fielded = [], []
            return []
        if not value:
            if role in UNIT_ROLES:
                self.unit_label = role  # "b) Cơ quan thực hiện:" over its labelled lines or the units' own items
                return []
            return None
        if role in UNIT_ROLES and _MEASURE.fullmatch(value.strip(TRAILING)):  # (not "Đồng chí Phó Chủ tịch …")
            return []  # "Đơn vị: Triệu đồng": a table's unit of measure, not who does a job
        new: list[Task] = []
        if role in ("deadline", "product") and not self.fielded and not self.recent \
                and (self.pending or self.heading_job) and sentence_assignment(value) is None:
            self.early_fields[role] = value
            return []
        if role in UNIT_ROLES and not self.fielded:
            # (bullets that only say how the job above is done, "- Các văn bản … phải thể hiện rõ …", "- Nguyên tắc
            # tổ chức hiệp thương: …", leave the job to the numbered line above them)
            # (a note after numbered jobs, "Cơ cấu thành phần … do Bộ Quốc phòng hướng dẫn thực hiện.", is one more)
            items = [(b, at) for b, at in self.unassigned if b.text[at:].strip(TRAILING)] \
                if not self.recent and self.unassigned and self.unassigned[-1] == self.heading_job else []
            jobs = [(b, at) for b, at in self.pending if not _states_requirement(b.text[at:])]
            if len(items) == 1 and jobs and _numbered_job(*items[0]):
                jobs = []  # "1.1. Xây dựng và ban hành Hướng dẫn …" / "- Bảo đảm …" / "- Đơn vị chủ trì: …": the item's
            jobs = items + jobs if jobs and len(items) > 1 else jobs or items \
                or ([] if self.recent or self.heading_job is None else [self.heading_job])
            early_deadline = self.early_fields.get("deadline")
            timed = []
            for job_block, start in jobs:
                end = len(job_block.text.rstrip(TRAILING))
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
            # ("2. Trách nhiệm của các Sở: Xây dựng, Tài chính, Nội vụ." over their points: units; so "2.3. Giao Vụ
            # Chính sách.")
            return level < _LIST_LEVEL and ((body.startswith(_TOPIC_OPENERS) and ":" not in body and ";" not in body
                                             and body.count(".") == 1 and sentence_assignment(body) is None)
                                            or (body.rstrip().endswith(".")
                                                and _names_only_units(UNIT_HEADING_PREFIX.sub("", body, 1).rstrip(" .")))
                                            or (body.startswith(("Trách nhiệm của ", "Nhiệm vụ của "))
                                                and body.count(".") == 1 and bool(unit_heading(body))))
        if self.scope is not None and self.scope.kind == "heading" and self.scope.level < level \
                and _reads_as_job(body):
            return False  # "b) Đẩy mạnh số hóa … trên môi trường mạng" under a unit heading: a job without its stop
        if self.addressees and "Quý" in body and _YOUR_BODY.search(body):
            return False  # "2. Các thủ tục … Để phối hợp …, đề nghị Quý Cơ quan giúp:": a request, its points below
        if body.rstrip().endswith(":") and _OBJECTS_FOLLOW.search(body) and begins_job(body):
            return False  # "1. Thực hiện rà soát … theo các nhóm đối tượng cụ thể như:": a job, and whom it covers
        return bool(unit_heading(body)) or sentence_assignment(body) is None

    def _block_tasks(self, block: Block, body_at: int, scope: _Scope | None, last: Task | None) -> list[Task]:
        """One task per sentence that names its unit, running on over the sentences after it."""
        text = block.text
        if _POWERS_FOLLOW.search(text):
            # "4. Trưởng Công an cấp huyện; Trưởng phòng … thuộc Cục Cảnh sát giao thông đường bộ, đường sắt, …
            # có quyền:": every clause names holders of the powers below, none a job
            self.scope = None
            return []
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
            found = clause_assignment(sentence) or (self._met_subject(sentence) if self.met else None) \
                or (self._addressed(sentence) if self.addressees else None) \
                or (self._own_commitment(sentence) if self.issuer and " sẽ " in sentence else None)
            if found and self.addressees:
                found.lead = [self._addressee_named(unit) for unit in found.lead]
            if found and scope is not None and scope.kind == "heading" and sentence.startswith("Yêu cầu"):
                found = None  # "- Yêu cầu các cơ quan báo chí …" under "Sở Khoa học và Công nghệ": the Sở's job
            if found and self.issuer and self._is_issuer(found.lead) \
                    and _DECIDES_ITSELF.match(sentence, read_units(sentence, found.sentence_start)[1]):
                found = None  # "Trong trường hợp cần thiết, UBND tỉnh trực tiếp quyết định …": a power it keeps
            if found is None:
                if job is None and s_start == body_at:
                    job = self._inherited(block, sentence, s_start, scope, last)
                elif job is not None and (asks := ASSIGN_VERB.match(sentence)) and sentence[asks.end():][:1].isupper():
                    # "Yêu cầu Nhà đầu tư (Tập đoàn Đèo Cả) rà soát …": a job for someone the reader cannot name
                    # ends the running job, which would otherwise take its words and partners
                    tasks += self._tasks(block, job, s_start)
                    job = None
                elif job is not None and job.search_from == body_at and s_start > body_at \
                        and _POINTS_FOLLOW.fullmatch(sentence):
                    # "3. Các bộ, ngành … tổ chức thực hiện … mình phụ trách. Cụ thể:": the job, and its items below
                    tasks += self._tasks(block, job, s_start)
                    self._open_leadin(block, sentence, Assignment(job.lead, job.coords, 0, 0))
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
                if (signs := _SIGNS_FOLLOW.search(sentence) or _DATA_FOLLOW.search(sentence)) \
                        or _OBJECTS_FOLLOW.search(sentence) and not ACTIVITIES_SUCH_AS.search(sentence):
                    # "Sở Tài chính chịu trách nhiệm cập nhật … đối với:" lists what the job covers, not jobs
                    level = _numbering(text)[0]
                    self.scope = _Scope("leadin", _BULLET_LEVEL - 1 if level is None else level, found.lead, [],
                                        section, parent=None, exceptions=True) if signs else None
                    # (the job without its pointer to the signs: ", trong đó lưu ý các dấu hiệu sau đây:")
                    pointer = sentence.rfind(", ", found.job_start, signs.start()) if signs else -1
                    end = s_start + pointer if pointer > 0 and len(sentence[pointer:].split()) <= _POINTER_WORDS \
                        else s_end
                    tasks += self._tasks(block, _Job(found.lead, found.coords, s_start + found.job_start,
                                                     s_start + found.sentence_start, section), end)
                    continue
                if ASKS_ONLY.fullmatch(sentence, found.job_start):
                    continue  # "…, Thủ tướng Chính phủ yêu cầu:": the issuer asks, the points say who does what
                if self.issuer and _DECIDES.match(sentence, found.job_start) and self._is_issuer(found.lead):
                    # "…, Ủy ban Thường vụ Quốc hội quyết định sắp xếp … như sau:": what the document itself decides
                    self.scope = None
                    continue
                if (partners := leadin_partners(sentence, found.job_start)):
                    # "Giao UBND cấp xã chủ động phối hợp với các sở, ngành liên quan:": whom the list's jobs are
                    # done with, no job of its own
                    self._open_leadin(block, sentence, Assignment(found.lead, found.coords + partners, 0, 0))
                    continue
                self._open_leadin(block, sentence, found)
                job_end = leadin_job_end(sentence, found.job_start)
                if job_end:  # "… khẩn trương khắc phục …, hoàn thành trong tháng 11 năm 2025, cụ thể:" is a job too
                    self.scope.lists_contents = sentence.rstrip().endswith(_MEMBERS_FOLLOW) \
                        or REPORT_CONTENTS.search(sentence, found.job_start) is not None
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
                if (found := clause_assignment(text[at:s_end])) is None:  # most name no unit: the one before need not be read
                    continue
                if text.count("(", s_start, end) > text.count(")", s_start, end):
                    continue  # "(riêng Bộ Tài chính: tối đa 05 người; Bộ Ngoại giao: tối đa 10 người)": an aside
                before = text[pieces[-1]:end]
                if partners_run_to_end(before):
                    continue  # "… phối hợp với các Sở, ban, ngành của tỉnh; Ủy ban nhân dân các xã, phường; …": one list
                if before.endswith("chủ trì") and LEADING_COORD.match(text, at + found.job_start):
                    continue  # "Giao Công an tỉnh chủ trì; Sở Y tế phối hợp thực hiện": the lead's partners, its job after
                if sentence_assignment(before) is not None or not (read_units(before)[0] or _asks_units_only(before)):
                    pieces.append(at)
        return pieces

    def _inherited(self, block: Block, sentence: str, s_start: int, scope: _Scope | None,
                   last: Task | None) -> _Job | None:
        """A job without its own unit: under a unit heading or lead-in, or right after a task."""
        if EXECUTION_CLAUSE.match(sentence):
            return None
        if self.point_lead and block.kind == "list_item" and _numbering(block.text)[0] == _BULLET_LEVEL \
                and (scope is None or (scope.kind == "leadin" and scope.lead != self.point_lead)) \
                and sentence[:1].isupper() and begins_job(sentence) and not sentence.rstrip().endswith(":") \
                and not NOT_A_VERB.match(sentence.lower()):
            # (under a lead-in for other units too: "(1) Bộ Y tế chỉ đạo …" / "- Chỉ đạo Ban Quản lý dự án …" is
            # Bộ Y tế's)
            return _Job(self.point_lead, [], s_start, s_start, self.section())
        if scope is not None:
            if sentence.rstrip().endswith(":") and scope.kind == "leadin" and GENERIC_DUTIES.search(sentence):
                return None  # "2. Ngoài các nhiệm vụ …, Trung tâm … gồm các nhiệm vụ sau:" points at more items
            if scope.exceptions:
                return None  # "a) Dự án thuộc địa bàn từ 2 xã, phường trở lên;" under "…, trừ các trường hợp sau đây:"
            if opens_with_title(sentence):
                return None  # "- Bộ trưởng Bộ Nội vụ, Phó Trưởng ban thường trực;" under "2. Phó Trưởng ban …:": a member
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
            if opening_units and (_OTHERS_STATEMENT.match(sentence, units_end) or _DESCRIBED.match(sentence, units_end)):
                return None  # "Tổng cục Thuế sẽ định kỳ tổng hợp …", "Nhiều Cục Thuế chưa …": what others will do or did
            if opening_units and DUTIES_BY_LAW.fullmatch(sentence[units_end:].lstrip()):
                return None  # "Ban Quản lý thực hiện nhiệm vụ, quyền hạn theo quy định của pháp luật.": its remit
            if _PERMITTED.match(sentence) or _NOTE.match(sentence) or _AS_THINGS_STAND.match(sentence):
                # "Được sử dụng con dấu …": what the unit may do; "Lưu ý: Văn bản … phải …": a note; "Hiện nay …": how
                # things stand
                return None
            if (len(sentence.split()) < LEADIN_JOB_WORDS or scope.lists_contents) and not begins_job(sentence):
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
        if self.addressees and (_numbering(block.text)[0] is not None or self.under_topic) \
                and not sentence.rstrip().endswith(":") and self._asks_addressees(sentence):
            return _Job(self.addressees, [], s_start, s_start, self.section())  # a point of a letter: its addressees'
        return None

    def _own_commitment(self, sentence: str) -> Assignment | None:
        """"Bộ Y tế sẽ phối hợp với … tổ chức kiểm tra …" in a letter of Bộ Y tế: what the issuer will do is its own
        job (what another unit will do is no job given to it: `_OTHERS_STATEMENT`)."""
        for will in _WILL.finditer(sentence, 0, _COMMITMENT_REACH):
            subject = sentence[:will.start()]
            # the issuer opens the sentence, or follows a phrase that opens it ("Định kỳ hoặc đột xuất, Bộ Y tế sẽ …")
            units, end = read_units(subject, subject.rfind(", ") + 2 if ", " in subject else 0)
            if end == len(subject) and len(units) == 1 and (
                    unit_key(units[0]) == unit_key(self.issuer)
                    or self.issuer.casefold().startswith(units[0].casefold() + " ")):
                return job_after(sentence, will, [self.issuer])
        return None

    def _met_subject(self, sentence: str) -> Assignment | None:
        """"Tỉnh căn cứ …", "trên cơ sở đó, Tỉnh nghiên cứu …" in the notice of a meeting with a province: the
        province met is the subject (not "Tỉnh đã hoàn thành …", a result)."""
        m = _MET_SUBJECT.match(sentence) or _MET_SUBJECT_AFTER.search(sentence, 0, LABEL_REACH)
        return job_after(sentence, m, [self.met])

    def _addressed(self, sentence: str) -> Assignment | None:
        """"… đề nghị Quý Ủy ban gửi báo cáo …": the honorific names the letter's addressees; so does the bare
        head word of a letter's one addressee: "Kính gửi: Công ty cổ phần …" / "… đề nghị Công ty thực hiện …"."""
        subject = _YOUR_BODY.search(sentence) if "Quý" in sentence else None
        if subject is None and len(self.addressees) == 1 and ("nghị" in sentence or "cầu" in sentence) \
                and (subject := _THE_ADDRESSEE.search(sentence)) \
                and not self.addressees[0].startswith(subject.group("head")):
            subject = None
        return job_after(sentence, subject, self.addressees)

    def _addressee_named(self, unit: str) -> str:
        """The addressee a group's bare words stand for: "… đề nghị các doanh nghiệp tự kiểm tra …" in a letter to
        "Các Doanh nghiệp hoạt động cho thuê lại lao động trên địa bàn Thành phố"."""
        words = unit.casefold() + " "
        return next((a for a in self.addressees if a.casefold().startswith(words) and words.startswith(GENERIC)), unit)

    def _address(self, text: str) -> None:
        """Note the units a letter is addressed to ("Kính gửi: …" and the list under it)."""
        units, end = read_units(text) if self.letter and text else ([], 0)
        rest = text[end:].strip(TRAILING)
        whole = ";" not in text.strip(TRAILING) and len(text.split()) <= _ADDRESSEE_WORDS \
            and not any(c.isdigit() for c in rest)
        if whole and ((len(units) == 1 and rest and units[0].casefold().startswith(GENERIC))
                      or (units and DEPARTMENT.match(units[0]) and (rest or of_one_body(units)))):
            # "Các Doanh nghiệp hoạt động cho thuê lại lao động trên địa bàn Thành phố": a described group; "Vụ Đối
            # ngoại, Văn phòng Chủ tịch nước", "Văn phòng các Ban của Đảng": a department and its body; each whole
            units = [expand_abbreviations(text.strip(TRAILING))]
        if any(_SUPERIORS.match(unit) for unit in units):
            self.letter = False  # written upwards: its points report or propose
            self.addressees = []
        elif units:
            self.addressees += units
            self.addressed += units

    def _open_leadin(self, block: Block, sentence: str, found: Assignment) -> None:
        alias = DEFINITION.search(sentence)
        if alias:
            self.aliases[unit_key(alias.group("short"))] = found.coords
        level, _ = _numbering(block.text)
        unnumbered = level is None
        # An unnumbered lead-in ("…, tỉnh Đắk Lắk cần … một số nội dung trọng tâm sau:") may head numbered items.
        level = 0 if unnumbered else level if level < _BULLET_LEVEL else _BULLET_LEVEL - 1
        self.scope = _Scope("leadin", level, found.lead, found.coords, self.section(),
                            deadline=first_deadline(sentence, self.year), unnumbered=unnumbered,
                            awaits_items=not unnumbered,
                            # (a request for the tasks below: its items may be plain paragraphs, under topic headings)
                            plain_items=unnumbered and _ASKS_POINTS_BELOW.search(sentence) is not None,
                            asks_parts=unnumbered and _ASKS_BODIES.search(sentence) is not None)
        self.point_lead = None  # the points before it no longer head the bullets: its units do

    def _leading_partners(self, text: str, start: int) -> tuple[int, list[str]]:
        """Where a job starts after the partners it opens with ("Phối hợp với B tháo gỡ …": at "tháo gỡ"), and those
        partners (a name the lead-in defined stands for its units); `start` and none when it names none or working
        with them is the job ("Phối hợp với B trong việc …")."""
        lead_coord = _LEADING_COORD_ANY_CASE.match(text, start)
        if not lead_coord:
            return start, []
        found, c_end = read_units(text, lead_coord.end(), partners=True)
        job_at = AFTER_UNITS.match(text, c_end).end()
        if not found or _WORKING_WITH_IS_THE_JOB.match(text, job_at):
            return start, []
        return job_at, [unit for found_unit in found for unit in self.aliases.get(unit_key(found_unit), [found_unit])]

    def _coords_in(self, text: str) -> list[str]:
        """Units after "phối hợp với"; a name the lead-in defined ("sau đây gọi chung là …") stands for its units."""
        coords: list[str] = []
        for m in COORD.finditer(text):
            for unit in with_description(text, *read_units(text, m.end(), partners=True))[0]:
                coords += self.aliases.get(unit_key(unit), [unit])
        return coords

    def _tasks(self, block: Block, job: _Job, end: int) -> list[Task]:
        text = block.text
        if text[end - 1:end] in (" ", ")") and (point := _POINT_AT_END.search(text, job.start, end)):
            end = point.start()
        while end > job.start and text[end - 1] in TRAILING:
            end -= 1
        tasks = []
        lead = dedupe_units(job.lead)
        duties = _numbered_duties(text, job.start, end)
        if duties:
            for i, (start, stop) in enumerate(duties):
                while stop > start and text[stop - 1] in TRAILING:
                    stop -= 1
                duty = DUTY_ANY_CASE.match(text, start)
                if duty:  # "(1) Chủ trì, phối hợp với B …"
                    start = duty.end()
                start, partners = self._leading_partners(text, start)
                coords = dedupe_units(job.coords + partners + self._coords_in(text[start:stop]), exclude=lead)
                deadline = first_deadline(text[job.search_from if i == 0 else start:stop], self.year) or job.deadline
                tasks.append(Task(text=text[start:stop], start=block.start + start, end=block.start + stop,
                                  deadline=deadline, lead=lead, coordinators=coords, section=job.section))
            return tasks
        for i, (start, stop) in enumerate(self._clauses(text, job.start, end)):
            partners: list[str] = []
            if i == 0 and (duty := _PARTNERS_DUTY.match(text, start)):
                start, partners = self._leading_partners(text, duty.end())  # "a) Chủ trì, phối hợp với B tổ chức …"
                if not partners:
                    start = job.start
            coords = dedupe_units(job.coords + partners + self._coords_in(text[start:stop]), exclude=lead)
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
            # (not a period that ends a name: "… tuyến đường bộ cao tốc Bắc - Nam phía Đông giai đoạn 2017 - 2020; xem
            # xét …, báo cáo Chính phủ trước ngày 15 tháng 3 năm 2020" is one job)
            if found and found[-1][1] == len(clause) and (found[-1][2].start or found[-1][2].end) \
                    and not found[-1][2].text.lower().startswith("giai đoạn"):
                parts.append((start, m.start()))
                start = m.end()
        return parts + [(start, end)]

    def _assigned_in_brackets(self, block: Block, body_at: int) -> list[Task]:
        """A job closed by its assignment in brackets: "- Tổ chức tập huấn … (Sở Tư pháp chủ trì, phối hợp với …)"."""
        m = _BRACKETED_ASSIGNMENT.search(block.text, body_at) if ")" in block.text else None  # most have none
        lead, coords = parse_assignment(m.group(1)) if m else ([], [])
        if not lead:
            return []
        end = len(block.text[:m.start()].rstrip(TRAILING))
        return [Task(text=block.text[body_at:end], start=block.start + body_at, end=block.start + end,
                     deadline=first_deadline(block.text[body_at:], self.year), lead=dedupe_units(lead),
                     coordinators=dedupe_units(coords, exclude=lead), section=self.section())]

    def _extend(self, last: Task, block: Block) -> list[Task]:
        end = len(block.text)
        while end > 0 and block.text[end - 1] in TRAILING:
            end -= 1
        last.text = f"{last.text} {block.text[:end]}"
        last.end = block.start + end
        last.deadline = first_deadline(last.text, self.year)
        self.last = last
        return []


def _asks_units_only(clause: str) -> bool:
    """"Yêu cầu các sở, ban, ngành, đoàn thể tỉnh": the first of the units asked, listed up to a ";"."""
    asks = ASSIGN_VERB.match(clause)
    if not asks:
        return False
    units, end = read_units(clause, asks.end())
    return bool(units) and not clause[end:].strip(TRAILING)


def _after_basis(sentence: str) -> str:
    """The sentence past an opening clause that states its basis: "Trên cơ sở Nghị quyết …, khẩn trương …"."""
    basis = _BASIS.match(sentence)
    return sentence[basis.end():] if basis else sentence


def _own_time(job: str, year: int | None) -> Deadline | None:
    """The deadline a job line gives after a colon ("Tổ chức hiệp thương lần thứ nhất: Chậm nhất ngày 10/12/2025
    (trước ngày bầu cử 95 ngày …)"), None when what follows its colon is not a time."""
    colon = job.find(": ")
    if colon < 0:
        return None
    found = find_deadlines(job[colon + 2:colon + 2 + TIME_REACH], year)
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
    label = LABEL.match(text) if ": " in text[:LABEL_REACH] else None
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
    core = body.rstrip().rstrip(TRAILING)
    if core.endswith(")") and (opened := core.rfind("(")) > 0:
        core = core[:opened].rstrip().rstrip(TRAILING)
    if not core or len(core) > _MEMBER_CHARS:
        return []
    units, end = read_units(core)
    return units if units and not core[end:].strip(TRAILING) else []


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
    return begins_job(body) and (body.endswith(":") or len(body.split()) >= LEADIN_JOB_WORDS)


def _delegated_to(title: str) -> list[str]:
    """The units an article's title delegates its points to: "Phân cấp cho Sở Y tế thực hiện một số nhiệm vụ, quyền
    hạn sau", "Thẩm quyền của Ủy ban nhân dân cấp tỉnh phân cấp cho Chủ tịch Ủy ban nhân dân cấp xã"."""
    to = _DELEGATED_TO.search(title)
    return delegated_units(title, to.end(), *read_units(title, to.end())) if to else []


def _names_only_units(body: str) -> bool:
    """Whether a line is nothing but units and its colon: "Giám đốc Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi:"."""
    units, end = read_units(body)
    return bool(units) and not body[end:].strip(" :")


def _names_units_only(item: str) -> bool:
    """Whether an item under "Cơ quan chủ trì" names units and gives no job: "Sở Tư pháp chủ trì, phối hợp với …" does,
    and so does "Các cơ quan báo chí Trung ương, địa phương, quân đội." or "… và cơ quan tổ chức có liên quan.", whose
    last words only read as a job."""
    found = sentence_assignment(item)
    if found is None:
        return True
    rest = item[found.job_start:].strip(TRAILING)
    return len(rest.split()) <= 2 or rest.endswith("liên quan")
