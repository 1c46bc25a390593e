"""Where MentorDesk finds the resources it ships and keeps the user's database.

The shipped resources (rule presets, agreement templates, fonts) live inside the
package, in ``mentordesk/resources/``, so that ``pip install`` and the PyInstaller
bundle carry them; both unpack the package into real folders, so the resources are
beside this module's own package (read from ``__file__``: ``importlib.resources`` and
``platformdirs`` are imported at start-up by nothing, since the first window waits for
whatever is).
"""

from __future__ import annotations

from pathlib import Path

APP_NAME = "MentorDesk"
#: The ``mentordesk`` package's folder.
PACKAGE_DIR = Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """The package's ``resources/`` folder (a real folder: wheels and the bundle unpack it)."""
    return PACKAGE_DIR / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def user_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    return user_data_dir() / "mentordesk.db"
