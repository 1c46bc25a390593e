"""Publishing pairs and telling them: publish (introduction drafts as .eml files)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from mentordesk.cli.common import cohort_options, command, open_database, print_json


def cmd_publish(args: argparse.Namespace) -> int:
    from mentordesk.core.documents.mail import smtp_settings, write_drafts
    from mentordesk.core.documents.messages import introduction_drafts
    from mentordesk.core.matching.publishing import publish_pairs
    from mentordesk.core.programs.cohorts import find_cohort

    db = open_database(args)
    with db.transaction(note="publish") as session:
        cohort = find_cohort(session, args.cohort, args.program)
        cohort_name = cohort.name
        published = publish_pairs(session, cohort.id)
        out = Path(args.out) if args.out else Path.cwd() / f"introductions-{cohort.id}"
        settings = smtp_settings(session)
        contact = cohort.program.contact_email or ""
        sender = settings.sender if settings else contact
        # Drafts for the pairs published now; --all-drafts writes every published pair's again.
        drafts = introduction_drafts(session, cohort.id, None if args.all else published)
        paths = write_drafts(session, drafts, out, sender=sender)
    if args.json:
        print_json(
            {
                "cohort": cohort_name,
                "published": published,
                "folder": str(out),
                "drafts": [
                    {**d.as_json(), "file": str(p)} for d, p in zip(drafts, paths, strict=True)
                ],
            }
        )
        return 0
    print(
        f"Published {len(published)} pair(s) of {cohort_name}; wrote {len(paths)} introduction "
        f"draft(s) to {out} (open them in your mail program to send)"
    )
    return 0


def register(sub: Any) -> None:
    p = command(
        sub,
        "publish",
        cmd_publish,
        "publish the cohort's proposed pairs and write their introduction drafts (.eml)",
        json_option=True,
    )
    cohort_options(p)
    p.add_argument(
        "--out", metavar="DIR", help="folder for the drafts (default: ./introductions-ID)"
    )
    p.add_argument(
        "--all",
        action="store_true",
        help="draft an introduction for every published pair, not only those published now",
    )
