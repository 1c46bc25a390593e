"""The staff demo cohort run to its end: late applicants waitlisted, a resignation, a rematch
(and a second one refused), evaluations in, the waitlist carried into the next rollout,
close-out, an import refused, and the purge that keeps every count and leaves no name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from mentordesk.cli import main
from mentordesk.core.applications.records import add_application
from mentordesk.core.documents.closeout import summary_figures
from mentordesk.core.documents.summary import cohort_summary
from mentordesk.core.errors import RuleViolation
from mentordesk.core.matching.pairs import apply_proposal, resign
from mentordesk.core.matching.rematch import plan_rematch, rematch
from mentordesk.core.matching.solver import propose_pairing
from mentordesk.core.programs.cohorts import find_cohort
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import (
    Application,
    ApplicationStatus,
    Cohort,
    CohortStatus,
    Pairing,
    PairingStatus,
    Person,
)
from mentordesk.demo.cohorts import build_demo
from tests.factories import make_evaluation


def cli(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_staff_demo_cohort_runs_to_its_end(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    db = Database(db_path)
    with db.transaction() as s:
        build_demo(s)
        cohort = find_cohort(s, "Rollout 2026")
        cohort_id, program = cohort.id, cohort.program.name
        # Three late applicants: every mentor's slots are taken, so they wait.
        for n, name in enumerate(("Linnea Farrowby", "Osric Pemberton", "Yusra Halvorsen")):
            first, last = name.split()
            add_application(
                s,
                cohort,
                {
                    "first_name": first,
                    "last_name": last,
                    "email": f"late{n}@hsc.example",
                    "role": "mentee",
                    "organization": "HSC",
                    "employment_type": "staff",
                    "supervisor_name": "Pat Morales",
                    "supervisor_approved": "yes",
                    "consent": "yes",
                    "interests": "budgeting",
                },
            )
        apply_proposal(s, propose_pairing(s, cohort_id))
        waitlisted = set(
            s.scalars(
                select(Application.id).where(
                    Application.cohort_id == cohort_id,
                    Application.status == ApplicationStatus.WAITLISTED,
                )
            )
        )
    assert len(waitlisted) == 3

    # A resignation: the pair ends, the slot frees up.
    with db.transaction() as s:
        pairs = list(
            s.scalars(
                select(Pairing)
                .where(Pairing.cohort_id == cohort_id, Pairing.status == PairingStatus.ACTIVE)
                .order_by(Pairing.id)
            )
        )
        leaving = pairs[0]
        resign(s, leaving.mentee_id, "Took a job at another university")
        rematched = pairs[1]
    # A rematch into the freed slot; the second one is refused before any question.
    with db.reading() as s:
        plan = plan_rematch(s, rematched.id)
    assert plan.best is not None and plan.best.mentor_id != rematched.mentor_id
    with db.transaction() as s:
        rematch(s, rematched.id, "Schedules never matched", plan.best.mentor_id)
    with db.reading() as s:
        new_pair = s.scalar(
            select(Pairing).where(
                Pairing.mentee_id == rematched.mentee_id, Pairing.status == PairingStatus.ACTIVE
            )
        )
        assert new_pair is not None
        with pytest.raises(RuleViolation, match="has had 1 rematch"):
            plan_rematch(s, new_pair.id)

    # Mid-point and close-out evaluations from everyone, supervisors too; agreements signed.
    with db.transaction() as s:
        for pairing in s.scalars(
            select(Pairing).where(
                Pairing.cohort_id == cohort_id, Pairing.status == PairingStatus.ACTIVE
            )
        ):
            cohort = s.get(Cohort, cohort_id)
            assert cohort is not None
            for phase in ("midpoint", "closeout"):
                for role, who in (("mentee", pairing.mentee_id), ("mentor", pairing.mentor_id)):
                    make_evaluation(
                        s, cohort, pairing, phase=phase, role=role, evaluator_id=who, rating=4
                    )
            make_evaluation(s, cohort, pairing, phase="closeout", role="supervisor", rating=5)
            pairing.agreement_signed_on = cohort.start_date
    db.close()

    # The next rollout takes the waitlisted mentees along.
    code, out, _ = cli(
        capsys, db_path, "cohort", "create", "Rollout 2027", "--program", program,
        "--start", "2027-09-13", "--end", "2028-05-12", "--carry-over-from", "Rollout 2026",
    )  # fmt: skip
    assert code == 0 and "carried 3 waitlisted mentees" in out

    code, out, _ = cli(capsys, db_path, "cohort", "close", "Rollout 2026", "--check")
    assert code == 0 and "nothing is missing" in out
    code, out, _ = cli(capsys, db_path, "cohort", "close", "Rollout 2026")
    assert code == 0 and "Closed 'Rollout 2026'" in out

    late = tmp_path / "late.csv"
    late.write_text("Email,Role,Organization\nlate@hsc.example,mentee,HSC\n", encoding="utf-8")
    code, _, err = cli(capsys, db_path, "import", str(late), "--cohort", "Rollout 2026")
    assert code != 0 and err.count("\n") == 1 and "'Rollout 2026' is closed" in err

    db = Database(db_path)
    with db.reading() as s:
        before = summary_figures(cohort_summary(s, cohort_id))
        carried_people = set(
            s.scalars(select(Application.person_id).where(Application.id.in_(waitlisted)))
        )
        people = list(
            s.scalars(select(Person).join(Application).where(Application.cohort_id == cohort_id))
        )
        # Names stay where they belong to someone else: another program, or the carried.
        elsewhere = {
            p.last_name
            for p in s.scalars(select(Person))
            if p.id in carried_people or p not in people
        }
    db.close()
    purged = [p for p in people if p.id not in carried_people]
    assert len(purged) == 20 + 28  # the demo's mentors and mentees
    # A person's row keeps first and last name side by side in the file; addresses are
    # unique; and a last name no one else has must be gone from the audit log's JSON too.
    names = [p.first_name + p.last_name for p in purged]
    names += [p.last_name for p in purged if p.last_name not in elsewhere]
    emails = [p.email for p in purged]

    code, out, _ = cli(capsys, db_path, "cohort", "purge", "Rollout 2026", "--yes", "--json")
    assert code == 0 and json.loads(out)["kept_people"] == 3

    db = Database(db_path)
    with db.reading() as s:
        after = summary_figures(cohort_summary(s, cohort_id))
        closed = s.get(Cohort, cohort_id)
        assert closed is not None and closed.status is CohortStatus.CLOSED
        assert closed.purged_at is not None
        next_cohort = find_cohort(s, "Rollout 2027")
        carried = {a.carried_from_id for a in next_cohort.applications}
        kept_names = {a.person.full_name for a in next_cohort.applications}
    db.close()
    for key in ("counts", "match_rate", "terms", "workshops", "evaluations", "score_mean"):
        assert after[key] == before[key], key
    assert carried == waitlisted
    assert kept_names == {"Linnea Farrowby", "Osric Pemberton", "Yusra Halvorsen"}

    data = db_path.read_bytes() + b"".join(
        p.read_bytes() for p in db_path.parent.glob(db_path.name + "-*")
    )
    left = [text for text in (*names, *emails) if text.encode() in data]
    assert left == []
    assert b"Took a job at another university" not in data
    assert b"LinneaFarrowby" in data  # carried into the next rollout, so still there
