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
from sqlalchemy.exc import (
    ArgumentError,
    DBAPIError,
    IntegrityError,
    NoSuchModuleError,
    OperationalError,
    SQLAlchemyError,
)
from sqlalchemy.orm import Session, sessionmaker

from mentordesk.core.errors import ConflictError, DatabaseError
from mentordesk.core.paths import default_database_path
from mentordesk.core.storage import audit as _audit  # noqa: F401  (installs the audit hooks)
from mentordesk.core.storage import closed_cohorts as _closed  # noqa: F401  (refuses changes)

ENV_VAR = "MENTORDESK_DB"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SUPPORTED_BACKENDS = ("sqlite", "postgresql")
#: Seconds to wait for a PostgreSQL server before saying it cannot be reached.
CONNECT_TIMEOUT = 10


def resolve_url(target: str | os.PathLike[str] | None = None) -> URL:
    """``--db`` as the user gave it (a path or a SQLAlchemy URL), else $MENTORDESK_DB, else the default file."""
    if target is None or str(target) == "":
        target = os.environ.get(ENV_VAR) or default_database_path()
    text = str(target)
    if "://" in text:
        try:
            url = make_url(text)
        except (ArgumentError, ValueError) as exc:  # ValueError: a port that is not a number
            raise DatabaseError(f"Not a database address: {text}") from exc
        if url.get_backend_name() not in SUPPORTED_BACKENDS:
            raise DatabaseError(
                f"MentorDesk keeps its data in a SQLite file or on a PostgreSQL server, "
                f"not in {url.get_backend_name()!r} ({text.split('://')[0]}://…)"
            )
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


def one_line(exc: BaseException) -> str:
    """A driver's error as one line: psycopg and SQLAlchemy spread theirs over several."""
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc)
    return " ".join(text.split()) or type(exc).__name__


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


def _prepare_file(path: Path) -> None:
    """Make sure SQLite can open ``path``, creating it owner-only; else say why not."""
    folder = path.parent
    if folder.exists() and not folder.is_dir():
        raise DatabaseError(f"Cannot create the database {path}: {folder} is a file, not a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(f"Cannot create the folder {folder}: {exc.strerror}") from exc
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a database file")
    if path.exists():
        if not os.access(path, os.R_OK | os.W_OK):
            raise DatabaseError(
                f"Cannot read and write the database file {path}: permission denied"
            )
        return
    if not os.access(folder, os.W_OK | os.X_OK):
        raise DatabaseError(f"Cannot create the database {path}: the folder is not writable")
    # Create the file with owner-only permissions before SQLite opens it: SQLite gives
    # its -wal and -shm files the same mode, so nothing is ever world-readable.
    try:
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    except OSError as exc:
        raise DatabaseError(f"Cannot create the database {path}: {exc.strerror}") from exc
    os.close(fd)


class Database:
    """An open MentorDesk database; thread-safe to share, one session per unit of work."""

    def __init__(
        self,
        target: str | os.PathLike[str] | URL | None = None,
        *,
        upgrade: bool = True,
        create: bool = True,
    ):
        """Open ``target``; with ``create=False`` a database file that is not there is an error
        (a mistyped ``--db`` must not leave an empty database behind)."""
        self.url = target if isinstance(target, URL) else resolve_url(target)
        if self.url.drivername == "postgresql":  # a URL object given as is: psycopg 3 too
            self.url = self.url.set(drivername="postgresql+psycopg")
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        self.path: Path | None = (
            Path(self.url.database) if self.is_sqlite and self.url.database else None
        )
        self._lock = threading.Lock()
        if self.path is not None:
            if not create and not self.path.exists():
                raise DatabaseError(
                    f"There is no MentorDesk database at {self.path}; check the path, or start "
                    "one with 'mentordesk demo' or 'mentordesk program create'"
                )
            _prepare_file(self.path)
        self.engine: Engine = self._create_engine()
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        if upgrade:
            try:
                self.upgrade()
            except BaseException:
                self.engine.dispose()
                raise
        if self.path is not None:
            _restrict_to_owner(self.path)

    def _create_engine(self) -> Engine:
        try:
            if self.is_sqlite:
                engine = create_engine(self.url, connect_args={"timeout": 5})
                event.listen(engine, "connect", _sqlite_on_connect)
            else:
                connect_args: dict[str, Any] = {}
                if "connect_timeout" not in self.url.query:
                    connect_args["connect_timeout"] = CONNECT_TIMEOUT
                engine = create_engine(self.url, pool_pre_ping=True, connect_args=connect_args)
        except (NoSuchModuleError, ImportError) as exc:
            raise DatabaseError(
                f"Cannot use {self.url.drivername} for {self.name}: its driver is not installed"
            ) from exc
        except ArgumentError as exc:
            raise DatabaseError(f"Not a usable database address {self.name}: {exc}") from exc
        return engine

    def __repr__(self) -> str:
        return f"Database({describe(self.url)!r})"

    @property
    def name(self) -> str:
        return describe(self.url)

    def _open_error(self, exc: BaseException) -> DatabaseError:
        """The reason a database cannot be opened, in words a committee member can act on."""
        text = one_line(exc)
        if self.is_sqlite and "file is not a database" in text:
            return DatabaseError(f"{self.name} is not a MentorDesk database (not an SQLite file)")
        return DatabaseError(f"Cannot open the database {self.name}: {text}")

    def upgrade(self) -> None:
        """Bring the schema to the newest revision (creating it in an empty database)."""
        from alembic import command
        from alembic.util import CommandError

        from mentordesk.core.storage.migrations import alembic_config

        try:
            with self.engine.begin() as connection:
                tables = set(inspect(connection).get_table_names())
                if tables and "alembic_version" not in tables:
                    # Someone else's database: never add our tables to it.
                    raise DatabaseError(
                        f"{self.name} is not a MentorDesk database "
                        f"(it holds other tables: {', '.join(sorted(tables)[:3])})"
                    )
                config = alembic_config(connection)
                command.upgrade(config, "head")
        except CommandError as exc:
            revision = self._stored_revision()
            raise DatabaseError(
                f"The database {self.name} was written by a newer MentorDesk "
                f"(schema {revision or 'unknown'}); install the newer version to open it"
            ) from exc
        except DBAPIError as exc:
            raise self._open_error(exc) from exc
        except SQLAlchemyError as exc:
            raise DatabaseError(
                f"The database {self.name} could not be upgraded: {one_line(exc)}"
            ) from exc

    def _stored_revision(self) -> str | None:
        try:
            return self.schema_revision()
        except DatabaseError:
            return None

    def schema_revision(self) -> str | None:
        """The Alembic revision the database is at (None for an empty database)."""
        from alembic.migration import MigrationContext

        try:
            with self.engine.connect() as connection:
                return MigrationContext.configure(connection).get_current_revision()
        except DBAPIError as exc:
            raise self._open_error(exc) from exc

    def table_names(self) -> list[str]:
        return inspect(self.engine).get_table_names()

    def session(self) -> Session:
        return self._sessions()

    def _refused(self, exc: DBAPIError) -> DatabaseError | ConflictError:
        if isinstance(exc, IntegrityError):
            # A unique, check or foreign-key constraint: the change clashes with the data.
            return ConflictError(f"The database {self.name} refused the change: {one_line(exc)}")
        if isinstance(exc, OperationalError):
            return DatabaseError(f"The database {self.name} refused the change: {one_line(exc)}")
        return DatabaseError(f"The database {self.name} failed: {one_line(exc)}")

    @contextmanager
    def transaction(
        self, *, actor: str | None = None, note: str | None = None
    ) -> Iterator[Session]:
        """One unit of work: commits on success, rolls everything back on any error.

        A constraint the database enforces becomes a ``ConflictError``, a database that
        cannot be reached or is locked a ``DatabaseError``: both one clear line.
        """
        session = self._sessions()
        if actor:
            session.info["actor"] = actor
        if note:
            session.info["audit_note"] = note
        try:
            yield session
            session.commit()
        except DBAPIError as exc:
            session.rollback()
            raise self._refused(exc) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only unit of work (nothing is committed).

        Closing (rather than rolling back) ends the database transaction without
        expiring what was read, so values loaded inside stay readable afterwards.
        """
        session = self._sessions()
        try:
            yield session
        except DBAPIError as exc:
            raise DatabaseError(f"Cannot read the database {self.name}: {one_line(exc)}") from exc
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()
