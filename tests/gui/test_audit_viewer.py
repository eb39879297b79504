"""Issue 17 (a desk for the security officer): the audit log and "who saw this customer" in the
desk, opened from the menu, marked with the watermark, refused to other roles."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from seatdesk.ui.audit_viewer import AuditViewerWindow
from seatdesk.ui.main_window import DeskWindow
from seatdesk.ui.watermark import Watermark
from tests.helpers.demo import CALLER, MOBILE
from tests.helpers.qt import when_modal


def test_the_officer_finds_who_saw_a_customer(
    qtbot: QtBot, desk_for: Callable[[str], DeskWindow]
) -> None:
    agent = desk_for("agent01")
    agent.on_pop(MOBILE)  # the agent's pop: a view of the caller
    officer = desk_for("sec01")
    assert "Ctrl+Shift+A" in {a.keys for a in officer.menu.actions}
    seen: dict[str, object] = {}

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, AuditViewerWindow)
        dialog.customer.setText(CALLER["customer_no"])
        found = dialog.run_exposure()
        seen["exposure"] = [(e["staff"], e["action"]) for e in found]
        seen["summary"] = dialog.summary.text()
        dialog.target.setText(CALLER["customer_no"])
        seen["entries"] = [(e.actor, e.action) for e in dialog.run_search()]
        seen["rows"] = dialog.entries.rowCount()
        seen["shown"] = [
            [dialog.entries.data(dialog.entries.index(row, column)) for column in (4, 7)]
            for row in range(dialog.entries.rowCount())
        ]
        watermark = dialog.findChild(Watermark)
        seen["marked"] = watermark is not None and "sec01" in watermark.current_text()
        dialog.reject()

    when_modal(look)
    officer.open_audit_log()
    assert ("agent01", "view") in seen["exposure"]  # type: ignore[operator]
    assert "agent01" in str(seen["summary"])
    assert ("agent01", "record.view") in seen["entries"]  # type: ignore[operator]
    assert seen["rows"] == len(seen["entries"])  # type: ignore[arg-type]
    assert seen["marked"] is True
    shown = seen["shown"]
    assert isinstance(shown, list)
    actions = [action for action, _ in shown]
    assert "Viewed a customer · record.view" in actions  # the name, then the code it is searched by
    assert not any(detail.startswith("{") for _, detail in shown)  # pairs, not the stored JSON
    assert any("fields: " in detail for _, detail in shown)


def test_agents_and_supervisors_have_no_audit_log_in_their_menu(
    qtbot: QtBot, desk_for: Callable[[str], DeskWindow]
) -> None:
    for staff_id in ("agent01", "super01", "admin01"):
        desk = desk_for(staff_id)
        assert "Ctrl+Shift+A" not in {a.keys for a in desk.menu.actions}


def test_the_officer_finds_the_entries_of_a_calling_number(
    qtbot: QtBot, desk_for: Callable[[str], DeskWindow]
) -> None:
    """The number is looked for by its keyed hashes (the entries never hold it): the agent's
    pop of the caller is found, a number nobody rang finds nothing."""
    desk_for("agent01").on_pop(MOBILE)
    officer = desk_for("sec01")
    seen: dict[str, list[tuple[str, str]]] = {}

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, AuditViewerWindow)
        dialog.number.setText(MOBILE)
        seen["caller"] = [(e.actor, e.action) for e in dialog.run_search()]
        dialog.number.setText("13900000000")
        seen["nobody"] = [(e.actor, e.action) for e in dialog.run_search()]
        dialog.reject()

    when_modal(look)
    officer.open_audit_log()
    assert ("agent01", "call.start") in seen["caller"]
    assert all(actor == "agent01" for actor, _ in seen["caller"])
    assert seen["nobody"] == []
