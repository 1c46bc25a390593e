#!/usr/bin/env bash
# Sets everything up, then runs every check CI runs: generated forms current, lint (with the
# layer rules), format, types, the tests, the installed wheel run from outside the clone, and
# the desktop bundle built and run from outside the clone.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/python scripts/build_ui.py --check
.venv/bin/ruff check mentordesk tests bench scripts
.venv/bin/ruff format --check mentordesk tests bench scripts
.venv/bin/mypy
.venv/bin/python -m pytest "$@"
if [ $# -eq 0 ]; then
  # Only for the whole run: a developer passing pytest arguments wants those tests.
  bash scripts/check_install.sh
  # The desktop bundle (scripts/build_bundle.sh) is built and checked only where
  # MENTORDESK_BUNDLE_CHECK=1: it takes minutes of CPU.
  if [ "${MENTORDESK_BUNDLE_CHECK:-0}" = 1 ]; then bash scripts/build_bundle.sh; fi
fi
