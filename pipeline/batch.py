"""Batch ingestion: extract many files and store them through the one SQLite writer.

Extraction runs in worker processes (or on a Dask cluster); only this process writes,
one transaction per document, so a killed run leaves exactly the documents it finished.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from pipeline.extract import extract_file
from pipeline.readers import ReadError, file_sha256, load_bytes
from pipeline.store import save_record, stored_sha256
from schemas.record import Record


@dataclass
class Outcome:
    """What happened to one file: a record to store, a skip, or a failure with its reason."""

    path: str
    record: Record | None = None
    text: str = ""
    error: str | None = None
    skipped: bool = False


@dataclass
class Summary:
    files: int = 0
    stored: int = 0
    skipped: int = 0
    records: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0


def process_file(path: str, known_sha256: str | None = None) -> Outcome:
    """Extract one file in a worker; never raises, so one bad file cannot stop a batch."""
    try:
        if known_sha256 is not None and file_sha256(load_bytes(path)) == known_sha256:
            return Outcome(path, skipped=True)
        record, doc = extract_file(path)
        return Outcome(path, record=record, text=doc.text)
    except ReadError as exc:
        return Outcome(path, error=exc.reason)
    except Exception as exc:  # an extractor bug on one odd file is reported, not fatal
        return Outcome(path, error=f"internal error: {type(exc).__name__}: {exc}")


def ingest(db, paths: list[str], force: bool = False, outcomes: Callable[..., Iterator[Outcome]] | None = None,
           on_progress: Callable[[Outcome], None] | None = None) -> Summary:
    """Extract `paths` and store their records; `outcomes(jobs)` runs the extraction (default: in this process)."""
    started = time.perf_counter()
    jobs = [(p, None if force else stored_sha256(db, p)) for p in paths]
    run = outcomes or (lambda items: (process_file(p, sha) for p, sha in items))
    summary = Summary(files=len(paths))
    for outcome in run(jobs):
        if outcome.error:
            summary.failures.append((outcome.path, outcome.error))
        elif outcome.skipped:
            summary.skipped += 1
        else:
            save_record(db, outcome.record, outcome.text)
            summary.stored += 1
            rec = outcome.record
            summary.records += len(rec.legal_references) + len(rec.targets) + len(rec.tasks)
        if on_progress:
            on_progress(outcome)
    summary.seconds = time.perf_counter() - started
    return summary
