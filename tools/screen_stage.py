"""The stage the screenshots are taken on: a demo vault on a fixed clock, signed-in desks, and the
ways to grab what is on the screen (a window beside the desk, a modal dialog over it)."""

from __future__ import annotations

import csv
import io
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import shiboken6
from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from seatdesk.app import load_default_policy
from seatdesk.core.clock import FixedClock
from seatdesk.services.agreement import load_agreement
from seatdesk.services.demo import DEMO_LOGINS, DemoLogin, build_demo_vault, demo_csv_bytes
from seatdesk.services.door import SignedIn, sign_in
from seatdesk.services.factory import Services
from seatdesk.services.runtime import Runtime
from seatdesk.ui.main_window import DeskWindow
from seatdesk.vault.secret_store import MemorySecretStore
from tests.helpers.qt import when_modal

COUNT, SEED = 200, 2026
#: 10:00 on a Monday in the hall (UTC+8), so the board, the watermark and the reports agree.
HALL_MORNING = datetime(2026, 3, 16, 2, 0, tzinfo=UTC)
ADMIN, AGENT, SUPERVISOR, SECURITY = DEMO_LOGINS
TITLE_BAR = 22  # pixels


class Stage:
    """One language's run: the vault, the clock, the desks opened so far and the PNGs written."""

    def __init__(self, app: QApplication, language: str, out: Path) -> None:
        self.app, self.language, self.out = app, language, out
        self.clock = FixedClock(HALL_MORNING)
        self.runtime = Runtime(
            clock=self.clock,
            policy=load_default_policy(),
            seat="hall-A-07",
            secret_store_factory=MemorySecretStore,
        )
        self.vault, _ = build_demo_vault(
            self.runtime, Path(tempfile.mkdtemp(prefix="seatdesk-shots-")), count=COUNT, seed=SEED
        )
        self.rows = list(csv.DictReader(io.StringIO(demo_csv_bytes(COUNT, SEED).decode())))
        self.desks: dict[str, DeskWindow] = {}
        self.written: list[str] = []
        self.others: list[QWidget] = []
        for login in (AGENT, SUPERVISOR, SECURITY):  # each has read and accepted the agreement
            self.sign_in(login).close()

    # -- people ------------------------------------------------------------------------------
    def sign_in(self, login: DemoLogin) -> SignedIn:
        who = sign_in(self.runtime, self.vault, login.staff_id, login.password)
        Services(who).acknowledge(load_agreement(self.language), login.staff_id)
        return who

    def desk(self, login: DemoLogin) -> DeskWindow:
        """The role's desk, alone on the screen (the other desks hidden)."""
        for other in self.desks.values():
            other.hide()
        window = self.desks.get(login.role)
        if window is None:
            window = self.desks[login.role] = DeskWindow(self.sign_in(login), self.language, True)
            window.move(0, 0)
        window.show()
        window.raise_()
        window.activateWindow()
        self.settle()
        return window

    def caller(self, tier: str = "秘密") -> dict[str, str]:
        """A demo customer of the tier with a mobile and a resident ID (the pop's caller)."""
        return next(
            row
            for row in self.rows
            if row["tier"] == tier
            and row["mobile"]
            and row["id_number"]
            and row["id_type"] == "居民身份证"
        )

    def namesake_query(self) -> str:
        """The surname most demo customers share (a name search whose results need the
        namesake column to be told apart)."""
        surnames = [row["name"][0] for row in self.rows]
        return max(sorted(set(surnames)), key=surnames.count)

    # -- grabbing ----------------------------------------------------------------------------
    def settle(self, seconds: float = 0.4) -> None:
        """Let Qt lay out and paint (a tool, not a test: waiting on the wall clock is fine)."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self.app.processEvents()
            time.sleep(0.02)

    def shot(self, name: str, widget: QWidget | None = None) -> None:
        """What is on the screen (dialogs seen over the desk), cut to the windows shown, or one
        widget at its own size; in 256 colours, which keeps a shot at a fifth of the size."""
        for window in self.shown_windows():  # room for the title bar drawn above it
            if isinstance(window, QDialog) and window.y() < TITLE_BAR:
                window.move(window.x(), TITLE_BAR)
        self.settle()
        if widget is not None:
            pixmap = widget.grab()
        else:
            shown = QRect()
            for window in self.shown_windows():
                shown = shown.united(window.frameGeometry())
            screen = self.app.primaryScreen()
            area = shown.intersected(screen.geometry())
            pixmap = screen.grabWindow(0, area.x(), area.y(), area.width(), area.height())
            self._frame_dialogs(pixmap, area)
        image = pixmap.toImage().convertToFormat(
            QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither
        )
        path = self.out / f"{name}.{self.language}.png"
        image.save(str(path), "PNG")
        self.written.append(path.name)

    def beside(self, window: QWidget) -> None:
        """A window that is not modal (the visitor register, the wrap-up) to be in the shots."""
        self.others.append(window)

    def shown_windows(self) -> list[QWidget]:
        """The desk, the windows put beside it, and the modal dialog and menu open, if shown.
        (Not QApplication.topLevelWidgets(): it can hand back a widget Qt is deleting, and
        touching that crashes PySide.)"""
        found: list[QWidget] = [*self.desks.values(), *self.others]
        for window in (self.app.activeModalWidget(), self.app.activePopupWidget()):
            if window is not None and window not in found:
                found.append(window)
        return [w for w in found if shiboken6.isValid(w) and w.isVisible()]

    def _frame_dialogs(self, pixmap: QPixmap, area: QRect) -> None:
        """Xvfb has no window manager: each dialog gets the border and title bar one would draw
        (over what is behind it), so that it stands out from the desk and its title is seen."""
        painter = QPainter(pixmap)
        painter.setFont(QFont(self.app.font().family(), 9, QFont.Weight.Bold))
        for window in self.shown_windows():
            if not isinstance(window, QDialog):
                continue
            box = window.frameGeometry().translated(-area.x(), -area.y())
            bar = QRect(box.x() - 1, box.y() - TITLE_BAR, box.width() + 2, TITLE_BAR)
            painter.fillRect(bar, QColor("#37474f"))
            painter.setPen(QColor("#ffffff"))
            painter.drawText(
                bar.adjusted(8, 0, -8, 0), Qt.AlignmentFlag.AlignVCenter, window.windowTitle()
            )
            painter.setPen(QColor("#37474f"))
            painter.drawRect(box.adjusted(-1, -1, 0, 0))
        painter.end()

    def shot_dialog(self, name: str, dialog: QDialog, near: QWidget | None = None) -> None:
        """A dialog opened with show() over the desk (`near`), grabbed with the screen, then
        closed; one with no desk behind it is grabbed at its own size."""
        if near is not None:
            dialog.move(near.x() + 240, near.y() + 140)
        self.beside(dialog)
        dialog.show()
        dialog.raise_()
        self.shot(name, None if near is not None else dialog)
        dialog.reject()

    def when_modal(
        self,
        name: str,
        answer: Callable[[QDialog], None] = QDialog.reject,
        kind: type[QDialog] = QDialog,
    ) -> None:
        """Once a modal dialog of `kind` is up (from a coming exec()), grabs the screen and
        answers it (rejects it unless told)."""

        def handle(dialog: QDialog) -> None:
            if not isinstance(dialog, kind):  # the dialog before it, still closing
                QTimer.singleShot(20, lambda: when_modal(handle))
                return
            if name:  # else the answer takes its own shots
                self.shot(name)
            answer(dialog)

        when_modal(handle)

    def tabs(self, dialog: QDialog, *shots: tuple[str, Callable[[], object]]) -> None:
        """One shot of each of the dialog's tabs in turn (after its preparation), then closes it."""
        for index, (name, prepare) in enumerate(shots):
            dialog.tabs.setCurrentIndex(index)  # type: ignore[attr-defined]
            prepare()
            self.shot(name)
        dialog.reject()

    def through_modal(
        self,
        name: str,
        open_modal: Callable[[], object],
        answer: Callable[[QDialog], None] = QDialog.reject,
    ) -> None:
        """Calls `open_modal` (which runs a dialog's exec()) and grabs and answers the dialog."""
        self.when_modal(name, answer)
        open_modal()

    def close(self) -> None:
        for window in self.desks.values():
            window.close()
        self.settle(0.2)
