"""Photographs every area of the real window at the sizes and colour schemes we support.

Run through scripts/area_screenshots.sh (a virtual X screen, so real fonts and a real
window manager-free window): it builds the demo in a temporary file and writes
``OUT/<area>-<width>x<height>-<scheme>.png`` for the five areas, 1024×700 and 1440×900,
light and dark, so a change that cuts a label or loses contrast is seen before it lands.
``--lang es`` takes them with the Spanish translation.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
AREAS = ["applicants", "pairing", "calendar", "reports", "audit"]
SIZES = [(1024, 700), (1440, 900)]
COHORT = "Rollout 2026"  # the demo's staff program: every kind of event and rule


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the PNG files")
    parser.add_argument("--scheme", choices=["light", "dark"], action="append")
    parser.add_argument("--area", choices=AREAS, action="append")
    parser.add_argument("--lang", help="a language code such as es (default: the system's)")
    args = parser.parse_args(argv)
    if args.lang:
        os.environ["MENTORDESK_LANG"] = args.lang
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    from mentordesk.core.storage.database import Database
    from mentordesk.demo.cohorts import build_demo
    from mentordesk.gui import theme
    from mentordesk.gui.app import create_application
    from mentordesk.gui.main_window import MainWindow

    def settle(app: QApplication, seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        db = Database(Path(folder) / "demo.db", create=True)
        with db.transaction(note="demo") as session:
            build_demo(session)
        app = create_application([sys.argv[0]])
        window = MainWindow(db)
        window.show()
        combo = window.cohort_combo
        for i in range(combo.count()):
            if COHORT in combo.itemText(i):
                combo.setCurrentIndex(i)
        settle(app, 1.0)
        for scheme in args.scheme or ["light", "dark"]:
            theme.apply(app, theme.Scheme(scheme))
            for width, height in SIZES:
                window.resize(width, height)
                for name in args.area or AREAS:
                    window.show_area(AREAS.index(name))
                    settle(app, 1.2)
                    path = args.out / f"{name}-{width}x{height}-{scheme}.png"
                    window.grab().save(str(path))
                    print(f"wrote {path}")
        window.close()
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
