# Two commands do all set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SAMPLE := samples/miami-april-2025.squadplan
PREFIX ?= $(HOME)/.local
PACKAGED := build/package.stamp
# what the frozen build is made from: rebuilt when one of them changes
PACKAGE_SOURCES := pyproject.toml $(wildcard packaging/*.py packaging/*.spec) \
	$(shell find planner ui -name '*.py' -o -name '*.json' -o -name '*.svg' -o -name '*.qm')

.PHONY: run test bench samples translations package install-desktop clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,package]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/squad-planner $(SAMPLE)

# the frozen build first: tests/packaging/test_frozen.py runs it
test: $(STAMP) $(PACKAGED)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(STAMP) $(PACKAGED)
	for script in benchmarks/*.py; do QT_QPA_PLATFORM=offscreen $(BIN)/python $$script || exit 1; done

samples: $(STAMP)
	$(BIN)/python -m planner new --sample --force -o $(SAMPLE)

# lupdate (ui/ sources -> ui/translations/squad_planner_es.ts), then lrelease (-> .qm)
translations: $(STAMP)
	$(BIN)/python tools/translations.py

# PyInstaller one-folder build in dist/squad-planner (packaging/squad_planner.spec)
package: $(PACKAGED)

$(PACKAGED): $(STAMP) $(PACKAGE_SOURCES)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/squad_planner.spec
	touch $@

# Linux: menu entry, icons and the .squadplan file type under $(PREFIX)/share, opening with the
# venv's squad-planner (EXEC=/path/to/squad-planner for another, e.g. the frozen build's)
install-desktop: $(STAMP)
	$(BIN)/python packaging/linux/install_desktop.py --prefix "$(PREFIX)" \
		$(if $(EXEC),--exec "$(EXEC)")

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache .mypy_cache .hypothesis
