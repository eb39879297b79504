"""A desk applies the hall's customer change sets in the background: the status bar waits for the
hall data key, then shows "客户数据更新于 … / Customer data as of …" with the change set's id,
and the desk keeps serving lookups meanwhile."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from seatdesk.services.factory import Services
from seatdesk.ui.main_window import DeskWindow
from tests.helpers.change_sets import MARKER_ADDRESS, changed_file, customers, enrol, second_seat
from tests.helpers.hall import RunningHall
from tests.helpers.vaults import StaffedVault


def says(window: DeskWindow, chinese: str, english: str) -> bool:
    window.tick()
    text = window.hall_indicator.label.text()
    return chinese in text or english in text


def test_the_desk_applies_a_change_set_published_elsewhere_and_says_as_of_when(
    qtbot: QtBot, customer_vault: StaffedVault, running_hall: RunningHall, tmp_path: Path
) -> None:
    seat_b = second_seat(customer_vault, tmp_path / "seat-b")
    enrol(customer_vault, running_hall, "seat-a")
    enrol(seat_b, running_hall, "seat-b")
    window = DeskWindow(seat_b.signed_in("agent01"), "zh_CN")
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: says(window, "大厅已连接", "Hall connected"), timeout=20000)
        assert not says(window, "尚无大厅数据密钥", "No hall data key")  # nobody published yet
        update = changed_file(tmp_path, "update.csv", change=range(3), mark=4)
        with Services(customer_vault.signed_in("sec01")) as a:
            assert a.change_sets.publish(update, "update").delta_seq == 1
        qtbot.waitUntil(
            lambda: says(window, "客户数据更新于", "Customer data as of"), timeout=20000
        )
        assert "#1" in window.hall_indicator.label.text()
        assert not says(window, "尚无大厅数据密钥", "No hall data key")
        assert window.records.find("C00000001")  # the desk serves lookups as before
    finally:
        window.close()
    assert customers(seat_b)["C00000001"][1] == MARKER_ADDRESS.format(n="4-0")
