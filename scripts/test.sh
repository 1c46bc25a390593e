#!/usr/bin/env bash
# Sets everything up, then runs every check CI runs: lint, format, types, and the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check mentordesk tests bench scripts
.venv/bin/ruff format --check mentordesk tests bench scripts
.venv/bin/mypy
.venv/bin/python -m pytest "$@"
