import json

from schemas.export import SCHEMA_FILE, schema_json
from schemas.record import Record


def test_committed_json_schema_is_current():
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_json(), "run `make schema` and commit the result"


def test_schema_has_contract_fields():
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert set(schema["properties"]) >= {"schema_version", "source", "metadata", "legal_references", "targets", "tasks"}
    record = Record.model_validate({"source": {"path": "a.txt", "sha256": "0" * 64, "format": "txt"}})
    assert record.schema_version == "1" and record.tasks == []
