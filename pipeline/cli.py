"""The `vnplan` command line: the same features as the library calls in pipeline.*."""
from __future__ import annotations

import json
import shutil
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from pipeline.files import expand_paths
from pipeline.readers import SUPPORTED_SUFFIXES
from pipeline.store import DEFAULT_DB

_SUFFIXES = " ".join(SUPPORTED_SUFFIXES)
app = typer.Typer(
    help="vnplan: Vietnamese administrative documents (Kế hoạch, Quyết định, …) to records — "
         "legal references, targets, tasks — as JSON and in SQLite.",
    no_args_is_help=True,
    add_completion=False,
)
err = Console(stderr=True, soft_wrap=True)  # an error line stays one line, for grep
# Tables are read in terminals and in logs; do not squeeze them to a pipe's default 80 columns.
out = Console(width=max(140, shutil.get_terminal_size().columns))

DbOption = typer.Option(DEFAULT_DB, "--db", help="SQLite database file.")


class RecordFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"


class ViewFormat(str, Enum):
    table = "table"
    json = "json"


@app.command()
def extract(
    paths: list[str] = typer.Argument(..., help=f"Files, folders (searched recursively) or globs: {_SUFFIXES}"),
    fmt: RecordFormat = typer.Option(RecordFormat.json, "--format", "-f",
                                     help="json: one object (a list for several files); jsonl: one object per line."),
) -> None:
    """Print the extraction record of each file (see schemas/record.schema.json)."""
    from pipeline.batch import process_file

    files = expand_paths(paths)
    records, failed = [], 0
    for path in files:
        outcome = process_file(path)
        if outcome.error:
            failed += 1
            err.print(f"[red]error[/red]: {path}: {outcome.error}", highlight=False)
            continue
        if fmt is RecordFormat.jsonl:
            print(outcome.record.model_dump_json())
        else:
            records.append(outcome.record.model_dump(mode="json"))
    if fmt is RecordFormat.json and records:
        print(json.dumps(records[0] if len(files) == 1 else records, ensure_ascii=False, indent=2))
    if failed:
        raise typer.Exit(1)


class Engine(str, Enum):
    local = "local"
    dask = "dask"


@app.command()
def ingest(
    paths: list[str] = typer.Argument(..., help="Files, folders (searched recursively) or globs."),
    db_path: Path = DbOption,
    force: bool = typer.Option(False, "--force", help="Re-extract files even when unchanged since the last ingest."),
    workers: int = typer.Option(0, "--workers", "-j", min=0,
                                help="Extraction processes; 0 = all cores, 1 = in this process."),
    engine: Engine = typer.Option(Engine.local, "--engine",
                                  help="local: a process pool on this machine; dask: a Dask cluster."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", metavar="ADDRESS",
                                            help="Dask scheduler, e.g. tcp://10.0.0.5:8786 (implies --engine dask; "
                                                 "without it --engine dask starts a local cluster)."),
    max_bytes: Optional[int] = typer.Option(None, "--max-bytes", min=0, show_default="10000000",
                                            help="Refuse files larger than this many bytes; 0 = no limit."),
    timeout: Optional[float] = typer.Option(None, "--timeout", min=0, show_default="300 s",
                                            help="Stop extracting a file after this many seconds and report it; "
                                                 "0 = no limit. Not applied on Dask."),
) -> None:
    """Extract files and store them in SQLite; unchanged files are skipped, changed ones replaced atomically."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from pipeline.batch import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, StoreError, size_text
    from pipeline.batch import ingest as run_ingest
    from pipeline.parallel import EngineError, default_workers
    from pipeline.store import open_db

    files = expand_paths(paths)
    db = open_db(db_path)
    n_workers = workers or default_workers()
    if scheduler:
        engine = Engine.dask
    where = f"Dask {scheduler or 'local cluster'}" if engine is Engine.dask else \
        f"{n_workers} worker{'s' if n_workers > 1 else ''}"
    counts = {"stored": 0, "skipped": 0, "failed": 0}
    try:
        with Progress(TextColumn(f"ingesting ({where})"), BarColumn(bar_width=20), MofNCompleteColumn(),
                      TextColumn("{task.fields[rate]}"), TextColumn("{task.fields[counts]}"), TimeElapsedColumn(),
                      console=err, disable=not files) as progress:
            task = progress.add_task("ingest", total=len(files), rate="", counts="")

            def advance(outcome) -> None:
                key = "failed" if outcome.error else "skipped" if outcome.skipped else "stored"
                counts[key] += 1
                done = sum(counts.values())
                elapsed = progress.tasks[0].elapsed or 1e-9
                progress.update(task, completed=done, rate=f"{done / elapsed:.1f} files/s",
                                counts=f"{counts['stored']} stored, {counts['skipped']} unchanged, "
                                       f"{counts['failed']} failed")
                if outcome.error:
                    progress.console.print(f"[red]failed[/red]: {outcome.path}: {outcome.error}", highlight=False)

            summary = run_ingest(db, files, force=force, on_progress=advance, workers=n_workers,
                                 engine=engine.value, scheduler=scheduler,
                                 max_bytes=DEFAULT_MAX_BYTES if max_bytes is None else max_bytes,
                                 timeout=DEFAULT_TIMEOUT if timeout is None else timeout)
    except EngineError as exc:
        err.print(f"[red]error[/red]: {exc}", highlight=False)
        raise typer.Exit(2)
    except StoreError as exc:
        err.print(f"[red]error[/red]: {exc}; the documents committed so far are intact, re-run to continue",
                  highlight=False)
        raise typer.Exit(2)
    rate = summary.done / summary.seconds if summary.seconds else 0.0
    err.print(f"{'Interrupted after' if summary.interrupted else 'Read'} {summary.done} of {summary.files} files "
              f"({size_text(summary.bytes)}) in {summary.seconds:.2f} s, {rate:.1f} files/s: "
              f"{summary.stored} stored ({summary.records} records), {summary.skipped} unchanged, "
              f"{summary.failed} failed → {db_path}", highlight=False)
    if summary.failures:
        err.print(f"Failed files ({summary.failed}):", highlight=False)
        for path, reason in summary.failures:
            err.print(f"  {path}: {reason}", highlight=False, soft_wrap=True)
    if summary.interrupted:
        raise typer.Exit(130)
    if summary.failures:
        raise typer.Exit(1)


FormatOption = typer.Option(ViewFormat.table, "--format", "-f", help="table for reading, json for other tools.")


def _print_rows(rows: list[dict], fmt: ViewFormat, columns: list[str], title: str) -> None:
    if fmt is ViewFormat.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        err.print(f"{title}: nothing found")
        return
    table = Table(title=f"{title} ({len(rows)})", show_lines=True)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        # Text, not markup: a snippet's "[một] [cửa]" would otherwise be read as rich style tags.
        table.add_row(*(Text(_cell(row.get(c))) for c in columns))
    out.print(table)


def _cell(value) -> str:
    """A value as a table shows it: a list of units as names, one after another ("Sở Tài chính; Sở Nội vụ")."""
    if value is None:
        return ""
    return "; ".join(map(str, value)) if isinstance(value, list) else str(value)


def _open_existing(db_path: Path):
    from pipeline.store import open_db

    if not db_path.exists():
        err.print(f"[red]error[/red]: database {db_path} does not exist; run `vnplan ingest` first")
        raise typer.Exit(2)
    return open_db(db_path)


@app.command()
def cites(
    query: str = typer.Argument(..., help='The cited document: "61/2018/NĐ-CP", "61/2018/ND-CP", "NĐ 61/2018", …'),
    db_path: Path = DbOption,
    fmt: ViewFormat = FormatOption,
) -> None:
    """Which documents cite QUERY, with the citing sentence, relation and offsets."""
    from pipeline.queries import citing_documents

    rows = citing_documents(_open_existing(db_path), query)
    _print_rows(rows, fmt, ["path", "citing_doc_type", "citing_number", "cited_number", "relation", "start", "end",
                            "sentence"],
                f"Documents citing {query}")


@app.command("cited-by")
def cited_by(
    doc: str = typer.Argument(..., help="The citing document: its path, file name or number (4034/QĐ-UBND)."),
    db_path: Path = DbOption,
    fmt: ViewFormat = FormatOption,
) -> None:
    """What a document cites."""
    from pipeline.queries import cited_by as query_cited_by

    rows = query_cited_by(_open_existing(db_path), doc)
    _print_rows(rows, fmt, ["doc_type", "number", "name", "issued_date", "issuer", "relation", "start"],
                f"Cited by {doc}")


@app.command()
def tasks(
    unit: str = typer.Option(..., "--unit", "-u", help='A unit name, e.g. "Sở Nội vụ" or "UBND cấp huyện".'),
    due_before: Optional[str] = typer.Option(None, "--due-before", help="Only tasks due on or before this ISO date."),
    db_path: Path = DbOption,
    fmt: ViewFormat = FormatOption,
) -> None:
    """What a unit must do (as lead or coordinator), across documents."""
    from pipeline.queries import unit_tasks

    rows = unit_tasks(_open_existing(db_path), unit, due_before)
    _print_rows(rows, fmt, ["path", "role", "text", "deadline_text", "deadline_end", "lead", "coordinators"],
                f"Tasks of {unit}")


@app.command()
def targets(
    doc: Optional[str] = typer.Option(None, "--doc", help="Only this document (path, file name or number)."),
    db_path: Path = DbOption,
    fmt: ViewFormat = FormatOption,
) -> None:
    """Quantified targets (chỉ tiêu) of the stored documents."""
    from pipeline.queries import document_targets

    rows = document_targets(_open_existing(db_path), doc)
    _print_rows(rows, fmt, ["path", "comparator", "value", "unit", "text", "deadline_text"], "Targets")


@app.command()
def search(
    query: str = typer.Argument(..., help='Words to find; diacritics optional ("nghi dinh" finds "Nghị định").'),
    db_path: Path = DbOption,
    limit: int = typer.Option(20, "--limit"),
    fmt: ViewFormat = FormatOption,
) -> None:
    """Full-text search over the stored documents."""
    from pipeline.queries import search_text

    rows = search_text(_open_existing(db_path), query, limit)
    _print_rows(rows, fmt, ["path", "doc_type", "number", "snippet"], f"Search: {query}")


@app.command()
def summary(db_path: Path = DbOption, fmt: ViewFormat = FormatOption) -> None:
    """Show what the database holds: one line per document with its metadata and record counts."""
    db = _open_existing(db_path)
    rows = list(db.query("""
        SELECT replace(d.path, rtrim(d.path, replace(d.path, '/', '')), '') AS file, d.doc_type, d.number, d.issuer, d.issued_date, d.signer,
          (SELECT count(*) FROM legal_references r WHERE r.document_path = d.path) AS refs,
          (SELECT count(*) FROM targets t WHERE t.document_path = d.path) AS targets,
          (SELECT count(*) FROM tasks k WHERE k.document_path = d.path) AS tasks
        FROM documents d ORDER BY d.path"""))
    _print_rows(rows, fmt,
                ["file", "doc_type", "number", "issuer", "issued_date", "signer", "refs", "targets", "tasks"],
                f"Documents in {db_path}")


@app.command()
def schema(output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to this file.")) -> None:
    """Print (or write) the JSON Schema of the extraction record."""
    from schemas.export import schema_json

    text = schema_json()
    if output:
        output.write_text(text, encoding="utf-8")
        err.print(f"wrote {output}")
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    app()
