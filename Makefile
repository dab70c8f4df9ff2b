# Confdesk: `make run` opens the app, `make test` runs the test suite (both set up first).
VENV ?= .venv
PY := $(VENV)/bin/python
# pytest exits 5 when a marker selects no tests: that is not a failure here.
PYTEST_OK5 = || { rc=$$?; [ $$rc -eq 5 ] || exit $$rc; }

.PHONY: run test test-slow bench lint package setup setup-test setup-package clean translations

setup:
	scripts/setup.sh

setup-test:
	scripts/setup.sh --test

setup-package:  # the slow tests build the PyInstaller package too
	scripts/setup.sh --package

run: setup
	$(VENV)/bin/confdesk gui

test: setup-test
	$(PY) -m pytest $(PYTEST_OK5)

test-slow: setup-package
	$(PY) -m pytest -m slow $(PYTEST_OK5)

bench: setup-test
	@set -e; for f in tests/bench/bench_*.py; do \
	  m=$$(echo $${f%.py} | tr / .); echo "== $$m"; $(PY) -m $$m; done

lint: setup-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

package: setup-package
	packaging/build.sh

translations:  # refresh the .ts sources from the code (translators then fill in what is new)
	$(VENV)/bin/python scripts/core_words_catalog.py
	$(VENV)/bin/pyside6-lupdate $$(git ls-files 'desktop/ui/*.py') -locations none -no-obsolete \
	  -ts resources/translations/confdesk_zh_HK.ts resources/translations/confdesk_zh_CN.ts

clean:
	rm -rf build dist
