"""A database URL's password never reaches output, errors or names, whatever shape the URL has."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import URL

from mentordesk.cli import main
from mentordesk.core.documents.mail import (
    SmtpSettings,
    forget_password,
    keep_password,
    kept_password,
)
from mentordesk.core.errors import DatabaseError
from mentordesk.core.storage.database import (
    Database,
    PasswordNeededError,
    describe,
    mask_secrets,
    resolve_url,
    without_password,
)

SECRET = "s3cret-Pw"

URL_SHAPES = [
    f"postgresql://committee:{SECRET}@127.0.0.1:1/mentoring?connect_timeout=2",
    f"postgresql+psycopg://committee:{SECRET}@127.0.0.1:1/mentoring?connect_timeout=2",
    f"postgresql://committee@127.0.0.1:1/mentoring?password={SECRET}&connect_timeout=2",
    f"postgresql://committee@127.0.0.1:1/mentoring?connect_timeout=2&PASSWORD={SECRET}",
    f"postgresql://committee:{SECRET}@/mentoring?host=127.0.0.1&port=1&connect_timeout=2",
    f"postgresql://committee:{SECRET.replace('-', '%2D')}@127.0.0.1:1/mentoring?connect_timeout=2",
]
BROKEN_SHAPES = [
    f"postgresql://committee:{SECRET}@db.example.org:fivefourthreetwo/mentoring",
    f"postgresql://committee@db.example.org:notaport/mentoring?password={SECRET}",
    f"mysql://root:{SECRET}@localhost/mentoring",
]


@pytest.mark.parametrize("address", URL_SHAPES)
def test_a_password_in_any_shape_of_url_is_never_shown(
    address: str, capsys: pytest.CaptureFixture[str]
) -> None:
    url = resolve_url(address)
    assert SECRET not in describe(url)
    assert "***" in describe(url)
    with pytest.raises(DatabaseError) as caught:
        Database(url)
    assert SECRET not in caught.value.message
    assert main(["--db", address, "cohorts"]) == 2
    captured = capsys.readouterr()
    assert SECRET not in captured.err + captured.out
    assert captured.err.count("\n") == 1


@pytest.mark.parametrize("address", BROKEN_SHAPES)
def test_an_address_that_cannot_be_read_does_not_echo_its_password(
    address: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", address, "cohorts"]) == 2
    err = capsys.readouterr().err
    assert SECRET not in err
    assert err.startswith("mentordesk: ")


def test_the_address_kept_in_settings_has_no_password_at_all() -> None:
    for address in URL_SHAPES:
        kept = without_password(resolve_url(address))
        assert kept.password is None
        assert SECRET not in kept.render_as_string(hide_password=False)


def test_driver_messages_are_scrubbed_of_password_settings() -> None:
    text = f"invalid dsn: host=db password={SECRET} port=5432 and password='{SECRET} x'"
    assert SECRET not in mask_secrets(text)


# --- where the password comes from ------------------------------------------------------------


class MemoryKeyring:
    """A system keyring for the test: what MentorDesk stored, by service and account."""

    priority = 1

    def __init__(self) -> None:
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, account: str) -> str | None:
        return self.entries.get((service, account))

    def set_password(self, service: str, account: str, password: str) -> None:
        self.entries[(service, account)] = password

    def delete_password(self, service: str, account: str) -> None:
        self.entries.pop((service, account), None)


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    import keyring

    store = MemoryKeyring()
    monkeypatch.setattr(keyring, "get_password", store.get_password)
    monkeypatch.setattr(keyring, "set_password", store.set_password)
    monkeypatch.setattr(keyring, "delete_password", store.delete_password)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    return store


@pytest.mark.postgres
def test_a_server_password_comes_from_the_keyring_and_is_never_shown(
    pg_url: URL, memory_keyring: MemoryKeyring
) -> None:
    from mentordesk.core.storage.passwords import account, remember_password

    bare = without_password(pg_url)
    with pytest.raises(PasswordNeededError) as caught:
        Database(bare)
    assert pg_url.password not in caught.value.message
    assert remember_password(bare, str(pg_url.password))
    assert memory_keyring.entries == {("MentorDesk", account(bare)): pg_url.password}
    assert pg_url.password not in account(bare)
    db = Database(bare)  # the address alone: the keyring has the password
    assert db.schema_revision() is not None
    assert pg_url.password not in db.name and pg_url.password not in repr(db)
    db.close()


@pytest.mark.postgres
def test_libpq_finds_the_password_in_the_environment(
    pg_url: URL, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PGPASSWORD", str(pg_url.password))
    db = Database(without_password(pg_url))
    assert db.schema_revision() is not None
    db.close()
    assert memory_keyring.entries == {}


def test_a_mail_password_is_kept_per_server_and_user_in_the_keyring_only(
    memory_keyring: MemoryKeyring,
) -> None:
    server = SmtpSettings("smtp.example.org", 587, "starttls", "committee", "c@example.org")
    other_user = SmtpSettings("smtp.example.org", 587, "starttls", "chair", "c@example.org")
    assert kept_password(server) is None
    assert keep_password(server, "s3cret-horse")
    assert kept_password(server) == "s3cret-horse"
    assert kept_password(other_user) is None
    # The keyring's entry names the server and the user, never the secret.
    [(service, account)] = memory_keyring.entries
    assert service == "MentorDesk" and "s3cret" not in account and "committee@" in account
    forget_password(server)
    assert kept_password(server) is None and memory_keyring.entries == {}
