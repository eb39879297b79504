"""Issue 19.7: a desk ended with SIGTERM (a shutdown, `kill`, the session ending) closes like a
desk closed by hand: the active call is ended and the sign-out is written to the audit."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from seatdesk.ui.desk_app import install_sigterm_handler
from seatdesk.ui.main_window import DeskWindow
from seatdesk.vault.keyslots import KeyFile
from tests.helpers.demo import MOBILE
from tests.helpers.vaults import StaffedVault, keyring_text

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("sigterm_child.py")


def test_sigterm_in_process_closes_the_desk_with_call_end_and_logout(
    qtbot: QtBot, customer_vault: StaffedVault
) -> None:
    window = DeskWindow(customer_vault.signed_in("agent01"), "en")
    qtbot.addWidget(window)
    window.show()
    who = window.who
    window.on_pop(MOBILE)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    restore = install_sigterm_handler(app, window)
    try:
        os.kill(os.getpid(), signal.SIGTERM)
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    finally:
        restore()
    assert not who.is_open
    session = customer_vault.session("sec01")
    try:
        actions = [e.action for e in session.audit.entries()]
    finally:
        session.close()
    assert actions.index("call.end") < actions.index("logout")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_a_real_desk_process_ended_with_sigterm_writes_call_end_and_logout(
    customer_vault: StaffedVault,
) -> None:
    vault_id = KeyFile.load(customer_vault.paths.keys).vault_id
    proc = subprocess.Popen(
        [
            sys.executable,
            str(CHILD),
            str(customer_vault.paths.vault),
            vault_id,
            keyring_text(customer_vault.runtime),
            MOBILE,
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert proc.stdout is not None
        ready = proc.stdout.readline().strip()
        if ready == "ready":
            proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert ready == "ready", err
    assert proc.returncode == 0, err
    session = customer_vault.session("sec01")
    try:
        entries = [(e.actor, e.action) for e in session.audit.entries()]
    finally:
        session.close()
    tail = entries[-4:]
    assert ("agent01", "call.end") in tail and ("agent01", "logout") in tail, tail
