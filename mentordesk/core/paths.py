"""Where MentorDesk finds the resources it ships and keeps the user's database.

The shipped resources (rule presets, agreement templates, fonts) live inside the
package, in ``mentordesk/resources/``, so that ``pip install`` and the PyInstaller
bundle carry them; they are found through ``importlib.resources``.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import platformdirs

APP_NAME = "MentorDesk"


def resources_dir() -> Path:
    """The package's ``resources/`` folder (a real folder: wheels and the bundle unpack it)."""
    return Path(str(files("mentordesk").joinpath("resources")))


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    return user_data_dir() / "mentordesk.db"
