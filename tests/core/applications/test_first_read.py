"""A window's first cohort is read ahead, while the window is still being built: the cohort
the committee named, else the one it showed last, else the first; only a big one."""

from __future__ import annotations

import pytest

from mentordesk.core.applications import first_read
from mentordesk.core.applications.first_read import FirstRead
from mentordesk.core.programs.cohorts import cohort_overviews
from mentordesk.core.storage.audit import last_change
from mentordesk.core.storage.database import Database
from tests.factories import make_application, make_cohort


@pytest.fixture
def two_rollouts(db: Database, monkeypatch: pytest.MonkeyPatch) -> tuple[int, int]:
    monkeypatch.setattr(first_read, "READ_AHEAD_FROM", 2)
    with db.transaction() as s:
        spring = make_cohort(s, name="Rollout 2026")
        autumn = make_cohort(s, name="Rollout 2027")
        for cohort in (spring, autumn, autumn):
            make_application(s, cohort, "mentee")
        make_application(s, spring, "mentor")
        return spring.id, autumn.id


def test_the_cohort_named_is_read_with_its_mentors(
    db: Database, two_rollouts: tuple[int, int]
) -> None:
    spring, _autumn = two_rollouts
    read = FirstRead(db, cohort_name="Rollout 2026")
    taken = read.take(spring)
    assert taken is not None
    rows, mentors = taken
    assert sorted(r.role.value for r in rows) == ["mentee", "mentor"]
    assert len(mentors.candidates) == 1
    assert read.take(spring) is None  # once: a reload reads afresh


def test_without_a_name_the_cohort_shown_last_is_read_else_the_first(
    db: Database, two_rollouts: tuple[int, int]
) -> None:
    _spring, autumn = two_rollouts
    shown_last = {db.name: autumn}
    assert FirstRead(db, remembered=shown_last.get).take(autumn) is not None
    with db.reading() as session:
        first = cohort_overviews(session)[0].id  # as the cohort selector lists them
    deleted_since = {db.name: 999}
    assert FirstRead(db, remembered=deleted_since.get).take(first) is not None


def test_a_read_of_another_cohort_or_of_a_small_one_is_not_given(
    db: Database, two_rollouts: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    spring, autumn = two_rollouts
    assert FirstRead(db, cohort_name="Rollout 2026").take(autumn) is None
    assert FirstRead(db, cohort_name="Rollout 1999").take(spring) is None
    monkeypatch.setattr(first_read, "READ_AHEAD_FROM", 3)
    small = FirstRead(db, cohort_name="Rollout 2026")
    assert small.take(spring) is None  # read when shown: a few milliseconds
    assert small.cohort_id is None


def test_the_read_says_which_change_it_saw(db: Database, two_rollouts: tuple[int, int]) -> None:
    read = FirstRead(db, cohort_name="Rollout 2027")
    with db.reading() as session:
        assert read.mark() == last_change(session)
