"""Two desks editing fields of one application at once, as two real OS processes, on one
SQLite file and on a PostgreSQL server: a field edit is refused only when that field is no
longer what the desk showed; edits of different fields both save, each keeping the other's."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import Application, AuditEntry
from tests.core.storage.test_several_desks import ITEMS, _by_item, run_desks
from tests.factories import make_application, make_cohort


def _history(db: Database, entity: str, entity_id: int, field: str) -> list[Any]:
    """Every value the log says ``field`` was changed to, oldest first."""
    with db.reading() as s:
        return [
            (e.changes or {})[field][1]
            for e in s.scalars(
                select(AuditEntry)
                .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
                .where(AuditEntry.action == "update")
                .order_by(AuditEntry.id)
            )
            if field in (e.changes or {})
        ]


def _one_edit(
    db: Database, desk: str, app_id: int, field: str, value: str, shown: str | None = None
) -> dict[str, Any]:
    """One desk saves one field edit (with ``shown``: an undo, the field as its step left
    it); that attempt's outcome."""
    item: dict[str, Any] = {"k": 0, "application": app_id, "field": field, "value": value}
    if shown is not None:
        item["shown"] = shown
    [outcome] = run_desks(db, "edit_field", {desk: [item]})
    return outcome


def test_two_desks_editing_different_fields_of_one_application_both_save(
    any_db: Database,
) -> None:
    with any_db.transaction() as s:
        app = make_application(s, make_cohort(s))
        app_id, person_id = app.id, app.person_id
    items = {
        "A": [
            {"k": k, "application": app_id, "field": "department", "value": f"Ward {k}"}
            for k in range(ITEMS)
        ],
        "B": [
            {"k": k, "application": app_id, "field": "phone", "value": f"555-01{k:02d}"}
            for k in range(ITEMS)
        ],
    }
    outcomes = run_desks(any_db, "edit_field", items)

    # Every attempt is accounted for, and none was refused: nothing either desk saw changed.
    assert len(outcomes) == 2 * ITEMS
    assert [o for o in outcomes if o["outcome"] != "ok"] == []
    with any_db.reading() as s:
        final = s.get(Application, app_id)
        assert final is not None
        department, phone = final.department, final.person.phone
    # Each desk's edits are all in the log, in order, and the record holds both last ones.
    assert _history(any_db, "application", app_id, "department") == [
        f"Ward {k}" for k in range(ITEMS)
    ]
    assert _history(any_db, "person", person_id, "phone") == [
        f"555-01{k:02d}" for k in range(ITEMS)
    ]
    assert (department, phone) == (f"Ward {ITEMS - 1}", f"555-01{ITEMS - 1:02d}")


def test_two_desks_editing_one_field_refuse_only_a_save_over_an_unseen_value(
    any_db: Database,
) -> None:
    with any_db.transaction() as s:
        app = make_application(s, make_cohort(s), department="Pharmacy")
        app_id = app.id
    items = {
        desk: [
            {
                "k": k,
                "at": k * 0.3,  # each a read, a pause and a save: kept in step under load
                "application": app_id,
                "field": "department",
                "value": f"{desk} {k}",
            }
            for k in range(ITEMS)
        ]
        for desk in ("A", "B")
    }
    outcomes = run_desks(any_db, "edit_field", items)

    saved = [f"{o['desk']} {o['k']}" for o in outcomes if o["outcome"] == "ok"]
    refused = [o for o in outcomes if o["outcome"] == "refused"]
    assert len(saved) + len(refused) == 2 * ITEMS  # every attempt accounted for
    written = _history(any_db, "application", app_id, "department")
    # Nothing refused was written, nothing accepted was lost.
    assert sorted(written) == sorted(saved)
    with any_db.reading() as s:
        final = s.get(Application, app_id)
        assert final is not None
        assert final.department == written[-1]
    assert refused, "the desks never showed the same value: the test proved nothing"
    for o in refused:
        # The refusal names the field, who changed it and to what.
        assert o["kind"] == "StaleEditError", o
        assert "was changed by" in o["message"] and "Department:" in o["message"], o
        assert "nothing was saved" in o["message"], o
    for tries in _by_item(outcomes).values():
        assert "ok" in [o["outcome"] for o in tries.values()], tries  # one of each pair saves


def test_undoing_a_field_edit_keeps_another_desks_later_edit_of_another_field(
    any_db: Database,
) -> None:
    with any_db.transaction() as s:
        app = make_application(s, make_cohort(s), department="Pharmacy", location="Leeds")
        app_id = app.id
    mine = _one_edit(any_db, "A", app_id, "department", "Nursing")
    theirs = _one_edit(any_db, "B", app_id, "location", "York")
    # Desk A undoes its edit: the department as its step left it goes back to what it was.
    undo = _one_edit(any_db, "A", app_id, "department", "Pharmacy", shown="Nursing")
    assert [mine["outcome"], theirs["outcome"], undo["outcome"]] == ["ok"] * 3, undo
    with any_db.reading() as s:
        final = s.get(Application, app_id)
        assert final is not None
        assert (final.department, final.location) == ("Pharmacy", "York")


def test_undoing_a_field_edit_another_desk_changed_since_is_refused_with_their_change(
    any_db: Database,
) -> None:
    with any_db.transaction() as s:
        app = make_application(s, make_cohort(s), department="Pharmacy")
        app_id = app.id
    _one_edit(any_db, "A", app_id, "department", "Nursing")
    _one_edit(any_db, "B", app_id, "department", "Oncology")
    undo = _one_edit(any_db, "A", app_id, "department", "Pharmacy", shown="Nursing")
    assert undo["outcome"] == "refused", undo
    assert "was changed by B" in undo["message"], undo
    assert "Department: Nursing → Oncology" in undo["message"], undo
    with any_db.reading() as s:
        final = s.get(Application, app_id)
        assert final is not None and final.department == "Oncology"
