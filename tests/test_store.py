import shutil

import pytest

from pipeline.batch import ingest
from pipeline.readers import file_sha256
from pipeline.queries import cited_by, citing_documents, document_targets, search_text, unit_tasks
from pipeline.store import open_db
from tests.conftest import CORPUS, SEED_DECISION

SEEDS = sorted(str(p) for p in CORPUS.glob("*.txt"))


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    database = open_db(tmp_path_factory.mktemp("db") / "vnplan.db")
    ingest(database, SEEDS)
    return database


def test_documents_and_children_are_stored_with_foreign_keys(db):
    assert db["documents"].count == len(SEEDS)
    decision = db["documents"].get(str(SEED_DECISION))
    assert decision["number"] == "4034/QĐ-UBND" and decision["issuer"] == "Ủy ban nhân dân tỉnh Khánh Hòa"
    for table in ("legal_references", "targets", "tasks"):
        assert db[table].foreign_keys[0].other_table == "documents"
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("SELECT count(*) FROM tasks WHERE document_path = ?", [str(SEED_DECISION)]).fetchone()[0] > 40


@pytest.mark.parametrize("query", ["61/2018/NĐ-CP", "61/2018/ND-CP", "nghị định 61/2018/nđ-cp", "NĐ 61/2018"])
def test_who_cites_a_decree_with_forgiving_queries(db, query):
    rows = citing_documents(db, query)
    assert {r["path"].rsplit("/", 1)[-1] for r in rows} == {"001_21baeff0754c0a52.txt", "003_5dad5d2d501c37f7.txt"}
    for row in rows:
        assert "61/2018/NĐ-CP" in row["sentence"] and row["relation"] == "implements"


def test_what_a_document_cites_and_the_citation_graph(db):
    rows = cited_by(db, "4034/QĐ-UBND")
    numbers = {r["number"] for r in rows}
    assert {"30c/NQ-CP", "3377/QĐ-UBND", "2947/SNV-CCHC"} <= numbers
    assert "4034/QĐ-UBND" not in numbers  # its own number is no reference
    graph = list(db.query("SELECT cited_number FROM citation_graph WHERE citing_number = '4034/QĐ-UBND'"))
    assert len(graph) == len(rows)


def test_tasks_of_a_unit_across_documents_with_due_date(db):
    rows = unit_tasks(db, "Sở Nội vụ")
    assert rows and all("Sở Nội vụ" in r["lead"] + r["coordinators"] for r in rows)
    due = unit_tasks(db, "SỞ NỘI VỤ", due_before="2018-06-30")
    assert due and all(r["deadline_end"] <= "2018-06-30" for r in due)
    assert len(due) < len(rows)


def test_targets_of_one_document(db):
    rows = document_targets(db, "000_fe4a77ad651f9b83.txt")
    assert {(r["comparator"], r["value"]) for r in rows} >= {("<=", 2.0), (">=", 45.0), (">", 95.0), ("<", 5.0)}


def test_full_text_search_without_diacritics(db):
    hits = search_text(db, "nghi dinh mot cua lien thong")
    assert {h["path"].rsplit("/", 1)[-1] for h in hits} >= {"003_5dad5d2d501c37f7.txt"}
    assert search_text(db, "Nghị định một cửa liên thông") == hits
    # The snippet shows the document's own words, diacritics and đ included.
    assert any("[Nghị] [định]" in h["snippet"] for h in hits)


def test_full_text_search_folds_d_bar_and_follows_replacements(tmp_path):
    target = tmp_path / "plan.txt"
    shutil.copy(SEED_DECISION, target)
    database = open_db(tmp_path / "s.db")
    ingest(database, [str(target)])
    hits = search_text(database, "DE AN")
    assert [h["path"] for h in hits] == [str(target)] and "[đề] [án]" in hits[0]["snippet"].casefold()
    target.write_text("KẾ HOẠCH\nVề việc thực hiện nhiệm vụ đạt chuẩn nông thôn mới\n", encoding="utf-8")
    ingest(database, [str(target)])
    assert search_text(database, "de an") == []  # the old text left the index with its row
    assert [h["path"] for h in search_text(database, "dat chuan")] == [str(target)]
    database.execute("INSERT INTO documents_fts (documents_fts) VALUES ('integrity-check')")


def test_reingest_unchanged_changes_nothing_and_changed_file_is_replaced(tmp_path):
    target = tmp_path / "plan.txt"
    shutil.copy(SEED_DECISION, target)
    database = open_db(tmp_path / "v.db")
    first = ingest(database, [str(target)])
    before = database.execute("SELECT ingested_at, sha256 FROM documents").fetchall()
    n_tasks = database["tasks"].count
    again = ingest(database, [str(target)])
    assert (first.stored, again.stored, again.skipped) == (1, 0, 1)
    assert database.execute("SELECT ingested_at, sha256 FROM documents").fetchall() == before
    target.write_text(SEED_DECISION.read_text(encoding="utf-8").replace("4034/QĐ-UBND", "4035/QĐ-UBND"), encoding="utf-8")
    ingest(database, [str(target)])
    assert [r["number"] for r in database.query("SELECT number FROM documents")] == ["4035/QĐ-UBND"]
    assert database["tasks"].count == n_tasks  # replaced, not added


def test_a_failing_write_leaves_the_previous_version(tmp_path, monkeypatch):
    import pipeline.store as store

    target = tmp_path / "plan.txt"
    shutil.copy(SEED_DECISION, target)
    database = open_db(tmp_path / "v.db")
    ingest(database, [str(target)])
    counts = {t: database[t].count for t in ("documents", "legal_references", "targets", "tasks", "task_units")}
    target.write_text(SEED_DECISION.read_text(encoding="utf-8") + "\nThêm một dòng.", encoding="utf-8")

    real_insert = store._insert

    def insert(db, table, columns, rows):
        if table == "task_units":  # the old version is deleted and most new rows written by now
            raise RuntimeError("disk full")
        return real_insert(db, table, columns, rows)

    monkeypatch.setattr(store, "_insert", insert)
    summary = ingest(database, [str(target)])
    assert summary.stored == 0 and "disk full" in summary.failures[0][1]
    assert {t: database[t].count for t in counts} == counts
    assert database["documents"].get(str(target))["sha256"] != file_sha256(target.read_bytes())


def test_a_database_of_the_first_schema_is_upgraded_keeping_its_documents(tmp_path):
    """The first release indexed a folded copy of the text (text_folded) through sqlite-utils' FTS."""
    import sqlite_utils

    from pipeline.store import SCHEMA_VERSION

    target = tmp_path / "plan.txt"
    shutil.copy(SEED_DECISION, target)
    path = tmp_path / "old.db"
    database = open_db(path)
    ingest(database, [str(target)])
    old = sqlite_utils.Database(path)  # the same rows, in the first release's shape
    for trigger in ("documents_ai", "documents_ad", "documents_au"):
        old.execute(f"DROP TRIGGER {trigger}")
    old.execute("DROP TABLE documents_fts")
    old.execute("DROP INDEX idx_task_units_document_path")
    old["documents"].add_column("text_folded", str)
    old.execute("UPDATE documents SET text_folded = lower(text)")
    old["documents"].enable_fts(["title", "text", "text_folded"], create_triggers=True)
    old.execute("PRAGMA user_version = 0")
    n_tasks = old["tasks"].count
    old.close()

    upgraded = open_db(path)
    assert upgraded.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert "text_folded" not in upgraded["documents"].columns_dict
    assert upgraded["tasks"].count == n_tasks
    hits = search_text(upgraded, "de an")
    assert [h["path"] for h in hits] == [str(target)] and "[đề] [án]" in hits[0]["snippet"]
    assert ingest(upgraded, [str(target)], force=True).stored == 1  # writes go through the new triggers
    assert [h["path"] for h in search_text(upgraded, "de an")] == [str(target)]
    upgraded.execute("INSERT INTO documents_fts (documents_fts) VALUES ('integrity-check')")
