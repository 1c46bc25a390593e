#!/usr/bin/env bash
# Builds the desktop bundle with PyInstaller (build.spec) into dist/mentordesk/ and
# checks that it runs: its version, and creating and migrating a database from inside.
# Slow (a minute or more), so it is not part of the test command.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=${VENV:-.venv}
if [ ! -x "$venv/bin/pyinstaller" ]; then
  "$venv/bin/python" -m pip install -q --disable-pip-version-check -e ".[build]"
fi
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN build.spec

bundle=dist/mentordesk/mentordesk
"$bundle" --version
check=$(mktemp -d)
trap 'rm -rf "$check"' EXIT
"$bundle" --db "$check/check.db" program create "Bundle check" --preset staff
"$bundle" --db "$check/check.db" cohorts
echo "Bundle ready: $(pwd)/dist/mentordesk ($(du -sh dist/mentordesk | cut -f1))"
