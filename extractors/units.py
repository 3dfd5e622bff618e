"""Names of public bodies: abbreviations, lists of units, comparison keys.

Unit phrases in plans are lists written many ways: "Các Sở: Tài chính, Nội vụ", "Văn phòng
UBND tỉnh và các cơ quan, địa phương", "Trưởng các phòng chuyên môn; Chi cục Phòng, chống tệ
nạn xã hội". A small reader walks the words of such a phrase with the gazetteer in
`data/units.json`: known names are read whole (so "Sở Văn hóa, Thể thao và Du lịch" is not cut
at its comma), other names run from a head word ("Sở", "Phòng", "Trung tâm" …) until a verb or
preposition, and generic groups ("các sở, ban, ngành") run over their list of group nouns.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

import regex

from extractors.places import province_prefix, provinces
from pipeline.normalize import fold, fold_tones

_TOKEN = regex.compile(r"\w+|[^\w\s]")
_PARTY_COMMITTEES = ("Tỉnh ủy", "Thành ủy")
# The cities' party committees as a kind, not one city's: "Thành ủy", "Thành ủy các tỉnh, thành phố"
# A central department, not yet named with its ministry (nor a province's: "Cục Thuế tỉnh")
_DEPARTMENT_OF = regex.compile(r"(?:Cục|Vụ|Tổng cục) (?!.*(?:, Bộ | tỉnh| thành phố))")
_CITY_COMMITTEES = regex.compile(r"Thành ủy(?: các .*| trực thuộc Trung ương)?")
_PROVINCE_COMMITTEE = regex.compile(r"Ủy ban nhân dân (?:tỉnh|thành phố) (?P<place>\p{Lu}.*)")
_PROVINCE_OPENINGS = ("Các tỉnh ", "các tỉnh ", "Tỉnh ", "tỉnh ", "Thành phố ", "thành phố ")
_PROVINCE_SEPARATOR = regex.compile(r",\s*(?:và\s+)?|\s+và\s+")
_DASH_BETWEEN_WORDS = regex.compile(r"(?<=\w)\s*-\s*(?=\w)")
_PAREN = regex.compile(r"\([^()]*\)")
_PUNCTUATION = regex.compile(r"[^\w\s]")
_SEPARATORS_ONLY = regex.compile(r"[\s,;:.]*")
_WORD_CHAR = regex.compile(r"\w")
_PLURALS = ("các ", "những ", "tất cả ")
_TWO_CAPITALS = regex.compile(r"\p{Lu}{2}")
# After a unit list, the scope of the work: "các sở, ngành trong phạm vi chức năng, nhiệm vụ của mình".
# A committee's purpose before its place ("Ban Chỉ đạo phát triển du lịch tỉnh"): at most this many words, none of
# these (they belong to the sentence: "Ban Chỉ đạo chỉ đạo các sở …", "Ban Chỉ đạo có trách nhiệm …").
_PURPOSE_WORDS = 10
_OPENING_QUOTES, _CLOSING_QUOTES = "“\"«", "”\"»"
# A company's legal form ("Công ty TNHH", "… cổ phần", "… trách nhiệm hữu hạn", "… một thành viên"): its line of
# business may follow in lower case, verbs and all, before the proper name ("Công ty TNHH khai thác đá Phú Sơn")
_LEGAL_FORMS = frozenset({"tnhh", "mtv", "cp"})
_LEGAL_FORM_PAIRS = frozenset({("cổ", "phần"), ("hữu", "hạn"), ("thành", "viên")})
_BUSINESS_LINE_WORDS = 6
_GROUP_HEAD = "Tập đoàn"  # a state economic group: "các Tập đoàn: Điện lực Việt Nam, Dầu khí Việt Nam" names two
_QUOTED_TITLE_WORDS = 20  # the most tokens of a quoted title inside a name, quotes included
_NOT_PURPOSE = frozenset("các những và có được của với cho theo để tại trên đã sẽ là chủ phối chịu về do từ đến "
                         "trong khi nếu thì".split())
_REGION_NUMBER = regex.compile(r"[IVXL]{1,6}|\d{1,2}")  # a region's number: "Kho bạc Nhà nước khu vực VII", "… khu vực 8"
# A stop word that is a name's word after this one: "Chương trình" (not the verb "trình"), "giáo dục thường xuyên"
# (continuing education, not "regularly").
_NAME_WORD_PAIRS = frozenset({("chương", "trình"), ("dục", "thường"), ("ngang", "cấp"), ("cùng", "cấp"),
                              ("sát", "điều"), ("cuộc", "vận"), ("công", "trình"),
                              ("người", "sử"), ("chủ", "đầu"), ("ngoại", "giao")})
# ("Cơ quan Cảnh sát điều tra", "Cuộc vận động", "… Đô thị & công trình đô thị Sơn Tây", "người sử dụng": users,
# "các đơn vị chủ đầu tư", "Cục Lãnh sự Bộ Ngoại giao")
_QUALIFIER = regex.compile(r"(?:trong\s+phạm\s+vi|theo\s+(?:quy\s+định|chức\s+năng|thẩm\s+quyền|nhiệm\s+vụ|lĩnh\s+vực|phạm\s+vi)"
                           r"|căn\s+cứ|đối\s+với)\b", regex.IGNORECASE)  # ("Sở Y tế đối với địa phương": whose part)


@lru_cache(maxsize=1)
def _data() -> dict:
    raw = json.loads(resources.files("extractors").joinpath("data/units.json").read_text(encoding="utf-8"))
    phrases = lambda key: _PhraseSet(raw[key])  # noqa: E731
    heads = raw["department_heads"]
    abbreviations = "|".join(f"(?P<a{i}>{p})" for i, (p, _) in enumerate(raw["abbreviations"]))
    data = {
        # Every abbreviation opens a word with two capitals ("UBND", "LĐ-TB&XH"): testing that first at each
        # position is much cheaper than trying every pattern there.
        "abbreviations": regex.compile(rf"\b(?=\p{{Lu}}{{2}})(?:{abbreviations})"),
        "expansions": [full for _, full in raw["abbreviations"]],
        "heads": phrases("heads"),
        "capital_heads": phrases("capital_heads"),
        "bodies": _PhraseSet(raw["bodies"] + [f"{h} {d}" for h in heads for d in raw["departments"]]),
        "departments": phrases("departments"),
        "ministries": frozenset(f"Bộ {d}" for d in raw["departments"]),
        "list_heads": {fold(h): h for h in heads + raw["listed_heads"]},
        "titles": phrases("titles"),
        "leaders": phrases("leaders"),
        "place_heads": phrases("place_heads"),
        "groups": phrases("group_nouns"),
        "bare_starts": phrases("bare_group_starts"),
        "partner_starts": phrases("partner_group_starts"),
        "localities": phrases("localities"),
        "provinces": _PhraseSet(provinces()),
        "stops": phrases("stop_words"),
        "name_phrases": phrases("name_phrases"),
        "not_names": phrases("not_names"),
        "open_heads": phrases("open_heads"),
        "heads_of_bodies": phrases("heads_of_bodies"),
        "title_groups": {" ".join(fold(w) for w in _TOKEN.findall(t)): g for t, g in raw["title_groups"].items()},
    }
    # The words a unit can open with (see `_Reader._unit`): a title, a body, a head word, a group.
    data["openers"] = {"các", "những", "tất", "toàn", "đồng"}.union(
        *(data[key].trie for key in ("titles", "bodies", "heads", "groups", "heads_of_bodies")))
    return data


class _PhraseSet:
    """Multi-word phrases as a trie of folded tokens (matched by `_Reader._match`): each node maps a word
    to the node after it and holds _END where a phrase ends."""

    def __init__(self, phrases: list[str]):
        self.trie: dict = {}
        for phrase in phrases:
            node = self.trie
            for word in _TOKEN.findall(phrase):
                node = node.setdefault(fold(word), {})
            node[_END] = True


_END = ""  # no token is empty, so no word of a phrase is this key


def _expand(text: str) -> tuple[str, list[tuple[int, int, int]]]:
    """Text with abbreviations written out, and where each one went: (start, end) in the new text
    and the end of the abbreviation in `text` (see `_source_end`)."""
    data = _data()
    out, replaced, pos, shift = [], [], 0, 0
    # Scanning for two capitals is much quicker than scanning with every pattern, and most texts have none.
    first = _TWO_CAPITALS.search(text)
    for m in data["abbreviations"].finditer(text, first.start()) if first else ():
        full = data["expansions"][int(m.lastgroup[1:])]
        out.append(text[pos:m.start()])
        out.append(full)
        at = m.start() + shift
        replaced.append((at, at + len(full), m.end()))
        shift += len(full) - (m.end() - m.start())
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), replaced


def _source_end(end: int, replaced: list[tuple[int, int, int]]) -> int:
    """Offset in the source text where the first `end` characters of its expansion end."""
    shift = 0
    for start, stop, source_stop in replaced:
        if end <= start:
            break
        if end <= stop:
            return source_stop  # inside an expansion: the whole abbreviation
        shift = source_stop - stop
    return end + shift


def expand_abbreviations(name: str) -> str:
    """'UBND tỉnh' -> 'Ủy ban nhân dân tỉnh', 'Sở LĐ-TB&XH' -> 'Sở Lao động - Thương binh và Xã hội'."""
    return " ".join(_expand(name)[0].split())


@lru_cache(maxsize=4096)  # the same names are compared again and again
def unit_key(name: str) -> str:
    """Comparison key: abbreviations expanded, case and tone placement folded, punctuation dropped."""
    return " ".join(_PUNCTUATION.sub(" ", fold(expand_abbreviations(name))).split())


def split_units(phrase: str) -> list[str]:
    """The units a phrase names, in full form; generic groups are kept as written.

    "Các Sở: Tài chính, Nội vụ" -> ["Sở Tài chính", "Sở Nội vụ"]; a piece that names no unit
    of its own continues the unit before it ("các sở có đơn vị sự nghiệp kinh tế, sự nghiệp
    kinh tế khác trực thuộc"); a phrase naming no known unit is returned as written.
    """
    return list(_split_units(phrase))


_CELL_BULLET = regex.compile(r"(^|[;,\n])\s*[-–+•]\s+")
_UNIT_SLASH = regex.compile(r"\s*/\s*(?=\p{Lu})")  # "A/ B": both (not "Thuế tỉnh/thành phố", one name)


@lru_cache(maxsize=1024)  # table cells name the same units row after row
def _split_units(phrase: str) -> tuple[str, ...]:
    # A cell's list: "- Vụ Pháp chế; - Văn phòng Bộ", "Vụ Kế hoạch - Tài chính/ Ban Quản lý quy hoạch"
    phrase = _UNIT_SLASH.sub("; ", _CELL_BULLET.sub(r"\1 ", phrase))
    text = " ".join(_PAREN.sub(" ", expand_abbreviations(phrase)).split()).strip(" ,;:.-")
    if not text:
        return ()
    reader = _Reader(text)
    units: list[str] = []
    qualifier = False  # inside "trong phạm vi chức năng, nhiệm vụ của mình": words of no unit
    i = 0
    while reader._has(i):
        got, j = reader.read(i)
        if not got and units and (reader.toks[i].text in ",;" or reader.folds[i] == "và"):
            # "…, Sở Tài chính", "… và các cơ quan liên quan": a new unit, not more words of the unit before
            got, j = reader.read(i + 1)
        if got:
            units.extend(got)
            qualifier = False
            i = j
            continue
        # No unit here: the words up to the next separator (or "và" before a unit) belong to the unit before.
        j = reader.next_separator(i + 1)
        for k in range(i + 1, j):
            if reader.folds[k] == "và" and reader._starts_unit(k + 1):
                j = k
                break
        piece = reader._slice(i, j)
        qualifier = qualifier or bool(units and _QUALIFIER.match(piece.lstrip(" ,;")))
        if qualifier:
            pass  # the scope of the units' work, not part of a name
        elif units and reader._opens_name_after_separator(i) and not units[-1].casefold().startswith(_PLURALS):
            # "Sở A, Thuế Thành phố và các Thuế cơ sở": a name or group the gazetteer lacks is a unit of its own
            # (but "Các Trường Đại học, Cao đẳng …" lists kinds within one group)
            units.append(_clean(reader._slice(i + 1, j)))
        elif units and not _SEPARATORS_ONLY.fullmatch(piece):
            units[-1] = _clean(units[-1] + (" " if piece[0] not in ",;" else "") + piece)
        elif not units and _WORD_CHAR.search(piece):
            units.append(_clean(piece.strip(" ,;:")))
        i = j
    return tuple(units)


def read_units(text: str, start: int = 0, partners: bool = False) -> tuple[list[str], int]:
    """Units listed from `start` on, and the offset in `text` where the list ends ([] when none).

    `partners`: the text names who a unit works with ("phối hợp với sở, ban, ngành Thành phố", "… với cơ
    quan báo chí", "… với lực lượng Công an"), where a group noun needs no "các" to name units.
    """
    if not may_open_unit(text, start):
        return [], start  # most sentences and clauses: no need to copy, expand and read them
    units, length = _read_units(text[start:], partners)
    return list(units), start + length


@lru_cache(maxsize=1024)  # a sentence is read again for each way it may assign a job
def _read_units(text: str, partners: bool = False) -> tuple[tuple[str, ...], int]:
    """Units listed at the start of text, and the offset where the list ends (0 when none)."""
    expanded, replaced = _expand(text)
    reader = _Reader(expanded, partners)
    units, j = reader.read(0)
    if not units:
        return (), 0
    return tuple(units), _source_end(reader.spans[j - 1].end(), replaced)


@lru_cache(maxsize=1)
def _province_list() -> regex.Pattern:
    names = "|".join(regex.escape(name) for name in provinces())
    return regex.compile(rf"(?P<kind>(?:[Cc]ác )?(?:[Tt]ỉnh|[Tt]hành phố) )?(?P<name>{names})(?![\w])")


def read_provinces(text: str, start: int = 0) -> tuple[list[str], int]:
    """Provinces acting as their governments at `start`: "Các tỉnh Nghệ An, Quảng Ngãi, Cao Bằng", "Thành
    phố Hà Nội và các tỉnh Bắc Ninh, Gia Lai" -> "Tỉnh Nghệ An", …, "Thành phố Hà Nội", …; ([], start) if none."""
    if not text.startswith(_PROVINCE_OPENINGS, start):  # most subjects: a cheap test before the pattern
        return [], start
    pattern, found, pos, end, kind = _province_list(), [], start, start, None
    while m := pattern.match(text, pos):
        if m["kind"]:
            kind = "Thành phố" if "phố" in m["kind"] else "Tỉnh"
        elif kind is None:
            break  # the first needs its kind: "Tỉnh Nghệ An", not a bare "Nghệ An"
        found.append(f"{kind} {m['name']}")
        end = m.end()
        sep = _PROVINCE_SEPARATOR.match(text, end)
        if not sep:
            break
        pos = sep.end()
    return found, end


def may_open_unit(text: str, start: int = 0) -> bool:
    """False when text surely opens no unit at `start`: its first word there opens none and is no abbreviation."""
    data = _data()
    first = _TOKEN.search(text, start)
    if first is None:
        return False
    word = first.group()
    # An abbreviation opens with two capitals: a cheap test before the patterns.
    return _word(word).fold in data["openers"] \
        or (word[:2].isupper() and data["abbreviations"].match(text, first.start()) is not None)


def unit_head(name: str) -> str | None:
    """The head word(s) a unit's name opens with, when more follows: "Hội đồng" of "Hội đồng Y khoa Quốc gia", "Ban Chỉ
    đạo" of "Ban Chỉ đạo phòng, chống thiên tai tỉnh"."""
    reader = _Reader(name)
    n = reader._match(reader.data["open_heads"], 0) or reader._match(reader.data["heads"], 0)
    return reader._slice(0, n) if n and reader._has(n) else None


def starts_with_title(text: str) -> bool:
    """Whether text opens with a head's title: "Trưởng ban Ban Quản lý", not "Tổng cục Thuế"."""
    return _Reader(text).leading_title() > 0


def opens_with_title(text: str) -> bool:
    """Whether text opens with a head's title before a capitalized name: "Giám đốc Sở …", "Chủ tịch Ủy ban …"."""
    reader = _Reader(text)
    n = reader.leading_title()
    return n > 0 and reader._tok(n) is not None and reader.toks[n].upper


def drop_group_title(name: str) -> str:
    """A described group without the title of its heads: "Trưởng các điểm thi" -> "các điểm thi"."""
    reader = _Reader(name)
    n = reader.leading_title()
    if n and reader._is(n, "các", "những"):
        return name[reader.spans[n].start():]
    return name


def first_verb_phrase(text: str, reach: int = 30) -> int | None:
    """Offset of the first verb of two words or more ("tập trung", "triển khai") among the first `reach` tokens of
    text, before any ";", ":" or "."; None when there is none. (One-word stop words are mostly prepositions.)"""
    reader = _Reader(text)
    i = 0
    while i < reach and reader._has(i):
        tok = reader.toks[i]
        if not tok.word and tok.text in ";:.":
            return None
        if tok.word and not tok.upper and reader._match(reader.data["stops"], i) >= 2:
            return reader.spans[i].start()
        i += 1
    return None


_LIST_ITEM_WORDS = 4  # the most words of an item of a list inside a description ("hỗ trợ", "tái định cư")


def described_until(text: str, reach: int = 25) -> int | None:
    """Where the job begins after what a group was given or chosen for ("[được giao] làm nhiệm vụ bồi thường, hỗ trợ,
    tái định cư | triển khai …"): the first verb of two words or more that neither opens the description, nor
    follows a comma (a short list inside it), nor goes with a capitalized word ("Chủ đầu tư"); None when none comes
    within `reach` tokens, before a ";", ":", "." or "để", or when a comma opens more than a short item."""
    reader = _Reader(text)
    i = 0
    item_words = None  # words since the last comma, once there was one
    while i < reach and reader._has(i):
        tok = reader.toks[i]
        if not tok.word and tok.text in ";:.":
            return None
        if tok.text == ",":
            item_words = 0
        elif item_words is not None:
            item_words += 1
        if tok.word and reader.folds[i] == "để":
            return None  # what for, not what it was given
        n = reader._match(reader.data["stops"], i) if tok.word and not tok.upper else 0
        if n >= 2 and i > 0 and reader.toks[i - 1].text != "," and not reader.toks[i - 1].upper:
            return reader.spans[i].start() if item_words is None or item_words <= _LIST_ITEM_WORDS else None
        i += max(n, 1)
        if n > 1 and item_words is not None:
            item_words += n - 1
    return None


def where_until(text: str, reach: int = 25) -> int | None:
    """Where the job begins after "nơi" and the place it names ("[nơi] quản lý kho CFS | hướng dẫn …", "[nơi] người
    đề nghị cư trú | có trách nhiệm …", "[nơi] vận chuyển đến | kiểm tra …"): the first verb of two words or more
    (or "phải", "gửi") after the clause's first two words (its own verb, or "người" and the verb that makes him),
    not within two words after "được" or "đã" (the place's own verb), and not after a comma. An acronym before it
    is a place ("kho CFS"), not a name the verb belongs to. None at ";", ":", "." or "để", or past `reach` tokens."""
    reader = _Reader(text)
    i = 0
    while i < reach and reader._has(i):
        tok = reader.toks[i]
        if not tok.word and tok.text in ";:.":
            return None
        if tok.word and reader.folds[i] == "để":
            return None
        n = reader._match(reader.data["stops"], i) if tok.word and not tok.upper else 0
        if (n >= 2 or reader.folds[i] in _WHERE_MODALS) and i >= 2 \
                and not _WHERE_AUXILIARIES.intersection(reader.folds[i - 2:i]):
            before = reader.toks[i - 1]
            if before.text != "," and (not before.upper or (len(before.text) > 1 and before.text.isupper())) \
                    or before.text == "," and tuple(reader.folds[i:i + 2]) in _JOB_ADVERBS:
                # (after a comma only the manner a job opens with: "nơi có NNT bị thiệt hại, khẩn trương triển
                # khai …"; "nơi cư trú, làm việc" is one place)
                return reader.spans[i].start()
        i += max(n, 1)
    return None


_OF_PARTY_COMMITTEE = regex.compile(r"\s(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng)\s+(?:ủy|uỷ)$")  # "Ban Tuyên giáo Tỉnh ủy"
# After these the place's own verb comes ("nơi hàng hóa được vận chuyển đến"), within two words.
_WHERE_AUXILIARIES = frozenset(("được", "đã", "đang", "bị", "sẽ"))
_JOB_ADVERBS = frozenset((("khẩn", "trương"), ("chủ", "động"), ("tích", "cực"), ("kịp", "thời"), ("tập", "trung")))
# One word that begins the job: "… nơi đã ra quyết định | phải gửi …", "… nơi đã ra quyết định | gửi …".
_WHERE_MODALS = frozenset(("phải", "cần", "gửi", "trình"))


def begins_job(text: str) -> bool:
    """Whether text opens with what a unit is told to do: a lower-case word or a verb ("Tập trung …")."""
    first = _TOKEN.search(text)
    if first is None or not first.group()[0].isalpha():
        return False
    return not _word(first.group()).upper or _Reader(text)._stop(0, any_case=True)


class _Word:
    """What the reader needs of a token's text: its fold, whether it is a word (not punctuation)
    and whether it is capitalized. One shared, unchanging object per distinct text."""
    __slots__ = ("text", "fold", "word", "upper")

    def __init__(self, text: str):
        self.text = text
        # Tokens come from normalized text: only case and tone placement need folding.
        self.fold, self.word, self.upper = fold_tones(text).casefold(), text[0].isalnum(), text[0].isupper()


@lru_cache(maxsize=65536)  # words repeat
def _word(text: str) -> _Word:
    return _Word(text)


class _Reader:
    """Reads unit lists over the tokens of an abbreviation-expanded text."""

    def __init__(self, text: str, partners: bool = False):
        self.text, self.partners = text, partners
        # Tokens are read on demand: a unit list usually ends a few words into a long sentence.
        self._rest = _TOKEN.finditer(text)
        self.toks: list[_Word] = []
        self.folds: list[str] = []
        self.spans: list[regex.Match] = []  # where each token stands in the text
        self.data = _data()

    # --- helpers -------------------------------------------------------------------------
    # The lookups below test `i < len(self.toks)` before calling `_has`: most tokens asked for are
    # read already, and a call per lookup would cost more than the lookup.
    def _has(self, i: int) -> bool:
        """Whether the text has a token i (tokenizing up to it)."""
        if i < len(self.toks):
            return True
        for m in self._rest:
            tok = _word(m.group())
            self.toks.append(tok)
            self.folds.append(tok.fold)
            self.spans.append(m)
            if i < len(self.toks):
                return True
        return False

    def _match(self, phrases: _PhraseSet, i: int) -> int:
        """Number of tokens of the longest phrase starting at token i (0: none)."""
        return self._walk(phrases.trie, i)

    def _walk(self, node: dict, i: int) -> int:
        """`_match` from a node of a trie: the rest of phrases whose first words were read already."""
        # Walking the trie reads tokens only as far as some phrase could go on.
        longest, folds = 0, self.folds
        j = i
        while j < len(folds) or self._has(j):
            node = node.get(folds[j])
            if node is None:
                break
            j += 1
            if _END in node:
                longest = j - i
        return longest

    def _tok(self, i: int) -> _Word | None:
        return self.toks[i] if i < len(self.toks) or self._has(i) else None

    def _is(self, i: int, *folds: str) -> bool:
        return (i < len(self.folds) or self._has(i)) and self.folds[i] in folds

    def _is_district(self, i: int) -> bool:
        """Token i ends a district's kind: "quận", "huyện", "thị xã" (two levels of local government with the next)."""
        return self._is(i, "quận", "huyện") or (self._is(i, "xã") and self._is(i - 1, "thị"))

    def _is_commune(self, i: int) -> bool:
        """Token i starts a commune's kind: "phường", "xã", "thị trấn", "đặc khu"."""
        return self._is(i, "phường", "xã", "đặc") or (self._is(i, "thị") and self._is(i + 1, "trấn"))

    def _stop(self, i: int, any_case: bool = False) -> bool:
        """A verb or preposition at token i; capitalized words are names unless any_case. (Not a word that is part of
        a name after the word before it: "Ban chỉ đạo Chương trình", "trung tâm giáo dục thường xuyên".)"""
        tok = self._tok(i)
        return tok is not None and tok.word and (any_case or not tok.upper) \
            and self._match(self.data["stops"], i) > 0 and not self._match(self.data["name_phrases"], i) \
            and not (i and (self.folds[i - 1], self.folds[i]) in _NAME_WORD_PAIRS)

    def _starts_unit(self, i: int) -> bool:
        """A capitalized unit name or a group ('các …') begins at token i."""
        tok = self._tok(i)
        if tok is None or not tok.word:
            return False
        if self.folds[i] in ("các", "những", "tất"):
            return True
        d = self.data
        return tok.upper and bool(self._match(d["bodies"], i) or self._match(d["heads"], i)
                                  or self._match(d["titles"], i))  # "Chủ tịch Ủy ban nhân dân …"

    def _opens_name_after_separator(self, i: int) -> bool:
        """Token i separates list items and a capitalized word or a plural ("các", "những") follows."""
        if not (self.toks[i].text in ",;" or self.folds[i] == "và"):
            return False
        nxt = self._tok(i + 1)
        return nxt is not None and nxt.word and (nxt.upper or nxt.fold in ("các", "những"))

    def leading_title(self) -> int:
        """Tokens of the capitalized title the text opens with ("Giám đốc", "Trưởng"); 0 when none."""
        return self._match(self.data["titles"], 0) if self._has(0) and self.toks[0].upper else 0

    def _slice(self, i: int, j: int) -> str:
        return self.text[self.spans[i].start():self.spans[j - 1].end()]

    def next_separator(self, i: int) -> int:
        while self._has(i) and self.toks[i].text not in ",;":
            i += 1
        return i

    def _skip_paren(self, i: int) -> int:
        if self._is(i, "("):
            depth = 0
            j = i
            while self._has(j):
                depth += {"(": 1, ")": -1}.get(self.toks[j].text, 0)
                if depth == 0:
                    return j + 1
                j += 1
        return i

    def _separator(self, i: int) -> int | None:
        """Index after a list separator (',', ';', 'và', ', và', 'cùng', 'hoặc'), None when there is none."""
        j = i
        if self._is(j, ",", ";"):
            j += 1
        if self._is(j, "và", "hoặc") or (self._is(j, "cùng") and not self._is(j + 1, "cấp")):
            j += 1  # ("Ủy ban nhân dân cùng cấp": the same level's, no second unit)
        return j if j > i else None

    # --- reading ---------------------------------------------------------------------------
    def read(self, i: int) -> tuple[list[str], int]:
        units: list[str] = []
        j = i
        while self._has(j):
            k = j
            if units:
                k = self._separator(j)
                if k is None:
                    break
            got = self._unit(k, in_list=bool(units))
            if not got:
                break
            found, after = got
            if units and len(found) == 1 and _CITY_COMMITTEES.fullmatch(found[0]) and self._is(j, ",") \
                    and units[-1].casefold().endswith("tỉnh ủy") and [units[-1], found[0]] != ["Tỉnh ủy", "Thành ủy"]:
                # "Ban Thường vụ Tỉnh ủy, Thành ủy", "Tỉnh ủy, Thành ủy các tỉnh, thành phố": the provinces' and
                # the cities' committees, one group (bare "Tỉnh ủy, Thành ủy" stay two bodies)
                units[-1] = f"{units[-1]}, {found[0]}"
                j = self._skip_paren(after)
                continue
            if units and len(found) == 1 and self._is(j, ",") and _DEPARTMENT_OF.match(units[-1]) \
                    and found[0] in self.data["ministries"]:
                # "Cục Cảnh sát quản lý hành chính về trật tự xã hội, Bộ Công an": a ministry's department, named
                # with its ministry, is one unit
                units[-1] = f"{units[-1]}, {found[0]}"
                j = self._skip_paren(after)
                continue
            j = after
            if units and units[-1] in _PARTY_COMMITTEES and len(found) > 1:
                units[-1:] = _committees_of(units[-1], found)
            if self._is(j, "nêu", "nói") and self._is(j + 1, "trên"):
                j += 2  # "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố nêu trên …": the ones named above (no part of
                # the name, as labellers write it)
            if len(found) == 1 and found[0].casefold().startswith(("các ", "những ")) and self._is(j, ":") \
                    and (listed := self.read(j + 1))[0] \
                    and not any(unit.casefold().startswith(("các ", "những ")) for unit in listed[0]):
                # "phối hợp với các cơ quan chức năng: Sở Y tế, Bộ Chỉ huy quân sự tỉnh, Hội Cựu chiến binh …": the
                # group stands for the bodies it lists
                found, j = listed
            units.extend(found)
            # An aside after a unit ("(sau đây gọi chung là …)", "(thuế, đất đai, …)"): the list goes on.
            j = self._skip_paren(j)
            j = self._past_examples(j)
        if units:
            j = self._skip_etc(j)
        return _council_place_shared(units), j if units else i

    def _past_examples(self, j: int) -> int:
        """Past the units a group is exemplified by (", nhất là các Bộ: Quốc phòng, Công an", ", đặc biệt là Sở Y tế"):
        the group names them already; j itself when none follow."""
        k = j + self._is(j, ",")
        if not (self._is(k, "nhất") and self._is(k + 1, "là") or self._is(k, "đặc") and self._is(k + 1, "biệt")
                and self._is(k + 2, "là")):
            return j
        named, after = self.read(k + 2 + self._is(k, "đặc"))
        if not named:  # bodies by their acronyms: ", nhất là ACV cần khẩn trương …", ", nhất là EVN, PVN"
            at = k + 2 + self._is(k, "đặc")
            while (tok := self._tok(at)) is not None and tok.word and len(tok.text) > 1 and tok.text.isupper():
                named, after = [tok.text], at + 1
                at = after + 1 if self._is(after, ",", "và") else after
        if named and self._is(after, ":"):  # "nhất là các tỉnh: Khánh Hòa, Đắk Lắk, …": the places they are
            after += 1
            while self._has(after) and (self.toks[after].upper or self.toks[after].text == ","
                                        or self.folds[after] == "và" and self._tok(after + 1) is not None
                                        and self.toks[after + 1].upper):
                after += 1
        return after if named else j

    def _skip_etc(self, j: int) -> int:
        """Past an ellipsis that ends a list of units ("…, Hội Cựu chiến binh Thành phố, Thành Đoàn... phát động")."""
        if self._is(j, "…"):
            return j + 1
        return j + 3 if all(self._is(j + n, ".") for n in range(3)) else j

    def _unit(self, i: int, in_list: bool) -> tuple[list[str], int] | None:
        d, f = self.data, self.folds
        tok = self._tok(i)
        if tok is None or not tok.word or (len(tok.text) > 1 and tok.text.isupper()):
            return None  # capitals: a title line ("THỦ TƯỚNG CHÍNH PHỦ điện:"), not a unit in a sentence
        if f[i] not in d["openers"]:
            return None  # no title, body, head word or group starts here
        if f[i] == "thanh" and self._is(i + 1, "tra") and self._is(i + 2, ",", "và") and self._stop(i + 3):
            return None  # "Thanh tra, kiểm tra, xử lý vi phạm …": the verb, not the inspectorate
        if f[i] == "đại" and tok.upper and self._is(i + 1, "diện") and (got := self._unit(i + 2, in_list)) \
                and self._is(got[1], ":"):
            return got  # "Đại diện Bộ Tài chính: Chịu trách nhiệm …": the body its member stands for, as a label
        honorific = 3 if f[i] == "các" and self._is(i + 1, "đồng") and self._is(i + 2, "chí") else 0
        if f[i] == "đồng" and self._is(i + 1, "chí") and self._match(d["titles"], i + 2):
            return self._unit(i + 2, in_list=True)  # "(Giao) đồng chí Bộ trưởng Bộ Xây dựng …": the body the title heads
        if honorific and self._tok(i + 3) is not None and (n := self._match(d["leaders"], i + 3)):
            return [_clean(self._slice(i, i + 3 + n))], i + 3 + n  # "Các đồng chí Phó Thủ tướng Chính phủ"
        if honorific and self._tok(i + 3) is not None and (n := self._match(d["titles"], i + 3)):
            # "Các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ …"; "các đồng chí bí thư tỉnh uỷ, thành uỷ": the
            # plural title heads every body of the group after it
            body = self._tok(i + 3 + n)
            if body is not None and body.word and not body.upper and (group := self._group(i + 3 + n, True)):
                return [f"Các {group[0][0]}"], group[1]
            return self._unit(i + 3, in_list=True)
        if f[i] in ("các", "những") and self._tok(i + 1) is not None and self.toks[i + 1].upper \
                and (n := self._match(d["titles"], i + 1)) and " ".join(f[i + 1:i + 1 + n]) in d["title_groups"] \
                and self._is(i + 1 + n, ","):
            return self._unit(i + 1, in_list=True)  # "Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ": as without "Các"
        if tok.upper and (n := self._match(d["leaders"], i)):
            end = i + n  # "Phó Thủ tướng Chính phủ Trần Hồng Hà": the leader by name
            while self._tok(end) is not None and self.toks[end].word and self.toks[end].upper \
                    and not self._starts_unit(end) and end - i - n < 4:
                end += 1
            if end - i - n >= 2 and not self._match(d["localities"], end):  # (not "… Nguyễn Hòa Bình tỉnh Đắk Lắk, …")
                return [_clean(self._slice(i, end))], end
        if tok.upper and (n := self._match(d["heads_of_bodies"], i)) and self._tok(i + n) is not None \
                and self.toks[i + n].upper and (got := self._unit(i + n, in_list=True)) and len(got[0]) == 1:
            return [f"{self._slice(i, i + n)} {got[0][0]}"], got[1]  # "Đảng đoàn Quốc hội": a body of another
        n = self._match(d["titles"], i)
        if n and (head := f[i + n] if self._tok(i + n) is not None else None) in ("ban", "phòng") \
                and self._tok(i + n + 1) is not None and self.toks[i + n + 1].upper and self._is(i + n + 1, head):
            n += 1  # "Trưởng ban Ban Quản lý …", "Trưởng phòng Phòng Lao động …": the title's own head word
        if n == 2 and f[i:i + 2] == ["bộ", "trưởng"] and self._tok(i + 2) is not None and self.toks[i + 2].upper \
                and (m := self._match(d["departments"], i + 2)) and not self._match(d["localities"], i + 2 + m):
            return [f"Bộ {self._slice(i + 2, i + 2 + m)}"], i + 2 + m  # "Bộ trưởng Công an": the minister's ministry
        if n and (tok.upper or in_list) and self._tok(i + n) is not None:
            # the body after a title may be in lower case: "Bí thư tỉnh ủy"
            # ("Bí thư tỉnh ủy, thành ủy": the title over a group of bodies, not "Người đứng đầu cơ sở")
            got = self._unit(i + n, in_list) or self._named(i + n, in_list=True) \
                or (self._match(d["bodies"], i + n) and self._group(i + n, True))
            if got and " " not in got[0][0]:
                got = None  # "Trưởng Ban xây dựng Đảng": a head word alone ("Ban") names no body
            if got and f[i + n - 1] in ("trưởng", "ban") and got[0][0].startswith("Ban ") \
                    and not _OF_PARTY_COMMITTEE.search(got[0][0]):
                # "Trưởng Ban Chỉ đạo", "Phó Trưởng ban Ban Quản lý …": a committee's head, who has duties of
                # his own beside the committee's
                return [f"{self._slice(i, i + n)} {got[0][0]}", *got[0][1:]], got[1]
            # ("Trưởng Ban Tuyên giáo Tỉnh ủy": the head of a standing body of the party committee stands for it)
            if got:
                return got
            # "Bộ trưởng, Thủ trưởng cơ quan ngang bộ …": a title alone stands for every body it heads
            heads_all = d["title_groups"].get(" ".join(f[i:i + n]))
            if heads_all and (self._is(i + n, ",", ";", "và") or not self.toks[i + n].word):
                rest = self._unit(i + n + 1, in_list=True) if self._is(i + n, ",") else None
                if rest and len(rest[0]) == 1 and rest[0][0][:1].islower():
                    # "Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ": one group of bodies
                    return [f"{heads_all}, {rest[0][0]}"], rest[1]
                return [heads_all], i + n
            if self._is(i + n, ",") and self._tok(i + n + 1) is not None and self.toks[i + n + 1].upper \
                    and self._match(d["titles"], i + n + 1):
                return self._unit(i + n + 1, in_list=True)  # "Giám đốc, Thủ trưởng các cơ quan": titles of the same heads
        if f[i] in ("các", "những") and self._tok(i + 1) is not None and f[i + 1] in d["list_heads"]:
            j = i + 2
            while self._is(j, ",") and (n := self._match(d["groups"], j + 1)):
                j += 1 + n  # "Các Bộ, cơ quan: Tài chính, Xây dựng, …"
            related = j + (self._is(j, "có") and 1)
            if self._is(related, "liên") and self._is(related + 1, "quan") and self._is(related + 2, ":") \
                    and self._match(d["departments"], related + 3):
                j = related + 2  # "các Bộ, ngành liên quan: Tài chính, Lao động - Thương binh và Xã hội"
            # (After "các bộ, cơ quan, địa phương:" a job may follow: a listed group needs a known name next.)
            if self._is(j, ":") and (j == i + 2 or self._match(d["departments"], j + 1)):
                return self._department_list(j + 1, d["list_heads"][f[i + 1]])
            # "Các Bộ Quốc phòng, Công an", "các Sở Xây dựng và Công Thương": departments listed without a colon
            if j == i + 2 and (n := self._match(d["departments"], j)) and (k := self._separator(j + n)) \
                    and self._match(d["departments"], k):
                return self._department_list(j, d["list_heads"][f[i + 1]])
        if f[i] in ("các", "những") and self._tok(i + 1) is not None and self.toks[i + 1].upper \
                and f[i + 1] == "tập" and self._is(i + 2, "đoàn") and self._is(i + 3, ":"):
            return self._department_list(i + 4, _GROUP_HEAD)
        if f[i] in ("các", "những") and (shared := self._shared_head(i + 1)):
            return shared
        if f[i] == "các" and self._tok(i + 1) is not None and self.toks[i + 1].upper \
                and self._match(d["place_heads"], i + 1) and (named := self._named(i + 1, in_list=True)):
            return [f"{self._slice(i, i + 1)} {named[0][0]}", *named[0][1:]], named[1]  # "các Thuế tỉnh, thành phố"
        if f[i] == "các" and self._tok(i + 1) is not None and self.toks[i + 1].upper and f[i + 1] == "phòng" \
                and (named := self._named(i + 1, in_list=True)) and len(named[0]) == 1:
            return [f"{self._slice(i, i + 1)} {named[0][0]}"], named[1]  # "các Phòng Lao động - Thương binh và Xã hội"
        return self._named(i, in_list) or self._group(i, in_list)

    def _shared_head(self, i: int) -> tuple[list[str], int] | None:
        """'các Tập đoàn VNPT, Viettel, Mobifone': one head word over several one-word names."""
        head = self._match(self.data["heads"], i)
        names: list[int] = []
        j = i + head
        while head and self._one_word_name(j):
            names.append(j)
            k = self._separator(j + 1)
            if k is None or not self._one_word_name(k):
                break
            j = k
        if len(names) < 2:
            return None
        head_text = self._slice(i, i + head)
        return [f"{head_text} {self.toks[k].text}" for k in names], names[-1] + 1

    def _one_word_name(self, i: int) -> bool:
        tok, nxt = self._tok(i), self._tok(i + 1)
        # (a one-word body's name too: "các Tập đoàn VNPT, Viettel, Mobifone")
        return tok is not None and tok.word and tok.upper \
            and (not self._starts_unit(i) or self._match(self.data["bodies"], i) == 1) \
            and (nxt is None or not nxt.word or not nxt.upper)

    def _named(self, i: int, in_list: bool) -> tuple[list[str], int] | None:
        d = self.data
        tok = self.toks[i]
        body = self._match(d["bodies"], i)
        head = self._match(d["heads"], i)
        if head and self._match(d["not_names"], i):
            return None  # "Bộ Luật hình sự": a code, not a ministry
        nxt = self._tok(i + max(body, head))
        proper_next = nxt is not None and nxt.word and (nxt.upper or head > body and self._business_line(i + head))
        if self._is(i + body, ",") and self._match(d["groups"], i + body + 1) and self._match(d["groups"], i) == body \
                and not self._upper_body(i + body + 1):
            return None  # "Sở, ban, ngành …" is a group (not "Tỉnh ủy, Thành ủy", "Tỉnh ủy, HĐND tỉnh")
        if body and self._match(d["place_heads"], i) == body and proper_next and len(nxt.text) > 1 and nxt.text.isupper():
            return None  # "Thuế GTGT", "Thuế NK": a tax, not the tax office of a place
        if body and self._match(d["place_heads"], i) == body and not proper_next \
                and not self._match(d["localities"], i + body + self._is(i + body, "các")):
            return None  # "Thuế thu nhập cá nhân": the tax, not a body of "Thuế <place>"
        if body and (body > head or not proper_next) and (tok.upper or in_list):
            return self._with_place(i, i + body)
        if head and proper_next and (tok.upper or not self._match(d["capital_heads"], i)):
            return self._with_place(i, self._name_words(i))
        if tok.upper and (opened := self._match(d["open_heads"], i)) and self._open_words(i + opened) > i + opened:
            return self._with_place(i, self._open_words(i + opened))  # "Ban quản lý Khu Nông nghiệp …" in lower case
        return None

    def _upper_body(self, i: int) -> bool:
        tok = self._tok(i)
        return tok is not None and tok.upper and self._match(self.data["bodies"], i) > 0

    def _name_words(self, i: int) -> int:
        """End of a proper name from its head word at token i: capitalized words, lower-case words that are
        no verb, "A - B", "A và B" (when B is no new unit); after an open head ("Ban Quản lý", also inside
        "Văn phòng Ban chỉ đạo …") every word up to a verb or a new unit."""
        f, open_heads = self.folds, self.data["open_heads"]
        if opened := self._match(open_heads, i):
            return self._open_words(i + opened)
        j = i + self._match(self.data["heads"], i)
        while self._has(j):
            if opened := self._match(open_heads, j):
                return self._open_words(j + opened)
            tok = self.toks[j]
            if (n := self._match(self.data["departments"], j)) > 2 and "," in f[j:j + n]:
                j += n  # a ministry's name inside: "Trung tâm Chuyển đổi số Văn hóa, Thể thao và Du lịch"
                continue
            if tok.word and not tok.upper and (line := self._business_line(j)):
                j = line
                continue
            if tok.word:
                if f[j] == "và":
                    nxt = self._tok(j + 1)
                    if nxt is None or not nxt.upper or self._starts_unit(j + 1):
                        break
                    j += 1
                    continue
                if f[j] == "của" and f[i] in ("ủy", "uỷ", "hội") and self._is(j + 1, "quốc") and self._is(j + 2, "hội") \
                        and self.toks[j + 1].upper:
                    j += 3  # "Ủy ban Kinh tế và Tài chính của Quốc hội", "Hội đồng Dân tộc của Quốc hội": its name
                    continue
                if not tok.upper and (self._stop(j) or f[j] == "các" or f[j] == "cấp"
                                      or self._match(self.data["localities"], j) and not self._is(j + 1, "hội")):
                    break  # (a place's kind ends a name; "xã hội" in "Khoa học xã hội" is no commune)
                j += 1
            elif tok.text == "-" and self._tok(j + 1) is not None and self.toks[j + 1].upper:
                j += 1
            elif tok.text == "&" and self._tok(j + 1) is not None and self.toks[j + 1].word:
                j += 1  # "Công ty Cổ phần Môi trường Đô thị & công trình đô thị Sơn Tây": "&" only joins a name
            else:
                break
        return j

    def _business_line(self, j: int) -> int | None:
        """Token of the proper name that a company's line of business, in lower case from token j right after its legal
        form, runs to ("Công ty cổ phần cấp thoát nước Lâm Đồng"); None when no legal form precedes or no capitalized
        word follows within a few words."""
        if j < 2 or (self.folds[j - 1] not in _LEGAL_FORMS
                     and (self.folds[j - 2], self.folds[j - 1]) not in _LEGAL_FORM_PAIRS):
            return None
        for k in range(j, j + _BUSINESS_LINE_WORDS + 1):
            tok = self._tok(k)
            if tok is None or not tok.word:
                return None
            if tok.upper:
                return k if k > j and not self._starts_unit(k) else None
        return None

    def _open_words(self, j: int) -> int:
        """End of the words after an open head: any word but a verb (or a "và" before a new unit); a committee's
        purpose runs to its place, verbs and all ("Ban Chỉ đạo phát triển du lịch tỉnh")."""
        if (place := self._purpose_to_place(j)) is not None:
            return place
        start = j
        while self._has(j):
            tok = self.toks[j]
            if tok.text == "," and self._is(j - 1, "phòng") and self._is(j + 1, "chống"):
                j += 2  # "Ban Chỉ đạo phòng, chống thiên tai …": one compound
                continue
            if j > start and tok.text in _OPENING_QUOTES and (closed := self._quote_end(j)):
                j = closed  # "Ban Chỉ đạo phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” tỉnh"
                continue
            if self.folds[j] == "về" and j > start and self._is(j - 1, "nước", "gia") \
                    and self._is(j - 2, "nhà", "quốc") and self._has(j + 1) and self.toks[j + 1].upper:
                j += 1  # "Ban Chỉ đạo Nhà nước về Du lịch": what it is for, in its name
                continue
            if j == start and self._is(j, "thực", "triển") and self._is(j + 1, "hiện", "khai") \
                    and (k := j + 2 + self._is(j + 2, "các")) and self._has(k) and self.toks[k].upper:
                j = k  # "Ban Chỉ đạo thực hiện các Chương trình mục tiêu quốc gia tỉnh": the work it steers, named
                continue
            if not tok.word or self._stop(j) or self._of_each(j):
                break
            if self.folds[j] == "và" and (self._starts_unit(j + 1) or self._is(j + 1, "cơ", "đơn")
                                          and self._match(self.data["bare_starts"], j + 1)):
                break  # (also "Văn phòng Ban Chỉ đạo và cơ quan thường trực các cấp": two bodies)
            j += 1
        return j

    def _quote_end(self, j: int) -> int | None:
        """Token after the quote that closes the one opened at token j, when a title lies between (a few words and
        no clause's punctuation); None otherwise."""
        for k in range(j + 2, j + _QUOTED_TITLE_WORDS):
            tok = self._tok(k)
            if tok is None or tok.text in ";:.(" or tok.text in _OPENING_QUOTES and tok.text != '"':
                return None
            if tok.text in _CLOSING_QUOTES:
                return k + 1
        return None

    def _purpose_to_place(self, j: int) -> int | None:
        """Token of the place a committee's purpose runs to from token j ("… xây dựng nông thôn mới huyện", "… chuyển
        đổi số tỉnh"), within a few words and no clause of the sentence's; None when there is none."""
        for k in range(j, j + _PURPOSE_WORDS):
            tok = self._tok(k)
            if tok is None:
                return None
            if k > j and not tok.upper and self._match(self.data["localities"], k) and not self._is(k + 1, "ủy", "uỷ", "hội") \
                    and not (self.folds[k] == "thôn" and self.folds[k - 1] == "nông"):  # (not "xã hội", "nông thôn")
                return k
            if tok.text == "," and self._is(k - 1, "phòng") and self._is(k + 1, "chống"):
                continue  # "phòng, chống thiên tai"
            if not tok.word or self.folds[k] in _NOT_PURPOSE or (k > j and self._starts_unit(k)):
                return None
        return None

    def _of_each(self, j: int) -> bool:
        """A group at token j whose every member has the body named before it: "… các tỉnh ủy, thành ủy", "… các
        bộ, ngành, địa phương"."""
        return (self._is(j, "các") and (self._is(j + 2, "ủy", "uỷ") or self._is(j + 1, "bộ"))) \
            or (self._is(j, "tỉnh") and self._is(j + 1, "ủy", "uỷ") and self._is(j + 2, ","))  # "… tỉnh ủy, thành ủy"

    def _with_place(self, i: int, j: int) -> tuple[list[str], int]:
        """A unit name from token i to j, followed by its place: 'tỉnh Khánh Hòa', 'Lai Châu', 'các
        huyện, thị xã, thành phố', 'trực thuộc Trung ương'; 'cấp huyện, cấp xã' makes two units."""
        places = self.data["localities"]
        if (t := self._tok(j)) is not None and t.text.isdigit() and len(t.text) <= 2 and self._is(j - 1, "sở") \
                and self._is(j - 2, "cơ") and self._match(places, j + 1):
            j += 1  # "Thuế cơ sở 3 tỉnh Ninh Bình": the tax office by its number, then its province (since 2025)
        if self._is(j, "cùng", "ngang") and self._is(j + 1, "cấp"):
            return [_clean(self._slice(i, j + 2))], j + 2  # "Ủy ban nhân dân cùng cấp": the body of the same level
        if self._is(j, "cấp") and self._match(places, j + 1):
            base, units, k = self._slice(i, j), [], j
            while self._is(k, "cấp") and self._match(places, k + 1):
                end = k + 1 + self._match(places, k + 1)
                units.append(_clean(f"{base} {self._slice(k, end)}"))
                k = end + 1 if self._is(end, ",", "và") and self._is(end + 1, "cấp") else end  # (also "… và cấp xã")
            while len(units) == 1 and self._is(k, ",") and (n := self._match(places, k + 1)):
                k += 1 + n  # "Ủy ban nhân dân cấp tỉnh, thành phố": one level, the places it covers
                units = [_clean(f"{base} {self._slice(j, k)}")]
            return units, k
        if self._is(j, "các") and self._is(j + 1, "cấp") and not self._is(j + 2, "ủy", "uỷ"):
            return [_clean(self._slice(i, j + 2))], j + 2  # "Ủy ban nhân dân các cấp": every level's
        listed = self._place_list(i, j)
        if listed:
            return listed
        if self._of_each(j) and (group := self._group(j, True)):
            # "Ban Tuyên giáo và Dân vận các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương", "Ban Chỉ đạo 389 các
            # bộ, ngành, địa phương": the body of each
            return [_clean(f"{self._slice(i, j)} {group[0][0]}")], group[1]
        k = j + 1 if self._is(j, "các") and self._match(places, j + 1) else j
        named_places = k > j  # "các tỉnh …": the places may be named one after another
        k += self._match(places, k)
        while True:
            if named_places and k > j + 2 and self._is(k, ",", "và") and self.toks[k - 1].upper \
                    and (t := self._tok(k + 1)) is not None and t.word and t.upper and not self._starts_unit(k + 1) \
                    and not self._stop(k + 1, any_case=True):
                k += 1  # "Hội Chữ thập đỏ các tỉnh Tây Nguyên và Tây Ninh", "… các tỉnh Gia Lai, Kon Tum": one group
                continue
            if (k > j or (self._is(k, "/", "-") and self._match(places, k - 1))) and self._is(k, ",", "/", "-") \
                    and self._match(places, k + 1) and not self._is(k + 1, "tỉnh"):
                # "huyện, thị xã, thành phố", "các xã/phường", "Thuế tỉnh/thành phố" (a name that ends on its place),
                # "quận - huyện", "phường - xã, thị trấn"
                k += 1 + self._match(places, k + 1)
            elif k > j and self._is(k, "và") and self._is_district(k - 1) \
                    and self._is_commune(c := k + 1 + self._is(k + 1, "các")) and self._match(places, c):
                # "Ủy ban nhân dân quận/huyện và phường/xã": the bodies of two levels, as "… cấp huyện và cấp xã"
                end = c + self._match(places, c)
                while self._is(end, "/", ",", "-") and self._is_commune(end + 1) and (n := self._match(places, end + 1)):
                    end += 1 + n
                base = self._slice(i, j)
                return [_clean(f"{base} {self._slice(j, k)}"), _clean(f"{base} {self._slice(k + 1, end)}")], end
            elif k > j + 1 and self._is(k, "và") and self._match(places, k + 1) \
                    and not self._is(k + 1, "tỉnh") and self._match(places, k - 1):
                k += 1 + self._match(places, k + 1)  # "các xã, phường và đặc khu", "phường, xã và đặc khu"
            elif k > j and self._match(places, k) and not self._is(k, "tỉnh") and self._match(places, k - 1):
                k += self._match(places, k)  # "các phường xã"
            elif self._tok(k) is not None and self.toks[k].upper and (n := self._match(self.data["provinces"], k)):
                k += n  # "Cần Thơ", whose first word is also a verb
            elif k > j and self.toks[k - 1].upper and (n := self._match(places, k)) and self._tok(k + n) is not None \
                    and (m := self._match(self.data["provinces"], k + n)):
                k += n + m  # "Ban Quản lý Khu kinh tế mở Chu Lai thành phố Đà Nẵng": a name, then its province
            elif k > j and self._is(k, "từ") and (span := self._province_range(k)):
                k = span  # "Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Khánh Hòa"
            elif k == j and self._is(k, "khu") and self._is(k + 1, "vực") and (t := self._tok(k + 2)) is not None \
                    and _REGION_NUMBER.fullmatch(t.text):
                k += 3  # "Kho bạc Nhà nước khu vực VII", "Chi cục Hải quan khu vực IV": the region by its number
            elif k > j and self._is(k, "khu") and self._is(k + 1, "vực") and (region := self._region(k + 2)):
                k = region  # "Ủy ban nhân dân các tỉnh khu vực Trung Bộ" ("Bộ" here is no ministry)
            elif k > j and self._is(k, "ven") and self._is(k + 1, "biển"):
                k += 2  # "… các tỉnh, thành phố ven biển (từ Đà Nẵng đến Lâm Đồng)"
            elif k == j and self._is(k, "bộ") and self.toks[k].upper and self._tok(k + 1) is not None \
                    and (n := self._match(self.data["departments"], k + 1)) \
                    and self._slice(i, j) not in self.data["ministries"]:
                # "Bảo hiểm xã hội Bộ Quốc phòng": the body of a ministry (not "Bộ Ngoại giao Bộ Công Thương", two
                # ministries in a cell whose lines were its commas)
                k += 1 + n
            elif self._tok(k) is not None and self.toks[k].word and self.toks[k].upper \
                    and not self._starts_unit(k) and not self._stop(k, any_case=True):
                k += 1  # a place name: "tỉnh Khánh Hòa", "Lai Châu"
            elif self._is(k, "-") and self._tok(k + 1) is not None and self.toks[k + 1].upper and (
                    (branch := self._branch(k + 1)) or not self._starts_unit(k + 1)):
                # (not "Bộ Tài chính - Cơ quan Thường trực …": the body and its role)
                k = branch if branch else k + 1
            else:
                # "Ngân hàng Nhà nước Việt Nam (-) Chi nhánh Khu vực II" is one unit
                branch = self._branch(k) if k > j or self.toks[k - 1].word else None
                if not branch:
                    break
                k = branch
        k = self._belonging(k)
        return [_clean(self._slice(i, k), named=True)], k

    def _region(self, k: int) -> int | None:
        """End of a region's name at token k ("Trung Bộ", "miền Trung", "Đồng bằng sông Cửu Long"), None if none."""
        start = k + 1 if self._is(k, "miền") else k
        while self._tok(k) is not None and self.toks[k].word and (self.toks[k].upper or k < start
                                                                    or (k > start and self._is(k, "bằng", "sông"))):
            k += 1
        return k if k > start else None

    def _province_range(self, k: int) -> int | None:
        """End of "từ <province> đến <province>" at token k, None if there is none."""
        provinces = self.data["provinces"]
        first = self._match(provinces, k + 1) if self._tok(k + 1) is not None else 0
        if not first or not self._is(k + 1 + first, "đến"):
            return None
        last = self._match(provinces, k + 2 + first) if self._tok(k + 2 + first) is not None else 0
        return k + 2 + first + last if last else None

    def _place_list(self, i: int, j: int) -> tuple[list[str], int] | None:
        """'Ủy ban nhân dân các thành phố: Hà Nội, Cần Thơ' -> one unit per place named after the colon (also after
        a count: 'Ủy ban nhân dân 04 xã: Gia Thuận, Tân Điền, …')."""
        counted = (t := self._tok(j)) is not None and t.text.isdigit() and len(t.text) <= 2
        if not (counted or self._is(j, "các")):
            return self._places_named(i, j)
        n = self._match(self.data["localities"], j + 1)
        mixed = bool(n) and self._is(j + 1 + n, ",") and self._is(j + 2 + n, "thành") and self._is(j + 3 + n, "phố")
        if mixed:
            n += 3  # "Ủy ban nhân dân các tỉnh, thành phố: Tuyên Quang, Hồ Chí Minh": each place by its own kind
        # "Đảng bộ các phường, xã: Bình Thuận, La Dạ": which name is a ward's the text does not say; the group stands
        unknown = bool(n) and not mixed and self._is(j + 1 + n, ",") and self._tok(j + 2 + n) is not None \
            and (m := self._match(self.data["localities"], j + 2 + n)) and self._is(j + 2 + n + m, ":")
        if unknown:
            n += 1 + m
        # "… các tỉnh, thành phố trực thuộc Trung ương: Hà Tĩnh, Huế": the places named after it all the same
        central = 4 if n and self._is(j + 1 + n, "trực") and self._is(j + 2 + n, "thuộc") \
            and self._is(j + 3 + n, "trung") and self._is(j + 4 + n, "ương") else 0
        if not n or not self._is(j + 1 + n + central, ":"):
            return None
        prefix = f"{self._slice(i, j)} {self._slice(j + 1, j + 1 + n)}"
        units: list[str] = []
        k = end = j + 2 + n + central
        while True:
            start = k
            k += self._match(self.data["provinces"], k) if self._tok(k) is not None else 0  # "Hải Phòng", whole
            while self._tok(k) is not None and self.toks[k].word and self.toks[k].upper \
                    and not self._starts_unit(k):  # capitalized: a name, also "Cần Thơ"
                k += 1
                if self._is(k, "-") and self._tok(k + 1) is not None and self.toks[k + 1].upper:
                    k += 1  # "Bà Rịa - Vũng Tàu"
            if k == start:
                break
            place = self._slice(start, k)
            if unknown:
                units = [_clean(self._slice(i, j + 1 + n), named=True)]
            elif mixed:  # "Thành phố Hồ Chí Minh" (a centrally-run city takes its capital), "tỉnh Đồng Nai"
                kind = "Thành phố" if province_prefix(place) == "thành phố" else "tỉnh"
                units.append(_clean(f"{self._slice(i, j)} {kind} {place}", named=True))
            else:
                units.append(_clean(f"{prefix} {place}", named=True))
            end = k
            nxt = self._separator(k)
            if nxt is None:
                break
            k = nxt
        return (units, end) if units else None

    def _places_named(self, i: int, j: int) -> tuple[list[str], int] | None:
        """'Ủy ban nhân dân thành phố Hà Nội, thành phố Hồ Chí Minh và tỉnh Quảng Ninh' -> one unit per place, when
        two or more are named each with its kind."""
        units: list[str] = []
        k = end = j
        while (n := self._match(self.data["localities"], k)) and self._tok(k + n) is not None \
                and (m := self._match(self.data["provinces"], k + n)):
            end = k + n + m
            units.append(_clean(f"{self._slice(i, j)} {self._slice(k, end)}", named=True))
            if (k := self._separator(end)) is None:
                break
        return (units, end) if len(units) > 1 else None

    def _branch(self, k: int) -> int | None:
        """End of a branch named after its parent body: "… Chi nhánh Khu vực II", "… chi nhánh khu vực 14";
        None when none starts at k."""
        if not (self._is(k, "chi") and self._is(k + 1, "nhánh")):
            return None
        end = self._open_words(k + 2)
        return end if end > k + 2 else None

    def _belonging(self, j: int) -> int:
        """End of a '(trực) thuộc …' tail: 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương', of
        'tại địa phương' / 'ở địa phương': 'Mặt trận Tổ quốc Việt Nam tại địa phương' (its local committees), or of
        'của tỉnh' / 'của Thành phố Hồ Chí Minh' / 'của Quốc hội'; `j` itself when there is none."""
        if self._is(j, "tại", "ở") and self._is(j + 1, "địa") and self._is(j + 2, "phương"):
            return j + 3
        if self._is(j, "của") and self._is(j + 1, "quốc") and self._is(j + 2, "hội") and self.toks[j + 1].upper:
            return j + 3  # "các Ủy ban của Quốc hội", "các cơ quan của Quốc hội"
        if self._is(j, "của") and self._is(j + 1, "tỉnh", "thành") and (n := self._match(self.data["localities"], j + 1)):
            # "các Sở, ban, ngành của tỉnh", "… của Thành phố Hồ Chí Minh"
            n += self._match(self.data["provinces"], j + 1 + n) if self._tok(j + 1 + n) is not None else 0
            return j + 1 + n
        k = j + 1 if self._is(j, "trực") else j
        if not self._is(k, "thuộc"):
            return j
        if self._is(k + 1, "trung") and self._is(k + 2, "ương"):
            return k + 3  # "trực thuộc trung ương", also in lower case
        if self._tok(k + 1) is None:
            return k + 1  # the text ends on it: a scan lost the rest of the line ("… các tỉnh, thành phố trực thuộc")
        end = k + 1
        while self._tok(end) is not None and self.toks[end].word and (
                self.toks[end].upper or self._match(self.data["localities"], end)
                or (self.toks[end - 1].upper and not self._stop(end))):  # "Trung ương"
            end += 1
        return end if end > k + 1 else j

    def _department_list(self, i: int, head: str) -> tuple[list[str], int] | None:
        """'Các Sở: Kế hoạch và Đầu tư, Xây dựng, Cục Thuế tỉnh' -> Sở …, Sở …, Cục Thuế tỉnh."""
        d = self.data
        units: list[str] = []
        j = i
        while self._has(j):
            # (an aside after a name: "Các Sở: Tư pháp (cơ quan thường trực …), Nội vụ")
            k = j if not units else self._separator(self._skip_paren(j))
            if k is None or not self._has(k):
                break
            # a known department, or a known body after the head: "Các Cục: …, Kết cấu hạ tầng xây dựng"
            n = self._match(d["departments"], k) or self._walk(d["bodies"].trie.get(fold(head), {}), k)
            if n:
                units.append(f"{head} {self._slice(k, k + n)}")
                j = k + n
                continue
            got = self._unit(k, in_list=True) if head != _GROUP_HEAD else None  # (a group's names are its own)
            if got:
                units.extend(got[0])
                j = got[1]
                continue
            if not self.toks[k].upper:
                break
            end = self._name_words(k)  # a department missing from the gazetteer
            while end > k and not self.toks[end - 1].word:
                end -= 1
            units.append(f"{head} {self._slice(k, end)}")
            j = end
        return (units, j) if units else None

    def _group(self, i: int, in_list: bool) -> tuple[list[str], int] | None:
        """'các sở, ban, ngành, địa phương', 'các cơ quan, đơn vị có liên quan'."""
        d, f = self.data, self.folds
        j = i
        if self._is(j, "tất", "toàn") and self._is(j + 1, "cả", "bộ"):
            j += 2
        if self._is(j, "các", "những"):
            j += 1
        n = self._match(d["groups"], j)
        if n and f[j] == "trường" and self._is(j + 1, "hợp"):
            return None  # "các trường hợp": cases, not schools
        # Without "các", group nouns only in a list: "…; đơn vị trực thuộc Sở", "Sở, ban, ngành thuộc …".
        if not n or (j == i and not in_list and not (self.partners and self._match(d["partner_starts"], j))
                     and not ((self.toks[i].upper or f[i] in ("bộ", "sở")) and self._match(d["bare_starts"], j)
                              and self._is(j + n, ",") and self._match(d["groups"], j + n + 1))):
            return None
        if j == i and self._is(j + n, "chủ") and self._is(j + n + 1, "trì"):
            return None  # "phối hợp với cơ quan chủ trì": the lead's role, no unit of its own
        if j == i and f[j] == "tổ" and self._is(j + 1, "chức") and self._has(j + 2) and not self._is(j + 2, *_ORGANISATION_KINDS):
            return None  # "…, Ủy ban nhân dân tỉnh; tổ chức quán triệt …": the verb (not "tổ chức, cá nhân", "tổ chức xã hội")
        head = f[j:j + n]
        j += n
        head_end = j
        if f[j - 1] in d["list_heads"] and self._tok(j) is not None and self.toks[j].upper \
                and (n := self._match(d["departments"], j)):
            j += n  # "các Sở Xây dựng liên quan": the departments of that name in several provinces
        described = False  # a place or "liên quan" past the group nouns: after it a group noun opens a new group
        while self._has(j):
            tok = self.toks[j]
            if tok.text == "," and self._is(j + 1, "tổ") and self._is(j + 2, "chức") and self._is(j + 3, "chính"):
                break  # "các sở, ban, ngành, tổ chức chính trị - xã hội": two groups
            if tok.text == "," and (self._is(j - 1, "phòng") and self._is(j + 1, "chống")
                                    or self._is(j - 2, "khám") and self._is(j - 1, "bệnh") and self._is(j + 1, "chữa")):
                j += 1  # "các cơ sở khám bệnh, chữa bệnh", "các lực lượng phòng, chống tội phạm": one compound
                continue
            n = self._match(d["groups"], j + 1) if tok.text in ",và" or f[j] == "và" else 0
            if n and (described or (j > head_end and f[j + 1:j + 1 + n] == head)):
                # ("các thương nhân đầu mối …, thương nhân phân phối …": the same noun again after its description)
                break  # "các Sở, ban, ngành cấp tỉnh, cơ quan ngành dọc …", "… Thành phố và đơn vị có liên quan"
            if n and self._is(j + 1, "chính", "lực") and self._is(j + 2, "quyền", "lượng") \
                    and f[j - 1] not in ("ủy", "uỷ", "đảng"):
                break  # "các cơ quan chức năng, chính quyền địa phương": two (not "cấp ủy, chính quyền các cấp")
            if n and tok.text == "," and (not self._starts_unit(j + 1) or self._is(j + 1 + n, ",", "và")):
                j += 1 + n  # "các Sở, Ban, ngành liên quan": a capitalized group noun listed on
                if self._is(j, "các", "những", "việc") \
                        and (verb := next((k for k in range(j - n + 1, j) if self._stop(k)), None)) is not None:
                    j = verb  # "các Bộ, cơ quan nghiên cứu các chính sách …": the noun's last words are the job
                    break
            elif f[j] == "và" and (m := self._match(d["groups"], j + 1)) and self._is(j + 1 + m, ",") \
                    and self._match(d["groups"], j + 2 + m):
                break  # "các sở, ban, ngành và cơ quan, đơn vị có liên quan": a second group, listed on its own
            elif f[j] == "và" and not described and self._tok(j + 1) is not None and not self._starts_unit(j + 1) \
                    and (self._match(d["groups"], j + 1) or not self._stop(j + 1)):
                described = described or not n
                j += 1 + self._match(d["groups"], j + 1)  # "các bộ, ngành và tổ chức liên quan"
            elif tok.text == "-" and self._tok(j + 1) is not None and self.toks[j + 1].word:
                j += 1
            elif f[j] == "cấp" and self._match(d["localities"], j + 1):
                j += 1 + self._match(d["localities"], j + 1)  # "các sở, ngành cấp tỉnh"
                described = True
            elif f[j] == "các" and self._is(j + 1, "cấp"):
                j += 2  # "chính quyền các cấp"
                described = True
            elif (f[j] == "của" or f[j] == "thuộc" and self._tok(j + 2) is not None and self.toks[j + 2].upper
                  and (self._match(d["bodies"], j + 1) or not self._stop(j + 2, any_case=True))) \
                    and self._starts_unit(j + 1) and (owner := self._named(j + 1, in_list=False)):
                # "cơ quan chức năng của Bộ Nông nghiệp và Môi trường", "… thuộc Bộ Xây dựng": whose bodies (not
                # "đơn vị trực thuộc Sở xây dựng kế hoạch …", where the name ends at "Sở")
                j = owner[1]
            elif f[j - 1] == "viên" and tok.upper and self._starts_unit(j) and (body := self._named(j, in_list=False)):
                j = body[1]  # "Các thành viên Ban Chỉ đạo", "các Ủy viên Hội đồng …": the members of that body
                described = True
            elif f[j] == "của" and self._is(j + 1, "địa") and self._is(j + 2, "phương"):
                j += 3  # "các lực lượng chức năng của địa phương"
                described = True
            elif f[j] == "của" and (owned := self._belonging(j)) > j:
                j = owned  # "các Sở, ban, ngành của tỉnh"
                described = True
            elif tok.word and f[j] != "và" and (not self._stop(j, any_case=True) or f[j - 1] in ("đến", "tới")):
                # the object of "liên quan đến" is no predicate: "… liên quan đến điều tra xã hội học"
                if tok.upper and self._starts_unit(j) and not self.toks[j - 1].word:
                    break
                # a place ("… đoàn thể Thành phố", not "Trung ương và địa phương") or "liên quan" ends the
                # group's nouns; other words may still belong to them ("cơ quan thông tấn, báo chí")
                described = described or (tok.upper and f[j] not in ("trung", "ương")) or f[j] == "liên"
                j += 1
            else:
                break
        return [_clean(self._slice(i, j))], j


# What follows "tổ chức" when it names organisations ("tổ chức, cá nhân", "tổ chức chính trị - xã hội", "tổ chức có
# liên quan", "tổ chức tín dụng"); any other word makes it the verb "organise".
_ORGANISATION_KINDS = (",", ";", ".", "và", "có", "liên", "chính", "cá", "xã", "đoàn", "kinh", "đảng", "tín", "thành",
                       "quốc", "nước", "trong", "ngoài", "hành", "sự", "công", "khác", "đại", "trực", "thuộc", "được", "tại",
                       "ở", "trên", "hoặc", "phi", "y", "giáo", "tôn", "dịch", "hiệp", "nghề", "cơ")
_COUNCIL = "Hội đồng nhân dân"
_COUNCIL_PLACE = regex.compile(rf"(?P<body>.*){_COUNCIL} (?P<place>(?:tỉnh|thành phố|Thành phố|Tỉnh)\b.*)")
_GROUPS_AND_DEPUTIES = regex.compile(r"(?P<groups>các Tổ đại biểu) và (?P<deputies>đại biểu) ")


def _council_place_shared(units: list[str]) -> list[str]:
    """"Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân, các Tổ đại biểu và đại biểu Hội đồng nhân dân
    Thành phố": the council's place, written once at the end, belongs to each of its bodies and deputies."""
    last = _COUNCIL_PLACE.fullmatch(units[-1]) if len(units) > 1 else None
    if last is None or not all(u.endswith(_COUNCIL) for u in units[:-1]):
        return units
    place = last["place"]
    shared = [f"{u} {place}" for u in units[:-1]]
    if (pair := _GROUPS_AND_DEPUTIES.fullmatch(last["body"])) is not None:
        # "các Tổ đại biểu và đại biểu Hội đồng nhân dân Thành phố": the groups and the deputies
        return shared + [f"{pair['groups']} {_COUNCIL} {place}", f"{pair['deputies']} {_COUNCIL} {place}"]
    return shared + [units[-1]]


def _committees_of(committee: str, bodies: list[str]) -> list[str]:
    """"Bí thư Tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Gia Lai, Đắk Lắk": the places listed for the
    People's Committees are the party committees' too."""
    places = [m["place"] for body in bodies if (m := _PROVINCE_COMMITTEE.fullmatch(body))]
    return [f"{committee} {place}" for place in places] if len(places) == len(bodies) else [committee]


def _clean(name: str, named: bool = False) -> str:
    name = _DASH_BETWEEN_WORDS.sub(" - ", " ".join(name.split())).strip(" ,;:")
    # A named unit written after a title in lower case: "Trưởng phòng Lao động …" -> "Phòng Lao động …".
    return name[:1].upper() + name[1:] if named else name
