"""Enrol a demo seat with a hall and give the hall's directory the demo logins (the same
passwords at every seat), for `make demo-hall` and the hall screenshots."""

from __future__ import annotations

from seatdesk.services.demo import DEMO_LOGINS, demo_recovery_file
from seatdesk.services.factory import Services
from seatdesk.services.runtime import VaultPaths


def enrol_demo_seat(services: Services, url: str, code: str, seat: str) -> None:
    admin = DEMO_LOGINS[0]
    recovery = demo_recovery_file(VaultPaths(services.who.vault_path)).read_text(encoding="utf-8")
    services.hall.enrol(url, code, seat, password=admin.password, recovery_key=recovery)
    known = {info.staff_id for info in services.staff.list()}
    for login in DEMO_LOGINS[1:]:
        if login.staff_id not in known:
            services.staff.add(
                login.staff_id,
                login.role,
                login.display_name,
                login.password,
                must_change_password=False,
            )
