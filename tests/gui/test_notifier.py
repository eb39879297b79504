"""Issue 17: the desk's notifications, worded in the desk's language on its notice line."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from seatdesk.core.clock import FixedClock
from seatdesk.services.incidents import IncidentDesk
from seatdesk.ui.main_window import DeskWindow
from tests.helpers.partners import register_partner
from tests.helpers.vaults import StaffedVault


@pytest.mark.usefixtures("chinese")
def test_the_officers_desk_says_a_new_incident_and_an_overdue_one(
    qtbot: QtBot,
    desk_for: Callable[[str], DeskWindow],
    customer_vault: StaffedVault,
    clock: FixedClock,
) -> None:
    officer = desk_for("sec01")
    officer.tick()
    reporter = customer_vault.session("agent01")
    ref = IncidentDesk(reporter).submit("suspected_leak", "疑似截屏", []).ref
    reporter.close()
    clock.advance(minutes=2)
    officer.tick()
    assert officer.notifier.shown and ref in officer.notifier.shown[-1]
    assert "新" in officer.notice.text() and ref in officer.notice.text()
    clock.advance(hours=25)
    officer.tick()
    assert "已过" in officer.notifier.shown[-1] or "超" in officer.notifier.shown[-1]


@pytest.mark.usefixtures("chinese")
def test_the_officers_desk_says_a_partner_agreement_is_about_to_expire(
    qtbot: QtBot,
    desk_for: Callable[[str], DeskWindow],
    customer_vault: StaffedVault,
    clock: FixedClock,
) -> None:
    register_partner(customer_vault, agreement_no="NDA-SOON", expires_on=date(2026, 1, 25))
    officer = desk_for("sec01")
    officer.tick()
    assert officer.notice.text() == "合作方协议 NDA-SOON 将于 2026-01-25 到期"
    agent = desk_for("agent01")
    agent.tick()
    assert "NDA-SOON" not in agent.notice.text()
