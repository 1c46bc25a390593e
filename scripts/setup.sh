#!/usr/bin/env bash
# Sets MentorDesk up on a fresh Debian machine: the system libraries Qt needs,
# PostgreSQL (for the shared-database tests), a virtual environment in .venv with
# every Python package. Safe to run again. (The compiled Qt forms are committed;
# scripts/build_ui.py recompiles them after a .ui or .qrc is edited.)
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  python3 python3-venv python3-pip
  # Qt's runtime libraries (offscreen and on a real X11 screen)
  libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3
  libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-render-util0
  libxcb-image0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1 libnss3 libxrender1
  fonts-dejavu-core
  # where resources/fonts/ came from (DejaVu Sans, Droid Sans Fallback for Chinese); the app
  # ships its own copies, these are only the source to refresh them from
  fonts-droid-fallback
  # the shared-database mode and its tests
  postgresql
  # reading generated PDFs back in tests and screenshots
  poppler-utils
  # checking the Linux desktop entry of the bundle
  desktop-file-utils
  # the guide's screenshots, taken from the real window on a virtual screen
  xvfb xauth
)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing system packages: ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test]"
echo "MentorDesk is set up in $(pwd)/.venv"
