"""One committee desk in its own OS process, for the several-desks tests.

``python -m tests.core.storage.desk TASK DB START_AT IDS_JSON`` waits until the wall
clock reaches START_AT, then makes one attempt per item, each at its own moment
(START_AT + k × STEP) so that two desks started together try each item at once. Every
attempt prints one JSON line: the item, "ok" or "refused" (a MentorDeskError the
committee would read) or "error" (anything else: a bug), and the message.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import date
from typing import Any

from mentordesk.core.applications.records import (
    get_application,
    get_application_row,
    restore_statuses,
    set_eligibility_override,
    set_statuses,
    update_application,
)
from mentordesk.core.calendar.attendance import (
    MeetingLogRow,
    attendance_sheet,
    delete_meeting_log,
    log_meeting,
    mark_attendance,
    meeting_logs,
)
from mentordesk.core.calendar.events import move_event
from mentordesk.core.errors import MentorDeskError
from mentordesk.core.matching.pairs import UNSTATED, apply_proposal, move_mentee, pair_mentee
from mentordesk.core.matching.solver import propose_pairing
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import (
    ApplicationStatus,
    AttendanceStatus,
    EligibilityOverride,
    MeetingFormat,
)

STEP = 0.08  # seconds between two items: long enough for one attempt on a busy machine


def _attempt(
    db: Database, task: str, item: dict[str, Any], desk: str, seen: dict[str, Any]
) -> None:
    """One attempt; ``seen`` takes what the desk showed before it saved (reported with it)."""
    if task == "pair":
        # ``mentordesk pair`` (with "move": --move; with "expect": --expect-mentor).
        with db.transaction(actor=desk) as session:
            pair_mentee(
                session,
                item["cohort"],
                item["mentee"],
                item["mentor"],
                move=item.get("move", False),
                expect_mentor=item.get("expect", UNSTATED),
            )
    elif task == "move":
        # Another desk drags a mentee to another mentor (or back to the unassigned: None).
        with db.transaction(actor=desk) as session:
            move_mentee(session, item["cohort"], item["mentee"], item["mentor"])
    elif task == "edit":
        # Read, then save with the version read: what a desk's table does.
        with db.reading() as session:
            version = get_application(session, item["application"]).version
        time.sleep(0.03)  # a person typing: the other desk reads the same version meanwhile
        with db.transaction(actor=desk) as session:
            update_application(
                session,
                item["application"],
                "department",
                f"{desk} {item['k']}",
                expected_version=version,
            )
    elif task == "edit_field":
        # Read the row, then save one field with that field as the table showed it: what a
        # desk's in-place edit does (with "undo": as the step being undone left it).
        field = item["field"]
        with db.reading() as session:
            shown = get_application_row(session, item["application"]).values.get(field)
        time.sleep(0.03)  # a person typing: the other desk saves meanwhile
        with db.transaction(actor=desk) as session:
            update_application(
                session,
                item["application"],
                field,
                item["value"],
                expected_value=item.get("shown", shown),
            )
    elif task == "mark":
        # A tick on the Attendance tab: the sheet read, then the mark saved with the
        # person's mark as the sheet showed it.
        person, status = item["application"], AttendanceStatus(item["status"])
        with db.reading() as session:
            sheet = attendance_sheet(session, item["event"])
        shown = next(r.status for r in sheet.rows if r.application_id == person)
        seen["shown"] = shown.value if shown is not None else None
        time.sleep(0.03)  # a person clicking: the other desk saves meanwhile
        with db.transaction(actor=desk) as session:
            mark_attendance(session, item["event"], {person: status}, expected={person: shown})
    elif task == "log":
        # Log meeting… in the Calendar: the pair's logs as the window shows them, then the save.
        with db.reading() as session:
            shown = [log.id for log in meeting_logs(session, pairing_id=item["pair"])]
        seen["shown"] = shown
        time.sleep(0.03)
        with db.transaction(actor=desk) as session:
            log_meeting(
                session,
                item["pair"],
                date.fromisoformat(item["day"]),
                item["minutes"],
                MeetingFormat.VIDEO,
                shown=shown,
            )
    elif task == "unlog":
        # Meeting logs ▸ Delete on a log the window showed when it read the logs.
        shown = MeetingLogRow(
            id=item["log"],
            pairing_id=item["pair"],
            pair_label=item["label"],
            met_on=date.fromisoformat(item["day"]),
            duration_minutes=item["minutes"],
            format=MeetingFormat.VIDEO,
            event_id=None,
        )
        with db.transaction(actor=desk) as session:
            delete_meeting_log(session, item["log"], shown=shown)
    elif task == "accept":
        # Suggest, then accept all: what a desk's Suggest pairing ▸ Accept all does.
        with db.reading() as session:
            proposal = propose_pairing(session, item["cohort"])
        with db.transaction(actor=desk, note="accept all") as session:
            apply_proposal(session, proposal)
    elif task == "status":
        # Applicants ▸ Set status on one application, or with "undo" the undo of such a step;
        # with "expect", the status as the desk showed it or as the step left it.
        app_id = item["application"]
        wanted = (ApplicationStatus(item["status"]), item.get("reason"))
        seen = (
            {app_id: (ApplicationStatus(item["expect"]), item.get("expect_reason"))}
            if "expect" in item
            else None
        )
        with db.transaction(actor=desk) as session:
            if item.get("undo"):
                restore_statuses(session, {app_id: wanted}, expected=seen)
            else:
                set_statuses(session, [app_id], *wanted, expected=seen)
    elif task == "event":
        # A calendar's drag: the event to another day.
        with db.transaction(actor=desk) as session:
            move_event(session, item["event"], date.fromisoformat(item["day"]))
    elif task == "decide":
        # Override eligibility… on one application ("decision": eligible, ineligible or None).
        decision = EligibilityOverride(item["decision"]) if item["decision"] else None
        with db.transaction(actor=desk) as session:
            set_eligibility_override(session, item["application"], decision, item.get("note"))
    else:
        raise SystemExit(f"unknown task {task}")


def main(task: str, target: str, start_at: float, items: list[dict[str, Any]], desk: str) -> None:
    db = Database(target)
    for k, item in enumerate(items):
        # ("at": the item's own moment, for attempts longer than STEP on a busy machine)
        delay = start_at + item.get("at", k * STEP) - time.time()
        if delay > 0:
            time.sleep(delay)
        outcome: dict[str, Any] = {"k": item.get("k", k), "desk": desk}
        seen: dict[str, Any] = {}
        outcome["seen"] = seen
        try:
            _attempt(db, task, item, desk, seen)
            outcome.update(outcome="ok", message="")
        except MentorDeskError as exc:
            outcome.update(outcome="refused", message=exc.message, kind=type(exc).__name__)
        except Exception as exc:  # a bug: the test reports it
            outcome.update(outcome="error", message=f"{type(exc).__name__}: {exc}")
        print(json.dumps(outcome), flush=True)
    db.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], float(sys.argv[3]), json.loads(sys.argv[4]), sys.argv[5])
