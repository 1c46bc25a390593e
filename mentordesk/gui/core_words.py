"""The core's own words (field names, statuses, event kinds…) in the window's language.

The core never imports Qt and speaks English; the window shows its labels through
``core_word(text)``. The list below names every label so lupdate puts it in the
catalogues, and ``tests/gui/test_languages.py`` checks it covers every label the core
defines (a new field or status without an entry here fails there).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "CoreWords"

WORDS = (
    QT_TRANSLATE_NOOP("CoreWords", "Name"),
    QT_TRANSLATE_NOOP("CoreWords", "Eligibility"),
    QT_TRANSLATE_NOOP("CoreWords", "First name"),
    QT_TRANSLATE_NOOP("CoreWords", "Last name"),
    QT_TRANSLATE_NOOP("CoreWords", "Email"),
    QT_TRANSLATE_NOOP("CoreWords", "Phone"),
    QT_TRANSLATE_NOOP("CoreWords", "Role"),
    QT_TRANSLATE_NOOP("CoreWords", "Status"),
    QT_TRANSLATE_NOOP("CoreWords", "Job title"),
    QT_TRANSLATE_NOOP("CoreWords", "Department"),
    QT_TRANSLATE_NOOP("CoreWords", "Organization"),
    QT_TRANSLATE_NOOP("CoreWords", "Employment type"),
    QT_TRANSLATE_NOOP("CoreWords", "Location"),
    QT_TRANSLATE_NOOP("CoreWords", "Years of experience"),
    QT_TRANSLATE_NOOP("CoreWords", "Credentials"),
    QT_TRANSLATE_NOOP("CoreWords", "Membership number"),
    QT_TRANSLATE_NOOP("CoreWords", "Supervisor"),
    QT_TRANSLATE_NOOP("CoreWords", "Supervisor email"),
    QT_TRANSLATE_NOOP("CoreWords", "Supervisor approved"),
    QT_TRANSLATE_NOOP("CoreWords", "Goals"),
    QT_TRANSLATE_NOOP("CoreWords", "Interests"),
    QT_TRANSLATE_NOOP("CoreWords", "Expertise"),
    QT_TRANSLATE_NOOP("CoreWords", "Meeting formats"),
    QT_TRANSLATE_NOOP("CoreWords", "Mentee capacity"),
    QT_TRANSLATE_NOOP("CoreWords", "Requested mentor"),
    QT_TRANSLATE_NOOP("CoreWords", "Consent"),
    QT_TRANSLATE_NOOP("CoreWords", "Would mentor again"),
    QT_TRANSLATE_NOOP("CoreWords", "Submitted"),
    QT_TRANSLATE_NOOP("CoreWords", "Committee notes"),
    QT_TRANSLATE_NOOP("CoreWords", "Mentor"),
    QT_TRANSLATE_NOOP("CoreWords", "Mentee"),
    QT_TRANSLATE_NOOP("CoreWords", "Accepted"),
    QT_TRANSLATE_NOOP("CoreWords", "Matched"),
    QT_TRANSLATE_NOOP("CoreWords", "Waitlisted"),
    QT_TRANSLATE_NOOP("CoreWords", "Declined"),
    QT_TRANSLATE_NOOP("CoreWords", "Withdrawn"),
    QT_TRANSLATE_NOOP("CoreWords", "Completed"),
    QT_TRANSLATE_NOOP("CoreWords", "In person"),
    QT_TRANSLATE_NOOP("CoreWords", "Video"),
    QT_TRANSLATE_NOOP("CoreWords", "Other"),
    QT_TRANSLATE_NOOP("CoreWords", "Orientation"),
    QT_TRANSLATE_NOOP("CoreWords", "Workshop"),
    QT_TRANSLATE_NOOP("CoreWords", "Committee call"),
    QT_TRANSLATE_NOOP("CoreWords", "Initial meeting"),
    QT_TRANSLATE_NOOP("CoreWords", "Pair meeting"),
    QT_TRANSLATE_NOOP("CoreWords", "Closeout"),
    QT_TRANSLATE_NOOP("CoreWords", "Everyone"),
    QT_TRANSLATE_NOOP("CoreWords", "Mentees"),
    QT_TRANSLATE_NOOP("CoreWords", "Mentors"),
    QT_TRANSLATE_NOOP("CoreWords", "Pair"),
    QT_TRANSLATE_NOOP("CoreWords", "Committee"),
    QT_TRANSLATE_NOOP("CoreWords", "Midpoint"),
    QT_TRANSLATE_NOOP("CoreWords", "Final"),
    QT_TRANSLATE_NOOP("CoreWords", "Present"),
    QT_TRANSLATE_NOOP("CoreWords", "Absent"),
    QT_TRANSLATE_NOOP("CoreWords", "Excused"),
    QT_TRANSLATE_NOOP("CoreWords", "Yes"),
    QT_TRANSLATE_NOOP("CoreWords", "No"),
    QT_TRANSLATE_NOOP("CoreWords", "Eligible"),
    QT_TRANSLATE_NOOP("CoreWords", "Not eligible"),
    QT_TRANSLATE_NOOP("CoreWords", "Eligible (committee)"),
    QT_TRANSLATE_NOOP("CoreWords", "Not eligible (committee)"),
    QT_TRANSLATE_NOOP("CoreWords", "Close-out"),
    QT_TRANSLATE_NOOP("CoreWords", "One pair"),
    QT_TRANSLATE_NOOP("CoreWords", "Applicants"),
)


def core_word(text: str) -> str:
    """A label from the core (``"Matched"``, ``"Workshop"``) as the window shows it."""
    return QCoreApplication.translate(CONTEXT, text)
