#!/usr/bin/env bash
# Builds the desktop bundle with PyInstaller (build.spec) into dist/mentordesk/, adds the
# Linux desktop entry and icon, and checks the bundle from outside the clone: its version,
# a demo database, agreements and a summary exported, and the window opened on the demo.
# Run by scripts/test.sh (a few minutes); needs scripts/setup.sh first.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=${VENV:-.venv}
if [ ! -x "$venv/bin/pyinstaller" ]; then
  "$venv/bin/python" -m pip install -q --disable-pip-version-check -e ".[build]"
fi
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN build.spec
cp resources/linux/mentordesk.desktop resources/linux/install-desktop-entry.sh \
  resources/icons/mentordesk.svg dist/mentordesk/
desktop-file-validate dist/mentordesk/mentordesk.desktop

bundle=$(pwd)/dist/mentordesk/mentordesk
check=$(mktemp -d)
trap 'rm -rf "$check"' EXIT
cd "$check"  # nothing of the clone in reach: the bundle must carry all it needs
md() { "$bundle" --db "$check/demo.db" "$@"; }
"$bundle" --version
md demo
# 25 pairs: enough for worker processes, which the frozen program starts by running itself
# again (freeze_support); a fallback to one process would hide a bundle that cannot.
processes=$(md export agreements --cohort "Rollout 2026" --out "$check/agreements" --json |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["processes"])')
if [ "$(nproc)" -ge 2 ] && [ "$processes" -lt 2 ]; then
  echo "build_bundle: the bundle wrote the agreements in $processes process, not shared" >&2
  exit 1
fi
md export summary --cohort "Rollout 2026" --out "$check/summary.pdf"
md export summary --cohort "Rollout 2026" --out "$check/summary.xlsx"
ls "$check"/agreements/*.pdf >/dev/null
if "$bundle" --help | grep -q -- --ready-and-quit; then
  QT_QPA_PLATFORM=offscreen timeout 60 "$bundle" --db "$check/demo.db" --ready-and-quit
else
  # The window must come up and stay up (timeout's 124 means it was still running).
  status=0
  QT_QPA_PLATFORM=offscreen timeout 8 "$bundle" --db "$check/demo.db" || status=$?
  if [ "$status" -ne 124 ]; then
    echo "build_bundle: the bundle's window exited with status $status" >&2
    exit 1
  fi
fi
cd - >/dev/null
echo "Bundle ready and checked: $(pwd)/dist/mentordesk ($(du -sh dist/mentordesk | cut -f1))"
