"""Takes the guide's screenshots from the real program on a demo database.

Run through scripts/guide_screenshots.sh, which starts a virtual X screen (Xvfb), so the
window is a real one with the system's fonts; the images go to
mentordesk/resources/guide/images/ and are committed with the chapters that show them.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "mentordesk" / "resources" / "guide" / "images"
COHORT = "Rollout 2026"  # the demo's staff program: every kind of event and rule
AREAS = ["applicants", "pairing", "calendar", "reports"]


def settle(app: QApplication, seconds: float) -> None:
    """Let loads in workers finish and the window paint."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from mentordesk.core.storage.database import Database
    from mentordesk.demo.cohorts import build_demo
    from mentordesk.gui.app import create_application
    from mentordesk.gui.main_window import MainWindow

    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        db = Database(Path(folder) / "demo.db", create=True)
        with db.transaction(note="demo") as session:
            build_demo(session)
        app = create_application([sys.argv[0]])
        window = MainWindow(db)
        window.resize(1280, 800)
        window.show()
        settle(app, 1.0)
        combo = window.cohort_combo
        for i in range(combo.count()):
            if combo.itemText(i).startswith(COHORT) or COHORT in combo.itemText(i):
                combo.setCurrentIndex(i)
        settle(app, 1.5)
        for row, name in enumerate(AREAS):
            window.ui.areaList.setCurrentRow(row)
            settle(app, 2.0)
            window.grab().save(str(OUT / f"{name}.png"))
            print(f"wrote {(OUT / f'{name}.png').relative_to(ROOT)}")
        window.close()
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
