"""The desk's one tick: tier expiry once a day, closing-time sign-out for those who may register
visitors, and typed reminders on the first tick of a day."""

from __future__ import annotations

import csv
import io
import json

from seatdesk.core.clock import FixedClock
from seatdesk.services.demo import demo_csv_bytes
from seatdesk.services.factory import Services
from seatdesk.services.lifecycle import Reminders
from tests.helpers.vaults import StaffedVault, audit_behind

ROWS = list(csv.DictReader(io.StringIO(demo_csv_bytes(300, 7).decode("utf-8"))))


def test_tiers_expire_on_the_first_tick_of_a_day_and_are_audited(
    customer_vault: StaffedVault, clock: FixedClock
) -> None:
    with_expiry = sorted(
        r["tier_expires"] for r in ROWS if r["tier_expires"] and r["tier"] != "秘密"
    )
    assert with_expiry
    with Services(customer_vault.signed_in("agent01")) as services:
        assert services.tick(clock.now()).tiers_expired == 0  # sign-in already ran it
        clock.current = clock.current.replace(year=int(with_expiry[-1][:4]) + 1)
        first = services.tick(clock.now())
        assert first.tiers_expired >= 1
        assert services.tick(clock.now()).tiers_expired == 0  # same day: not again
        expired = [e for e in audit_behind(services.who) if e.action == "record.tier_expired"]
        assert len(expired) == first.tiers_expired
        # Issue 19.7: the system expires tiers; who happened to trigger it is in the detail.
        assert {e.actor for e in expired} == {"system"}
        assert {json.loads(e.detail)["triggered_by"] for e in expired} == {"agent01"}


def test_reminders_are_typed_and_come_on_the_first_tick_of_each_day(
    customer_vault: StaffedVault, clock: FixedClock
) -> None:
    with Services(customer_vault.signed_in("admin01")) as admin:
        due = admin.tick(clock.now()).reminders
        assert due == Reminders(purge_due=0, backup_due=True, last_backup=None)
        assert due and not admin.tick(clock.now()).reminders  # asked again the same day: None
        clock.advance(hours=24)
        assert admin.tick(clock.now()).reminders == due
    with Services(customer_vault.signed_in("agent01")) as agent:
        quiet = agent.tick(clock.now()).reminders
        assert quiet == Reminders() and not quiet  # an agent is reminded of nothing


def test_the_tick_counts_the_hall_for_everyone(
    customer_vault: StaffedVault, clock: FixedClock
) -> None:
    with Services(customer_vault.signed_in("agent01")) as services:
        result = services.tick(clock.now())
        assert result.visitors_in_hall == 0 and result.visitors_signed_out == 0
