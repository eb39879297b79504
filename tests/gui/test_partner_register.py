"""Issue 18 in the desk: the officer's Partners tab (register, expiring highlighted, end early,
PDF and CSV) and the export dialog, which picks the recipient from the partners in force."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from seatdesk.services.export import open_export
from seatdesk.ui import export_flow
from seatdesk.ui.dialogs import ApprovalDialog
from seatdesk.ui.export_flow import ExportRequestDialog
from seatdesk.ui.main_window import DeskWindow
from seatdesk.ui.officer_window import OfficerWindow
from seatdesk.ui.partner_register import AddPartnerDialog
from tests.helpers.demo import CALLER
from tests.helpers.partners import register_partner
from tests.helpers.qt import when_modal
from tests.helpers.vaults import PASSWORDS, StaffedVault, audit_behind

CJK = re.compile(r"[\u4e00-\u9fff]")


def _highlighted(window: OfficerWindow, row: int) -> bool:
    assert window.partner_tab is not None
    model = window.partner_tab.partners
    return model.data(model.index(row, 0), Qt.ItemDataRole.BackgroundRole) is not None


@pytest.mark.usefixtures("chinese")
def test_the_officer_registers_ends_and_exports_partners_in_the_tab(
    qtbot: QtBot,
    desk_for: Callable[[str], DeskWindow],
    customer_vault: StaffedVault,
    tmp_path: Path,
) -> None:
    officer = desk_for("sec01")
    window = OfficerWindow(officer.services, "zh_CN", officer, officer.watermark_text)
    qtbot.addWidget(window)
    tab = window.partner_tab
    assert tab is not None and window.tabs.tabText(window.tabs.indexOf(tab)) == "合作方"
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, AddPartnerDialog)
        assert not dialog.try_add()  # nothing filled in: refused, in Chinese
        assert CJK.search(dialog.error.text())
        dialog.name.setText("华信征信服务有限公司")
        dialog.number.setText("NDA-2026-001")
        dialog.signed.setDate(dialog.signed.date().addDays(-100))
        dialog.expires.setDate(dialog.signed.date().addDays(110))  # 10 days left
        dialog.purposes.setText("监管报送；投诉复核")
        dialog.classes["二类"].setChecked(True)
        dialog.classes["三类"].setChecked(True)
        dialog.contact.setText("李经理")
        dialog.add_file(scan)
        assert dialog.try_add()

    when_modal(fill)
    added = tab.open_add()
    assert added is not None and added.purposes == ("监管报送", "投诉复核")
    assert added.classes == ("二类", "三类") and added.attachments[0].size == 13
    register_partner(customer_vault, agreement_no="NDA-LATER")
    found = tab.load()
    assert [p.agreement_no for p in found] == ["NDA-2026-001", "NDA-LATER"]
    cells = [tab.partners.data(tab.partners.index(0, c)) for c in range(8)]
    assert "即将到期" in str(cells[4]) and cells[1] == "NDA-2026-001"
    assert _highlighted(window, 0) and not _highlighted(window, 1)

    tab.select("NDA-LATER")
    assert tab.end_selected() is None and CJK.search(tab.error.text())  # no reason
    tab.reason.setText("合作终止")
    ended = tab.end_selected()
    assert ended is not None and ended.expired_by == "sec01"
    assert _highlighted(window, 1) and "已提前终止" in str(
        tab.partners.data(tab.partners.index(1, 4))
    )

    pdf, csv_file = tmp_path / "partners.pdf", tmp_path / "partners.csv"
    assert tab.export("pdf", pdf) and tab.export("csv", csv_file)
    for path in (pdf, csv_file):
        assert path.stat().st_mode & 0o777 == 0o600
    assert "NDA-LATER" in csv_file.read_text(encoding="utf-8-sig")
    actions = [e.action for e in audit_behind(officer.who) if e.action.startswith("partner.")]
    assert actions == [
        "partner.added",
        "partner.added",
        "partner.expired",
        "partner.register_pdf",
        "partner.register_csv",
    ]


def test_only_the_officer_has_the_tab(qtbot: QtBot, desk_for: Callable[[str], DeskWindow]) -> None:
    supervisor = desk_for("super01")
    window = OfficerWindow(supervisor.services, "zh_CN", supervisor)
    qtbot.addWidget(window)
    assert window.partner_tab is None


def test_the_export_dialog_picks_a_partner_in_force_and_the_export_names_it(
    qtbot: QtBot,
    desk_for: Callable[[str], DeskWindow],
    customer_vault: StaffedVault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    register_partner(customer_vault, agreement_no="NDA-OLD", expires_on=date(2025, 12, 31))
    narrow = register_partner(
        customer_vault, name="只看二三类的公司", agreement_no="NDA-NARROW", classes=("二类", "三类")
    )
    wide = register_partner(customer_vault, name="华信征信", agreement_no="NDA-WIDE")
    desk = desk_for("agent01")
    desk.run_search(CALLER["customer_no"])
    out = tmp_path / "handover.sdx"
    monkeypatch.setattr(export_flow, "choose_export_path", lambda parent: out)
    offered: list[list[str]] = []

    def request(
        choose: str, written: bool, covered_only: bool = False
    ) -> Callable[[QDialog], None]:
        def answer(dialog: QDialog) -> None:
            assert isinstance(dialog, ExportRequestDialog)
            offered.append([dialog.partner.itemText(i) for i in range(dialog.partner.count())])
            first = dialog.chosen()
            assert first is not None and first.agreement_no == "NDA-WIDE"  # one that covers
            assert "refused" not in dialog.covers.text()
            dialog.partner.setCurrentIndex(
                dialog.partner.findText(choose, Qt.MatchFlag.MatchContains)
            )
            assert [dialog.purpose.itemText(i) for i in range(dialog.purpose.count())] == [
                "监管报送",
                "投诉复核",
                "核对",
            ]
            dialog.purpose.setCurrentText("投诉复核")
            warned = "not 一类: the export would be refused" in dialog.covers.text()
            assert warned == (choose == "NDA-NARROW")
            assert dialog.covered_only.isVisibleTo(dialog) == (choose == "NDA-NARROW")
            dialog.covered_only.setChecked(covered_only)
            assert ("refused" in dialog.covers.text()) == (warned and not covered_only)
            dialog.accept()
            when_modal(lambda approval: approve(approval, written))

        return answer

    def approve(dialog: QDialog, written: bool) -> None:
        assert isinstance(dialog, ApprovalDialog)
        dialog.staff_id.setText("super01")
        dialog.password.setText(PASSWORDS["super01"])
        dialog.try_authorise()
        if written:  # a refusal shows no password
            when_modal(password_box)

    def password_box(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        box.accept()

    when_modal(request("NDA-NARROW", written=False))
    assert export_flow.run_export(desk) is None  # its agreement lacks 一类: refused
    assert "NDA-NARROW" in desk.notice.text() and not out.exists()
    when_modal(request("NDA-WIDE", written=True))
    result = export_flow.run_export(desk)
    assert result is not None and out.exists()
    when_modal(request("NDA-NARROW", written=True, covered_only=True))
    narrowed = export_flow.run_export(desk)
    assert narrowed is not None
    header = open_export(out, narrowed.one_time_password).decode().splitlines()[0].split(",")
    assert "id_number" not in header and "bank_card" not in header and "mobile" in header
    assert offered[0] == ["只看二三类的公司 · NDA-NARROW", "华信征信 · NDA-WIDE"]  # not NDA-OLD
    log = audit_behind(desk.who)
    refused = [json.loads(e.detail) for e in log if e.action == "records.export_refused"]
    assert [(d["partner"], d["why"]) for d in refused] == [(narrow.id, "export.partner.classes")]
    done, narrow_done = [json.loads(e.detail) for e in log if e.action == "records.export"]
    assert narrow_done["classes"] == ["二类", "三类"] and "birth_date" not in narrow_done["fields"]
    assert (done["partner"], done["agreement"], done["purpose"]) == (
        wide.id,
        "NDA-WIDE",
        "投诉复核",
    )
