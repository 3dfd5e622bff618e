"""A batch reports every bad file with its path and reason, and stores every good one."""
from __future__ import annotations

import os
import pathlib
import shutil
import signal
import sqlite3
import time

import pytest

from pipeline import batch
from pipeline.batch import DEFAULT_MAX_BYTES, ingest, process_file
from pipeline.store import open_db
from tests.conftest import CORPUS, FIXTURES

BAD = FIXTURES / "bad"
GOOD_FIXTURES = ["minimal_ok.docx", "encrypted_no_user_password.pdf"]  # an owner password does not stop reading
WORD_FIXTURES = ["plan_dien_ban_2019.doc", "plan_dien_ban_2019.rtf", "plan_dien_ban_2019.odt"]
BAD_FIXTURES = {
    "empty.txt": "empty file",
    "junk.txt": "binary content",
    "truncated.pdf": "corrupt or truncated PDF",
    "encrypted.pdf": "encrypted PDF (password required)",
    "scanned.pdf": "no text layer (a scanned PDF)",
    "corrupt_xml.docx": "corrupt DOCX",
    "truncated.docx": "corrupt DOCX",
    "zip_renamed.docx": "not a Word document",
}


def stored_paths(db_path) -> set[str]:
    with sqlite3.connect(db_path) as conn:
        return {row[0] for row in conn.execute("SELECT path FROM documents")}


def stored_version(db_path, path: str) -> tuple[str, list[tuple[str, int]]]:
    """When the document row was written and the ids of its child rows: both change if it is rewritten."""
    with sqlite3.connect(db_path) as conn:
        ingested_at = conn.execute("SELECT ingested_at FROM documents WHERE path = ?", [path]).fetchone()[0]
        children = [(t, row[0]) for t in ("legal_references", "targets", "tasks", "task_units")
                    for row in conn.execute(f"SELECT id FROM [{t}] WHERE document_path = ? ORDER BY id", [path])]
    return ingested_at, children


def write_huge_text(path: pathlib.Path, size: int) -> None:
    line = ("Sở Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị triển khai Kế hoạch cải cách hành chính "
            "năm 2018 theo Quyết định số 4034/QĐ-UBND.\n").encode("utf-8")
    with path.open("wb") as out:
        block = line * (1_000_000 // len(line) + 1)
        while out.tell() < size:
            out.write(block)


@pytest.fixture
def mixed_batch(tmp_path):
    """Good files (TXT, DOCX, PDF) and every kind of bad file, with the reason each must get."""
    folder = tmp_path / "in"
    folder.mkdir()
    good = []
    for seed in sorted(CORPUS.glob("*.txt"))[:3]:
        good.append(str(shutil.copy(seed, folder / seed.name)))
    for name in GOOD_FIXTURES:
        good.append(str(shutil.copy(BAD / name, folder / name)))
    for name in WORD_FIXTURES:  # the older word-processor formats read alongside
        good.append(str(shutil.copy(FIXTURES / "word" / name, folder / name)))
    good.append(str(shutil.copy(FIXTURES / "html" / "ke_hoach_web.html", folder / "ke_hoach_web.html")))
    expected = {}
    for name, reason in BAD_FIXTURES.items():
        expected[str(shutil.copy(BAD / name, folder / name))] = reason
    junk = (BAD / "junk.txt").read_bytes()
    for name, reason in (("junk.pdf", "corrupt or truncated PDF"), ("junk.docx", "corrupt DOCX"),
                         ("junk.doc", "not a Word 97-2003 document"), ("junk.odt", "not an OpenDocument text"),
                         ("junk.rtf", "not an RTF document"), ("junk.html", "not an HTML page")):
        (folder / name).write_bytes(junk)
        expected[str(folder / name)] = reason
    huge = folder / "huge.txt"
    write_huge_text(huge, 50_000_000)
    expected[str(huge)] = "file too large (50.0 MB > --max-bytes 10.0 MB)"
    (folder / "folder.txt").mkdir()
    expected[str(folder / "folder.txt")] = "is a directory"
    os.mkfifo(folder / "pipe.txt")  # reading it would block for ever
    expected[str(folder / "pipe.txt")] = "not a regular file"
    expected[str(folder / "never_existed.txt")] = "file not found"
    paths = good[:2] + list(expected) + good[2:]
    yield paths, set(good), expected
    huge.unlink()  # pytest keeps recent temporary folders: do not leave 50 MB behind


@pytest.mark.parametrize("workers", [1, 2])
def test_every_bad_file_is_reported_and_the_batch_goes_on(tmp_path, mixed_batch, workers):
    paths, good, expected = mixed_batch
    db_path = tmp_path / "out.db"
    summary = ingest(open_db(db_path), paths, workers=workers)
    failures = dict(summary.failures)
    assert set(failures) == set(expected)
    for path, reason in expected.items():
        assert reason in failures[path], (path, failures[path])
    assert summary.stored == len(good) and summary.skipped == 0
    assert stored_paths(db_path) == good
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_50_mb_text_is_refused_without_being_read(tmp_path, monkeypatch):
    huge = tmp_path / "nam_2018.txt"
    write_huge_text(huge, 50_000_000)
    read = []
    monkeypatch.setattr(batch, "load_bytes", lambda path: read.append(path) or b"")
    try:
        outcome = process_file(huge)
    finally:
        huge.unlink()
    assert DEFAULT_MAX_BYTES == 10_000_000
    assert outcome.error.startswith("file too large (50.0 MB > --max-bytes 10.0 MB)")
    assert "raise --max-bytes (0 = no limit)" in outcome.error
    assert read == []  # refused on its size, before its 50 MB are loaded


def test_max_bytes_is_a_limit_the_user_can_raise_or_lift(tmp_path):
    seed = sorted(CORPUS.glob("*.txt"))[0]
    size = seed.stat().st_size
    refused = process_file(seed, max_bytes=size - 1)
    assert refused.error.startswith(f"file too large ({size:,} bytes > --max-bytes {size - 1:,} bytes)")
    assert process_file(seed, max_bytes=size).record is not None
    assert process_file(seed, max_bytes=0).record is not None  # 0 = no limit
    # Bytes handed over by a Dask client obey the same limit.
    assert "file too large" in process_file(seed, max_bytes=10, data=seed.read_bytes()).error


@pytest.mark.parametrize("workers", [1, 2])
def test_a_file_deleted_mid_run_is_reported(tmp_path, workers):
    folder = tmp_path / "in"
    folder.mkdir()
    seeds = sorted(CORPUS.glob("*.txt"))
    paths = [str(shutil.copy(seeds[i % len(seeds)], folder / f"{i:02d}.txt")) for i in range(10)]
    victim = paths[-1]

    def delete_victim(outcome):
        if os.path.exists(victim):  # after the first committed chunk, before the victim's turn
            os.remove(victim)

    summary = ingest(open_db(tmp_path / "out.db"), paths, workers=workers, chunk_files=1,
                     on_progress=delete_victim)
    assert summary.failures == [(victim, "file not found")]
    assert summary.stored == 9
    assert stored_paths(tmp_path / "out.db") == set(paths[:-1])


def test_an_unreadable_file_is_reported(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    seeds = sorted(CORPUS.glob("*.txt"))[:3]
    paths = [str(shutil.copy(s, folder / s.name)) for s in seeds]
    locked = paths[1]
    os.chmod(locked, 0)
    if os.geteuid() == 0:
        # root reads a chmod 000 file anyway: make the read fail the way it fails for other users.
        real_read_bytes = pathlib.Path.read_bytes

        def read_bytes(self):
            if str(self) == locked:
                raise PermissionError(13, "Permission denied", str(self))
            return real_read_bytes(self)

        monkeypatch.setattr(pathlib.Path, "read_bytes", read_bytes)
        with pytest.raises(PermissionError):
            pathlib.Path(locked).read_bytes()
    else:
        with pytest.raises(PermissionError):
            open(locked, "rb")
    try:
        summary = ingest(open_db(tmp_path / "out.db"), paths, workers=1)
    finally:
        os.chmod(locked, 0o644)
    assert summary.failures == [(locked, "permission denied")]
    assert stored_paths(tmp_path / "out.db") == {paths[0], paths[2]}


def test_an_extractor_crash_on_one_file_is_reported_and_the_rest_stored(tmp_path, monkeypatch):
    seeds = sorted(CORPUS.glob("*.txt"))[:3]
    real = batch.extract_document

    def extract_document(doc, source):
        if source.path == str(seeds[1]):
            raise IndexError("list index out of range")
        return real(doc, source)

    monkeypatch.setattr(batch, "extract_document", extract_document)
    summary = ingest(open_db(tmp_path / "out.db"), [str(s) for s in seeds], workers=1)
    assert summary.failures == [(str(seeds[1]), "internal error: IndexError: list index out of range")]
    assert summary.stored == 2


def test_a_document_that_fails_half_way_through_storing_leaves_nothing(tmp_path, monkeypatch):
    """The document row and some child rows are written before the failure: all are rolled back."""
    from pipeline import store

    seeds = [str(s) for s in sorted(CORPUS.glob("*.txt"))[:3]]
    db_path = tmp_path / "out.db"
    db = open_db(db_path)
    assert ingest(db, seeds, workers=1).stored == 3
    before = stored_version(db_path, seeds[1])
    assert before[1]
    real_insert = store._insert

    def insert(db, table, columns, rows):
        if table == "targets":  # the document row and its references are already written
            raise RuntimeError("disk hiccup")
        return real_insert(db, table, columns, rows)

    monkeypatch.setattr(store, "_insert", insert)
    summary = ingest(db, seeds[1:2], force=True, workers=1)
    assert summary.failures == [(seeds[1], "cannot store: RuntimeError: disk hiccup")]
    # The replacement failed as a whole: the earlier version is still there, complete.
    assert stored_paths(db_path) == set(seeds)
    assert stored_version(db_path, seeds[1]) == before


def test_a_file_whose_extraction_never_ends_is_stopped_at_the_timeout(tmp_path, monkeypatch):
    seeds = [str(s) for s in sorted(CORPUS.glob("*.txt"))[:3]]
    real = batch.extract_document

    def extract_document(doc, source):
        if source.path == seeds[1]:
            while True:  # a pathological input: an extractor that never returns
                try:
                    time.sleep(0.01)
                except Exception:  # even code that swallows every error cannot keep it running
                    pass
        return real(doc, source)

    monkeypatch.setattr(batch, "extract_document", extract_document)
    summary = ingest(open_db(tmp_path / "out.db"), seeds, workers=1, timeout=0.5)
    assert summary.failures == [(seeds[1], "extraction took longer than 0.5 s; stopped (raise --timeout, "
                                           "0 = no limit)")]
    assert stored_paths(tmp_path / "out.db") == {seeds[0], seeds[2]}
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)  # no alarm left armed
