"""A throwaway PostgreSQL cluster for the test session, and a fresh database per test.

The cluster starts only when a test asks for it (``pg_url``, or ``any_db`` with the
PostgreSQL parameter); it listens on a Unix socket in its own temporary folder, never on
the network, and is removed at the end. Running as root (as CI does), the server runs as
the ``postgres`` user the Debian package creates, because PostgreSQL refuses to run as
root. Without the server binaries those tests are skipped, saying so.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import URL

from mentordesk.core.storage.database import Database

PG_USER = "mentordesk"
PG_PASSWORD = "committee-secret"
NOT_INSTALLED = (
    "PostgreSQL server binaries are not installed "
    "(Debian package 'postgresql': /usr/lib/postgresql/*/bin/initdb)"
)


def find_pg_bin() -> Path | None:
    """The newest installed server's bin folder (Debian layout), or one on PATH."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
    )
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("initdb")
    return Path(on_path).parent if on_path else None


@dataclass
class PostgresCluster:
    """A running throwaway cluster reachable through a Unix socket in ``socket_dir``."""

    bin_dir: Path
    root: Path
    run_as: dict[str, Any]
    _counter: itertools.count[int]

    @property
    def socket_dir(self) -> Path:
        return self.root

    def url(self, database: str = "postgres", *, password: str = PG_PASSWORD) -> URL:
        return URL.create(
            "postgresql+psycopg",
            username=PG_USER,
            password=password,
            database=database,
            query={"host": str(self.socket_dir)},
        )

    def create_database(self, prefix: str = "test") -> URL:
        import psycopg

        name = f"{prefix}_{next(self._counter)}"
        with psycopg.connect(
            host=str(self.socket_dir),
            dbname="postgres",
            user=PG_USER,
            password=PG_PASSWORD,
            autocommit=True,
        ) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(self.bin_dir / args[0]), *args[1:]],
            check=True,
            capture_output=True,
            text=True,
            **self.run_as,
        )


def _server_account() -> dict[str, Any]:
    """How to run the server: as ourselves, or as ``postgres`` when we are root."""
    if os.geteuid() != 0:
        return {}
    try:
        account = pwd.getpwnam("postgres")
    except KeyError:
        pytest.fail("Running as root, the PostgreSQL tests need the 'postgres' OS user")
    return {
        "user": account.pw_uid,
        "group": account.pw_gid,
        "extra_groups": [],
        "env": {**os.environ, "HOME": account.pw_dir, "USER": "postgres"},
    }


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PostgresCluster]:
    bin_dir = find_pg_bin()
    if bin_dir is None:
        if os.environ.get("CI"):
            # The test command installs the server (scripts/setup.sh): in CI its absence
            # is a broken setup, never a reason to leave the desks' proofs unrun.
            pytest.fail(NOT_INSTALLED)
        pytest.skip(NOT_INSTALLED)  # a developer's machine without PostgreSQL
    run_as = _server_account()
    # Directly under /tmp: pytest's own temp folders are private to root, and the
    # server's user must reach its data folder; a short path also keeps the socket
    # path within the 107-byte limit.
    root = Path(tempfile.mkdtemp(prefix="mentordesk-pg-"))
    password_file = root / "password"
    password_file.write_text(PG_PASSWORD + "\n")
    if run_as:
        os.chown(root, run_as["user"], run_as["group"])
        os.chown(password_file, run_as["user"], run_as["group"])
    cluster = PostgresCluster(bin_dir, root, run_as, itertools.count(1))
    data = root / "data"
    try:
        cluster.run(
            "initdb",
            "-D",
            str(data),
            "-U",
            PG_USER,
            f"--pwfile={password_file}",
            "--auth=scram-sha-256",  # so a wrong password is refused, as on a real server
            "--no-sync",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
        )
        options = (
            f"-c listen_addresses='' -c unix_socket_directories={root} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        cluster.run(
            "pg_ctl", "start", "-w", "-D", str(data), "-l", str(root / "log"), "-o", options
        )
    except subprocess.CalledProcessError as exc:
        log = root / "log"
        detail = log.read_text() if log.exists() else ""
        shutil.rmtree(root, ignore_errors=True)
        pytest.fail(f"Could not start PostgreSQL: {exc.stderr}{detail}")
    # If this test run is killed (a CI timeout, Ctrl+C twice), its finalizers never run:
    # a watchdog stops the server and removes its folder once this process is gone.
    watchdog = subprocess.Popen(
        [
            "sh",
            "-c",
            'while [ -d "/proc/$0" ]; do sleep 1; done; "$1" stop -D "$2" -m immediate; rm -rf "$3"',
            str(os.getpid()),
            str(bin_dir / "pg_ctl"),
            str(data),
            str(root),
        ],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
        **run_as,
    )
    try:
        yield cluster
    finally:
        watchdog.kill()
        watchdog.wait()
        subprocess.run(
            [str(bin_dir / "pg_ctl"), "stop", "-D", str(data), "-m", "immediate"],
            capture_output=True,
            check=False,
            **run_as,
        )
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def pg_url(pg_cluster: PostgresCluster) -> URL:
    """The address of a fresh, empty PostgreSQL database for this test."""
    return pg_cluster.create_database()


@pytest.fixture(scope="session")
def pg_shared_url(pg_cluster: PostgresCluster) -> URL:
    """One database migrated once for the session; ``any_db`` empties it before each test.

    Creating and migrating a database per test costs about a second on PostgreSQL;
    deleting the rows of a few tables costs milliseconds.
    """
    url = pg_cluster.create_database("shared")
    Database(url).close()
    return url


def _emptied(url: URL) -> Database:
    from mentordesk.core.storage.models import Base

    database = Database(url)
    with database.engine.begin() as connection:
        for table in reversed(Base.metadata.sorted_tables):
            connection.execute(table.delete())
    return database


@pytest.fixture(
    params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
)
def any_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A migrated database without data, on each backend MentorDesk supports."""
    if request.param == "sqlite":
        database = Database(tmp_path / "program.db")
    else:
        database = _emptied(request.getfixturevalue("pg_shared_url"))
    yield database
    database.close()
