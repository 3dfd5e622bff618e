from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED_DECISION = CORPUS / "004_56be073c6998dd9f.txt"  # Khánh Hòa decision 4034/QĐ-UBND with its plan table


@pytest.fixture
def seed_text() -> str:
    return SEED_DECISION.read_text(encoding="utf-8")
