"""The GUI reads and changes data only through ``mentordesk/gui/data.py``."""

from __future__ import annotations

import re
from pathlib import Path

import mentordesk.gui

GUI = Path(mentordesk.gui.__file__).parent
OWN_UNIT_OF_WORK = re.compile(r"\.(reading|transaction|session)\(")


def test_no_area_dialog_or_undo_step_opens_a_unit_of_work_itself() -> None:
    offenders = [
        f"{path.relative_to(GUI)}:{number}: {line.strip()}"
        for path in sorted(GUI.rglob("*.py"))
        if path.name != "data.py" and "forms" not in path.parts
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if OWN_UNIT_OF_WORK.search(line)
    ]
    assert offenders == [], "go through context.data instead:\n" + "\n".join(offenders)
