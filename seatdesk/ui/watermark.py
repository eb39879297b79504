"""A tiled, semi-transparent watermark (staff ID, seat, time) over every window with customer
data, so that a photo of the screen names its source. It never takes mouse or keyboard input."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QWidget

STEP_X, STEP_Y, ANGLE = 300, 130, -24


class Watermark(QWidget):
    def __init__(self, parent: QWidget, text: Callable[[], str]) -> None:
        super().__init__(parent)
        self.setObjectName("watermark")
        self._text = text
        self._cache = QPixmap()
        self._cache_key: tuple[str, int, int, float] | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        parent.installEventFilter(self)
        self.setGeometry(parent.rect())
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.update)
        self._timer.start(30_000)  # the time in the mark moves on
        self.raise_()

    def current_text(self) -> str:
        return self._text()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.ChildAdded,
            QEvent.Type.Show,
        ):
            parent = self.parentWidget()
            if parent is not None:
                self.setGeometry(parent.rect())
            self.raise_()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        # The mark is drawn once per text and size into a pixmap, then copied: it lies over the
        # whole desk, so every repaint of anything beneath it repaints it too (a screen pop
        # would otherwise redraw some 900 rotated texts several times).
        text = self._text()
        ratio = self.devicePixelRatioF()
        key = (text, self.width(), self.height(), ratio)
        if key != self._cache_key:
            self._cache = self._render(text, ratio)
            self._cache_key = key
        painter = QPainter(self)
        rect = QRectF(event.rect())
        source = QRectF(
            rect.x() * ratio, rect.y() * ratio, rect.width() * ratio, rect.height() * ratio
        )
        painter.drawPixmap(rect, self._cache, source)

    def _render(self, text: str, ratio: float) -> QPixmap:
        pixmap = QPixmap(QSize(max(1, self.width()), max(1, self.height())) * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(90, 90, 90, 46))
        font = QFont(self.font())
        font.setPointSize(12)
        painter.setFont(font)
        painter.rotate(ANGLE)
        diagonal = self.width() + self.height()
        # A long staff ID or seat name must not run into the next copy of the mark.
        step_x = max(STEP_X, painter.fontMetrics().horizontalAdvance(text) + 60)
        for y in range(-diagonal, diagonal, STEP_Y):
            offset = (y // STEP_Y % 2) * step_x // 2
            for x in range(-diagonal, diagonal, step_x):
                painter.drawText(x + offset, y, text)
        painter.end()
        return pixmap
