"""The JSON Schema of the record, as committed in schemas/record.schema.json."""
from __future__ import annotations

import json
from pathlib import Path

from schemas.record import Record

SCHEMA_FILE = Path(__file__).with_name("record.schema.json")


def schema_json() -> str:
    return json.dumps(Record.model_json_schema(), ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":
    SCHEMA_FILE.write_text(schema_json(), encoding="utf-8")
    print(f"wrote {SCHEMA_FILE}")
