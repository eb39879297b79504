"""A real desk in a process of its own, ended with SIGTERM by test_desk_sigterm.py: it signs in,
takes a call, prints "ready" and runs Qt's event loop until the signal closes it."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from seatdesk.app import load_default_policy
from seatdesk.core.clock import SystemClock
from seatdesk.services import door
from seatdesk.services.runtime import Runtime, VaultPaths
from tests.helpers.vaults import PASSWORDS, TEST_KDF, keyring_of


def main() -> int:
    from PySide6.QtCore import QTimer

    from seatdesk.ui.desk_app import application, install_sigterm_handler
    from seatdesk.ui.main_window import DeskWindow

    vault, _vault_id, keyring, number = sys.argv[1:5]
    store = keyring_of(keyring)
    runtime = Runtime(
        clock=SystemClock(),
        policy=load_default_policy(),
        seat="sigterm",
        secret_store_factory=lambda: store,
        kdf=TEST_KDF,
    )
    who = door.sign_in(runtime, VaultPaths(Path(vault)), "agent01", PASSWORDS["agent01"])
    app, language = application("en")
    window = DeskWindow(who, language)
    window.show()
    install_sigterm_handler(app, window)
    window.on_pop(number)
    QTimer.singleShot(0, lambda: print("ready", flush=True))
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
