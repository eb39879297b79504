"""Issue 17 (a desk for the security officer): the access review signed off, and the purge
previewed and run, in the desk."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from seatdesk.ui.main_window import DeskWindow
from seatdesk.ui.officer_window import OfficerWindow
from tests.helpers.demo import CALLER
from tests.helpers.vaults import audit_behind


def test_the_officer_signs_off_the_access_review(
    qtbot: QtBot, desk_for: Callable[[str], DeskWindow]
) -> None:
    officer = desk_for("sec01")
    window = OfficerWindow(officer.services, "zh_CN", officer, officer.watermark_text)
    qtbot.addWidget(window)
    staff = [a.staff_id for a in window.accounts.items]
    assert {"agent01", "super01", "sec01", "admin01"} <= set(staff)
    assert window.accounts.rowCount() == len(staff)
    assert not window.sign_off()  # no note: refused, and said why
    assert window.review_error.text()
    window.review_note.setText("已核对各岗位权限，无异常")
    assert window.sign_off()
    assert window.review is not None and window.review.sha256[:16] in window.review_said.text()
    signed = [e for e in audit_behind(officer.who) if e.action == "access.signed_off"]
    assert len(signed) == 1


def test_the_purge_deletes_only_what_the_officer_counted(
    qtbot: QtBot, desk_for: Callable[[str], DeskWindow]
) -> None:
    agent = desk_for("agent01")
    customer_id = agent.records.find(CALLER["customer_no"])[0].customer_id
    agent.services.withdraw_consent(customer_id)  # the caller withdrew consent on a call
    officer = desk_for("sec01")
    window = OfficerWindow(officer.services, "zh_CN", officer)
    qtbot.addWidget(window)
    due = window.preview_purge()
    assert CALLER["customer_no"] in [c.customer_no for c in due]
    window.confirm.setText(str(len(due) + 1))  # a wrong count deletes nothing
    assert window.run_purge() == 0 and window.purge_error.text()
    assert officer.records.find(CALLER["customer_no"])
    window.confirm.setText(str(len(due)))
    assert window.run_purge() == len(due)
    assert officer.records.find(CALLER["customer_no"]) == []
    actions = [(e.action, e.outcome) for e in audit_behind(officer.who)]
    assert ("records.purge", "checked") in actions and ("records.purge", "ok") in actions


def test_only_the_security_officer_has_it_in_the_menu(
    qtbot: QtBot, desk_for: Callable[[str], DeskWindow]
) -> None:
    for staff_id, offered in (("sec01", True), ("super01", False), ("admin01", False)):
        desk = desk_for(staff_id)
        labels = {a.label for a in desk.menu.actions}
        assert any("Access review" in label or "复核" in label for label in labels) is offered
