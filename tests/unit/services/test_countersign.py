"""The second person for accounts that may see customer data, at a seat with its own accounts:
how the first security officer is made, and the approvals that do not count (an officer whose
password the admin set, an officer approving their own account, a disabled officer)."""

from __future__ import annotations

from pathlib import Path

import pytest

from seatdesk.core.errors import AuthenticationError
from seatdesk.policy.roles import Role
from seatdesk.services.approval import ApprovalRefused
from seatdesk.services.countersign import Countersign, needs_countersign
from seatdesk.services.runtime import Runtime, VaultPaths
from seatdesk.services.session import initialise_vault, sign_in
from seatdesk.services.staff import StaffDesk
from seatdesk.vault.keyslots import new_recovery_key
from tests.helpers.vaults import PASSWORDS, StaffedVault, by_officer

FIRST = "First-pass-2026"


def test_the_roles_that_need_an_approval_come_from_the_role_table() -> None:
    assert [r for r in Role if needs_countersign(r)] == [
        Role.AGENT,
        Role.SUPERVISOR,
        Role.SECURITY,
    ]


def test_the_first_officer_needs_the_vaults_recovery_key(runtime: Runtime, tmp_path: Path) -> None:
    paths = VaultPaths(tmp_path / "new.vault")
    recovery = initialise_vault(
        runtime, paths, admin_id="admin01", admin_name="a", password=PASSWORDS["admin01"],
        key_storage="keyring",
    )  # fmt: skip
    admin = sign_in(runtime, paths, "admin01", PASSWORDS["admin01"])
    try:
        desk = StaffDesk(admin)
        with pytest.raises(ApprovalRefused, match="recovery key: --first-officer") as none:
            desk.add("sec01", "security", "", FIRST)
        assert none.value.exit_code == 3
        with pytest.raises(AuthenticationError, match="recovery key"):
            desk.add("sec01", "security", "", FIRST, countersign=_key(new_recovery_key()))
        with pytest.raises(ApprovalRefused, match="--approver ID"):  # nor an agent by the key
            desk.add("agent01", "agent", "", FIRST, countersign=_key(recovery))
        desk.add("sec01", "security", "", FIRST, countersign=_key(recovery))
        entries = list(admin.audit.entries())
    finally:
        admin.close()
    added = [e for e in entries if e.action == "staff.add"]
    assert [(e.target, '"approver":"recovery-key"' in e.detail) for e in added] == [("sec01", True)]
    denied = [e for e in entries if e.action == "approval" and e.outcome == "denied"]
    assert [e.target for e in denied] == ["sec01", "sec01", "agent01"]


def test_an_officer_whose_password_the_admin_set_approves_nothing(
    staffed_vault: StaffedVault,
) -> None:
    admin = staffed_vault.session("admin01")
    try:
        desk = StaffDesk(admin)
        desk.add("sec02", "security", "", FIRST, countersign=by_officer())
        with pytest.raises(ApprovalRefused, match="not yet chosen their own password"):
            desk.add("shadow1", "agent", "", FIRST, countersign=Countersign("sec02", lambda: FIRST))
        with pytest.raises(ApprovalRefused, match="their own account"):
            desk.set_password("sec01", FIRST, countersign=by_officer())
        desk.disable("sec01")
        with pytest.raises(AuthenticationError):  # a disabled officer approves nothing
            desk.add("shadow1", "agent", "", FIRST, countersign=by_officer())
    finally:
        admin.close()
    with pytest.raises(AuthenticationError):
        sign_in(staffed_vault.runtime, staffed_vault.paths, "shadow1", FIRST)


def test_with_no_active_officer_left_the_recovery_key_makes_one_again(
    staffed_vault: StaffedVault,
) -> None:
    admin = staffed_vault.session("admin01")
    try:
        desk = StaffDesk(admin)
        with pytest.raises(ApprovalRefused, match="a security officer exists"):
            desk.add("sec02", "security", "", FIRST, countersign=_key(staffed_vault.recovery_key))
        desk.disable("sec01")
        desk.add("sec02", "security", "", FIRST, countersign=_key(staffed_vault.recovery_key))
    finally:
        admin.close()


def _key(recovery: str) -> Countersign:
    return Countersign(recovery_key=lambda: recovery)
