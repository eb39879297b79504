"""The OS screen lock locks the desk (on Linux: the session bus's screensaver signal). Tested
with a real session bus where there is one (CI runs the suite under dbus-run-session): this
test owns the screensaver's name on the bus and sends ActiveChanged(true) as a desktop does."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from seatdesk.ui.os_lock import ScreenLockMonitor

SERVICE, PATH = "org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the D-Bus screensaver")
def test_the_screensaver_locking_locks_the_desk(qtbot: QtBot) -> None:
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        pytest.skip("no D-Bus session bus here (CI runs under dbus-run-session)")
    assert bus.registerService(SERVICE), "another screensaver owns the name on this bus"
    try:
        window = QWidget()
        qtbot.addWidget(window)
        monitor = ScreenLockMonitor(window, window)
        assert monitor.available  # connected (the slot's signature was wrong before: never)
        signal = QDBusMessage.createSignal(PATH, SERVICE, "ActiveChanged")
        signal.setArguments([True])
        with qtbot.waitSignal(monitor.locked, timeout=10000) as locked:
            assert bus.send(signal)
        assert locked.args == ["os_lock"]
    finally:
        bus.unregisterService(SERVICE)
