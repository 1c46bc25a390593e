"""Two desks ticking one attendance sheet and logging one pair's meetings at once, as two real
OS processes on one SQLite file and on a PostgreSQL server: nothing is counted twice, and no
mark or log another desk made is written over or removed unseen."""

from __future__ import annotations

from collections import Counter
from datetime import date

from sqlalchemy import select

from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import Attendance, AuditEntry, MeetingFormat, MeetingLog
from tests.core.storage.test_several_desks import ITEMS, _by_item, run_desks
from tests.factories import make_application, make_cohort, make_event, make_pairing

#: Seconds between two items: a read, a pause and a save each, kept in step on a busy machine.
PACE = 0.3


def test_two_desks_ticking_one_sheet_at_once_never_double_a_mark_nor_overwrite_one_unseen(
    any_db: Database,
) -> None:
    with any_db.transaction() as s:
        cohort = make_cohort(s)
        event = make_event(s, cohort)
        people = [make_application(s, cohort, status="accepted").id for _ in range(ITEMS)]
        event_id = event.id
    # Desk A ticks each person present; desk B at the same moment marks the even ones
    # present too (the same wish) and the odd ones excused (a different one).
    items = {
        "A": [
            {"k": k, "at": k * PACE, "event": event_id, "application": p, "status": "present"}
            for k, p in enumerate(people)
        ],
        "B": [
            {
                "k": k,
                "at": k * PACE,
                "event": event_id,
                "application": p,
                "status": "present" if k % 2 == 0 else "excused",
            }
            for k, p in enumerate(people)
        ],
    }
    outcomes = run_desks(any_db, "mark", items)

    assert len(outcomes) == 2 * ITEMS  # every attempt accounted for
    with any_db.reading() as s:
        marks = s.execute(
            select(Attendance.application_id, Attendance.status).where(
                Attendance.event_id == event_id
            )
        ).all()
    # One mark per person, never two.
    assert Counter(person for person, _ in marks) == Counter(people)
    final = dict(marks)
    refusals = 0
    for k, tries in _by_item(outcomes).items():
        person = people[k]
        if k % 2 == 0:  # both wanted "present": both saved, the second found it so
            assert [o["outcome"] for o in tries.values()] == ["ok", "ok"], tries
            assert final[person] == "present"
            continue
        saved = [d for d, o in tries.items() if o["outcome"] == "ok"]
        if len(saved) == 2:
            # One desk read the sheet after the other had saved (a busy machine): it saw
            # that mark and changed it knowingly; its mark is the one that stands.
            [knew] = [d for d in saved if tries[d]["seen"]["shown"] is not None]
            assert final[person] == items[knew][k]["status"], tries
            continue
        # Both saw "not marked": the first saves; the second is told, and writes nothing.
        refusals += 1
        [won] = saved
        [lost] = [o for o in tries.values() if o["outcome"] == "refused"]
        assert lost["seen"]["shown"] is None, lost
        assert final[person] == items[won][k]["status"]
        assert lost["kind"] == "ConflictError", lost
        assert "'s attendance at “" in lost["message"], lost
        assert f"now {final[person]} by {won} on " in lost["message"], lost
        assert "the sheet showed “not marked”" in lost["message"], lost
        assert "nothing was saved" in lost["message"], lost
    assert refusals, "the desks never showed the same sheet: the test proved nothing"


def test_two_desks_logging_one_meeting_at_once_count_it_once(any_db: Database) -> None:
    with any_db.transaction() as s:
        cohort = make_cohort(s)
        pairs = [make_pairing(s, cohort).id for _ in range(ITEMS)]
    items = {
        desk: [
            {
                "k": k,
                "at": k * PACE,
                "pair": pair,
                "day": "2026-10-05",
                "minutes": 45 if desk == "A" else 60,
            }
            for k, pair in enumerate(pairs)
        ]
        for desk in ("A", "B")
    }
    outcomes = run_desks(any_db, "log", items)

    assert len(outcomes) == 2 * ITEMS
    with any_db.reading() as s:
        logs = s.execute(
            select(MeetingLog.pairing_id, MeetingLog.met_on, MeetingLog.duration_minutes)
        ).all()
    assert {met_on for _, met_on, _ in logs} == {date(2026, 10, 5)}
    per_pair = Counter(pair for pair, _, _ in logs)
    refusals = 0
    for k, tries in _by_item(outcomes).items():
        saved = [o for o in tries.values() if o["outcome"] == "ok"]
        # A meeting is logged once per desk that saved; a desk that saved a second one had
        # seen the first in its window (a busy machine kept the two apart): never unseen.
        assert per_pair[pairs[k]] == len(saved), tries
        if len(saved) == 2:
            assert sorted(len(o["seen"]["shown"]) for o in saved) == [0, 1], tries
            continue
        refusals += 1
        [won] = [d for d, o in tries.items() if o["outcome"] == "ok"]
        [lost] = [o for o in tries.values() if o["outcome"] == "refused"]
        assert lost["seen"]["shown"] == [], lost
        minutes = next(m for pair, _, m in logs if pair == pairs[k])
        assert minutes == items[won][k]["minutes"]
        assert lost["kind"] == "ConflictError", lost
        assert "on 05 October 2026 was logged since (" in lost["message"], lost
        assert f"{minutes} min, video, by {won} on " in lost["message"], lost
        assert "nothing was logged" in lost["message"], lost
    assert refusals, "the desks never showed the same logs: the test proved nothing"


def test_a_second_meeting_the_desk_saw_logged_that_day_is_logged_too(
    any_db: Database,
) -> None:
    with any_db.transaction() as s:
        pair = make_pairing(s, make_cohort(s)).id
    item = {"k": 0, "pair": pair, "day": "2026-10-05", "minutes": 30}
    [first] = run_desks(any_db, "log", {"A": [item]})
    [second] = run_desks(any_db, "log", {"B": [item]})  # B's window shows A's log
    assert (first["outcome"], second["outcome"]) == ("ok", "ok"), second
    with any_db.reading() as s:
        assert len(s.scalars(select(MeetingLog.id)).all()) == 2


def test_two_desks_deleting_one_meeting_log_remove_it_once_and_say_who_did(
    any_db: Database,
) -> None:
    with any_db.transaction() as s:
        cohort = make_cohort(s)
        logs = []
        for _ in range(ITEMS):
            pairing = make_pairing(s, cohort)
            log = MeetingLog(
                pairing=pairing,
                met_on=date(2026, 10, 5),
                duration_minutes=30,
                format=MeetingFormat.VIDEO,
            )
            s.add(log)
            s.flush()
            logs.append((pairing.id, log.id))
    items = [
        {"k": k, "pair": pair, "log": log, "label": f"Pair {k}", "day": "2026-10-05", "minutes": 30}
        for k, (pair, log) in enumerate(logs)
    ]
    outcomes = run_desks(any_db, "unlog", {"A": items, "B": items})

    with any_db.reading() as s:
        assert s.scalars(select(MeetingLog.id)).all() == []
        removed = s.scalars(
            select(AuditEntry.entity_id).where(
                AuditEntry.entity == "meeting_log", AuditEntry.action == "delete"
            )
        ).all()
    assert Counter(removed) == Counter(log for _, log in logs)  # each removal logged once
    for k, tries in _by_item(outcomes).items():
        item = items[k]
        assert sorted(o["outcome"] for o in tries.values()) == ["ok", "refused"], tries
        [won] = [d for d, o in tries.items() if o["outcome"] == "ok"]
        [lost] = [o for o in tries.values() if o["outcome"] == "refused"]
        assert lost["kind"] == "NotFoundError", lost
        assert lost["message"].startswith(f"The meeting of {item['label']} on 05 October 2026 ")
        assert f"was removed since (by {won} on " in lost["message"], lost
