"""The command line: the same core as the GUI, without a window (Qt is never imported here).

Each command prints one clear line (or JSON with ``--json``) and exits non-zero on
failure; a user's mistake is one line on stderr, never a traceback. One module per
command group; each adds its commands to the parser in ``register``. Handlers import
the core they need when they run, so ``mentordesk --help`` starts fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from mentordesk import __version__
from mentordesk.cli import (
    applications,
    audit,
    calendar,
    evaluations,
    export,
    matching,
    pairs,
    programs,
    publishing,
    registry,
    storage,
)
from mentordesk.cli.common import Handler, db_option
from mentordesk.core.errors import MentorDeskError

GROUPS = (
    programs,
    applications,
    matching,
    pairs,
    registry,
    publishing,
    evaluations,
    export,
    calendar,
    storage,
    audit,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mentordesk",
        description="Run a mentorship program's year. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"MentorDesk {__version__}")
    db_option(parser, top=True)
    parser.add_argument(
        "--cohort",
        dest="window_cohort",
        metavar="NAME",
        help="open the window on this cohort",
    )
    parser.add_argument(
        "--ready-and-quit",
        action="store_true",
        help="open the window, wait until the cohort's area shows its data and the window "
        "is idle, print 'ready in N ms, peak RSS M MiB' and quit (benchmarks, smoke tests)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in GROUPS:
        group.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    try:
        if handler is None:
            from mentordesk.gui.app import run_gui

            return run_gui(args.db, cohort=args.window_cohort, ready_and_quit=args.ready_and_quit)
        return handler(args)
    except MentorDeskError as exc:
        print(f"mentordesk: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("mentordesk: interrupted; nothing was written", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
