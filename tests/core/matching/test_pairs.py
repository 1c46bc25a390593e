"""The committee adjusts the pairs by hand, with the rules watching, and every change can be undone."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from mentordesk.core.errors import ConflictError, RuleViolation
from mentordesk.core.matching.pairs import (
    add_exclusion,
    apply_proposal,
    board_pairs,
    board_state,
    change_board,
    end_pairing,
    move_mentee,
    record_agreement_signed,
    resign,
    set_pair_flags,
)
from mentordesk.core.matching.solver import propose_pairing
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import (
    Application,
    ApplicationStatus,
    MeetingFormat,
    MeetingLog,
    Pairing,
    PairingEndReason,
    PairingStatus,
)
from tests.factories import make_application, make_cohort, make_draft_pairing, make_meeting


def test_moving_a_mentee_and_undoing_it_restores_the_board(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s)
        first = make_application(s, cohort, "mentor", expertise="grants")
        second = make_application(s, cohort, "mentor", expertise="budgets")
        mentee = make_application(s, cohort, "mentee", interests="grants")
        ids = cohort.id, first.id, second.id, mentee.id
    cohort_id, first_id, second_id, mentee_id = ids
    with db.transaction() as s:
        undo_assign = move_mentee(s, cohort_id, mentee_id, first_id)
    with db.transaction() as s:
        undo_confirm = set_pair_flags(s, cohort_id, [mentee_id], confirmed=True)
        undo_move = move_mentee(s, cohort_id, mentee_id, second_id)
    with db.reading() as s:
        board = board_state(s, cohort_id)
    pair = board.pair_of(mentee_id)
    assert pair is not None and pair.mentor_id == second_id and not pair.confirmed
    assert pair.score is not None and 0 <= pair.score <= 1
    assert {m.id: m.free for m in board.mentors} == {first_id: 1, second_id: 0}
    with db.transaction() as s:
        redo = change_board(s, cohort_id, undo_move)
        board = board_state(s, cohort_id)
    pair = board.pair_of(mentee_id)
    assert pair is not None and pair.mentor_id == first_id and pair.confirmed
    with db.transaction() as s:
        change_board(s, cohort_id, redo)
        change_board(s, cohort_id, undo_move)
        change_board(s, cohort_id, undo_confirm)  # each step undone in turn, as Edit ▸ Undo
        change_board(s, cohort_id, undo_assign)
        board = board_state(s, cohort_id)
    assert board.pairs == [] and [m.id for m in board.unassigned] == [mentee_id]


def test_board_refuses_a_move_that_breaks_a_hard_rule_saying_which(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff")
        boss = make_application(s, cohort, "mentor", email="boss@hsc.org")
        busy = make_application(s, cohort, "mentor", capacity="1")
        mentee = make_application(s, cohort, "mentee", supervisor_email="boss@hsc.org")
        other = make_application(s, cohort, "mentee")
        make_draft_pairing(s, busy, other)
        ids = cohort.id, boss.id, busy.id, mentee.id
    cohort_id, boss_id, busy_id, mentee_id = ids
    with pytest.raises(RuleViolation, match="supervisor"), db.transaction() as s:
        move_mentee(s, cohort_id, mentee_id, boss_id)
    with (
        pytest.raises(RuleViolation, match="takes 1 mentee; this would make 2"),
        db.transaction() as s,
    ):
        move_mentee(s, cohort_id, mentee_id, busy_id)
    with db.reading() as s:
        assert board_state(s, cohort_id).pair_of(mentee_id) is None


def test_locked_pair_cannot_be_moved_until_unlocked(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s)
        a = make_application(s, cohort, "mentor")
        b = make_application(s, cohort, "mentor")
        mentee = make_application(s, cohort, "mentee")
        make_draft_pairing(s, a, mentee, locked=True)
        ids = cohort.id, b.id, mentee.id
    cohort_id, b_id, mentee_id = ids
    with pytest.raises(RuleViolation, match="locked; unlock it first"), db.transaction() as s:
        move_mentee(s, cohort_id, mentee_id, b_id)
    with db.transaction() as s:
        set_pair_flags(s, cohort_id, [mentee_id], locked=False)
        move_mentee(s, cohort_id, mentee_id, b_id)
        assert board_state(s, cohort_id).pair_of(mentee_id).mentor_id == b_id  # type: ignore[union-attr]


def test_a_pair_that_has_met_is_ended_for_a_rematch_not_moved(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff")  # one rematch per participant
        a = make_application(s, cohort, "mentor", capacity="2")
        b = make_application(s, cohort, "mentor", capacity="2")
        mentee = make_application(s, cohort, "mentee")
        pairing = make_draft_pairing(s, a, mentee)
        s.add(
            MeetingLog(
                pairing_id=pairing.id,
                met_on=date(2026, 10, 1),
                duration_minutes=60,
                format=MeetingFormat.VIDEO,
            )
        )
        ids = cohort.id, a.id, b.id, mentee.id, pairing.id
    cohort_id, a_id, b_id, mentee_id, pairing_id = ids
    with pytest.raises(RuleViolation, match="end the pairing"), db.transaction() as s:
        move_mentee(s, cohort_id, mentee_id, b_id)
    with db.transaction() as s:
        end_pairing(s, pairing_id, PairingEndReason.REMATCH, note="not a fit")
        with pytest.raises(RuleViolation, match="paired before"):
            move_mentee(s, cohort_id, mentee_id, a_id)
        move_mentee(s, cohort_id, mentee_id, b_id)
        second = board_state(s, cohort_id).pair_of(mentee_id)
        assert second is not None
        with pytest.raises(RuleViolation, match="has had 1 rematch; the program allows 1"):
            end_pairing(s, second.pairing_id, PairingEndReason.REMATCH)
        history = s.scalars(select(Pairing).where(Pairing.mentee_id == mentee_id)).all()
    assert sorted(p.status for p in history) == [PairingStatus.ACTIVE, PairingStatus.ENDED]


def test_resignation_ends_the_pairs_and_withdraws_the_application(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s)
        mentor = make_application(s, cohort, "mentor", capacity="2")
        m1 = make_application(s, cohort, "mentee")
        m2 = make_application(s, cohort, "mentee")
        make_draft_pairing(s, mentor, m1)
        make_draft_pairing(s, mentor, m2)
        ended = resign(s, mentor.id, "moved abroad")
        board = board_state(s, cohort.id)
        assert len(ended) == 2
        assert board.pairs == [] and board.mentors == []
        assert mentor.status is ApplicationStatus.WITHDRAWN


def test_apply_keeps_locked_pairs_replaces_drafts_and_waitlists_the_rest(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff")  # waitlist_unmatched
        grants = make_application(s, cohort, "mentor", expertise="grants")
        budgets = make_application(s, cohort, "mentor", expertise="budgets")
        locked = make_application(s, cohort, "mentee", interests="budgets")
        drafted = make_application(s, cohort, "mentee", interests="grants")
        waiting = make_application(s, cohort, "mentee", interests="grants", department="Nursing")
        make_draft_pairing(s, grants, locked, locked=True)
        make_draft_pairing(s, budgets, drafted)  # a draft the optimizer may replace
        proposal = propose_pairing(s, cohort.id)
        result = apply_proposal(s, proposal)
        board = board_state(s, cohort.id)
        status = s.get(Application, waiting.id).status  # type: ignore[union-attr]
        reason = s.get(Application, waiting.id).status_reason  # type: ignore[union-attr]
    assert {p.mentee_id: p.mentor_id for p in board.pairs} == {
        locked.id: grants.id,
        drafted.id: budgets.id,
    }
    assert result.kept == 1 and result.waitlisted == 1
    assert status is ApplicationStatus.WAITLISTED
    assert reason is not None and reason.startswith("No eligible mentor with free capacity")
    with db.transaction() as s:
        change_board(s, cohort.id, result.undo)
        assert s.get(Application, waiting.id).status is ApplicationStatus.SUBMITTED  # type: ignore[union-attr]


def test_exclusion_of_a_current_pair_is_refused_and_agreement_is_recorded(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s)
        mentor = make_application(s, cohort, "mentor")
        mentee = make_application(s, cohort, "mentee")
        pairing = make_draft_pairing(s, mentor, mentee)
        with pytest.raises(ConflictError, match="unassign them first"):
            add_exclusion(s, cohort.id, mentor.id, mentee.id, "conflict of interest")
        record_agreement_signed(s, pairing.id, date(2026, 9, 15))
        board = board_state(s, cohort.id)
    assert board.pairs[0].agreement_signed_on == date(2026, 9, 15)


def test_a_waitlisted_mentee_paired_by_hand_is_matched_and_undo_puts_them_back(
    db: Database,
) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff")
        mentor = make_application(s, cohort, "mentor")
        mentee = make_application(s, cohort, "mentee")
        mentee.status = ApplicationStatus.WAITLISTED
        mentee.status_reason = "No eligible mentor with free capacity"
        s.flush()
        undo = move_mentee(s, cohort.id, mentee.id, mentor.id)
        assert (mentee.status, mentor.status) == (ApplicationStatus.MATCHED,) * 2
        assert mentee.status_reason is None
        change_board(s, cohort.id, undo)
        assert mentee.status is ApplicationStatus.WAITLISTED
        assert mentee.status_reason == "No eligible mentor with free capacity"


def test_the_pairs_of_a_few_mentees_read_as_the_whole_board_shows_them(db: Database) -> None:
    """One board edit rereads only its mentees: their pairs, statuses and whether the pair
    has started are what the whole board's read says of them, and no one else comes along."""
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff")
        a = make_application(s, cohort, "mentor", capacity="2")
        b = make_application(s, cohort, "mentor", capacity="2")
        met = make_application(s, cohort, "mentee")
        fresh = make_application(s, cohort, "mentee")
        other = make_application(s, cohort, "mentee")
        make_meeting(s, make_draft_pairing(s, a, met), date(2026, 10, 1))
        make_draft_pairing(s, b, fresh)
        make_draft_pairing(s, b, other)
        ids = cohort.id, met.id, fresh.id, other.id
    cohort_id, met_id, fresh_id, other_id = ids
    with db.reading() as s:
        whole = board_pairs(s, cohort_id)
        some = board_pairs(s, cohort_id, [met_id, fresh_id])
    assert sorted(p.mentee_id for p in some.pairs) == sorted([met_id, fresh_id])
    assert set(some.statuses) == {met_id, fresh_id}
    by_mentee = {p.mentee_id: p for p in whole.pairs}
    for pair in some.pairs:
        assert pair == by_mentee[pair.mentee_id]
    assert {p.mentee_id: p.in_use for p in some.pairs} == {met_id: True, fresh_id: False}
    assert other_id in {p.mentee_id for p in whole.pairs}


def test_a_refused_suggestion_names_a_few_of_its_mentees_not_a_thousand() -> None:
    from mentordesk.core.matching.pairs import _one_of

    assert str(_one_of(["Ada Lovelace"])) == "Ada Lovelace"
    assert str(_one_of(["Ada Lovelace", "Grace Hopper"])) == "Ada Lovelace or Grace Hopper"
    many = str(_one_of([f"Mentee {i:04}" for i in range(1000)]))
    assert many == "One of the 1,000 mentees (Mentee 0000, Mentee 0001, Mentee 0002…)"
