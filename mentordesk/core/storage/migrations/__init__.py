"""Alembic migrations of the MentorDesk schema, run automatically when a database opens."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

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
    config = Config()
    # The scripts' folder may have spaces ("Program Files"): say how paths are separated
    # and let Alembic find versions/ itself, rather than have it split a path on spaces.
    config.set_main_option("path_separator", "os")
    config.set_main_option("script_location", str(HERE))
    if connection is not None:
        config.attributes["connection"] = connection
    return config
