"""Batch ingestion: extract many files and store them through the one SQLite writer.

Extraction runs in this process, in worker processes or on a Dask cluster (see
`pipeline.parallel`); only this process writes. Results stream: runners hand back one chunk
of outcomes at a time and each chunk is stored in one transaction, every document inside it
in its own savepoint, so a document is always stored whole or not at all and a killed run
leaves exactly the chunks it committed. Re-running skips files whose sha256 is unchanged.
"""
from __future__ import annotations

import os
import signal
import sqlite3
import stat
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.extract import extract_document
from pipeline.readers import ReadError, file_errors, file_sha256, load_bytes, read_document
from pipeline.store import DocumentRows, prepare_rows, stored_sha256, write_rows
from schemas.record import Record, Source

# Files above this size are refused with a clear reason (`--max-bytes`, 0 = no limit). Extraction
# holds ≈ 25 bytes of memory per byte of text (a 10 MB text peaks near 270 MB in its worker and takes
# ≈ 20 s); real plans and decisions are well under 1 MB. Raise it for DOCX/PDF heavy with images.
DEFAULT_MAX_BYTES = 10_000_000
# Extraction of one file is stopped after this many seconds (`--timeout`, 0 = none), so a
# pathological input (a regex backtracking for ever) cannot stall a batch. Seed-sized documents
# take well under 1 s, a 10 MB text ≈ 20 s, a 300-page PDF ≈ 30 s.
DEFAULT_TIMEOUT = 300.0


@dataclass(frozen=True)
class Limits:
    """What one file may cost: its size in bytes and its extraction time (0: no limit)."""

    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = DEFAULT_TIMEOUT


@dataclass
class Outcome:
    """What happened to one file: a record (or its database rows), a skip, or a failure with its reason."""

    path: str
    record: Record | None = None
    text: str = ""
    rows: DocumentRows | None = None
    error: str | None = None
    skipped: bool = False
    size: int = 0  # bytes read
    pages: int | None = None


@dataclass
class Summary:
    files: int = 0
    stored: int = 0
    skipped: int = 0
    records: int = 0
    bytes: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    interrupted: bool = False

    @property
    def failed(self) -> int:
        return len(self.failures)

    @property
    def done(self) -> int:
        return self.stored + self.skipped + self.failed


class FileTimeout(BaseException):
    """Raised in the extracting thread when a file's time is up (a BaseException, so that broad
    `except Exception` clauses in extractors cannot swallow it)."""


@contextmanager
def time_limit(seconds: float):
    """Interrupt the block after `seconds` (SIGALRM; main thread of a POSIX process only, else no limit)."""
    if not seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_alarm(signum, frame):
        raise FileTimeout

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class StoreError(Exception):
    """The database itself failed (disk full, I/O error): the run cannot go on."""


def size_text(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n:,} bytes"


def read_checked(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a regular file no larger than `max_bytes` (0: any size); ReadError otherwise."""
    with file_errors(path):
        info = os.stat(path)
    if stat.S_ISDIR(info.st_mode):
        raise ReadError(path, "is a directory")
    if not stat.S_ISREG(info.st_mode):
        raise ReadError(path, "not a regular file (a device, pipe or socket)")
    if max_bytes and info.st_size > max_bytes:
        raise ReadError(path, _too_large(info.st_size, max_bytes))
    data = load_bytes(path)
    if max_bytes and len(data) > max_bytes:  # grew since stat
        raise ReadError(path, _too_large(len(data), max_bytes))
    return data


def _too_large(size: int, max_bytes: int) -> str:
    return (f"file too large ({size_text(size)} > --max-bytes {size_text(max_bytes)}); "
            f"raise --max-bytes (0 = no limit) to process it")


def process_file(path: str | Path, known_sha256: str | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES,
                 timeout: float = DEFAULT_TIMEOUT, data: bytes | None = None, for_store: bool = False) -> Outcome:
    """Extract one file (in a worker); never raises, so one bad file cannot stop a batch.

    Skips the file when its sha256 equals `known_sha256`; `data` are its bytes when the caller
    already read them (Dask workers get bytes, not paths). Files over `max_bytes` are refused;
    extraction is abandoned after `timeout` seconds (0: no limit for either). `for_store`: hand
    back the database rows instead of the record.
    """
    path = str(path)
    size = 0
    try:
        if data is None:
            data = read_checked(path, max_bytes)
        elif max_bytes and len(data) > max_bytes:
            raise ReadError(path, _too_large(len(data), max_bytes))
        size = len(data)
        sha256 = file_sha256(data)
        if known_sha256 is not None and sha256 == known_sha256:
            return Outcome(path, skipped=True, size=size)
        with time_limit(timeout):
            doc = read_document(path, data)
            record = extract_document(doc, Source(path=path, sha256=sha256, format=doc.format))
            if for_store:
                # Rows are built here, in the worker: the single writer then only inserts them.
                return Outcome(path, rows=prepare_rows(record, doc.text), size=size, pages=doc.pages)
        return Outcome(path, record=record, text=doc.text, size=size, pages=doc.pages)
    except ReadError as exc:
        return Outcome(path, error=exc.reason, size=size)
    except FileTimeout:
        return Outcome(path, error=f"extraction took longer than {timeout:g} s; stopped (raise --timeout, "
                                   f"0 = no limit)", size=size)
    except MemoryError:
        return Outcome(path, error="out of memory while extracting", size=size)
    except Exception as exc:  # an extractor bug on one odd file is reported, not fatal
        return Outcome(path, error=f"internal error: {type(exc).__name__}: {exc}", size=size)


def process_job(path: str, known_sha256: str | None, limits: Limits, data: bytes | None = None) -> Outcome:
    return process_file(path, known_sha256, max_bytes=limits.max_bytes, timeout=limits.timeout, data=data,
                        for_store=True)


def store_batch(db, batch: list[Outcome], summary: Summary) -> None:
    """Store one chunk in one transaction; each document in its own savepoint (all or nothing).

    `summary` is updated only once the transaction is committed, so after a Ctrl-C it counts
    exactly what the database holds.
    """
    done = Summary()
    with db.atomic():
        for outcome in batch:
            done.bytes += outcome.size
            if outcome.error:
                done.failures.append((outcome.path, outcome.error))
            elif outcome.skipped:
                done.skipped += 1
            else:
                try:
                    rows = outcome.rows or prepare_rows(outcome.record, outcome.text)
                    write_rows(db, rows)
                except Exception as exc:
                    if not db.conn.in_transaction:  # SQLite rolled the whole transaction back
                        raise StoreError(f"database error while storing {outcome.path}: {exc}") from exc
                    if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
                        raise StoreError(f"the database is locked by another writer ({exc})") from exc
                    outcome.error = f"cannot store: {type(exc).__name__}: {exc}"
                    done.failures.append((outcome.path, outcome.error))
                else:
                    done.stored += 1
                    done.records += rows.records
    summary.stored += done.stored
    summary.skipped += done.skipped
    summary.records += done.records
    summary.bytes += done.bytes
    summary.failures += done.failures


def ingest(db, paths: list[str], force: bool = False,
           outcomes: Callable[[Iterable[tuple[str, str | None]]], Iterator] | None = None,
           on_progress: Callable[[Outcome], None] | None = None, *, workers: int | None = 1,
           engine: str = "local", scheduler: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
           timeout: float = DEFAULT_TIMEOUT, chunk_files: int | None = None) -> Summary:
    """Extract `paths` and store their records; unchanged files (same sha256) are skipped unless `force`.

    `workers`: extraction processes (None or 0: all cores; 1: this process). `engine="dask"` runs
    extraction on the Dask scheduler at `scheduler` (or a new local cluster). `max_bytes` and
    `timeout` bound what one file may cost (see `process_file`). `outcomes(jobs)` may
    replace the runner: it gets `(path, stored sha256 or None)` pairs and yields Outcomes or lists
    of Outcomes (a list is stored in one transaction). `on_progress` is called once per file
    after its chunk is committed. Ctrl-C stops cleanly: the summary says `interrupted`.
    """
    from pipeline import parallel

    started = time.perf_counter()
    summary = Summary(files=len(paths))
    jobs = ((p, None if force else stored_sha256(db, p)) for p in paths)
    if outcomes is not None:
        stream = outcomes(jobs)
    else:
        stream = parallel.run(jobs, len(paths), workers=workers, engine=engine, scheduler=scheduler,
                              limits=Limits(max_bytes, timeout), chunk_files=chunk_files)
    try:
        for item in stream:
            batch = [item] if isinstance(item, Outcome) else item
            store_batch(db, batch, summary)
            if on_progress:
                for outcome in batch:
                    on_progress(outcome)
    except KeyboardInterrupt:
        summary.interrupted = True  # the chunk being stored was rolled back
    finally:
        close = getattr(stream, "close", None)
        if close:
            close()
        summary.seconds = time.perf_counter() - started
    return summary
