# Two commands set everything up on a fresh machine with Python 3.11:
#   make demo   - create .venv, ingest corpus/ into outputs/vnplan.db, show the result
#   make test   - create .venv with the test extras, run every test
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB := outputs/vnplan.db

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.base: pyproject.toml | $(BIN)/activate
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.test: pyproject.toml | $(BIN)/activate
	$(BIN)/pip install -q -e ".[test]"
	touch $@

.PHONY: demo test bench schema clean
demo: $(VENV)/.base
	$(BIN)/vnplan ingest corpus/ --db $(DB)
	$(BIN)/vnplan summary --db $(DB)
	$(BIN)/vnplan cites "61/2018/NĐ-CP" --db $(DB)
	$(BIN)/vnplan tasks --unit "Sở Nội vụ" --due-before 2018-03-31 --db $(DB)

test: $(VENV)/.test
	$(BIN)/pytest -q

bench: $(VENV)/.test
	$(BIN)/python benchmarks/run_all.py

schema: $(VENV)/.base
	$(BIN)/python -m schemas.export

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm
