# The two commands a newcomer needs are `make demo` and `make test` (see README.md).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
HOST ?= localhost
PORT ?= 8000

.PHONY: install demo serve test test-fast lint audit format bench messages clean-demo backup restore

$(PY):
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet ".[test]"
	touch $@

## install: create .venv and install the project with its test tools
install: $(VENV)/.installed
	$(PY) manage.py compile_catalogues

## demo: install, migrate, set up the six sites, load the demo content, serve on :8000
demo: install
	$(PY) manage.py migrate --no-input
	$(PY) manage.py setup_network
	$(PY) manage.py load_demo_content
	@$(MAKE) --no-print-directory serve

# `make serve` runs the production settings on plain HTTP at localhost: a throwaway key, no HTTPS
# redirect, cookies without the Secure flag and media from the local disk. A real deployment sets
# SECRET_KEY and leaves the other switches at their secure defaults.
SERVE_SECRET_KEY ?= local-serve-only-not-for-deployment-$(shell hostname)
STATIC_ROOT ?= $(CURDIR)/static
SERVE_ENV = DJANGO_SETTINGS_MODULE=smartencity.settings.production \
	SECRET_KEY="$(or $(SECRET_KEY),$(SERVE_SECRET_KEY))" STATIC_ROOT="$(STATIC_ROOT)" \
	SECURE_SSL_REDIRECT=false SECURE_COOKIES=false SERVE_MEDIA=true \
	NETWORK_PORT=$(PORT) WAGTAILADMIN_BASE_URL=http://$(HOST):$(PORT) HOST=$(HOST) PORT=$(PORT)

# Fingerprinting and compressing every static file takes a while: redo it only when one changed.
$(STATIC_ROOT)/staticfiles.json: $(VENV)/.installed smartencity/settings/base.py \
		smartencity/settings/production.py $(shell find $(wildcard */static) -type f)
	@$(SERVE_ENV) $(PY) manage.py collectstatic --no-input --verbosity 0

## serve: serve the existing demo database with gunicorn and the production settings on :8000
serve: install $(STATIC_ROOT)/staticfiles.json
	@echo "Serving the network on http://$(HOST):$(PORT)/ (see README.md for the sites and users)"
	@$(SERVE_ENV) $(BIN)/gunicorn --config smartencity/gunicorn.conf.py

## test: the whole test suite, browser tests included when Chromium is installed
test: install
	$(PY) -m pytest

## lint: Django checks, migrations in step with models, ruff lint and format
lint: install
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

## audit: known vulnerabilities in the installed packages, asked of pypi.org by pip-audit
# Fails on a known vulnerability or a package left unchecked, and when no package could be
# checked at all (no vulnerability data in reach), unless AUDIT_ALLOW_UNREACHABLE=1 makes that
# last case a warning (.ci/run, on machines that cannot reach pypi.org's JSON API).
# Our own project is not on PyPI and is left out.
audit: install
	$(BIN)/pip freeze --exclude-editable --exclude smartencity-network > $(VENV)/audit-requirements.txt
	$(BIN)/pip-audit --no-deps --disable-pip --progress-spinner off --format json \
		--requirement $(VENV)/audit-requirements.txt --output $(VENV)/audit-report.json 2>/dev/null || true
	@$(PY) -m smartencity.audit $(VENV)/audit-report.json; status=$$?; \
	if [ $$status -eq 3 ] && [ "$(AUDIT_ALLOW_UNREACHABLE)" = 1 ]; then \
		echo "WARNING: the dependency audit was NOT done on this machine" >&2; exit 0; fi; \
	exit $$status

## backup: dump the database and the media into $(BACKUP_DIR)/smartencity-<UTC time>/
# On PostgreSQL the dump is pg_dump's custom format (apt-get install postgresql-client-15); on
# SQLite, a copy of the file. The media are a tar archive of MEDIA_ROOT.
BACKUP_DIR ?= backups
backup: $(VENV)/.installed
	$(PY) manage.py backup_site --output-dir "$(BACKUP_DIR)"

## restore: restore BACKUP=<backup folder> into DATABASE_URL and MEDIA_ROOT; FORCE=1 overwrites
# a database that has tables and media that has files, which are refused otherwise.
restore: $(VENV)/.installed
	@test -n "$(BACKUP)" || { echo "Name the backup: make restore BACKUP=$(BACKUP_DIR)/smartencity-..." >&2; exit 2; }
	$(PY) manage.py restore_site "$(BACKUP)" $(if $(filter 1 true yes,$(FORCE)),--force)

## bench: query counts, render times and wrk throughput of every page type at 10x demo size,
# beside the static-file limit; writes benchmarks/report.json (BENCH_QUICK=1: about 30 s at 1x)
bench: install
	$(PY) benchmarks/run.py --scale $(or $(SCALE),10)

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

## messages: extract the visitor-facing strings into locale/ (needs GNU gettext)
messages: install
	$(PY) manage.py makemessages --no-obsolete --ignore=.venv --ignore=static --ignore=tests --ignore=test-artifacts --ignore=benchmarks $(foreach lang,et da es bg it,-l $(lang))
	$(PY) manage.py compile_catalogues

clean-demo:
	rm -f db.sqlite3
	rm -rf media
