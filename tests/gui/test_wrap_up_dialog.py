"""Issue 17 (build 1): the call's wrap-up in the desk. Ending a call opens it beside the desk;
Enter saves the common case (one keystroke); the history shows it; an unidentified caller is
logged with why not or linked to the customer on the card; Esc skips, and that is audited."""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from seatdesk.ui.main_window import DeskWindow
from seatdesk.ui.wrap_up_dialog import WrapUpDialog
from tests.helpers.demo import CALLER, MOBILE
from tests.helpers.vaults import audit_behind

STRANGER = "13000000017"


def wrap_ups(desk: DeskWindow) -> list[tuple[str, dict[str, object]]]:
    return [
        (e.outcome, json.loads(e.detail) if e.detail else {})
        for e in audit_behind(desk.who)
        if e.action == "call.wrap_up"
    ]


def opened_wrap_up(qtbot: QtBot, desk: DeskWindow) -> WrapUpDialog:
    dialog = desk.wrap_up
    assert isinstance(dialog, WrapUpDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_enter_saves_the_common_case_and_the_history_shows_it(
    qtbot: QtBot, desk_for: Callable[[str], DeskWindow]
) -> None:
    desk = desk_for("agent01")
    desk.on_pop(MOBILE)
    desk.end_call()
    dialog = opened_wrap_up(qtbot, desk)
    assert CALLER["customer_no"] in dialog.findChild(QLabel, "wrapUpHeading").text()
    assert MOBILE not in dialog.findChild(QLabel, "wrapUpHeading").text()
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)  # the one keystroke
    qtbot.waitUntil(lambda: not dialog.isVisible())
    ((outcome, detail),) = wrap_ups(desk)
    codes = desk.who.policy.wrap_up
    assert (outcome, detail["reason"], detail["outcome"]) == (
        "ok",
        codes.reasons[0].code,
        codes.outcomes[0].code,
    )
    history = [label.text() for label in desk.card.findChildren(QLabel, "historyItem")]
    assert any(
        codes.reasons[0].label_zh in line and codes.outcomes[0].label_zh in line for line in history
    ), history


def test_an_unidentified_caller_is_linked_to_the_customer_on_the_card(
    qtbot: QtBot, desk_for: Callable[[str], DeskWindow]
) -> None:
    desk = desk_for("agent01")
    desk.on_pop(STRANGER)
    customer_id = desk.records.find(CALLER["customer_no"])[0].customer_id
    desk.show_customer(customer_id)  # found by search during the call
    desk.end_call()
    dialog = opened_wrap_up(qtbot, desk)
    assert dialog.is_unidentified.isChecked() and not dialog.reason.isEnabled()
    dialog.link.setChecked(True)
    assert dialog.reason.isEnabled()
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("follow_up"))
    assert dialog.follow_up.isChecked()  # a follow-up outcome asks for its day
    dialog.note.setText(f"客户换了新号，旧号 {MOBILE}")
    dialog.try_save()
    assert not dialog.isVisible(), dialog.error.text()
    ((_, detail),) = wrap_ups(desk)
    assert detail["customer"] == CALLER["customer_no"] and detail["follow_up"]
    bound = [e for e in audit_behind(desk.who) if e.action == "call.bind"]
    assert json.loads(bound[-1].detail)["after_call"] is True
    history = " ".join(label.text() for label in desk.card.findChildren(QLabel, "historyItem"))
    assert "客户换了新号" in history and MOBILE not in history


def test_an_unidentified_caller_logged_with_why_not_and_esc_skips(
    qtbot: QtBot, desk_for: Callable[[str], DeskWindow]
) -> None:
    desk = desk_for("agent01")
    desk.on_pop(STRANGER)
    desk.end_call()
    dialog = opened_wrap_up(qtbot, desk)
    dialog.unidentified.setCurrentIndex(dialog.unidentified.findData("wrong_number"))
    dialog.try_save()
    desk.on_pop(MOBILE)
    desk.end_call()
    second = opened_wrap_up(qtbot, desk)
    qtbot.keyClick(second.reason, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not second.isVisible())
    outcomes = [(o, d.get("reason")) for o, d in wrap_ups(desk)]
    assert outcomes == [("ok", "wrong_number"), ("skipped", None)]
