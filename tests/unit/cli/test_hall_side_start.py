"""The hall administrator's commands (`seatdesk hall init|serve|code|officer-code|verify`) start
without the seat's side: no services, no vault, no Qt (a hall process starts in a fraction of the
time, and the tests start thousands of them)."""

from __future__ import annotations

import pytest

from tests.helpers.cli import run_seatdesk

SEAT_SIDE = ("seatdesk.services.factory", "seatdesk.services.session", "seatdesk.cli.commands")
NEVER = ("sqlcipher3", "argon2", "PySide6", "keyring", "seatdesk.vault.keyslots", "seatdesk.ui")
NOWHERE = "host=/nonexistent-seatdesk-socket port=1 user=nobody dbname=none connect_timeout=2"


@pytest.mark.parametrize("action", [("officer-code",), ("verify",), ("code", "--seat", "s-1")])
def test_a_hall_command_imports_only_the_hall_side(action: tuple[str, ...]) -> None:
    extra = ("--dir", "/nonexistent-halldir") if action[0] == "code" else ()
    result, modules = run_seatdesk("hall", action[0], "--dsn", NOWHERE, *action[1:], *extra)
    assert result.returncode == 2, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    assert "seatdesk.hall.admin" in modules or action[0] == "code"
    loaded = sorted(
        m for m in modules if any(m == n or m.startswith(n + ".") for n in SEAT_SIDE + NEVER)
    )
    assert loaded == []


def test_a_seat_command_still_loads_the_seat_side() -> None:
    """The contrast: the same start for a seat's command brings the commands and services."""
    result, modules = run_seatdesk("hall", "status", "--vault", "/nonexistent.vault", "--as", "x")
    assert result.returncode != 0
    assert "seatdesk.cli.commands" in modules and "seatdesk.services.factory" in modules
