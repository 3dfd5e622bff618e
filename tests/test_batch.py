"""Batch ingestion: incremental runs, the process pool, Dask, streaming, the CLI summary."""
from __future__ import annotations

import json
import os
import sqlite3

import pytest
from typer.testing import CliRunner

from benchmarks.generate import generate
from pipeline import parallel
from pipeline.batch import ingest
from pipeline.cli import app
from pipeline.extract import extract_file
from pipeline.store import open_db
from tests.conftest import CORPUS, FIXTURES

CHILD_TABLES = ("legal_references", "targets", "tasks", "task_units")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[str]:
    """Twelve generated documents (numbers, dates, units and paragraph order varied from the seeds)."""
    return [str(p) for p in generate(tmp_path_factory.mktemp("corpus"), 12)]


def snapshot(db_path) -> dict[str, tuple]:
    """Per document: its sha256, stored record and the number of rows in every child table."""
    with sqlite3.connect(db_path) as conn:
        out = {}
        for path, sha, record in conn.execute("SELECT path, sha256, record FROM documents"):
            counts = tuple(conn.execute(f"SELECT count(*) FROM [{t}] WHERE document_path = ?", [path]).fetchone()[0]
                           for t in CHILD_TABLES)
            out[path] = (sha, record, counts)
        return out


def fresh_counts(path: str) -> tuple:
    record, _ = extract_file(path)
    units = sum(len(t.lead) + len(t.coordinators) for t in record.tasks)
    return len(record.legal_references), len(record.targets), len(record.tasks), units


def test_generated_documents_differ_but_keep_their_structure(corpus):
    texts = [open(p, encoding="utf-8").read() for p in corpus]
    assert len(set(texts)) == len(texts)
    seeds = sorted(CORPUS.glob("*.txt"))
    assert texts[0] != seeds[0].read_text(encoding="utf-8")
    record, _ = extract_file(corpus[4])  # a variant of the Khánh Hòa decision with its plan table
    assert record.metadata.doc_type and record.legal_references and record.tasks


def test_unchanged_files_are_skipped_changed_replaced_and_force_reruns_all(tmp_path, corpus):
    db_path = tmp_path / "vnplan.db"
    db = open_db(db_path)
    first = ingest(db, corpus, workers=1)
    assert (first.stored, first.skipped, first.failures) == (12, 0, [])
    before = snapshot(db_path)
    assert all(counts == fresh_counts(path) for path, (_, _, counts) in before.items())

    again = ingest(db, corpus, workers=1)
    assert (again.stored, again.skipped) == (0, 12)
    assert snapshot(db_path) == before

    changed = tmp_path / "changed.txt"
    changed.write_text(open(corpus[4], encoding="utf-8").read(), encoding="utf-8")
    ingest(db, [str(changed)], workers=1)
    old = snapshot(db_path)[str(changed)]
    # A new version of the file: its second half (most of the plan table) is gone.
    text = changed.read_text(encoding="utf-8")
    changed.write_text(text[: len(text) // 2], encoding="utf-8")
    third = ingest(db, corpus + [str(changed)], workers=1)
    assert (third.stored, third.skipped) == (1, 12)
    new = snapshot(db_path)[str(changed)]
    assert new[0] != old[0]
    assert new[2] == fresh_counts(str(changed)) != old[2]  # no row of the old version is left behind
    assert json.loads(new[1])["source"]["sha256"] == new[0]

    forced = ingest(db, corpus, force=True, workers=1)
    assert (forced.stored, forced.skipped) == (12, 0)


def test_process_pool_stores_the_same_as_one_process(tmp_path, corpus):
    serial = ingest(open_db(tmp_path / "one.db"), corpus, workers=1)
    pooled = ingest(open_db(tmp_path / "two.db"), corpus, workers=2, chunk_files=2)
    assert serial.stored == pooled.stored == 12
    assert serial.records == pooled.records
    assert snapshot(tmp_path / "one.db") == snapshot(tmp_path / "two.db")


def test_dask_cluster_stores_the_same_as_one_process(tmp_path, corpus):
    distributed = pytest.importorskip("distributed")
    paths = corpus[:6] + [str(tmp_path / "absent.txt")]
    ingest(open_db(tmp_path / "one.db"), paths, workers=1)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  dashboard_address=None) as cluster:
        db = open_db(tmp_path / "dask.db")
        summary = ingest(db, paths, engine="dask", scheduler=cluster.scheduler_address, chunk_files=2)
        assert summary.stored == 6
        assert summary.failures == [(str(tmp_path / "absent.txt"), "file not found")]
        assert snapshot(tmp_path / "one.db") == snapshot(tmp_path / "dask.db")
        # Unchanged files are settled by the client: nothing is shipped to the cluster.
        again = ingest(db, corpus[:6], engine="dask", scheduler=cluster.scheduler_address)
        assert (again.stored, again.skipped) == (0, 6)
        # The CLI takes the scheduler address and writes through the same loader.
        result = CliRunner().invoke(app, ["ingest", *corpus[6:8], "--db", str(tmp_path / "dask.db"),
                                          "--scheduler", cluster.scheduler_address])
        assert result.exit_code == 0, result.output
        assert "2 stored" in result.output
    assert len(snapshot(tmp_path / "dask.db")) == 8


def test_an_unreachable_dask_scheduler_is_a_clear_error(tmp_path, monkeypatch):
    pytest.importorskip("distributed")
    monkeypatch.setattr(parallel, "DASK_CONNECT_TIMEOUT", "1s")
    result = CliRunner().invoke(app, ["ingest", str(CORPUS / "000_fe4a77ad651f9b83.txt"), "--db",
                                      str(tmp_path / "x.db"), "--engine", "dask", "--scheduler",
                                      "tcp://127.0.0.1:9"])
    assert result.exit_code == 2
    assert "cannot connect to the Dask scheduler at tcp://127.0.0.1:9" in result.output


def crash_on_marked_files(chunk, limits):
    """A pool function that kills its worker process on files named *crash* (as a segfault would)."""
    if any("crash" in path for path, _ in chunk):
        os._exit(70)
    return parallel.run_chunk(chunk, limits)


def test_a_file_that_kills_its_worker_is_reported_and_the_others_are_extracted(tmp_path, corpus):
    crash = tmp_path / "crash.txt"
    crash.write_text("Kế hoạch", encoding="utf-8")
    paths = corpus[:5] + [str(crash)] + corpus[5:9]
    chunks = parallel.chunked(((p, None) for p in paths), max_files=3)
    outcomes = [o for batch in parallel.local_pool(chunks, 2, func=crash_on_marked_files) for o in batch]
    assert sorted(o.path for o in outcomes) == sorted(paths)  # each file exactly once
    failed = {o.path: o.error for o in outcomes if o.error}
    assert failed == {str(crash): parallel.WORKER_DIED}
    assert all(o.rows is not None and o.rows.document["sha256"] for o in outcomes if o.path != str(crash))


def test_pool_results_stream_with_a_bounded_number_of_chunks_in_flight(corpus):
    pulled = 0

    def chunks():
        nonlocal pulled
        for path in corpus:
            pulled += 1
            yield [(path, None)]

    yielded = 0
    for batch in parallel.local_pool(chunks(), 2):
        assert pulled - yielded <= 4  # 2 × workers chunks handed out and not yet returned
        yielded += 1
        assert len(batch) == 1
    assert yielded == pulled == len(corpus)


def test_progress_is_reported_after_each_chunk_is_committed(tmp_path, corpus):
    db_path = tmp_path / "vnplan.db"
    seen = []

    def on_progress(outcome):
        with sqlite3.connect(db_path) as other:  # another connection sees only committed data
            committed = other.execute("SELECT count(*) FROM documents WHERE path = ?", [outcome.path]).fetchone()[0]
        seen.append(committed)

    ingest(open_db(db_path), corpus[:6], workers=2, chunk_files=2, on_progress=on_progress)
    assert seen == [1] * 6


def test_an_interrupted_run_keeps_the_committed_chunks_and_rolls_back_the_current_one(tmp_path, corpus,
                                                                                      monkeypatch):
    import pipeline.batch as batch

    good = [batch.process_file(p) for p in corpus[:6]]

    def chunks_then_ctrl_c(jobs):
        list(jobs)
        yield good[:2]
        raise KeyboardInterrupt

    db_path = tmp_path / "vnplan.db"
    db = open_db(db_path)
    summary = ingest(db, corpus[:4], outcomes=chunks_then_ctrl_c)
    assert summary.interrupted and summary.stored == 2
    assert set(snapshot(db_path)) == set(corpus[:2])

    real_write = batch.write_rows

    def ctrl_c_on_the_second_document(db, rows):
        if rows.path == corpus[3]:
            raise KeyboardInterrupt
        real_write(db, rows)

    monkeypatch.setattr(batch, "write_rows", ctrl_c_on_the_second_document)
    summary = ingest(db, corpus[2:6], outcomes=lambda jobs: iter([good[2:4], good[4:6]]))
    assert summary.interrupted and summary.stored == 0  # the summary counts what was committed
    # corpus[2] was saved in the same transaction as corpus[3]: both are gone, nothing half-stored.
    assert set(snapshot(db_path)) == set(corpus[:2])


def test_chunks_are_bounded_by_file_count_and_by_work(tmp_path):
    assert parallel.chunk_size_for(10_000, 2) == parallel.CHUNK_FILES
    assert parallel.chunk_size_for(10, 2) == 2  # small batches still keep every worker busy
    pdf = tmp_path / "big.pdf"
    pdf.write_bytes(b"%PDF" + b"0" * 150_000)  # 150 KB of PDF weighs 1.5 MB of text
    jobs = [(str(pdf), None)] * 3 + [(str(CORPUS / "000_fe4a77ad651f9b83.txt"), None)] * 3
    assert [len(c) for c in parallel.chunked(jobs, 50)] == [1, 1, 1, 3]
    assert [len(c) for c in parallel.chunked(jobs[3:], 2)] == [2, 1]


def test_cli_ingest_prints_a_summary_with_every_failure_and_its_reason(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ke_hoach.docx").write_bytes((FIXTURES / "bad" / "minimal_ok.docx").read_bytes())  # 1 KB
    (folder / "rong.txt").write_bytes(b"")
    (folder / "lon.txt").write_text("Kế hoạch " * 500, encoding="utf-8")
    db = str(tmp_path / "vnplan.db")
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(folder), "--db", db, "--workers", "2", "--max-bytes", "5000",
                                 "--timeout", "60"])
    assert result.exit_code == 1
    out = " ".join(result.output.split())
    assert "Read 3 of 3 files" in out
    assert "1 stored" in out and "0 unchanged" in out and "2 failed" in out
    assert "Failed files (2):" in out
    assert f"{folder / 'rong.txt'}: empty file" in out
    assert f"{folder / 'lon.txt'}: file too large (6,500 bytes > --max-bytes 5,000 bytes)" in out

    again = runner.invoke(app, ["ingest", str(folder / "ke_hoach.docx"), "--db", db, "-j", "1"])
    assert again.exit_code == 0
    assert "0 stored" in again.output and "1 unchanged" in again.output


def test_a_database_locked_by_another_writer_stops_the_run_with_a_clear_error(tmp_path, corpus):
    from pipeline.batch import StoreError

    db_path = tmp_path / "vnplan.db"
    db = open_db(db_path)
    db.execute("PRAGMA busy_timeout = 100")
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process holds the write lock
    try:
        with pytest.raises(StoreError, match="locked by another writer"):
            ingest(db, corpus[:3], workers=1)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert snapshot(db_path) == {}
    assert ingest(db, corpus[:3], workers=1).stored == 3  # once the lock is released the run goes through
