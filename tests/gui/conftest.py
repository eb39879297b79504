"""Fixtures of the desk tests (Qt widgets)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from seatdesk.ui.i18n import install_translator
from seatdesk.ui.main_window import DeskWindow
from tests.helpers.vaults import StaffedVault


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    """The desk's zh_CN translation (and Qt's own) installed, as `--lang zh_CN` does."""
    translators = install_translator(qapp, "zh_CN")
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


@pytest.fixture
def desk_for(qtbot: QtBot, customer_vault: StaffedVault) -> Iterator[Callable[[str], DeskWindow]]:
    windows: list[DeskWindow] = []

    def open_desk(staff_id: str) -> DeskWindow:
        window = DeskWindow(customer_vault.signed_in(staff_id), "zh_CN")
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield open_desk
    for window in windows:
        window.close()
