# Two commands on a fresh machine (Python 3.11, pip, make):
#   make demo   # the estimate for the bundled corpus
#   make test   # lint, type-check and the whole test suite
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed
# The accelerated build: claimkit installed (not editable) with its text readers compiled by mypyc.
FAST    = .venv-fast
FAST_STAMP = $(FAST)/.installed
SOURCES = $(wildcard src/claimkit/*.py src/claimkit/*/*.py)

.PHONY: demo test lint typecheck pytest test-compiled bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/claimkit estimate

lint: $(STAMP)
	$(BIN)/ruff check src tests examples benchmarks
	$(BIN)/ruff format --check src tests examples benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/python -m pytest

test: lint typecheck pytest

$(FAST_STAMP): pyproject.toml $(SOURCES)
	$(PYTHON) -m venv $(FAST)
	$(FAST)/bin/python -m pip install --quiet --upgrade pip
	$(FAST)/bin/python -m pip uninstall --quiet --yes claimkit
	# Built from a copy: the compiler leaves its modules beside the sources it builds from.
	rm -rf build/fast-src && mkdir -p build/fast-src && cp -r pyproject.toml README.md LICENSE src build/fast-src/
	HATCH_BUILD_HOOK_ENABLE_MYPYC=1 $(FAST)/bin/python -m pip install --quiet './build/fast-src[test,pandas,plot,dask,fast,bench]'
	touch $(FAST_STAMP)

# The test suite again, on the accelerated build (tests that read what compiling removes are skipped).
test-compiled: $(FAST_STAMP)
	$(FAST)/bin/python -m pytest tests docs

# Every benchmark on the accelerated build, then the throughput rows again on the pure-Python build.
bench: $(STAMP) $(FAST_STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	$(FAST)/bin/python benchmarks/run.py
	# Exit 1 says a target was missed (reported above, as run.py does): only a crash fails the build.
	$(BIN)/python benchmarks/bench_scale.py --only throughput --only quantulum3 || test $$? -eq 1

clean:
	rm -rf $(VENV) $(FAST) build dist .mypy_cache .ruff_cache
