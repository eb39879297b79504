"""The admin tries to give themselves customer access with their own password and SeatDesk's
command line (issue 15, DESIGN §3): a supervisor account of their own, a reset of an agent's
password, an approval in their own name or with a guessed officer's password, a second "first"
officer with the recovery key. Each ends with exit 3 and a clear message, changes nothing (the
account does not sign in, the agent's old password still does) and is in the audit."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from seatdesk.app import load_default_policy
from seatdesk.audit.log import AuditEntry
from seatdesk.core.clock import SystemClock
from seatdesk.services.runtime import Runtime, VaultPaths
from seatdesk.services.session import sign_in
from seatdesk.vault.secret_store import MemorySecretStore
from tests.helpers.cli import ADMIN_PW, AGENT_PW, SEC_PW, Cli, add_staff, copy_hall

FIRST = "Initial-pw-2026"
SHADOW_PW = "Shadow-pass-2026"
NEEDED = "needs a security officer's approval: --approver ID"


@pytest.fixture(scope="module")
def _template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Cli, str]:
    root = tmp_path_factory.mktemp("sod")
    c = Cli(home=root / "home", vault=root / "hall" / "hall.vault")
    init = c.run(
        "init", "--vault", str(c.vault), "--admin", "admin01", "--key-storage", "none",
        "--json", new_password=ADMIN_PW,
    )  # fmt: skip
    recovery = str(json.loads(init.stdout)["recovery_key"])
    add_staff(c, "sec01", "security", FIRST, recovery_key=recovery)
    _passwd_own(c, "sec01", FIRST, SEC_PW)
    add_staff(c, "agent01", "agent", FIRST, approver=("sec01", SEC_PW))
    _passwd_own(c, "agent01", FIRST, AGENT_PW)
    return c, recovery


@pytest.fixture
def hall(_template: tuple[Cli, str], tmp_path: Path) -> Iterator[tuple[Cli, str]]:
    cli, recovery = _template
    yield copy_hall(cli, tmp_path), recovery


def _passwd_own(cli: Cli, staff: str, old: str, new: str) -> None:
    cli.run(
        "user", "passwd", "--vault", str(cli.vault), "--as", staff,
        password=old, new_password=new,
    )  # fmt: skip


def _admin(cli: Cli, *args: str, approver_pw: str | None = None, check: int = 3) -> str:
    env = {} if approver_pw is None else {"SEATDESK_APPROVER_PASSWORD": approver_pw}
    result = cli.run(
        "user", *args, "--vault", str(cli.vault), "--as", "admin01",
        password=ADMIN_PW, new_password=SHADOW_PW, env_extra=env, check=check,
    )  # fmt: skip
    return result.stderr


def _opens(cli: Cli, staff: str, password: str) -> bool:
    """Whether `password` signs `staff` in (tried as its owner would: changing it)."""
    result = cli.run(
        "user", "passwd", "--vault", str(cli.vault), "--as", staff,
        password=password, new_password="Taken-over-2026", check=None,
    )  # fmt: skip
    return result.returncode == 0


def _audit(cli: Cli) -> list[AuditEntry]:
    runtime = Runtime(SystemClock(), load_default_policy(), "audit-01", MemorySecretStore)
    session = sign_in(runtime, VaultPaths(cli.vault), "sec01", SEC_PW)
    try:
        return list(session.audit.entries())
    finally:
        session.close()


def _refusals(cli: Cli, target: str) -> list[AuditEntry]:
    return [
        e
        for e in _audit(cli)
        if e.action == "approval" and e.outcome == "denied" and e.target == target
    ]


def test_the_admin_alone_cannot_add_a_supervisor(hall: tuple[Cli, str]) -> None:
    cli, _ = hall
    said = _admin(cli, "add", "shadow1", "--role", "supervisor")
    assert "creating an account that may see customer data " + NEEDED in said
    assert not _opens(cli, "shadow1", SHADOW_PW)
    listing = cli.as_("admin01", ADMIN_PW, "user", "list", "--json").stdout
    assert "shadow1" not in listing
    (refusal,) = _refusals(cli, "shadow1")
    assert refusal.actor == "admin01" and json.loads(refusal.detail)["reason"] == "no approval"


def test_the_admin_alone_cannot_reset_an_agents_password(hall: tuple[Cli, str]) -> None:
    cli, _ = hall
    said = _admin(cli, "passwd", "agent01")
    assert "resetting the password of an account that may see customer data " + NEEDED in said
    assert not _opens(cli, "agent01", SHADOW_PW)
    assert _opens(cli, "agent01", AGENT_PW)
    assert len(_refusals(cli, "agent01")) == 1


def test_the_admin_cannot_approve_their_own_request(hall: tuple[Cli, str]) -> None:
    cli, _ = hall
    said = _admin(
        cli, "add", "shadow1", "--role", "supervisor", "--approver", "admin01",
        approver_pw=ADMIN_PW,
    )  # fmt: skip
    assert "cannot authorise your own request" in said
    assert not _opens(cli, "shadow1", SHADOW_PW)
    (refusal,) = _refusals(cli, "shadow1")
    assert json.loads(refusal.detail)["reason"] == "self"


def test_a_guessed_officers_password_approves_nothing(hall: tuple[Cli, str]) -> None:
    cli, _ = hall
    for args in (("add", "shadow1", "--role", "supervisor"), ("passwd", "agent01")):
        said = _admin(cli, *args, "--approver", "sec01", approver_pw="Guessed-pass-2026")
        assert "approver's staff ID or password is wrong" in said
    assert not _opens(cli, "shadow1", SHADOW_PW)
    assert _opens(cli, "agent01", AGENT_PW)
    entries = _audit(cli)
    denied = [e for e in entries if e.action == "approval" and e.outcome == "denied"]
    assert {e.target for e in denied} == {"shadow1", "agent01"}
    assert all(json.loads(e.detail)["reason"] == "credentials" for e in denied)
    # each guess counts towards the officer's lockout, as a failed sign-in
    assert [e.actor for e in entries if e.action == "login.failed"][-2:] == ["sec01", "sec01"]


def test_only_an_officer_approves_and_the_recovery_key_makes_only_the_first(
    hall: tuple[Cli, str],
) -> None:
    cli, _ = hall
    said = _admin(
        cli, "add", "shadow1", "--role", "supervisor", "--approver", "agent01",
        approver_pw=AGENT_PW,
    )  # fmt: skip
    assert "may not authorise this (needs: security)" in said
    # a second security officer is not "the first": the recovery key alone makes none
    _, recovery = hall
    said = cli.run(
        "user", "add", "shadow2", "--role", "security", "--first-officer",
        "--vault", str(cli.vault), "--as", "admin01", password=ADMIN_PW,
        new_password=SHADOW_PW, env_extra={"SEATDESK_RECOVERY_KEY": recovery}, check=3,
    ).stderr  # fmt: skip
    assert "a security officer exists" in said
    assert not _opens(cli, "shadow1", SHADOW_PW) and not _opens(cli, "shadow2", SHADOW_PW)


def test_a_role_change_needs_the_officers_approval_too(hall: tuple[Cli, str]) -> None:
    """The third way in: making an agent a supervisor (who reveals 机密 on their own) alone is
    refused and audited; with the officer's approval it is done, and names the approver."""
    cli, _ = hall
    said = _admin(cli, "role", "agent01", "--role", "supervisor", check=3)
    assert "changing the role of an account that may see customer data needs" in said
    said = _admin(cli, "role", "agent01", "--role", "supervisor", "--approver", "admin01",
                  approver_pw=ADMIN_PW, check=3)  # fmt: skip
    listed = cli.as_("admin01", ADMIN_PW, "user", "list", "--json")
    assert {a["staff_id"]: a["role"] for a in json.loads(listed.stdout)}["agent01"] == "agent"
    _admin(cli, "role", "agent01", "--role", "supervisor", "--approver", "sec01",
           approver_pw=SEC_PW, check=0)  # fmt: skip
    listed = cli.as_("admin01", ADMIN_PW, "user", "list", "--json")
    assert {a["staff_id"]: a["role"] for a in json.loads(listed.stdout)}["agent01"] == "supervisor"
    roles = [e for e in _audit(cli) if e.action == "staff.role"]
    assert len(roles) == 1 and json.loads(roles[0].detail)["approver"] == "sec01"
    denied = [e for e in _audit(cli) if e.action == "approval" and e.outcome == "denied"]
    assert len(denied) >= 2


def test_with_an_officers_approval_it_works_and_the_audit_names_the_approver(
    hall: tuple[Cli, str],
) -> None:
    cli, _ = hall
    _admin(cli, "add", "super02", "--role", "supervisor", "--approver", "sec01",
           approver_pw=SEC_PW, check=0)  # fmt: skip
    _admin(cli, "passwd", "agent01", "--approver", "sec01", approver_pw=SEC_PW, check=0)
    assert not _opens(cli, "agent01", AGENT_PW)
    entries = _audit(cli)
    add = next(e for e in entries if e.action == "staff.add" and e.target == "super02")
    reset = [e for e in entries if e.action == "staff.password" and e.target == "agent01"][-1]
    assert json.loads(add.detail)["approver"] == "sec01" and add.actor == "admin01"
    assert json.loads(reset.detail)["approver"] == "sec01"
    approvals = [e for e in entries if e.action == "approval" and e.outcome == "ok"]
    assert {e.target for e in approvals} >= {"super02", "agent01"}
    # accounts that see no customer data (another admin) need no approval, as before
    _admin(cli, "add", "admin02", "--role", "admin", check=0)
    assert _opens(cli, "super02", SHADOW_PW) and _opens(cli, "agent01", SHADOW_PW)
