"""Where a server database's password comes from: the environment, ~/.pgpass or the system keyring.

A password is never part of what MentorDesk stores or shows: settings and messages hold
the address without it (``database.describe``). libpq, under psycopg, reads
``PGPASSWORD`` and ``~/.pgpass`` itself; this module adds the system keyring (through the
``keyring`` library), where the window keeps a password the committee typed once.
Without a usable keyring the password lives only as long as the window.
"""

from __future__ import annotations

import contextlib
import os

from sqlalchemy.engine import URL

SERVICE = "MentorDesk"


def account(url: URL) -> str:
    """The keyring entry of a server database: user, host, port and database, never a secret."""
    host = url.host or url.query.get("host") or "localhost"
    return f"{url.username or ''}@{host}:{url.port or 5432}/{url.database or ''}"


def _keyring():  # type: ignore[no-untyped-def]
    try:
        import keyring
    except ImportError:  # pragma: no cover - keyring is a dependency
        return None
    return keyring


def stored_password(url: URL) -> str | None:
    """The password the keyring holds for ``url``; None if none, or no keyring works here."""
    if url.password or os.environ.get("PGPASSWORD"):
        return None
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        value = keyring.get_password(SERVICE, account(url))
    except Exception:  # any backend failure means "no stored password"
        return None
    return value or None


def remember_password(url: URL, password: str) -> bool:
    """Keep ``password`` in the system keyring; False when there is no keyring to keep it in."""
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        keyring.set_password(SERVICE, account(url), password)
    except Exception:
        return False
    return True


def forget_password(url: URL) -> None:
    keyring = _keyring()
    if keyring is None:
        return
    with contextlib.suppress(Exception):  # nothing stored, or no keyring: nothing to forget
        keyring.delete_password(SERVICE, account(url))


def asks_for_password(message: str) -> bool:
    """Whether a server's refusal means a (right) password is needed."""
    text = message.lower()
    return "password authentication failed" in text or "no password supplied" in text


# --- any other secret of the committee's (the mail server's password) --------------------


def kept_secret(account_name: str) -> str | None:
    """What the keyring holds under ``account_name``; None if nothing, or no keyring here."""
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        return keyring.get_password(SERVICE, account_name) or None
    except Exception:  # any backend failure means "nothing kept"
        return None


def keep_secret(account_name: str, secret: str) -> bool:
    """Keep ``secret`` in the system keyring; False when there is no keyring to keep it in."""
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        keyring.set_password(SERVICE, account_name, secret)
    except Exception:
        return False
    return True


def forget_secret(account_name: str) -> None:
    keyring = _keyring()
    if keyring is None:
        return
    with contextlib.suppress(Exception):  # nothing kept, or no keyring: nothing to forget
        keyring.delete_password(SERVICE, account_name)
