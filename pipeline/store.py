"""SQLite storage of records with sqlite-utils: one writer, one transaction per document.

Tables: documents (one row per file path), legal_references, targets, tasks, task_units
(one row per unit named in a task, for lookups by unit), all keyed to documents.path; an
FTS5 index over document text that ignores diacritics, so "nghi dinh" finds "Nghị định";
and the view citation_graph (document → cited key) for other tools.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import regex
import sqlite_utils

from extractors.reference_codes import reference_key
from extractors.units import unit_key
from schemas.record import Deadline, Record

DEFAULT_DB = Path("outputs/vnplan.db")
_to_json = json.JSONEncoder(ensure_ascii=False).encode  # one encoder, not one per json.dumps call
_SENTENCE_END = regex.compile(r"(?<=[.;!?])\s+(?=\p{Lu})|\n")
# A sentence end other than a line break follows one of these: `re` finds them at a fraction of the cost of
# trying _SENTENCE_END at every position, which is then tried only after them.
_SENTENCE_MARK = re.compile(r"[.;!?]")


# FTS5's unicode61 tokenizer removes diacritics but keeps "đ" (a letter of its own, not d + a mark), so
# the triggers index the text with đ → d. The index then differs from documents.text only in đ/d, which
# tokenizes into the same tokens at the same positions: snippet() can highlight the original text.
# (FTS5's 'rebuild' would index the unfolded text; re-ingest with --force instead.)
_FOLD_D = "replace(replace({}.text, 'đ', 'd'), 'Đ', 'D')"
_FTS_STATEMENTS = (
    "CREATE VIRTUAL TABLE documents_fts USING fts5(text, content='documents', "
    "tokenize='unicode61 remove_diacritics 2')",
    f"""CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
      INSERT INTO documents_fts (rowid, text) VALUES (new.rowid, {_FOLD_D.format("new")});
    END""",
    f"""CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
      INSERT INTO documents_fts (documents_fts, rowid, text) VALUES ('delete', old.rowid, {_FOLD_D.format("old")});
    END""",
    f"""CREATE TRIGGER documents_au AFTER UPDATE ON documents BEGIN
      INSERT INTO documents_fts (documents_fts, rowid, text) VALUES ('delete', old.rowid, {_FOLD_D.format("old")});
      INSERT INTO documents_fts (rowid, text) VALUES (new.rowid, {_FOLD_D.format("new")});
    END""",
)
# PRAGMA user_version of the schema this code writes. Databases of the first release (user_version 0)
# indexed a folded copy of each text (text_folded) and had no index on task_units.document_path;
# `_upgrade` converts them.
SCHEMA_VERSION = 2


def open_db(path: str | Path = DEFAULT_DB) -> sqlite_utils.Database:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(path)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA journal_mode = WAL")
    _ensure_schema(db)
    return db


def _ensure_schema(db: sqlite_utils.Database) -> None:
    if "documents" in db.table_names():
        if db.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION:
            _upgrade(db)
        return
    with db.atomic():
        db["documents"].create({
            "path": str, "sha256": str, "format": str, "doc_type": str, "number": str, "symbol": str,
            "issuer": str, "province": str, "issued_date": str, "place": str, "title": str, "signer": str,
            "text": str, "record": str, "ingested_at": str,
        }, pk="path")
        fk = [("document_path", "documents", "path")]
        span = {"id": int, "document_path": str, "start": int, "end": int, "text": str}
        db["legal_references"].create({
            **span, "doc_type": str, "number": str, "name": str, "issued_date": str, "issuer": str,
            "relation": str, "key": str, "lookup_key": str, "sentence": str,
        }, pk="id", foreign_keys=fk)
        deadline = {"deadline_text": str, "deadline_start": str, "deadline_end": str, "recurrence": str}
        db["targets"].create({**span, "value": float, "unit": str, "comparator": str, **deadline},
                             pk="id", foreign_keys=fk)
        db["tasks"].create({**span, "product": str, "section": str, "lead": str, "coordinators": str, **deadline},
                           pk="id", foreign_keys=fk)
        db["task_units"].create({"id": int, "task_id": int, "document_path": str, "role": str, "unit": str,
                                 "unit_key": str}, pk="id",
                                foreign_keys=[("task_id", "tasks", "id"), ("document_path", "documents", "path")])
        for table, columns in (("legal_references", ["document_path"]), ("legal_references", ["lookup_key"]),
                               ("legal_references", ["key"]), ("targets", ["document_path"]),
                               ("tasks", ["document_path"]), ("tasks", ["deadline_end"]),
                               ("task_units", ["unit_key"]), ("task_units", ["task_id"]),
                               ("task_units", ["document_path"]),
                               ("documents", ["sha256"]), ("documents", ["number"])):
            db[table].create_index(columns)
        for statement in _FTS_STATEMENTS:
            db.execute(statement)
        db.create_view("citation_graph", """
            SELECT d.path AS citing_path, d.number AS citing_number, d.title AS citing_title,
                   r.key AS cited_key, r.number AS cited_number, r.name AS cited_name,
                   r.doc_type AS cited_doc_type, r.relation AS relation
            FROM legal_references r JOIN documents d ON d.path = r.document_path""")
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _upgrade(db: sqlite_utils.Database) -> None:
    """Bring a database of an earlier schema to this one, keeping what it stores (one transaction)."""
    with db.atomic():
        for trigger in ("documents_ai", "documents_ad", "documents_au"):
            db.execute(f"DROP TRIGGER IF EXISTS [{trigger}]")
        db.execute("DROP TABLE IF EXISTS documents_fts")
        for statement in _FTS_STATEMENTS:
            db.execute(statement)
        db.execute(f"INSERT INTO documents_fts (rowid, text) SELECT rowid, {_FOLD_D.format('documents')} FROM documents")
        if "text_folded" in db["documents"].columns_dict:
            db.execute("ALTER TABLE documents DROP COLUMN text_folded")
        db.execute("CREATE INDEX IF NOT EXISTS idx_task_units_document_path ON task_units (document_path)")
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def stored_sha256(db: sqlite_utils.Database, path: str) -> str | None:
    row = next(db.query("SELECT sha256 FROM documents WHERE path = ?", [path]), None)
    return row["sha256"] if row else None


# Columns of the child rows that DocumentRows carries as tuples, in this order: tuples pickle smaller
# than dicts on the way from a worker and bind without a lookup per value in the single writer.
_DEADLINE_COLUMNS = ("deadline_text", "deadline_start", "deadline_end", "recurrence")
REFERENCE_COLUMNS = ("document_path", "text", "start", "end", "doc_type", "number", "name", "issued_date",
                     "issuer", "relation", "key", "lookup_key", "sentence")
TARGET_COLUMNS = ("document_path", "text", "start", "end", "value", "unit", "comparator", *_DEADLINE_COLUMNS)
TASK_COLUMNS = ("document_path", "text", "start", "end", "product", "section", "lead", "coordinators",
                *_DEADLINE_COLUMNS)
# A unit row starts with the index of its task in DocumentRows.tasks; the writer turns it into task_id.
TASK_UNIT_COLUMNS = ("document_path", "role", "unit", "unit_key")


@dataclass
class DocumentRows:
    """One document's rows, built where it was extracted so the single writer only inserts them.

    `document` maps column → value; the child rows are tuples in the order of REFERENCE_COLUMNS,
    TARGET_COLUMNS, TASK_COLUMNS and (task index, *TASK_UNIT_COLUMNS).
    """

    document: dict
    legal_references: list[tuple]
    targets: list[tuple]
    tasks: list[tuple]
    task_units: list[tuple]

    @property
    def path(self) -> str:
        return self.document["path"]

    @property
    def records(self) -> int:
        return len(self.legal_references) + len(self.targets) + len(self.tasks)


def prepare_rows(record: Record, text: str) -> DocumentRows:
    path = record.source.path
    document = {
        "path": path, "sha256": record.source.sha256, "format": record.source.format,
        **record.metadata.model_dump(), "text": text,
        "record": record.model_dump_json(),
    }
    references = [(path, r.text, r.start, r.end, r.doc_type, r.number, r.name, r.issued_date, r.issuer,
                   r.relation, r.key, reference_key(r.number or r.name or ""), citing_sentence(text, r.start, r.end))
                  for r in record.legal_references]
    targets = [(path, t.text, t.start, t.end, t.value, t.unit, t.comparator, *_deadline_values(t.deadline))
               for t in record.targets]
    tasks = [(path, t.text, t.start, t.end, t.product, t.section, _to_json(t.lead), _to_json(t.coordinators),
              *_deadline_values(t.deadline)) for t in record.tasks]
    units = [(i, path, role, unit, unit_key(unit))
             for i, task in enumerate(record.tasks)
             for role, names in (("lead", task.lead), ("coordinator", task.coordinators)) for unit in names]
    return DocumentRows(document, references, targets, tasks, units)


def write_rows(db: sqlite_utils.Database, rows: DocumentRows) -> None:
    """Store one document's rows, replacing what an earlier version of the file left, all or nothing."""
    with db.atomic():
        delete_document(db, rows.path)
        document = {**rows.document, "ingested_at": datetime.now(timezone.utc).isoformat()}
        _insert(db, "documents", tuple(document), [tuple(document.values())])
        _insert(db, "legal_references", REFERENCE_COLUMNS, rows.legal_references)
        _insert(db, "targets", TARGET_COLUMNS, rows.targets)
        # Task ids are assigned here so that tasks and their units go in two bulk inserts.
        first_id = db.execute("SELECT coalesce(max(id), 0) + 1 FROM tasks").fetchone()[0]
        _insert(db, "tasks", ("id", *TASK_COLUMNS), [(first_id + i, *task) for i, task in enumerate(rows.tasks)])
        _insert(db, "task_units", ("task_id", *TASK_UNIT_COLUMNS),
                [(first_id + unit[0], *unit[1:]) for unit in rows.task_units])


def _insert(db: sqlite_utils.Database, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
    """Rows of `columns` in one executemany: the writer is the one serial step of a batch, and
    sqlite-utils' insert_all costs ≈ 4× more per row."""
    if rows:
        db.conn.executemany(f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in columns)}) "
                            f"VALUES ({', '.join('?' * len(columns))})", rows)


def delete_document(db: sqlite_utils.Database, path: str) -> None:
    # A new file has nothing to delete: one primary-key lookup instead of five deletes.
    if db.execute("SELECT 1 FROM documents WHERE path = ?", [path]).fetchone() is None:
        return
    with db.atomic():
        for table in ("task_units", "tasks", "targets", "legal_references"):
            db.execute(f"DELETE FROM [{table}] WHERE document_path = ?", [path])
        db.execute("DELETE FROM documents WHERE path = ?", [path])


def _deadline_values(deadline: Deadline | None) -> tuple:
    """The values of _DEADLINE_COLUMNS."""
    if deadline is None:
        return (None, None, None, None)
    return (deadline.text, deadline.start, deadline.end, deadline.recurrence)


def citing_sentence(text: str, start: int, end: int) -> str:
    """The sentence around a mention, for showing an analyst where a document is cited."""
    line_start = max(0, start - 600, text.rfind("\n", 0, start) + 1)
    return text[_sentence_start(text, line_start, start):_sentence_end(text, end, end + 600)].strip()


def _sentence_start(text: str, line_start: int, start: int) -> int:
    """Where the last sentence end in `text[line_start:start]` (a line without its break) leaves off, else
    `line_start`. The ends there are runs of whitespace after [.;!?]: the last mark that opens one opens the last."""
    marks = [m.start() for m in _SENTENCE_MARK.finditer(text, max(line_start - 1, 0), start)]
    for mark in reversed(marks):
        if found := _SENTENCE_END.match(text, mark + 1, start):
            return found.end()
    return line_start


def _sentence_end(text: str, end: int, limit: int) -> int:
    """Start of `_SENTENCE_END.search(text, end, limit)`, else `limit` within the text: the first line break, unless
    a mark before it opens a sentence end."""
    line_break = text.find("\n", end, limit)
    stop = line_break if line_break >= 0 else min(len(text), limit)
    for m in _SENTENCE_MARK.finditer(text, max(end - 1, 0), stop):
        if _SENTENCE_END.match(text, m.end(), limit):
            return m.end()
    return stop
