"""The audit log on the command line: who changed what, when, from which desk."""

from __future__ import annotations

import argparse
from typing import Any

from mentordesk.cli.common import command, open_database, parse_date, print_json


def cmd_audit(args: argparse.Namespace) -> int:
    from mentordesk.core.applications.records import find_person
    from mentordesk.core.errors import NotFoundError
    from mentordesk.core.programs.cohorts import find_cohort
    from mentordesk.core.storage.audit_trail import AuditFilter, audit_rows

    db = open_database(args)
    with db.reading() as session:
        cohort_id = find_cohort(session, args.cohort, args.program).id if args.cohort else None
        person_id = None
        if args.person:
            person = find_person(session, args.person)
            if person is None:
                raise NotFoundError(f"Nobody with the address {args.person} has applied")
            person_id = person.id
        rows = audit_rows(
            session,
            AuditFilter(
                cohort_id=cohort_id,
                person_id=person_id,
                record=args.record,
                field=args.field,
                since=args.since,
                until=args.until,
                desk=args.desk,
                limit=args.limit or None,
            ),
        )
    if args.json:
        print_json({"entries": [r.as_json() for r in rows]})
        return 0
    if not rows:
        print("No audit entries match")
        return 0
    for r in rows:
        note = f"  ({r.note})" if r.note else ""
        print(
            f"{r.local_at:%Y-%m-%d %H:%M}  {r.actor}@{r.desk or '?'}  {r.action:<6}  "
            f"{r.record_label}: {r.summary() or '—'}{note}"
        )
    return 0


def register(sub: Any) -> None:
    from mentordesk.core.storage.audit_trail import RECORD_KINDS

    p = command(
        sub, "audit", cmd_audit, "read the audit log: who changed what, when", json_option=True
    )
    p.add_argument("--cohort", help="only this cohort's records")
    p.add_argument("--program", help="the program, when two programs have a cohort of that name")
    p.add_argument("--person", metavar="EMAIL", help="only what concerns this person")
    p.add_argument("--since", type=parse_date, help="from this day on (YYYY-MM-DD)")
    p.add_argument("--until", type=parse_date, help="up to and including this day")
    p.add_argument("--record", choices=sorted(RECORD_KINDS), help="only this kind of record")
    p.add_argument("--field", help="only changes of this field (e.g. status)")
    p.add_argument("--desk", help="only changes made from this computer")
    p.add_argument(
        "--limit", type=int, default=1000, help="newest N entries (0: all; default 1000)"
    )
