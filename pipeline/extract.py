"""File → Document → Record: runs the reader, then each extractor over the same document."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import regex

from extractors.metadata import extract_metadata
from extractors.references import RefContext, find_references
from extractors.targets import find_targets
from extractors.tasks import find_tasks
from pipeline.document import Document
from pipeline.readers import file_sha256, load_bytes, read_document
from schemas.record import Record, Source

_YEAR = regex.compile(r"(?<![\d/.-])(?:19[89]\d|20[0-4]\d)(?!\d)")  # "năm 2024" (not "41/2018/QĐ-TTg", "30/11/2024")


def extract_document(doc: Document, source: Source) -> Record:
    """Each extractor over the same document; metadata first, since the others read its year and type."""
    metadata = extract_metadata(doc)
    # The year that expressions without one ("trước ngày 15/11") refer to.
    year = int(metadata.issued_date[:4]) if metadata.issued_date else None
    ctx = RefContext(own_number=metadata.number, province=metadata.province, issuer=metadata.issuer, year=year)
    references = find_references(doc.text, ctx)
    if year is None:
        # No date line (a copy that lost its header): the document follows what it cites, the latest of which is
        # mostly of its own year ("từ nay đến cuối năm" after "Công văn số 1234/BYT-BH ngày 15/10/2025")
        year = max((int(ref.issued_date[:4]) for ref in references if ref.issued_date), default=None)
    if year is None:
        year = _most_mentioned_year(doc.text)  # nothing dated cited either: the year it speaks of most
    return Record(
        source=source,
        metadata=metadata,
        legal_references=references,
        targets=find_targets(doc.text, metadata.doc_type, year, doc.blocks),
        tasks=find_tasks(doc, year, metadata.doc_type, metadata.title, metadata.issuer),
    )


def _most_mentioned_year(text: str) -> int | None:
    years = Counter(_YEAR.findall(text))
    return int(years.most_common(1)[0][0]) if years else None


def extract_file(path: str | Path) -> tuple[Record, Document]:
    """Read and extract one file; raises ReadError with the file and the reason."""
    path_str = str(path)
    data = load_bytes(path_str)
    doc = read_document(path_str, data)
    source = Source(path=path_str, sha256=file_sha256(data), format=doc.format)
    return extract_document(doc, source), doc
