# Two entry points for a fresh clone: `make run` and `make test`.
# Both create .venv with the system python3 (3.11+) and install what they need.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test lint typecheck pytest e2e bench wheel-check sounds clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# An editable install compiles no bytecode: compileall does it here, so that the first
# `make run` does not pay for compiling every module (measured: about 165 ms a start).
$(VENV)/.run-deps: pyproject.toml setup.py | $(BIN)/python
	$(BIN)/pip install -q -e .
	$(BIN)/python -m compileall -q stretchtimer
	touch $@

$(VENV)/.test-deps: pyproject.toml setup.py | $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'
	$(BIN)/python -m compileall -q stretchtimer
	touch $@ $(VENV)/.run-deps

# Running from the checkout needs the compiled translation catalogues beside their
# sources (a wheel builds its own); compiling them takes a few milliseconds.
run: $(VENV)/.run-deps
	$(BIN)/python tools/i18n.py compile >/dev/null
	$(BIN)/python -m stretchtimer $(ARGS)

test: $(VENV)/.test-deps
	$(BIN)/python tools/i18n.py compile >/dev/null
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/mypy
	$(BIN)/pytest $(PYTEST_ARGS)

bench: $(VENV)/.test-deps
	$(BIN)/python -m bench

# Build the wheel, check it carries the resources, install it into a fresh venv and run it
# outside the checkout: the same test that `make test` runs, on its own.
wheel-check: $(VENV)/.test-deps
	$(BIN)/pytest -q -rs tests/e2e/test_wheel.py

sounds: $(VENV)/.run-deps
	$(BIN)/python tools/make_sounds.py

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .pytest_cache .ruff_cache .import_linter_cache .grimp_cache
