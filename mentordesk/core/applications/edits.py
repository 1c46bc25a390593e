"""Optimistic concurrency for the committee's edits: a save made on an old reading is refused.

Every application carries a version that each change raises (the database refuses an
UPDATE whose version moved meanwhile). A desk saves with the version it read; when that
is no longer the record's, the save is refused with the other change found in the
audit log (who, when, each field old → new), so nobody's work is overwritten silently.

A desk's edit of one field (and its undo) is checked by that field's content instead
(``refuse_if_field_changed``): two desks correcting different fields of one application
both save, each keeping the other's, and only a field that is no longer what the desk
showed is refused.

Statuses and eligibility decisions are checked by content too
(``refuse_if_statuses_changed``, ``refuse_if_decisions_changed``): a step that decides
them (a status set on a selection, a whole suggestion's waitlist, an override) carries
each as it saw or left it, so that its undo and redo are refused when another desk
withdrew, declined, accepted or decided someone meanwhile, while an edit of a
department, which raises the version too, stands in no one's way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.core.applications.fields import FIELDS_BY_NAME, Kind, display_value
from mentordesk.core.errors import DecisionsChangedError, StaleEditError, StatusesChangedError
from mentordesk.core.sentences import GroupedCount, Sentence, Word
from mentordesk.core.storage.audit_trail import last_changed_by, on_clock
from mentordesk.core.storage.models import (
    Application,
    ApplicationStatus,
    AuditEntry,
    EligibilityOverride,
)

_STATUSES = frozenset(status.value for status in ApplicationStatus)

#: Columns every change touches; they say nothing to a person about what changed.
_BOOKKEEPING = {"version", "updated_at", "status_changed_at"}


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str
    old: Any
    new: Any
    timezone: str = "UTC"  # the cohort's: a time is stored in UTC and shown in it

    def describe(self) -> str:
        """ "Department: Finance → Payroll" (a Sentence: the window says the label, a yes
        or no and a status in its language; what a committee typed stays as typed)."""
        return Sentence(
            "%1: %2 → %3", (Word(self.label), self._shown(self.old), self._shown(self.new))
        )

    def _shown(self, value: Any) -> str:
        spec = FIELDS_BY_NAME.get(self.field)
        if spec is not None and spec.kind is Kind.DATETIME and value is not None:
            try:
                zone: Any = ZoneInfo(self.timezone)
            except (ZoneInfoNotFoundError, ValueError):
                zone = UTC
            return str(on_clock(value, zone))
        if self.field == "status" and value in _STATUSES:
            return Sentence(str(value))  # as a refusal names it ("withdrawn")
        shown = display_value(value) or "–"
        return Word(shown) if isinstance(value, (bool, StrEnum)) else shown


@dataclass(frozen=True)
class OtherChange:
    """Someone else's change to a record since it was read."""

    record: str  # the person's name
    actor: str
    at: datetime | None
    version: int  # the record's version now
    changes: list[FieldChange] = field(default_factory=list)
    timezone: str = "UTC"  # the cohort's: ``at`` is stored in UTC and shown in it

    @property
    def local_at(self) -> datetime | None:
        """When the other change was made, on the cohort's clock (naive)."""
        if self.at is None:
            return None
        try:
            zone: Any = ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            zone = UTC
        return self.at.replace(tzinfo=UTC).astimezone(zone).replace(tzinfo=None)

    def describe(self) -> str:
        """ "Ana Ruiz was changed by marie on 2026-11-30 at 14:02 (Department: – → HR)", a
        Sentence the window says in its language."""
        what: str = Sentence("no field a person edits")
        for number, change in enumerate(self.changes):  # "a; b; c", each one a Sentence
            what = (
                change.describe() if number == 0 else Sentence("%1; %2", (what, change.describe()))
            )
        if self.local_at is None:
            return Sentence("%1 was changed by %2 (%3)", (self.record, self.actor, what))
        return Sentence(
            "%1 was changed by %2 on %3 at %4 (%5)",
            (
                self.record,
                self.actor,
                f"{self.local_at:%Y-%m-%d}",
                f"{self.local_at:%H:%M}",
                what,
            ),
        )


def _label(name: str) -> str:
    spec = FIELDS_BY_NAME.get(name)
    return spec.label if spec is not None else name.replace("_", " ")


def other_change(session: Session, app: Application, since_version: int) -> OtherChange:
    """What changed ``app`` after ``since_version``, from the audit log (newest change last)."""
    entries = list(
        session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity == "application", AuditEntry.entity_id == app.id)
            .order_by(AuditEntry.id.desc())
            .limit(50)
        )
    )
    later = []
    for entry in entries:
        version = (entry.changes or {}).get("version")
        if not version or version[1] is None or int(version[1]) <= since_version:
            continue
        later.append(entry)
    later.reverse()
    changes: dict[str, FieldChange] = {}
    for entry in later:
        for name, (old, new) in (entry.changes or {}).items():
            if name in _BOOKKEEPING:
                continue
            first = changes.get(name)
            changes[name] = FieldChange(
                name, _label(name), first.old if first else old, new, app.cohort.timezone
            )
    # A name or an address lives on the person: their entries close to the same moment.
    if later:
        start = (later[0].at or datetime.min) - timedelta(seconds=2)
        end = (later[-1].at or datetime.max) + timedelta(seconds=2)
        actors = {e.actor for e in later}
        for entry in session.scalars(
            select(AuditEntry)
            .where(
                AuditEntry.entity == "person",
                AuditEntry.entity_id == app.person_id,
                AuditEntry.at >= start,
                AuditEntry.at <= end,
            )
            .order_by(AuditEntry.id)
        ):
            if entry.actor not in actors:
                continue
            for name, (old, new) in (entry.changes or {}).items():
                first = changes.get(name)
                changes[name] = FieldChange(
                    name, _label(name), first.old if first else old, new, app.cohort.timezone
                )
    elif entries:
        # Only the person changed (a name, an address): the log has no application entry for
        # the version it raised. Their entries since the last application entry this desk saw.
        seen = next(
            (e for e in entries if int(((e.changes or {}).get("version") or [0, 0])[1] or 0)
             <= since_version),
            None,
        )  # fmt: skip
        query = select(AuditEntry).where(
            AuditEntry.entity == "person", AuditEntry.entity_id == app.person_id
        )
        if seen is not None:
            query = query.where(AuditEntry.id > seen.id)
        later = list(session.scalars(query.order_by(AuditEntry.id)))
        for entry in later:
            for name, (old, new) in (entry.changes or {}).items():
                first = changes.get(name)
                changes[name] = FieldChange(
                    name, _label(name), first.old if first else old, new, app.cohort.timezone
                )
    last = later[-1] if later else None
    return OtherChange(
        record=app.person.full_name or app.person.email,
        actor=last.actor if last else Sentence("another desk"),
        at=last.at if last else None,
        version=app.version,
        changes=list(changes.values()),
        timezone=app.cohort.timezone,
    )


def check_version(session: Session, app: Application, expected: int | None) -> None:
    """Refuse (StaleEditError, exit status 3) when ``app`` is no longer at ``expected``."""
    if expected is None or app.version == expected:
        return
    other = other_change(session, app, expected)
    raise StaleEditError(
        Sentence(
            "%1; it is at version %2, not %3. Nothing was saved",
            (other.describe(), str(app.version), str(expected)),
        ),
        other,
        app.version,
    )


#: "The desk showed nothing": a save that checks the version only, or nothing at all.
UNSEEN: Any = object()


def field_value(app: Application, name: str) -> Any:
    """The stored value of one of the committee's fields (the person's or the application's)."""
    spec = FIELDS_BY_NAME.get(name)
    holder: Any = app.person if spec is not None and spec.on_person else app
    return getattr(holder, name)


def _same(a: Any, b: Any) -> bool:
    # A blank cell is blank whether the database holds "" or NULL.
    return (a if a not in ("", None) else None) == (b if b not in ("", None) else None)


def refuse_if_field_changed(session: Session, app: Application, name: str, shown: Any) -> None:
    """Refuse (StaleEditError, exit status 3) when field ``name`` of ``app`` is no longer
    ``shown`` (what the desk showed, or what the step being undone left), naming who
    changed it, when, and from what to what. Other fields changed meanwhile stand in no
    one's way: the edit is merged with them."""
    now = field_value(app, name)
    if _same(now, shown):
        return
    spec = FIELDS_BY_NAME.get(name)
    entity, entity_id = (
        ("person", app.person_id) if spec and spec.on_person else ("application", app.id)
    )
    by: AuditEntry | None = next(
        (
            entry
            for entry in session.scalars(
                select(AuditEntry)
                .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
                .order_by(AuditEntry.id.desc())
                .limit(50)
            )
            if name in (entry.changes or {})
        ),
        None,
    )
    other = OtherChange(
        record=app.person.full_name or app.person.email,
        actor=by.actor if by is not None else Sentence("another desk"),
        at=by.at if by is not None else None,
        version=app.version,
        changes=[FieldChange(name, _label(name), shown, now, app.cohort.timezone)],
        timezone=app.cohort.timezone,
    )
    raise StaleEditError(
        Sentence("%1; nothing was saved. Look again (F5)", (other.describe(),)), other, app.version
    )


#: An application's status as a desk showed it or a step left it: the status and its reason.
StatusSeen = tuple[ApplicationStatus, str | None]
#: The committee's eligibility decision likewise (None: the rules decide) and its note.
DecisionSeen = tuple[EligibilityOverride | None, str | None]


def status_seen(app: Application) -> StatusSeen:
    return ApplicationStatus(app.status), app.status_reason or None


def decision_seen(app: Application) -> DecisionSeen:
    decision = app.eligibility_override
    return (EligibilityOverride(decision) if decision else None), app.eligibility_note or None


def refuse_if_statuses_changed(
    session: Session, apps: Mapping[int, Application], expected: Mapping[int, StatusSeen]
) -> None:
    """Refuse (StatusesChangedError, exit status 3) when an application's status or its
    reason is no longer the one ``expected`` has for it, naming the people and what each
    one's status is now; nothing is written."""
    wanted = {i: (ApplicationStatus(s), r or None) for i, (s, r) in expected.items()}
    changed = [(apps[i], seen) for i, seen in wanted.items() if status_seen(apps[i]) != seen]
    if changed:
        raise StatusesChangedError(
            _changed_since(session, changed, True, _status_now),
            tuple(app.id for app, _ in changed),
        )


def refuse_if_left_the_year(
    session: Session, apps: Mapping[int, Application], ids: Iterable[int]
) -> None:
    """Refuse (StatusesChangedError) a status given without an expectation (a suggestion's
    waitlist, a mentee accepted again when paired) to someone who has withdrawn, been
    declined or finished since it was worked out: they are never brought back unseen."""
    gone = [(apps[i], None) for i in ids if ApplicationStatus(apps[i].status) in _LEFT_THE_YEAR]
    if gone:
        raise StatusesChangedError(
            _changed_since(session, gone, True, lambda app, _: _now(app)),
            tuple(app.id for app, _ in gone),
        )


_LEFT_THE_YEAR = (
    ApplicationStatus.WITHDRAWN,
    ApplicationStatus.DECLINED,
    ApplicationStatus.COMPLETED,
)


def _now(app: Application) -> Sentence:
    return Sentence("%1 now", (Sentence(ApplicationStatus(app.status).value),))


def refuse_if_decisions_changed(
    session: Session, apps: Mapping[int, Application], expected: Mapping[int, DecisionSeen]
) -> None:
    """The same for the committee's eligibility decisions (an override, its note)."""
    wanted = {
        i: (EligibilityOverride(d) if d else None, n or None) for i, (d, n) in expected.items()
    }
    changed = [(apps[i], seen) for i, seen in wanted.items() if decision_seen(apps[i]) != seen]
    if changed:
        raise DecisionsChangedError(
            _changed_since(session, changed, False, _decision_now),
            tuple(app.id for app, _ in changed),
        )


def _changed_since(
    session: Session,
    changed: list[tuple[Application, Any]],
    status: bool,
    now: Callable[[Application, Any], Sentence],
) -> Sentence:
    """ "Bob Kahn's status was changed since (waitlisted now, not declined, by marie on …);
    nothing was changed", or three of many names and how many more; of eligibility
    decisions where not ``status``. A Sentence: the window says it in its own language."""
    changed.sort(key=lambda pair: (_name(pair[0]).casefold(), pair[0].id))
    said = tuple(Sentence("%1 (%2)", (_name(app), now(app, seen))) for app, seen in changed[:3])
    if len(changed) == 1:
        app, seen = changed[0]
        by = _by(session, app, _STATUS if status else _DECIDING)
        if status:
            words = (
                "%1's status was changed since (%2, %3); nothing was changed. Look again (F5)"
                if by
                else "%1's status was changed since (%2); nothing was changed. Look again (F5)"
            )
        else:
            words = (
                "%1's eligibility decision was changed since (%2, %3); nothing was changed. "
                "Look again (F5)"
                if by
                else "%1's eligibility decision was changed since (%2); nothing was changed. "
                "Look again (F5)"
            )
        return Sentence(words, (_name(app), now(app, seen), *((by,) if by else ())))
    if len(changed) == 2:
        words = (
            "The statuses of %1 and %2 were changed since; nothing was changed. Look again (F5)"
            if status
            else "The eligibility decisions of %1 and %2 were changed since; nothing was "
            "changed. Look again (F5)"
        )
        return Sentence(words, said)
    if len(changed) == 3:
        words = (
            "The statuses of %1, %2 and %3 were changed since; nothing was changed. Look again (F5)"
            if status
            else "The eligibility decisions of %1, %2 and %3 were changed since; nothing was "
            "changed. Look again (F5)"
        )
        return Sentence(words, said)
    # a whole suggestion's waitlist may hold hundreds: three and how many more
    words = (
        "The statuses of %1, %2, %3 and %4 more were changed since; nothing was changed. "
        "Look again (F5)"
        if status
        else "The eligibility decisions of %1, %2, %3 and %4 more were changed since; "
        "nothing was changed. Look again (F5)"
    )
    return Sentence(words, (*said, GroupedCount(len(changed) - 3)))


_DECIDING = frozenset({"eligibility_override", "eligibility_note"})
_STATUS = frozenset({"status", "status_reason"})


def _name(app: Application) -> str:
    return app.person.full_name or app.person.email


def _status_now(app: Application, seen: StatusSeen) -> Sentence:
    now, before = status_seen(app)[0].value, seen[0].value
    if now != before:
        return Sentence("%1 now, not %2", (Sentence(now), Sentence(before)))
    return _another_reason(Sentence(now), app.status_reason)


def _another_reason(still: Sentence, reason: str | None) -> Sentence:
    return Sentence("still %1, but for another reason: %2", (still, reason or Sentence("none")))


def _decision_word(decision: EligibilityOverride | None) -> Sentence:
    # Quoted: "“not eligible” now, not “eligible”" reads right where bare words would not.
    if decision is None:
        return Sentence("left to the rules")
    if decision is EligibilityOverride.ELIGIBLE:
        return Sentence("“eligible”")
    return Sentence("“not eligible”")


def _decision_now(app: Application, seen: DecisionSeen) -> Sentence:
    now, before = _decision_word(decision_seen(app)[0]), _decision_word(seen[0])
    if now != before:
        return Sentence("%1 now, not %2", (now, before))
    return _another_reason(now, app.eligibility_note)


def _by(session: Session, app: Application, fields: frozenset[str]) -> str:
    """Who last changed these fields, and when, from the audit log ("" if it does not say)."""
    return last_changed_by(session, "application", app.id, app.cohort.timezone, fields)
