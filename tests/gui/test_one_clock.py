"""One clock (issue 17.4): stored in UTC, shown on the hall's clock everywhere. The computer's
zone is set five hours behind UTC and the hall is eight ahead, so 09:00 UTC reads 17:00 in the
hall, 04:00 on the computer: every place the desk shows a time must say 17:00."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from seatdesk.core.clock import FixedClock, utc_iso
from seatdesk.services.hall_worker import LinkState
from seatdesk.services.lifecycle import Reminders
from seatdesk.ui.dialogs import RevealReasonDialog
from seatdesk.ui.incident_board import IncidentBoard
from seatdesk.ui.incident_dialog import IncidentDialog
from seatdesk.ui.login_dialog import LoginDialog
from seatdesk.ui.main_window import DeskWindow
from seatdesk.vault.failure_counter import seq_name
from seatdesk.vault.keyslots import KeyFile
from seatdesk.vault.secret_store import MemorySecretStore
from tests.helpers.demo import CALLER, MOBILE
from tests.helpers.qt import visible_texts, when_modal
from tests.helpers.vaults import PASSWORDS, StaffedVault

pytestmark = pytest.mark.usefixtures("far_os_zone")

HALL, UTC_READING, OS_READING = "2026-01-01 17:00", "09:00", "04:00"


def on_the_hall_s_clock(text: str) -> bool:
    return HALL in text and UTC_READING not in text and OS_READING not in text


def test_the_desk_shows_every_time_on_the_hall_s_clock(
    qtbot: QtBot, desk_for: Callable[[str], DeskWindow], clock: FixedClock
) -> None:
    assert clock.now().hour == 9  # 09:00 UTC, the moment every reading below is of
    agent = desk_for("agent01")
    assert on_the_hall_s_clock(agent.watermark_text()), agent.watermark_text()
    agent.on_pop(MOBILE)

    def reason(dialog: QDialog) -> None:
        assert isinstance(dialog, RevealReasonDialog)
        dialog.accept()

    when_modal(reason)
    assert agent.reveal_field("mobile") is not None
    record = agent.card.record
    assert record is not None
    agent.end_call()
    agent.show_customer(record.customer_id)
    history = [t for t in visible_texts(agent.card) if "  [" in t]  # "<time>  [call]  …"
    assert history and on_the_hall_s_clock(history[0]), history

    dialog = IncidentDialog(agent.services.incidents.prefill(), agent.who.policy.hall_time, agent)
    qtbot.addWidget(dialog)
    facts = dialog.findChild(QLabel, "incidentFacts")
    assert facts is not None and on_the_hall_s_clock(facts.text()), facts.text()
    agent.services.incidents.submit("suspected_leak", "客户资料疑似外泄", [CALLER["customer_no"]])

    security = desk_for("sec01")
    board = IncidentBoard(security.services, "zh_CN", security)
    qtbot.addWidget(board)
    board.table.selectRow(0)
    reported = board.model.index(0, 1).data()
    assert reported == HALL, reported
    details = board.details.toPlainText()
    assert on_the_hall_s_clock(details), details
    assert "手机号码" in details and "与来电客户核对信息" in details, details  # the policy's words

    now = clock.now()
    security.hall_indicator.show_state(
        LinkState(
            enrolled=True,
            offline_since=now,
            customer_data_seq=3,
            customer_data_at=utc_iso(now),
        ),
        frozenset(),
    )
    status = security.hall_indicator.label.text()
    assert "17:00" in status and HALL in status and OS_READING not in status, status

    admin = desk_for("admin01")
    admin.show_reminders(Reminders(backup_due=True, last_backup=now - timedelta(days=8)))
    notice = admin.notice.text()
    assert "2025-12-24 17:00" in notice and OS_READING not in notice, notice


def test_a_lockout_says_until_when_on_the_hall_s_clock(
    qtbot: QtBot, customer_vault: StaffedVault, secret_store: MemorySecretStore
) -> None:
    vault_id = KeyFile.load(customer_vault.paths.keys).vault_id
    secret_store.delete(seq_name(vault_id))  # the counter tampered with: everyone locked 15 min
    dialog = LoginDialog(customer_vault.runtime, customer_vault.paths)
    qtbot.addWidget(dialog)
    dialog.staff_id.setText("agent01")
    dialog.password.setText(PASSWORDS["agent01"])
    dialog.try_sign_in()
    said = dialog.error.text()
    assert "auth.lockout_tampered" in said and "2026-01-01 17:15" in said, said
    assert "UTC" not in said and "04:15" not in said and "09:15" not in said
