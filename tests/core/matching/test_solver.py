"""The committee asks MentorDesk for the best pairing of the whole cohort."""

from __future__ import annotations

import pytest

from mentordesk.core.errors import ValidationError
from mentordesk.core.matching import solver
from mentordesk.core.matching.solver import load_problem, propose_pairing, score_matrix_json, solve
from mentordesk.core.programs.cohorts import program_rules, set_program_rules
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import Evaluation, EvaluationPhase, EvaluatorRole, Exclusion
from tests.factories import make_application, make_cohort, make_draft_pairing


def test_mentee_gets_the_mentor_who_shares_their_interests(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s)
        grants = make_application(s, cohort, "mentor", expertise="grant writing, budgeting")
        crisis = make_application(s, cohort, "mentor", expertise="crisis response, title ix")
        anna = make_application(s, cohort, "mentee", interests="grant writing")
        ben = make_application(s, cohort, "mentee", interests="crisis response")
        proposal = propose_pairing(s, cohort.id)
    pairs = {p.mentee_id: p.mentor_id for p in proposal.pairs}
    assert pairs == {anna.id: grants.id, ben.id: crisis.id}
    assert proposal.unmatched == []
    assert all(0.0 <= p.score <= 1.0 for p in proposal.pairs)


def test_nobody_is_left_out_to_raise_the_others_scores(db: Database) -> None:
    # The only mentor Ann may have is the one Ben loves; Ben can also go to Carla.
    with db.transaction() as s:
        cohort = make_cohort(s)
        star = make_application(s, cohort, "mentor", expertise="leadership, grants")
        carla = make_application(s, cohort, "mentor", expertise="knitting")
        ann = make_application(s, cohort, "mentee", interests="leadership")
        ben = make_application(s, cohort, "mentee", interests="leadership, grants")
        s.add(Exclusion(cohort_id=cohort.id, mentor_id=carla.id, mentee_id=ann.id))
        s.flush()
        proposal = propose_pairing(s, cohort.id)
    pairs = {p.mentee_id: p.mentor_id for p in proposal.pairs}
    assert pairs == {ann.id: star.id, ben.id: carla.id}


def test_a_supervisor_never_mentors_their_own_staff(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff")
        boss = make_application(
            s, cohort, "mentor", email="boss@hsc.org", expertise="budgets", capacity="3"
        )
        mentee = make_application(
            s, cohort, "mentee", interests="budgets", supervisor_email="Boss@HSC.org"
        )
        by_name = make_application(
            s,
            cohort,
            "mentee",
            interests="budgets",
            supervisor_name=f"{boss.person.first_name} {boss.person.last_name}",
        )
        proposal = propose_pairing(s, cohort.id)
    assert proposal.pairs == []
    assert {u.mentee_id for u in proposal.unmatched} == {mentee.id, by_name.id}
    assert "is their supervisor" in proposal.unmatched[0].reason


def test_mentee_without_eligible_mentor_goes_to_waitlist_with_the_reason(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff")
        make_application(s, cohort, "mentor", department="Nursing", capacity="1")
        make_application(s, cohort, "mentee", department="Nursing")
        late = make_application(s, cohort, "mentee", department="Nursing")
        proposal = propose_pairing(s, cohort.id)
    assert len(proposal.pairs) == 1
    [waiting] = proposal.unmatched
    assert waiting.mentee_id in {late.id, waiting.mentee_id}
    assert waiting.reason.startswith("No eligible mentor with free capacity in Nursing")


def test_ineligible_people_are_never_paired(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s)  # association: members only, mentors with a year's experience
        make_application(s, cohort, "mentor", years_experience="0.5")
        outsider = make_application(s, cohort, "mentee", membership_id="")
        member = make_application(s, cohort, "mentee")
        proposal = propose_pairing(s, cohort.id)
    assert proposal.pairs == []
    reasons = {u.mentee_id: u.reason for u in proposal.unmatched}
    assert reasons[outsider.id].startswith("Not eligible: Mentee gave no membership number")
    assert "1 mentor is not eligible" in reasons[member.id]


def test_locked_and_confirmed_pairs_are_kept_and_fill_capacity(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s)
        poor_fit = make_application(s, cohort, "mentor", expertise="knitting")
        best = make_application(s, cohort, "mentor", expertise="grants", capacity="1")
        locked = make_application(s, cohort, "mentee", interests="grants")
        confirmed = make_application(s, cohort, "mentee", interests="grants")
        make_draft_pairing(s, poor_fit, locked, locked=True)
        make_draft_pairing(s, best, confirmed, confirmed=True)
        newcomer = make_application(s, cohort, "mentee", interests="grants")
        proposal = propose_pairing(s, cohort.id)
        matrix = score_matrix_json(load_problem(s, cohort.id))
    pairs = {p.mentee_id: (p.mentor_id, p.kept) for p in proposal.pairs}
    assert pairs[locked.id] == (poor_fit.id, True)
    assert pairs[confirmed.id] == (best.id, True)
    assert newcomer.id not in pairs  # both mentors are full
    assert sorted(matrix["locked"]) == sorted(
        [
            [locked.person.email, poor_fit.person.email],
            [confirmed.person.email, best.person.email],
        ]
    )


def test_mentee_choice_honours_the_request_over_a_higher_total(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="credential")
        rules = program_rules(cohort.program)
        rules.weights["requested"] = 0.0  # the request must win by the rule, not by weight
        set_program_rules(s, cohort.program.id, rules)
        chosen = make_application(s, cohort, "mentor", expertise="knitting", capacity="1")
        fit = make_application(s, cohort, "mentor", expertise="care coordination", capacity="1")
        mentee = make_application(
            s,
            cohort,
            "mentee",
            interests="care coordination",
            requested_mentor=chosen.person.email,
        )
        proposal = propose_pairing(s, cohort.id)
    assert {p.mentee_id: p.mentor_id for p in proposal.pairs} == {mentee.id: chosen.id}
    assert fit.id not in {p.mentor_id for p in proposal.pairs}


def test_past_evaluations_of_a_mentor_count_where_the_rules_say_so(db: Database) -> None:
    with db.transaction() as s:
        old = make_cohort(s, preset="credential")
        new = make_cohort(s, old.program)
        past_mentor = make_application(s, old, "mentor", email="praised@example.org")
        past_mentee = make_application(s, old, "mentee")
        pairing = make_draft_pairing(s, past_mentor, past_mentee)
        s.add(
            Evaluation(
                cohort_id=old.id,
                pairing_id=pairing.id,
                phase=EvaluationPhase.FINAL,
                evaluator_role=EvaluatorRole.MENTEE,
                evaluator_id=past_mentee.id,
                rating=5,
            )
        )
        praised = make_application(s, new, "mentor", email="praised@example.org")
        unknown = make_application(s, new, "mentor")
        make_application(s, new, "mentee")
        problem = load_problem(s, new.id)
    col = problem.mentor_col
    [evaluations] = [c for c in problem.explain(0, col[praised.id]) if c.name == "evaluations"]
    [unrated] = [c for c in problem.explain(0, col[unknown.id]) if c.name == "evaluations"]
    assert evaluations.value == 1.0
    assert unrated.value == 0.5
    reasons = {c.name: c.reason for c in problem.explain(0, col[praised.id])}
    assert reasons["evaluations"] == "Rated 5.0 of 5 by 1 past mentee(s)"


def test_matrix_has_null_where_a_hard_rule_forbids(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s)
        mentor = make_application(s, cohort, "mentor", capacity="2")
        ok = make_application(s, cohort, "mentee")
        excluded = make_application(s, cohort, "mentee")
        s.add(Exclusion(cohort_id=cohort.id, mentor_id=mentor.id, mentee_id=excluded.id))
        s.flush()
        problem = load_problem(s, cohort.id)
    matrix = score_matrix_json(problem)
    assert matrix["mentors"] == [{"email": mentor.person.email, "capacity": 2}]
    rows = dict(zip(matrix["mentees"], matrix["scores"], strict=True))
    assert rows[excluded.person.email] == [None]
    assert isinstance(rows[ok.person.email][0], float)
    assert "excluded" in (problem.rule_broken(excluded.id, mentor.id) or "")
    assert solve(problem).pairs[0].mentee_id == ok.id


def test_score_breakdown_adds_up_and_a_mentee_without_request_is_not_marked_down(
    db: Database,
) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s)
        mentor = make_application(s, cohort, "mentor", expertise="grants", department="Finance")
        make_application(s, cohort, "mentee", interests="grants", department="Finance")
        make_application(
            s, cohort, "mentee", interests="grants", requested_mentor="nobody@example.org"
        )
        problem = load_problem(s, cohort.id)
    j = problem.mentor_col[mentor.id]
    for i in range(2):
        parts = problem.explain(i, j)
        assert abs(sum(p.contribution for p in parts) - problem.score(i, j)) < 1e-5
        assert abs(sum(p.weight for p in parts) - 1.0) < 1e-9
    silent = next(i for i, p in enumerate(problem.mentees) if not p.requested_mentor)
    asked = 1 - silent
    assert problem.score(silent, j) > problem.score(asked, j)


def test_requests_typed_without_accents_are_honoured(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="credential")
        ingrid = make_application(
            s, cohort, "mentor", first_name="Ingrid", last_name="Sørensen", expertise="audit"
        )
        harold = make_application(
            s, cohort, "mentor", first_name="Harold", last_name="Wiśniewski", expertise="grants"
        )
        rosa = make_application(
            s, cohort, "mentor", first_name="Rosa", last_name="Adams", expertise="budgets"
        )
        # Each mentee's interests point at another mentor: only the request can decide.
        mia = make_application(
            s, cohort, "mentee", requested_mentor="Ingrid Sorensen", interests="grants"
        )
        noah = make_application(
            s, cohort, "mentee", requested_mentor="harold wisniewski", interests="budgets"
        )
        zoe = make_application(
            s, cohort, "mentee", requested_mentor="Adams, Rosa", interests="audit"
        )
        problem = load_problem(s, cohort.id)
        proposal = solve(problem)
    pairs = {p.mentee_id: p.mentor_id for p in proposal.pairs}
    assert pairs == {mia.id: ingrid.id, noah.id: harold.id, zoe.id: rosa.id}
    i, j = problem.mentee_row[mia.id], problem.mentor_col[ingrid.id]
    reason = next(c.reason for c in problem.explain(i, j) if c.name == "requested")
    assert "Ingrid Sørensen" in reason and "Ingrid Sorensen" in reason


def test_a_supervisor_typed_without_accents_still_never_mentors_their_staff(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff")
        boss = make_application(s, cohort, "mentor", first_name="Łukasz", last_name="Nowak")
        make_application(s, cohort, "mentee", supervisor_name="Nowak, Lukasz")
        problem = load_problem(s, cohort.id)
    assert problem.pairs.count == 0
    assert "supervisor" in (problem.rule_broken(problem.mentees[0].id, boss.id) or "")


def test_a_request_for_two_mentors_of_one_name_is_reported_not_guessed(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="credential")
        for email in ("alex.kim@a.example", "alex.kim@b.example"):
            make_application(s, cohort, "mentor", first_name="Alex", last_name="Kim", email=email)
        make_application(s, cohort, "mentee", requested_mentor="alex kim")
        problem = load_problem(s, cohort.id)
    assert not problem.table.requested.any()
    reason = next(c.reason for c in problem.table.explain(0, 0) if c.name == "requested")
    assert "could be Alex Kim or Alex Kim" in reason


def test_a_call_too_big_to_weigh_is_refused_before_any_scoring_with_the_count(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A university-wide call whose rules allow more pairs than one computer can weigh is
    told so in a sentence (not stopped by the system for lack of memory); pairs the rules
    forbid do not count."""
    monkeypatch.setattr(solver, "MOST_ALLOWED_PAIRS", 5)
    with db.transaction() as s:
        cohort = make_cohort(s)
        mentors = [make_application(s, cohort, "mentor") for _ in range(3)]
        mentees = [make_application(s, cohort, "mentee") for _ in range(2)]
        cohort_id = cohort.id
    with db.reading() as s, pytest.raises(ValidationError, match="cannot weigh 6 possible"):
        propose_pairing(s, cohort_id)
    with db.transaction() as s:
        s.add(Exclusion(cohort_id=cohort_id, mentor_id=mentors[0].id, mentee_id=mentees[0].id))
    with db.reading() as s:
        assert len(propose_pairing(s, cohort_id).pairs) == 2  # 5 allowed: weighed
