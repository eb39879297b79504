"""What SeatDesk itself puts on the clipboard: both the clipboard and the selection, with the
privacy hints, and cleared after a while, on quit, and on Wayland through wl-copy as well."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QMimeData, QObject, Signal
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from seatdesk.core.clock import FixedClock
from seatdesk.ui import guards
from seatdesk.ui.field_rules import mark_typed_input
from seatdesk.ui.guards import CLIPBOARD_HINTS, ClipboardGuard, clear_wayland_clipboard, on_wayland

CLIPBOARD = QClipboard.Mode.Clipboard
SELECTION = QClipboard.Mode.Selection
CUSTOMER_NO = "C00000042"


class NothingProtected:
    """The guard desk of a seat with no record open: no text holds a protected value."""

    def protected_fields_in(self, text: str) -> list[str]:
        return []

    def blocked(self, action: str, fields: list[str] | None = None, **detail: object) -> None:
        raise AssertionError("nothing should be blocked here")


class FakeClipboard(QObject):
    """A clipboard with or without a selection (X11 has one; the offscreen platform has not)."""

    dataChanged = Signal()
    selectionChanged = Signal()

    def __init__(self, selection: bool) -> None:
        super().__init__()
        self.selection = selection
        self.data: dict[QClipboard.Mode, QMimeData] = {}
        self.texts: dict[QClipboard.Mode, str] = {}
        self.writes: list[QClipboard.Mode] = []

    def supportsSelection(self) -> bool:
        return self.selection

    def text(self, mode: QClipboard.Mode = CLIPBOARD) -> str:
        return self.texts.get(mode, "")

    def setText(self, text: str, mode: QClipboard.Mode = CLIPBOARD) -> None:
        data = QMimeData()
        data.setText(text)
        self.setMimeData(data, mode)

    def setMimeData(self, data: QMimeData, mode: QClipboard.Mode = CLIPBOARD) -> None:
        if mode == SELECTION and not self.selection:
            return  # what Qt does on a platform without one
        self.writes.append(mode)
        self.data[mode], self.texts[mode] = data, data.text()
        (self.selectionChanged if mode == SELECTION else self.dataChanged).emit()

    def clear(self, mode: QClipboard.Mode = CLIPBOARD) -> None:
        self.data.pop(mode, None)
        self.texts.pop(mode, None)


def make_guard(
    clock: FixedClock, clipboard: object | None = None, wayland: bool = False
) -> ClipboardGuard:
    return ClipboardGuard(
        NothingProtected(),  # type: ignore[arg-type]
        clock,
        30,
        clipboard=clipboard,  # type: ignore[arg-type]
        wayland=wayland,
    )


@pytest.fixture
def guard_on(qtbot: QtBot, clock: FixedClock) -> Iterator[list[ClipboardGuard]]:
    made: list[ClipboardGuard] = []
    yield made
    for guard in made:
        guard.stop()


def test_copies_go_to_the_clipboard_and_the_selection_with_the_hints(
    clock: FixedClock, guard_on: list[ClipboardGuard]
) -> None:
    board = FakeClipboard(selection=True)
    guard = make_guard(clock, board)
    guard_on.append(guard)
    guard.secure_copy(CUSTOMER_NO)
    assert board.writes == [CLIPBOARD, SELECTION]
    for mode in (CLIPBOARD, SELECTION):
        assert board.text(mode) == CUSTOMER_NO
        assert set(CLIPBOARD_HINTS) <= set(board.data[mode].formats())
    assert board.data[CLIPBOARD] is not board.data[SELECTION]  # each mode owns its own copy
    clock.advance(seconds=29)
    guard.expire()
    assert board.text(CLIPBOARD) == board.text(SELECTION) == CUSTOMER_NO
    clock.advance(seconds=2)
    guard.expire()
    assert board.text(CLIPBOARD) == board.text(SELECTION) == ""


def test_without_a_selection_only_the_clipboard_is_written(
    clock: FixedClock, guard_on: list[ClipboardGuard]
) -> None:
    board = FakeClipboard(selection=False)
    guard = make_guard(clock, board)
    guard_on.append(guard)
    guard.secure_copy(CUSTOMER_NO)
    assert board.writes == [CLIPBOARD] and board.text(CLIPBOARD) == CUSTOMER_NO
    guard.clear_ours()
    assert board.text(CLIPBOARD) == ""


def test_what_the_person_selected_since_is_left_alone(
    clock: FixedClock, guard_on: list[ClipboardGuard]
) -> None:
    board = FakeClipboard(selection=True)
    guard = make_guard(clock, board)
    guard_on.append(guard)
    guard.secure_copy(CUSTOMER_NO)
    board.setText("my own note", SELECTION)
    guard.clear_ours()
    assert board.text(CLIPBOARD) == "" and board.text(SELECTION) == "my own note"


def test_the_real_clipboard_in_every_mode_it_supports(
    clock: FixedClock, guard_on: list[ClipboardGuard]
) -> None:
    clipboard = QGuiApplication.clipboard()
    clipboard.clear()
    modes = [CLIPBOARD] + ([SELECTION] if clipboard.supportsSelection() else [])
    guard = make_guard(clock)
    guard_on.append(guard)
    guard.secure_copy(CUSTOMER_NO)
    assert [clipboard.text(mode) for mode in modes] == [CUSTOMER_NO] * len(modes)
    guard.stop()
    assert [clipboard.text(mode) for mode in modes] == [""] * len(modes)


def test_quitting_clears_what_seatdesk_put_there(
    clock: FixedClock, guard_on: list[ClipboardGuard]
) -> None:
    board = FakeClipboard(selection=True)
    guard = make_guard(clock, board)
    guard_on.append(guard)
    guard.secure_copy(CUSTOMER_NO)
    app = QCoreApplication.instance()
    assert app is not None
    app.aboutToQuit.emit()
    assert board.text(CLIPBOARD) == board.text(SELECTION) == ""


@pytest.fixture
def wl_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A stand-in `wl-copy` first on PATH that appends its arguments to a file."""
    folder = tmp_path / "bin"
    folder.mkdir()
    calls = tmp_path / "wl-copy.calls"
    script = folder / "wl-copy"
    script.write_text(f'#!/bin/sh\nprintf "%s\\n" "$*" >> "{calls}"\n', encoding="utf-8")
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}:/usr/bin:/bin")
    return calls


def recorded(calls: Path) -> list[str]:
    return sorted(calls.read_text(encoding="utf-8").splitlines()) if calls.exists() else []


def test_on_wayland_wl_copy_clears_the_clipboard_and_the_selection(
    qtbot: QtBot, clock: FixedClock, guard_on: list[ClipboardGuard], wl_copy: Path
) -> None:
    board = FakeClipboard(selection=False)  # as on Wayland with the desk out of focus
    guard = make_guard(clock, board, wayland=True)
    guard_on.append(guard)
    guard.secure_copy(CUSTOMER_NO)
    guard.clear_ours()
    qtbot.waitUntil(lambda: recorded(wl_copy) == ["--clear", "--primary --clear"], timeout=10000)
    assert board.text(CLIPBOARD) == ""


def test_wl_copy_runs_only_on_wayland_and_only_for_seatdesk_s_own_copy(
    clock: FixedClock,
    guard_on: list[ClipboardGuard],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cleared: list[bool] = []
    monkeypatch.setattr(guards, "clear_wayland_clipboard", lambda: cleared.append(True) or True)
    elsewhere = make_guard(clock, FakeClipboard(selection=True), wayland=False)
    board = FakeClipboard(selection=True)
    wayland = make_guard(clock, board, wayland=True)
    guard_on += [elsewhere, wayland]
    elsewhere.secure_copy(CUSTOMER_NO)
    elsewhere.clear_ours()
    assert cleared == []
    wayland.secure_copy(CUSTOMER_NO)
    board.setText("my own note")
    board.setText("my own selection", SELECTION)
    wayland.clear_ours()
    assert cleared == [] and board.text(CLIPBOARD) == "my own note"
    wayland.secure_copy(CUSTOMER_NO)
    wayland.clear_ours()
    assert cleared == [True]


def test_wayland_detection_and_a_missing_wl_copy(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert on_wayland() is True
    monkeypatch.delenv("WAYLAND_DISPLAY")
    assert on_wayland() is (QGuiApplication.platformName().startswith("wayland"))
    monkeypatch.setenv("PATH", str(tmp_path))
    assert clear_wayland_clipboard() is False


class MobileProtected:
    """A seat with a record open whose mobile is MARK: that text is protected."""

    def __init__(self) -> None:
        self.recorded: list[str] = []

    def protected_fields_in(self, text: str) -> list[str]:
        return ["mobile"] if MARK in text else []

    def blocked(self, action: str, fields: list[str] | None = None, **detail: object) -> None:
        self.recorded.append(action)


MARK = "13800138000"


def test_select_all_in_the_search_box_is_no_attempt_but_is_cleared(
    qtbot: QtBot, clock: FixedClock
) -> None:
    """Issue 17.7: Ctrl+A on the number the agent typed into the search put it on the X11
    selection, and the guard recorded a blocked attempt that never was."""
    clipboard = FakeClipboard(selection=True)
    desk = MobileProtected()
    guard = ClipboardGuard(desk, clock, 30, clipboard=clipboard, wayland=False)  # type: ignore[arg-type]
    window = QWidget()
    qtbot.addWidget(window)
    search, other = QLineEdit(window), QLineEdit(window)
    mark_typed_input(search)
    window.show()
    qtbot.waitExposed(window)
    search.setText(MARK)
    search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is search)
    search.selectAll()
    clipboard.setText(MARK, SELECTION)  # what X11 does on a selection
    assert desk.recorded == [] and clipboard.text(SELECTION) == ""
    # The same number on the selection from anywhere else is an attempt, as before.
    other.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is other)
    clipboard.setText(MARK, SELECTION)
    assert desk.recorded == ["selection"] and clipboard.text(SELECTION) == ""
    guard.stop()
