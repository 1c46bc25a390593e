"""Opens a MentorDesk database (a local SQLite file or a shared PostgreSQL server).

Opening creates the file if needed, makes it readable by its owner only, and brings
the schema up to date with Alembic, so an old file simply opens. Every user action
runs in ``Database.transaction()``: the whole change is committed or none of it.
"""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from mentordesk.core import audit as _audit  # noqa: F401  (installs the audit hooks)
from mentordesk.core.errors import DatabaseError
from mentordesk.core.paths import default_database_path

ENV_VAR = "MENTORDESK_DB"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def resolve_url(target: str | os.PathLike[str] | None = None) -> URL:
    """``--db`` as the user gave it (a path or a SQLAlchemy URL), else $MENTORDESK_DB, else the default file."""
    if target is None or str(target) == "":
        target = os.environ.get(ENV_VAR) or default_database_path()
    text = str(target)
    if "://" in text:
        try:
            url = make_url(text)
        except ArgumentError as exc:
            raise DatabaseError(f"Not a database address: {text}") from exc
        if url.drivername == "postgresql":
            url = url.set(drivername="postgresql+psycopg")
        return url
    path = Path(text).expanduser().resolve()
    return URL.create("sqlite+pysqlite", database=str(path))


def describe(url: URL) -> str:
    """The database as a person would name it: the file path, or the server without password."""
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    return url.render_as_string(hide_password=True)


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _restrict_to_owner(path: Path) -> None:
    """The database holds confidential data: owner read/write only (and its WAL files)."""
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if candidate.exists():
            os.chmod(candidate, stat.S_IRUSR | stat.S_IWUSR)


class Database:
    """An open MentorDesk database; thread-safe to share, one session per unit of work."""

    def __init__(self, target: str | os.PathLike[str] | URL | None = None, *, upgrade: bool = True):
        self.url = target if isinstance(target, URL) else resolve_url(target)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        self.path: Path | None = (
            Path(self.url.database) if self.is_sqlite and self.url.database else None
        )
        self._lock = threading.Lock()
        if self.path is not None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseError(
                    f"Cannot create the folder {self.path.parent}: {exc.strerror}"
                ) from exc
            if self.path.exists() and not os.access(self.path, os.R_OK | os.W_OK):
                raise DatabaseError(f"Cannot read and write the database file {self.path}")
            # Create the file with owner-only permissions before SQLite opens it.
            if not self.path.exists():
                fd = os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600)
                os.close(fd)
        self.engine: Engine = self._create_engine()
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        if upgrade:
            self.upgrade()
        if self.path is not None:
            _restrict_to_owner(self.path)

    def _create_engine(self) -> Engine:
        if self.is_sqlite:
            engine = create_engine(self.url, connect_args={"timeout": 5})
            event.listen(engine, "connect", _sqlite_on_connect)
        else:
            engine = create_engine(self.url, pool_pre_ping=True)
        return engine

    def __repr__(self) -> str:
        return f"Database({describe(self.url)!r})"

    @property
    def name(self) -> str:
        return describe(self.url)

    def upgrade(self) -> None:
        """Bring the schema to the newest revision (creating it in an empty database)."""
        from alembic import command

        from mentordesk.core.migrations import alembic_config

        try:
            with self.engine.begin() as connection:
                config = alembic_config(connection)
                command.upgrade(config, "head")
        except DBAPIError as exc:
            reason = str(exc.orig).strip().splitlines()[0] if exc.orig else "unknown error"
            if "file is not a database" in reason:
                reason = "it is not a MentorDesk database file"
            raise DatabaseError(f"Cannot open the database {self.name}: {reason}") from exc
        except SQLAlchemyError as exc:
            reason = str(exc).strip().splitlines()[0]
            raise DatabaseError(
                f"The database {self.name} could not be upgraded: {reason}"
            ) from exc

    def schema_revision(self) -> str | None:
        from alembic.migration import MigrationContext

        with self.engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()

    def table_names(self) -> list[str]:
        return inspect(self.engine).get_table_names()

    def session(self) -> Session:
        return self._sessions()

    @contextmanager
    def transaction(
        self, *, actor: str | None = None, note: str | None = None
    ) -> Iterator[Session]:
        """One unit of work: commits on success, rolls everything back on any error."""
        session = self._sessions()
        if actor:
            session.info["actor"] = actor
        if note:
            session.info["audit_note"] = note
        try:
            yield session
            session.commit()
        except OperationalError as exc:
            session.rollback()
            raise DatabaseError(f"The database {self.name} refused the change: {exc.orig}") from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only unit of work: nothing is committed; objects read stay readable after it."""
        session = self._sessions()
        try:
            yield session
        finally:
            session.close()  # ends the transaction without expiring what was loaded

    def close(self) -> None:
        self.engine.dispose()
