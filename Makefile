# Two commands for a newcomer: `make run` (site with demo data) and `make test` (whole suite).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.DEFAULT_GOAL := help

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed ## Create the virtualenv and install the app with its test extras

run: install ## Migrate the SQLite database, load demo data if empty, serve on http://127.0.0.1:8000 with a task worker
	$(MANAGE) migrate --noinput
	$(MANAGE) seed_demo --if-empty
	@echo "Serving on http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/), with a task worker"
	@# The worker runs background tasks (docs/deploy.md); it stops with the server.
	$(MANAGE) db_worker --no-reload & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(MANAGE) runserver $(HOST):$(PORT)

lint: install ## ruff, migrations check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(MANAGE) makemigrations --check --dry-run

test: install lint ## Run the whole suite (DATABASE_URL selects PostgreSQL; SQLite otherwise)
	$(BIN)/pytest

.PHONY: help install run lint test messages bench bench-signin bench-readiness page-weight lighthouse

messages: install ## Update and compile the Indonesian catalogues (needs GNU gettext)
	$(BIN)/python locale/update_id_catalogues.py

bench: install ## Lesson page req/s against a bare Django view on gunicorn (set REDIS_URL as in production)
	$(BIN)/python -m tests.perf.throughput

page-weight: install ## Bytes and requests of a lesson page's first visit, measured in Chromium
	$(BIN)/python -m tests.perf.page_weight

tools/lighthouse/node_modules/.package-lock.json: tools/lighthouse/package-lock.json
	cd tools/lighthouse && npm ci --no-audit --no-fund

lighthouse: install tools/lighthouse/node_modules/.package-lock.json ## Lighthouse (mobile) on six learner pages, medians of 3 runs (needs npm)
	$(BIN)/python -m tests.perf.lighthouse

bench-signin: install ## 40 pengurus sign in at once on gunicorn, Argon2 beside PBKDF2 (budget: last <= 10 s)
	$(BIN)/python -m tests.perf.signin

bench-readiness: install ## Readiness of 1,000 WKSBM, 1,000,000 answers (DATABASE_URL: a PostgreSQL server)
	$(BIN)/python -m tests.perf.readiness
