"""Mid-point and close-out evaluations: forms are the program's data, answers typed or imported."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import event

from mentordesk.core.applications.importing import read_sheet
from mentordesk.core.errors import ValidationError
from mentordesk.core.matching.evaluations import (
    EvaluationEntry,
    cohort_evaluations,
    cohort_forms,
    import_evaluations,
    propose_evaluation_mapping,
    record_evaluation,
)
from mentordesk.core.matching.solver import mentor_ratings_by_person
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import Evaluation
from tests.factories import make_application, make_cohort, make_pairing


def test_each_preset_ships_its_forms_as_its_rules_describe(db: Database) -> None:
    with db.transaction() as s:
        staff = make_cohort(s, preset="staff")
        credential = make_cohort(s, preset="credential")
        association = make_cohort(s, preset="association")
        kinds = {
            name: {(f.phase, f.evaluator, f.about) for f in cohort_forms(s, c.id)}
            for name, c in (
                ("staff", staff),
                ("credential", credential),
                ("association", association),
            )
        }
    both = {(p, r, None) for p in ("midpoint", "closeout") for r in ("mentor", "mentee")}
    assert kinds["association"] == both
    assert kinds["staff"] == both | {("closeout", "supervisor", None)}
    assert kinds["credential"] == {(p, "mentee", "mentor") for p in ("midpoint", "closeout")} | {
        (p, "mentor", "mentee") for p in ("midpoint", "closeout")
    }


def test_a_typed_evaluation_is_checked_and_a_resubmission_replaces_it(db: Database) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff")
        mentee = make_application(s, cohort, "mentee", supervisor_email="boss@example.org")
        pair = make_pairing(s, cohort, mentee=mentee)
        pair_id, cohort_id = pair.id, pair.cohort_id
    entry = EvaluationEntry(pair_id, "midpoint", "mentee", {"overall": "4", "meetings": 5})
    with db.transaction() as s:
        record_evaluation(s, entry)
    with pytest.raises(ValidationError, match="not a rating from 1 to 5"), db.transaction() as s:
        record_evaluation(s, EvaluationEntry(pair_id, "midpoint", "mentee", {"overall": "7"}))
    with db.transaction() as s:
        record_evaluation(s, EvaluationEntry(pair_id, "midpoint", "mentee", {"overall": 2}))
    with db.reading() as s:
        [evaluation] = s.query(Evaluation).all()
        report = cohort_evaluations(s, cohort_id)
    assert (evaluation.rating, evaluation.answers) == (2, {"overall": 2})
    assert report.pairs[0].missing == [
        "midpoint/mentor",
        "closeout/mentee",
        "closeout/mentor",
        "closeout/supervisor",
    ]


SURVEY = """Timestamp,Email Address,Your partner's email,"Overall, how satisfied are you with the mentoring partnership?",We meet as often as we agreed.,What is going well?
2027-01-20 10:00:00,{mentee},,5 - Very satisfied,4,Everything
2027-01-21 11:30:00,{mentor},,4,4,Good talks
2027-01-22 09:00:00,stranger@example.org,,3,3,
2027-01-22 09:05:00,{mentee2},,nine,3,
"""


def test_a_survey_export_is_imported_row_by_row_and_feeds_future_matching(
    db: Database, tmp_path: Path
) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff")
        mentor = make_application(s, cohort, "mentor")
        pair = make_pairing(s, cohort, mentor=mentor)
        other = make_pairing(s, cohort)
        cohort_id = cohort.id
        emails = {
            "mentee": pair.mentee.person.email,
            "mentor": mentor.person.email,
            "mentee2": other.mentee.person.email,
        }
        mentor_person = mentor.person_id
    path = tmp_path / "midpoint.csv"
    path.write_text(SURVEY.format(**emails), encoding="utf-8")
    sheet = read_sheet(path)
    with db.transaction() as s:
        forms = [f for f in cohort_forms(s, cohort_id) if f.phase == "midpoint"]
        mapping = propose_evaluation_mapping(sheet.headers, forms)
        assert mapping == {
            "Timestamp": "submitted_at",
            "Email Address": "evaluator_email",
            "Your partner's email": "about_email",
            "Overall, how satisfied are you with the mentoring partnership?": "q:overall",
            "We meet as often as we agreed.": "q:meetings",
            "What is going well?": "q:going_well",
        }
        result = import_evaluations(s, cohort_id, sheet, "midpoint", mapping)
    assert (result.imported, result.replaced) == (2, 0)
    assert [(p.row, p.reason) for p in result.problems] == [
        (4, "stranger@example.org is not in a pair of " + sheet_cohort_name(db, cohort_id)),
        (5, "'Overall, how satisfied are you with the mentoring partnership?': 'nine' is not "
            "a rating from 1 to 5"),
    ]  # fmt: skip
    with db.reading() as s:
        report = cohort_evaluations(s, cohort_id)
        by_question = {(q.evaluator, q.key): q for q in report.questions if q.phase == "midpoint"}
        assert (
            by_question["mentee", "overall"].answers,
            by_question["mentee", "overall"].average,
        ) == (1, 5.0)
        assert by_question["mentor", "meetings"].counts == (0, 0, 0, 1, 0)
        # The mentee's overall rating of the pair is what the mentor's future matching reads.
        assert mentor_ratings_by_person(s, {mentor_person}) == {mentor_person: [5]}


def sheet_cohort_name(db: Database, cohort_id: int) -> str:
    from mentordesk.core.programs.cohorts import get_cohort

    with db.reading() as s:
        return get_cohort(s, cohort_id).name


def test_the_partners_email_column_is_told_apart_from_the_evaluators_wherever_it_stands(
    db: Database,
) -> None:
    with db.transaction() as s:
        forms = cohort_forms(s, make_cohort(s, preset="credential").id)
    mapping = propose_evaluation_mapping(
        ["Your partner's email", "Email", "Overall, how would you rate your mentor?"], forms
    )
    assert list(mapping.values()) == ["about_email", "evaluator_email", "q:overall"]


def test_the_evaluations_report_reads_the_pairs_as_rows_and_asks_supervisors_only_where_named(
    db: Database,
) -> None:
    # A cohort of 20,000 has 6,667 pairs: loaded as objects with their people, they took 4 s.
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff")
        supervised = make_pairing(
            s,
            cohort,
            mentee=make_application(
                s, cohort, "mentee", first_name="Ada", last_name="Byron", supervisor_name="Dr Li"
            ),
            mentor=make_application(s, cohort, "mentor", first_name="Zoë", last_name="Ng"),
        )
        alone = make_pairing(
            s,
            cohort,
            mentee=make_application(s, cohort, "mentee", first_name="Bo", last_name="Chan"),
            mentor=make_application(s, cohort, "mentor", first_name="Al", last_name="Ruiz"),
        )
        cohort_id, supervised_id, alone_id = cohort.id, supervised.id, alone.id
    with db.transaction() as s:
        record_evaluation(s, EvaluationEntry(alone_id, "midpoint", "mentor", {"overall": 5}))
    loaded: set[str] = set()
    with db.reading() as s:
        event.listen(s, "loaded_as_persistent", lambda _s, obj: loaded.add(type(obj).__name__))
        report = cohort_evaluations(s, cohort_id)
    assert not loaded & {"Pairing", "Application", "Person", "Evaluation"}
    assert [(p.pairing_id, p.label, p.mentor, p.mentee) for p in report.pairs] == [
        (supervised_id, "Ada Byron & Zoë Ng", "Zoë Ng", "Ada Byron"),
        (alone_id, "Bo Chan & Al Ruiz", "Al Ruiz", "Bo Chan"),
    ]
    ada, bo = report.pairs
    assert "closeout/supervisor" in ada.missing and "closeout/supervisor" not in bo.expected
    assert bo.received == {"midpoint/mentor": 5}
    assert report.received == 1
