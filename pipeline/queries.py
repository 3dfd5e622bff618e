"""Lookups an analyst runs against the database; the CLI prints what these return."""
from __future__ import annotations

import json

import sqlite_utils

from extractors.reference_codes import parse_query
from extractors.units import unit_key
from pipeline.normalize import ascii_fold


def citing_documents(db: sqlite_utils.Database, query: str) -> list[dict]:
    """Every mention of the document `query` names ("61/2018/NĐ-CP", "NĐ 61/2018", "nghị định 61/2018/nđ-cp")."""
    key = parse_query(query)
    # parse_query gives an exact key, or a prefix ending in "*" for numbers typed without their symbol.
    escaped = key.rstrip("*").replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    pattern = escaped + "%" if key.endswith("*") else escaped
    return list(db.query(
        """SELECT d.path, d.doc_type AS citing_doc_type, d.number AS citing_number, d.title AS citing_title,
                  r.number AS cited_number, r.name AS cited_name, r.relation, r.start, r.end, r.sentence
           FROM legal_references r JOIN documents d ON d.path = r.document_path
           WHERE r.lookup_key LIKE ? ESCAPE '\\'
           ORDER BY d.issued_date, d.path, r.start""", [pattern]))


def cited_by(db: sqlite_utils.Database, doc: str) -> list[dict]:
    """What the document `doc` (its path, file name or number) cites."""
    return list(db.query(
        """SELECT d.path, r.doc_type, r.number, r.name, r.issued_date, r.issuer, r.relation, r.key,
                  r.start, r.end, r.text
           FROM legal_references r JOIN documents d ON d.path = r.document_path
           WHERE d.path = :doc OR d.path LIKE '%/' || :doc OR d.number = :doc
           ORDER BY d.path, r.start""", {"doc": doc}))


def unit_tasks(db: sqlite_utils.Database, unit: str, due_before: str | None = None) -> list[dict]:
    """Tasks in which `unit` leads or coordinates, across documents; unit names matched after normalization."""
    sql = """SELECT DISTINCT t.id, t.document_path AS path, d.number AS document_number, u.role, t.text, t.product,
                    t.section, t.lead, t.coordinators, t.deadline_text, t.deadline_start, t.deadline_end, t.recurrence
             FROM task_units u JOIN tasks t ON t.id = u.task_id JOIN documents d ON d.path = t.document_path
             WHERE u.unit_key = :key"""
    params = {"key": unit_key(unit)}
    if due_before:
        sql += " AND t.deadline_end IS NOT NULL AND t.deadline_end <= :due"
        params["due"] = due_before
    rows = list(db.query(sql + " ORDER BY t.deadline_end, t.document_path, t.start", params))
    for row in rows:
        row["lead"], row["coordinators"] = json.loads(row["lead"]), json.loads(row["coordinators"])
    return rows


def document_targets(db: sqlite_utils.Database, doc: str | None = None) -> list[dict]:
    sql = """SELECT t.document_path AS path, d.number AS document_number, t.value, t.unit, t.comparator, t.text,
                    t.deadline_text, t.deadline_start, t.deadline_end
             FROM targets t JOIN documents d ON d.path = t.document_path"""
    params: dict = {}
    if doc:
        sql += " WHERE d.path = :doc OR d.path LIKE '%/' || :doc OR d.number = :doc"
        params["doc"] = doc
    return list(db.query(sql + " ORDER BY t.document_path, t.start", params))


def search_text(db: sqlite_utils.Database, query: str, limit: int = 20) -> list[dict]:
    """Full-text search that ignores diacritics: "nghi dinh" and "Nghị định" find the same documents."""
    folded = " ".join(f'"{w}"' for w in ascii_fold(query).split())
    return list(db.query(
        """SELECT d.path, d.doc_type, d.number, d.title,
                  snippet(documents_fts, 0, '[', ']', '…', 12) AS snippet
           FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
           WHERE documents_fts MATCH :q ORDER BY rank LIMIT :limit""",
        {"q": folded, "limit": limit}))
