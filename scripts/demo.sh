#!/usr/bin/env bash
# Sets everything up and opens MentorDesk on a demo database (demo.db in this folder).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
db=${MENTORDESK_DEMO_DB:-$(pwd)/demo.db}
if [ ! -s "$db" ]; then
  .venv/bin/mentordesk --db "$db" demo
fi
exec .venv/bin/mentordesk --db "$db"
