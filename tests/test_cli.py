import json
import subprocess
import sys

from typer.testing import CliRunner

from pipeline.cli import _cell, app
from tests.conftest import CORPUS, SEED_DECISION

runner = CliRunner()


def test_help_explains_every_command():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("extract", "ingest", "cites", "cited-by", "tasks", "targets", "search", "summary", "schema"):
        assert command in result.output
        sub = runner.invoke(app, [command, "--help"])
        assert sub.exit_code == 0 and "Usage" in sub.output


def test_extract_json_is_one_contract_record():
    result = runner.invoke(app, ["extract", str(SEED_DECISION), "--format", "json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["schema_version"] == "1"
    assert record["source"] == {"path": str(SEED_DECISION), "sha256": record["source"]["sha256"], "format": "txt"}
    assert record["metadata"]["number"] == "4034/QĐ-UBND"
    ref = next(r for r in record["legal_references"] if r["number"] == "30c/NQ-CP")
    assert ref["issuer"] == "Chính phủ" and ref["issued_date"] == "2011-11-08"


def test_extract_jsonl_over_a_folder_and_a_glob_and_bad_file(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    result = runner.invoke(app, ["extract", str(CORPUS), str(tmp_path / "*.txt"), "--format", "jsonl"])
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == len(list(CORPUS.glob("*.txt"))) + 3  # the DOCX, DOC and PDF copies
    assert {r["source"]["format"] for r in lines} == {"txt", "docx", "doc", "pdf"}
    assert f"{bad}: empty file" in result.stderr


def test_offsets_point_into_the_normalized_text():
    from pipeline.extract import extract_file

    record, doc = extract_file(SEED_DECISION)
    for item in record.legal_references + record.targets + record.tasks:
        assert 0 <= item.start < item.end <= len(doc.text)
    for ref in record.legal_references:
        assert doc.text[ref.start:ref.end] == ref.text


def test_ingest_then_query_as_json(tmp_path):
    db = tmp_path / "v.db"
    result = runner.invoke(app, ["ingest", str(CORPUS), "--db", str(db), "--workers", "1"])
    assert result.exit_code == 0, result.output
    cites = runner.invoke(app, ["cites", "61/2018/ND-CP", "--db", str(db), "--format", "json"])
    assert len(json.loads(cites.stdout)) == 2
    # The table says what kind of document cites it ("which plan cites …").
    cites_table = runner.invoke(app, ["cites", "61/2018/NĐ-CP", "--db", str(db)], terminal_width=400)
    assert "Kế hoạch" in cites_table.stdout
    tasks = runner.invoke(app, ["tasks", "--unit", "Sở Nội vụ", "--due-before", "2018-06-30", "--db", str(db),
                                "--format", "json"])
    rows = json.loads(tasks.stdout)
    assert rows and all(r["deadline_end"] <= "2018-06-30" for r in rows)
    # The table shows the snippet's highlighted words (brackets are text here, not rich markup).
    search = runner.invoke(app, ["search", "mot cua lien thong", "--db", str(db)], terminal_width=200)
    assert search.exit_code == 0 and "[một] [cửa]" in search.stdout
    # The table lists a task's units by name, one after another, not as a Python list.
    table = runner.invoke(app, ["tasks", "--unit", "Sở Nội vụ", "--due-before", "2018-06-30", "--db", str(db)],
                          terminal_width=400)
    assert table.exit_code == 0 and "Sở Xây dựng" in table.stdout and "['" not in table.stdout
    summary = json.loads(runner.invoke(app, ["summary", "--db", str(db), "--format", "json"]).stdout)
    decision = next(row for row in summary if row["file"] == SEED_DECISION.name)
    assert (decision["number"], decision["tasks"]) == ("4034/QĐ-UBND", 54)


def test_query_without_database_is_a_clear_error(tmp_path):
    result = runner.invoke(app, ["cites", "61/2018/NĐ-CP", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "does not exist" in result.stderr


def test_console_script_is_installed():
    out = subprocess.run([sys.executable, "-m", "pipeline.cli", "schema"], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout)["title"] == "Record"


def test_a_table_cell_lists_units_by_name():
    assert _cell(["Sở Kế hoạch và Đầu tư", "Sở Xây dựng"]) == "Sở Kế hoạch và Đầu tư; Sở Xây dựng"
    assert (_cell(None), _cell([]), _cell(2018.0)) == ("", "", "2018.0")
