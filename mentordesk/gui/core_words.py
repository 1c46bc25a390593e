"""The core's own words (field names, statuses, event kinds…) in the window's language.

The core never imports Qt and speaks English; the window shows its labels through
``core_word(text)``. The list below names every label so lupdate puts it in the
catalogues, and ``tests/gui/test_languages.py`` checks it covers every label the core
defines (a new field or status without an entry here fails there).

The core's refusals come the same way when it words them as a ``Sentence`` (its English
with %1, %2… and the values apart): ``error_text(error)`` says them in the window's
language, with counts grouped as it groups digits. ``SENTENCES`` names each one, and
``tests/gui/test_languages.py`` checks it holds every ``Sentence`` the core writes.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from mentordesk.core.errors import MentorDeskError
from mentordesk.core.sentences import Day, Figure, Sentence, Word, fill_in
from mentordesk.gui.languages import local_date, local_decimal, local_number

CONTEXT = "CoreWords"
SENTENCE_CONTEXT = "CoreSentences"

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
    # The kinds of record in the audit log (core/storage/audit_trail.RECORD_KINDS).
    QT_TRANSLATE_NOOP("CoreWords", "Application"),
    QT_TRANSLATE_NOOP("CoreWords", "Person"),
    QT_TRANSLATE_NOOP("CoreWords", "Event"),
    QT_TRANSLATE_NOOP("CoreWords", "Attendance"),
    QT_TRANSLATE_NOOP("CoreWords", "Meeting"),
    QT_TRANSLATE_NOOP("CoreWords", "Evaluation"),
    QT_TRANSLATE_NOOP("CoreWords", "Exclusion"),
    QT_TRANSLATE_NOOP("CoreWords", "Term"),
    QT_TRANSLATE_NOOP("CoreWords", "Cohort"),
    QT_TRANSLATE_NOOP("CoreWords", "Program"),
    # The other fields the audit log records (core/storage/audit_trail.FIELD_LABELS).
    QT_TRANSLATE_NOOP("CoreWords", "Agreement signed on"),
    QT_TRANSLATE_NOOP("CoreWords", "Where the answers came from"),
    QT_TRANSLATE_NOOP("CoreWords", "Answers"),
    QT_TRANSLATE_NOOP("CoreWords", "Audience"),
    QT_TRANSLATE_NOOP("CoreWords", "Cancelled"),
    QT_TRANSLATE_NOOP("CoreWords", "Carried from"),
    QT_TRANSLATE_NOOP("CoreWords", "Closed at"),
    QT_TRANSLATE_NOOP("CoreWords", "Closed by"),
    QT_TRANSLATE_NOOP("CoreWords", "Comments"),
    QT_TRANSLATE_NOOP("CoreWords", "Confirmed"),
    QT_TRANSLATE_NOOP("CoreWords", "Contact email"),
    QT_TRANSLATE_NOOP("CoreWords", "Description"),
    QT_TRANSLATE_NOOP("CoreWords", "Minutes"),
    QT_TRANSLATE_NOOP("CoreWords", "Eligibility note"),
    QT_TRANSLATE_NOOP("CoreWords", "Eligibility decision"),
    QT_TRANSLATE_NOOP("CoreWords", "Emphasis area"),
    QT_TRANSLATE_NOOP("CoreWords", "End date"),
    QT_TRANSLATE_NOOP("CoreWords", "Note on the end"),
    QT_TRANSLATE_NOOP("CoreWords", "Why it ended"),
    QT_TRANSLATE_NOOP("CoreWords", "Ended on"),
    QT_TRANSLATE_NOOP("CoreWords", "Ends at"),
    QT_TRANSLATE_NOOP("CoreWords", "Evaluation forms"),
    QT_TRANSLATE_NOOP("CoreWords", "Evaluator"),
    QT_TRANSLATE_NOOP("CoreWords", "Evaluator's name"),
    QT_TRANSLATE_NOOP("CoreWords", "Evaluator's role"),
    QT_TRANSLATE_NOOP("CoreWords", "Final summary"),
    QT_TRANSLATE_NOOP("CoreWords", "Format"),
    QT_TRANSLATE_NOOP("CoreWords", "Import mapping"),
    QT_TRANSLATE_NOOP("CoreWords", "Key"),
    QT_TRANSLATE_NOOP("CoreWords", "Kind"),
    QT_TRANSLATE_NOOP("CoreWords", "Locked"),
    QT_TRANSLATE_NOOP("CoreWords", "Logged at"),
    QT_TRANSLATE_NOOP("CoreWords", "Message templates"),
    QT_TRANSLATE_NOOP("CoreWords", "Met on"),
    QT_TRANSLATE_NOOP("CoreWords", "Phase"),
    QT_TRANSLATE_NOOP("CoreWords", "Preset"),
    QT_TRANSLATE_NOOP("CoreWords", "Published at"),
    QT_TRANSLATE_NOOP("CoreWords", "Purged at"),
    QT_TRANSLATE_NOOP("CoreWords", "Rating"),
    QT_TRANSLATE_NOOP("CoreWords", "Reason"),
    QT_TRANSLATE_NOOP("CoreWords", "Recipients"),
    QT_TRANSLATE_NOOP("CoreWords", "Recorded at"),
    QT_TRANSLATE_NOOP("CoreWords", "Repeats"),
    QT_TRANSLATE_NOOP("CoreWords", "Rules"),
    QT_TRANSLATE_NOOP("CoreWords", "Score"),
    QT_TRANSLATE_NOOP("CoreWords", "Parts of the score"),
    QT_TRANSLATE_NOOP("CoreWords", "Sent at"),
    QT_TRANSLATE_NOOP("CoreWords", "Series"),
    QT_TRANSLATE_NOOP("CoreWords", "Start date"),
    QT_TRANSLATE_NOOP("CoreWords", "Started on"),
    QT_TRANSLATE_NOOP("CoreWords", "Starts at"),
    QT_TRANSLATE_NOOP("CoreWords", "Status changed at"),
    QT_TRANSLATE_NOOP("CoreWords", "Reason for the status"),
    QT_TRANSLATE_NOOP("CoreWords", "Subject"),
    QT_TRANSLATE_NOOP("CoreWords", "Evaluated"),
    QT_TRANSLATE_NOOP("CoreWords", "Time zone"),
    QT_TRANSLATE_NOOP("CoreWords", "Title"),
    QT_TRANSLATE_NOOP("CoreWords", "Calendar ID"),
    QT_TRANSLATE_NOOP("CoreWords", "Value"),
    QT_TRANSLATE_NOOP("CoreWords", "Version"),
    QT_TRANSLATE_NOOP("CoreWords", "Via"),
    QT_TRANSLATE_NOOP("CoreWords", "Number"),
    # A cohort's, a pair's and an evaluation's stored words, as the Audit view shows them.
    QT_TRANSLATE_NOOP("CoreWords", "Planning"),
    QT_TRANSLATE_NOOP("CoreWords", "Active"),
    QT_TRANSLATE_NOOP("CoreWords", "Closed"),
    QT_TRANSLATE_NOOP("CoreWords", "Ended"),
    QT_TRANSLATE_NOOP("CoreWords", "Rematch"),
    QT_TRANSLATE_NOOP("CoreWords", "Resignation"),
    QT_TRANSLATE_NOOP("CoreWords", "No fault"),
)


def core_word(text: str) -> str:
    """A label from the core (``"Matched"``, ``"Workshop"``) as the window shows it."""
    return QCoreApplication.translate(CONTEXT, text)


SENTENCES = (
    # Pairs on the board (core/matching/pairs.py).
    QT_TRANSLATE_NOOP(
        "CoreSentences",
        "%1's pair was changed since (at another desk, or by a rematch or withdrawal); "
        "nothing was changed. Look at the board again (F5)",
    ),
    QT_TRANSLATE_NOOP(
        "CoreSentences",
        "The pairs of %1 and %2 were changed since (at another desk, or by a rematch or "
        "withdrawal); nothing was changed. Look at the board again (F5)",
    ),
    QT_TRANSLATE_NOOP(
        "CoreSentences",
        "The pairs of %1 and %2 more were changed since (at another desk, or by a "
        "rematch or withdrawal); nothing was changed. Look at the board again (F5)",
    ),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 applied as a mentor, not a mentee"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 applied as a mentee, not a mentor"),
    QT_TRANSLATE_NOOP("CoreSentences", "The pair %1 and %2 is locked; unlock it first"),
    QT_TRANSLATE_NOOP(
        "CoreSentences",
        "%1 and %2 were told they are a pair (published); "
        "end the pairing (rematch) instead of moving it",
    ),
    QT_TRANSLATE_NOOP(
        "CoreSentences",
        "%1 and %2 have started (they met, or began with the cohort); "
        "end the pairing (rematch) instead of moving it",
    ),
    QT_TRANSLATE_NOOP(
        "CoreSentences", "%1's application is %2; only active applications can be paired"
    ),
    QT_TRANSLATE_NOOP(
        "CoreSentences",
        "%1 and %2 have attendance, meetings or evaluations on record; end the pairing instead",
    ),
    QT_TRANSLATE_NOOP(
        "CoreSentences",
        "%1 was paired at another desk a moment ago; nothing was changed. Look at the board again",
    ),
    QT_TRANSLATE_NOOP("CoreSentences", "This mentee"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 or %2"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 or %2 or %3"),
    QT_TRANSLATE_NOOP("CoreSentences", "One of the %1 mentees (%2…)"),
    # An application's status, as a refusal names it ("Ana's application is waitlisted").
    QT_TRANSLATE_NOOP("CoreSentences", "submitted"),
    QT_TRANSLATE_NOOP("CoreSentences", "accepted"),
    QT_TRANSLATE_NOOP("CoreSentences", "matched"),
    QT_TRANSLATE_NOOP("CoreSentences", "waitlisted"),
    QT_TRANSLATE_NOOP("CoreSentences", "declined"),
    QT_TRANSLATE_NOOP("CoreSentences", "withdrawn"),
    QT_TRANSLATE_NOOP("CoreSentences", "completed"),
    # Refusals of a change another desk overtook (core/applications/edits.py,
    # core/matching/pairs.py and publishing.py), with who changed it and when.
    QT_TRANSLATE_NOOP("CoreSentences", "by %1"),
    QT_TRANSLATE_NOOP("CoreSentences", "by %1 on %2 at %3"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 (%2)"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 now"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 now, not %2"),
    QT_TRANSLATE_NOOP("CoreSentences", "still %1, but for another reason: %2"),
    QT_TRANSLATE_NOOP("CoreSentences", "none"),
    QT_TRANSLATE_NOOP("CoreSentences", "left to the rules"),
    QT_TRANSLATE_NOOP("CoreSentences", "“eligible”"),
    QT_TRANSLATE_NOOP("CoreSentences", "“not eligible”"),
    QT_TRANSLATE_NOOP(
        "CoreSentences",
        "%1's status was changed since (%2, %3); nothing was changed. Look again (F5)",
    ),
    QT_TRANSLATE_NOOP(
        "CoreSentences", "%1's status was changed since (%2); nothing was changed. Look again (F5)"
    ),
    QT_TRANSLATE_NOOP(
        "CoreSentences",
        "%1's eligibility decision was changed since (%2, %3); nothing was changed. Look again (F5)",
    ),
    QT_TRANSLATE_NOOP(
        "CoreSentences",
        "%1's eligibility decision was changed since (%2); nothing was changed. Look again (F5)",
    ),
    QT_TRANSLATE_NOOP(
        "CoreSentences",
        "The statuses of %1 and %2 were changed since; nothing was changed. Look again (F5)",
    ),
    QT_TRANSLATE_NOOP(
        "CoreSentences",
        "The eligibility decisions of %1 and %2 were changed since; nothing was changed. Look again (F5)",
    ),
    QT_TRANSLATE_NOOP(
        "CoreSentences",
        "The statuses of %1, %2 and %3 were changed since; nothing was changed. Look again (F5)",
    ),
    QT_TRANSLATE_NOOP(
        "CoreSentences",
        "The eligibility decisions of %1, %2 and %3 were changed since; nothing was changed. Look again (F5)",
    ),
    QT_TRANSLATE_NOOP(
        "CoreSentences",
        "The statuses of %1, %2, %3 and %4 more were changed since; nothing was changed. Look again (F5)",
    ),
    QT_TRANSLATE_NOOP(
        "CoreSentences",
        "The eligibility decisions of %1, %2, %3 and %4 more were changed since; nothing was changed. Look again (F5)",
    ),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 has no mentor now, not %2; nothing was changed"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 has a mentor now (%2, paired %3); nothing was changed"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 has a mentor now (%2); nothing was changed"),
    QT_TRANSLATE_NOOP(
        "CoreSentences", "%1's mentor is %2 now, not %3 (paired %4); nothing was changed"
    ),
    QT_TRANSLATE_NOOP("CoreSentences", "%1's mentor is %2 now, not %3; nothing was changed"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 has a new mentor meanwhile (%2); unassign them first"),
    QT_TRANSLATE_NOOP(
        "CoreSentences",
        "%1's status was changed since (%2 now); the pair of %3 and %4 cannot be active again. Nothing was changed",
    ),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 now, focus: %2"),
    QT_TRANSLATE_NOOP(
        "CoreSentences",
        "The pair %1 was changed since it was ticked (%2) (and %3 more); nothing was published. Look at the list again",
    ),
    QT_TRANSLATE_NOOP(
        "CoreSentences",
        "The pair %1 was changed since it was ticked (%2); nothing was published. Look at the list again",
    ),
    # Records as the audit log names them (core/storage/audit_trail.py).
    QT_TRANSLATE_NOOP("CoreSentences", "%1's application"),
    QT_TRANSLATE_NOOP("CoreSentences", "Person #%1"),
    QT_TRANSLATE_NOOP("CoreSentences", "Pair %1 – %2"),
    QT_TRANSLATE_NOOP("CoreSentences", "Event “%1”"),
    QT_TRANSLATE_NOOP("CoreSentences", "Cohort %1"),
    QT_TRANSLATE_NOOP("CoreSentences", "Program %1"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 #%2"),
    QT_TRANSLATE_NOOP("CoreSentences", "Application #%1"),
    QT_TRANSLATE_NOOP("CoreSentences", "Pair #%1"),
    QT_TRANSLATE_NOOP("CoreSentences", "Event #%1"),
    QT_TRANSLATE_NOOP("CoreSentences", "Attendance #%1"),
    QT_TRANSLATE_NOOP("CoreSentences", "Meeting #%1"),
    QT_TRANSLATE_NOOP("CoreSentences", "Evaluation #%1"),
    QT_TRANSLATE_NOOP("CoreSentences", "Exclusion #%1"),
    QT_TRANSLATE_NOOP("CoreSentences", "Term #%1"),
    QT_TRANSLATE_NOOP("CoreSentences", "Cohort #%1"),
    QT_TRANSLATE_NOOP("CoreSentences", "Program #%1"),
    # Why a pair scores what it does, component by component (core/matching/scoring.py).
    QT_TRANSLATE_NOOP("CoreSentences", "The mentee listed no interests"),
    QT_TRANSLATE_NOOP("CoreSentences", "The mentor listed no expertise or interests"),
    QT_TRANSLATE_NOOP("CoreSentences", "Both name %1"),
    QT_TRANSLATE_NOOP("CoreSentences", "Related words: %1"),
    QT_TRANSLATE_NOOP("CoreSentences", "No interest of the mentee in the mentor's expertise"),
    QT_TRANSLATE_NOOP("CoreSentences", "The mentee wrote no goals"),
    QT_TRANSLATE_NOOP("CoreSentences", "Goals mention the mentor's %1"),
    QT_TRANSLATE_NOOP(
        "CoreSentences", "The mentee's goals share no words with the mentor's expertise"
    ),
    QT_TRANSLATE_NOOP("CoreSentences", "Meeting formats not stated on both sides"),
    QT_TRANSLATE_NOOP("CoreSentences", "Both can meet by %1"),
    QT_TRANSLATE_NOOP("CoreSentences", "No common format (mentee: %1; mentor: %2)"),
    QT_TRANSLATE_NOOP("CoreSentences", "Location not stated on both sides"),
    QT_TRANSLATE_NOOP("CoreSentences", "Both in %1"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 and %2, but both meet remotely"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 and %2"),
    QT_TRANSLATE_NOOP("CoreSentences", "Department not stated on both sides"),
    QT_TRANSLATE_NOOP("CoreSentences", "The mentor gave no years of experience"),
    QT_TRANSLATE_NOOP("CoreSentences", "Mentor has %1 years; the mentee gave none"),
    QT_TRANSLATE_NOOP("CoreSentences", "Mentor has %1 years, no more than the mentee's %2"),
    QT_TRANSLATE_NOOP("CoreSentences", "Mentor has %1 more years (%2 against %3)"),
    QT_TRANSLATE_NOOP("CoreSentences", "The mentee requested no one"),
    QT_TRANSLATE_NOOP("CoreSentences", "The mentee asked for this mentor"),
    QT_TRANSLATE_NOOP("CoreSentences", "The mentee asked for this mentor: %1"),
    QT_TRANSLATE_NOOP("CoreSentences", "The mentee asked for %1"),
    QT_TRANSLATE_NOOP(
        "CoreSentences", "The program's rules do not use past evaluations for matching"
    ),
    QT_TRANSLATE_NOOP("CoreSentences", "No past evaluations of this mentor"),
    # The hard rules a pair breaks, and why a suggestion leaves a mentee out
    # (core/matching/solver.py).
    QT_TRANSLATE_NOOP("CoreSentences", "1 mentor is not eligible"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 mentors are not eligible"),
    QT_TRANSLATE_NOOP("CoreSentences", "1 mentor is the mentee themselves"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 mentors are the mentee themselves"),
    QT_TRANSLATE_NOOP("CoreSentences", "1 mentor is their supervisor"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 mentors are their supervisors"),
    QT_TRANSLATE_NOOP("CoreSentences", "1 mentor was paired with them before"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 mentors were paired with them before"),
    QT_TRANSLATE_NOOP("CoreSentences", "1 mentor is excluded by the committee"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 mentors are excluded by the committee"),
    QT_TRANSLATE_NOOP(
        "CoreSentences", "1 mentor needs a decision (a rule's question was not asked on the form)"
    ),
    QT_TRANSLATE_NOOP(
        "CoreSentences", "%1 mentors need a decision (a rule's question was not asked on the form)"
    ),
    QT_TRANSLATE_NOOP("CoreSentences", "No eligible mentor may be paired with them: %1"),
    QT_TRANSLATE_NOOP("CoreSentences", "its only mentor is full"),
    QT_TRANSLATE_NOOP("CoreSentences", "all %1 mentors there are full"),
    QT_TRANSLATE_NOOP("CoreSentences", "in %1: %2"),
    QT_TRANSLATE_NOOP("CoreSentences", "and so is the 1 mentor elsewhere"),
    QT_TRANSLATE_NOOP("CoreSentences", "and so are the %1 mentors elsewhere"),
    QT_TRANSLATE_NOOP("CoreSentences", "in %1 (none there), and %2"),
    QT_TRANSLATE_NOOP("CoreSentences", "the 1 mentor elsewhere is full"),
    QT_TRANSLATE_NOOP("CoreSentences", "the %1 mentors elsewhere are full"),
    QT_TRANSLATE_NOOP("CoreSentences", "No eligible mentor with free capacity %1"),
    QT_TRANSLATE_NOOP(
        "CoreSentences", "No eligible mentor with free capacity: the 1 mentor open to them is full"
    ),
    QT_TRANSLATE_NOOP(
        "CoreSentences",
        "No eligible mentor with free capacity: the %1 mentors open to them are full",
    ),
    QT_TRANSLATE_NOOP("CoreSentences", "has no free slot"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1; the requested mentor %2"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1; the requested mentor %2: %3"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1's eligibility needs a decision first: %2"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 is not eligible: %2"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1's eligibility as a mentor needs a decision first: %2"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 is not eligible as a mentor: %2"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 cannot mentor themselves"),
    QT_TRANSLATE_NOOP(
        "CoreSentences", "%1 is %2's supervisor; a supervisor never mentors their own staff"
    ),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 and %2 were paired before and that pairing ended"),
    QT_TRANSLATE_NOOP("CoreSentences", "The committee excluded pairing %1 with %2"),
    QT_TRANSLATE_NOOP("CoreSentences", "the committee decided so"),
    QT_TRANSLATE_NOOP("CoreSentences", "Needs a decision, so left out of matching: %1"),
    QT_TRANSLATE_NOOP("CoreSentences", "Not eligible: %1"),
    QT_TRANSLATE_NOOP("CoreSentences", "No mentors have applied to this cohort"),
    # An event's repeat rule in words (core/calendar/events.describe_recurrence).
    QT_TRANSLATE_NOOP("CoreSentences", "Does not repeat"),
    QT_TRANSLATE_NOOP("CoreSentences", "Every day"),
    QT_TRANSLATE_NOOP("CoreSentences", "Every %1 days"),
    QT_TRANSLATE_NOOP("CoreSentences", "Every week"),
    QT_TRANSLATE_NOOP("CoreSentences", "Every %1 weeks"),
    QT_TRANSLATE_NOOP("CoreSentences", "Every month"),
    QT_TRANSLATE_NOOP("CoreSentences", "Every %1 months"),
    QT_TRANSLATE_NOOP("CoreSentences", "Every time"),
    QT_TRANSLATE_NOOP("CoreSentences", "Every %1 times"),
    QT_TRANSLATE_NOOP("CoreSentences", "Monday"),
    QT_TRANSLATE_NOOP("CoreSentences", "Tuesday"),
    QT_TRANSLATE_NOOP("CoreSentences", "Wednesday"),
    QT_TRANSLATE_NOOP("CoreSentences", "Thursday"),
    QT_TRANSLATE_NOOP("CoreSentences", "Friday"),
    QT_TRANSLATE_NOOP("CoreSentences", "Saturday"),
    QT_TRANSLATE_NOOP("CoreSentences", "Sunday"),
    QT_TRANSLATE_NOOP("CoreSentences", "first"),
    QT_TRANSLATE_NOOP("CoreSentences", "second"),
    QT_TRANSLATE_NOOP("CoreSentences", "third"),
    QT_TRANSLATE_NOOP("CoreSentences", "fourth"),
    QT_TRANSLATE_NOOP("CoreSentences", "last"),
    QT_TRANSLATE_NOOP("CoreSentences", "the %1 %2"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1, %2"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 on %2"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1, %2 times"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1, until %2"),
    # An .ics import and a planned year, summed up (core/calendar/ical.py, events.py).
    QT_TRANSLATE_NOOP("CoreSentences", "%1 new, %2 updated, %3 unchanged"),
    QT_TRANSLATE_NOOP("CoreSentences", "1 orientation"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 orientations"),
    QT_TRANSLATE_NOOP("CoreSentences", "1 workshop"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 workshops"),
    QT_TRANSLATE_NOOP("CoreSentences", "1 committee call"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 committee calls"),
    QT_TRANSLATE_NOOP("CoreSentences", "1 initial meeting"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 initial meetings"),
    QT_TRANSLATE_NOOP("CoreSentences", "1 pair meeting"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 pair meetings"),
    QT_TRANSLATE_NOOP("CoreSentences", "1 close-out"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 close-outs"),
    QT_TRANSLATE_NOOP("CoreSentences", "1 other"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 others"),
    QT_TRANSLATE_NOOP("CoreSentences", "nothing (the rules ask for no events)"),
    # What an import finds row by row (core/applications/importing/plan.py).
    QT_TRANSLATE_NOOP("CoreSentences", "would import %1, updated %2, skipped %3 (1 problem)"),
    QT_TRANSLATE_NOOP("CoreSentences", "would import %1, updated %2, skipped %3 (%4 problems)"),
    QT_TRANSLATE_NOOP("CoreSentences", "imported %1, updated %2, skipped %3 (1 problem)"),
    QT_TRANSLATE_NOOP("CoreSentences", "imported %1, updated %2, skipped %3 (%4 problems)"),
    QT_TRANSLATE_NOOP("CoreSentences", "Missing email"),
    QT_TRANSLATE_NOOP("CoreSentences", "Missing role (mentor or mentee)"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1; left empty"),
    QT_TRANSLATE_NOOP("CoreSentences", "replaced by row %1, a later submission"),
    QT_TRANSLATE_NOOP("CoreSentences", "Row %1 is a later submission from %2; the later one wins"),
    QT_TRANSLATE_NOOP("CoreSentences", "replaced by a later submission already in the cohort"),
    QT_TRANSLATE_NOOP(
        "CoreSentences",
        "The cohort already has a later submission from %1 (%2); the later one wins",
    ),
    QT_TRANSLATE_NOOP("CoreSentences", "updates the application already in the cohort"),
    QT_TRANSLATE_NOOP("CoreSentences", "row %1, column %2: %3"),
    QT_TRANSLATE_NOOP("CoreSentences", "row %1: %2"),
    # What a pair the optimum does not make would cost (core/matching/why_not.py, outcome.py).
    QT_TRANSLATE_NOOP("CoreSentences", "%1: from the waitlist to %2"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1: from %2 to the waitlist"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1: from %2 to %3"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 cannot be paired with %2: %3"),
    QT_TRANSLATE_NOOP("CoreSentences", "The optimum already pairs %1 with %2"),
    # Reading a form's export (core/applications/importing/reader.py).
    QT_TRANSLATE_NOOP("CoreSentences", "%1 is a folder, not a spreadsheet"),
    QT_TRANSLATE_NOOP("CoreSentences", "There is no file %1"),
    QT_TRANSLATE_NOOP("CoreSentences", "MentorDesk may not read %1"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 is empty"),
    QT_TRANSLATE_NOOP(
        "CoreSentences",
        "%1 is an old Excel .xls workbook; save it as .xlsx or CSV and import that",
    ),
    QT_TRANSLATE_NOOP(
        "CoreSentences", "%1 is a PDF, not a spreadsheet; export the form as CSV or XLSX"
    ),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 is not a spreadsheet (it holds binary data)"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 is not a readable CSV file: %2"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 is not readable text in %2"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 is empty (no header row with column names)"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 is not an Excel workbook MentorDesk can read"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 has no worksheet"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 has no header row with column names"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 has column headers but no rows of answers"),
    # The certificate of a suggestion (core/matching/certificate.py), on the board.
    QT_TRANSLATE_NOOP(
        "CoreSentences",
        "Optimal: no pairing allowed by the rules matches more than %1 mentees or, "
        "matching as many, scores more than %2 in total (this one: %3 matched, %4).",
    ),
    QT_TRANSLATE_NOOP(
        "CoreSentences",
        "Not proven optimal: the bound allows %1 matched and a total of %2; "
        "this pairing has %3 and %4 (gap %5).",
    ),
    QT_TRANSLATE_NOOP("CoreSentences", "Requests honoured: %1 (at most %2)."),
    QT_TRANSLATE_NOOP("CoreSentences", "No blocking pair: nobody would rather swap."),
    # Refusals of a tick or a meeting log another desk overtook (core/calendar/attendance.py).
    QT_TRANSLATE_NOOP("CoreSentences", "not marked"),
    QT_TRANSLATE_NOOP("CoreSentences", "present"),
    QT_TRANSLATE_NOOP("CoreSentences", "absent"),
    QT_TRANSLATE_NOOP("CoreSentences", "excused"),
    QT_TRANSLATE_NOOP("CoreSentences", "Application %1"),
    QT_TRANSLATE_NOOP("CoreSentences", "application %1"),
    QT_TRANSLATE_NOOP("CoreSentences", "the mark was cleared %1"),
    QT_TRANSLATE_NOOP("CoreSentences", "the mark was cleared"),
    QT_TRANSLATE_NOOP("CoreSentences", "now %1 %2"),
    QT_TRANSLATE_NOOP("CoreSentences", "now %1"),
    QT_TRANSLATE_NOOP(
        "CoreSentences",
        "%1's attendance at %2 was changed since (%3; the sheet showed “%4”); nothing was saved. Look at the sheet again (F5)",
    ),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 (%2 now)"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 and %2"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1, %2 and %3"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1, %2, %3 and %4 more"),
    QT_TRANSLATE_NOOP(
        "CoreSentences",
        "The attendance of %1 at %2 was changed since; nothing was saved. Look at the sheet again (F5)",
    ),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 was cancelled (%2); nobody can attend it"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 was cancelled; nobody can attend it"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 is not expected at %2"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 is not expected at %2 (%3 now, %4)"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 is not expected at %2 (%3 now)"),
    QT_TRANSLATE_NOOP("CoreSentences", "in person"),
    QT_TRANSLATE_NOOP("CoreSentences", "video"),
    QT_TRANSLATE_NOOP("CoreSentences", "phone"),
    QT_TRANSLATE_NOOP("CoreSentences", "other"),
    QT_TRANSLATE_NOOP(
        "CoreSentences",
        "A meeting of %1 on %2 was logged since (%3 min, %4, %5); nothing was logged. Look at the logs again (F5), and log it again if it was another meeting",
    ),
    QT_TRANSLATE_NOOP(
        "CoreSentences",
        "A meeting of %1 on %2 was logged since (%3 min, %4); nothing was logged. Look at the logs again (F5), and log it again if it was another meeting",
    ),
    QT_TRANSLATE_NOOP(
        "CoreSentences",
        "The meeting of %1 on %2 was removed since (%3); nothing was changed. Look at the logs again (F5)",
    ),
    QT_TRANSLATE_NOOP(
        "CoreSentences",
        "The meeting of %1 on %2 was removed since; nothing was changed. Look at the logs again (F5)",
    ),
    # Another desk's change to an application, as a stale save names it
    # (core/applications/edits.py), and to an agreement (core/documents/agreements.py).
    QT_TRANSLATE_NOOP("CoreSentences", "%1: %2 → %3"),
    QT_TRANSLATE_NOOP("CoreSentences", "no field a person edits"),
    QT_TRANSLATE_NOOP("CoreSentences", "another desk"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1; %2"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 was changed by %2 (%3)"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 was changed by %2 on %3 at %4 (%5)"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1; it is at version %2, not %3. Nothing was saved"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1; nothing was saved. Look again (F5)"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1; nothing was removed. Look again (F5)"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1; nothing was saved"),
    QT_TRANSLATE_NOOP("CoreSentences", "it is now %1 with %2"),
    QT_TRANSLATE_NOOP("CoreSentences", "its signed day is now %1"),
    QT_TRANSLATE_NOOP("CoreSentences", "its signed day is now empty"),
    QT_TRANSLATE_NOOP(
        "CoreSentences",
        "The pair %1 and %2 was changed since (%3); nothing was changed. Look at the agreements again",
    ),
    # Who may take part, and why not (core/applications/eligibility.py, from the rules).
    QT_TRANSLATE_NOOP("CoreSentences", "the program is for members only"),
    QT_TRANSLATE_NOOP("CoreSentences", "mentors need at least %1 of experience"),
    QT_TRANSLATE_NOOP("CoreSentences", "mentors need an active %1"),
    QT_TRANSLATE_NOOP("CoreSentences", "the program requires the supervisor's approval"),
    QT_TRANSLATE_NOOP("CoreSentences", "the program is for %1 only"),
    QT_TRANSLATE_NOOP("CoreSentences", "the program needs consent to take part and share data"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 year"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 years"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 not asked on the form; %2"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 not asked on the form"),
    QT_TRANSLATE_NOOP("CoreSentences", "Mentor"),
    QT_TRANSLATE_NOOP("CoreSentences", "Mentee"),
    QT_TRANSLATE_NOOP("CoreSentences", "Applicant"),
    QT_TRANSLATE_NOOP(
        "CoreSentences", "Applicant did not say whether they apply as mentor or mentee"
    ),
    QT_TRANSLATE_NOOP(
        "CoreSentences", "%1 gave no membership number; the program is for members only"
    ),
    QT_TRANSLATE_NOOP(
        "CoreSentences", "Mentor gave no years of experience; the program asks for at least %1"
    ),
    QT_TRANSLATE_NOOP("CoreSentences", "Mentor has %1; the program asks for at least %2"),
    QT_TRANSLATE_NOOP("CoreSentences", "Mentor holds %1; the program asks for an active %2"),
    QT_TRANSLATE_NOOP(
        "CoreSentences", "Mentor lists no credential; the program asks for an active %1"
    ),
    QT_TRANSLATE_NOOP(
        "CoreSentences", "%1's supervisor did not approve; the program requires approval"
    ),
    QT_TRANSLATE_NOOP(
        "CoreSentences", "%1 named no supervisor; the program requires the supervisor's approval"
    ),
    QT_TRANSLATE_NOOP(
        "CoreSentences", "%1's supervisor approval is missing; the program requires it"
    ),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 gave no organization; %2"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 is from %2; %3"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 gave no employment type; %2"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 is %2; %3"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 declined consent; the program needs it to take part"),
    QT_TRANSLATE_NOOP(
        "CoreSentences", "%1 has not given consent to take part and share their data"
    ),
    QT_TRANSLATE_NOOP("CoreSentences", "Committee decision: %1"),
    QT_TRANSLATE_NOOP("CoreSentences", "Committee decision"),
    # An evaluation import's row problems (core/matching/evaluations.py).
    QT_TRANSLATE_NOOP("CoreSentences", "%1: %2 is not a rating from 1 to 5"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 has no question %2"),
    QT_TRANSLATE_NOOP("CoreSentences", "No evaluator email"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 is not in a pair of %2"),
    QT_TRANSLATE_NOOP(
        "CoreSentences", "%1 is in several pairs; say which partner in the partner's email column"
    ),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 is not paired with %2"),
    QT_TRANSLATE_NOOP("CoreSentences", "The program asks no %1 evaluation of the %2"),
    QT_TRANSLATE_NOOP("CoreSentences", "mid-point"),
    QT_TRANSLATE_NOOP("CoreSentences", "final"),
    QT_TRANSLATE_NOOP("CoreSentences", "close-out"),
    QT_TRANSLATE_NOOP("CoreSentences", "mentor"),
    QT_TRANSLATE_NOOP("CoreSentences", "mentee"),
    QT_TRANSLATE_NOOP("CoreSentences", "supervisor"),
    # Whom a typed name means (core/applications/names.py), in a score's reason.
    QT_TRANSLATE_NOOP("CoreSentences", "Nobody named"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 (typed %2)"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 (typed %2, a close spelling)"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 could be %2; the committee decides"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 matches no one among %2"),
    QT_TRANSLATE_NOOP("CoreSentences", "the mentors"),
    QT_TRANSLATE_NOOP("CoreSentences", "this cohort’s mentors"),
    # The terms a new cohort starts with, named by the window that creates it
    # (core/programs/terms.planned_terms).
    QT_TRANSLATE_NOOP("CoreSentences", "Whole cohort"),
    QT_TRANSLATE_NOOP("CoreSentences", "Fall %1"),
    QT_TRANSLATE_NOOP("CoreSentences", "Spring %1"),
    QT_TRANSLATE_NOOP("CoreSentences", "Summer %1"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 (1)"),
    QT_TRANSLATE_NOOP("CoreSentences", "%1 (2)"),
    # Why a pair needs attention (core/calendar/progress.py), in the Calendar.
    QT_TRANSLATE_NOOP("CoreSentences", "No initial meeting logged before the start on %1"),
    QT_TRANSLATE_NOOP("CoreSentences", "Mentee %1 was excused from the mandatory orientation (%2)"),
    QT_TRANSLATE_NOOP("CoreSentences", "Mentee %1 was absent from the mandatory orientation (%2)"),
    QT_TRANSLATE_NOOP(
        "CoreSentences",
        "Mentee %1 has no attendance recorded at the mandatory orientation (%2)",
    ),
    QT_TRANSLATE_NOOP("CoreSentences", "Mentor %1 was excused from the mandatory orientation (%2)"),
    QT_TRANSLATE_NOOP("CoreSentences", "Mentor %1 was absent from the mandatory orientation (%2)"),
    QT_TRANSLATE_NOOP(
        "CoreSentences",
        "Mentor %1 has no attendance recorded at the mandatory orientation (%2)",
    ),
)


class CoreSentences(QObject):
    """The core's sentences with a count: lupdate gives plural forms to tr() alone, so
    they are named here, in the context ``core_sentence`` translates them in. Never
    shown; ``counted()`` exists for lupdate and the tests."""

    def counted(self, n: int = 2) -> tuple[str, ...]:
        return (
            self.tr("%1 of %Ln meeting(s) logged in %2 (%3 – %4), which has ended", "", n),
            self.tr("%1 ends on %2 (%3 days); %4 of %Ln meeting(s) logged so far", "", n),
            self.tr(
                "Mentee %1: %2 in %Ln month(s); the program expects %3–%4 a month "
                "(at least %5 by now)",
                "",
                n,
            ),
            self.tr(
                "Mentor %1: %2 in %Ln month(s); the program expects %3–%4 a month "
                "(at least %5 by now)",
                "",
                n,
            ),
            self.tr(
                "Mentee %1 attended %Ln workshop(s) with %2 left; the program asks for at least %3",
                "",
                n,
            ),
            self.tr(
                "%Ln blocking pair(s): a mentee and a mentor who both "
                "score each other higher than what they got.",
                "",
                n,
            ),
            self.tr("%Ln pair(s) kept as they are (locked, confirmed or under way).", "", n),
            self.tr("%Ln mentee(s) without a mentor, each with the reason.", "", n),
            self.tr(
                "The most stable suggestion has %Ln blocking pair(s) and costs %1 in total "
                "score and %2.",
                "",
                n,
            ),
            self.tr(
                "The most stable suggestion has %Ln blocking pair(s) and costs %1 in total score.",
                "",
                n,
            ),
            self.tr("%Ln matched mentee(s)", "", n),
            self.tr("Rated %1 of 5 by %Ln past mentee(s)", "", n),
            self.tr(
                "Pairing %1 with %2 (score %3) costs the cohort %4 in total score; "
                "%Ln mentee(s) would move",
                "",
                n,
            ),
            self.tr(
                "Pairing %1 with %2 (score %3) costs the cohort %4 in total score and %5; "
                "%Ln mentee(s) would move",
                "",
                n,
            ),
            self.tr("%Ln mentee(s) fewer matched", "", n),
        )


def core_sentence(sentence: Sentence) -> str:
    """A sentence of the core in the window's language; a count in its digits."""
    if sentence.how_many is None:
        words = QCoreApplication.translate(SENTENCE_CONTEXT, sentence.words)
    else:  # Qt picks the plural form and puts in %Ln itself
        words = QCoreApplication.translate(
            SENTENCE_CONTEXT, sentence.words, None, sentence.how_many
        )
    return fill_in(words, sentence.values, _shown, sentence.how_many)


def core_text(text: str) -> str:
    """A text of the core (a reason, a summary) in the window's language where the core
    wrote it as a Sentence, else as written."""
    return core_sentence(text) if isinstance(text, Sentence) else text


def _shown(value: object) -> str:
    if isinstance(value, Sentence):
        return core_sentence(value)
    if isinstance(value, Word):
        return core_word(value)
    if isinstance(value, Day):
        return local_date(value.value, "d MMMM yyyy")
    if isinstance(value, int) and not isinstance(value, bool):
        return local_number(value)
    if isinstance(value, Figure):
        return local_decimal(value.value, value.places)
    return str(value)


def error_text(error: MentorDeskError) -> str:
    """What the window says for a refusal of the core: its sentence translated where the
    core wrote one, else its message as written."""
    return core_sentence(error.sentence) if error.sentence is not None else error.message
