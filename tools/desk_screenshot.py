"""Screenshots of the real desk under X (e.g. `xvfb-run -a -s '-screen 0 1280x800x24'`).

Builds a small demo vault, signs in as the demo agent and walks through a call: the login
dialog, the agreement, a screen pop with its masked record, a verify result, a reveal with its
countdown, the call's wrap-up, and the lock screen. Writes PNGs to the folder given. For
looking, not for tests.
"""

from __future__ import annotations

import csv
import io
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from seatdesk.app import build_runtime
from seatdesk.services.agreement import load_agreement
from seatdesk.services.demo import DEMO_LOGINS, build_demo_vault, demo_csv_bytes
from seatdesk.services.door import sign_in
from seatdesk.services.factory import Services
from seatdesk.ui.desk_app import application
from seatdesk.ui.dialogs import AgreementDialog, VerifyDialog
from seatdesk.ui.login_dialog import LoginDialog
from seatdesk.ui.main_window import DeskWindow
from seatdesk.ui.revealed_value import RevealedValueView


def main(out_dir: str, lang: str) -> None:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    runtime = build_runtime()
    vault, _ = build_demo_vault(runtime, Path(tempfile.mkdtemp()), count=200, seed=2026)
    app, language = application(lang)
    agent = DEMO_LOGINS[1]
    rows = list(csv.DictReader(io.StringIO(demo_csv_bytes(200, 2026).decode())))
    caller = next(
        r
        for r in rows
        if r["tier"] == "秘密" and r["mobile"] and r["id_number"] and r["id_type"] == "居民身份证"
    )
    session = sign_in(runtime, vault, agent.staff_id, agent.password)
    state: dict[str, object] = {}

    def shot(name: str) -> None:
        app.processEvents()
        app.primaryScreen().grabWindow(0).save(str(out / f"{name}-{language}.png"))

    def login_step() -> None:
        login = LoginDialog(runtime, vault)
        login.staff_id.setText(agent.staff_id)
        login.show()
        state["login"] = login

    def agreement_step() -> None:
        state["login"].close()  # type: ignore[attr-defined]
        text = load_agreement(language)
        dialog = AgreementDialog(text, agent.staff_id)
        dialog.show()
        state["agreement"] = dialog

    def pop_step() -> None:
        state["agreement"].close()  # type: ignore[attr-defined]
        Services(session).acknowledge(load_agreement(language), agent.staff_id)
        window = DeskWindow(session, language, demo=True)
        window.show()
        window.on_pop("+86 " + caller["mobile"].split(";")[0])
        state["window"] = window

    def verify_step() -> None:
        window: DeskWindow = state["window"]  # type: ignore[assignment]
        assert window.card.record is not None
        dialog = VerifyDialog(window.card.record, window.verifier, language, "id_number", window)
        dialog.mode.setCurrentIndex(1)  # last 6
        dialog.answer.setText(caller["id_number"][-6:])
        dialog.show()
        dialog.check()
        state["verify"] = dialog

    def reveal_step() -> None:
        state["verify"].close()  # type: ignore[attr-defined]
        window: DeskWindow = state["window"]  # type: ignore[assignment]
        assert window.card.record is not None
        value = window.revealer.reveal(
            window.card.record.customer_id, "mobile", "confirm_with_caller"
        )
        view = RevealedValueView(value, window.clock)
        window.card.show_revealed("mobile", view)

    def wrap_up_step() -> None:
        window: DeskWindow = state["window"]  # type: ignore[assignment]
        window.card.remask_all()
        window.end_call()  # the wrap-up opens beside the desk
        if window.wrap_up is not None:
            window.wrap_up.move(window.x() + 360, window.y() + 220)

    def lock_step() -> None:
        window: DeskWindow = state["window"]  # type: ignore[assignment]
        if window.wrap_up is not None:
            window.wrap_up.try_save()
        window.lock("idle")

    steps: list[tuple[Callable[[], None], str]] = [
        (login_step, "1-login"),
        (agreement_step, "2-agreement"),
        (pop_step, "3-pop"),
        (verify_step, "4-verify"),
        (reveal_step, "5-reveal"),
        (wrap_up_step, "6-wrap-up"),
        (lock_step, "7-lock"),
    ]

    def run(index: int) -> None:
        if index == len(steps):
            window = state["window"]
            window.close()  # type: ignore[attr-defined]
            app.quit()
            return
        action, name = steps[index]
        action()
        QTimer.singleShot(700, lambda: (shot(name), run(index + 1)))

    QTimer.singleShot(300, lambda: run(0))
    app.exec()
    QApplication.processEvents()


if __name__ == "__main__":
    main(
        sys.argv[1] if len(sys.argv) > 1 else "screenshots",
        sys.argv[2] if len(sys.argv) > 2 else "zh_CN",
    )
