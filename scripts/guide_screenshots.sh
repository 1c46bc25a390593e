#!/usr/bin/env bash
# Retakes the guide's screenshots from the real program on a virtual X screen (Xvfb).
# Run after a change to what the window shows; commit the images it writes.
set -euo pipefail
cd "$(dirname "$0")/.."
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python scripts/guide_screenshots.py
