"""Protected values cannot leave the seat: copy, select-all, context menu, clipboard, drag,
print, export and screen capture, each tried for real (QClipboard offscreen) and each audited."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QClipboard, QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from seatdesk.core.clock import FixedClock
from seatdesk.policy.model import TierAccess
from seatdesk.services.export import open_export
from seatdesk.ui import export_flow
from seatdesk.ui.capture import (
    CaptureGuard,
    MacSharingNoneBackend,
    UnprotectedBackend,
    WindowsAffinityBackend,
    select_backend,
)
from seatdesk.ui.dialogs import ApprovalDialog
from seatdesk.ui.guards import CLIPBOARD_HINTS
from seatdesk.ui.main_window import DeskWindow
from tests.helpers.demo import CALLER, MOBILE
from tests.helpers.partners import register_partner
from tests.helpers.qt import when_modal
from tests.helpers.vaults import PASSWORDS, StaffedVault, audit_behind


@pytest.fixture
def desk(qtbot: QtBot, customer_vault: StaffedVault) -> Iterator[DeskWindow]:
    QGuiApplication.clipboard().clear()
    window = DeskWindow(customer_vault.signed_in("agent01"), "zh_CN")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.on_pop(MOBILE)
    yield window
    window.close()
    QGuiApplication.clipboard().clear()


def reveal_mobile(desk: DeskWindow) -> str:
    when_modal(lambda dialog: dialog.accept())
    view = desk.reveal_field("mobile")
    assert view is not None and view.active
    return MOBILE


def blocked(desk: DeskWindow) -> list[tuple[str, list[str]]]:
    return [
        (e.target, json.loads(e.detail)["fields"])
        for e in audit_behind(desk.who)
        if e.action == "guard.blocked"
    ]


def test_every_path_out_fails_and_is_recorded(qtbot: QtBot, desk: DeskWindow) -> None:
    """The adversarial walk: a revealed mobile number, and every way to get it out."""
    secret = reveal_mobile(desk)
    clipboard = QGuiApplication.clipboard()
    view = desk.card.revealed["mobile"]
    attempts: list[str] = []

    # 1. Copy and cut shortcuts wherever focus can be: the window, the table, the card, the view.
    for target in (desk, desk.table, desk.card, view, desk.card.value_labels["name"]):
        for key in (Qt.Key.Key_C, Qt.Key.Key_X):
            qtbot.keyClick(target, key, Qt.KeyboardModifier.ControlModifier)
            attempts.append("copy" if key == Qt.Key.Key_C else "cut")
        assert secret not in clipboard.text()
    # 2. Select All, then copy.
    qtbot.keyClick(desk.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(desk.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    attempts += ["select_all", "copy"]
    assert clipboard.text() == ""
    # 3. Context menus on the value and on the card.
    for target in (view, desk.card.value_labels["name"], desk.table.viewport()):
        event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(5, 5), QPoint(5, 5))
        QApplication.sendEvent(target, event)
        attempts.append("context_menu")
    # 4. The value reaches the clipboard another way (typed, another app): cleared at once.
    clipboard.setText(f"客户电话 {secret[:3]}-{secret[3:7]}-{secret[7:]}")
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3000)
    attempts.append("clipboard")
    if clipboard.supportsSelection():
        clipboard.setText(secret, QClipboard.Mode.Selection)
        qtbot.waitUntil(lambda: clipboard.text(QClipboard.Mode.Selection) == "", timeout=3000)
        attempts.append("selection")
    # 5. Drag: no view with customer data offers a drag, and drops into the desk are refused.
    assert not desk.table.dragEnabled()
    for row in range(desk.results.rowCount()):
        flags = desk.results.flags(desk.results.index(row, 0))
        assert not flags & Qt.ItemFlag.ItemIsDragEnabled
    for target in (desk.table.viewport(), view, desk.card.value_labels["name"]):
        qtbot.mousePress(target, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
        qtbot.mouseMove(target, QPoint(60, 30))
        qtbot.mouseRelease(target, Qt.MouseButton.LeftButton, pos=QPoint(60, 30))
        attempts.append("drag")
    assert QApplication.clipboard().text() == ""
    # Nothing in the desk accepts a drop either.
    assert not any(w.acceptDrops() for w in [desk, *desk.findChildren(QWidget)])
    # 6. Print.
    qtbot.keyClick(desk, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    attempts.append("print")
    assert "打印" in desk.notice.text() or "Printing" in desk.notice.text()
    # 7. Screen capture cannot be blocked on Linux: the desk says so instead.
    assert not desk.capture.status.protected
    assert desk.capture_label.text()

    recorded = [action for action, _ in blocked(desk)]
    for action in set(attempts):
        assert action in recorded, action
    assert recorded.count("copy") >= 6
    assert ("clipboard", ["mobile"]) in blocked(desk)
    for entry in audit_behind(desk.who):
        assert secret not in entry.detail and secret not in entry.target
    assert secret not in clipboard.text()


def test_print_screen_key_is_recorded(qtbot: QtBot, desk: DeskWindow) -> None:
    qtbot.keyClick(desk, Qt.Key.Key_Print)
    noticed = [e.target for e in audit_behind(desk.who) if e.action == "guard.noticed"]
    assert noticed == ["print_screen_key"]


def test_seatdesk_copies_carry_hints_and_are_cleared_after_30_s(
    qtbot: QtBot, desk: DeskWindow, clock: FixedClock
) -> None:
    clipboard = QGuiApplication.clipboard()
    copy = desk.card.findChild(QToolButton, "copyCustomerNo")
    assert copy is not None
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    assert clipboard.text() == CALLER["customer_no"]
    formats = set(clipboard.mimeData().formats())
    for hint in CLIPBOARD_HINTS:
        assert hint in formats or f'application/x-qt-windows-mime;value="{hint}"' in formats
    clock.advance(seconds=29)
    desk.clipboard_guard.expire()
    assert clipboard.text() == CALLER["customer_no"]
    clock.advance(seconds=2)
    desk.clipboard_guard.expire()
    assert clipboard.text() == ""
    # Something the person copied since is left alone.
    desk.copy_customer_number()
    clipboard.setText("my own note")
    clock.advance(seconds=31)
    desk.clipboard_guard.expire()
    assert clipboard.text() == "my own note"


def test_lock_and_quit_clear_seatdesk_clipboard(qtbot: QtBot, desk: DeskWindow) -> None:
    desk.copy_customer_number()
    desk.lock("manual")
    assert QGuiApplication.clipboard().text() == ""


def test_export_flow_at_the_seat(
    qtbot: QtBot,
    desk: DeskWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    customer_vault: StaffedVault,
) -> None:
    register_partner(customer_vault)
    out = tmp_path / "handover.sdx"
    monkeypatch.setattr(export_flow, "choose_export_path", lambda parent: out)
    shown: list[str] = []

    def request(dialog: QDialog) -> None:
        dialog.purpose.setCurrentText("核对")  # type: ignore[attr-defined]
        dialog.accept()
        when_modal(approve)

    def approve(dialog: QDialog) -> None:
        assert isinstance(dialog, ApprovalDialog)
        dialog.staff_id.setText("agent01")
        dialog.password.setText(PASSWORDS["agent01"])
        dialog.try_authorise()  # oneself: refused
        shown.append(dialog.error.text())
        dialog.staff_id.setText("super01")
        dialog.password.setText(PASSWORDS["super01"])
        dialog.try_authorise()
        when_modal(read_password)

    def read_password(box: QDialog) -> None:
        shown.append(box.text())  # type: ignore[attr-defined]
        box.accept()

    when_modal(request)
    result = export_flow.run_export(desk)
    assert result is not None and out.exists()
    assert shown[0] and result.one_time_password in shown[1]
    assert CALLER["customer_no"] in open_export(out, result.one_time_password).decode()


def test_capture_backend_selection_per_platform() -> None:
    assert isinstance(select_backend("linux", {}), UnprotectedBackend)
    assert isinstance(select_backend("win32"), WindowsAffinityBackend)
    assert isinstance(select_backend("darwin"), MacSharingNoneBackend)
    assert select_backend("linux", {"XRDP_SESSION": "1"}).remote_session()


def test_linux_reports_unprotected_and_strict_follows_the_policy(
    qtbot: QtBot, customer_vault: StaffedVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dataclasses

    policy = customer_vault.runtime.policy
    strict = dataclasses.replace(
        policy, guards=dataclasses.replace(policy.guards, capture_unprotected="strict")
    )
    for chosen, expected in (
        (policy, TierAccess.ALLOWED),
        (strict, TierAccess.SUPERVISOR_APPROVAL),
    ):
        monkeypatch.setattr(customer_vault.runtime, "policy", chosen)
        window = DeskWindow(customer_vault.signed_in("agent01"), "en")
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        assert window.capture.status.protected is False
        assert "not blocked" in window.capture_label.text()
        window.on_pop(MOBILE)
        record = window.card.record
        assert record is not None
        assert window.revealer.requirement(record.customer_id, "name") is expected
        window.close()


def test_capture_guard_applies_to_new_windows(qtbot: QtBot) -> None:
    applied: list[object] = []

    class Recording(UnprotectedBackend):
        def protect(self, window):
            applied.append(window)
            return True, ""

    guard = CaptureGuard(Recording({}))
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog in applied, timeout=2000)
    assert guard.status.protected
    guard.stop()


def test_logs_and_crash_reports_hold_no_protected_number(
    qtbot: QtBot, desk: DeskWindow, tmp_path: Path
) -> None:
    from seatdesk.core.logging import configure_logging
    from seatdesk.ui.desk_app import _report_crash

    logger = configure_logging(tmp_path)
    try:
        secret = reveal_mobile(desk)
        QGuiApplication.clipboard().setText(secret)
        qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=3000)
        try:
            raise RuntimeError(f"widget failed while showing {secret}")
        except RuntimeError as exc:
            _report_crash(type(exc), exc, exc.__traceback__)
        for handler in logger.handlers:
            handler.flush()
        content = (tmp_path / "seatdesk.log").read_text(encoding="utf-8")
        assert "unexpected error: RuntimeError" in content
        assert secret not in content and secret[-8:] not in content
    finally:
        configure_logging(None)
