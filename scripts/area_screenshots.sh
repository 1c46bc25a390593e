#!/usr/bin/env bash
# Photographs every area at 1024×700 and 1440×900, light and dark, on a virtual X screen.
#   scripts/area_screenshots.sh OUT_DIR [--lang es] [--scheme dark] [--area calendar]
set -euo pipefail
cd "$(dirname "$0")/.."
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/area_screenshots.py "$@"
