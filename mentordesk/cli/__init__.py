"""The command line: the same core as the GUI, without a window (Qt is never imported here).

Each command prints one clear line (or JSON with ``--json``) and exits non-zero on
failure; a user's mistake is one line on stderr, never a traceback. One module per
command group; each adds its commands to the parser in ``register``. Handlers import
the core they need when they run, so ``mentordesk --help`` starts fast; and
``mentordesk`` without a command (the window) does not even import the command groups:
the window's first paint must not wait for them.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import NoReturn

from mentordesk import __version__
from mentordesk.cli.common import Handler, db_option
from mentordesk.core.errors import MentorDeskError

#: The command groups' modules (``mentordesk.cli.<name>``), in the order --help lists them.
GROUPS = (
    "programs",
    "applications",
    "matching",
    "pairs",
    "registry",
    "publishing",
    "evaluations",
    "export",
    "calendar",
    "storage",
    "audit",
)


class _NotJustTheWindow(Exception):
    """The arguments are more than the window's options: the whole parser reads them."""


class _WindowParser(argparse.ArgumentParser):
    """The top-level options alone; anything else (a command, --help, a mistake) is left to
    the whole parser, so its messages and exit codes stay exactly as they are."""

    def error(self, message: str) -> NoReturn:
        raise _NotJustTheWindow(message)


def _window_options(parser: argparse.ArgumentParser) -> None:
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
        "is idle, print 'first paint in N ms' and 'ready in N ms, peak RSS M MiB' and quit "
        "(benchmarks, smoke tests); a file it cannot open without asking (in use, damaged, "
        "a password) is said in one line, exit 2",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mentordesk",
        description="Run a mentorship program's year. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"MentorDesk {__version__}")
    _window_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in GROUPS:
        importlib.import_module(f"mentordesk.cli.{name}").register(sub)
    return parser


def window_arguments(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The arguments parsed without the command groups if they only open the window, else None."""
    parser = _WindowParser(prog="mentordesk", add_help=False)
    _window_options(parser)
    try:
        args, rest = parser.parse_known_args(argv)
    except _NotJustTheWindow:
        return None
    return None if rest else args


def main(argv: Sequence[str] | None = None) -> int:
    args = window_arguments(argv)
    if args is None:
        args = build_parser().parse_args(argv)
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
