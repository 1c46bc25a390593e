"""Alembic environment: migrates the connection MentorDesk hands over (no ini file)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from mentordesk.core.storage.models import Base, describe_for_postgresql

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # `alembic revision --autogenerate` from a developer's shell
        url = config.get_main_option("sqlalchemy.url") or "sqlite://"
        with create_engine(url).connect() as conn:
            _run(conn)
            conn.commit()
        return
    _run(connection)


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    if connection.dialect.name == "postgresql":
        describe_for_postgresql()
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
