"""`seatdesk phone secret set|delete`: the connector's password into the seat's keyring, from the
environment or a prompt, never echoed; the desk then finds it there."""

from __future__ import annotations

import pytest

from seatdesk import app
from seatdesk.core.paths import app_paths
from seatdesk.services.phone_secrets import phone_secret
from seatdesk.services.runtime import Runtime
from seatdesk.vault.secret_store import MemorySecretStore

SECRET = "Esl-pass-2026"


@pytest.fixture
def keyring(monkeypatch: pytest.MonkeyPatch, secret_store: MemorySecretStore) -> MemorySecretStore:
    monkeypatch.setattr(app, "OsKeyring", lambda: secret_store)
    return secret_store


def test_set_from_the_environment_then_delete(
    keyring: MemorySecretStore,
    runtime: Runtime,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("SEATDESK_PHONE_SECRET", SECRET)
    assert app.main(["phone", "secret", "set", "--connector", "freeswitch"]) == 0
    assert phone_secret(runtime, "freeswitch") == SECRET
    assert app.main(["phone", "secret", "delete", "--connector", "freeswitch"]) == 0
    assert phone_secret(runtime, "freeswitch") is None
    out, err = capsys.readouterr()
    assert "OS keyring" in out and SECRET not in out + err


def test_the_connector_comes_from_the_seats_config(
    keyring: MemorySecretStore, runtime: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = app_paths().config_file
    config.parent.mkdir(parents=True)
    config.write_text(
        '[phone]\nconnector = "asterisk"\nusername = "seatdesk"\nextension = "1001"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("SEATDESK_PHONE_SECRET", SECRET)
    assert app.main(["phone", "secret", "set"]) == 0
    assert phone_secret(runtime, "asterisk") == SECRET


def test_without_a_terminal_or_the_variable_it_says_how(
    keyring: MemorySecretStore, capsys: pytest.CaptureFixture[str]
) -> None:
    assert app.main(["phone", "secret", "set", "--connector", "asterisk"]) == 2
    assert "SEATDESK_PHONE_SECRET" in capsys.readouterr().err
    assert keyring.secrets == {}


def test_a_seat_without_a_connector_needing_one_is_told_to_name_it(
    keyring: MemorySecretStore, capsys: pytest.CaptureFixture[str]
) -> None:
    assert app.main(["phone", "secret", "set"]) == 2
    assert "--connector" in capsys.readouterr().err


@pytest.mark.parametrize("bad", ["", "two\nlines", "x" * 257])
def test_a_password_that_cannot_be_one_is_refused_without_echo(
    keyring: MemorySecretStore,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    bad: str,
) -> None:
    monkeypatch.setenv("SEATDESK_PHONE_SECRET", bad)
    assert app.main(["phone", "secret", "set", "--connector", "freeswitch"]) == 2
    err = capsys.readouterr().err
    assert "phone password must be" in err and (not bad or bad not in err)
    assert keyring.secrets == {}
