"""A screenshot of every window and dialog of the desk, in zh_CN and en, for a reviewer who does not
run it: `xvfb-run -a -s '-screen 0 1280x800x24' .venv/bin/python -m tools.screenshots OUT`
(`make screenshots` writes docs/screenshots). Each language runs in its own process on its own
demo vault (tools/screen_stage.py); the PNGs are named `SCREEN.LANG.png`. For looking, not for
tests; tests/test_screenshots.py checks that `COVERS` names every window class."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from seatdesk.services.agreement import load_agreement
from seatdesk.services.factory import Services
from seatdesk.ui.admin_window import AccountDialog
from seatdesk.ui.assessment_register import AssessmentRegisterTab
from seatdesk.ui.desk_app import application
from seatdesk.ui.dialogs import AgreementDialog, ApprovalDialog, VerifyDialog
from seatdesk.ui.export_flow import ExportRequestDialog
from seatdesk.ui.incident_dialog import ContainmentDialog
from seatdesk.ui.incident_report_forms import GradeDialog, ReportFormDialog
from seatdesk.ui.login_dialog import LoginDialog
from seatdesk.ui.main_window import DeskWindow
from seatdesk.ui.officer_window import OfficerWindow
from seatdesk.ui.partner_register import AddPartnerDialog
from seatdesk.ui.password_dialog import ChangePasswordDialog
from seatdesk.ui.training_dialog import AssessmentDialog
from seatdesk.ui.training_register import RecordTrainingDialog, TrainingRegisterTab
from seatdesk.ui.visitors.dialogs import (
    NoticeDialog,
    OverrideDialog,
    SignOutDialog,
    WatchEntryDialog,
)
from tests.helpers.visitors import VISITOR_NAME, admit_visitor, draft_for_check
from tools.screen_stage import ADMIN, AGENT, SECURITY, SUPERVISOR, Stage

LANGUAGES = ("zh_CN", "en")

#: Every QDialog / QMainWindow subclass in seatdesk/ui, and the screenshot that shows it.
COVERS = {
    "LoginDialog": "sign-in",
    "ChangePasswordDialog": "password-change",
    "AgreementDialog": "agreement",
    "DeskWindow": "agent-desk-pop",
    "VerifyDialog": "verify",
    "RevealReasonDialog": "reveal-reason",
    "ApprovalDialog": "approval",
    "WrapUpDialog": "wrap-up",
    "ShortcutsDialog": "shortcuts",
    "IncidentDialog": "incident-report",
    "ContainmentDialog": "containment",
    "ExportRequestDialog": "export-request",
    "IncidentBoard": "incident-board",
    "GradeDialog": "incident-grade",
    "ReportFormDialog": "incident-report-initial",
    "AuditViewerWindow": "audit-log",
    "VisitorsWindow": "visitors-in-the-hall",
    "NoticeDialog": "visitor-notice",
    "SignOutDialog": "visitor-sign-out",
    "OverrideDialog": "visitor-watch-override",
    "WatchEntryDialog": "visitor-watch-entry",
    "ReasonDialog": "visitor-watch-remove-reason",
    "OfficerWindow": "officer-access-review",
    "AdminWindow": "admin-accounts",
    "AccountDialog": "admin-account-add",
    "AssessmentDialog": "training-assessment",
    "RecordTrainingDialog": "training-record",
    "AddPartnerDialog": "partner-add",
    "ApprovalsWindow": "approvals",
}
CLASS = re.compile(r"^class (\w+)\(([^)]*)\):", re.MULTILINE)
WINDOW_BASES = frozenset({"QDialog", "QMainWindow"})


def window_classes(ui: Path) -> set[str]:
    """The QDialog and QMainWindow subclasses defined under `ui` (directly or through another
    class defined there), found by reading the class statements."""
    bases: dict[str, set[str]] = {}
    for path in sorted(ui.rglob("*.py")):
        for name, listed in CLASS.findall(path.read_text(encoding="utf-8")):
            bases[name] = {base.strip().split(".")[-1] for base in listed.split(",")}
    windows: set[str] = set()
    grew = True
    while grew:
        found = {name for name, of in bases.items() if of & (WINDOW_BASES | windows)}
        grew = not found <= windows
        windows |= found
    return windows


VISITOR_TABS = ("in-the-hall", "register", "expected", "watch-list", "reports")


def door(stage: Stage) -> None:
    """Sign-in, the first-sign-in password change and the agreement (no desk behind them)."""
    login = LoginDialog(stage.runtime, stage.vault)
    login.staff_id.setText(AGENT.staff_id)
    stage.shot_dialog("sign-in", login)
    who = stage.sign_in(AGENT)
    stage.shot_dialog("password-change", ChangePasswordDialog(Services(who)))
    agreement = AgreementDialog(load_agreement(stage.language), AGENT.staff_id)
    stage.shot_dialog("agreement", agreement)
    who.close()


def demo_partners(stage: Stage) -> None:
    """Three partners registered by the officer: one in force, one ending soon, one ended."""
    who = stage.sign_in(SECURITY)
    desk = Services(who).partners
    today = desk.today()
    for name, number, days, classes in (
        ("华信征信服务有限公司", "NDA-2026-014", 300, ("一类", "二类", "三类")),
        ("远景客户调研有限公司", "NDA-2025-031", 12, ("二类", "三类")),
        ("北辰档案管理中心", "NDA-2024-007", 90, ("三类",)),
    ):
        desk.add(
            name=name,
            agreement_no=number,
            signed_on=today - timedelta(days=400),
            expires_on=today + timedelta(days=days),
            purposes=("监管报送", "投诉复核") if days > 100 else ("客户回访",),
            classes=classes,
            contact="王经理 010-6500 1234",
        )
    desk.expire("NDA-2024-007", "合作终止 / cooperation ended")
    who.close()


def agent_call(stage: Stage) -> None:
    """A call from pop to wrap-up: the card, verify, reveal, approval, the menu, F1, the lock."""
    window = stage.desk(AGENT)
    caller = stage.caller()
    window.on_pop("+86 " + caller["mobile"].split(";")[0])
    stage.shot("agent-desk-pop")
    assert window.card.record is not None
    verify = VerifyDialog(window.card.record, window.verifier, stage.language, "id_number", window)
    verify.mode.setCurrentIndex(1)  # the last six characters
    verify.answer.setText(caller["id_number"][-6:])
    verify.show()
    verify.check()
    stage.shot("verify")
    verify.close()

    def reason(dialog: QDialog) -> None:
        dialog.reason.setCurrentIndex(0)  # type: ignore[attr-defined]
        dialog.try_accept()  # type: ignore[attr-defined]

    stage.through_modal("reveal-reason", lambda: window.reveal_field("mobile"), reason)
    stage.shot("revealed-value")
    window.card.remask_all()
    approved_reveal(stage, window)
    window.card.remask_all()
    demo_partners(stage)
    partners = window.services.partners.for_export()
    classes = window.services.exports.classes_of()
    request = ExportRequestDialog(3, partners, window, classes)
    lacking = request.partner.findText("NDA-2025-031", Qt.MatchFlag.MatchContains)
    request.partner.setCurrentIndex(lacking)  # its agreement lacks 一类: the warning
    stage.shot_dialog("export-request", request, window)
    bar = window.menuBar()
    bar.setActiveAction(bar.actions()[0])  # the first menu, open under its title
    stage.shot("menu-bar")
    bar.actions()[0].menu().hide()
    stage.through_modal("shortcuts", window.menu.show_shortcuts)
    stage.through_modal("incident-report", window.report_incident)
    stage.shot_dialog("containment", ContainmentDialog("INC-20260316-0001", window), window)
    stage.clock.advance(minutes=3, seconds=25)  # the call's length on the wrap-up
    window.idle.touch()  # the agent was busy meanwhile (else the idle lock would come first)
    window.end_call()
    if window.wrap_up is not None:
        window.wrap_up.move(window.x() + 360, window.y() + 200)
        stage.beside(window.wrap_up)
        stage.shot("wrap-up")
        window.wrap_up.try_save()
    window.run_search(stage.namesake_query())
    stage.shot("agent-desk-namesakes")
    window.lock("idle")
    stage.shot("lock-screen")
    window.try_unlock(AGENT.password)


def approved_reveal(stage: Stage, window: DeskWindow) -> None:
    """A 机密 customer's mobile, off the call: a reason with its explanation, then the
    supervisor's authorisation at the seat, then the value on the card."""
    window.run_search(stage.caller("机密")["customer_no"])
    window.choose_row(0)

    def approve(dialog: QDialog) -> None:
        dialog.staff_id.setText(SUPERVISOR.staff_id)  # type: ignore[attr-defined]
        stage.shot("approval")
        dialog.password.setText("not-the-password")  # type: ignore[attr-defined]
        dialog.try_authorise()  # type: ignore[attr-defined]
        stage.shot("approval-refused")
        dialog.password.setText(SUPERVISOR.password)  # type: ignore[attr-defined]
        dialog.try_authorise()  # type: ignore[attr-defined]
        if dialog.isVisible():
            raise RuntimeError("the supervisor's authorisation was refused")

    def reason(dialog: QDialog) -> None:
        dialog.reason.setCurrentIndex(0)  # type: ignore[attr-defined]
        note = "回电前核对号码" if stage.language == "zh_CN" else "Checking the number to call back"
        dialog.note.setText(note)  # type: ignore[attr-defined]
        stage.when_modal("", approve, ApprovalDialog)
        dialog.try_accept()  # type: ignore[attr-defined]

    stage.through_modal("reveal-reason-off-call", lambda: window.reveal_field("mobile"), reason)
    stage.shot("revealed-value-approved")
    window.card.remask_all()
    window.run_search(stage.caller()["customer_no"])
    window.choose_row(0)


def supervisor_desk(stage: Stage) -> None:
    """The supervisor's desk and the visitor register with each tab and its dialogs."""
    security = stage.sign_in(SECURITY)
    window = stage.desk(SUPERVISOR)
    desk = window.services.visitors
    view = admit_visitor(desk, host=SUPERVISOR.staff_id, approver=SECURITY.staff_id)
    Services(security).visitors.add_watch_by_name(
        VISITOR_NAME, "华信网络设备有限公司", "2025-11 在大厅拍摄屏幕，已列入关注名单"
    )
    window.tick()
    stage.shot("supervisor-desk")
    visitors = window.visitor_link.open_window()
    assert visitors is not None
    visitors.move(60, 40)
    stage.beside(visitors)
    visitors.refresh()
    for index, tab in enumerate(VISITOR_TABS):
        visitors.tabs.setCurrentIndex(index)
        stage.shot(f"visitors-{tab}")
    form = visitors.form  # a visitor on the watch list, at the door
    visitors.tabs.setCurrentWidget(form)
    form.name.setText(VISITOR_NAME)
    form.organisation.setText("华信网络设备有限公司")
    form.purpose.setText("交换机例行维护")
    form.badge.setText("V-02")
    stage.shot_dialog("visitor-notice", NoticeDialog(stage.language, visitors), visitors)
    stage.shot_dialog("visitor-sign-out", SignOutDialog(view, visitors), visitors)
    hits = tuple(desk.check_watch_list(draft_for_check(SUPERVISOR.staff_id, SECURITY.staff_id)))
    override = OverrideDialog(desk, hits, visitors)
    override.staff_id.setText(SECURITY.staff_id)
    stage.shot_dialog("visitor-watch-override", override, visitors)
    visitors.close()
    security.close()


def security_desk(stage: Stage) -> None:
    """The security officer's desk, the incident board and the audit log with its exposure tab."""
    agent = stage.desks[AGENT.role].services
    reported = agent.incidents.submit("data_leak", "客户资料出现在外部群，疑似截屏外传", [])
    window = stage.desk(SECURITY)
    window.services.incident_board.rate(reported.ref, 1_200_000)  # 较大: the initial report due
    stage.shot("security-desk")
    visitors = window.visitor_link.open_window()
    if visitors is not None:  # the officer's watch list: a new entry, and removing one
        visitors.move(60, 40)
        stage.beside(visitors)
        visitors.tabs.setCurrentIndex(VISITOR_TABS.index("watch-list"))
        stage.shot("visitors-watch-list-security")
        entry = WatchEntryDialog(visitors.desk, stage.language, visitors)
        stage.shot_dialog("visitor-watch-entry", entry, visitors)
        visitors.watch_table.selectRow(0)
        stage.through_modal("visitor-watch-remove-reason", visitors.watch.remove_watch)
        visitors.close()

    def board(dialog: QDialog) -> None:
        dialog.table.selectRow(0)  # type: ignore[attr-defined]
        stage.shot("incident-board")
        ref = dialog.selected().ref  # type: ignore[attr-defined]
        grade = GradeDialog(ref, lambda *_: None, dialog)
        grade.people.setValue(1_200_000)
        stage.shot_dialog("incident-grade", grade, dialog)
        stage.shot_dialog(
            "incident-report-initial", ReportFormDialog("initial", ref, lambda _: None), dialog
        )
        dialog.reject()

    stage.when_modal("", board)
    window.open_incidents()

    def exposure(dialog: QDialog) -> None:
        dialog.customer.setText(stage.caller()["customer_no"])  # type: ignore[attr-defined]
        dialog.run_exposure()  # type: ignore[attr-defined]

    def audit(dialog: QDialog) -> None:  # the last week of the log, then who saw the caller
        stage.tabs(
            dialog,
            ("audit-log", dialog.run_search),  # type: ignore[attr-defined]
            ("audit-who-saw-this-customer", lambda: exposure(dialog)),
        )

    stage.when_modal("", audit)
    window.open_audit_log()

    def officer(dialog: QDialog) -> None:
        add = AddPartnerDialog(window.services, dialog)
        add.name.setText("远景客户调研有限公司")
        add.number.setText("NDA-2026-020")
        add.purposes.setText("客户回访; 满意度调查")
        add.classes["三类"].setChecked(True)
        add.contact.setText("王经理 010-6500 1234")
        stage.shot_dialog("partner-add", add, dialog)
        stage.tabs(
            dialog,
            ("officer-access-review", dialog.load_review),  # type: ignore[attr-defined]
            ("officer-purge", dialog.preview_purge),  # type: ignore[attr-defined]
            ("officer-partners", dialog.partner_tab.load),  # type: ignore[attr-defined]
            ("officer-impact-assessments", lambda: sample_assessments(dialog)),
        )

    stage.when_modal("", officer)
    window.open_officer()


def sample_assessments(dialog: QDialog) -> None:
    """Two assessments in the officer's register, one overdue for review, one selected."""
    tab = dialog.findChild(AssessmentRegisterTab)
    assert isinstance(tab, AssessmentRegisterTab)
    today = tab.assessed_on.date()
    samples = (
        ("sensitive", "approved_with_measures", "坐席核验客户身份证号（只核验不显示）", -400),
        ("entrust_provide_disclose", "approved", "向催收服务商提供掩码后的联系清单", -30),
    )
    for trigger, result, scope, days in samples:
        tab.assessed_on.setDate(today.addDays(days))
        tab.next_review.setDate(today.addDays(days + 365))
        tab.scope.setText(scope)
        tab.trigger.setCurrentIndex(tab.trigger.findData(trigger))
        tab.result.setCurrentIndex(tab.result.findData(result))
        tab.measures.setText("一类字段仅核验；导出须双人审批" if "measures" in result else "")
        tab.reviewer.setText("信息安全专员 王审核")
        tab.add()
    tab.assessed_on.setDate(today)
    tab.next_review.setDate(today.addYears(1))
    tab.show_item(1)  # the overdue one in full; left unselected, so its mark shows


def admin_desk(stage: Stage) -> None:
    """The admin's desk (no customer search), its accounts and backups, a new account."""
    window = stage.desk(ADMIN)
    stage.shot("admin-desk")

    def admin(dialog: QDialog) -> None:
        account = AccountDialog(None, dialog)
        account.staff_id.setText("agent07")
        stage.shot_dialog("admin-account-add", account, dialog)
        stage.tabs(
            dialog, ("admin-accounts", lambda: None), ("admin-backups-and-keys", lambda: None)
        )

    stage.when_modal("", admin)
    window.open_admin()


def training(stage: Stage) -> None:
    """The agent's confidentiality assessment (three questions answered), and the officer's
    Training tab with a session being recorded."""
    window = stage.desk(AGENT)
    course = window.services.who.policy.training.courses[0]
    assessment = AssessmentDialog(window.services, course, stage.language, window)
    for question_id in list(assessment.groups)[:3]:
        assessment.choose(question_id, 0)
    stage.shot_dialog("training-assessment", assessment, window)
    officer = stage.desk(SECURITY)
    dialog = OfficerWindow(officer.services, stage.language, officer, officer.watermark_text)
    dialog.move(40, 40)
    stage.beside(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(dialog.tabs.count() - 1)
    stage.shot("officer-training")
    tab = dialog.tabs.currentWidget()
    assert isinstance(tab, TrainingRegisterTab)
    record = RecordTrainingDialog(officer.services, tab.people, stage.language, dialog)
    record.trainer.setText("王老师" if stage.language == "zh_CN" else "Ms Wang")
    record.attend(AGENT.staff_id, 90)
    stage.shot_dialog("training-record", record, dialog)
    dialog.reject()


SCENES: tuple[Callable[[Stage], None], ...] = (
    door,
    agent_call,
    supervisor_desk,
    security_desk,
    admin_desk,
    training,
)


def run_language(out: Path, language: str) -> list[str]:
    app, language = application(language)
    stage = Stage(app, language, out)
    try:
        for scene in SCENES:
            scene(stage)
    finally:
        stage.close()
    return stage.written


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    if len(argv) > 1:  # one language, in this process
        for name in run_language(out, argv[1]):
            print(name)
        return 0
    for language in LANGUAGES:  # a process each: Qt's translator is the process's
        subprocess.run([sys.executable, "-m", "tools.screenshots", str(out), language], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
