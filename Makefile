# `make run` opens the app on the demo project; `make test` runs every check. Both set up .venv first.
PYTHON ?= $(shell command -v python3.11 || command -v python3.12 || command -v python3.13 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
QT_DEBS := libegl1 libgl1 libglib2.0-0 libdbus-1-3 libfontconfig1 libfreetype6 libxkbcommon0 \
	libx11-6 libxext6 libxrandr2 libdrm2 libbrotli1 libpulse0 \
	libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
	libxcb-render-util0 libxcb-shape0 libx11-xcb1 libxcb-randr0 libxcb-render0 libxcb-shm0 \
	libxcb-sync1 libxcb-xfixes0 libxcb-xkb1 libxcb-util1 libxcb-glx0
TEST_DEBS := chromium espeak-ng desktop-file-utils appstream
# Team projects: the store tests start a throwaway PostgreSQL cluster (Debian 12 gives version 15).
SERVER_DEBS := postgresql openssl

.PHONY: run test lint typecheck imports pytest bench system-deps clean demo bundle bundle-smoke wheel wheel-smoke icons translations

run: $(STAMP) system-deps
	$(BIN)/vig-annotator

test: $(STAMP) system-deps
	$(MAKE) lint typecheck imports pytest

lint: $(STAMP)
	$(BIN)/ruff check vig_annotator tests benchmarks sample_clips tools

typecheck: $(STAMP)
	$(BIN)/mypy

imports: $(STAMP)
	$(BIN)/lint-imports

# One worker process per core (pytest-xdist); PYTEST_WORKERS=0 runs in this process, one test at a time.
PYTEST_WORKERS ?= auto

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="qt.multimedia.*=false" $(BIN)/python -m pytest -q -p no:cacheprovider \
		-n $(PYTEST_WORKERS) --dist worksteal

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run_all.py

# Update ui/translations/*.ts from the code (new strings unfinished, gone ones vanished) and compile the .qm files.
translations: $(STAMP)
	$(BIN)/python tools/translations.py

demo: $(STAMP)
	$(BIN)/python sample_clips/make_demo_clip.py
	$(BIN)/python sample_clips/make_demo_project.py

# The one-folder desktop bundle (PyInstaller; the same spec builds on Windows and macOS: docs/install.md).
BUNDLE := dist/vig-annotator
BUNDLE_STAMP := $(VENV)/.bundle-tools

bundle: $(STAMP) $(BUNDLE_STAMP)
	$(BIN)/python -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/vig-annotator.spec
	@du -sh $(BUNDLE) | sed 's/^/bundle size: /'

# Starts the bundle headless on the demo project, exports it, exits 0 (.ci/run calls it after `make test`).
bundle-smoke: bundle
	packaging/smoke.sh $(BUNDLE)/vig-annotator

wheel: $(STAMP) $(BUNDLE_STAMP)
	rm -rf dist/wheel
	$(BIN)/python -m build --wheel --outdir dist/wheel .

# `pipx install` of the built wheel into an empty pipx home, then the bundle's smoke test on its command.
wheel-smoke: wheel
	rm -rf build/pipx
	PIPX_HOME=$(CURDIR)/build/pipx/home PIPX_BIN_DIR=$(CURDIR)/build/pipx/bin \
		$(BIN)/pipx install --python $(CURDIR)/$(BIN)/python dist/wheel/vig_annotator-*.whl
	packaging/smoke.sh build/pipx/bin/vig-annotator

# After editing ui/icons/app/vig-annotator.svg: its PNG sizes, .ico and .icns (checked in).
icons: $(STAMP) $(BUNDLE_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/make_app_icons.py

$(BUNDLE_STAMP): pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test,bundle]'
	touch $(BUNDLE_STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Qt's system libraries (and Chromium, which renders the review page in tests, and espeak-ng, which
# speaks the adult voices of the voice-detection tests, and the freedesktop and AppStream validators
# that check ui/linux): installed when missing if we are root, otherwise the exact apt-get line is printed.
system-deps:
	@missing=""; for p in $(QT_DEBS) $(TEST_DEBS) $(SERVER_DEBS); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ]; then \
			echo "installing system packages:$$missing"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
		else \
			echo "Qt needs system packages; run:"; \
			echo "  sudo apt-get install -y$$missing"; exit 1; \
		fi; \
	fi

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist
