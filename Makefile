# Two entry points: `make run` (set up, build data/ from seeds/, open the dashboard)
# and `make test` (set up, run the tests). Both create .venv at the repository root.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint setup data dashboard clean

$(BIN)/claimboard: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dask]'
	touch $@

setup: $(BIN)/claimboard

data: setup
	$(BIN)/claimboard extract seeds/ --out data/
	$(BIN)/python -m claimboard.extract.card data/

run: data
	$(BIN)/claimboard dashboard --data data/claims.parquet

lint: setup
	$(BIN)/ruff check .
	$(BIN)/mypy

test: lint
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) build *.egg-info
