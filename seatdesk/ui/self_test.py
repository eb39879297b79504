"""`seatdesk --self-test`: prove an installed build works on this machine, offscreen: create a
vault in a temporary folder, import a few customers, open the desk, show a masked record, quit.
Exit 0 only if every step worked and Qt printed no warning."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from seatdesk.services.agreement import load_agreement
from seatdesk.services.demo import DEMO_LOGINS, build_demo_vault
from seatdesk.services.door import sign_in
from seatdesk.services.factory import Services
from seatdesk.services.runtime import Runtime


def run_self_test(runtime: Runtime) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    from seatdesk.ui.desk_app import application
    from seatdesk.ui.main_window import DeskWindow

    problems: list[str] = []

    def on_message(kind: QtMsgType, _context: object, message: str) -> None:
        serious = kind not in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg)
        if serious and "does not support" not in message:  # offscreen platform limits
            problems.append(message)

    previous = qInstallMessageHandler(on_message)
    folder = Path(tempfile.mkdtemp(prefix="seatdesk-selftest-"))
    try:
        app, language = application("zh_CN")
        vault, report = build_demo_vault(runtime, folder, count=20, seed=1)
        agent = DEMO_LOGINS[1]
        who = sign_in(runtime, vault, agent.staff_id, agent.password)
        Services(who).acknowledge(load_agreement(language), agent.staff_id)
        window = DeskWindow(who, language)
        window.show()
        record = window.show_customer(window.records.find("C00000001")[0].customer_id)
        app.processEvents()
        masked = record.field("name").text
        shown = window.card.value_labels["name"].text()
        window.close()
        app.processEvents()
        checks = {
            "customers imported": report.imported == 20,
            "record shown masked": "*" in masked and shown == masked,
            "no Qt warnings": not problems,
        }
    except Exception as exc:  # the self-test reports any failure as such
        print(f"self-test FAILED: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    finally:
        qInstallMessageHandler(previous)
        shutil.rmtree(folder, ignore_errors=True)
    for name, ok in checks.items():
        print(f"{'ok  ' if ok else 'FAIL'} {name}")
    for message in problems:
        print(f"Qt: {message}", file=sys.stderr)
    return 0 if all(checks.values()) else 1
