"""Enrol a demo seat with a hall and give the hall's directory the demo logins (the same
passwords at every seat), for `make demo-hall` and the hall screenshots.

The demo's security officer comes first, with a one-time officer code of the hall (made here on
the hall's DSN, as the hall's administrator would); the others with that officer's approval."""

from __future__ import annotations

from seatdesk.core.clock import SystemClock
from seatdesk.hall.admin import new_officer_code
from seatdesk.services.countersign import Countersign
from seatdesk.services.demo import DEMO_LOGINS, demo_recovery_file, officer_first
from seatdesk.services.factory import Services
from seatdesk.services.runtime import VaultPaths


def enrol_demo_seat(services: Services, url: str, code: str, seat: str, dsn: str) -> None:
    admin = DEMO_LOGINS[0]
    recovery = demo_recovery_file(VaultPaths(services.who.vault_path)).read_text(encoding="utf-8")
    services.hall.enrol(url, code, seat, password=admin.password, recovery_key=recovery)
    known = {info.staff_id for info in services.staff.list()}
    officer = officer_first(DEMO_LOGINS[1:])[0]
    for login in officer_first(DEMO_LOGINS[1:]):
        if login.staff_id in known:
            continue
        if login is officer:
            countersign = Countersign(
                officer_code=lambda: new_officer_code(dsn, SystemClock().now())
            )
        else:
            countersign = Countersign(officer.staff_id, lambda: officer.password)
        services.staff.add(
            login.staff_id,
            login.role,
            login.display_name,
            login.password,
            must_change_password=False,
            countersign=countersign,
        )
