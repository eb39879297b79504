"""Start-up probe: process start to the first paint of a sign-in window.

    python -m benchmarks.start_probe desk --vault V     the real desk entry (seatdesk.app.main)
    python -m benchmarks.start_probe bare               the sign-in window's widgets in bare PySide6

Both are started the same way by the benchmark (same interpreter, offscreen), which stamps
CLOCK_MONOTONIC just before it starts the process; the probe prints the time of the first paint
of the window ("SHOWN <ns>") and closes it, so the process exits on its own.
"""

from __future__ import annotations

import sys
import time


def _stamp_first_paint(cls: type) -> None:
    from PySide6.QtCore import QTimer

    original = cls.paintEvent  # type: ignore[attr-defined]

    def paint(self: object, event: object) -> None:
        original(self, event)
        if not getattr(cls, "_stamped", False):
            cls._stamped = True  # type: ignore[attr-defined]
            print(f"SHOWN {time.monotonic_ns()}", flush=True)
            QTimer.singleShot(0, self.reject)  # type: ignore[attr-defined]

    cls.paintEvent = paint  # type: ignore[attr-defined]


def desk(vault: str) -> int:
    from seatdesk.ui import login_dialog

    _stamp_first_paint(login_dialog.LoginDialog)
    from seatdesk.app import main

    return main(["--vault", vault, "--lang", "zh_CN"])


def bare() -> int:
    """The same widgets as the sign-in window (labels, two fields, buttons, initial focus),
    nothing of SeatDesk: what Qt itself costs to show it."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QApplication,
        QDialog,
        QDialogButtonBox,
        QFormLayout,
        QLabel,
        QLineEdit,
        QVBoxLayout,
    )

    class Dialog(QDialog):
        pass

    _stamp_first_paint(Dialog)
    app = QApplication(sys.argv[:1])
    dialog = Dialog()
    dialog.setWindowTitle("SeatDesk — sign in")
    form = QFormLayout()
    staff = QLineEdit()
    form.addRow("Staff ID", staff)
    password = QLineEdit()
    password.setEchoMode(QLineEdit.EchoMode.Password)
    form.addRow("Password", password)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel("Customer information stays on this seat."))
    layout.addLayout(form)
    error = QLabel()
    error.setWordWrap(True)
    layout.addWidget(error)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    layout.addWidget(buttons)
    layout.addWidget(QLabel("Vault: /path/to/hall.vault"))
    dialog.setMinimumWidth(420)
    staff.setFocus(Qt.FocusReason.OtherFocusReason)
    dialog.exec()
    del app
    return 0


if __name__ == "__main__":
    if sys.argv[1] == "desk":
        sys.exit(desk(sys.argv[sys.argv.index("--vault") + 1]))
    sys.exit(bare())
