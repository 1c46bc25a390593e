"""Alembic migrations of the MentorDesk schema, run automatically when a database opens.

Alembic is imported only when a database needs upgrading: a file already at the newest
revision is recognised by ``known_head``, which reads the scripts' ``revision`` lines
itself (Alembic's own reading of the scripts costs a third of a second at every start).
"""

from __future__ import annotations

import ast
import re
import sys
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from alembic.config import Config


def _scripts_dir() -> Path:
    """Where the migration scripts are as files: Alembic runs them from files, not modules.

    In a PyInstaller bundle the package's modules live in an archive; build.spec copies
    this folder's scripts as data to the same relative path inside the bundle.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "mentordesk" / "core" / "storage" / "migrations"
    return Path(__file__).resolve().parent


HERE = _scripts_dir()


def alembic_config(connection: Any | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    # The scripts' folder may have spaces ("Program Files"): say how paths are separated
    # and let Alembic find versions/ itself, rather than have it split a path on spaces.
    config.set_main_option("path_separator", "os")
    config.set_main_option("script_location", str(HERE))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


#: ``revision = "…"`` and ``down_revision = …`` (a name, None or a tuple) in a script.
_REVISION_LINE = re.compile(r"^(revision|down_revision)\s*(?::[^=\n]*)?=\s*(.+?)\s*$", re.MULTILINE)


@cache
def known_head() -> str | None:
    """The newest revision among the scripts, or None when they do not name exactly one
    (then Alembic, reading them itself, decides and explains)."""
    revisions: set[str] = set()
    replaced: set[str] = set()
    for script in (HERE / "versions").glob("*.py"):
        found = dict(_REVISION_LINE.findall(script.read_text(encoding="utf-8")))
        try:
            revision = ast.literal_eval(found["revision"])
            down = ast.literal_eval(found.get("down_revision", "None"))
        except (KeyError, ValueError, SyntaxError):
            return None
        if not isinstance(revision, str):
            return None
        revisions.add(revision)
        replaced.update([down] if isinstance(down, str) else (down or ()))
    heads = revisions - replaced
    return heads.pop() if len(heads) == 1 else None
