"""Rematching a pair: the rules' limit first, then the best other mentor, never the same one."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from mentordesk.core.errors import ConflictError, RuleViolation, StatusesChangedError
from mentordesk.core.matching.history import person_history
from mentordesk.core.matching.rematch import plan_rematch, rematch, undo_rematch
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import Pairing, PairingStatus
from tests.core.storage.test_several_desks import run_desks
from tests.factories import make_application, make_cohort, make_draft_pairing, make_pairing


def _cohort(db: Database) -> dict[str, int]:
    with db.transaction() as session:
        cohort = make_cohort(session, preset="staff", name="Rollout 2026")
        mentee = make_application(
            session, cohort, "mentee", first_name="Rosa", interests="budgeting, leadership"
        )
        first = make_application(session, cohort, "mentor", first_name="First", capacity="2")
        close = make_application(
            session, cohort, "mentor", first_name="Close", expertise="budgeting, leadership"
        )
        far = make_application(session, cohort, "mentor", first_name="Far", expertise="pottery")
        full = make_application(session, cohort, "mentor", first_name="Full")
        make_pairing(session, cohort, full)  # Full has no free slot
        pairing = make_pairing(session, cohort, first, mentee)
        return {
            "cohort": cohort.id,
            "pairing": pairing.id,
            "mentee": mentee.id,
            "first": first.id,
            "close": close.id,
            "far": far.id,
            "full": full.id,
        }


def test_rematch_proposes_the_best_other_mentor_and_never_the_same(db: Database) -> None:
    ids = _cohort(db)
    with db.reading() as session:
        plan = plan_rematch(session, ids["pairing"])
    offered = [o.mentor_id for o in plan.options]
    assert offered[0] == ids["close"]
    assert ids["first"] not in offered and ids["full"] not in offered
    assert ids["far"] in offered
    assert (plan.limit, plan.used) == (1, 0)
    with pytest.raises(RuleViolation, match="not First"), db.transaction() as session:
        rematch(session, ids["pairing"], "no chemistry", ids["first"])


def test_the_second_rematch_is_refused_before_anything_is_asked(db: Database) -> None:
    ids = _cohort(db)
    with db.transaction() as session:
        done = rematch(session, ids["pairing"], "no chemistry", ids["close"])
    with db.reading() as session:
        new = session.query(Pairing).filter_by(mentee_id=ids["mentee"], status="active").one()
        assert new.mentor_id == ids["close"]
        with pytest.raises(RuleViolation, match="has had 1 rematch; the program allows 1"):
            plan_rematch(session, new.id)
        story = person_history(session, new.mentee.person_id)
    (cohort,) = story.cohorts
    assert [(p.partner.split()[0], p.status, p.end_reason) for p in cohort.pairs] == [
        ("First", "ended", "rematch"),
        ("Close", "active", ""),
    ]
    with db.transaction() as session:
        undo_rematch(session, done)
    with db.reading() as session:
        back = session.get(Pairing, ids["pairing"])
        assert back is not None and back.status is PairingStatus.ACTIVE
        assert plan_rematch(session, ids["pairing"]).used == 0


def test_redoing_a_rematch_after_another_desk_moved_the_pair_is_refused(
    any_db: Database,
) -> None:
    with any_db.transaction() as session:
        cohort = make_cohort(session, preset="staff", name="Rollout 2026")
        rosa = make_application(session, cohort, "mentee", first_name="Rosa")
        first = make_application(session, cohort, "mentor", first_name="First")
        close = make_application(session, cohort, "mentor", first_name="Close")
        far = make_application(session, cohort, "mentor", first_name="Far")
        pairing = make_draft_pairing(session, first, rosa)  # proposed, not started
        ids = cohort.id, rosa.id, first.id, close.id, far.id, pairing.id
    cohort_id, rosa_id, first_id, close_id, far_id, pairing_id = ids
    with any_db.transaction() as session:
        done = rematch(session, pairing_id, "no chemistry", close_id, mentor_was=first_id)
    with any_db.transaction() as session:
        undo_rematch(session, done)  # Rosa is with First again, on the same pair
    # Another desk, a real process, moves Rosa's pair to Far.
    item = {"k": 0, "cohort": cohort_id, "mentee": rosa_id, "mentor": far_id}
    [other] = run_desks(any_db, "move", {"B": [item]})
    assert other["outcome"] == "ok", other

    with pytest.raises(ConflictError) as refused, any_db.transaction() as session:
        rematch(session, pairing_id, "no chemistry", close_id, mentor_was=first_id)  # redo

    assert "Rosa" in refused.value.message and "changed since" in refused.value.message
    with any_db.reading() as session:
        active = session.scalars(
            select(Pairing).where(Pairing.mentee_id == rosa_id, Pairing.status == "active")
        ).all()
        assert [(p.id, p.mentor_id) for p in active] == [(pairing_id, far_id)]


def test_undoing_a_rematch_after_another_desk_withdrew_the_mentee_keeps_the_history(
    any_db: Database,
) -> None:
    with any_db.transaction() as session:
        cohort = make_cohort(session, preset="staff", name="Rollout 2026")
        rosa = make_application(session, cohort, "mentee", first_name="Rosa", last_name="Diaz")
        first = make_application(session, cohort, "mentor", first_name="First")
        pairing = make_draft_pairing(session, first, rosa)
        rosa_id, pairing_id = rosa.id, pairing.id
    with any_db.transaction() as session:  # rematch, nobody better: Rosa waits
        done = rematch(session, pairing_id, "no chemistry", None)
    # Another desk, a real process, records that Rosa withdrew.
    item = {"k": 0, "application": rosa_id, "status": "withdrawn", "reason": "new job"}
    [other] = run_desks(any_db, "status", {"B": [item]})
    assert other["outcome"] == "ok", other

    with pytest.raises(StatusesChangedError) as refused, any_db.transaction() as session:
        undo_rematch(session, done)  # Edit ▸ Undo "Rematch"

    assert refused.value.message.startswith(
        "Rosa Diaz's status was changed since (withdrawn now); the pair of Rosa Diaz and First "
    )
    assert "cannot be active again. Nothing was changed" in refused.value.message
    with any_db.reading() as session:
        ended = session.get(Pairing, pairing_id)
        assert ended is not None
        # The history stays as it was: ended for a rematch, not rewritten as a resignation.
        assert (ended.status, ended.end_reason) == ("ended", "rematch")
