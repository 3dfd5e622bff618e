"""Legacy Word 97–2003 (.doc) files: the main text's paragraphs and tables, in reading order, then the footnotes.

Offices still file many plans as .doc. The format ([MS-DOC]) keeps the text in pieces listed by a piece table
(the CLX); paragraph marks carry properties in formatted disk pages (FKPs) that tell a table cell's end ("\\x07")
from a table row's end. Footnotes follow the main text, as a text copy prints them at its end (a consolidated
law's cite the laws that amended each article); headers, footers and field codes are not the document's words
(a field's shown result is).
"""
from __future__ import annotations

import bisect
import io
import re
import struct
from dataclasses import dataclass

import olefile

from pipeline.document import RawBlock
from pipeline.list_labels import Level, ListCounter


class Word97Error(Exception):
    """The file is no readable Word 97–2003 document; the message says why."""


_WORD97_IDENT = 0xA5EC
_WORD95_IDENT = 0xA5DC
_FLAG_ENCRYPTED = 0x0100
_FLAG_TABLE_1 = 0x0200  # which of "0Table" / "1Table" holds the piece table
_FC_CLX, _FC_PAPX = 33, 13  # indexes of (fc, lcb) pairs in the FIB's FibRgFcLcb97
_FC_LISTS, _FC_LIST_USES = 73, 74  # PlfLst (the lists), PlfLfo (their uses, which paragraphs name)
_SPRM_IN_TABLE, _SPRM_ROW_END = 0x2416, 0x2417  # sprmPFInTable, sprmPFTtp
_SPRM_LIST_USE, _SPRM_LIST_LEVEL = 0x460B, 0x260A  # sprmPIlfo, sprmPIlvl
_SPRM_HUGE = 0x6646  # sprmPHugePapx: where in the Data stream a paragraph's modifiers are
# Word's number formats (nfc) by the names DOCX gives them
_NUMBER_FORMATS = {0: "decimal", 1: "upperRoman", 2: "lowerRoman", 3: "upperLetter", 4: "lowerLetter",
                   22: "decimalZero", 23: "bullet", 255: "none"}
_SPRM_TABLE_DEF, _SPRM_TABS = 0xD608, 0xC615  # operands whose length is coded differently

# Characters that end a paragraph or switch field state; everything between them is plain text.
_SPECIAL = re.compile(r"[\r\x07\x0c\x13\x14\x15]")
# Placeholders for pictures, drawn objects, footnote and comment marks; a non-breaking and an optional hyphen.
_INLINE = str.maketrans({"\x01": None, "\x02": None, "\x05": None, "\x08": None, "\x1e": "-", "\x1f": None,
                         "\x0b": "\n"})


@dataclass
class _Paragraph:
    """What a paragraph mark's properties say: in a table, the end of a row, which list use and level."""

    in_table: bool = False
    row_end: bool = False
    list_use: int = 0  # 1-based; 0: no list
    list_level: int = 0


_PLAIN = _Paragraph()


def read_word97(data: bytes) -> list[RawBlock]:
    """The document's paragraphs (kind "": laid out by the caller) and tables."""
    if not olefile.isOleFile(io.BytesIO(data)):
        raise Word97Error("not a Word 97-2003 document (no OLE2 container)")
    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            if not ole.exists("WordDocument"):
                raise Word97Error("an OLE2 file without a Word document (another Office format?)")
            word = ole.openstream("WordDocument").read()
            ident, flags = _u16(word, 0), _u16(word, 0x0A)
            if ident == _WORD95_IDENT:
                raise Word97Error("Word 6/95 document (older than Word 97); save it as .docx")
            if ident != _WORD97_IDENT:
                raise Word97Error("not a Word 97-2003 document (unknown file signature)")
            if flags & _FLAG_ENCRYPTED:
                raise Word97Error("encrypted .doc (password required)")
            table_name = "1Table" if flags & _FLAG_TABLE_1 else "0Table"
            if not ole.exists(table_name):
                raise Word97Error(f"corrupt .doc (the {table_name} stream is missing)")
            table = ole.openstream(table_name).read()
            data_stream = ole.openstream("Data").read() if ole.exists("Data") else b""
    except Word97Error:
        raise
    except Exception as exc:  # olefile reports a damaged container as OSError, or fails inside on bad sizes
        raise Word97Error(f"corrupt .doc ({type(exc).__name__}: {exc})") from None
    try:
        fib = _Fib(word)
        pieces = _Pieces(_piece_table(table, *fib.pair(_FC_CLX)))
        marks = _ParagraphMarks(word, table, data_stream, *fib.pair(_FC_PAPX))
        lists = _Lists(table, *fib.pair(_FC_LISTS), *fib.pair(_FC_LIST_USES))
        return _blocks(pieces.text(word, fib.ccp_text + fib.ccp_footnotes), pieces, marks, lists)
    except (struct.error, IndexError, ValueError) as exc:
        raise Word97Error(f"corrupt .doc ({type(exc).__name__}: {exc})") from None


def _u16(data: bytes, pos: int) -> int:
    return struct.unpack_from("<H", data, pos)[0]


def _u32(data: bytes, pos: int) -> int:
    return struct.unpack_from("<I", data, pos)[0]


class _Fib:
    """The file information block at the head of the WordDocument stream: lengths and where structures sit."""

    def __init__(self, word: bytes):
        pos = 0x20
        pos += 2 + 2 * _u16(word, pos)  # csw, fibRgW
        n_lw = _u16(word, pos)
        self.ccp_text = _u32(word, pos + 2 + 3 * 4)  # fibRgLw.ccpText: the main text's length in characters
        self.ccp_footnotes = _u32(word, pos + 2 + 4 * 4)  # ccpFtn: the footnotes', which follow it
        pos += 2 + 4 * n_lw
        self._count = _u16(word, pos)
        self._blob = pos + 2
        self._word = word

    def pair(self, index: int) -> tuple[int, int]:
        if index >= self._count:
            raise ValueError(f"FIB has no entry {index}")
        pos = self._blob + 8 * index
        return _u32(self._word, pos), _u32(self._word, pos + 4)


def _piece_table(table: bytes, fc: int, lcb: int) -> bytes:
    """The PlcPcd inside the CLX, past any property runs (Prc) before it."""
    pos, end = fc, fc + lcb
    while pos < end:
        if table[pos] == 0x01:
            size = struct.unpack_from("<h", table, pos + 1)[0]
            if size < 0:
                raise ValueError("negative property run in the CLX")
            pos += 3 + size
        elif table[pos] == 0x02:
            size = _u32(table, pos + 1)
            return table[pos + 5:pos + 5 + size]
        else:
            break
    raise ValueError("no piece table in the CLX")


class _Pieces:
    """Runs of characters (CP ranges) and where each lies in the WordDocument stream (FC), 8- or 16-bit."""

    def __init__(self, plc: bytes):
        n = (len(plc) - 4) // 12
        self.cps = list(struct.unpack_from(f"<{n + 1}I", plc))
        self.fcs, self.compressed = [], []
        for i in range(n):
            fc = _u32(plc, 4 * (n + 1) + 8 * i + 2)
            compressed = bool(fc & 0x40000000)
            self.fcs.append((fc & 0x3FFFFFFF) // 2 if compressed else fc)
            self.compressed.append(compressed)

    def text(self, word: bytes, length: int) -> str:
        parts, total = [], 0
        for i, fc in enumerate(self.fcs):
            count = min(self.cps[i + 1], length) - self.cps[i]
            if count <= 0:
                break
            if self.compressed[i]:
                parts.append(word[fc:fc + count].decode("cp1252", errors="replace"))
            else:
                parts.append(word[fc:fc + 2 * count].decode("utf-16-le", errors="replace"))
            total += count
        return "".join(parts)

    def fc_of(self, cp: int) -> int:
        i = bisect.bisect_right(self.cps, cp) - 1
        return self.fcs[i] + (cp - self.cps[i]) * (1 if self.compressed[i] else 2)


class _ParagraphMarks:
    """The properties of a paragraph mark (by its FC) that shape the text: table and list."""

    def __init__(self, word: bytes, table: bytes, data: bytes, fc: int, lcb: int):
        self._data = data
        self._starts: list[int] = []
        self._props: list[_Paragraph] = []
        n = (lcb - 4) // 8
        if n <= 0:
            return
        plc = table[fc:fc + lcb]
        for i in range(n):
            page = (_u32(plc, 4 * (n + 1) + 4 * i) & 0x3FFFFF) * 512
            self._read_fkp(word[page:page + 512])
        order = sorted(range(len(self._starts)), key=self._starts.__getitem__)
        self._starts = [self._starts[i] for i in order]
        self._props = [self._props[i] for i in order]

    def _read_fkp(self, fkp: bytes) -> None:
        runs = fkp[511]
        fcs = struct.unpack_from(f"<{runs + 1}I", fkp)
        for i in range(runs):
            offset = 2 * fkp[4 * (runs + 1) + 13 * i]
            self._starts.append(fcs[i])
            self._props.append(_paragraph_props(fkp, offset, self._data) if offset else _PLAIN)

    def at(self, fc: int) -> _Paragraph:
        i = bisect.bisect_right(self._starts, fc) - 1
        return self._props[i] if i >= 0 else _PLAIN


def _paragraph_props(fkp: bytes, offset: int, data: bytes) -> _Paragraph:
    """A paragraph's property exceptions (PAPX) in an FKP, as far as they shape the text."""
    size = fkp[offset]
    if size:
        start, end = offset + 1, offset + 2 * size
    else:
        start, end = offset + 2, offset + 2 + 2 * fkp[offset + 1]
    props = _Paragraph()
    _apply(props, fkp, start + 2, end, data)  # past the style index
    return props


def _apply(props: _Paragraph, grpprl: bytes, pos: int, end: int, data: bytes) -> None:
    """Read the properties that shape the text from a run of property modifiers (sprms)."""
    while pos + 2 <= end:
        sprm = _u16(grpprl, pos)
        pos += 2
        kind = sprm >> 13
        if kind == 6:  # variable length: a size byte (sprmTDefTable: a 16-bit size counting itself + 1)
            length = _u16(grpprl, pos) + 1 if sprm == _SPRM_TABLE_DEF else 1 + grpprl[pos]
        else:
            length = (1, 1, 2, 4, 2, 2, 0, 3)[kind]
        if sprm == _SPRM_IN_TABLE:
            props.in_table = bool(grpprl[pos])
        elif sprm == _SPRM_ROW_END:
            props.row_end = bool(grpprl[pos])
        elif sprm == _SPRM_LIST_USE:
            props.list_use = _u16(grpprl, pos)
        elif sprm == _SPRM_LIST_LEVEL:
            props.list_level = grpprl[pos]
        elif sprm == _SPRM_HUGE and data:
            # too large for its page (a wide table row's end): the modifiers sit in the Data stream, sized first
            at = _u32(grpprl, pos)
            _apply(props, data, at + 2, at + 2 + _u16(data, at), b"")
        pos += length


class _Lists:
    """The document's lists (LST: levels with first number, format, label template) and their uses (LFO: a
    list, with levels restarted or redefined), which paragraphs name by a 1-based index."""

    def __init__(self, table: bytes, lists_fc: int, lists_lcb: int, uses_fc: int, uses_lcb: int):
        self._counter = ListCounter()
        self._levels: dict[int, dict[int, Level]] = {}
        self._uses: list[tuple[int, dict[int, int], dict[int, Level]]] = []
        if lists_lcb >= 2:
            count = struct.unpack_from("<h", table, lists_fc)[0]
            _fits(count, 28, table)
            pos = lists_fc + 2 + 28 * count  # each list's levels follow the array of lists
            for i in range(count):
                lstf = lists_fc + 2 + 28 * i
                levels = {}
                for level in range(1 if table[lstf + 26] & 1 else 9):  # fSimpleList: one level
                    levels[level], pos = _read_level(table, pos)
                self._levels[struct.unpack_from("<i", table, lstf)[0]] = levels
        if uses_lcb >= 4:
            count = struct.unpack_from("<i", table, uses_fc)[0]
            _fits(count, 16, table)
            pos = uses_fc + 4 + 16 * count  # then each use's data: a CP, then its level overrides
            for i in range(count):
                lfo = uses_fc + 4 + 16 * i
                restarts, redefined = {}, {}
                pos += 4
                for _ in range(table[lfo + 12]):
                    start, bits = struct.unpack_from("<iI", table, pos)
                    pos += 8
                    if bits & 0x10:  # fStartAt
                        restarts[bits & 0xF] = start
                    if bits & 0x20:  # fFormatting: a level of its own follows
                        redefined[bits & 0xF], pos = _read_level(table, pos)
                self._uses.append((struct.unpack_from("<i", table, lfo)[0], restarts, redefined))

    def label(self, props: _Paragraph) -> str:
        if not 0 < props.list_use <= len(self._uses):
            return ""
        list_id, restarts, redefined = self._uses[props.list_use - 1]
        levels = {**self._levels.get(list_id, {}), **redefined}
        return self._counter.label(list_id, levels, props.list_level, props.list_use, restarts)


def _fits(count: int, size: int, table: bytes) -> None:
    """A damaged count would have the reader loop for a long time over bytes that are not there."""
    if not 0 <= count * size <= len(table):
        raise ValueError(f"a count of {count} does not fit the table stream")


def _read_level(table: bytes, pos: int) -> tuple[Level, int]:
    """An LVL at `pos` (its fixed part, property runs, then the label with level numbers as characters 0–8),
    and where the next begins."""
    start, fmt = struct.unpack_from("<i", table, pos)[0], table[pos + 4]
    pos += 28 + table[pos + 24] + table[pos + 25]  # past both property runs
    length = _u16(table, pos)
    text = table[pos + 2:pos + 2 + 2 * length].decode("utf-16-le", errors="replace")
    template = "".join(f"%{ord(ch) + 1}" if ord(ch) < 9 else ch for ch in text)
    return Level(start, _NUMBER_FORMATS.get(fmt, "decimal"), template), pos + 2 + 2 * length


def _blocks(text: str, pieces: _Pieces, marks: _ParagraphMarks, lists: _Lists) -> list[RawBlock]:
    """Paragraphs and tables from the main text; a field shows its result, never its code."""
    blocks: list[RawBlock] = []
    rows: list[list[str]] = []
    row: list[str] = []
    cell: list[str] = []
    run: list[str] = []
    fields: list[bool] = []  # one per open field: True while reading its code
    pos = 0

    def close_table() -> None:
        nonlocal rows
        if row:
            rows.append(row[:])
            row.clear()
        if rows:
            blocks.append(RawBlock("table", rows=rows))
            rows = []

    for m in _SPECIAL.finditer(text):
        if not (fields and fields[-1]):
            run.append(text[pos:m.start()])
        pos = m.end()
        ch = m[0]
        if ch == "\x13":
            fields.append(True)
            continue
        if ch == "\x14":
            if fields:
                fields[-1] = False
            continue
        if ch == "\x15":
            if fields:
                fields.pop()
            continue
        paragraph = "".join(run).translate(_INLINE)
        run.clear()
        props = marks.at(pieces.fc_of(m.start()))
        if props.list_use and paragraph.strip() and (label := lists.label(props)):
            paragraph = f"{label} {paragraph}"
        if ch == "\x07":
            if props.row_end:
                rows.append(row[:])
                row.clear()
            else:
                cell.append(paragraph)
                row.append("\n".join(p for p in cell if p.strip()))
                cell.clear()
        elif props.in_table:
            cell.append(paragraph)
        else:
            close_table()
            if paragraph.strip():
                blocks.append(RawBlock("", paragraph))
    if not (fields and fields[-1]):
        run.append(text[pos:])
    close_table()
    if (tail := "".join(run).translate(_INLINE)).strip():
        blocks.append(RawBlock("", tail))
    return blocks
