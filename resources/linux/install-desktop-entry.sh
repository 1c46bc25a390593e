#!/usr/bin/env bash
# Adds MentorDesk to the desktop's application menu for this user: copies the desktop entry
# and the icon into ~/.local/share and points the entry at the mentordesk beside this script
# (the bundle) or on the PATH. Run it again after moving the bundle.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
exe="$here/mentordesk"
[ -x "$exe" ] || exe=$(command -v mentordesk || true)
if [ -z "$exe" ]; then
  echo "install-desktop-entry: no mentordesk program beside this script or on the PATH" >&2
  exit 1
fi
data=${XDG_DATA_HOME:-$HOME/.local/share}
mkdir -p "$data/applications" "$data/icons/hicolor/scalable/apps"
cp "$here/mentordesk.svg" "$data/icons/hicolor/scalable/apps/mentordesk.svg"
sed "s|^Exec=mentordesk|Exec=\"$exe\"|" "$here/mentordesk.desktop" >"$data/applications/mentordesk.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
echo "MentorDesk is in the application menu ($data/applications/mentordesk.desktop)"
