"""Screenshots of approval requests through a real hall (`QT_QPA_PLATFORM=offscreen .venv/bin/python
-m tools.approval_screenshot docs/screenshots zh_CN`): the agent's authorisation dialog on a seat
of a hall (`approval-ask`), waiting for an approver (`approval-waiting`) and once the supervisor
said "on my way" (`approval-coming`), and the supervisor's Approvals window at another seat
(`approvals`). A throwaway PostgreSQL, a hall and two demo seats."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from seatdesk.app import load_default_policy
from seatdesk.core.clock import SystemClock
from seatdesk.hall.admin import init_hall, new_code
from seatdesk.policy.model import TierAccess
from seatdesk.services.agreement import load_agreement
from seatdesk.services.demo import DEMO_LOGINS, build_demo_vault
from seatdesk.services.door import sign_in
from seatdesk.services.factory import Services
from seatdesk.services.runtime import Runtime, VaultPaths
from seatdesk.ui.approval_ask import AskHooks
from seatdesk.ui.approvals_window import ApprovalsWindow
from seatdesk.ui.desk_app import application
from seatdesk.ui.dialogs import ApprovalDialog
from seatdesk.vault.secret_store import MemorySecretStore
from tools.demo_enrol import enrol_demo_seat
from tools.demo_hall import free_port, stop_hall, wait_for_hall
from tools.throwaway_postgres import discard, start_postgres


def main(out_dir: str, lang: str) -> None:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="seatdesk-approval-shots-"))
    pg = start_postgres()
    hall: subprocess.Popen[str] | None = None
    try:
        dsn = pg.create_database("hall_shots")
        init_hall(dsn, folder / "hall", SystemClock().now())
        port = free_port()
        hall = subprocess.Popen(
            [sys.executable, "-m", "seatdesk", "hall", "serve", "--dsn", dsn, "--dir",
             str(folder / "hall"), "--listen", f"127.0.0.1:{port}"],
            stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        wait_for_hall(hall)
        app, language = application(lang)
        seats: dict[str, tuple[Runtime, VaultPaths]] = {}
        for seat in ("seat-07", "office-01"):
            runtime = Runtime(SystemClock(), load_default_policy(), seat, MemorySecretStore)
            vault, _ = build_demo_vault(runtime, folder / seat, count=300)
            admin = DEMO_LOGINS[0]
            with Services(sign_in(runtime, vault, admin.staff_id, admin.password)) as services:
                code = new_code(dsn, folder / "hall", seat, SystemClock().now())
                enrol_demo_seat(services, f"https://127.0.0.1:{port}", code, seat, dsn)
            seats[seat] = (runtime, vault)

        def desk_of(seat: str, index: int) -> Services:
            runtime, vault = seats[seat]
            login = DEMO_LOGINS[index]
            desk = Services(sign_in(runtime, vault, login.staff_id, login.password))
            desk.acknowledge(load_agreement(language), login.staff_id)
            return desk

        def shot(widget: QWidget, name: str) -> None:
            widget.show()
            app.processEvents()
            image = (
                widget.grab()
                .toImage()
                .convertToFormat(  # 256 colours, as the other shots
                    QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither
                )
            )
            image.save(str(out / f"{name}.{language}.png"))

        agent = desk_of("seat-07", 1)
        matches = [agent.records.match(i) for i in range(1, 300)]
        confidential = [m.customer_id for m in matches if m.tier == "机密"]
        reason = agent.who.policy.reveal_reasons[0].code
        first = agent.approvals.ask(confidential[0], "mobile", reason, "客户要求核对预留手机")
        agent.approvals.ask(confidential[1], "address", reason, "寄送合同需确认地址")
        need = TierAccess.SUPERVISOR_APPROVAL
        desk = agent.approvals
        hooks = AskHooks(
            ask=lambda: first,
            status=desk.mine,
            cancel=desk.cancel,
            authorise=lambda request_id, staff, pw: desk.authorise(request_id, staff, pw, need),
            hall_time=agent.who.policy.hall_time,
        )
        role = "班组长" if language == "zh_CN" else "supervisor"
        dialog = ApprovalDialog(role, lambda staff, pw: agent.revealer.authorise(staff, pw, need),
                                ask=hooks)  # fmt: skip
        assert dialog.ask_panel is not None
        shot(dialog, "approval-ask")
        dialog.ask_panel.ask()
        shot(dialog, "approval-waiting")
        supervisor = desk_of("office-01", 2)
        board = ApprovalsWindow(supervisor, language)
        supervisor.approvals.take(first.request_id)
        board.refresh()
        board.table.selectRow(1)
        shot(board, "approvals")
        dialog.ask_panel.refresh()
        shot(dialog, "approval-coming")
        dialog.ask_panel.cancel()
        board.refresh()
        for widget in (dialog, board):
            widget.close()
        agent.close()
        supervisor.close()
    finally:
        if hall is not None:
            stop_hall(hall)
        discard(pg)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main(
        sys.argv[1] if len(sys.argv) > 1 else "screenshots",
        sys.argv[2] if len(sys.argv) > 2 else "zh_CN",
    )
