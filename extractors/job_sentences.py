"""Who one sentence gives a job, and where the job's words begin.

"Sở A chủ trì, phối hợp với B tham mưu …", "Giao Sở A …", "Văn phòng Sở có trách nhiệm …", "Đối với UBND cấp xã:
được giao …", "Các đơn vị được giao nhiệm vụ trong Kế hoạch khẩn trương …": the units, their partners and the
offset where the job begins (`sentence_assignment`); a heading that names only units (`unit_heading`); a
lead-in that states a job of its own before its list (`leadin_job_end`). The prose reader
(`extractors.tasks`) decides which sentences to ask.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from extractors.assignments import COORD, GENERIC, LEADING_COORD, NOT_A_VERB, listed_units, names_people
from extractors.deadlines import find_deadlines, only_time
from extractors.units import (begins_job, described_until, drop_group_title, expand_abbreviations, first_verb_phrase,
                              may_open_unit, opens_with_title, read_provinces, read_units, split_units, where_until)
from pipeline.reflow import is_upper

# Sentences that open with a circumstance before naming the unit: "Căn cứ …, các sở … xây dựng …".
_OPENERS = ("Căn cứ", "Về", "Trên cơ sở", "Theo", "Để", "Nhằm", "Đối với", "Ngoài", "Bên cạnh", "Đồng thời",
            "Vì vậy", "Vì thế", "Do vậy", "Do đó", "Bởi vậy",  # ("Vì vậy, đề nghị Ủy ban nhân dân các tỉnh …")
            # ("Với vai trò, ý nghĩa đặc biệt quan trọng của Dự án, yêu cầu các bộ, ngành …"; not "Với vai trò là Cơ quan
            # Thường trực Ban Chỉ đạo …, Văn phòng …": the role names bodies of its own)
            "Với vai trò, ý nghĩa", "Với ý nghĩa", "Với tinh thần", "Với mục tiêu", "Với quyết tâm", "Với phương châm",
            *(f"{every} {period}" for every in ("Hàng", "Hằng") for period in ("năm", "quý", "tháng", "tuần", "ngày")),
            "Định kỳ", "Trong", "Sau", "Khi", "Trường hợp", "Nếu", "Trước", "Chậm nhất", "Từ", "Kết thúc")
_OPENING_TIME_REACH = 40  # characters of a sentence where a time phrase that opens it is looked for
# A case or condition may end at "thì" rather than a comma: "Trường hợp … thì Sở A báo cáo …".
_CASE_OPENERS = ("Đối với", "Trường hợp", "Trong trường hợp", "Khi", "Sau khi", "Nếu")
_THEN = regex.compile(r"\sthì\s+")
_CASE_ASKS = regex.compile(r"\s(?:yêu\s+cầu|đề\s+nghị)\s+(?=\p{Lu}|các\s)")  # … or at a request without a comma
_OPENER = regex.compile(rf"^(?:{'|'.join(_OPENERS)})\b(?<!^Theo(?=\s+dõi))")  # (not the verb "Theo dõi")
# A topic or case label before the sentence: "Về tập huấn, hướng dẫn: …", "Trường hợp hàng hóa do một cấp định
# giá: …", "b) Thực hiện mở tài khoản và phát hành thẻ: …"; the unit after it is read as at a sentence start.
LABEL_REACH = 250
LABEL = regex.compile(rf"[^:;]{{3,{LABEL_REACH}}}?:\s+(?=\S)")
_TOPIC_LABEL = regex.compile(r"Về\s[^:;]{3,600}?:\s+(?=\S)")
# "Giao Sở A …", and the bodies a plan asks or encourages: "Đề nghị Ủy ban MTTQ tỉnh …", "Khuyến khích Hội …".
ASSIGN_VERB = regex.compile(r"(?:[Gg]iao|Đề\s+nghị|[Yy]êu\s+cầu|Khuyến\s+khích|Phân\s+công|Ủy\s+quyền(?:\s+cho)?"
                            r"|Phân\s+cấp\s+cho)\s+")
_ROLE_OPENER = ("với vai trò", "Với vai trò")
_NOTICE = regex.compile(r"(?:xin\s+)?thông\s+báo\s+(?:(?:để|cho)\s+)?")
_KNOWN = regex.compile(r"\s*biết\b(?:,?\s+(?P<job>thực\s+hiện\s+và\s+\w))?")  # (what follows "biết" is the job)
_LOWER_REQUEST = regex.compile(r"đề\s+nghị\s+")
# A body's remit stated as the law's ("Ban Quản lý thực hiện nhiệm vụ, quyền hạn theo quy định của pháp luật."): no job
DUTIES_BY_LAW = regex.compile(r"thực\s+hiện\s+(?:đầy\s+đủ\s+|các\s+)?(?:nhiệm\s+vụ|trách\s+nhiệm),?\s+quyền\s+hạn\s+theo\s+"
                              r"(?:quy\s+định(?:\s+của\s+pháp\s+luật)?(?:\s+hiện\s+hành)?|Quy\s+định\s+(?:số\s+)?\S+)"
                              r"(?:\s*\([^()]*\))?(?:[;,]\s*trong\s+đó)?[\s.;,]*")
# A plain "đề nghị" asks a job of the units after it when a superior body asks ("Thường trực Tỉnh ủy đề nghị Đảng bộ
# các phường, xã … tiếp tục …"); a department's "đề nghị" proposes to its superiors ("Sở Nội vụ đề nghị UBND tỉnh …").
_ASKING_BODIES = ("Thường trực", "Ban Thường vụ", "Tỉnh ủy", "Thành ủy", "Chủ tịch", "Thủ tướng", "Chính phủ", "Bộ ", "Tổng cục",
                  "Ủy ban nhân dân tỉnh", "Ủy ban nhân dân Thành phố", "Ủy ban nhân dân thành phố")
_HIGHER_BODIES = ("Thủ tướng", "Chính phủ", "Quốc hội", "Ủy ban Thường vụ Quốc hội", "Bộ Chính trị", "Ban Bí thư",
                  "Văn phòng Chính phủ", "Ban Chấp hành Trung ương")
# What a lead-in says when its points say who does what: "…, Thủ tướng Chính phủ yêu cầu:", "… kết luận như sau:".
ASKS_ONLY = regex.compile(r"\s*(?:yêu\s+cầu|đề\s+nghị|điện|chỉ\s+thị|kết\s+luận|giao|thông\s+báo"
                          r"|hướng\s+dẫn(?:\s+cụ\s+thể)?(?:\s+(?:một\s+số|các)\s+(?:nội\s+dung|điểm|vấn\s+đề))?)"
                          r"(?:\s+như\s+sau)?\s*:\s*")  # ("Bộ Tài chính hướng dẫn cụ thể một số nội dung như sau:")
# Any body's plain "đề nghị" asks a job of groups below it: "Sở Nội vụ đề nghị các doanh nghiệp … tự kiểm tra …",
# "Sở Giáo dục và Đào tạo đề nghị UBND các xã, phường chỉ đạo …" (not "các Bộ, ngành Trung ương", above it).
_GROUPS_BELOW = regex.compile(r"(?i:các|(?:Ủy ban nhân dân|UBND)\s+(?:các|cấp))\s(?!.*\b(?:[Bb]ộ|Trung ương|trung ương)\b)")
_REQUEST = regex.compile(r"(?:yêu cầu|giao|(?:trân trọng|kính) đề nghị)\s+")  # "Bộ Tài chính trân trọng đề nghị …"
# What follows a unit in a sentence that does not give it a job.
_FOCAL_ROLE = r"\s+(?:cơ\s+quan\s+|đơn\s+vị\s+)?(?:đầu\s+mối|thường\s+trực)"  # "là cơ quan đầu mối": a duty
# … and whose focal point it is, before the duty: "Giao Vụ DNNCN là đơn vị đầu mối của Tổng cục Thuế chịu trách nhiệm …"
_FOCAL_FOR = r"(?:\s+(?:của|thuộc)\s+[^,;:.()]{3,60}?(?=\s+(?:chịu|có)\s+trách\s+nhiệm\b))"
# ("xin thông báo để … biết, thực hiện" closes a notice of the Government Office, "dé"/"đê"/"de" in an OCR'd copy; "…
# xin trao đổi và cảm ơn sự phối hợp của Quý Cơ quan" a letter;
# "trên địa bàn …" places the unit.)
_NOT_A_JOB = regex.compile(rf"^(?:đã|đang|vừa|trong\s+việc\s|là\b(?!{_FOCAL_ROLE})|cũng|không|chưa|đề nghị|trân trọng|sẽ|(?:bao\s)?gồm|được\s(?!giao(?!\s+làm\b))"
                           r"|có\s(?!(?:các\s)?(?:trách nhiệm|nhiệm vụ)|(?:văn bản|công văn)\s(?:đề nghị|kiến nghị|hướng dẫn|báo cáo|gửi|trả lời|đôn đốc|chỉ đạo|kèm)|(?:biện pháp|giải pháp|kế hoạch|phương án)\s(?!số\b))|và\s|của\s|về\s|tại\s|với\s|để\s|trên\s+địa\s+bàn\b|xin\s(?:trân\s+trọng\s)?(?:thông\sbáo|trao\sđổi|cảm\sơn)|cảm\sơn|thông\sbáo\s(?:để|dé|đê|de)\s"
                           r"|trả\slời\s(?:để|cho)\s"  # "Cục Hải quan trả lời để Hội đồng … biết": the issuer's reply
                           r"|ghi\snhận|biểu\sdương|hoan\snghênh|đánh\sgiá\scao"  # praise in a meeting's conclusions
                           # and its agreement: "Hội đồng nhân dân tỉnh cơ bản thống nhất với một số giải pháp …"
                           r"|(?:cơ\sbản\s)?(?:thống\snhất|nhất\strí)\svới\s"
                           r"|nhận\sđược\s"  # "Bộ … nhận được kiến nghị của cử tri …": what the reply answers
                           r"|gửi\skèm\b"  # "Bộ Tài chính gửi kèm bộ Cẩm nang gồm: …": what the letter encloses
                           r"|(?:trực\stiếp|đứng\sđầu)\slà\s"  # "Bộ Chính trị, …, trực tiếp là Tổng Bí thư …, đã …": who led
                           # "Thuế tỉnh … thông báo đến Công ty … được biết": the issuer informs
                           # (or with no preposition: "Tổng cục Thuế thông báo Cục Thuế các tỉnh … được biết và thực hiện")
                           r"|thông\sbáo\s(?:(?:đến|cho|tới)\s)?[^.;]{0,150}?\s(?:được\s)?biết\b"
                           r"|ngày\s+\d"  # "Thành phố Hồ Chí Minh, ngày 28 tháng 11 năm 2025": the place and date line
                           # by whom it is run or chosen, what it answers to, an alternative: "Viện kiểm sát nhân dân do
                           # Viện trưởng lãnh đạo", "… chịu sự giám sát của …", "Thủ tướng Chính phủ hoặc của ít nhất …"
                           r"|do\s|chịu\s+sự\s|hoặc\s"
                           r"|làm\s+việc\s+theo\s+(?:nguyên\s+tắc|chế\s+độ)\b"  # "Ban Chỉ đạo làm việc theo nguyên tắc …": how it works
                           r"|(?:hình|dân)\s+sự\b"  # "… phải chịu trách nhiệm hình sự": a liability, no duty
                           # more of the subject, then what it did: "các bộ, địa phương, người dân và cộng đồng doanh
                           # nghiệp đã chủ động triển khai …"
                           r"|(?:(?:người|nhân)\s+dân|cộng\s+đồng|doanh\s+nghiệp|hộ\s+gia\s+đình)"
                           r"[^,;:.()]{0,40}?\s(?:đã|đang|vừa)\s)")
_LAW_SUBJECT = regex.compile(r"(?:Bộ\s+luật|Luật|Hiến\s+pháp|Pháp\s+lệnh)\b")  # "Bộ luật hình sự có nhiệm vụ …": its aim
_GROUP_WORDS = ("các ", "tất cả ", "đơn vị", "cơ quan", "tổ chức")  # a group that may be described
_OPEN_ENDS = frozenset("ra đã đang được bị sẽ có là của và với cho các những".split())  # no description ends so
_WHERE = regex.compile(r"\s+nơi\s+(?!(?:khác|nào|đây|đó)\b)")  # "Ủy ban nhân dân cấp xã nơi cư trú", not "nơi khác"
_DESCRIBED_BY = regex.compile(r"\s+được\s+(?:giao|lựa\s+chọn|phân\s+công|chỉ\s+định|ủy\s+quyền)\s+")
_ROLE_NAMED = regex.compile(r"làm\s+\p{Lu}")
_ROLE_GIVEN = regex.compile(r"là\s+(?:cơ\s+quan|đơn\s+vị)\s")
# how a document is to be carried out: "nghiêm túc, hiệu quả", "đầy đủ và kịp thời"
_HOW_WORDS = r"(?:nghiêm túc|có hiệu quả|hiệu quả|đầy đủ|kịp thời|có chất lượng|chất lượng)"
_HOW = rf"(?:{_HOW_WORDS}(?:,? và |, | ))*"
# (a decree's or a circular's last article: "Các Bộ trưởng, … chịu trách nhiệm thi hành Nghị định này"; not "… có
# trách nhiệm tổ chức thực hiện Quyết định này", a ministry's own job)
EXECUTION_CLAUSE = regex.compile(r"thi hành (?i:Quyết định|Nghị quyết|Nghị định|Thông tư|Chỉ thị|Quy định|Quy chế|văn bản) "
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
# ("chịu trách nhiệm trước …/về …" is accountability, kept in the job's text.)
_DUTY = regex.compile(rf"^(?:(?:chủ trì|có (?:các )?trách nhiệm|chịu trách nhiệm(?: chính)?(?!\s+(?:toàn\s+diện\s+)?(?:trước|về)\b)"
                      rf"|có (?:các )?nhiệm vụ"
                      rf"|được giao(?: chủ trì)?|là{_FOCAL_ROLE}{_FOCAL_FOR}?)"
                      r"\b[\s,:;]*)+")  # ("Sở Nội vụ chủ trì; tổng hợp …": the job after the semicolon)
# the duty right after the units (also "có các trách nhiệm sau:")
_DUTY_FIRST = regex.compile(r"(?:có|chịu)\s+(?:các\s+)?trách\s+nhiệm\b|có\s+(?:các\s+)?nhiệm\s+vụ\b")
# ("Nội dung Sở Dân tộc và Tôn giáo có trách nhiệm chủ trì", "Nội dung các cơ quan, đơn vị khác có trách nhiệm chủ
# trì": what the units lead, their points below)
# ("- Chỉ đạo Sở Nông nghiệp và PTNT:" over "+" items: the jobs the body is told to do)
UNIT_HEADING_PREFIX = regex.compile(r"^(?:(?:Trách nhiệm của|Nhiệm vụ(?:, quyền hạn)? của|Đối với|Giao|Chỉ đạo)\s+"
                                    r"|Nội dung\s+(?=\p{Lu}|các\s)"
                                    r"|Đề nghị\s*:?\s*)")
DUTY_ANY_CASE = regex.compile(_DUTY.pattern.lstrip("^"), regex.IGNORECASE)
_COMMA = regex.compile(r",\s+")
# The remit a unit acts within, between its name and its duty: "theo chức năng, nhiệm vụ, thẩm quyền",
# "trong phạm vi chức năng, nhiệm vụ được giao".
_REMIT_WORD = r"(?:chức\s+năng|nhiệm\s+vụ|thẩm\s+quyền|quyền\s+hạn|lĩnh\s+vực|được\s+giao|của\s+mình|quản\s+lý)"
_WITHIN_REMIT = regex.compile(rf"(?:theo|trong\s+phạm\s+vi)\s+{_REMIT_WORD}(?:[\s,]+(?:và\s+)?{_REMIT_WORD})*[\s,]*")
# A lead-in that names the units and their remit only: "… Chủ tịch Ủy ban nhân dân các tỉnh, thành phố nêu trên theo
# chức năng, nhiệm vụ, thẩm quyền:", "… các Đoàn đại biểu Quốc hội theo chức năng, nhiệm vụ được giao chủ động, kịp thời
# thực hiện các nhiệm vụ sau:" (the jobs are its list's)
_REMIT_ONLY = regex.compile(rf"(?:(?:nêu|nói)\s+trên[\s,]*)?{_WITHIN_REMIT.pattern}"
                            r"(?:(?:chủ\s+động|kịp\s+thời|khẩn\s+trương|tích\s+cực)[\s,]*)*")
_BY_GROUPS = regex.compile(r"\bđược\s+(?:các|những)\s")  # the agents of a passive: what was done, and by whom
_DIRECTS = regex.compile(r"(?<![\p{L}])(?:chỉ\s+đạo|hướng\s+dẫn|đôn\s+đốc|yêu\s+cầu)\s+(?:các|những)\s")
_DUTIES_OF = regex.compile(r"Về\s+(?:trách\s+nhiệm|nhiệm\s+vụ)(?:,?\s+(?:và\s+)?(?:quyền\s+hạn|trách\s+nhiệm))?\s+của\s+")
DEPARTMENT = regex.compile(r"(?:Cục|Vụ|Văn phòng|Phòng|Chi cục)\b")  # part of a body, named with it
_PARENT_BODY = regex.compile(r"(?:Văn phòng|Bộ|Tổng cục)\s")  # the body after a department's name
_ALONG = regex.compile(r"cùng\s+")
_PARTNERS_LEADIN = regex.compile(r"(?:[Cc]hủ\s+trì,?\s+)?[Pp]hối\s+hợp\s+(?:với|cùng)\s+")
_LEADIN_PARTNERS = regex.compile(r"(?:(?:chủ\s+động|tích\s+cực|thường\s+xuyên)\s+)?(?=phối\s+hợp\s+(?:với|cùng)\s)")
# What closes a lead-in before its list: "…, cụ thể:", "… trong đó:", "… bao gồm:".
_LEADIN_TAIL = regex.compile(r"[\s,]*(?:(?:cụ\s+thể|trong\s+đó|(?:bao\s+)?gồm)[\s,]*)?:\s*$")
# A lead-in pointing at what follows ("… như sau:", "… các nhiệm vụ, giải pháp … sau:") introduces the list.
_FORWARD = regex.compile(r"\bsau(?:\s+đây)?\s*:\s*$")
# … and so does one naming the kind of its items before "như:" ("thực hiện các chương trình có liên quan như:"), where
# "… đối với:" or "… các nhóm đối tượng như:" lists what a job covers
ACTIVITIES_SUCH_AS = regex.compile(r"\bcác\s+(?:nhiệm\s+vụ|hoạt\s+động|chương\s+trình|nội\s+dung|giải\s+pháp|công\s+việc)\b"
                                   r"[^:;]{0,60}\bnhư\s*:\s*$")
# … and one asking for a report on the points below ("… tổng hợp báo cáo cụ thể về một số nội dung sau:" / "- Số hộ
# dân có nhà bị sập …"): the report is the job, its points what it holds
REPORT_CONTENTS = regex.compile(r"\bbáo\s+cáo\b[^:;]{0,60}?(?P<pointer>\s+(?:cụ\s+thể\s+)?(?:về\s+)?(?:một\s+số\s+|các\s+|những\s+)"
                                r"(?:nội\s+dung|thông\s+tin|số\s+liệu|vấn\s+đề)(?:\s+(?:chính|chủ\s+yếu|cụ\s+thể))?\s+sau"
                                r"(?:\s+đây)?\s*:\s*$)")
TIME_REACH = 60  # a time after a job's colon is read in this many characters
_TIME_STARTS = ("trước", "chậm", "trong", "đến", "hạn", "ngày", "tháng", "quý", "năm", "từ", "kể")  # a cheap test before parsing
LEADIN_JOB_WORDS = 8  # fewer words say what follows ("xây dựng kế hoạch thực hiện như sau"), not a job
_RESPONSIBLE_ONLY = regex.compile(
    r"(?:(?:căn\s+cứ|theo|trong\s+phạm\s+vi)\s+(?:chức\s+năng,?\s+)?nhiệm\s+vụ(?:,?\s+quyền\s+hạn)?"
    r"(?:\s+(?:được\s+giao|của\s+mình))?[\s,]*)?(?:có|chịu)\s+trách\s+nhiệm[\s,]*")
# A job that is only to carry out duties: "tập trung thực hiện tốt một số nhiệm vụ", "thực hiện nhiệm vụ, quyền hạn".
GENERIC_DUTIES = regex.compile(r"\b(?:các|một\s+số|những)\s+nhiệm\s+vụ\b|\bthực\s+hiện\s+nhiệm\s+vụ\b")
_POINTER_WORDS = 10  # the most words of a clause that points at the list ("tổ chức thực hiện các nhiệm vụ sau:")
# Words that go on describing the unit before its duty: "các cơ quan được phân công …", "cơ quan có thẩm quyền …".
# The head of government asks, mid-sentence: "…, Thủ tướng Chính phủ yêu cầu Bộ trưởng, … thực hiện … sau:"
_ASKS_BEFORE_LIST = regex.compile(r"\b(?:Thủ\s+tướng\s+Chính\s+phủ|Chính\s+phủ)\s+yêu\s+cầu\s+(?=\p{Lu}|các\s)")
# "…, Ủy ban nhân dân tỉnh trân trọng đề nghị Bộ Xây dựng:", "…, Bộ Tài chính đề nghị UBND các tỉnh, thành phố quan
# tâm chỉ đạo:" over the points asked of the body named; after it, only words pointing at the points.
_REQUEST_BEFORE_LIST = regex.compile(r"\s(?:trân\s+trọng\s+)?(?:đề\s+nghị|yêu\s+cầu)\s+(?=\p{Lu}|các\s)")
# ("Ủy ban thường vụ Quốc hội yêu cầu Chính phủ, Thủ tướng Chính phủ tập trung thực hiện một số nhiệm vụ và giải pháp
# sau đây:")
_POINTS_ASKED = regex.compile(r"(?:và\s+(?:đề\s+nghị|kêu\s+gọi)\s[^:;]{0,100}?\s*(?=:))?"  # (and others it calls on)
                              r"(?:(?:quan\s+tâm|khẩn\s+trương|nghiêm\s+túc|tích\s+cực|quyết\s+liệt|tập\s+trung),?\s+)*"
                              r"(?:(?:chỉ\s+đạo|thực\s+hiện|triển\s+khai|lưu\s+ý)\s*)*"
                              r"(?:(?:một\s+số|các|những)\s+(?:nội\s+dung|nhiệm\s+vụ|việc|công\s+việc|yêu\s+cầu|giải\s+pháp"
                              r"|biện\s+pháp)(?:(?:,|\s+và)\s+(?:nhiệm\s+vụ|giải\s+pháp|biện\s+pháp))?"
                              r"(?:\s+(?:chủ\s+yếu|trọng\s+tâm|cụ\s+thể))?\s*)?"  # ("… nhiệm vụ và giải pháp chủ yếu sau đây:")
                              r"(?:(?:cụ\s+thể\s+)?(?:như\s+)?sau(?:\s+đây)?)?\s*:")
# A heading naming an office by its field: "Cán bộ phụ trách lĩnh vực …", "Các Phó Chủ tịch phụ trách lĩnh vực …".
_OFFICE_HEADING = regex.compile(r"(?:[Cc]ác\s+)?(?:Cán\s+bộ|Chuyên\s+viên|Công\s+chức|(?:Phó\s+)?[Cc]hủ\s+tịch"
                                r"|(?:Phó\s+)?Trưởng\s+(?:ban|phòng))\s(?:[^.;:]{0,60}\s)?phụ\s+trách\s[^.;:]+")
# A label that opens with a time ("Từ ngày 05/02/2026 - 08/02/2026: …", "Quý I/2026: …"): only these are read for one.
_TIME_LABEL = regex.compile(r"(?:Từ|Trước|Đến|Trong|Chậm\s+nhất|Ngày|Tháng|Quý|Năm|Hằng|Hàng|Định\s+kỳ)\s[^:]*\d")
# A duty named without its object after a unit heading's "Đề nghị X": "phối hợp", "thực hiện", "quan tâm chỉ đạo".
_BARE_DUTY = regex.compile(r"(?:quan\s+tâm\s+)?(?:phối\s+hợp|thực\s+hiện|chỉ\s+đạo|triển\s+khai)(?:\s+thực\s+hiện)?")
_PLACE_AFTER = regex.compile(r"(?:tại|ở)\s")  # where the units named are, before their job
_MODIFIER = regex.compile(r"(?:được|có|thuộc|trực\s+thuộc|trên|tại|của|và|cùng|ở)\s")
# "chịu trách nhiệm (toàn diện) trước pháp luật": answerable, no duty
_ACCOUNTABLE = regex.compile(r"\s+(?:toàn\s+diện\s+)?(?:trước|về)\b")
_LEADS_ALONG = regex.compile(r"(?:và\s+)?chủ\s+trì\s+(?:cùng|với)\s+")
# The partners named as the subject of their own "phối hợp" after the lead's "chủ trì": "Giao Sở Y tế chủ trì, Sở Tài
# chính phối hợp tham mưu …", "Sở Nội vụ chủ trì, các sở, ngành phối hợp tổ chức …"
_PARTNERS_THEN = regex.compile(r"phối\s+hợp\b[\s,]*")
_PARTNERS_LAST = regex.compile(r"phối\s+hợp(?:\s+thực\s+hiện)?[\s.;]*$")  # (the sentence ends on it)
_CLAUSE_GAP = regex.compile(r";?\s*")  # (also in a clause of their own: "Giao Công an tỉnh chủ trì; Sở Y tế phối hợp …")
# Answerable, and no more: "… chịu trách nhiệm trước pháp luật và trước Bộ trưởng Bộ Y tế nếu để đơn vị mình thực hiện
# không đúng …", "… chịu trách nhiệm trước Hội đồng nhân dân và cơ quan hành chính nhà nước cấp trên."
_ACCOUNTABLE_ONLY = regex.compile(r"chịu\s+trách\s+nhiệm(?:\s+toàn\s+diện)?\s+trước\s+(?:[^;:,]*?\snếu\s|[^;:,]+[.\s]*$)")
_SUBJECT_REACH = 200  # characters from a sentence's start within which a described subject meets its duty
SUBJECT_DUTY = regex.compile(r"\s(?:có|chịu)\s+(?:các\s+)?trách\s+nhiệm\b|\scó\s+(?:các\s+)?nhiệm\s+vụ\b")
_CLAUSE_PUNCTUATION = regex.compile(r"[;:.!?]")
UNIT_TITLE_WORDS = 16  # a heading that long is a topic, not a name
# … unless what follows the group lists fields, nouns however long ("Các doanh nghiệp hoạt động trong lĩnh vực xây dựng,
# giao thông, vận tải, logistics và công nghệ thông tin trên địa bàn Tỉnh": "xây dựng" is no verb there)
_IN_FIELDS = regex.compile(r"\s+(?:hoạt\s+động\s+)?(?:trong|thuộc)\s+(?:các\s+)?(?:lĩnh\s+vực|ngành)\s")
# A kind of body alone, no description after it, names none: "…, đơn vị chịu trách nhiệm giải trình" (whichever)
_BARE_KINDS = frozenset(("cơ quan", "đơn vị", "tổ chức", "địa phương", "cơ quan, đơn vị", "cơ quan, tổ chức"))
_ASIDE_AT_END = regex.compile(r"\s*\([^()]*\)[\s.:;]*$")
# "Trách nhiệm của cơ quan hải quan khi phối hợp với các cơ quan hữu quan": the unit ends where the case begins, and
# the bodies it works with in that case are its partners.
_WHEN = regex.compile(r"\s+khi\s+")
_ITEMS_AHEAD = regex.compile(r"\ssau(?:\s+đây)?$")  # no description of a group ends so
# Office holders listed after the heading's prefix, each opening with the same word: "trưởng khoa lâm sàng, trưởng khoa
# hoặc phòng khám bệnh", "người đứng đầu cơ quan, người được giao …" (not "cơ quan, đơn vị có hệ thống thông tin, cơ sở dữ
# liệu …", a body described).
_SAME_HEAD_LISTED = regex.compile(r"(?i)(?P<head>trưởng|người|thủ trưởng|giám đốc|chủ tịch)\s.*?,\s+(?P=head)\s")
_WHEN_PARTNERS = regex.compile(r"\s+khi\s+phối\s+hợp\s+với\s+")
_INCLUDING = regex.compile(r"^\s*(?:bao\s+)?gồm\s*:?\s*")
_LISTED_IN_BRACKETS = regex.compile(r"(?P<group>[^()]+?)\s*\((?P<units>[^()]+)\)")
# The role a unit heading gives its unit after a dash: "Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo".
# Where a unit's name gives way to its place: "… tỉnh, thành phố trực thuộc Trung ương", "… các tỉnh", "… tỉnh Nghệ An"
_PLACE_TAIL = regex.compile(r"\s((?:các\s+)?(?:tỉnh|thành\s+phố)\b.*)$")
_ROLE_AFTER_DASH = regex.compile(r"\s+[-–]\s+(?:cơ\s+quan\s+(?:thường\s+trực|chủ\s+trì|đầu\s+mối)|thường\s+trực"
                                 r"|phó\s+trưởng|trưởng|ủy\s+viên|uỷ\s+viên|thành\s+viên)\b", regex.IGNORECASE)
_FOCUS_AFTER = regex.compile(r",\s*trong\s+đó\s+(?:trọng\s+tâm|tập\s+trung|ưu\s+tiên|nhất\s+là)\b")
# "Viện Văn hóa, Nghệ thuật, …" (not "Các ngành, lĩnh vực khác"); "Cục Văn hóa các dân tộc Việt Nam" (a name to its end)
_NAME_GOES_ON = regex.compile(r",\s+\p{Lu}|\s+các(?:\s+\p{Ll}+)+(?:\s+\p{Lu}\p{L}*)+\s*$")
# A heading that ends on its subject's duty, the duties listed under it.
_HEADING_DUTY = regex.compile(r"\s(?:có|chịu)\s+trách\s+nhiệm(?:\s+thực\s+hiện|\s+chủ\s+trì)?(?:\s+(?:các|những)\s+nhiệm\s+vụ"
                              r"(?:\s+sau)?)?[\s:.]*$|\scó\s+nhiệm\s+vụ[\s:.]*$")
TRAILING = " .;:,/"
_DASH_AFTER = regex.compile(r"\s*[-–]\s+")
AFTER_UNITS = regex.compile(r"[\s,]*(?:\([^()]*\)[\s,]*)?")


@dataclass
class Assignment:
    lead: list[str]
    coords: list[str]
    job_start: int      # offset in the sentence where the job begins
    sentence_start: int


def _only_time(rest: str) -> bool:
    """Whether the words after a unit are only a time ("…, Tổng cục Thuế trước ngày 05/12/2022."): where a report goes
    and by when, not a job of that unit."""
    body = rest.rstrip(TRAILING)
    return len(body) <= TIME_REACH and body.startswith(_TIME_STARTS) and only_time(body) is not None


def delegated_units(text: str, start: int, units: list[str], end: int) -> list[str]:
    """The units a power is delegated to, read from `start`: an office-holder keeps the title ("Chủ tịch Ủy ban nhân
    dân cấp xã"), the power being the holder's."""
    if len(units) == 1 and opens_with_title(text[start:end]):
        return [expand_abbreviations(text[start:end].strip())]
    return units


def is_title(body: str) -> bool:
    """A heading's words, not a sentence: short and not closed by a stop."""
    body = body.rstrip()
    return bool(body) and len(body) <= 250 and not body.endswith((".", ";", ":"))


def _description_goes_on(group: str, rest: str) -> bool:
    """Whether the words after a group ("Các chủ đầu tư" / " xây dựng …") go on describing it. After a comma
    only a group already described does ("Các cơ sở khám bệnh, chữa bệnh"; "Các ngành, lĩnh vực khác" is a topic)."""
    if _ITEMS_AHEAD.search(rest.rstrip(TRAILING)):
        return False  # "Đề nghị các đơn vị thực hiện các nội dung sau:": a request, its items below
    if rest.startswith(" trong việc "):
        return False  # "Các cơ quan nhà nước trong việc thực hiện bình ổn giá": what they answer for, not who
    return rest[:1] == " " or (rest[:1] == "," and len(group.split()) >= 3)


def unit_heading(body: str) -> list[str]:
    """Units named by a heading that is nothing but a unit: "1. Văn phòng Sở", "b) Đối với các sở:"."""
    body = body.strip().rstrip(":").rstrip()
    if _OFFICE_HEADING.fullmatch(body):
        return [expand_abbreviations(body)]  # "3. Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội"
    prefix = UNIT_HEADING_PREFIX.match(body)
    if prefix:  # "Giao người đứng đầu các cơ quan …": the title reads as at the start of a name
        body = body[prefix.end():]
        body = body[:1].upper() + body[1:]
    if is_upper(body):
        return []  # "TỔ CHỨC THỰC HIỆN" is a section title
    listed = _LISTED_IN_BRACKETS.fullmatch(body.rstrip(TRAILING))
    if listed and listed["units"].rstrip().endswith(("…", "...")):
        # examples, not a list: "Các chủ rừng là tổ chức (các Ban quản lý rừng đặc dụng, …, các Công ty …)"
        body, listed = listed["group"], None
    if listed and may_open_unit(listed["group"]):
        # "Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu Kinh tế …)": the bodies it lists
        inner = split_units(_INCLUDING.sub("", listed["units"]))  # "(gồm các Sở: Xây dựng, Công Thương, …)"
        if len(inner) > 1 and all(may_open_unit(unit) for unit in inner):
            return inner
    units, end = read_units(body)
    if units and units[-1].casefold().startswith(_GROUP_WORDS) and (given := _DESCRIBED_BY.match(body, end)) \
            and _ROLE_NAMED.match(body, given.end()):
        # "1.3.1. Đề nghị UBND các xã, phường, các đơn vị được giao làm Bên mời thầu dự án …:": the group by its role
        return units[:-1] + [expand_abbreviations(units[-1] + body[end:].rstrip(TRAILING))]
    if units and (not body[end:].strip(TRAILING) or _FOCUS_AFTER.match(body, end)):
        return units  # (", trong đó trọng tâm là các tỉnh: …" says where the units should look first)
    if len(units) == 1 and units[0].endswith(" nơi") and body[end:].strip(TRAILING):
        return [expand_abbreviations(body.rstrip(TRAILING))]  # "a) Chi cục Hải quan nơi đăng ký tờ khai (nơi đi):"
    if units and prefix and _BARE_DUTY.fullmatch(body[end:].strip(TRAILING)):
        return units  # "2. Đề nghị Ủy ban nhân dân xã phối hợp" over the points asked of it
    duty = _HEADING_DUTY.search(body)
    if duty and units:  # "11. Các đơn vị cấp nước sạch trên địa bàn thành phố có trách nhiệm": its subject
        # ("1. Ủy ban nhân dân xã, phường, thị trấn: Khi nhận được hồ sơ …, có trách nhiệm": the unit, then when)
        # ("d) Giao Ban Quản lý … chỉ đạo các đơn vị kinh doanh hạ tầng … có trách nhiệm:": the body that directs)
        if body[end:].lstrip().startswith(":") or _DIRECTS.search(body, end, duty.start()):
            return units
        return split_units(body[:duty.start()])
    rest = body[end:]
    role = _ROLE_AFTER_DASH.search(body) if units and rest else None
    if role and is_title(body):
        # "1.2. Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo": the unit, and its role in the body
        units, end = read_units(body[:role.start()])
        return units if units and not body[end:role.start()].strip(TRAILING) else []
    if units and rest.lstrip().startswith("/") and is_title(body):
        # "Sở Văn hóa, Thể thao và Du lịch/Sở Văn hóa và Thể thao tỉnh, thành phố …": one of the two, by province,
        # and the provinces are those of both
        alternatives = [side.strip() for side in body.rstrip(TRAILING).split("/")]
        if all(may_open_unit(side) for side in alternatives):
            if (place := _PLACE_TAIL.search(alternatives[-1])) and place.start():
                alternatives[:-1] = [side if _PLACE_TAIL.search(side) else f"{side} {place[1]}"
                                     for side in alternatives[:-1]]
            return [unit for side in alternatives for unit in split_units(side)]
    if units and is_title(body) and (len(body.split()) <= UNIT_TITLE_WORDS or _IN_FIELDS.match(rest)) and (
            (units[0].casefold().startswith(GENERIC) and _description_goes_on(units[0], rest))
            or _NAME_GOES_ON.match(rest)):
        # A heading naming units the gazetteer reads only in part: "5. Các chủ đầu tư xây dựng và kinh doanh hạ
        # tầng Khu công nghiệp", "Các cơ sở đào tạo đại học, sau đại học" (a group and what it does), "1. Viện Văn hóa, Nghệ thuật, Thể thao và Du lịch
        # Việt Nam" (a name with commas): its pieces when each opens a unit, else the whole heading.
        pieces = split_units(body)
        return pieces if all(may_open_unit(p) for p in pieces) else [expand_abbreviations(body.rstrip(TRAILING))]
    responsible = prefix and (prefix.group().startswith(("Trách", "Nhiệm")) and may_open_unit(body)
                              and not _LAW_SUBJECT.match(body)  # (not "Nhiệm vụ của Bộ luật hình sự")
                              or prefix.group().startswith("Đối") and units)  # (not "Đối với các dự án …")
    if responsible and not NOT_A_VERB.match(body[end:].lstrip(" ,")):
        # "Trách nhiệm của cơ quan, đơn vị trên địa bàn tỉnh có hệ thống …", "Đối với các cơ sở sản xuất có lưu
        # lượng xả bụi … lớn (theo danh sách …)": whoever the heading names is responsible, also when the name is
        # a description the gazetteer cannot read to its end.
        named = expand_abbreviations(_ASIDE_AT_END.sub("", _WHEN.split(body, 1)[0]).rstrip(TRAILING))
        if (listed := _SAME_HEAD_LISTED.match(named)) is not None:
            holders = regex.split(rf",\s+(?=(?i:{regex.escape(listed['head'])})\s)", named)
            return [holder[:1].upper() + holder[1:] for holder in holders]
        return [named]
    return []


def _asks_below(sentence: str, at: int) -> bool:
    """Whether the units asked from `at` are all groups below the asking body."""
    asked = read_units(sentence, at)[0]
    return bool(asked) and all(_GROUPS_BELOW.match(unit) for unit in asked)


def clause_assignment(clause: str) -> Assignment | None:
    """`sentence_assignment` of a sentence or of a clause after ";", which may open in lower case with its unit: "…; công an
    cấp huyện hoàn thành việc xét duyệt …" names its unit as "Công an cấp huyện hoàn thành …" would."""
    found = sentence_assignment(clause)
    if found is None and clause.startswith("đồng thời "):
        return sentence_assignment("Đ" + clause[1:])
    if found is None and clause[:1].islower() and may_open_unit(clause):
        capitalized = clause[0].upper() + clause[1:]
        units = read_units(capitalized)[0]
        # the clause opens with a unit of more than its head word ("sở hữu trí tuệ" is no "Sở"), and its job with a
        # verb, not a preposition ("báo cáo Ban Chỉ huy quân sự đối với …; công an cấp huyện đối với …" names whom
        # to report to)
        if units and all(" " in unit for unit in units) and (found := sentence_assignment(capitalized)) is not None \
                and begins_job(job := capitalized[found.job_start:]) and not NOT_A_VERB.match(job) \
                and not job.startswith("đối với"):
            return found
        return None
    return found


def sentence_assignment(sentence: str) -> Assignment | None:
    """The units a sentence gives a job, and where the job begins; None for other sentences."""
    candidates = [0]
    timed = False
    label = LABEL.match(sentence) if ": " in sentence[:LABEL_REACH] else None
    if label is None and sentence.startswith("Về "):  # a topic runs longer: "Về đề nghị … của dự án BOT …: giao …"
        label = _TOPIC_LABEL.match(sentence)
    if label:  # "Về tập huấn, hướng dẫn: Sở A có trách nhiệm …", "Trường hợp …: Sở quản lý ngành … có trách nhiệm …"
        job_at = label.end()
        # "5. Các cơ quan thông tin, truyền thông của tỉnh: Xây dựng …" (not "các Bộ: Xây dựng, Công Thương, …",
        # whose names run past the colon)
        subject = sentence[:job_at].rstrip().rstrip(":")
        if names_people(subject) and sentence[job_at:job_at + 1].isupper() and begins_job(sentence[job_at:]):
            return Assignment(listed_units(subject), [], job_at, 0)  # "Đồng chí Trưởng Ban … - Trưởng Tiểu ban: …"
        if sentence[job_at:job_at + 1].isupper() and begins_job(sentence[job_at:]) \
                and subject.count("(") == subject.count(")") and (units := unit_heading(subject)) \
                and read_units(sentence)[1] < job_at:
            if (inner := sentence_assignment(sentence[job_at:])) and inner.sentence_start and inner.lead == units:
                # "5. Ủy ban nhân dân tỉnh: Trong thời hạn không quá 05 ngày làm việc, …, Ủy ban nhân dân tỉnh ký quyết
                # định …": a clause (its time), the unit again, then the job
                return Assignment(units, inner.coords, job_at + inner.job_start, 0)
            partners = _WHEN_PARTNERS.search(subject)
            return Assignment(units, read_units(subject, partners.end(), partners=True)[0] if partners else [], job_at, 0)
        candidates.append(job_at)
        when = find_deadlines(subject) if _TIME_LABEL.match(subject) else []
        timed = bool(when) and when[0][0] == 0  # "Từ ngày 04/02/2026: Ban Thường trực … họp với …": the job's time
        if sentence.startswith(_ROLE_OPENER, job_at):  # "Về …: với vai trò là chủ đầu tư, Tập đoàn … chủ động …"
            candidates += [m.end() for m in _COMMA.finditer(sentence, job_at)]
    if sentence.startswith("Đối với "):  # "Đối với UBND cấp xã: được giao quản lý …"
        candidates.append(len("Đối với "))
    elif sentence.startswith("Đồng thời "):  # "…; đồng thời giao Sở Y tế kiểm tra …" (no comma after the adverb)
        candidates.append(len("Đồng thời "))
    if sentence.startswith("Về ") and (duties_of := _DUTIES_OF.match(sentence)):
        # "Về trách nhiệm và quyền hạn của các cấp ủy, … thực hiện đầy đủ trách nhiệm …; trong đó, lưu ý …:"
        candidates.append(duties_of.end())
    if sentence.endswith(":") and (asks := _ASKS_BEFORE_LIST.search(sentence)):
        # "Thiết thực lập thành tích …, Thủ tướng Chính phủ yêu cầu Bộ trưởng, … thực hiện một số nhiệm vụ sau:"
        candidates.append(asks.end())
    asked_at = None
    if sentence.endswith(":") and (asks := _REQUEST_BEFORE_LIST.search(sentence)) \
            and (asked := read_units(sentence, asks.end()))[0] \
            and _POINTS_ASKED.fullmatch(sentence, AFTER_UNITS.match(sentence, asked[1]).end()):
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
        if label and (opening_job := sentence[job_at:job_at + 20])[:1].islower() \
                and not _OPENER.match(opening_job[0].upper() + opening_job[1:]) and not NOT_A_VERB.match(opening_job):
            # "Về nguồn vật liệu đá: tiếp tục hỗ trợ các chủ đầu tư, các nhà thầu trong việc …": a job with no subject
            # follows the topic (the heading's unit does it), and the units after its commas are whom it concerns
            limit = job_at
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
            candidates.append(AFTER_UNITS.match(sentence, when[0][1]).end())
    for at in candidates:
        pos = at
        # (after an opening clause the request may be in lower case: "Để bảo đảm …, đề nghị các Thuế tỉnh …")
        m = ASSIGN_VERB.match(sentence, pos) or (_LOWER_REQUEST.match(sentence, pos) if at else None)
        if m:
            pos = m.end()
            if m.group().startswith("Kh") and not sentence[pos:pos + 1].isupper():
                continue  # "Khuyến khích các doanh nghiệp …" states a policy; "Khuyến khích Hội Nông dân …" asks a body
        units, end = read_provinces(sentence, pos)  # "Các tỉnh Nghệ An, Quảng Ngãi khẩn trương …"
        if not units:
            # (after a clause, the bodies asked may be a bare group: "Để làm tốt việc này, yêu cầu cấp uỷ, tổ chức
            # đảng, chính quyền, đoàn thể các cấp …")
            units, end = with_description(sentence, *read_units(sentence, pos,
                                                                partners=m is not None and m.group()[:2].lower() in ("yê", "đề")))
        if not units and not pos:
            units, end = _described_subject(sentence)
        elif not units and at in case_ends and m is None and ("trách nhiệm" in sentence or "nhiệm vụ" in sentence):
            # "Đối với vụ việc ở khu dân cư thì cơ quan, tổ chức, đơn vị giới thiệu người ứng cử có trách nhiệm …"
            clause = sentence[pos:pos + 1].upper() + sentence[pos + 1:]
            units, end = _described_subject(clause)
            units = [sentence[pos] + unit[1:] if unit[:1] == clause[:1] else unit for unit in units]  # its own case
            end += pos if units else 0
        if m is not None and m.group().startswith(("Ủy", "Phân cấp")):
            units = delegated_units(sentence, pos, units, end)
        if not units or (at and sentence[end:end + 1] == ","):
            continue  # after an opening clause the unit is followed by its job, not by another clause
        rest_at = AFTER_UNITS.match(sentence, end).end()
        if (dash := _DASH_AFTER.match(sentence, end)) and (role := read_units(sentence, dash.end()))[0]:
            rest_at = AFTER_UNITS.match(sentence, role[1]).end()  # "Bộ Tài chính - Cơ quan Thường trực Ban …": its role
        colon = sentence[rest_at:rest_at + 1] == ":" and sentence[rest_at + 1:].strip()
        gives = m is not None and m.group().startswith("Giao")
        if at == asked_at or (gives and sentence[rest_at:].strip() == ":"):
            # "Điều 2. Giao Bộ Tài nguyên và Môi trường:", "…, Ủy ban nhân dân tỉnh trân trọng đề nghị Bộ Xây dựng:":
            # the units, their jobs listed below
            return Assignment(units, [], len(sentence), at)
        if colon:  # "- Sở Tài chính: Bố trí kinh phí …"
            rest_at = AFTER_UNITS.match(sentence, rest_at + 1).end()
        if sentence.startswith(("thông", "xin"), rest_at) and (notice := _NOTICE.match(sentence, rest_at)):
            # "Bộ Công Thương thông báo các thương nhân … biết, thực hiện và báo cáo tình hình thực hiện về …": the
            # bodies told do what follows "biết, thực hiện và"; a notice "để … biết, thực hiện" alone gives no job
            told, told_end = read_units(sentence, notice.end())
            if told and (known := _KNOWN.match(sentence, told_end)):
                if not known["job"]:
                    continue
                units, end, rest_at = told, told_end, known.start("job")
        request = _REQUEST.match(sentence, rest_at)
        if request is None and (plain := _LOWER_REQUEST.match(sentence, rest_at)) \
                and (units[0].startswith(_ASKING_BODIES) or _asks_below(sentence, plain.end())):
            request = plain
        if request:  # "Sở … yêu cầu các phòng, đơn vị …": the units asked do the job
            higher = _HIGHER_BODIES + (("Bộ ",) if units[0].startswith("Tổng cục") else ())  # (a ministry over its
            units, end = read_units(sentence, request.end())                                  # general department)
            end = with_description(sentence, units, end)[1]  # (past "nơi có NNT bị thiệt hại …": whom it asks)
            if not units or (request.group().startswith("đề") and units[0].startswith(higher)):
                continue  # (a proposal upward: "Ủy ban nhân dân tỉnh đề nghị Thủ tướng Chính phủ xem xét …")
            rest_at = AFTER_UNITS.match(sentence, end).end()
        # "Bộ Quốc phòng, Bộ Công an theo chức năng, nhiệm vụ, thẩm quyền chủ trì, phối hợp với …": the duty and the
        # partners are read past the remit, which stays the start of the job's words when a job follows.
        remit_at = None
        scope_words = _WITHIN_REMIT.match(sentence, rest_at)
        if scope_words and (DUTY_ANY_CASE.match(sentence, scope_words.end())
                            or LEADING_COORD.match(sentence, scope_words.end())):
            remit_at, rest_at = rest_at, scope_words.end()
        rest = sentence[rest_at:]
        if (rest[:1].isupper() or _MODIFIER.match(rest)) and not _DUTY_FIRST.match(rest):
            # "Sở A, Thuế Thành phố và các Thuế cơ sở có trách nhiệm …" (a unit the gazetteer lacks), "Các cơ
            # quan được phân công chủ trì … có trách nhiệm …" (a clause on the unit): the subject runs to its duty
            # (not past a duty right after the units: "Các cơ quan có trách nhiệm giao …, đồng thời chịu trách …").
            duty = SUBJECT_DUTY.search(sentence, rest_at, rest_at + 250)
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
            units = units[:-1] + [f"{units[-1]} {rest[:verb_at].strip(TRAILING)}"]
            rest_at += verb_at
            rest = sentence[rest_at:]
        # ("Giao Vụ Vật liệu xây dựng là cơ quan tham mưu về …": the role it is given is its job)
        role_given = gives and _ROLE_GIVEN.match(rest)
        if not begins_job(rest) or len(rest.split()) < 2 or (_NOT_A_JOB.match(rest) and not role_given) \
                or _only_time(rest) \
                or (rest.startswith("chịu trách nhiệm") and _ACCOUNTABLE_ONLY.match(rest)) \
                or EXECUTION_CLAUSE.search(rest) or _BARE_EXECUTION.fullmatch(rest) or DUTIES_BY_LAW.fullmatch(rest):
            continue
        coords: list[str] = []
        duty = _DUTY.match(rest)
        if duty:
            rest_at += duty.end()
            if _NOT_A_JOB.match(sentence[rest_at:]) and not LEADING_COORD.match(sentence, rest_at):
                continue  # "Các Bộ chủ trì đã hoàn thiện …" reports ("… chủ trì, với sự phối hợp của …" does not)
        lead_coord = LEADING_COORD.match(sentence, rest_at)
        if lead_coord is None and duty and duty.group().startswith("chủ trì") and sentence.startswith("cùng ", rest_at):
            lead_coord = _ALONG.match(sentence, rest_at)  # "Bộ Tài chính chủ trì cùng Bộ Xây dựng … rà soát …"
        if duty and lead_coord is None and duty.group().startswith("chủ trì") \
                and (partners := read_units(sentence, _CLAUSE_GAP.match(sentence, rest_at).end(), partners=True))[0] \
                and (then := _PARTNERS_THEN.match(sentence, AFTER_UNITS.match(sentence, partners[1]).end())) \
                and sentence[then.end():].strip(TRAILING):
            coords, rest_at = partners[0], then.end()
        elif lead_coord:
            coords, c_end = with_description(sentence, *read_units(sentence, lead_coord.end(), partners=True))
            if coords:  # "phối hợp với B (…) tham mưu …": the job starts after B and its aside
                rest_at = AFTER_UNITS.match(sentence, c_end).end()
                if (along := _LEADS_ALONG.match(sentence, rest_at)) \
                        and (more := read_units(sentence, along.end(), partners=True))[0]:
                    # "… phối hợp với Ban Tuyên giáo Trung ương và chủ trì cùng các Bộ ngành, địa phương:": more partners
                    coords = coords + more[0]
                    rest_at = AFTER_UNITS.match(sentence, more[1]).end()
        if not sentence[rest_at:].strip(TRAILING) and not sentence.rstrip().endswith(":"):
            continue
        if remit_at is not None and sentence[rest_at:].strip(TRAILING + ":"):
            rest_at = remit_at
        if at in case_ends and not ASKS_ONLY.fullmatch(sentence, rest_at):
            rest_at = 0  # the case is part of the job: "Trường hợp không thuộc đối tượng …, UBND xã có văn bản trả lời …"
        if not coords and duty and _PARTNERS_LAST.search(sentence, rest_at):
            coords = _partners_last(sentence, rest_at)
        return Assignment(units, coords, rest_at, 0 if timed else at)
    return None


def _partners_last(sentence: str, start: int) -> list[str]:
    """The partners a sentence names after the lead's job, as the subject of its last "phối hợp" ("Sở … chủ trì thực
    hiện, Sở Ngoại vụ phối hợp.")."""
    for comma in _COMMA.finditer(sentence, start):
        partners, end = read_units(sentence, comma.end(), partners=True)
        if partners and _PARTNERS_LAST.fullmatch(sentence, AFTER_UNITS.match(sentence, end).end()):
            return partners
    return []


def of_one_body(units: list[str]) -> bool:
    """Whether units read from one addressee line name one office: a department and its body ("Vụ Đối ngoại", "Văn
    phòng Chủ tịch nước"), or an office of several bodies ("Văn phòng Ủy ban nhân dân", "Hội đồng nhân dân", "Tỉnh
    ủy …"); not two offices ("Văn phòng Ủy ban nhân dân tỉnh", "Sở Tài chính")."""
    if len(units) < 2:
        return False
    if _PARENT_BODY.match(units[1]):
        return True
    return units[0].startswith("Văn phòng") and not any(DEPARTMENT.match(u) or u.startswith("Sở") for u in units[1:])


def with_description(text: str, units: list[str], end: int) -> tuple[list[str], int]:
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
        if job is None or SUBJECT_DUTY.search(text, at, at + job + _SUBJECT_REACH):
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
    description = text[min(end, at):stop].rstrip(" ,")
    if description.rsplit(" ", 1)[-1] in _OPEN_ENDS:
        return units, end  # "… được giao | quyết định …": the verb was the description's own
    return named[:-1] + [expand_abbreviations(named[-1] + description)], stop


def _where_in_name(text: str, unit: str, end: int) -> tuple[str, int] | None:
    """A unit read with the "nơi" that begins the place it works ("Chi cục Hải quan nơi vận"), cut after "nơi", and
    where in text the place begins; None when the "nơi" is not in text before `end`."""
    at = text.rfind(" nơi", 0, end)
    if at < 0 or (at + 4 < len(text) and text[at + 4] != " "):
        return None
    return unit[:unit.rindex(" nơi") + 4], at + 4


def job_after(sentence: str, subject: regex.Match | None, units: list[str]) -> Assignment | None:
    """`units` given the job that follows the words `subject` matched, if a job follows."""
    if subject is None or not begins_job(rest := sentence[subject.end():]) or _NOT_A_JOB.match(rest):
        return None
    return Assignment(units, [], subject.end(), 0)


def partners_run_to_end(clause: str) -> bool:
    """Whether the units after the clause's last "phối hợp (với)" run to its end."""
    last = None
    for last in COORD.finditer(clause):
        pass
    return last is not None and read_units(clause, last.end(), partners=True)[1] >= len(clause.rstrip(TRAILING))


def leadin_partners(sentence: str, job_start: int) -> list[str]:
    """The units of a lead-in whose job is only to work with them ("… chủ động phối hợp với các sở, ngành liên
    quan:"), else []."""
    m = _LEADIN_PARTNERS.match(sentence, job_start)
    return partners_only(sentence[m.end():]) if m else []


def partners_only(body: str) -> list[str]:
    """The units of a line that only says whom the heading's unit works with ("Phối hợp với các sở, ngành"),
    else []."""
    m = _PARTNERS_LEADIN.match(body)
    if not m:
        return []
    units, end = read_units(body, m.end(), partners=True)
    return units if units and not body[end:].strip(TRAILING) else []


def _described_subject(sentence: str) -> tuple[list[str], int]:
    """A body the gazetteer cannot read, described up to its duty: "Cơ quan tiếp nhận kê khai giá có trách
    nhiệm …", "Tổ chức, cá nhân sản xuất, kinh doanh hàng hóa, dịch vụ có trách nhiệm …"."""
    if not sentence[:1].isupper() or not may_open_unit(sentence):
        return [], 0
    duty = SUBJECT_DUTY.search(sentence, 0, _SUBJECT_REACH)
    if duty is None or _CLAUSE_PUNCTUATION.search(sentence, 0, duty.start()) or _ACCOUNTABLE.match(sentence, duty.end()):
        return [], 0
    subject = sentence[:duty.start()]
    # Not a role ("Cơ quan chủ trì đề án, dự án …", "Cơ quan phối hợp": whichever unit leads or helps), nor
    # a job and its accountability ("Tổ chức thực hiện và chịu trách nhiệm …").
    # nor a condition ("Trường hợp không báo cáo, … thì phải chịu trách nhiệm …").
    # (nor a bare "Người", which "chịu trách nhiệm chuyên môn" describes: "the person in charge of …")
    if len(subject.split()) > UNIT_TITLE_WORDS or len(subject.split()) < 2 or "chủ trì" in subject \
            or "phối hợp" in subject \
            or subject.rsplit(" ", 1)[-1] in ("và", "hoặc", "phải", "còn", "cũng", "đều", "sẽ") \
            or _LAW_SUBJECT.match(subject) \
            or subject.startswith(("Trường hợp", "Nếu", "Khi")) or subject.casefold() in _BARE_KINDS \
            or _OPENER.match(subject):  # ("Đồng thời chịu trách nhiệm …": an adverb, no subject)
        return [], 0
    return [expand_abbreviations(drop_group_title(subject))], duty.start()


def leadin_job_end(sentence: str, job_start: int) -> int | None:
    """End of the job a lead-in states before its list ("tổ chức theo dõi sát tình hình, … trong đó:"); None
    when it only names the units ("Văn phòng Sở chủ trì, phối hợp với các cơ quan, đơn vị:"), points at the
    list ("… thực hiện các nhiệm vụ sau:", "… như sau:") or issues the document itself ("ban hành Kế hoạch …")."""
    tail = _LEADIN_TAIL.search(sentence, job_start)  # none when the job would start past the colon
    if tail is None:
        return None
    end = tail.start()
    if report := REPORT_CONTENTS.search(sentence, job_start):
        end = report.start("pointer")
    elif _FORWARD.search(sentence, job_start) or ACTIVITIES_SUCH_AS.search(sentence, job_start):
        # "… bố trí kinh phí … để triển khai Kế hoạch, tập trung một số nhiệm vụ cụ thể sau:": the job before
        # the clause that points at the list
        # the list (not "tập trung thực hiện các nhiệm vụ, giải pháp sau:", which says only that)
        end = max(sentence.rfind(", ", job_start), sentence.rfind("; ", job_start))
        if end < 0 or len(sentence[end:].split()) > _POINTER_WORDS or GENERIC_DUTIES.search(sentence, job_start, end):
            return None
    job = sentence[job_start:end]
    if _RESPONSIBLE_ONLY.fullmatch(job) or _REMIT_ONLY.fullmatch(job):
        return None  # "… căn cứ chức năng, nhiệm vụ được giao có trách nhiệm:": the duties are the list's
    if len(job.split()) < LEADIN_JOB_WORDS or "ban hành" in " ".join(job.split()[:4]) or DUTIES_BY_LAW.fullmatch(job) \
            or GENERIC_DUTIES.match(job):
        # (nor "thực hiện đầy đủ trách nhiệm, quyền hạn theo Quy định 377 …; trong đó, lưu ý …:", nor "thực hiện
        # nhiệm vụ trong lĩnh vực …, cụ thể:", which names the list's field)
        return None
    if (directs := _DIRECTS.match(job)) is not None:
        # "Ủy ban nhân dân tỉnh, chỉ đạo các cơ quan, đơn vị có liên quan:": whom it directs to do the list
        units, units_end = read_units(job, directs.end() - len(directs.group().split()[-1]) - 1)
        if units and not job[units_end:].strip(TRAILING):
            return None
    return end
