"""`pair` and `unpair` beside another desk: real processes on one SQLite file and on a
PostgreSQL server. Neither command replaces or ends a pair another desk made a moment ago
without being told to; `--expect-mentor` refuses (exit 3, one line) when it is no longer
the pair the committee member saw."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import Pairing
from tests.core.storage.test_several_desks import ITEMS, active_pairs, run_desks
from tests.factories import make_application, make_cohort

ROOT = Path(__file__).resolve().parents[2]


def mentordesk(db: Database, *argv: str) -> subprocess.CompletedProcess[str]:
    """The command line in a process of its own, as a committee member runs it."""
    address = db.url.render_as_string(hide_password=False)
    return subprocess.run(
        [sys.executable, "-m", "mentordesk", "--db", address, *argv],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_pair_and_unpair_never_replace_a_pair_another_desk_made_a_moment_ago(
    any_db: Database,
) -> None:
    with any_db.transaction() as s:
        cohort = make_cohort(s, name="Fall 2026", preset="staff")
        grace = make_application(
            s, cohort, "mentor", email="grace@hsc.org", first_name="Grace", last_name="Hopper"
        )
        alan = make_application(
            s, cohort, "mentor", email="alan@hsc.org", first_name="Alan", last_name="Turing"
        )
        ada = make_application(
            s, cohort, email="ada@hsc.org", first_name="Ada", last_name="Lovelace"
        )
        ids = {"cohort": cohort.id, "grace": grace.id, "alan": alan.id, "ada": ada.id}
    seen = mentordesk(any_db, "pair", "--cohort", "Fall 2026", "ada@hsc.org", "grace@hsc.org")
    assert seen.returncode == 0, seen.stderr
    # Desk B, a window's drag in a process of its own, moves Ada to Alan.
    item = {"k": 0, "cohort": ids["cohort"], "mentee": ids["ada"], "mentor": ids["alan"]}
    [other] = run_desks(any_db, "move", {"B": [item]})
    assert other["outcome"] == "ok", other

    # This committee member still thinks Ada is with Grace.
    ended = mentordesk(
        any_db, "unpair", "--cohort", "Fall 2026", "ada@hsc.org", "--reason", "clash",
        "--expect-mentor", "grace@hsc.org",
    )  # fmt: skip
    again = mentordesk(any_db, "pair", "--cohort", "Fall 2026", "ada@hsc.org", "grace@hsc.org")

    assert ended.returncode == 3 and ended.stdout == ""
    [line] = ended.stderr.splitlines()
    assert line.startswith(
        "mentordesk: Ada Lovelace's mentor is Alan Turing now, not Grace Hopper (paired by B on "
    ), line
    assert line.endswith("; nothing was changed")
    assert again.returncode == 1
    assert again.stderr.splitlines() == [
        "mentordesk: Ada Lovelace is already paired with Alan Turing; unpair them first, "
        "or move them to Grace Hopper (pair --move)"
    ]
    assert active_pairs(any_db) == {ids["ada"]: ids["alan"]}  # desk B's pair stands

    # Told to move her, from the pair now shown: done, in one line.
    moved = mentordesk(
        any_db, "pair", "--cohort", "Fall 2026", "ada@hsc.org", "grace@hsc.org", "--move",
        "--expect-mentor", "Alan Turing",
    )  # fmt: skip
    assert moved.returncode == 0, moved.stderr
    assert moved.stdout.startswith(
        "Moved Ada Lovelace from Alan Turing to Grace Hopper in Fall 2026"
    )
    assert active_pairs(any_db) == {ids["ada"]: ids["grace"]}


def test_two_desks_moving_one_mentee_from_the_pair_both_saw_move_them_once(
    any_db: Database,
) -> None:
    """`pair --move --expect-mentor` at two desks at the same moments, to two mentors: one
    move wins each time; the other is told whose pair it is now, never moves it again."""
    with any_db.transaction() as s:
        cohort = make_cohort(s)
        a_items, b_items = [], []
        for k in range(ITEMS):
            mentee = make_application(s, cohort)
            first = make_application(s, cohort, "mentor")
            to_a = make_application(s, cohort, "mentor")
            to_b = make_application(s, cohort, "mentor")
            s.add(Pairing(cohort_id=cohort.id, mentee=mentee, mentor=first))
            s.flush()
            item = {"k": k, "cohort": cohort.id, "mentee": mentee.id, "move": True}
            a_items.append({**item, "mentor": to_a.id, "expect": first.id})
            b_items.append({**item, "mentor": to_b.id, "expect": first.id})

    outcomes = run_desks(any_db, "pair", {"A": a_items, "B": b_items})

    assert len(outcomes) == 2 * ITEMS  # every attempt accounted for
    pairs = active_pairs(any_db)
    for k in range(ITEMS):
        tries = {o["desk"]: o for o in outcomes if o["k"] == k}
        assert sorted(o["outcome"] for o in tries.values()) == ["ok", "refused"], tries
        [winner] = [desk for desk, o in tries.items() if o["outcome"] == "ok"]
        [loser] = [o for o in tries.values() if o["outcome"] == "refused"]
        said = loser["message"]
        assert "now, not" in said or "another desk" in said or "same moment" in said, loser
        won = (a_items if winner == "A" else b_items)[k]
        assert pairs[won["mentee"]] == won["mentor"]
