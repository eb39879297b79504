"""Screenshot the real desk under X (e.g. `xvfb-run -s '-screen 0 1280x800x24'`).

Builds a small demo vault, signs in as the demo agent, searches the first customer and writes
PNGs of the login dialog and the desk. For looking at what we build, not for tests.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer

from seatdesk.app import build_runtime
from seatdesk.services.demo import DEMO_LOGINS, build_demo_vault, demo_csv_bytes
from seatdesk.services.session import sign_in
from seatdesk.ui.desk_app import application
from seatdesk.ui.login_dialog import LoginDialog
from seatdesk.ui.main_window import DeskWindow


def main(out_dir: str, lang: str) -> None:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    runtime = build_runtime()
    vault, _ = build_demo_vault(runtime, Path(tempfile.mkdtemp()), count=200, seed=2026)
    app, language = application(lang)
    agent = DEMO_LOGINS[1]
    first = demo_csv_bytes(200, 2026).decode().splitlines()[1].split(",")[0]

    login = LoginDialog(runtime, vault)
    login.staff_id.setText(agent.staff_id)
    login.show()

    def shoot_login() -> None:
        app.primaryScreen().grabWindow(0).save(str(out / f"login-{language}.png"))
        login.close()
        window = DeskWindow(
            sign_in(runtime, vault, agent.staff_id, agent.password), language, demo=True
        )
        window.show()
        window.search.setText(first)
        window.run_search()
        QTimer.singleShot(800, lambda: shoot_desk(window))

    def shoot_desk(window: DeskWindow) -> None:
        app.primaryScreen().grabWindow(0).save(str(out / f"desk-{language}.png"))
        window.close()
        app.quit()

    QTimer.singleShot(800, shoot_login)
    app.exec()


if __name__ == "__main__":
    main(
        sys.argv[1] if len(sys.argv) > 1 else "screenshots",
        sys.argv[2] if len(sys.argv) > 2 else "zh_CN",
    )
