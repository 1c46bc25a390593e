"""The benchmarks' cohorts are built on the ids the database gives, also in a file that has
lost people (ids are never reused), so a benchmark never measures a cohort of wrong rows."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from sqlalchemy import delete, select

from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import Application, Person

BENCH = Path(__file__).resolve().parents[1] / "bench"


@pytest.fixture
def bench_applicants(monkeypatch: pytest.MonkeyPatch) -> object:
    monkeypatch.syspath_prepend(str(BENCH))
    return importlib.import_module("bench_applicants")


def test_a_second_benchmark_cohort_after_people_left_links_each_application_to_its_person(
    db: Database, bench_applicants: object
) -> None:
    fill = bench_applicants.fill  # type: ignore[attr-defined]
    fill(db, 30, name="First")
    with db.transaction() as s:  # the last ten people leave; their ids are not given again
        s.info["audit_disabled"] = True
        gone = s.scalars(select(Person.id).order_by(Person.id.desc()).limit(10)).all()
        s.execute(delete(Application).where(Application.person_id.in_(gone)))
        s.execute(delete(Person).where(Person.id.in_(gone)))

    cohort_id = fill(db, 30, name="Second")

    with db.reading() as s:
        emails = s.scalars(
            select(Person.email)
            .join(Application, Application.person_id == Person.id)
            .where(Application.cohort_id == cohort_id)
            .order_by(Application.id)
        ).all()
    assert emails == [f"Second.p{i}@example.org" for i in range(30)]
