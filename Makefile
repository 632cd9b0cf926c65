# Two commands do all the set-up on a fresh machine:
#   make report   create .venv, install pinned requirements, run the notebooks, render HTML
#   make test     lint, unit tests and doctests, strict nbval over the stored notebook outputs
# Run `make help` for the rest.

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

# Where the articles come from and where the rendered site goes. With the
# defaults, the committed notebooks are executed in place on seeds/.
CORPUS ?= seeds
OUT ?= build/html

NOTEBOOKS := $(sort $(wildcard notebooks/[0-9][0-9]-*.ipynb))

# Inline figures vanish under MPLBACKEND=Agg; hash seeds fixed for stable output.
unexport MPLBACKEND
export PYTHONHASHSEED := 0
export PYDEVD_DISABLE_FILE_VALIDATION := 1

.PHONY: help report test lint unit nbval lab venv freeze clean student browser-test bench sweep analyze

help:
	@echo "make report                 run every notebook on seeds/ and render build/html"
	@echo "make report CORPUS=dir OUT=dir   the same notebooks on your own folder of articles"
	@echo "make test                    lint + unit tests and doctests + strict nbval"
	@echo "make lint                    ruff over lib, tools, bench and tests (rules in pyproject.toml)"
	@echo "make lab                     start JupyterLab and print the URL to open (LAB_PORT=8888, LAB_IP=127.0.0.1)"
	@echo "make student                 student edition (solutions removed) in build/student/, runnable there"
	@echo "make browser-test [OUT=dir]  check every page of the site (build/html) in headless Chromium (Selenium),"
	@echo "                             screenshots in build/screenshots"
	@echo "make bench [CORPUS=dir]      time the pipeline at 1x/10x/100x (and on CORPUS); writes build/bench.json"
	@echo "make sweep CORPUS=dir        run the pipeline on every article of a folder; list any that fail"
	@echo "make freeze                  re-pin constraints.txt from the current .venv"

venv: $(STAMP)

$(STAMP): requirements.txt constraints.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $(STAMP)

report: $(STAMP)
ifeq ($(CORPUS)$(OUT),seedsbuild/html)
	$(BIN)/python tools/run_notebooks.py $(NOTEBOOKS)
	$(BIN)/python tools/build_site.py --out $(OUT) --corpus seeds --readme-chart docs/overview.png $(NOTEBOOKS)
else
	$(BIN)/python tools/run_on_corpus.py --corpus "$(CORPUS)" --out "$(OUT)" $(NOTEBOOKS)
endif
	@echo "open $(OUT)/index.html"

test: $(STAMP) lint unit nbval

lint: $(STAMP)
	$(BIN)/ruff check lib tools bench tests

# The tests, and the examples in every docstring of lib (they must give what they show).
unit: $(STAMP)
	$(BIN)/python -m pytest -q --doctest-modules lib tests

nbval: $(STAMP)
	$(BIN)/python -m pytest -q --nbval --nbval-current-env \
		--nbval-sanitize-with tests/nbval_sanitize.cfg -p no:cacheprovider notebooks

# In a container that runs as root, JupyterLab refuses to start without --allow-root. The URL (with
# a token made here) is printed before the server starts; port_retries=0 so that it stays right.
LAB_PORT ?= 8888
LAB_IP ?= 127.0.0.1
lab: $(STAMP)
	@token=$$($(BIN)/python -c "import secrets; print(secrets.token_hex(24))"); \
	echo ""; echo "Open this URL in your browser:"; \
	echo "    http://$(LAB_IP):$(LAB_PORT)/lab/tree/00-corpus.ipynb?token=$$token"; echo ""; \
	exec $(BIN)/jupyter lab --no-browser --ip=$(LAB_IP) --port=$(LAB_PORT) --ServerApp.port_retries=0 \
		--IdentityProvider.token=$$token --ServerApp.root_dir=notebooks $(if $(filter 0,$(shell id -u)),--allow-root)

student: $(STAMP)
	$(BIN)/python tools/make_student.py --out build/student $(NOTEBOOKS)

# Debian's Chromium and ChromeDriver, never a downloaded browser.
CHROME_PKGS := /usr/bin/chromium /usr/bin/chromedriver
$(CHROME_PKGS):
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver

# Checks the site in OUT (default build/html) with Selenium. When build/html is missing it is
# rendered from the committed notebooks (their stored outputs; nothing is
# re-executed or rewritten); any other OUT must come from `make report CORPUS=… OUT=…`.
browser-test: $(STAMP) $(CHROME_PKGS)
ifeq ($(OUT),build/html)
	test -f $(OUT)/index.html || $(BIN)/python tools/build_site.py --out $(OUT) --corpus seeds $(NOTEBOOKS)
endif
	NEWSLENS_BROWSER_TESTS=1 $(BIN)/python -m pytest -q -p no:cacheprovider tests/test_site.py -k browser_check
	$(BIN)/python tools/browser_check.py $(OUT) --shots build/screenshots$(if $(filter-out build/html,$(OUT)),/$(notdir $(OUT)))

BENCH_STAMP := $(VENV)/.bench-installed
$(BENCH_STAMP): $(STAMP) requirements-bench.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-bench.txt
	touch $(BENCH_STAMP)

bench: $(BENCH_STAMP)
	$(BIN)/python bench/pipeline_bench.py $(if $(filter-out seeds,$(CORPUS)),--corpus "$(CORPUS)") --out build/bench.json

sweep: $(STAMP)
	$(BIN)/python -m lib sweep "$(CORPUS)"

freeze: $(STAMP)
	$(BIN)/python -m pip freeze --exclude-editable | grep -vE '^(pip|setuptools|wheel)==' > constraints.txt

clean:
	rm -rf build
