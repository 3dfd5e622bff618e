"""SIGKILL `vnplan ingest` mid-batch: the database is intact, holds only whole documents, and a re-run
stores the rest."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

from benchmarks.generate import generate
from benchmarks.run_all import descendants
from pipeline.extract import extract_file
from tests.conftest import ROOT

DOCS = 300
# The real CLI, with each document's save slowed down inside its chunk's open transaction, so the
# kill almost surely lands while a chunk is half written (the case a crash must survive).
SLOW_CLI = """
import sys, time
import pipeline.batch as batch
real_write = batch.write_rows
def slow_write(db, rows):
    real_write(db, rows)
    time.sleep(0.02)
batch.write_rows = slow_write
from pipeline.cli import app
sys.argv = ["vnplan", *sys.argv[1:]]
app()
"""


def committed(db_path) -> int:
    try:
        with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


def child_counts(conn, path: str) -> tuple[int, int, int, int]:
    return tuple(conn.execute(f"SELECT count(*) FROM [{t}] WHERE document_path = ?", [path]).fetchone()[0]
                 for t in ("legal_references", "targets", "tasks", "task_units"))


def record_counts(record) -> tuple[int, int, int, int]:
    return (len(record.legal_references), len(record.targets), len(record.tasks),
            sum(len(t.lead) + len(t.coordinators) for t in record.tasks))


def wait_gone(processes: dict[int, str], timeout: float) -> list[int]:
    deadline = time.monotonic() + timeout
    alive = sorted(processes)
    while alive and time.monotonic() < deadline:
        alive = [pid for pid in alive if _alive(pid, processes[pid])]
        time.sleep(0.05)
    return alive


def _stat(pid: int) -> list[str] | None:
    """The fields of /proc/<pid>/stat after the command name, None when the process is gone."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(")")[-1].split()
    except FileNotFoundError:
        return None


def _started(pid: int) -> str | None:
    fields = _stat(pid)
    return fields[19] if fields else None  # start time: a pid reused by another process has another


def _alive(pid: int, started: str) -> bool:
    fields = _stat(pid)
    return fields is not None and fields[0] != "Z" and fields[19] == started


def _note(workers: dict[int, str], pids) -> None:
    for pid in pids:
        if pid not in workers and (started := _started(pid)):
            workers[pid] = started


def test_sigkill_mid_batch_leaves_whole_documents_and_a_rerun_stores_the_rest(tmp_path):
    corpus = tmp_path / "corpus"
    paths = sorted(str(p) for p in generate(corpus, DOCS))
    db_path = tmp_path / "vnplan.db"
    log = (tmp_path / "ingest.log").open("wb")
    proc = subprocess.Popen([sys.executable, "-c", SLOW_CLI, "ingest", str(corpus), "--db", str(db_path),
                             "--workers", "2"], cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    workers: dict[int, str] = {}  # pid -> start time
    try:
        deadline = time.monotonic() + 300
        while committed(db_path) < 60:  # a few chunks committed, most of the run still ahead
            assert proc.poll() is None, (tmp_path / "ingest.log").read_text()
            assert time.monotonic() < deadline, "ingest committed nothing in 300 s"
            _note(workers, descendants(proc.pid))
            time.sleep(0.01)
        _note(workers, descendants(proc.pid))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        log.close()
    assert proc.returncode == -signal.SIGKILL
    assert len(workers) >= 3  # the fork server and two extraction workers at least
    orphans = wait_gone(workers, timeout=15)
    for pid in orphans:  # clean up before failing: these are processes this test started
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass  # it ended after all
    assert orphans == [], "worker processes outlived the killed ingest"

    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        stored = [row[0] for row in conn.execute("SELECT path FROM documents ORDER BY path")]
        assert 60 <= len(stored) < DOCS
        for path in stored:  # every stored document is complete: as many rows as a fresh extraction
            record, _ = extract_file(path)
            assert child_counts(conn, path) == record_counts(record), path
        orphan_rows = conn.execute("""SELECT count(*) FROM legal_references
                                      WHERE document_path NOT IN (SELECT path FROM documents)""").fetchone()[0]
        assert orphan_rows == 0

    rerun = subprocess.run([sys.executable, "-m", "pipeline.cli", "ingest", str(corpus), "--db", str(db_path)],
                           cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    summary = " ".join(rerun.stderr.split())
    assert f"{DOCS - len(stored)} stored" in summary and f"{len(stored)} unchanged" in summary
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = conn.execute("SELECT path, record FROM documents ORDER BY path").fetchall()
        assert [path for path, _ in rows] == paths
        for path, record in rows:
            data = json.loads(record)
            expected = (len(data["legal_references"]), len(data["targets"]), len(data["tasks"]),
                        sum(len(t["lead"]) + len(t["coordinators"]) for t in data["tasks"]))
            assert child_counts(conn, path) == expected, path
