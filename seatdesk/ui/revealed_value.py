"""The only widget that ever shows a stored value: painted, not a text widget, so nothing can be
selected, copied, dragged, or read back through tooltips or accessibility; it re-masks itself
when the reveal expires."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from seatdesk.core.clock import Clock
from seatdesk.services.reveal import RevealedValue
from seatdesk.ui.style import COLOURS


def band_font() -> QFont:
    font = QFont("monospace")
    font.setPointSize(12)
    font.setBold(True)
    return font


def band_height() -> int:
    """The height of the band: the card gives every row at least this, so a reveal moves
    nothing below it."""
    return QFontMetrics(band_font()).height() + 6


class RevealedValueView(QWidget):
    expired = Signal()

    def __init__(self, value: RevealedValue, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("revealedValue")
        self._value: RevealedValue | None = value
        self._clock = clock
        self.seconds_left = value.seconds_left(clock.now())
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setAcceptDrops(False)
        self.setAccessibleName(self.tr("Revealed value"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFont(band_font())
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.tick)
        self._timer.start(250)

    @property
    def active(self) -> bool:
        return self._value is not None

    def tick(self) -> None:
        if self._value is None:
            return
        self.seconds_left = self._value.seconds_left(self._clock.now())
        if self.seconds_left <= 0:
            self.wipe()
            self.expired.emit()
        self.update()

    def wipe(self) -> None:
        """Drop the value at once (expiry, lock, another record)."""
        self._value = None
        self._timer.stop()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, band_height())

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._value is None:
            return
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(COLOURS["revealed_background"]))
        painter.setPen(QColor(COLOURS["revealed_text"]))
        countdown = self.tr("%1 s").replace("%1", str(self.seconds_left))
        painter.drawText(
            self.rect().adjusted(6, 0, -6, 0),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            self._value.text,
        )
        painter.drawText(
            self.rect().adjusted(6, 0, -6, 0),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
            countdown,
        )
        painter.end()
