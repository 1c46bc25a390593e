"""A cohort's pairs as the committee changes them: the board, moves, locks, proposals, endings.

Every board edit is a ``BoardChange`` (the wanted pair of some mentees, and some
application statuses); ``change_board`` applies one in a transaction, enforcing the
hard rules, and returns the change that undoes it, so the GUI's undo stack needs
nothing else. The GUI gets a ``BoardState`` of plain dataclasses, never ORM objects.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

import numpy as np
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from mentordesk.core.applications.edits import (
    StatusSeen,
    refuse_if_left_the_year,
    refuse_if_statuses_changed,
    status_seen,
)
from mentordesk.core.errors import (
    ConflictError,
    NotFoundError,
    PairsChangedError,
    RuleViolation,
    StatusesChangedError,
    ValidationError,
)
from mentordesk.core.matching.scoring import Profile, Scorer
from mentordesk.core.matching.solver import (
    MATCHABLE_STATUSES,
    CohortInputs,
    Forbidden,
    MatchProblem,
    Proposal,
    forbidden_text,
    is_kept,
    mentor_ratings_by_person,
    pair_rules_of,
    pairings_started,
    profile_of,
    read_cohort,
)
from mentordesk.core.matching.withdrawal import withdraw
from mentordesk.core.programs.cohorts import get_cohort, program_rules
from mentordesk.core.programs.rules import SCORE_COMPONENTS, ProgramRules
from mentordesk.core.progress import Progress
from mentordesk.core.sentences import GroupedCount, Sentence
from mentordesk.core.storage.audit_trail import last_changed_by
from mentordesk.core.storage.bulk import (
    RowChange,
    delete_audited,
    insert_audited,
    update_audited,
)
from mentordesk.core.storage.models import (
    Application,
    ApplicationStatus,
    Attendance,
    Cohort,
    Evaluation,
    Event,
    Exclusion,
    MeetingLog,
    Pairing,
    PairingEndReason,
    PairingStatus,
    Person,
    Role,
    utcnow,
)
from mentordesk.core.storage.statuses import follow_in_bulk, status_change

# --- snapshots for the board ------------------------------------------------------------


@dataclass(frozen=True)
class MentorCard:
    id: int
    name: str
    email: str
    department: str
    location: str
    expertise: str
    capacity: int
    taken: int
    eligible: bool
    eligibility_reasons: tuple[str, ...] = ()

    @property
    def free(self) -> int:
        return max(self.capacity - self.taken, 0)


@dataclass(frozen=True)
class MenteeCard:
    id: int
    name: str
    email: str
    department: str
    interests: str
    goals: str
    status: str
    status_reason: str
    requested_mentor: str
    eligible: bool
    eligibility_reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class BoardPair:
    pairing_id: int
    mentor_id: int
    mentee_id: int
    score: float | None
    components: dict[str, float]
    locked: bool
    confirmed: bool
    agreement_signed_on: date | None
    emphasis_area: str | None  # the pair's focus (emphasis area, goals…, as the rules say)
    in_use: bool  # started (met, or began with the cohort): moving it means ending it instead
    published: bool = False  # the committee published it and the people were told


@dataclass(frozen=True)
class BoardState:
    """One cohort's board: every mentor with their load, every mentee, the active pairs."""

    cohort_id: int
    cohort_name: str
    rules: ProgramRules
    mentors: list[MentorCard]
    mentees: list[MenteeCard]
    pairs: list[BoardPair]

    def pair_of(self, mentee_id: int) -> BoardPair | None:
        for pair in self.pairs:
            if pair.mentee_id == mentee_id:
                return pair
        return None

    @property
    def unassigned(self) -> list[MenteeCard]:
        paired = {p.mentee_id for p in self.pairs}
        return [m for m in self.mentees if m.id not in paired]


# --- the one primitive: a change of the board, and its inverse --------------------------


@dataclass(frozen=True)
class Assignment:
    """The active pair a mentee should have: their mentor and the pair's flags.

    ``pairing_id`` names the very pair (as a change left it, or as undo brings it back);
    None for a pair yet to be made.
    """

    mentor_id: int
    locked: bool = False
    confirmed: bool = False
    agreement_signed_on: date | None = None
    emphasis_area: str | None = None
    pairing_id: int | None = None


@dataclass(frozen=True)
class BoardChange:
    """Mentees' wanted pairs (None: no mentor) and applications' wanted (status, reason).

    ``expected``: each mentee's active pair as the change expects to find it (None: no
    pair): as the step left it, for an undo or redo; as the board showed it, for an edit.
    If another desk has changed one since, the whole change is refused, naming them,
    rather than undoing or overwriting their pair. Empty: no such check (the CLI's pair).

    ``expected_statuses``: the same for statuses (each as the step left it, for an undo or
    redo): one withdrawn, declined or accepted at another desk since refuses the change.
    A status given without one is given only to someone still in the year (not withdrawn,
    declined or completed meanwhile).
    """

    assignments: Mapping[int, Assignment | None] = field(default_factory=dict)
    statuses: Mapping[int, tuple[ApplicationStatus, str | None]] = field(default_factory=dict)
    expected: Mapping[int, Assignment | None] = field(default_factory=dict)
    expected_statuses: Mapping[int, StatusSeen] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.assignments or self.statuses)


def _assignment_of(pairing: Pairing) -> Assignment:
    return Assignment(
        mentor_id=pairing.mentor_id,
        locked=pairing.locked,
        confirmed=pairing.confirmed,
        agreement_signed_on=pairing.agreement_signed_on,
        emphasis_area=pairing.emphasis_area,
        pairing_id=pairing.id,
    )


def _refuse_if_changed_since(
    change: BoardChange, active: Mapping[int, Pairing], apps: Mapping[int, Application]
) -> None:
    """Refuse a change (an undo, a redo, an edit of the board as shown) when a mentee's
    pair is no longer the one it expects, naming them; nothing is written.

    The pair is compared by what makes it that pair (its id, mentor, lock, confirmation,
    focus, signed day), not by its version alone: the committee's own later steps, undone,
    raise the version too, and must not make an earlier step impossible to undo.
    """
    changed = [
        mentee_id
        for mentee_id, seen in change.expected.items()
        if (_assignment_of(active[mentee_id]) if mentee_id in active else None) != seen
    ]
    if not changed:
        return
    names = sorted(apps[m].person.full_name if m in apps else f"#{m}" for m in changed)
    if len(names) == 1:
        refusal = Sentence(
            "%1's pair was changed since (at another desk, or by a rematch or withdrawal); "
            "nothing was changed. Look at the board again (F5)",
            (names[0],),
        )
    elif len(names) <= 3:
        refusal = Sentence(
            "The pairs of %1 and %2 were changed since (at another desk, or by a rematch or "
            "withdrawal); nothing was changed. Look at the board again (F5)",
            (", ".join(names[:-1]), names[-1]),
        )
    else:  # an accepted suggestion may hold a thousand: three names and how many more
        refusal = Sentence(
            "The pairs of %1 and %2 more were changed since (at another desk, or by a "
            "rematch or withdrawal); nothing was changed. Look at the board again (F5)",
            (", ".join(names[:3]), GroupedCount(len(names) - 3)),
        )
    raise PairsChangedError(refusal, tuple(changed))


def _active_pairings(
    session: Session, cohort_id: int, mentee_ids: Iterable[int] | None = None
) -> dict[int, Pairing]:
    """Active pairs of the cohort by mentee (only these mentees', when given)."""
    query = select(Pairing).where(
        Pairing.cohort_id == cohort_id, Pairing.status == PairingStatus.ACTIVE
    )
    if mentee_ids is not None:
        query = query.where(Pairing.mentee_id.in_(list(mentee_ids)))
    return {p.mentee_id: p for p in session.scalars(query)}


def _applications(session: Session, cohort_id: int, ids: Iterable[int]) -> dict[int, Application]:
    wanted = set(ids)
    if not wanted:
        return {}
    # People come with their applications: a bulk change (accept all) reads each once,
    # not one query per name it checks.
    found = {
        a.id: a
        for a in session.scalars(
            select(Application)
            .options(selectinload(Application.person))
            .where(Application.id.in_(wanted), Application.cohort_id == cohort_id)
        )
    }
    missing = wanted - set(found)
    if missing:
        raise NotFoundError(f"No application with id {min(missing)} in this cohort")
    return found


def _capacity(app: Application, rules: ProgramRules) -> int:
    return app.capacity if app.capacity is not None else rules.default_mentor_capacity


def change_board(session: Session, cohort_id: int, change: BoardChange) -> BoardChange:
    """Apply ``change`` to the cohort's active pairs and statuses; return its inverse.

    Raises RuleViolation (and changes nothing, as the caller's transaction rolls back)
    when a new pair breaks a hard rule, a mentor would be over capacity, a locked pair
    would be moved, or a pair that already met would be moved or removed.
    """
    cohort = get_cohort(session, cohort_id)
    rules = program_rules(cohort.program)
    lock_applications(
        session,
        [
            *change.assignments,
            *(a.mentor_id for a in change.assignments.values() if a is not None),
            *change.statuses,
        ],
    )
    active = _active_pairings(session, cohort_id, {*change.assignments, *change.expected})
    # Only the pairs this change may move: on a cohort of thousands, one edit reads one
    # pair's meetings, not the whole cohort's.
    in_use = (
        pairings_started(session, cohort_id, among=[p.id for p in active.values()])
        if change.assignments
        else set()
    )
    targets = {k: v for k, v in change.assignments.items()}
    apps = _applications(
        session,
        cohort_id,
        [
            *targets,
            *(a.mentor_id for a in targets.values() if a is not None),
            *change.statuses,
            *change.expected_statuses,
            *(active[m].mentor_id for m in targets if m in active),
        ],
    )
    _refuse_if_changed_since(change, active, apps)
    refuse_if_statuses_changed(session, apps, change.expected_statuses)
    refuse_if_left_the_year(
        session, apps, [i for i in change.statuses if i not in change.expected_statuses]
    )
    inverse_assignments: dict[int, Assignment | None] = {}
    new_pairs: list[tuple[int, int]] = []
    for mentee_id, target in targets.items():
        mentee = apps[mentee_id]
        if mentee.role is not Role.MENTEE:
            raise ValidationError(
                Sentence("%1 applied as a mentor, not a mentee", (mentee.person.full_name,))
            )
        current = active.get(mentee_id)
        inverse_assignments[mentee_id] = _assignment_of(current) if current else None
        moving = current is not None and (target is None or target.mentor_id != current.mentor_id)
        if moving and current is not None:
            pair = (current.mentor.person.full_name, mentee.person.full_name)
            if current.locked:
                raise RuleViolation(Sentence("The pair %1 and %2 is locked; unlock it first", pair))
            if current.published_at is not None:
                raise RuleViolation(
                    Sentence(
                        "%1 and %2 were told they are a pair (published); "
                        "end the pairing (rematch) instead of moving it",
                        pair,
                    )
                )
            if current.id in in_use:
                raise RuleViolation(
                    Sentence(
                        "%1 and %2 have started (they met, or began with the cohort); "
                        "end the pairing (rematch) instead of moving it",
                        pair,
                    )
                )
        if target is not None:
            mentor = apps[target.mentor_id]
            if mentor.role is not Role.MENTOR:
                raise ValidationError(
                    Sentence("%1 applied as a mentee, not a mentor", (mentor.person.full_name,))
                )
            if current is None or moving:
                for app in (mentee, mentor):
                    if app.status not in MATCHABLE_STATUSES:
                        raise RuleViolation(
                            Sentence(
                                "%1's application is %2; only active applications can be paired",
                                (app.person.full_name, Sentence(app.status.value)),
                            )
                        )
                new_pairs.append((mentee_id, target.mentor_id))
    profiles: dict[int, Profile] = {}  # each application read once for rules and scores
    _check_hard_rules(session, cohort, rules, apps, new_pairs, profiles)

    # The inverse holds the statuses as they were, before the pairs move them (matched…).
    inverse_statuses = {i: status_seen(apps[i]) for i in change.statuses}

    # Apply: removals first, so a swap between two mentors never trips a constraint.
    touched_mentors: set[int] = set()
    removed: list[Pairing] = []
    for mentee_id, target in targets.items():
        current = active.get(mentee_id)
        if current is None:
            continue
        if target is None:
            touched_mentors.add(current.mentor_id)
            removed.append(current)
        elif target.mentor_id != current.mentor_id:
            touched_mentors.update({current.mentor_id, target.mentor_id})
    _drop_pairs(session, removed)
    follow_in_bulk(session, {i: apps[i] for p in removed for i in (p.mentee_id, p.mentor_id)})
    session.flush()
    scores = _score_pairs(session, rules, apps, new_pairs, profiles)
    fresh: list[dict[str, Any]] = []  # new pairs, written in one executemany (bulk.py)
    for mentee_id, target in targets.items():
        if target is None:
            continue
        values: dict[str, Any] = {
            "mentor_id": target.mentor_id,
            "locked": target.locked,
            "confirmed": target.confirmed,
            "agreement_signed_on": target.agreement_signed_on,
            "emphasis_area": target.emphasis_area,
        }
        if (mentee_id, target.mentor_id) in scores:
            values["score"], values["score_components"] = scores[(mentee_id, target.mentor_id)]
        current = active.get(mentee_id)
        if current is None:
            row = {"cohort_id": cohort_id, "mentee_id": mentee_id, **values}
            if target.pairing_id is not None:
                row["id"] = target.pairing_id  # undo brings back the very pair
            fresh.append(row)
            touched_mentors.add(target.mentor_id)
            continue
        for key, value in values.items():
            setattr(current, key, value)
    made = _flush_pairs(session, apps, targets, fresh)
    # Their statuses follow as the hook has them follow pairs written through the session.
    follow_in_bulk(
        session, {i: apps[i] for row in fresh for i in (row["mentee_id"], row["mentor_id"])}
    )
    _check_capacity(session, cohort_id, rules, touched_mentors)

    # Statuses last: one the pairs decide (matched while paired) follows again.
    decided: list[RowChange] = []
    for app_id, (status, reason) in change.statuses.items():
        app = apps[app_id]
        if app.status is status and app.status_reason == reason:
            continue
        if session.is_modified(app, include_collections=False):
            app.status = ApplicationStatus(status)  # the hook follows it on the next flush
            app.status_reason = reason
            app.status_changed_at = utcnow()
        else:
            decided.append(status_change(app, ApplicationStatus(status), reason))
    update_audited(session, Application, decided, apps)
    follow_in_bulk(session, {c.id: apps[c.id] for c in decided})
    session.flush()
    # What the undo (and a redo after it) expects to find: each pair as this change left it.
    left: dict[int, Assignment | None] = {
        mentee_id: None
        if target is None
        else replace(
            target,
            pairing_id=made[mentee_id] if mentee_id in made else active[mentee_id].id,
        )
        for mentee_id, target in targets.items()
    }
    # And each status it set as it stands now (after the pairs had theirs follow: matched…).
    left_statuses = {i: status_seen(apps[i]) for i in change.statuses}
    return BoardChange(
        assignments=inverse_assignments,
        statuses=inverse_statuses,
        expected=left,
        expected_statuses=left_statuses,
    )


def _profiles(
    apps: Mapping[int, Application],
    ids: Iterable[int],
    rules: ProgramRules,
    known: dict[int, Profile],
) -> list[Profile]:
    out = []
    for i in ids:
        if i not in known:
            known[i] = profile_of(apps[i], apps[i].person, rules)
        out.append(known[i])
    return out


def _check_hard_rules(
    session: Session,
    cohort: Cohort,
    rules: ProgramRules,
    apps: Mapping[int, Application],
    new_pairs: list[tuple[int, int]],
    profiles: dict[int, Profile],
) -> None:
    if not new_pairs:
        return
    mentee_ids = sorted({m for m, _ in new_pairs})
    mentor_ids = sorted({r for _, r in new_pairs})
    mentees = _profiles(apps, mentee_ids, rules, profiles)
    mentors = _profiles(apps, mentor_ids, rules, profiles)
    ended = {
        (p.mentee_id, p.mentor_id)
        for p in session.scalars(
            select(Pairing).where(
                Pairing.cohort_id == cohort.id,
                Pairing.status == PairingStatus.ENDED,
                Pairing.mentee_id.in_(mentee_ids),
            )
        )
    }
    excluded = {
        (e.mentee_id, e.mentor_id)
        for e in session.scalars(
            select(Exclusion).where(
                Exclusion.cohort_id == cohort.id, Exclusion.mentee_id.in_(mentee_ids)
            )
        )
    }
    # The rules about two particular people, and eligibility: no mentees × mentors matrix,
    # so accepting a whole suggestion costs as much as its pairs.
    rules_of = pair_rules_of(mentees, mentors, ended, excluded)
    row = {p.id: i for i, p in enumerate(mentees)}
    col = {p.id: j for j, p in enumerate(mentors)}
    for mentee_id, mentor_id in new_pairs:
        i, j = row[mentee_id], col[mentor_id]
        code = Forbidden.NONE
        if not mentees[i].eligible:
            code = Forbidden.MENTEE_NOT_ELIGIBLE
        elif not mentors[j].eligible:
            code = Forbidden.MENTOR_NOT_ELIGIBLE
        else:
            code = rules_of.get(i, {}).get(j, Forbidden.NONE)
        if code != Forbidden.NONE:
            raise RuleViolation(forbidden_text(int(code), mentees[i], mentors[j]))


def _drop_pairs(session: Session, pairings: list[Pairing]) -> None:
    """Take pairs apart before they started (undoing a whole suggestion, say), in one bulk
    delete: their planned meetings go with them. A pair with a record of the year
    (attendance, a logged meeting, an evaluation) is ended, never erased: refused."""
    if not pairings:
        return
    ids = [p.id for p in pairings]
    events: list[Event] = []
    with_history: set[int] = set()
    for start in range(0, len(ids), 500):  # SQLite caps the parameters of one IN (…)
        chunk = ids[start : start + 500]
        found = list(session.scalars(select(Event).where(Event.pairing_id.in_(chunk))))
        events += found
        attended = set(
            session.scalars(
                select(Attendance.event_id).where(Attendance.event_id.in_([e.id for e in found]))
            )
        )
        with_history |= {e.pairing_id for e in found if e.id in attended and e.pairing_id}
        for table in (MeetingLog, Evaluation):
            with_history |= {
                i
                for i in session.scalars(
                    select(table.pairing_id).where(table.pairing_id.in_(chunk))
                )
                if i
            }
    for pairing in pairings:
        if pairing.id in with_history:
            raise RuleViolation(
                Sentence(
                    "%1 and %2 have attendance, meetings or evaluations on record; "
                    "end the pairing instead",
                    (pairing.mentor.person.full_name, pairing.mentee.person.full_name),
                )
            )
    for planned in events:
        session.delete(planned)
    session.flush()
    delete_audited(session, Pairing, pairings)


def _flush_pairs(
    session: Session,
    apps: Mapping[int, Application],
    targets: Mapping[int, Assignment | None],
    fresh: list[dict[str, Any]],
) -> dict[int, int]:
    """Write the changed pairs, then the ``fresh`` ones (one executemany, however many); a
    mentee another desk paired meanwhile is refused by the database (one active pair per
    mentee is a unique index), and said so in words. Returns the new pairs' ids by mentee.

    A pair brought back by undo or redo keeps its own id (ids are never reused, so it is
    free), unless its row is still there (ended meanwhile): then it is a new pair.
    """
    names = {i: apps[i].person.full_name for i in targets}
    wanted = [row["id"] for row in fresh if row.get("id") is not None]
    taken: set[int] = set()
    for start in range(0, len(wanted), 500):  # SQLite caps the parameters of one IN (…)
        chunk = wanted[start : start + 500]
        taken.update(session.scalars(select(Pairing.id).where(Pairing.id.in_(chunk))))
    again: list[dict[str, Any]] = []
    new: list[dict[str, Any]] = []
    for row in fresh:
        if row.get("id") is not None and row["id"] not in taken:
            again.append(row)
        else:
            new.append({k: v for k, v in row.items() if k != "id"})
    made: dict[int, int] = {}
    try:
        session.flush()
        for rows in (again, new):  # one executemany per shape: ids given, ids to give
            made.update(
                (row["mentee_id"], row["id"]) for row in insert_audited(session, Pairing, rows)
            )
    except IntegrityError as exc:
        if "uq_pairing_active_mentee" not in str(exc) and "pairing.mentee_id" not in str(exc):
            raise
        who = _one_of(sorted(names.values()))
        raise ConflictError(
            Sentence(
                "%1 was paired at another desk a moment ago; nothing was changed. "
                "Look at the board again",
                (who,),
            )
        ) from exc
    return made


def _one_of(names: list[str]) -> Sentence | str:
    """Who a refusal names when the database does not say which of them clashed: all of a
    few, three of many (an accepted suggestion may pair a thousand mentees)."""
    if not names:
        return Sentence("This mentee")
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return Sentence("%1 or %2", tuple(names))
    if len(names) == 3:
        return Sentence("%1 or %2 or %3", tuple(names))
    return Sentence("One of the %1 mentees (%2…)", (GroupedCount(len(names)), ", ".join(names[:3])))


def lock_applications(session: Session, application_ids: Iterable[int]) -> None:
    """Hold these applications' rows until the transaction ends, and read them afresh.

    On PostgreSQL two desks changing the same mentee or mentor then take turns: the
    second decides on what the first committed (its pair, the mentor's load, the
    versions). SQLite's write lock, taken when the transaction begins, already does
    this. Rows are locked in id order, so two desks never wait for each other in a circle.
    """
    ids = sorted(set(application_ids))
    if ids and session.get_bind().dialect.name == "postgresql":
        session.scalars(
            select(Application)
            .where(Application.id.in_(ids))
            .order_by(Application.id)
            .with_for_update()
            .execution_options(populate_existing=True)
        ).all()


def _check_capacity(
    session: Session, cohort_id: int, rules: ProgramRules, mentor_ids: set[int]
) -> None:
    if not mentor_ids:
        return
    if session.get_bind().dialect.name == "postgresql":
        # The count must see every pair committed before it: hold the mentors first.
        session.execute(
            select(Application.id)
            .where(Application.id.in_(sorted(mentor_ids)))
            .order_by(Application.id)
            .with_for_update()
        ).all()
    counts = dict(
        session.execute(
            select(Pairing.mentor_id, func.count())
            .where(
                Pairing.cohort_id == cohort_id,
                Pairing.status == PairingStatus.ACTIVE,
                Pairing.mentor_id.in_(mentor_ids),
            )
            .group_by(Pairing.mentor_id)
        ).all()
    )
    for mentor_id, count in counts.items():
        mentor = session.get(Application, mentor_id)
        assert mentor is not None
        capacity = _capacity(mentor, rules)
        if count > capacity:
            raise RuleViolation(
                f"{mentor.person.full_name} takes {capacity} "
                f"mentee{'s' if capacity != 1 else ''}; this would make {count}"
            )


def _score_pairs(
    session: Session,
    rules: ProgramRules,
    apps: Mapping[int, Application],
    pairs: list[tuple[int, int]],
    profiles: dict[int, Profile],
) -> dict[tuple[int, int], tuple[float, dict[str, float]]]:
    """Score and components of each new pair (a pair's score never depends on others)."""
    if not pairs:
        return {}
    mentee_ids = sorted({m for m, _ in pairs})
    mentor_ids = sorted({r for _, r in pairs})
    mentees = _profiles(apps, mentee_ids, rules, profiles)
    mentors = _profiles(apps, mentor_ids, rules, profiles)
    ratings = (
        mentor_ratings_by_person(session, {p.person_id for p in mentors})
        if rules.evaluations_inform_matching
        else {}
    )
    # Each pair scored on its own (a score never depends on others): cost with the pairs.
    scorer = Scorer(mentors, rules, ratings)
    row = {p.id: i for i, p in enumerate(mentees)}
    col = {p.id: j for j, p in enumerate(mentors)}
    side = scorer.side(mentees).take(np.array([row[m] for m, _ in pairs], dtype=np.int64))
    comps, total = scorer.components(side, np.array([col[r] for _, r in pairs], dtype=np.int64))
    rounded = {name: np.round(comps[name].astype(np.float64), 4) for name in SCORE_COMPONENTS}
    return {
        pair: (float(total[k]), {name: float(rounded[name][k]) for name in SCORE_COMPONENTS})
        for k, pair in enumerate(pairs)
    }


# --- what the board's buttons do --------------------------------------------------------


def move_mentee(
    session: Session, cohort_id: int, mentee_id: int, mentor_id: int | None
) -> BoardChange:
    """Give the mentee this mentor (None: back to the unassigned); returns the undo."""
    current = _active_pairings(session, cohort_id, [mentee_id]).get(mentee_id)
    if current is not None and mentor_id == current.mentor_id:
        return BoardChange()
    emphasis = current.emphasis_area if current is not None else None
    target = Assignment(mentor_id, emphasis_area=emphasis) if mentor_id is not None else None
    statuses: dict[int, tuple[ApplicationStatus, str | None]] = {}
    app = session.get(Application, mentee_id)
    if target is not None and app is not None and app.status is ApplicationStatus.WAITLISTED:
        statuses[mentee_id] = (ApplicationStatus.ACCEPTED, None)  # a mentor after all
    return change_board(
        session, cohort_id, BoardChange(assignments={mentee_id: target}, statuses=statuses)
    )


class Unstated(enum.Enum):
    """``expect_mentor`` not given: the mentee's pair as it is now, whatever it is."""

    UNSTATED = enum.auto()


UNSTATED = Unstated.UNSTATED


def pair_mentee(
    session: Session,
    cohort_id: int,
    mentee_id: int,
    mentor_id: int,
    *,
    move: bool = False,
    expect_mentor: int | Unstated | None = UNSTATED,
) -> Pairing:
    """Pair a mentee with a mentor (the CLI's ``pair``); every hard rule holds.

    A mentee who has a mentor already is refused, naming them, unless ``move``: then they
    move as a drag on the board moves them (a locked, published or started pair is refused).
    ``expect_mentor``: the mentor the caller saw the mentee with (None: none); if the pair
    is another now, nothing changes and PairsChangedError (exit status 3) says whose it is.
    """
    lock_applications(session, [mentee_id, mentor_id])
    current = _active_pairings(session, cohort_id, [mentee_id]).get(mentee_id)
    _refuse_unless_mentor(session, cohort_id, mentee_id, current, expect_mentor)
    if current is not None:
        mentee, mentor = current.mentee.person.full_name, current.mentor.person.full_name
        if current.mentor_id == mentor_id:
            raise RuleViolation(f"{mentee} is already paired with {mentor}")
        if not move:
            wanted = session.get(Application, mentor_id)
            to = f" to {wanted.person.full_name}" if wanted is not None else ""
            raise RuleViolation(
                f"{mentee} is already paired with {mentor}; unpair them first, or move them{to}"
            )
    move_mentee(session, cohort_id, mentee_id, mentor_id)
    pairing = _active_pairings(session, cohort_id, [mentee_id]).get(mentee_id)
    assert pairing is not None
    return pairing


def unpair_mentee(
    session: Session,
    cohort_id: int,
    mentee_id: int,
    reason: str,
    *,
    expect_mentor: int | Unstated | None = UNSTATED,
) -> Pairing:
    """End the mentee's active pair with the committee's reason; the history stays.

    ``expect_mentor``: the mentor the caller saw the mentee with; if the pair is another now
    (another desk moved them a moment ago), nothing ends and PairsChangedError says so.
    """
    if not (reason or "").strip():
        raise ValidationError("Give the reason for ending the pair", "reason")
    lock_applications(session, [mentee_id])
    current = _active_pairings(session, cohort_id, [mentee_id]).get(mentee_id)
    _refuse_unless_mentor(session, cohort_id, mentee_id, current, expect_mentor)
    if current is None:
        app = session.get(Application, mentee_id)
        name = app.person.full_name if app is not None else f"#{mentee_id}"
        raise ConflictError(f"{name} has no active pair")
    return end_pairing(session, current.id, PairingEndReason.COMMITTEE, note=reason)


def _refuse_unless_mentor(
    session: Session,
    cohort_id: int,
    mentee_id: int,
    current: Pairing | None,
    expected: int | Unstated | None,
) -> None:
    """Refuse (PairsChangedError) when the mentee's mentor is not the one the caller saw."""
    if expected is UNSTATED:
        return
    now = current.mentor_id if current is not None else None
    if now == expected:
        return
    apps = _applications(session, cohort_id, [mentee_id, *(i for i in (now, expected) if i)])
    name = apps[mentee_id].person.full_name
    if current is None:
        assert expected is not None
        what = Sentence(
            "%1 has no mentor now, not %2; nothing was changed",
            (name, apps[expected].person.full_name),
        )
    else:
        mentor = current.mentor.person.full_name
        made = last_changed_by(session, "pairing", current.id, current.cohort.timezone)
        if expected is None and made:
            what = Sentence(
                "%1 has a mentor now (%2, paired %3); nothing was changed", (name, mentor, made)
            )
        elif expected is None:
            what = Sentence("%1 has a mentor now (%2); nothing was changed", (name, mentor))
        elif made:
            what = Sentence(
                "%1's mentor is %2 now, not %3 (paired %4); nothing was changed",
                (name, mentor, apps[expected].person.full_name, made),
            )
        else:
            what = Sentence(
                "%1's mentor is %2 now, not %3; nothing was changed",
                (name, mentor, apps[expected].person.full_name),
            )
    raise PairsChangedError(what, (mentee_id,))


def set_pair_flags(
    session: Session,
    cohort_id: int,
    mentee_ids: Iterable[int],
    *,
    locked: bool | None = None,
    confirmed: bool | None = None,
) -> BoardChange:
    """Lock/unlock or confirm/unconfirm the pairs of these mentees; returns the undo."""
    active = _active_pairings(session, cohort_id)
    wanted: dict[int, Assignment | None] = {}
    for mentee_id in mentee_ids:
        pairing = active.get(mentee_id)
        if pairing is None:
            app = session.get(Application, mentee_id)
            name = app.person.full_name if app is not None else f"#{mentee_id}"
            raise RuleViolation(f"{name} has no mentor yet; pair them first")
        now = _assignment_of(pairing)
        wanted[mentee_id] = Assignment(
            mentor_id=now.mentor_id,
            locked=now.locked if locked is None else locked,
            confirmed=now.confirmed if confirmed is None else confirmed,
            agreement_signed_on=now.agreement_signed_on,
            emphasis_area=now.emphasis_area,
        )
    return change_board(session, cohort_id, BoardChange(assignments=wanted))


def set_pair_focus(session: Session, cohort_id: int, mentee_id: int, focus: str) -> BoardChange:
    """Set the focus of this mentee's pair (printed in the agreement); returns the undo."""
    pairing = _active_pairings(session, cohort_id, [mentee_id]).get(mentee_id)
    if pairing is None:
        app = session.get(Application, mentee_id)
        name = app.person.full_name if app is not None else f"#{mentee_id}"
        raise RuleViolation(f"{name} has no mentor yet; pair them first")
    text = " ".join(focus.split()) or None
    if text is not None and len(text) > 300:
        raise ValidationError(
            f"The focus is {len(text)} characters long; keep it under 300 (the agreement "
            "prints it in one paragraph)",
            "focus",
        )
    wanted = replace(_assignment_of(pairing), emphasis_area=text)
    return change_board(session, cohort_id, BoardChange(assignments={mentee_id: wanted}))


@dataclass(frozen=True)
class ApplyResult:
    undo: BoardChange
    added: int
    removed: int
    kept: int
    waitlisted: int


def proposal_change(session: Session, proposal: Proposal) -> BoardChange:
    """The board change that makes the proposal the cohort's pairs (kept pairs stay)."""
    cohort = get_cohort(session, proposal.cohort_id)
    rules = program_rules(cohort.program)
    active = _active_pairings(session, cohort.id)
    in_use = pairings_started(session, cohort.id)
    wanted: dict[int, Assignment | None] = {}
    proposed = {p.mentee_id: p.mentor_id for p in proposal.pairs}
    for mentee_id, pairing in active.items():
        if is_kept(pairing, in_use):
            continue
        if proposed.get(mentee_id) != pairing.mentor_id:
            wanted[mentee_id] = None
    for pair in proposal.pairs:
        if pair.kept:
            continue
        current = active.get(pair.mentee_id)
        if current is not None and current.mentor_id == pair.mentor_id:
            continue
        wanted[pair.mentee_id] = Assignment(pair.mentor_id)
    statuses: dict[int, tuple[ApplicationStatus, str | None]] = {}
    if rules.waitlist_unmatched:
        for unmatched in proposal.unmatched:
            if unmatched.eligible:
                statuses[unmatched.mentee_id] = (ApplicationStatus.WAITLISTED, unmatched.reason)
        waiting = set(
            session.scalars(
                select(Application.id).where(
                    Application.cohort_id == cohort.id,
                    Application.status == ApplicationStatus.WAITLISTED,
                )
            )
        )
        for pair in proposal.pairs:
            if pair.mentee_id in waiting:
                statuses[pair.mentee_id] = (ApplicationStatus.ACCEPTED, None)
    return BoardChange(assignments=wanted, statuses=statuses)


def apply_proposal(session: Session, proposal: Proposal) -> ApplyResult:
    """Save the proposal as the cohort's pairs: locked, confirmed and running pairs stay;
    unmatched eligible mentees go to the waitlist when the rules say so."""
    change = proposal_change(session, proposal)
    undo = change_board(session, proposal.cohort_id, change)
    return ApplyResult(
        undo=undo,
        added=sum(1 for a in change.assignments.values() if a is not None),
        removed=sum(
            1
            for mentee_id, a in change.assignments.items()
            if a is None and undo.assignments.get(mentee_id) is not None
        ),
        kept=sum(1 for p in proposal.pairs if p.kept),
        waitlisted=sum(1 for s, _ in change.statuses.values() if s is ApplicationStatus.WAITLISTED),
    )


def record_agreement_signed(session: Session, pairing_id: int, on: date | None) -> None:
    """Note the day the pair's agreement came back signed (None: not signed after all)."""
    pairing = session.get(Pairing, pairing_id)
    if pairing is None:
        raise NotFoundError(f"No pairing with id {pairing_id}")
    if on is not None and pairing.status is not PairingStatus.ACTIVE:
        raise RuleViolation("Only an active pair signs an agreement")
    pairing.agreement_signed_on = on
    session.flush()


def add_exclusion(
    session: Session, cohort_id: int, mentor_id: int, mentee_id: int, reason: str | None = None
) -> Exclusion:
    """The committee's "never pair these two"."""
    apps = _applications(session, cohort_id, [mentor_id, mentee_id])
    if apps[mentor_id].role is not Role.MENTOR or apps[mentee_id].role is not Role.MENTEE:
        raise ValidationError("An exclusion names a mentor and a mentee")
    current = _active_pairings(session, cohort_id).get(mentee_id)
    if current is not None and current.mentor_id == mentor_id:
        raise ConflictError(
            f"{apps[mentor_id].person.full_name} and {apps[mentee_id].person.full_name} "
            "are paired now; unassign them first"
        )
    existing = _find_exclusion(session, cohort_id, mentor_id, mentee_id)
    if existing is not None:
        return existing
    exclusion = Exclusion(
        cohort_id=cohort_id, mentor_id=mentor_id, mentee_id=mentee_id, reason=reason
    )
    session.add(exclusion)
    session.flush()
    return exclusion


def _find_exclusion(
    session: Session, cohort_id: int, mentor_id: int, mentee_id: int
) -> Exclusion | None:
    return session.scalar(
        select(Exclusion).where(
            Exclusion.cohort_id == cohort_id,
            Exclusion.mentor_id == mentor_id,
            Exclusion.mentee_id == mentee_id,
        )
    )


def remove_exclusion(session: Session, cohort_id: int, mentor_id: int, mentee_id: int) -> None:
    existing = _find_exclusion(session, cohort_id, mentor_id, mentee_id)
    if existing is not None:
        session.delete(existing)
        session.flush()


def _rematches(session: Session, cohort_id: int, application_id: int) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(Pairing)
            .where(
                Pairing.cohort_id == cohort_id,
                Pairing.end_reason == PairingEndReason.REMATCH,
                (Pairing.mentee_id == application_id) | (Pairing.mentor_id == application_id),
            )
        )
        or 0
    )


def end_pairing(
    session: Session,
    pairing_id: int,
    reason: PairingEndReason,
    *,
    note: str | None = None,
    on: date | None = None,
) -> Pairing:
    """End an active pair early; the history stays. A rematch respects rules.max_rematches."""
    pairing = session.get(Pairing, pairing_id)
    if pairing is None:
        raise NotFoundError(f"No pairing with id {pairing_id}")
    if pairing.status is not PairingStatus.ACTIVE:
        raise ConflictError("This pairing has already ended")
    rules = program_rules(pairing.cohort.program)
    if reason is PairingEndReason.REMATCH and rules.max_rematches is not None:
        for app in (pairing.mentee, pairing.mentor):
            had = _rematches(session, pairing.cohort_id, app.id)
            if had >= rules.max_rematches:
                raise RuleViolation(
                    f"{app.person.full_name} has had {had} rematch"
                    f"{'es' if had != 1 else ''}; the program allows {rules.max_rematches}"
                )
    if reason is PairingEndReason.RESIGNATION and not rules.resignation_allowed:
        raise RuleViolation("The program's rules do not provide for resigning")
    pairing.status = PairingStatus.ENDED
    pairing.end_reason = reason
    pairing.end_note = (note or "").strip() or None
    pairing.ended_on = on or date.today()
    pairing.locked = False
    session.flush()
    return pairing


def reopen_pairing(session: Session, pairing_id: int) -> Pairing:
    """Undo an early ending: the pair is active again, if the mentor has room and the mentee
    has no other mentor meanwhile."""
    pairing = session.get(Pairing, pairing_id)
    if pairing is None:
        raise NotFoundError(f"No pairing with id {pairing_id}")
    if pairing.status is PairingStatus.ACTIVE:
        return pairing
    other = _active_pairings(session, pairing.cohort_id, [pairing.mentee_id]).get(pairing.mentee_id)
    if other is not None:
        raise ConflictError(
            Sentence(
                "%1 has a new mentor meanwhile (%2); unassign them first",
                (pairing.mentee.person.full_name, other.mentor.person.full_name),
            )
        )
    # Someone who withdrew, was declined or finished since is in no pair: made active, the
    # pair would be ended again at once, its history rewritten (a rematch become a
    # resignation). Refused instead, saying who.
    gone = [app for app in (pairing.mentee, pairing.mentor) if app.status not in MATCHABLE_STATUSES]
    if gone:
        app = gone[0]
        raise StatusesChangedError(
            Sentence(
                "%1's status was changed since (%2 now); the pair of %3 and %4 cannot be "
                "active again. Nothing was changed",
                (
                    app.person.full_name,
                    Sentence(app.status.value),
                    pairing.mentee.person.full_name,
                    pairing.mentor.person.full_name,
                ),
            ),
            tuple(a.id for a in gone),
        )
    pairing.status = PairingStatus.ACTIVE
    pairing.end_reason = None
    pairing.end_note = None
    pairing.ended_on = None
    session.flush()
    _check_capacity(
        session, pairing.cohort_id, program_rules(pairing.cohort.program), {pairing.mentor_id}
    )
    return pairing


def resign(
    session: Session, application_id: int, reason: str, *, on: date | None = None
) -> list[int]:
    """A participant resigns (where the rules provide for it): the withdrawal flow, with
    "Resigned:" before the reason. Returns the ids of the pairings that ended."""
    app = session.get(Application, application_id)
    if app is None:
        raise NotFoundError(f"No application with id {application_id}")
    if not reason.strip():
        raise ValidationError("Give the reason for the resignation", "reason")
    if not program_rules(app.cohort.program).resignation_allowed:
        raise RuleViolation("The program's rules do not provide for resigning")
    done = withdraw(session, application_id, f"Resigned: {reason.strip()}", on=on)
    return [pairing_id for pairing_id, _ in done.ended]


# --- reading the board ------------------------------------------------------------------


@dataclass(frozen=True)
class BoardPairs:
    """What a board edit can change: the active pairs and the mentees' statuses (cheap to read)."""

    pairs: list[BoardPair]
    statuses: dict[int, tuple[str, str]]  # mentee id -> (status, reason)


def board_pairs(
    session: Session, cohort_id: int, mentee_ids: Iterable[int] | None = None
) -> BoardPairs:
    """The cohort's active pairs and mentee statuses, by column queries (no ORM objects);
    only these mentees' when given (what one board edit changed, on a board of thousands)."""
    wanted = None if mentee_ids is None else sorted(set(mentee_ids))
    pairs_query = select(
        Pairing.id,
        Pairing.mentor_id,
        Pairing.mentee_id,
        Pairing.score,
        Pairing.score_components,
        Pairing.locked,
        Pairing.confirmed,
        Pairing.agreement_signed_on,
        Pairing.emphasis_area,
        Pairing.published_at,
    ).where(Pairing.cohort_id == cohort_id, Pairing.status == PairingStatus.ACTIVE)
    status_query = select(Application.id, Application.status, Application.status_reason).where(
        Application.cohort_id == cohort_id, Application.role == Role.MENTEE
    )
    if wanted is not None:
        pairs_query = pairs_query.where(Pairing.mentee_id.in_(wanted))
        status_query = status_query.where(Application.id.in_(wanted))
    rows = session.execute(pairs_query).all()
    in_use = pairings_started(
        session, cohort_id, among=None if wanted is None else [r.id for r in rows]
    )
    pairs = [
        BoardPair(
            pairing_id=r.id,
            mentor_id=r.mentor_id,
            mentee_id=r.mentee_id,
            score=r.score,
            components=dict(r.score_components or {}),
            locked=bool(r.locked),
            confirmed=bool(r.confirmed),
            agreement_signed_on=r.agreement_signed_on,
            emphasis_area=r.emphasis_area,
            in_use=r.id in in_use,
            published=r.published_at is not None,
        )
        for r in rows
    ]
    statuses = {
        app_id: (ApplicationStatus(status).value, reason or "")
        for app_id, status, reason in session.execute(status_query)
    }
    return BoardPairs(pairs=pairs, statuses=statuses)


@dataclass(frozen=True)
class PairRow:
    """One active pair as a list shows it: who with whom, the score, how far it has come."""

    pairing_id: int
    mentee: str
    mentee_email: str
    mentor: str
    mentor_email: str
    score: float | None
    state: str  # started, signed, locked, confirmed or proposed (the furthest it has come)

    def as_json(self) -> dict[str, object]:
        return {
            "pairing_id": self.pairing_id,
            "mentee": self.mentee,
            "mentee_email": self.mentee_email,
            "mentor": self.mentor,
            "mentor_email": self.mentor_email,
            "score": round(self.score, 4) if self.score is not None else None,
            "state": self.state,
        }


def _state(pair: BoardPair) -> str:
    if pair.in_use:
        return "started"
    if pair.agreement_signed_on is not None:
        return "signed"
    if pair.locked:
        return "locked"
    return "confirmed" if pair.confirmed else "proposed"


def pair_rows(session: Session, cohort_id: int) -> list[PairRow]:
    """The cohort's active pairs by mentee name (what ``mentordesk pairs`` lists)."""
    people = {
        app_id: (f"{first} {last}".strip() or email, email)
        for app_id, first, last, email in session.execute(
            select(Application.id, Person.first_name, Person.last_name, Person.email)
            .join(Person, Application.person_id == Person.id)
            .where(Application.cohort_id == cohort_id)
        )
    }
    rows = [
        PairRow(
            pairing_id=p.pairing_id,
            mentee=people[p.mentee_id][0],
            mentee_email=people[p.mentee_id][1],
            mentor=people[p.mentor_id][0],
            mentor_email=people[p.mentor_id][1],
            score=p.score,
            state=_state(p),
        )
        for p in board_pairs(session, cohort_id).pairs
    ]
    return sorted(rows, key=lambda r: (r.mentee.casefold(), r.pairing_id))


def board_state(session: Session, cohort_id: int) -> BoardState:
    """The cohort's board: mentors (with load), mentees, active pairs; one pass of queries."""
    cohort = get_cohort(session, cohort_id)
    rules = program_rules(cohort.program)
    rows = session.execute(
        select(Application, Person)
        .join(Person, Application.person_id == Person.id)
        .where(Application.cohort_id == cohort_id, Application.status.in_(MATCHABLE_STATUSES))
        .order_by(Person.last_name, Person.first_name, Application.id)
    ).all()
    current = board_pairs(session, cohort_id)
    load: dict[int, int] = {}
    for pair in current.pairs:
        load[pair.mentor_id] = load.get(pair.mentor_id, 0) + 1
    mentors: list[MentorCard] = []
    mentees: list[MenteeCard] = []
    for app, person in rows:
        profile = profile_of(app, person, rules)
        if app.role is Role.MENTOR:
            mentors.append(
                MentorCard(
                    id=app.id,
                    name=profile.name,
                    email=person.email,
                    department=profile.department,
                    location=profile.location,
                    expertise=app.expertise or "",
                    capacity=profile.capacity,
                    taken=load.get(app.id, 0),
                    eligible=profile.eligible,
                    eligibility_reasons=profile.eligibility_reasons,
                )
            )
        else:
            mentees.append(
                MenteeCard(
                    id=app.id,
                    name=profile.name,
                    email=person.email,
                    department=profile.department,
                    interests=app.interests or "",
                    goals=app.goals or "",
                    status=app.status.value,
                    status_reason=app.status_reason or "",
                    requested_mentor=profile.requested_mentor,
                    eligible=profile.eligible,
                    eligibility_reasons=profile.eligibility_reasons,
                )
            )
    return BoardState(
        cohort_id=cohort_id,
        cohort_name=cohort.name,
        rules=rules,
        mentors=mentors,
        mentees=mentees,
        pairs=current.pairs,
    )


def board_state_for(problem: MatchProblem | CohortInputs, current: BoardPairs) -> BoardState:
    """The board from a matching problem already read (its profiles) and the current pairs,
    so the pairing board reads each application once."""
    return with_pairs(
        BoardState(
            cohort_id=problem.cohort_id,
            cohort_name=problem.cohort_name,
            rules=problem.rules,
            mentors=[
                MentorCard(
                    id=p.id,
                    name=p.name,
                    email=p.email,
                    department=p.department,
                    location=p.location,
                    expertise=p.expertise_text,
                    capacity=p.capacity,
                    taken=0,
                    eligible=p.eligible,
                    eligibility_reasons=p.eligibility_reasons,
                )
                for p in problem.mentors
            ],
            mentees=[
                MenteeCard(
                    id=p.id,
                    name=p.name,
                    email=p.email,
                    department=p.department,
                    interests=p.interests_text,
                    goals=p.goals,
                    status=p.status,
                    status_reason="",
                    requested_mentor=p.requested_mentor,
                    eligible=p.eligible,
                    eligibility_reasons=p.eligibility_reasons,
                )
                for p in problem.mentees
            ],
            pairs=[],
        ),
        current,
    )


def load_board(
    session: Session, cohort_id: int, progress: Progress | None = None
) -> tuple[CohortInputs, BoardState]:
    """What the pairing board shows, in one read and without scoring: the cohort's people
    and rules, and the board built from them and the current pairs."""
    inputs = read_cohort(session, cohort_id, progress)
    return inputs, board_state_for(inputs, board_pairs(session, cohort_id))


def with_pairs(state: BoardState, current: BoardPairs) -> BoardState:
    """The same board with new pairs and statuses (after an edit): loads and statuses follow."""
    load: dict[int, int] = {}
    for pair in current.pairs:
        load[pair.mentor_id] = load.get(pair.mentor_id, 0) + 1
    mentors = [
        m if m.taken == load.get(m.id, 0) else replace(m, taken=load.get(m.id, 0))
        for m in state.mentors
    ]
    mentees = []
    for m in state.mentees:
        status, reason = current.statuses.get(m.id, (m.status, m.status_reason))
        same = (status, reason) == (m.status, m.status_reason)
        mentees.append(m if same else replace(m, status=status, status_reason=reason))
    return replace(state, mentors=mentors, mentees=mentees, pairs=list(current.pairs))
