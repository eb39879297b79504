# Two commands for a newcomer: `make demo` and `make test`. Everything else follows from them.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TS     := $(wildcard resources/translations/*.ts)
QM     := $(TS:.ts=.qm)


.PHONY: demo demo-hall screenshots test lint typecheck architecture unit translations lupdate package bench bench-hall bench-changes clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "SeatDesk needs Python 3.11 or newer (set PYTHON=python3.11)")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# Refresh the .ts files from the sources (then translate new strings in Qt Linguist).
lupdate: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find seatdesk/ui -name '*.py' | sort) -no-obsolete \
		-ts resources/translations/seatdesk_zh_CN.ts resources/translations/seatdesk_en.ts

demo: $(STAMP) $(QM)
	$(BIN)/seatdesk --demo

# Two desks and a hall on one machine (a throwaway PostgreSQL; needs Debian's postgresql).
demo-hall: $(STAMP) $(QM)
	$(BIN)/python -m tools.demo_hall

# A PNG of every window and dialog in zh_CN and en under Xvfb (Debian: xvfb, fonts-noto-cjk),
# into docs/screenshots; look at them and update docs/screenshots/README.md.
screenshots: $(STAMP) $(QM)
	xvfb-run -a -s '-screen 0 1280x800x24' $(BIN)/python -m tools.screenshots docs/screenshots

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

architecture: $(STAMP)
	$(BIN)/lint-imports

unit: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

test: lint typecheck architecture unit

# A frozen one-folder build for Linux seats, smoke-tested, and its tarball (not part of CI).
package: $(STAMP) $(QM)
	$(BIN)/python -m pip install --quiet 'pyinstaller>=6.10'
	bash packaging/build_linux.sh

# The vault against plain SQLite on one million customers (issue #8; tens of minutes, data in
# benchmarks/.data, results in benchmarks/results). QUICK=1: 20,000 customers, under a minute.
bench: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.bench $(if $(QUICK),--quick)

# Many seats against the hall on loopback, with PostgreSQL restarted and the hall SIGKILLed
# halfway (issue 13; about seven minutes; results in benchmarks/results/hall-N.{md,json}).
# QUICK=1: 50 seats for 30 s, about a minute. Needs Debian's postgresql.
bench-hall: $(STAMP)
	$(BIN)/python -m benchmarks.hall_sim $(if $(QUICK),--quick)

# A change set of 10,000 customers applied at a million-customer seat of a real hall while its
# desk pops, against plain SQLite (issue 14; the first run builds the vault, about 3 minutes,
# then about 5 for 3 rounds; results in benchmarks/results/change-sets-N.{md,json}).
# QUICK=1: 20,000 customers, 2,000 changed, about a minute. Needs Debian's postgresql.
bench-changes: $(STAMP)
	$(BIN)/python -m benchmarks.change_set_bench $(if $(QUICK),--quick)

clean:
	rm -rf $(VENV) $(QM) .pytest_cache .mypy_cache .ruff_cache build dist benchmarks/.data
