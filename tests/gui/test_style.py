"""One style and palette (issue 17): every colour of the desk comes from `ui/style.py`, a tone
means one colour wherever it is used, and the application style is the same on every seat."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from seatdesk.ui import style
from seatdesk.ui.dialog_kit import error_label

UI = Path(style.__file__).parent
HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b")


def test_no_window_names_a_colour_of_its_own() -> None:
    found = {
        f"{path.relative_to(UI)}:{n}": line.strip()
        for path in UI.rglob("*.py")
        if path.name != "style.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if HEX_COLOUR.search(line) and not line.lstrip().startswith("#")
    }
    assert not found, found


def test_no_window_writes_a_style_sheet_literal() -> None:
    literal = re.compile(r"setStyleSheet\(\s*f?[\"']")
    found = [
        str(path.relative_to(UI))
        for path in UI.rglob("*.py")
        if path.name != "style.py" and literal.search(path.read_text(encoding="utf-8"))
    ]
    assert not found, found


@pytest.fixture
def styled(qapp: QApplication) -> Iterator[QApplication]:
    """The desk's application style, put back as it was after the test."""
    before_style, before_palette = qapp.style().name(), qapp.palette()
    style.install_style(qapp)
    yield qapp
    qapp.setStyle(before_style)
    qapp.setPalette(before_palette)


def _pixels(label: QLabel) -> set[str]:
    image = label.grab().toImage()
    return {
        QColor(image.pixel(x, y)).name()
        for x in range(0, image.width(), 1)
        for y in range(0, image.height(), 1)
    }


def test_a_tone_is_drawn_in_its_colour(qtbot: QtBot, styled: QApplication) -> None:
    label = error_label()
    qtbot.addWidget(label)
    label.setText("████ refused")
    label.resize(label.sizeHint())
    assert style.COLOURS["error"] in _pixels(label)
    style.set_tone(label, "ok")
    assert label.property("tone") == "ok"
    drawn = _pixels(label)
    assert style.COLOURS["ok"] in drawn and style.COLOURS["error"] not in drawn


def test_the_danger_button_is_red_and_the_style_is_fusion(
    qtbot: QtBot, styled: QApplication
) -> None:
    assert styled.style().name().lower() == "fusion"
    button = QPushButton("Report incident")
    qtbot.addWidget(button)
    style.danger_button(button)
    button.resize(button.sizeHint())
    image = button.grab().toImage()
    centre = QColor(image.pixel(4, image.height() // 2)).name()
    assert centre == style.COLOURS["danger"]


def test_every_tone_has_a_style(qtbot: QtBot) -> None:
    label = QLabel()
    for tone in style.TONES:
        style.set_tone(label, tone)
        assert label.property("tone") == tone
    with pytest.raises(KeyError):
        style.set_tone(label, "pink")
