"""A database URL's password never reaches output, errors or names, whatever shape the URL has."""

from __future__ import annotations

import pytest

from mentordesk.cli import main
from mentordesk.core.errors import DatabaseError
from mentordesk.core.storage.database import Database, describe, mask_secrets, resolve_url

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


def test_driver_messages_are_scrubbed_of_password_settings() -> None:
    text = f"invalid dsn: host=db password={SECRET} port=5432 and password='{SECRET} x'"
    assert SECRET not in mask_secrets(text)
