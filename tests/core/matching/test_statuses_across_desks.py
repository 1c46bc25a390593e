"""Undo and redo never put back a status or an eligibility decision another desk changed
since: a second desk, a real OS process on one SQLite file and on a PostgreSQL server,
withdraws, declines, accepts or decides someone between a step and its undo or redo, and
the step is refused whole, naming them."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from mentordesk.core.applications.records import (
    decide_eligibility,
    restore_eligibility,
    restore_statuses,
    set_statuses,
)
from mentordesk.core.errors import DecisionsChangedError, StatusesChangedError
from mentordesk.core.matching.pairs import ApplyResult, apply_proposal, change_board
from mentordesk.core.matching.solver import propose_pairing
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import (
    Application,
    ApplicationStatus,
    EligibilityOverride,
)
from tests.core.storage.test_several_desks import ITEMS, active_pairs, run_desks
from tests.factories import make_application, make_cohort


def _rollout(db: Database, mentees: int) -> int:
    """A staff rollout (it waitlists whoever has no mentor) of four mentors with two places."""
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff")
        for _ in range(4):
            make_application(s, cohort, "mentor", capacity="2")
        for _ in range(mentees):
            make_application(s, cohort)
        return cohort.id


def _accepted(db: Database, mentees: int) -> tuple[int, ApplyResult]:
    cohort_id = _rollout(db, mentees)
    with db.transaction(actor="desk A", note="accept all") as s:
        return cohort_id, apply_proposal(s, propose_pairing(s, cohort_id))


def _statuses(db: Database, cohort_id: int) -> dict[int, tuple[str, str | None]]:
    with db.reading() as s:
        return {
            i: (ApplicationStatus(status).value, reason)
            for i, status, reason in s.execute(
                select(Application.id, Application.status, Application.status_reason).where(
                    Application.cohort_id == cohort_id
                )
            )
        }


def _name(db: Database, application_id: int) -> str:
    with db.reading() as s:
        app = s.get(Application, application_id)
        assert app is not None
        return app.person.full_name


def _waitlisted(db: Database, cohort_id: int) -> list[int]:
    return sorted(i for i, (s, _r) in _statuses(db, cohort_id).items() if s == "waitlisted")


def test_undoing_accept_all_never_brings_back_someone_another_desk_withdrew_since(
    any_db: Database,
) -> None:
    cohort_id, accepted = _accepted(any_db, 10)  # eight places: two wait
    left = _waitlisted(any_db, cohort_id)
    assert len(left) == 2
    pairs, before = active_pairs(any_db), _statuses(any_db, cohort_id)
    gone = left[0]
    item = {"k": 0, "application": gone, "status": "withdrawn", "reason": "moved abroad"}
    [outcome] = run_desks(any_db, "status", {"B": [item]})  # a real second desk
    assert outcome["outcome"] == "ok", outcome

    with pytest.raises(StatusesChangedError) as refused, any_db.transaction(actor="desk A") as s:
        change_board(s, cohort_id, accepted.undo)  # Edit ▸ Undo "Accept all"

    said = refused.value.message
    assert said.startswith(
        f"{_name(any_db, gone)}'s status was changed since (withdrawn now, not waitlisted, by B on "
    ), said
    assert said.endswith("; nothing was changed. Look again (F5)"), said
    assert refused.value.application_ids == (gone,) and refused.value.exit_code == 3
    # Nothing half-undone: every accepted pair stays, and so does the withdrawal.
    assert active_pairs(any_db) == pairs
    assert _statuses(any_db, cohort_id) == {**before, gone: ("withdrawn", "moved abroad")}


def test_redoing_accept_all_never_waitlists_someone_another_desk_declined_since(
    any_db: Database,
) -> None:
    cohort_id, accepted = _accepted(any_db, 10)
    waiting = _waitlisted(any_db, cohort_id)
    with any_db.transaction(actor="desk A") as s:
        redo = change_board(s, cohort_id, accepted.undo)  # undone: nobody paired or waiting
    assert active_pairs(any_db) == {} and _waitlisted(any_db, cohort_id) == []
    before = _statuses(any_db, cohort_id)
    item = {"k": 0, "application": waiting[1], "status": "declined", "reason": "not staff"}
    [outcome] = run_desks(any_db, "status", {"B": [item]})
    assert outcome["outcome"] == "ok", outcome

    with pytest.raises(StatusesChangedError) as refused, any_db.transaction(actor="desk A") as s:
        change_board(s, cohort_id, redo)  # Edit ▸ Redo "Accept all"

    assert f"{_name(any_db, waiting[1])}'s status was changed since (declined now, not " in (
        refused.value.message
    )
    assert active_pairs(any_db) == {}  # no pair made, nobody waitlisted
    assert _statuses(any_db, cohort_id) == {**before, waiting[1]: ("declined", "not staff")}


def test_a_refused_undo_names_three_of_many_changed_statuses_and_how_many_more(
    any_db: Database,
) -> None:
    cohort_id, accepted = _accepted(any_db, 14)  # eight places: six wait
    waiting = _waitlisted(any_db, cohort_id)
    items = [
        {"k": k, "application": i, "status": "accepted", "reason": "a mentor found outside"}
        for k, i in enumerate(waiting[:5])
    ]
    outcomes = run_desks(any_db, "status", {"B": items})
    assert [o["outcome"] for o in outcomes] == ["ok"] * 5, outcomes

    with pytest.raises(StatusesChangedError) as refused, any_db.transaction(actor="desk A") as s:
        change_board(s, cohort_id, accepted.undo)

    names = sorted((_name(any_db, i) for i in waiting[:5]), key=str.casefold)
    shown = [f"{n} (accepted now, not waitlisted)" for n in names[:3]]
    assert refused.value.message == (
        f"The statuses of {', '.join(shown)} and 2 more were changed since; nothing was "
        "changed. Look again (F5)"
    )
    assert len(active_pairs(any_db)) == 8


def test_accepting_a_suggestion_read_before_another_desk_withdrew_someone_waitlists_no_one(
    any_db: Database,
) -> None:
    cohort_id = _rollout(any_db, 10)
    with any_db.reading() as s:
        proposal = propose_pairing(s, cohort_id)  # Suggest: two would wait
    [unmatched, *_] = sorted(u.mentee_id for u in proposal.unmatched)
    item = {"k": 0, "application": unmatched, "status": "withdrawn", "reason": "new job"}
    [outcome] = run_desks(any_db, "status", {"B": [item]})
    assert outcome["outcome"] == "ok", outcome

    with pytest.raises(StatusesChangedError) as refused, any_db.transaction(actor="desk A") as s:
        apply_proposal(s, proposal)  # Accept all, on the suggestion as the dialog shows it

    said = refused.value.message
    assert said.startswith(
        f"{_name(any_db, unmatched)}'s status was changed since (withdrawn now, by B on "
    ), said
    assert said.endswith("; nothing was changed. Look again (F5)"), said
    assert active_pairs(any_db) == {}
    assert _statuses(any_db, cohort_id)[unmatched] == ("withdrawn", "new job")


def test_undoing_a_status_set_in_applicants_is_refused_after_another_desk_changed_it(
    any_db: Database,
) -> None:
    with any_db.transaction() as s:
        cohort = make_cohort(s, preset="staff")
        bob = make_application(s, cohort, first_name="Bob", last_name="Kahn").id
        shown = (ApplicationStatus(s.get(Application, bob).status), None)  # type: ignore[union-attr]
    with any_db.transaction(actor="desk A") as s:  # Set status ▸ Declined, on Bob as shown
        [row] = set_statuses(s, [bob], ApplicationStatus.DECLINED, None, expected={bob: shown})
    left = (row.status, row.status_reason)
    item = {"k": 0, "application": bob, "status": "waitlisted", "reason": "next rollout"}
    [outcome] = run_desks(any_db, "status", {"B": [item]})
    assert outcome["outcome"] == "ok", outcome

    with pytest.raises(StatusesChangedError) as refused, any_db.transaction(actor="desk A") as s:
        restore_statuses(s, {bob: shown}, expected={bob: left})  # Edit ▸ Undo

    assert refused.value.message.startswith(
        "Bob Kahn's status was changed since (waitlisted now, not declined, by B on "
    )
    with any_db.reading() as s:
        app = s.get(Application, bob)
        assert app is not None and (app.status, app.status_reason) == ("waitlisted", "next rollout")


def test_two_desks_undoing_and_deciding_one_status_at_once_leave_exactly_one_decision(
    any_db: Database,
) -> None:
    """Desk A undoes its "declined" while desk B, whose table shows "declined" too, waitlists
    the same person, at the same moments: one of them wins each time, the other is told."""
    with any_db.transaction() as s:
        cohort = make_cohort(s, preset="staff")
        cohort_id = cohort.id
        ids = [make_application(s, cohort, status="declined").id for _ in range(ITEMS)]
    undo = [
        {"k": k, "application": i, "status": "accepted", "undo": True, "expect": "declined"}
        for k, i in enumerate(ids)
    ]
    decide = [
        {"k": k, "application": i, "status": "waitlisted", "reason": "next year"}
        | {"expect": "declined"}
        for k, i in enumerate(ids)
    ]

    outcomes = run_desks(any_db, "status", {"A": undo, "B": decide})

    assert len(outcomes) == 2 * ITEMS  # every attempt accounted for
    final = _statuses(any_db, cohort_id)
    for k, i in enumerate(ids):
        tries = {o["desk"]: o for o in outcomes if o["k"] == k}
        assert sorted(o["outcome"] for o in tries.values()) == ["ok", "refused"], tries
        [winner] = [desk for desk, o in tries.items() if o["outcome"] == "ok"]
        [loser] = [o for o in tries.values() if o["outcome"] == "refused"]
        assert "changed since" in loser["message"] or "same moment" in loser["message"], loser
        assert final[i] == (("accepted", None) if winner == "A" else ("waitlisted", "next year"))


# --- the committee's eligibility decisions ------------------------------------------------


def test_undoing_an_eligibility_decision_another_desk_changed_since_is_refused(
    any_db: Database,
) -> None:
    with any_db.transaction() as s:
        cohort = make_cohort(s, preset="staff")
        ids = [make_application(s, cohort, first_name=n, last_name="Kahn").id for n in "ABC"]
    shown = {i: (None, None) for i in ids}  # the rules decide, as the table shows
    note = "met the committee in person"
    with any_db.transaction(actor="desk A") as s:  # "Eligible" on the three of them
        rows = decide_eligibility(s, ids, EligibilityOverride.ELIGIBLE, note, expected=shown)
    left = {r.id: (r.eligibility_override, r.eligibility_note) for r in rows}
    item = {"k": 0, "application": ids[1], "decision": "ineligible", "note": "faculty, not staff"}
    [outcome] = run_desks(any_db, "decide", {"B": [item]})  # a real second desk
    assert outcome["outcome"] == "ok", outcome

    with pytest.raises(DecisionsChangedError) as refused, any_db.transaction(actor="A") as s:
        restore_eligibility(s, shown, expected=left)  # Edit ▸ Undo

    assert refused.value.message.startswith(
        "B Kahn's eligibility decision was changed since (“not eligible” now, not “eligible”, by B on "
    ), refused.value.message
    assert refused.value.exit_code == 3 and refused.value.application_ids == (ids[1],)
    with any_db.reading() as s:
        decided = {
            i: (d, n)
            for i, d, n in s.execute(
                select(
                    Application.id, Application.eligibility_override, Application.eligibility_note
                )
            )
        }
    # Nothing undone halfway: A's decisions stay, and B's.
    assert decided == {
        ids[0]: ("eligible", note),
        ids[1]: ("ineligible", "faculty, not staff"),
        ids[2]: ("eligible", note),
    }
