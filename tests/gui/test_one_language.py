"""One language at a time (issue 17.2, 17.3): every window and dialog of the desk, opened in zh_CN
as each role meets it, shows no English where a Chinese translation exists; Qt's own dialogs
read Chinese too."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from seatdesk.core.clock import FixedClock
from seatdesk.services.agreement import load_agreement
from seatdesk.services.factory import Services
from seatdesk.ui.admin_window import AccountDialog, AdminWindow
from seatdesk.ui.audit_viewer import AuditViewerWindow
from seatdesk.ui.audit_words import detail_text
from seatdesk.ui.desk_menu import ShortcutsDialog
from seatdesk.ui.dialogs import AgreementDialog, ApprovalDialog, RevealReasonDialog, VerifyDialog
from seatdesk.ui.export_flow import ExportRequestDialog, run_export
from seatdesk.ui.incident_board import IncidentBoard
from seatdesk.ui.incident_dialog import ContainmentDialog, IncidentDialog
from seatdesk.ui.login_dialog import LoginDialog
from seatdesk.ui.main_window import DeskWindow
from seatdesk.ui.officer_window import OfficerWindow
from seatdesk.ui.partner_register import AddPartnerDialog
from seatdesk.ui.password_dialog import ChangePasswordDialog
from seatdesk.ui.visitors import reports as visitor_reports
from seatdesk.ui.visitors.dialogs import NoticeDialog, SignOutDialog, WatchEntryDialog
from tests.helpers.demo import CALLER, MOBILE
from tests.helpers.partners import register_partner
from tests.helpers.qt import open_visitors, visible_texts, when_modal
from tests.helpers.translations import english_left
from tests.helpers.vaults import PASSWORDS, StaffedVault
from tests.helpers.visitor_forms import ID_A, arrival, draft

pytestmark = pytest.mark.usefixtures("chinese")


class Sweep:
    """What each window showed, by the name of the moment it was looked at."""

    def __init__(self) -> None:
        self.seen: dict[str, list[str]] = {}

    def look(
        self,
        name: str,
        widget: QWidget,
        log_words: set[str] | frozenset[str] = frozenset(),
        codes: frozenset[str] = frozenset(),
    ) -> None:
        """`log_words`: the audit log's own details the log viewer shows as the log has them
        (as `audit export` writes them), not words of the desk; `codes`: the log's action codes,
        shown after the action's name ("登录 · login"), whose name is still looked at."""
        texts = [text for text in visible_texts(widget) if text not in log_words]
        self.seen[name] = [_without_code(text, codes) for text in texts]

    def assert_chinese(self) -> None:
        found = {name: english_left(texts) for name, texts in self.seen.items()}
        english = {name: texts for name, texts in found.items() if texts}
        assert not english, "\n".join(f"{name}: {texts}" for name, texts in english.items())


def _without_code(text: str, codes: frozenset[str]) -> str:
    name, _, code = text.rpartition(" · ")
    return name if code in codes else text


@pytest.fixture
def sweep() -> Iterator[Sweep]:
    seen = Sweep()
    yield seen
    assert seen.seen, "the sweep looked at nothing"


def test_the_agent_s_desk_through_a_call_reads_chinese(
    qtbot: QtBot,
    desk_for: Callable[[str], DeskWindow],
    clock: FixedClock,
    sweep: Sweep,
    customer_vault: StaffedVault,
) -> None:
    register_partner(customer_vault)
    desk = desk_for("agent01")
    sweep.look("desk", desk)
    desk.on_pop(MOBILE)
    sweep.look("screen pop", desk)

    def verify(dialog: QDialog) -> None:
        assert isinstance(dialog, VerifyDialog)
        sweep.look("verify", dialog)
        dialog.mode.setCurrentIndex(dialog.mode.findData("last6"))
        qtbot.keyClicks(dialog.answer, "000000")
        dialog.check_button.click()
        sweep.look("verify: no match", dialog)
        dialog.reject()

    when_modal(verify)
    desk.open_verify("id_number")

    def reason(dialog: QDialog) -> None:
        assert isinstance(dialog, RevealReasonDialog)
        sweep.look("reveal reason", dialog)
        dialog.accept()

    when_modal(reason)
    assert desk.reveal_field("mobile") is not None
    sweep.look("revealed", desk)
    for key, said in ((Qt.Key.Key_C, "（复制）"), (Qt.Key.Key_A, "（全选）")):
        qtbot.keyClick(desk.table, key, Qt.KeyboardModifier.ControlModifier)
        assert said in desk.notice.text()  # the way out, named in Chinese
        sweep.look(f"blocked {key.name}", desk)

    def withdraw(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        sweep.look("consent withdrawal", box)
        box.button(QMessageBox.StandardButton.Yes).click()

    when_modal(withdraw)
    desk.withdraw_consent()
    assert "已撤回" in desk.card.value_labels["consent"].text()
    clock.advance(seconds=223)
    record = desk.card.record
    assert record is not None
    desk.end_call()
    desk.idle.touch()  # the agent is at the seat (223 s would otherwise be past the idle lock)
    assert desk.wrap_up is not None
    sweep.look("wrap-up", desk.wrap_up)
    desk.wrap_up.try_save()  # the common case: the preselected reason and outcome
    desk.show_customer(record.customer_id)  # the call is in the history now
    sweep.look("history", desk)

    def request(dialog: QDialog) -> None:
        assert isinstance(dialog, ExportRequestDialog)
        sweep.look("export request", dialog)
        dialog.purpose.setCurrentText("投诉复核")
        dialog.accept()
        when_modal(approve)

    def approve(dialog: QDialog) -> None:
        assert isinstance(dialog, ApprovalDialog)
        sweep.look("export approval", dialog)
        dialog.staff_id.setText("super01")
        dialog.password.setText("Wrong-pass-2026")
        dialog.try_authorise()
        sweep.look("export approval: refused", dialog)
        dialog.password.setText(PASSWORDS["super01"])
        dialog.try_authorise()
        when_modal(save_as)

    def save_as(dialog: QDialog) -> None:
        assert isinstance(dialog, QFileDialog)
        sweep.look("export: save as", dialog)
        dialog.reject()

    assert not desk.is_locked
    when_modal(request)
    assert run_export(desk) is None

    def report(dialog: QDialog) -> None:
        assert isinstance(dialog, IncidentDialog)
        sweep.look("incident", dialog)
        dialog.description.setText("来电人冒充客户本人")
        dialog.accept()
        when_modal(contain)

    def contain(dialog: QDialog) -> None:
        assert isinstance(dialog, ContainmentDialog)
        sweep.look("containment", dialog)
        dialog.accept()

    when_modal(report)
    desk.report_incident()
    assert desk.is_locked
    sweep.look("lock screen", desk)
    assert not desk.try_unlock("not-my-password")
    sweep.look("lock screen: wrong password", desk)
    sweep.assert_chinese()


def test_the_supervisor_s_desk_and_the_visitor_register_read_chinese(
    qtbot: QtBot,
    desk_for: Callable[[str], DeskWindow],
    sweep: Sweep,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    desk = desk_for("super01")
    sweep.look("desk", desk)
    view = desk.services.visitors.register_walk_in(draft(), arrival())
    window = open_visitors(qtbot, desk)
    window.refresh()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        sweep.look(f"visitors: {window.tabs.tabText(index)}", window)
    form = window.form
    window.tabs.setCurrentWidget(form)
    form.name.setText("欧阳明月")
    form.id_number.setText(ID_A[:-1] + ("0" if ID_A[-1] != "0" else "1"))  # a wrong check digit
    form.submit()
    assert "校验位不符" in form.error.text(), form.error.text()  # why, not only that
    sweep.look("visitor form: wrong ID number", window)
    form.id_number.setText(ID_A)
    form.mobile.setText("12345")
    form.submit()
    sweep.look("visitor form: wrong mobile", window)

    def look_and_leave(name: str) -> Callable[[QDialog], None]:
        def handle(dialog: QDialog) -> None:
            sweep.look(name, dialog)
            dialog.reject()

        return handle

    def pdf_printer() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "roster.pdf"))
        return printer

    monkeypatch.setattr(visitor_reports, "make_printer", pdf_printer)
    window.tabs.setCurrentWidget(window.reports)
    when_modal(look_and_leave("print dialog"))
    assert not window.print_roster()
    when_modal(look_and_leave("daily log: save as"))
    assert window.export_log() is None
    for name, dialog in (
        ("sign out", SignOutDialog(view, window)),
        ("notice", NoticeDialog("zh_CN", window)),
    ):
        qtbot.addWidget(dialog)
        sweep.look(name, dialog)
    sweep.assert_chinese()


def test_the_security_officer_s_desk_and_incident_board_read_chinese(
    qtbot: QtBot,
    desk_for: Callable[[str], DeskWindow],
    sweep: Sweep,
    customer_vault: StaffedVault,
) -> None:
    register_partner(customer_vault, expires_on=date(2026, 1, 20))  # expiring: in the notices
    agent = desk_for("agent01")
    agent.on_pop(MOBILE)
    agent.services.incidents.submit("suspected_leak", "客户资料疑似外泄", [CALLER["customer_no"]])
    desk = desk_for("sec01")
    sweep.look("desk", desk)
    board = IncidentBoard(desk.services, "zh_CN", desk)
    qtbot.addWidget(board)
    board.show()
    board.table.selectRow(0)
    sweep.look("incident board", board)
    grade = board.reporting.open_grade()
    assert grade is not None
    sweep.look("grade form", grade)
    grade.people.setValue(1_200_000)
    grade._check()
    for kind in ("initial", "supplement", "closure"):
        form = board.reporting.open_form(kind)
        assert form is not None
        sweep.look(f"{kind} report form", form)
        form.reject()
    board.table.selectRow(0)
    sweep.look("incident board: rated", board)
    entry = WatchEntryDialog(desk.services.visitors, "zh_CN", desk)
    qtbot.addWidget(entry)
    sweep.look("watch-list entry", entry)
    audit = AuditViewerWindow(desk.services.audit_viewer, desk.who.policy, desk, language="zh_CN")
    qtbot.addWidget(audit)
    entries = audit.run_search()
    log_words = frozenset(detail_text(e.detail) for e in entries)
    codes = frozenset(e.action for e in entries)
    sweep.look("audit log", audit, log_words, codes)
    audit.customer.setText(CALLER["customer_no"])
    audit.run_exposure()
    audit.tabs.setCurrentIndex(1)
    sweep.look("audit log: who saw this customer", audit, log_words, codes)
    officer = OfficerWindow(desk.services, "zh_CN", desk)
    qtbot.addWidget(officer)
    sweep.look("access review", officer)
    officer.preview_purge()
    officer.tabs.setCurrentIndex(1)
    sweep.look("purge", officer)
    assert officer.partner_tab is not None
    officer.partner_tab.load()
    officer.tabs.setCurrentWidget(officer.partner_tab)
    sweep.look("partners", officer)
    add = AddPartnerDialog(desk.services, officer)
    qtbot.addWidget(add)
    assert not add.try_add()  # the error line too
    sweep.look("register a partner", add)
    shortcuts = ShortcutsDialog(desk.menu.actions, desk)
    qtbot.addWidget(shortcuts)
    sweep.look("keyboard shortcuts", shortcuts)
    sweep.assert_chinese()


def test_the_admin_s_desk_reads_chinese(
    qtbot: QtBot, desk_for: Callable[[str], DeskWindow], sweep: Sweep
) -> None:
    desk = desk_for("admin01")
    assert desk.notice.text()  # the reminders: no backup yet
    sweep.look("desk", desk)
    admin = AdminWindow(desk.services, desk, language="zh_CN")
    qtbot.addWidget(admin)
    sweep.look("accounts", admin)
    admin.tabs.setCurrentIndex(1)
    sweep.look("backups and keys", admin)
    account = AccountDialog(None, admin, admin._role_label)
    qtbot.addWidget(account)
    sweep.look("add account", account)
    sweep.assert_chinese()


def test_sign_in_agreement_and_password_dialogs_read_chinese(
    qtbot: QtBot, customer_vault: StaffedVault, sweep: Sweep
) -> None:
    login = LoginDialog(customer_vault.runtime, customer_vault.paths)
    qtbot.addWidget(login)
    sweep.look("login", login)
    login.staff_id.setText("agent01")
    login.password.setText("not-my-password")
    login.try_sign_in()
    assert login.error.text()
    sweep.look("login: wrong password", login)
    agreement = AgreementDialog(load_agreement("zh_CN"), "agent01")
    qtbot.addWidget(agreement)
    sweep.look("agreement", agreement)
    who = customer_vault.signed_in("agent01")
    try:
        password = ChangePasswordDialog(Services(who))
        qtbot.addWidget(password)
        sweep.look("password", password)
        password.first.setText("short")
        password.second.setText("short")
        password.change()
        sweep.look("password: too short", password)
    finally:
        who.close()
    sweep.assert_chinese()


def test_qt_s_own_dialogs_and_buttons_read_chinese(qtbot: QtBot) -> None:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(buttons)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None and cancel.text() == "取消"
    files = QFileDialog(None, "选择文件")
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    files.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(files)
    texts = visible_texts(files)
    assert "取消" in texts, texts
    assert not english_left(texts), english_left(texts)
