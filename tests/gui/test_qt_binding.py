"""Guard against a Qt binding that leaks references to None (PySide6 6.12.0 on Python 3.11 loses
one per void call and aborts the interpreter after some thousands of paints)."""

from __future__ import annotations

import sys

from PySide6.QtGui import QImage, QPainter


def test_void_qt_calls_keep_none_alive(qapp) -> None:
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(20_000):
        painter.drawLine(0, 0, 4, 4)
    after = sys.getrefcount(None)
    painter.end()
    assert before - after < 100
