"""Where MentorDesk finds its shipped resources and keeps the user's database."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "MentorDesk"


def resources_dir() -> Path:
    """The ``resources/`` folder: beside the package in a checkout, inside a bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    return user_data_dir() / "mentordesk.db"
