#!/usr/bin/env bash
# Proves MentorDesk installs the way Python software installs: builds the wheel, installs
# it into a fresh virtual environment outside the clone, and runs the program from there
# (demo, program create, import, match, every export, and the window offscreen).
# Run by scripts/test.sh; needs scripts/setup.sh first.
set -euo pipefail
cd "$(dirname "$0")/.."
clone=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

.venv/bin/python -m pip wheel -q --disable-pip-version-check --no-deps \
  -w "$work/dist" . >/dev/null
wheel=$(ls "$work"/dist/mentordesk-*.whl)
python3 -m venv "$work/venv"
"$work/venv/bin/python" -m pip install -q --disable-pip-version-check "$wheel"

cd "$work"  # nothing of the clone on the path from here on
md() { "$work/venv/bin/mentordesk" --db "$work/demo.db" "$@"; }
"$work/venv/bin/mentordesk" --version
md demo
md program create "Installed program" --preset staff
md cohort create "2027" --program "Installed program" --start 2027-01-04 --end 2027-12-17
md import "$clone/tests/data/association_google_form.csv" --cohort 2027 --role mentee >/dev/null
md match --cohort 2026–27 --program "HECMA Mentorship Program" >/dev/null
# The demo cohort has enough pairs (24) for the agreements to be shared between processes:
# prove that the installed program starts them (a fallback to one process would hide it).
processes=$(md export agreements --cohort 2026–27 --program "HECMA Mentorship Program" \
  --out "$work/agreements" --json | "$work/venv/bin/python" -c \
  'import json, sys; print(json.load(sys.stdin)["processes"])')
if [ "$(nproc)" -ge 2 ] && [ "$processes" -lt 2 ]; then
  echo "check_install: the agreements were written by $processes process, not shared" >&2
  exit 1
fi
md export summary --cohort 2026–27 --program "HECMA Mentorship Program" --out "$work/summary.pdf"
md export summary --cohort 2026–27 --program "HECMA Mentorship Program" --out "$work/summary.xlsx"
md export calendar --cohort 2026–27 --program "HECMA Mentorship Program" --out "$work/year.ics"
ls "$work"/agreements/*.pdf >/dev/null
# The window: it must come up and stay up (timeout's 124 means it was still running).
status=0
QT_QPA_PLATFORM=offscreen timeout 6 "$work/venv/bin/mentordesk" --db "$work/demo.db" || status=$?
if [ "$status" -ne 124 ]; then
  echo "check_install: the installed window exited with status $status" >&2
  exit 1
fi
echo "check_install: the wheel installs and runs outside the clone"
