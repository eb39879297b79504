"""Screenshots of the visitor register under X (e.g. `xvfb-run -a -s '-screen 0 1280x800x24'`).

Builds a small demo vault on a fixed clock (10:00 in the hall), registers three visitors, moves
the clock on so that one overstays, and writes PNGs of the hall board, the register form, the
watch-list override, the watch list and the agent's desk with the visitor indicator, plus the
evacuation roster and daily log as PDFs (turn them into images with `pdftoppm -png -r 60`).
For looking, not for tests.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from seatdesk.app import load_default_policy
from seatdesk.core.clock import FixedClock
from seatdesk.records.validation import resident_id_check_char
from seatdesk.services.agreement import load_agreement
from seatdesk.services.demo import DEMO_LOGINS, build_demo_vault
from seatdesk.services.door import sign_in
from seatdesk.services.factory import Services
from seatdesk.services.runtime import Runtime
from seatdesk.services.visitors import Acknowledgement, Arrival, VisitorDraft
from seatdesk.ui.desk_app import application
from seatdesk.ui.main_window import DeskWindow
from seatdesk.ui.visitors.dialogs import OverrideDialog
from seatdesk.vault.secret_store import MemorySecretStore

VISITORS = (
    ("欧阳明月", "11010519880512345", "华信网络设备有限公司", "交换机例行维护", "V-01", 11, 30),
    ("李雷", "44030619900101123", "申城电信工程公司", "线路检修", "V-02", 15, 0),
    ("Anna Müller", "", "Deutsche Beratung GmbH", "客户体验调研", "V-03", 16, 30),
)


def hall(clock_day: datetime, hour: int, minute: int = 0) -> datetime:
    return clock_day.replace(hour=hour, minute=minute) - timedelta(hours=8)


def main(out_dir: str, lang: str) -> None:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    day = datetime(2026, 3, 16, tzinfo=UTC)
    clock = FixedClock(hall(day, 10, 0))
    runtime = Runtime(
        clock=clock,
        policy=load_default_policy(),
        seat="hall-A-07",
        secret_store_factory=MemorySecretStore,
    )
    vault, _ = build_demo_vault(runtime, Path(tempfile.mkdtemp()), count=200, seed=2026)
    app, language = application(lang)
    supervisor, agent, security = DEMO_LOGINS[2], DEMO_LOGINS[1], DEMO_LOGINS[3]

    session = sign_in(runtime, vault, security.staff_id, security.password)
    Services(session).acknowledge(load_agreement(language), security.staff_id)
    Services(session).visitors.add_watch_by_name(
        "王某", "远景数据服务公司", "2025-11 在大厅拍摄屏幕，已列入关注名单"
    )
    session.close()

    session = sign_in(runtime, vault, supervisor.staff_id, supervisor.password)
    Services(session).acknowledge(load_agreement(language), supervisor.staff_id)
    desk = Services(session).visitors
    for name, id17, org, purpose, badge, hour, minute in VISITORS:
        passport = not id17
        desk.register_walk_in(
            VisitorDraft(
                name=name,
                id_type="护照" if passport else "居民身份证",
                id_number="C4X8K2M9" if passport else id17 + resident_id_check_char(id17),
                organisation=org,
                purpose=purpose,
                host=supervisor.staff_id,
                approver=security.staff_id,
                approval_ref=f"OA-2026-03{badge[-2:]}",
                mobile="13987654321" if not passport else "",
            ),
            Arrival(
                badge,
                hall(day, hour, minute),
                Acknowledgement.paper(f"F-{badge}") if passport else Acknowledgement.typed(name),
                escort=supervisor.staff_id,
                devices=("phone", "laptop") if badge == "V-01" else ("phone",),
                held_at_door=True,
            ),
        )
        clock.advance(minutes=17)
    clock.current = hall(day, 11, 52)  # V-01 expected out at 11:30: overstaying
    agent_session = sign_in(runtime, vault, agent.staff_id, agent.password)
    Services(agent_session).acknowledge(load_agreement(language), agent.staff_id)
    state: dict[str, object] = {}

    def shot(name: str, widget: object = None) -> None:
        app.processEvents()
        app.primaryScreen().grabWindow(0).save(str(out / f"visitors-{name}-{language}.png"))

    def board_step() -> None:
        window = DeskWindow(session, language, demo=True)
        window.show()
        state["desk"] = window
        visitors = window.visitor_link.open_window()
        assert visitors is not None
        visitors.move(60, 40)
        state["visitors"] = visitors

    def form_step() -> None:
        visitors = state["visitors"]
        form = visitors.form  # type: ignore[attr-defined]
        visitors.tabs.setCurrentWidget(form)  # type: ignore[attr-defined]
        form.name.setText("王某")
        form.id_number.setText("31011519750303002" + resident_id_check_char("31011519750303002"))
        form.organisation.setText("远景数据服务公司")
        form.purpose.setText("商务洽谈")
        form.approval_ref.setText("OA-2026-0311")
        form.badge.setText("V-04")
        form.devices["phone"].setChecked(True)
        form.devices["camera"].setChecked(True)
        form.held.setChecked(True)
        form.typed_name.setText("王某")

    def override_step() -> None:
        visitors = state["visitors"]
        form = visitors.form  # type: ignore[attr-defined]
        hits = tuple(desk.check_watch_list(form._draft()))
        dialog = OverrideDialog(desk, hits, visitors)  # type: ignore[arg-type]
        dialog.staff_id.setText(security.staff_id)
        dialog.reason.setText("保卫部已电话核实本次来访")
        dialog.show()
        state["override"] = dialog

    def watch_step() -> None:
        state["override"].close()  # type: ignore[attr-defined]
        visitors = state["visitors"]
        visitors.tabs.setCurrentIndex(3)  # type: ignore[attr-defined]

    def agent_step() -> None:
        state["visitors"].close()  # type: ignore[attr-defined]
        state["desk"].hide()  # type: ignore[attr-defined]
        window = DeskWindow(agent_session, language, demo=True)
        window.show()
        window.run_search("C00000001")
        state["agent"] = window

    def reports_step() -> None:
        desk.export_roster(out / f"roster-{language}.pdf")
        desk.export_daily_log(desk.today(), out / f"daily-log-{language}.pdf")

    steps: list[tuple[Callable[[], None], str]] = [
        (board_step, "1-board"),
        (form_step, "2-register"),
        (override_step, "3-watch-override"),
        (watch_step, "4-watch-list"),
        (agent_step, "5-agent-indicator"),
        (reports_step, ""),
    ]

    def run(index: int) -> None:
        if index == len(steps):
            for key in ("agent", "desk"):
                state[key].close()  # type: ignore[attr-defined]
            app.quit()
            return
        action, name = steps[index]
        action()
        QTimer.singleShot(700, lambda: ((shot(name) if name else None), run(index + 1)))

    QTimer.singleShot(300, lambda: run(0))
    app.exec()
    QApplication.processEvents()


if __name__ == "__main__":
    main(
        sys.argv[1] if len(sys.argv) > 1 else "screenshots",
        sys.argv[2] if len(sys.argv) > 2 else "zh_CN",
    )
