"""Passages a document quotes from another text.

"… Nghị định quy định “2. Cơ quan chuyên môn … đăng ký …”", "Thủ tướng Chính phủ đã giao “Thanh tra Chính phủ …
bảo đảm hoàn thành …”": the jobs and figures in such a passage were set by the text quoted, not by this one.
Short quotes are names (“Ngày hội Chuyển đổi số”), and a quote mark left open does not run on past the next one.
"""
from __future__ import annotations

import regex

_QUOTED = regex.compile(r"“[^“”]{80,3000}”")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each long passage in curly quotes."""
    return [m.span() for m in _QUOTED.finditer(text)] if "“" in text else []


def in_spans(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < at < end for start, end in spans)
