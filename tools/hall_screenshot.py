"""Screenshots of two desks of one hall under X (`xvfb-run -a -s '-screen 0 1280x800x24'
.venv/bin/python -m tools.hall_screenshot OUT zh_CN`): the agent's desk connected to the hall,
the same desk turned strict by a visitor registered at the door seat, and the security
officer's board at the door seat showing the incident the agent reported. For looking."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from seatdesk.app import load_default_policy
from seatdesk.core.clock import SystemClock
from seatdesk.hall.admin import init_hall, new_code
from seatdesk.records.demo_data import generate_customers
from seatdesk.services.agreement import load_agreement
from seatdesk.services.demo import DEMO_ANCHOR, DEMO_LOGINS, build_demo_vault
from seatdesk.services.door import sign_in
from seatdesk.services.factory import Services
from seatdesk.services.runtime import Runtime
from seatdesk.ui.desk_app import application
from seatdesk.ui.incident_board import IncidentBoard
from seatdesk.ui.main_window import DeskWindow
from seatdesk.vault.secret_store import MemorySecretStore
from tests.helpers.imports import csv_bytes
from tests.helpers.visitors import admit_visitor
from tools.demo_enrol import enrol_demo_seat
from tools.demo_hall import free_port, stop_hall, wait_for_hall
from tools.throwaway_postgres import discard, start_postgres


def spin(app: QApplication, until: Callable[[], bool], seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while not until() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.05)


def ticked(window: DeskWindow) -> bool:
    window.tick()
    return True


def main(out_dir: str, lang: str) -> None:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="seatdesk-hall-shots-"))
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
        vaults = {}
        for seat in ("seat-agent", "seat-door"):
            runtime = Runtime(SystemClock(), load_default_policy(), seat, MemorySecretStore)
            vault, _ = build_demo_vault(runtime, folder / seat, count=300)
            admin = DEMO_LOGINS[0]
            with Services(sign_in(runtime, vault, admin.staff_id, admin.password)) as services:
                code = new_code(dsn, folder / "hall", seat, SystemClock().now())
                enrol_demo_seat(services, f"https://127.0.0.1:{port}", code, seat, dsn)
            vaults[seat] = (runtime, vault)

        def desk(seat: str, login_index: int) -> DeskWindow:
            runtime, vault = vaults[seat]
            login = DEMO_LOGINS[login_index]
            who = sign_in(runtime, vault, login.staff_id, login.password)
            Services(who).acknowledge(load_agreement(language), login.staff_id)
            window = DeskWindow(who, language, demo=True)
            window.show()
            return window

        def shot(widget: QWidget, name: str) -> None:
            app.processEvents()
            widget.grab().save(str(out / f"hall-{name}-{language}.png"))

        agent = desk("seat-agent", 1)
        spin(app, lambda: ticked(agent) and agent.services.hall_worker.state.connected)
        agent.on_pop("13800000000")
        shot(agent, "1-agent-connected")
        runtime, vault = vaults["seat-door"]
        supervisor = DEMO_LOGINS[2]
        door = Services(sign_in(runtime, vault, supervisor.staff_id, supervisor.password))
        door.acknowledge(load_agreement(language), supervisor.staff_id)
        door.start_hall_link()
        admit_visitor(door.visitors, host="supervisor", approver="security")
        door.hall_worker.wake()
        spin(app, lambda: ticked(agent) and agent.visitor_link.indicator.isVisible())
        shot(agent, "2-agent-strict-visitor-at-door")
        agent.services.incidents.submit("data_leak", "客户资料出现在外部群，疑似截屏外传", [])
        agent.services.hall_worker.wake()
        spin(app, lambda: not agent.services.hall.unsent_incidents())
        security = desk("seat-door", 3)
        board = IncidentBoard(security.services, security.language, security)
        board.show()
        board.table.selectRow(0)
        spin(app, lambda: board.model.rowCount() > 0, 5)
        shot(board, "3-security-board-at-door")
        admin_login = DEMO_LOGINS[0]
        with Services(sign_in(runtime, vault, admin_login.staff_id, admin_login.password)) as admin:
            rows = list(generate_customers(300, 2026, today=DEMO_ANCHOR))
            for row in rows[:25]:  # the CRM's next day: 25 customers moved
                row["address"] = row["address"][:-1] + "新址"
            update = folder / "crm-update.csv"
            update.write_bytes(csv_bytes(rows[:25]))
            admin.change_sets.publish(update, "update")
            spin(app, lambda: ticked(agent) and "#" in agent.hall_indicator.label.text())
            shot(agent, "4-agent-customer-data-as-of")
            admin.staff.disable(DEMO_LOGINS[1].staff_id)
            spin(app, lambda: ticked(agent) and agent.is_locked)
            shot(agent, "5-agent-locked-account-disabled-at-hall")
        for window in (board, security, agent):
            window.close()
        door.close()
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
