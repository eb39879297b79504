from __future__ import annotations

from pathlib import Path

from seatdesk.services.agreement import acknowledge, acknowledgement_due, load_agreement
from seatdesk.services.demo import DEMO_LOGINS, build_demo_vault
from seatdesk.services.record_desk import RecordDesk
from seatdesk.services.runtime import Runtime
from seatdesk.services.session import sign_in


def test_demo_vault_has_one_login_per_role_and_customers(runtime: Runtime, tmp_path: Path) -> None:
    def no_keyring():  # the demo must run where there is no keyring at all
        raise AssertionError("the demo vault must not ask for the keyring")

    runtime.secret_store_factory = no_keyring
    paths, report = build_demo_vault(runtime, tmp_path, count=120, seed=5)
    assert report.imported == 120 and not report.errors
    roles = set()
    for login in DEMO_LOGINS:
        session = sign_in(runtime, paths, login.staff_id, login.password)
        roles.add(session.role.value)
        assert not session.must_change_password and session.key_storage == "none"
        if login.role == "agent":
            # Demo users meet the confidentiality agreement at first sign-in, like everyone.
            assert acknowledgement_due(session)
            acknowledge(session, load_agreement("en"), login.staff_id)
            assert RecordDesk(session).find("C00000001")
        session.close()
    assert roles == {"agent", "supervisor", "security", "admin"}
