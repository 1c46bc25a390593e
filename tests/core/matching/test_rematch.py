"""Rematching a pair: the rules' limit first, then the best other mentor, never the same one."""

from __future__ import annotations

import pytest

from mentordesk.core.errors import RuleViolation
from mentordesk.core.matching.history import person_history
from mentordesk.core.matching.rematch import plan_rematch, rematch, undo_rematch
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import Pairing, PairingStatus
from tests.factories import make_application, make_cohort, make_pairing


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
