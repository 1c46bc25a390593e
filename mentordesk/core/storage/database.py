"""Opens a MentorDesk database (a local SQLite file or a shared PostgreSQL server).

Opening a file looks before it writes (``file_check``): another application's file, an
empty file for a command that does not create a database, a damaged file and a ``-wal``
of another copy are all refused or set aside before the first write. Then it creates the
file if needed, owner-only, backs it up (at most daily, and before every migration), and
brings the schema up to date with Alembic, so an old file simply opens. Every user action
runs in ``Database.transaction()``: the whole change is committed or none of it. A
database URL's password never appears in a message (``describe``).
"""

from __future__ import annotations

import os
import re
import sqlite3
import stat
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import (
    ArgumentError,
    DBAPIError,
    IntegrityError,
    NoSuchModuleError,
    OperationalError,
    SQLAlchemyError,
)
from sqlalchemy.orm import Session, configure_mappers, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from mentordesk.core.errors import ConflictError, DatabaseError, MentorDeskError
from mentordesk.core.paths import default_database_path
from mentordesk.core.storage import audit as _audit  # noqa: F401  (installs the audit hooks)
from mentordesk.core.storage import closed_cohorts as _closed  # noqa: F401  (refuses changes)
from mentordesk.core.storage import statuses as _statuses  # noqa: F401  (statuses follow pairs)
from mentordesk.core.storage.audit import OwnChanges, last_change, own_changes_end
from mentordesk.core.storage.backup import backup_before, daily_backup
from mentordesk.core.storage.file_check import (
    APPLICATION_ID,
    DamagedDatabaseError,
    FileKind,
    FileState,
    inspect_file,
    is_corruption,
    new_identity,
    quick_check,
    set_aside_wal,
    wal_first_identity,
    wal_has_frames,
)
from mentordesk.core.storage.file_lock import Holder, WindowLock, record_identity, recorded_identity
from mentordesk.core.storage.migrations import alembic_config, known_head
from mentordesk.core.storage.models import describe_for_postgresql
from mentordesk.core.storage.passwords import asks_for_password, stored_password

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
        except (ArgumentError, ValueError):  # ValueError: a port that is not a number
            raise DatabaseError(f"Not a database address: {mask_secrets(text)}") from None
        if url.get_backend_name() not in SUPPORTED_BACKENDS:
            raise DatabaseError(
                f"MentorDesk keeps its data in a SQLite file or on a PostgreSQL server, "
                f"not in {url.get_backend_name()!r} ({mask_secrets(text).split('://')[0]}://…)"
            )
        if url.drivername == "postgresql":
            url = url.set(drivername="postgresql+psycopg")
        return url
    path = Path(text).expanduser().resolve()
    return URL.create("sqlite+pysqlite", database=str(path))


#: Query parameters of a database URL that hold a secret.
SECRET_PARAMETERS = ("password", "passfile", "sslpassword")


def without_password(url: URL) -> URL:
    """``url`` with no password anywhere: what settings and messages may hold."""
    query = {k: v for k, v in url.query.items() if k.lower() not in SECRET_PARAMETERS}
    # URL.set(password=None) means "leave the password as it is": replace it instead.
    return url._replace(password=None).set(query=query)


def with_password(target: str | os.PathLike[str] | URL | None, password: str) -> URL:
    """The address ``target`` with ``password``: kept in memory only, never shown or stored."""
    url = target if isinstance(target, URL) else resolve_url(target)
    return url.set(password=password)


def describe(url: URL) -> str:
    """The database as a person would name it: the file path, or the server without password."""
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    hidden = (
        "***" if url.password or any(k.lower() in SECRET_PARAMETERS for k in url.query) else None
    )
    shown = without_password(url)
    if hidden:
        shown = shown.set(password=hidden)  # rendered as *** below
    return shown.render_as_string(hide_password=True)


def mask_secrets(text: str) -> str:
    """``text`` (an address as typed, a driver's message) with anything password-like hidden."""
    text = re.sub(r"(://[^:/?#@\s]*:)[^@\s]*@", r"\1***@", text)
    return re.sub(
        r"(?i)\b(password|passfile|sslpassword)(\s*=\s*)('[^']*'|\"[^\"]*\"|[^&\s]+)",
        r"\1\2***",
        text,
    )


def one_line(exc: BaseException) -> str:
    """A driver's error as one line: psycopg and SQLAlchemy spread theirs over several."""
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc)
    return mask_secrets(" ".join(text.split())) or type(exc).__name__


#: Execution option that makes a SQLite transaction take the write lock when it begins.
WRITING = "mentordesk_writing"


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    # We say BEGIN ourselves (``_sqlite_begin``): the driver's own begins only before the
    # first INSERT, too late to take the write lock before reading what a change depends on.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _sqlite_read_only(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA query_only=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def head_revision() -> str | None:
    """The newest schema revision this MentorDesk knows."""
    head = known_head()
    if head is not None:
        return head
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def _sqlite_begin(connection: Any) -> None:
    """A unit of work that writes takes SQLite's write lock first (BEGIN IMMEDIATE).

    Two desks on one file then take turns for the whole change: the second reads what the
    first committed (a mentor's pairs, a record's version) before deciding, instead of
    deciding on an old snapshot; the busy timeout lets it wait its turn.
    """
    options = connection.get_execution_options()
    if options.get("isolation_level") == "AUTOCOMMIT":
        return  # each statement on its own (VACUUM, which no transaction may hold)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if options.get(WRITING) else "BEGIN")


#: The PostgreSQL advisory lock a unit of work that writes holds to its end ("MDWR"). Its
#: scope is one database, so two programs' databases on one server never wait for each other.
WRITE_TURN = 0x4D44_5752
#: How long a change on PostgreSQL waits for another desk's change to finish before it is
#: refused: as long as on SQLite (its busy timeout), so a desk waits the same on either.
WRITE_TURN_WAIT_SECONDS = 5


def _take_write_turn(session: Session) -> None:
    """On PostgreSQL, units of work that write take turns, as BEGIN IMMEDIATE makes them on
    SQLite (``_sqlite_begin``), for the same reason and one more.

    The same reason: the second reads what the first committed before deciding. The one more:
    the audit trail's ids come from a sequence, taken when an entry is inserted, so without
    turns a change that inserted its entries first could commit after another desk's. A
    third desk that had read the newest id in between (``audit.last_change``, the mark every
    window watches) would never see the earlier change: it lies below the mark. With turns,
    entries commit in the order of their ids, and the newest id is a mark no change slips
    under. Reading takes no turn: PostgreSQL's readers never wait for writers.
    """
    session.execute(text(f"SET LOCAL lock_timeout = '{WRITE_TURN_WAIT_SECONDS}s'"))
    session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_TURN})
    # The limit is the turn's alone: a row lock later in the change waits as before.
    session.execute(text("SET LOCAL lock_timeout = DEFAULT"))


def _waited_too_long(exc: DBAPIError) -> bool:
    """Another desk's change held the database longer than this one would wait."""
    code = getattr(exc.orig, "sqlstate", None)  # psycopg's; 55P03: lock_not_available
    return code == "55P03" or "database is locked" in str(exc.orig)


def _sqlite_pragma(connection: Any, pragma: str) -> None:
    """A PRAGMA straight to the driver, outside any transaction (where some only work)."""
    connection.connection.dbapi_connection.execute(f"PRAGMA {pragma}")


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


class PasswordNeededError(DatabaseError):
    """The server refused the password (or wanted one): the window asks for it."""


class InUseError(DatabaseError):
    """Another window has the database file open; ``holder`` says who."""

    def __init__(self, message: str, holder: Holder) -> None:
        super().__init__(message)
        self.holder = holder


class Database:
    """An open MentorDesk database; thread-safe to share, one session per unit of work."""

    def __init__(
        self,
        target: str | os.PathLike[str] | URL | None = None,
        *,
        upgrade: bool = True,
        create: bool = True,
        backups: bool = True,
        window: bool = False,
        read_only: bool = False,
        backup_aside: bool = False,
    ):
        """Open ``target``.

        With ``create=False`` a database file that is not there (or is empty) is an error:
        a mistyped ``--db`` must not leave an empty database behind. ``backups`` takes the
        day's automatic backup and one before a migration. ``window`` takes the file's
        window lock (``InUseError`` when another window holds it); ``read_only`` opens
        without writing anything, for a second window. ``backup_aside`` takes the day's
        backup on a thread of its own once the window asks (``start_daily_backup``: when
        its first area shows its data), so that the copy never competes with opening on a
        busy machine (a first open of the day of 20,000 applications took 2.7 s instead of
        1.8 s with three other programs on two cores); the first change waits for it
        (``daily_backup_taken``), and closing takes it if it was never asked for.
        """
        self.url = target if isinstance(target, URL) else resolve_url(target)
        if self.url.drivername == "postgresql":  # a URL object given as is: psycopg 3 too
            self.url = self.url.set(drivername="postgresql+psycopg")
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        if not self.is_sqlite:
            describe_for_postgresql()
        if not self.is_sqlite and (password := stored_password(self.url)):
            self.url = self.url.set(password=password)
        self.path: Path | None = (
            Path(self.url.database) if self.is_sqlite and self.url.database else None
        )
        self.read_only = read_only
        self.damaged: DamagedDatabaseError | None = None
        # Per thread: where units of work note the audit ids they write (noting_own_changes).
        self._noting = threading.local()
        #: What opening did that the person should hear of (a -wal set aside, a backup taken).
        self.notices: list[str] = []
        self.holder: Holder | None = None  # who else has it open, when read-only for that
        self._window_lock: WindowLock | None = None
        self._lock = threading.Lock()
        self._daily: threading.Thread | None = None  # the day's backup being taken aside
        self._daily_failed = False
        self._daily_due = False  # the day's backup aside, not asked for yet
        self._daily_settled = True  # no backup aside still to wait for
        self._daily_lock = threading.Lock()
        state: FileState | None = None
        #: What upgrading this database repaired or found needing the committee (one line each).
        self.upgrade_report: list[str] = []
        if self.path is not None:
            if not create and not self.path.exists():
                raise DatabaseError(
                    f"There is no MentorDesk database at {self.path}; check the path, or start "
                    "one with 'mentordesk demo' or 'mentordesk program create'"
                )
            if read_only:
                state = inspect_file(self.path, create=False)
            else:
                _prepare_file(self.path)
                state = self._look_before_writing(self.path, create=create, window=window)
        self.engine: Engine = self._create_engine()
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        try:
            if state is not None and not read_only:
                self._open_file(state, upgrade=upgrade, backups=backups, aside=backup_aside)
            elif upgrade and not read_only and not self._at_head():
                self.upgrade()
        except BaseException:
            self.close()
            raise

    def _look_before_writing(self, path: Path, *, create: bool, window: bool) -> FileState:
        """Refuse, set aside or check what must be, before SQLite is given the file to write."""
        state = inspect_file(path, create=create)
        if window:
            lock = WindowLock(path)
            holder = lock.acquire()
            if holder is not None:
                raise InUseError(f"{path} is open in MentorDesk by {holder.describe()}", holder)
            self._window_lock = lock
        try:
            if state.kind is FileKind.OURS and not self._wal_belongs(path, state.identity):
                # Written for another copy of this file (the one a backup was copied
                # over, say): applied to this one it would mix two files' pages.
                aside = set_aside_wal(path)
                self.notices.append(
                    f"A -wal file left by another copy of {path.name} was set aside as "
                    f"{aside.name}, not applied"
                )
            if state.kind is not FileKind.NEW:
                quick_check(path)
        except BaseException:
            self._release_window()
            raise
        return state

    @staticmethod
    def _wal_belongs(path: Path, identity: int) -> bool:
        """Whether the ``-wal`` beside ``path`` was written for this file (and may be applied)."""
        if not wal_has_frames(path):
            return True
        first = wal_first_identity(path)
        if first is not None:
            return first == identity
        return recorded_identity(path) == identity

    def _open_file(self, state: FileState, *, upgrade: bool, backups: bool, aside: bool) -> None:
        assert self.path is not None
        identity = state.identity if state.kind is FileKind.OURS else new_identity()
        record_identity(self.path, identity)  # before this session writes to the -wal
        if upgrade and not (state.kind is not FileKind.NEW and self._at_head()):
            if backups and state.kind is not FileKind.NEW:
                revision = self._stored_revision()
                if revision is not None and revision != head_revision():
                    path = backup_before(self, "migration")
                    self.notices.append(f"Backed up {self.path.name} before upgrading it: {path}")
            self.upgrade()
        if state.kind is not FileKind.OURS:
            with self.engine.connect() as connection:
                driver = connection.connection.driver_connection
                assert driver is not None
                driver.execute(f"PRAGMA application_id={APPLICATION_ID}")
                driver.execute(f"PRAGMA user_version={identity}")
                driver.commit()
                # The mark and the identity reach the file itself, where the next open
                # reads them from the header bytes.
                driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        if not wal_has_frames(self.path):
            # Begin the WAL with page 1, which carries the identity: the WAL now says
            # which file it belongs to, should it outlive this session (file_check).
            with self.engine.connect() as connection:
                driver = connection.connection.driver_connection
                assert driver is not None
                driver.execute(f"PRAGMA user_version={identity}")
                driver.commit()
        if backups and state.kind is not FileKind.NEW:
            if aside:
                self._daily_due = True
                self._daily_settled = False
            else:
                daily_backup(self)
        _restrict_to_owner(self.path)

    def _take_daily_backup_aside(self) -> None:
        def take() -> None:
            try:
                daily_backup(self)
            except BaseException:  # taken again, and what stops it said, before a change
                self._daily_failed = True

        self._daily_settled = False
        self._daily = threading.Thread(target=take, name="daily backup", daemon=True)
        self._daily.start()

    def start_daily_backup(self) -> None:
        """Take the day's backup aside now (``backup_aside``), on a thread of its own; once
        only, and nothing where none is due."""
        with self._daily_lock:
            if self._daily_due:
                self._daily_due = False
                self._take_daily_backup_aside()

    def daily_backup_taken(self) -> None:
        """Before a change: wait for the day's backup taken aside (``backup_aside``; at once
        when there is none); one that failed then is taken now, and what stops it again
        (a full disk) is raised, so that the change is refused as opening the file would
        have been. Nothing is changed in a file not backed up for the day."""
        if self._daily_settled:  # set last, under the lock: no change slips past a wait
            return
        with self._daily_lock:
            if self._daily_due:  # a change before the window asked for it: taken now
                daily_backup(self)
                self._daily_due = False
            if self._daily is not None:
                self._daily.join()
                self._daily = None
            if self._daily_failed:
                daily_backup(self)
                self._daily_failed = False
            self._daily_settled = True

    def _release_window(self) -> None:
        lock, self._window_lock = self._window_lock, None
        if lock is not None:
            lock.release()

    def _create_engine(self) -> Engine:
        try:
            if self.is_sqlite and self.read_only:
                engine = create_engine(
                    f"sqlite+pysqlite:///{Path(self.path or '').resolve().as_uri()}?mode=ro&uri=true",
                    connect_args={"timeout": 5},
                )
                event.listen(engine, "connect", _sqlite_read_only)
            elif self.is_sqlite:
                engine = create_engine(self.url, connect_args={"timeout": 5})
                event.listen(engine, "connect", _sqlite_on_connect)
                event.listen(engine, "begin", _sqlite_begin)
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
        if self.is_sqlite and is_corruption(exc):
            return self._damage(exc)
        if self.is_sqlite and "file is not a database" in text:
            return DatabaseError(f"{self.name} is not a MentorDesk database (not an SQLite file)")
        if not self.is_sqlite and asks_for_password(text):
            return PasswordNeededError(f"Cannot open the database {self.name}: {text}")
        return DatabaseError(f"Cannot open the database {self.name}: {text}")

    def upgrade(self) -> None:
        """Bring the schema to the newest revision (creating it in an empty database)."""
        from alembic.util import CommandError

        try:
            with self.engine.connect() as connection:
                if self.is_sqlite:
                    # A migration that rebuilds a table (SQLite's only way to change a
                    # constraint) drops rows others point at: foreign keys are checked once,
                    # at the end, instead (the PRAGMA works only outside a transaction).
                    _sqlite_pragma(connection, "foreign_keys=OFF")
                try:
                    with connection.execution_options(**{WRITING: True}).begin():
                        if not self.is_sqlite:
                            # Migrations write audit entries too: in turn with the desks.
                            connection.execute(
                                text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_TURN}
                            )
                        self._upgrade_on(connection)
                finally:
                    if self.is_sqlite:
                        _sqlite_pragma(connection, "foreign_keys=ON")
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

    def _upgrade_on(self, connection: Any) -> None:
        from alembic import command

        tables = set(inspect(connection).get_table_names())
        if tables and "alembic_version" not in tables:
            # Someone else's database: never add our tables to it.
            raise DatabaseError(
                f"{self.name} is not a MentorDesk database "
                f"(it holds other tables: {', '.join(sorted(tables)[:3])})"
            )
        config = alembic_config(connection)
        command.upgrade(config, "head")
        self.upgrade_report.extend(config.attributes.get("upgrade_report", []))
        if self.is_sqlite:
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise DatabaseError(
                    f"The database {self.name} could not be upgraded: {len(broken)} row(s) "
                    f"of {broken[0][0]} point at records that are not there"
                )

    def _at_head(self) -> bool:
        """Whether the schema is at the newest revision, told without Alembic (which is then
        not imported at all): the version row read directly, beside ``head_revision``."""
        try:
            with self.engine.connect() as connection:
                if not inspect(connection).has_table("alembic_version"):
                    return False
                rows = connection.exec_driver_sql("SELECT version_num FROM alembic_version")
                stored = [row[0] for row in rows]
        except DBAPIError:
            return False  # upgrade() meets the same trouble and says what it is
        return len(stored) == 1 and stored[0] == head_revision()

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

    def _damage(self, exc: BaseException) -> DamagedDatabaseError:
        """Remember that the file is damaged: from now on this session writes nothing to it."""
        if self.damaged is None:
            self.damaged = DamagedDatabaseError(
                f"{self.name} is damaged ({one_line(exc)}); MentorDesk will not write to it. "
                "Restore the newest backup (File ▸ Restore…, or 'mentordesk restore')",
                self.path,
            )
        return self.damaged

    def _refused(self, exc: DBAPIError) -> DatabaseError | ConflictError:
        if self.is_sqlite and is_corruption(exc):
            return self._damage(exc)
        if isinstance(exc, IntegrityError):
            # A unique, check or foreign-key constraint: the change clashes with the data.
            return ConflictError(f"The database {self.name} refused the change: {one_line(exc)}")
        if _waited_too_long(exc):
            return DatabaseError(
                f"Another desk or window is still saving a change to {self.name}; nothing was saved "
                "here. Try again in a moment"
            )
        if isinstance(exc, OperationalError):
            return DatabaseError(f"The database {self.name} refused the change: {one_line(exc)}")
        return DatabaseError(f"The database {self.name} failed: {one_line(exc)}")

    @contextmanager
    def transaction(
        self, *, actor: str | None = None, note: str | None = None
    ) -> Iterator[Session]:
        """One unit of work: commits on success, rolls everything back on any error.

        A constraint the database enforces becomes a ``ConflictError``, a database that
        cannot be reached or is locked a ``DatabaseError``: both one clear line. A damaged
        file, or a window opened read-only, takes no change at all.
        """
        if self.damaged is not None:
            raise self.damaged
        if self.read_only:
            who = f" by {self.holder.describe()}" if self.holder else ""
            raise DatabaseError(
                f"This window shows {self.name} read-only: it is open in MentorDesk{who}. "
                "Close it there to make changes here"
            )
        self.daily_backup_taken()
        session = self._sessions()
        if actor:
            session.info["actor"] = actor
        if note:
            session.info["audit_note"] = note
        watch: OwnChanges | None = getattr(self._noting, "watch", None)
        own: tuple[int, int] | None = None
        try:
            if self.is_sqlite:
                session.connection(execution_options={WRITING: True})
            else:
                _take_write_turn(session)
            before = last_change(session) if watch is not None else 0
            yield session
            if watch is not None:
                after = own_changes_end(session)
                if after > before:
                    own = (before, after)
                    watch.add(*own)
            session.commit()
        except DBAPIError as exc:
            if watch is not None and own is not None:
                watch.drop(*own)
            session.rollback()
            raise self._refused(exc) from exc
        except StaleDataError as exc:
            # Another desk saved the same record between our read and our write.
            if watch is not None and own is not None:
                watch.drop(*own)
            session.rollback()
            raise ConflictError(
                "Someone else changed this record at the same moment; nothing was saved. "
                "Look at it again and repeat the change if it is still needed"
            ) from exc
        except BaseException:
            if watch is not None and own is not None:
                watch.drop(*own)
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def noting_own_changes(self, watch: OwnChanges) -> Iterator[None]:
        """Units of work this thread runs inside note in ``watch`` the range of audit ids
        their change wrote (two more primary-key reads a change): a window's own changes,
        told apart from other desks' (``gui.other_desks``)."""
        previous = getattr(self._noting, "watch", None)
        self._noting.watch = watch
        try:
            yield
        finally:
            self._noting.watch = previous

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
            if self.is_sqlite and is_corruption(exc):
                raise self._damage(exc) from exc
            raise DatabaseError(f"Cannot read the database {self.name}: {one_line(exc)}") from exc
        finally:
            session.close()

    def close(self) -> None:
        with self._daily_lock:  # a copy being taken: let it finish with its connection
            if self._daily_due:  # closed before its window asked for it
                self._daily_due = False
                # What stops it (a full disk) stops nothing here: nothing was changed, and
                # the next open takes it.
                with suppress(MentorDeskError, OSError, sqlite3.Error):
                    daily_backup(self)
            if self._daily is not None:
                self._daily.join()
                self._daily = None
        self.engine.dispose()
        self._release_window()


def configure_models() -> None:
    """Work out the models' relationships now (SQLAlchemy does it at the first query that
    needs them, ~80 ms): for a start-up worker, before it freezes what it loaded
    (``core.collector.settle_start_up``), so that the collector never walks those objects
    and a window's first read does not wait for them."""
    configure_mappers()


def first_attempt(
    target: str | os.PathLike[str] | None, *, create: bool = True
) -> Database | MentorDeskError:
    """Open ``target`` for a window without asking anything (in a worker at start-up:
    checking and backing up a big file takes a while); what stops it (in use, damaged, a
    password) is returned for the window to answer, as File ▸ Open would. The day's backup
    is taken aside while the window loads; the first change waits for it (``transaction``)."""
    try:
        return Database(target, create=create, window=True, backup_aside=True)
    except MentorDeskError as exc:
        return exc
