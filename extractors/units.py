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

from pipeline.normalize import fold, fold_tones

_TOKEN = regex.compile(r"\w+|[^\w\s]")
_DASH_BETWEEN_WORDS = regex.compile(r"(?<=\w)\s*-\s*(?=\w)")
_PAREN = regex.compile(r"\([^()]*\)")


@lru_cache(maxsize=1)
def _data() -> dict:
    raw = json.loads(resources.files("extractors").joinpath("data/units.json").read_text(encoding="utf-8"))
    phrases = lambda key: _PhraseSet(raw[key])  # noqa: E731
    heads = raw["department_heads"]
    return {
        "abbreviations": regex.compile("|".join(f"(?P<a{i}>{p})" for i, (p, _) in enumerate(raw["abbreviations"]))),
        "expansions": [full for _, full in raw["abbreviations"]],
        "heads": phrases("heads"),
        "bodies": _PhraseSet(raw["bodies"] + [f"{h} {d}" for h in heads for d in raw["departments"]]),
        "departments": phrases("departments"),
        "department_heads": {fold(h): h for h in heads},
        "titles": phrases("titles"),
        "groups": phrases("group_nouns"),
        "bare_starts": phrases("bare_group_starts"),
        "localities": phrases("localities"),
        "stops": phrases("stop_words"),
    }


class _PhraseSet:
    """Multi-word phrases matched against folded tokens, longest first."""

    def __init__(self, phrases: list[str]):
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            words = tuple(fold(t) for t in _TOKEN.findall(phrase))
            self.by_first.setdefault(words[0], []).append(words)
        for seqs in self.by_first.values():
            seqs.sort(key=len, reverse=True)

    def match(self, folds: list[str], i: int) -> int:
        """Number of tokens of the longest phrase starting at token i (0: none)."""
        for seq in self.by_first.get(folds[i], ()) if i < len(folds) else ():
            if tuple(folds[i:i + len(seq)]) == seq:
                return len(seq)
        return 0


def _expand(text: str) -> tuple[str, list[int]]:
    """Text with abbreviations written out, and for each character the end offset of its source."""
    data = _data()
    out, ends, pos = [], [], 0
    for m in data["abbreviations"].finditer(text):
        full = data["expansions"][int(m.lastgroup[1:])]
        out.append(text[pos:m.start()])
        ends.extend(range(pos + 1, m.start() + 1))
        out.append(full)
        ends.extend([m.end()] * len(full))
        pos = m.end()
    out.append(text[pos:])
    ends.extend(range(pos + 1, len(text) + 1))
    return "".join(out), ends


def expand_abbreviations(name: str) -> str:
    """'UBND tỉnh' -> 'Ủy ban nhân dân tỉnh', 'Sở LĐ-TB&XH' -> 'Sở Lao động - Thương binh và Xã hội'."""
    return " ".join(_expand(name)[0].split())


def unit_key(name: str) -> str:
    """Comparison key: abbreviations expanded, case and tone placement folded, punctuation dropped."""
    return " ".join(regex.sub(r"[^\w\s]", " ", fold(expand_abbreviations(name))).split())


def split_units(phrase: str) -> list[str]:
    """The units a phrase names, in full form; generic groups are kept as written.

    "Các Sở: Tài chính, Nội vụ" -> ["Sở Tài chính", "Sở Nội vụ"]; a piece that names no unit
    of its own continues the unit before it ("các sở có đơn vị sự nghiệp kinh tế, sự nghiệp
    kinh tế khác trực thuộc"); a phrase naming no known unit is returned as written.
    """
    text = " ".join(_PAREN.sub(" ", expand_abbreviations(phrase)).split()).strip(" ,;:.-")
    if not text:
        return []
    reader = _Reader(text)
    units: list[str] = []
    i = 0
    while i < len(reader.toks):
        got, j = reader.read(i)
        if got:
            units.extend(got)
            i = j
            continue
        # No unit here: the words up to the next separator belong to the unit before.
        j = reader.next_separator(i + 1)
        piece = text[reader.toks[i].start:reader.toks[j - 1].end]
        if units and not regex.fullmatch(r"[\s,;:.]*", piece):
            units[-1] = _clean(units[-1] + (" " if piece[0] not in ",;" else "") + piece)
        elif not units and regex.search(r"\w", piece):
            units.append(_clean(piece.strip(" ,;:")))
        i = j
    return units


def read_units(text: str, start: int = 0) -> tuple[list[str], int]:
    """Units listed from `start` on, and the offset in `text` where the list ends ([] when none)."""
    expanded, ends = _expand(text[start:])
    reader = _Reader(expanded)
    units, j = reader.read(0)
    if not units:
        return [], start
    return units, start + ends[reader.toks[j - 1].end - 1]


def begins_job(text: str) -> bool:
    """Whether text opens with what a unit is told to do: a lower-case word or a verb ("Tập trung …")."""
    reader = _Reader(text)
    tok = reader._tok(0)
    return tok is not None and tok.text[0].isalpha() and (not tok.upper or reader._stop(0, any_case=True))


@lru_cache(maxsize=65536)
def _fold_word(word: str) -> str:
    # Tokens come from normalized text: only case and tone placement need folding, and words repeat.
    return fold_tones(word).casefold()


class _Token:
    __slots__ = ("text", "start", "end", "fold")

    def __init__(self, m: regex.Match):
        self.text, self.start, self.end = m.group(), m.start(), m.end()
        self.fold = _fold_word(self.text)

    @property
    def word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def upper(self) -> bool:
        return self.text[0].isupper()


class _Reader:
    """Reads unit lists over the tokens of an abbreviation-expanded text."""

    def __init__(self, text: str):
        self.text = text
        self.toks = [_Token(m) for m in _TOKEN.finditer(text)]
        self.folds = [t.fold for t in self.toks]
        self.data = _data()

    # --- helpers -------------------------------------------------------------------------
    def _tok(self, i: int) -> _Token | None:
        return self.toks[i] if i < len(self.toks) else None

    def _is(self, i: int, *folds: str) -> bool:
        return i < len(self.toks) and self.folds[i] in folds

    def _stop(self, i: int, any_case: bool = False) -> bool:
        """A verb or preposition at token i; capitalized words are names unless any_case."""
        tok = self._tok(i)
        return tok is not None and tok.word and (any_case or not tok.upper) \
            and self.data["stops"].match(self.folds, i) > 0

    def _starts_unit(self, i: int) -> bool:
        """A capitalized unit name or a group ('các …') begins at token i."""
        tok = self._tok(i)
        if tok is None or not tok.word:
            return False
        if self.folds[i] in ("các", "những", "tất"):
            return True
        d = self.data
        return tok.upper and bool(d["bodies"].match(self.folds, i) or d["heads"].match(self.folds, i))

    def _slice(self, i: int, j: int) -> str:
        return self.text[self.toks[i].start:self.toks[j - 1].end]

    def next_separator(self, i: int) -> int:
        while i < len(self.toks) and self.toks[i].text not in ",;":
            i += 1
        return i

    def _skip_paren(self, i: int) -> int:
        if self._is(i, "("):
            depth = 0
            for j in range(i, len(self.toks)):
                depth += {"(": 1, ")": -1}.get(self.toks[j].text, 0)
                if depth == 0:
                    return j + 1
        return i

    def _separator(self, i: int) -> int | None:
        """Index after a list separator (',', ';', 'và', ', và', 'cùng'), None when there is none."""
        j = i
        if self._is(j, ",", ";"):
            j += 1
        if self._is(j, "và", "cùng"):
            j += 1
        return j if j > i else None

    # --- reading ---------------------------------------------------------------------------
    def read(self, i: int) -> tuple[list[str], int]:
        units: list[str] = []
        j = i
        while j < len(self.toks):
            k = j
            if units:
                k = self._separator(j)
                if k is None:
                    break
            got = self._unit(k, in_list=bool(units))
            if not got:
                break
            found, j = got
            units.extend(found)
            # An aside after a unit ("(sau đây gọi chung là …)", "(thuế, đất đai, …)"): the list goes on.
            j = self._skip_paren(j)
        return units, j if units else i

    def _unit(self, i: int, in_list: bool) -> tuple[list[str], int] | None:
        d, f = self.data, self.folds
        tok = self._tok(i)
        if tok is None or not tok.word or (len(tok.text) > 1 and tok.text.isupper()):
            return None  # capitals: a title line ("THỦ TƯỚNG CHÍNH PHỦ điện:"), not a unit in a sentence
        n = d["titles"].match(f, i)
        if n and (tok.upper or in_list) and self._tok(i + n) is not None:
            got = self._unit(i + n, in_list)
            if got:
                return got
        if f[i] in ("các", "những") and self._is(i + 2, ":") and f[i + 1] in d["department_heads"]:
            return self._department_list(i + 3, d["department_heads"][f[i + 1]])
        return self._named(i, in_list) or self._group(i, in_list)

    def _named(self, i: int, in_list: bool) -> tuple[list[str], int] | None:
        d, f = self.data, self.folds
        tok = self.toks[i]
        body = d["bodies"].match(f, i)
        head = d["heads"].match(f, i)
        nxt = self._tok(i + max(body, head))
        proper_next = nxt is not None and nxt.word and nxt.upper
        if self._is(i + body, ",") and d["groups"].match(f, i + body + 1) and d["groups"].match(f, i) == body:
            return None  # "Sở, ban, ngành …" is a group
        if body and (body > head or not proper_next) and (tok.upper or in_list):
            return self._with_place(i, i + body)
        if head and proper_next:
            return self._with_place(i, self._name_words(i + head))
        return None

    def _name_words(self, j: int) -> int:
        """End of a proper name after its head word: capitalized words, lower-case words that are
        no verb, "A - B", "A và B" (when B is no new unit)."""
        f = self.folds
        while j < len(self.toks):
            tok = self.toks[j]
            if tok.word:
                if f[j] == "và":
                    nxt = self._tok(j + 1)
                    if nxt is None or not nxt.upper or self._starts_unit(j + 1):
                        break
                    j += 1
                    continue
                if not tok.upper and (self._stop(j) or f[j] == "các"
                                      or self.data["localities"].match(f, j) or f[j] == "cấp"):
                    break
                j += 1
            elif tok.text == "-" and self._tok(j + 1) is not None and self.toks[j + 1].upper:
                j += 1
            else:
                break
        return j

    def _with_place(self, i: int, j: int) -> tuple[list[str], int]:
        """A unit name from token i to j, followed by its place: 'tỉnh Khánh Hòa', 'Lai Châu', 'các
        huyện, thị xã, thành phố', 'trực thuộc Trung ương'; 'cấp huyện, cấp xã' makes two units."""
        f, places = self.folds, self.data["localities"]
        if self._is(j, "cấp") and places.match(f, j + 1):
            base, units, k = self._slice(i, j), [], j
            while self._is(k, "cấp") and places.match(f, k + 1):
                end = k + 1 + places.match(f, k + 1)
                units.append(_clean(f"{base} {self._slice(k, end)}"))
                k = end + 1 if self._is(end, ",") and self._is(end + 1, "cấp") else end
            return units, k
        k = j + 1 if self._is(j, "các") and places.match(f, j + 1) else j
        k += places.match(f, k)
        while True:
            if k > j and self._is(k, ",") and places.match(f, k + 1) and not self._is(k + 1, "tỉnh"):
                k += 1 + places.match(f, k + 1)  # "huyện, thị xã, thành phố"
            elif k > j and places.match(f, k) and not self._is(k, "tỉnh") and places.match(f, k - 1):
                k += places.match(f, k)  # "các phường xã"
            elif self._tok(k) is not None and self.toks[k].word and self.toks[k].upper \
                    and not self._starts_unit(k) and not self._stop(k, any_case=True):
                k += 1  # a place name: "tỉnh Khánh Hòa", "Lai Châu"
            elif self._is(k, "-") and self._tok(k + 1) is not None and self.toks[k + 1].upper:
                k += 1
            else:
                break
        k = self._belonging(k)
        return [_clean(self._slice(i, k), named=True)], k

    def _belonging(self, j: int) -> int:
        """End of a '(trực) thuộc …' tail: 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'."""
        k = j + 1 if self._is(j, "trực") else j
        if not self._is(k, "thuộc"):
            return j
        end = k + 1
        while self._tok(end) is not None and self.toks[end].word and (
                self.toks[end].upper or self.data["localities"].match(self.folds, end)
                or (self.toks[end - 1].upper and not self._stop(end))):  # "Trung ương"
            end += 1
        return end if end > k + 1 else j

    def _department_list(self, i: int, head: str) -> tuple[list[str], int] | None:
        """'Các Sở: Kế hoạch và Đầu tư, Xây dựng, Cục Thuế tỉnh' -> Sở …, Sở …, Cục Thuế tỉnh."""
        d, f = self.data, self.folds
        units: list[str] = []
        j = i
        while j < len(self.toks):
            k = j if not units else self._separator(j)
            if k is None or k >= len(self.toks):
                break
            n = d["departments"].match(f, k)
            if n:
                units.append(f"{head} {self._slice(k, k + n)}")
                j = k + n
                continue
            got = self._unit(k, in_list=True)
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
        n = d["groups"].match(f, j)
        # Without "các", group nouns only in a list: "…; đơn vị trực thuộc Sở", "Sở, ban, ngành thuộc …".
        if not n or (j == i and not in_list and not (self.toks[i].upper and d["bare_starts"].match(f, j)
                                                     and self._is(j + n, ",") and d["groups"].match(f, j + n + 1))):
            return None
        j += n
        while j < len(self.toks):
            tok = self.toks[j]
            if tok.text == "," and d["groups"].match(f, j + 1) and not self._starts_unit(j + 1):
                j += 1 + d["groups"].match(f, j + 1)
            elif f[j] == "và" and self._tok(j + 1) is not None and not self._starts_unit(j + 1) \
                    and (d["groups"].match(f, j + 1) or not self._stop(j + 1)):
                j += 1 + d["groups"].match(f, j + 1)  # "các bộ, ngành và tổ chức liên quan"
            elif tok.text == "-" and self._tok(j + 1) is not None and self.toks[j + 1].word:
                j += 1
            elif f[j] == "cấp" and d["localities"].match(f, j + 1):
                j += 1 + d["localities"].match(f, j + 1)  # "các sở, ngành cấp tỉnh"
            elif tok.word and f[j] != "và" and (not self._stop(j, any_case=True) or f[j - 1] in ("đến", "tới")):
                # the object of "liên quan đến" is no predicate: "… liên quan đến điều tra xã hội học"
                if tok.upper and self._starts_unit(j) and not self.toks[j - 1].word:
                    break
                j += 1
            else:
                break
        return [_clean(self._slice(i, j))], j


def _clean(name: str, named: bool = False) -> str:
    name = _DASH_BETWEEN_WORDS.sub(" - ", " ".join(name.split())).strip(" ,;:")
    # A named unit written after a title in lower case: "Trưởng phòng Lao động …" -> "Phòng Lao động …".
    return name[:1].upper() + name[1:] if named else name
