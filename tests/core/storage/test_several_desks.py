"""Two desks at once, as two real OS processes on one SQLite file and on a PostgreSQL server.

Each test starts two desk processes (``desk.py``) that try the same items at the same
moments, then accounts for every attempt: each is a success or a refusal a person can
read, never a crash, and the database afterwards holds exactly what the successes say.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from mentordesk.core.errors import ConflictError
from mentordesk.core.matching.pairs import ApplyResult, apply_proposal, change_board
from mentordesk.core.matching.solver import propose_pairing
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import Application, AuditEntry, Pairing, PairingStatus
from tests.factories import make_application, make_cohort

ROOT = Path(__file__).resolve().parents[3]
ITEMS = 12
TIMEOUT = 120  # seconds for both desks: the test is bounded even when something hangs


def _address(db: Database) -> str:
    return db.url.render_as_string(hide_password=False)


def run_desks(
    db: Database, task: str, items: dict[str, list[dict[str, Any]]]
) -> list[dict[str, Any]]:
    """Run one desk process per entry of ``items`` at once; every attempt's outcome."""
    start_at = time.time() + 2.5  # both interpreters are up and connected by then
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    desks = {
        name: subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.core.storage.desk",
                task,
                _address(db),
                str(start_at),
                json.dumps(desk_items),
                name,
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name, desk_items in items.items()
    }
    outcomes = []
    for name, process in desks.items():
        out, err = process.communicate(timeout=TIMEOUT)
        assert process.returncode == 0, f"desk {name} failed: {err}"
        lines = [json.loads(line) for line in out.splitlines()]
        assert len(lines) == len(items[name]), f"desk {name} did not report every attempt"
        outcomes.extend(lines)
    errors = [o for o in outcomes if o["outcome"] == "error"]
    assert errors == [], errors
    return outcomes


def _by_item(outcomes: list[dict[str, Any]]) -> dict[int, dict[str, dict[str, Any]]]:
    out: dict[int, dict[str, dict[str, Any]]] = {}
    for o in outcomes:
        out.setdefault(o["k"], {})[o["desk"]] = o
    return out


def test_two_desks_pairing_one_mentee_at_once_leave_exactly_one_pair(any_db: Database) -> None:
    with any_db.transaction() as s:
        cohort = make_cohort(s)
        a_items, b_items = [], []
        for k in range(ITEMS):
            mentee = make_application(s, cohort)
            mentor_a = make_application(s, cohort, "mentor")
            mentor_b = make_application(s, cohort, "mentor")
            a_items.append(
                {"k": k, "cohort": cohort.id, "mentee": mentee.id, "mentor": mentor_a.id}
            )
            b_items.append(
                {"k": k, "cohort": cohort.id, "mentee": mentee.id, "mentor": mentor_b.id}
            )
    outcomes = run_desks(any_db, "pair", {"A": a_items, "B": b_items})
    items = {"A": a_items, "B": b_items}
    with any_db.reading() as s:
        active = dict(
            s.execute(
                select(Pairing.mentee_id, Pairing.mentor_id).where(
                    Pairing.status == PairingStatus.ACTIVE
                )
            ).all()
        )
        per_mentee = Counter(
            s.scalars(select(Pairing.mentee_id).where(Pairing.status == PairingStatus.ACTIVE))
        )
    assert set(per_mentee.values()) == {1} and len(per_mentee) == ITEMS
    for k, tries in _by_item(outcomes).items():
        winners = [desk for desk, o in tries.items() if o["outcome"] == "ok"]
        assert len(winners) == 1, tries  # one desk pairs, the other is told why not
        [loser] = [o for o in tries.values() if o["outcome"] == "refused"]
        assert "already paired" in loser["message"] or "another desk" in loser["message"]
        item = items[winners[0]][k]
        assert active[item["mentee"]] == item["mentor"]


def test_two_desks_filling_one_free_place_never_overbook_the_mentor(any_db: Database) -> None:
    with any_db.transaction() as s:
        cohort = make_cohort(s)
        a_items, b_items, mentors = [], [], []
        for k in range(ITEMS):
            mentor = make_application(s, cohort, "mentor", capacity="1")
            mentee_a = make_application(s, cohort)
            mentee_b = make_application(s, cohort)
            mentors.append(mentor.id)
            a_items.append(
                {"k": k, "cohort": cohort.id, "mentee": mentee_a.id, "mentor": mentor.id}
            )
            b_items.append(
                {"k": k, "cohort": cohort.id, "mentee": mentee_b.id, "mentor": mentor.id}
            )
    outcomes = run_desks(any_db, "pair", {"A": a_items, "B": b_items})
    with any_db.reading() as s:
        load = dict(
            s.execute(
                select(Pairing.mentor_id, func.count())
                .where(Pairing.status == PairingStatus.ACTIVE)
                .group_by(Pairing.mentor_id)
            ).all()
        )
    assert load == {m: 1 for m in mentors}  # every place filled once, none twice
    for tries in _by_item(outcomes).values():
        assert sorted(o["outcome"] for o in tries.values()) == ["ok", "refused"], tries
        [loser] = [o for o in tries.values() if o["outcome"] == "refused"]
        assert "takes 1 mentee; this would make 2" in loser["message"], loser


def test_two_desks_accepting_one_suggestion_at_once_pair_each_mentee_once(
    any_db: Database,
) -> None:
    cohorts = []
    with any_db.transaction() as s:
        for _ in range(3):  # three races, one cohort each
            cohort = make_cohort(s, preset="staff")
            for _ in range(8):
                make_application(s, cohort, "mentor", capacity="2")
            for _ in range(20):
                make_application(s, cohort)
            cohorts.append(cohort.id)
    items = [{"k": k, "cohort": c} for k, c in enumerate(cohorts)]
    outcomes = run_desks(any_db, "accept", {"A": items, "B": items})
    for tries in _by_item(outcomes).values():
        # Whoever comes second finds the pairs made (and accepts nothing new), or is told.
        assert "ok" in [o["outcome"] for o in tries.values()], tries
        for o in tries.values():
            assert o["outcome"] == "ok" or "another desk" in o["message"], o
    with any_db.reading() as s:
        active = s.execute(
            select(Pairing.id, Pairing.mentee_id, Pairing.mentor_id).where(
                Pairing.status == PairingStatus.ACTIVE
            )
        ).all()
        assert len(active) == 3 * 16  # every place of every mentor, once
        assert set(Counter(m for _i, m, _r in active).values()) == {1}
        assert set(Counter(r for _i, _m, r in active).values()) == {2}
        created = Counter(
            s.scalars(
                select(AuditEntry.entity_id).where(
                    AuditEntry.entity == "pairing", AuditEntry.action == "create"
                )
            )
        )
        assert all(created[i] == 1 for i, _m, _r in active)
        paired = {side for _i, m, r in active for side in (m, r)}
        for app_id, status in s.execute(select(Application.id, Application.status)):
            expected = "matched" if app_id in paired else "waitlisted"
            assert status == expected or (status == "submitted" and app_id not in paired)


def test_two_desks_editing_one_field_lose_nothing_and_stale_saves_are_refused(
    any_db: Database,
) -> None:
    with any_db.transaction() as s:
        app = make_application(s, make_cohort(s))
        app_id, first_version = app.id, app.version
    items = {desk: [{"k": k, "application": app_id} for k in range(ITEMS)] for desk in ("A", "B")}
    outcomes = run_desks(any_db, "edit", items)
    saved = {f"{o['desk']} {o['k']}" for o in outcomes if o["outcome"] == "ok"}
    refused = [o for o in outcomes if o["outcome"] == "refused"]
    assert len(saved) + len(refused) == 2 * ITEMS  # every attempt accounted for
    with any_db.reading() as s:
        final = s.get(Application, app_id)
        assert final is not None
        written = [
            (e.changes or {})["department"][1]
            for e in s.scalars(
                select(AuditEntry)
                .where(AuditEntry.entity == "application", AuditEntry.entity_id == app_id)
                .where(AuditEntry.action == "update")
                .order_by(AuditEntry.id)
            )
        ]
        final_version, final_department = final.version, final.department
    # None lost: every save that was accepted is in the record's history, once, in order of
    # the versions; nothing refused was written.
    assert sorted(written) == sorted(saved)
    assert final_version - first_version == len(saved)
    assert final_department == written[-1]
    assert refused, "the desks never read the same version: the test proved nothing"
    for o in refused:
        assert o["kind"] in ("StaleEditError", "ConflictError"), o
        assert "changed by" in o["message"] or "at the same moment" in o["message"], o


# --- undo and redo across another desk's change ------------------------------------------


def _accepted_cohort(db: Database) -> tuple[int, ApplyResult, dict[int, int]]:
    """A rollout of six mentees and four mentors with two places each, its suggestion
    accepted here: (cohort, the accept's result with its undo, mentee -> mentor)."""
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff")
        for _ in range(4):
            make_application(s, cohort, "mentor", capacity="2")
        for _ in range(6):
            make_application(s, cohort)
        cohort_id = cohort.id
    with db.transaction(actor="desk A", note="accept all") as s:
        accepted = apply_proposal(s, propose_pairing(s, cohort_id))
    return cohort_id, accepted, active_pairs(db)


def active_pairs(db: Database) -> dict[int, int]:
    with db.reading() as s:
        return dict(
            s.execute(
                select(Pairing.mentee_id, Pairing.mentor_id).where(
                    Pairing.status == PairingStatus.ACTIVE
                )
            ).all()
        )


def _name(db: Database, application_id: int) -> str:
    with db.reading() as s:
        app = s.get(Application, application_id)
        assert app is not None
        return app.person.full_name


def _free_mentor_for(db: Database, cohort_id: int, pairs: dict[int, int], mentee: int) -> int:
    """A mentor with a free place who is not the mentee's."""
    with db.reading() as s:
        mentors = s.scalars(
            select(Application.id).where(
                Application.cohort_id == cohort_id, Application.role == "mentor"
            )
        ).all()
    load = Counter(pairs.values())
    return next(m for m in mentors if m != pairs[mentee] and load[m] < 2)


def test_undoing_accept_all_never_removes_a_pair_another_desk_made_since(
    any_db: Database,
) -> None:
    cohort_id, accepted, pairs = _accepted_cohort(any_db)
    assert len(pairs) == 6
    moved = min(pairs)
    other_mentor = _free_mentor_for(any_db, cohort_id, pairs, moved)
    item = {"k": 0, "cohort": cohort_id, "mentee": moved, "mentor": other_mentor}
    [outcome] = run_desks(any_db, "move", {"B": [item]})  # a real second desk
    assert outcome["outcome"] == "ok", outcome

    with pytest.raises(ConflictError) as refused, any_db.transaction(actor="desk A") as s:
        change_board(s, cohort_id, accepted.undo)

    assert f"{_name(any_db, moved)}'s pair was changed since" in refused.value.message
    assert "nothing was changed" in refused.value.message
    # Nothing half-done: every accepted pair is still there, desk B's pair too.
    assert active_pairs(any_db) == {**pairs, moved: other_mentor}
    with any_db.reading() as s:
        deleted = s.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.entity == "pairing", AuditEntry.action == "delete")
        )
    assert deleted == 0


def test_redoing_accept_all_never_replaces_a_pair_another_desk_made_since(
    any_db: Database,
) -> None:
    cohort_id, accepted, pairs = _accepted_cohort(any_db)
    with any_db.transaction(actor="desk A") as s:
        redo = change_board(s, cohort_id, accepted.undo)
    assert active_pairs(any_db) == {}
    first, *_ = sorted(pairs)
    item = {"k": 0, "cohort": cohort_id, "mentee": first, "mentor": pairs[first]}
    [outcome] = run_desks(any_db, "pair", {"B": [item]})
    assert outcome["outcome"] == "ok", outcome

    with pytest.raises(ConflictError) as refused, any_db.transaction(actor="desk A") as s:
        change_board(s, cohort_id, redo)

    assert f"{_name(any_db, first)}'s pair was changed since" in refused.value.message
    assert active_pairs(any_db) == {first: pairs[first]}  # desk B's pair, and nothing else


def test_a_refused_undo_names_three_of_many_changed_mentees_and_how_many_more(
    any_db: Database,
) -> None:
    cohort_id, accepted, pairs = _accepted_cohort(any_db)
    items = [
        {"k": k, "cohort": cohort_id, "mentee": mentee, "mentor": None}
        for k, mentee in enumerate(sorted(pairs)[:5])
    ]
    outcomes = run_desks(any_db, "move", {"B": items})  # desk B unassigns five of them
    assert [o["outcome"] for o in outcomes] == ["ok"] * 5, outcomes

    with pytest.raises(ConflictError) as refused, any_db.transaction(actor="desk A") as s:
        change_board(s, cohort_id, accepted.undo)

    names = sorted(_name(any_db, i["mentee"]) for i in items)
    assert refused.value.message.startswith(
        f"The pairs of {names[0]}, {names[1]}, {names[2]} and 2 more were changed since"
    )
    assert len(active_pairs(any_db)) == 1
