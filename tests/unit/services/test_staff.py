from __future__ import annotations

import pytest

from seatdesk.core.errors import AuthenticationError, PermissionDenied, UsageError
from seatdesk.services.session import sign_in
from seatdesk.services.staff import StaffDesk
from tests.helpers.vaults import PASSWORDS, StaffedVault, by_officer


def test_only_admin_manages_accounts(staffed_vault: StaffedVault) -> None:
    for staff_id in ("agent01", "super01", "sec01"):
        session = staffed_vault.session(staff_id)
        try:
            with pytest.raises(PermissionDenied):
                StaffDesk(session).add("x1001", "agent", "x", "Some-pass-2026")
            with pytest.raises(PermissionDenied):
                StaffDesk(session).list()
        finally:
            session.close()


@pytest.mark.parametrize(
    ("staff_id", "password", "message"),
    [
        ("ag3001", "short", "at least 10"),
        ("ag3001-long-pass", "AG3001-LONG-PASS", "not be the staff ID"),
        ("bad id", "Good-pass-2026", "staff ID must"),
    ],
)
def test_password_and_id_rules(
    staffed_vault: StaffedVault, staff_id: str, password: str, message: str
) -> None:
    session = staffed_vault.session("admin01")
    try:
        with pytest.raises(UsageError, match=message):
            StaffDesk(session).add(staff_id, "agent", "", password)
    finally:
        session.close()


def test_disable_removes_the_slot_and_refuses_sign_in(staffed_vault: StaffedVault) -> None:
    session = staffed_vault.session("admin01")
    try:
        info = StaffDesk(session).disable("agent01")
        assert info.disabled and not info.has_key_slot
        with pytest.raises(UsageError, match="last active admin"):
            StaffDesk(session).disable("admin01")
    finally:
        session.close()
    with pytest.raises(AuthenticationError):
        sign_in(staffed_vault.runtime, staffed_vault.paths, "agent01", PASSWORDS["agent01"])


def test_admin_reset_forces_a_change_and_own_change_clears_it(staffed_vault: StaffedVault) -> None:
    admin = staffed_vault.session("admin01")
    try:
        StaffDesk(admin).set_password("agent01", "Reset-pass-2026", countersign=by_officer())
    finally:
        admin.close()
    with pytest.raises(AuthenticationError):
        staffed_vault.session("agent01")  # the old password no longer opens
    agent = sign_in(staffed_vault.runtime, staffed_vault.paths, "agent01", "Reset-pass-2026")
    try:
        assert agent.must_change_password
        with pytest.raises(PermissionDenied):
            StaffDesk(agent).set_password("super01", "Other-pass-2026")
        StaffDesk(agent).set_password("agent01", "Chosen-pass-2026")
    finally:
        agent.close()
    again = sign_in(staffed_vault.runtime, staffed_vault.paths, "agent01", "Chosen-pass-2026")
    assert not again.must_change_password
    actions = [e.action for e in again.audit.entries()]
    again.close()
    assert actions.count("staff.password") == 2
