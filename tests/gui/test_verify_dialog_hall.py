"""The verify dialog's words for 一类 checks made by the hall (issue 15): the hall away (nothing
compared), a check the hall locked for the call (not checked), and the hall's count of tries
left. The hall's answers are given by a stand-in desk: the real round trip is
tests/e2e/test_hall_verify.py."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import cast

import pytest
from pytestqt.qtbot import QtBot

from seatdesk.link.client import HallUnreachable
from seatdesk.services.verification import VerifyDesk, VerifyOutcome
from seatdesk.ui.dialogs import VerifyDialog
from seatdesk.ui.main_window import DeskWindow
from tests.helpers.demo import MOBILE


class HallDesk:
    """Answers as the hall would: away first, then a match, then locked for the call."""

    def __init__(self) -> None:
        self.answers: list[VerifyOutcome | Exception] = [
            HallUnreachable("the hall checks 一类 answers", code="verify.hall_away"),
            VerifyOutcome("id_number", True, 2, False, at_hall=True),
            VerifyOutcome("id_number", False, 0, True, at_hall=True, compared=False),
        ]

    def remaining(self, customer_id: int, field: str) -> int:
        return 3

    def verify(self, customer_id: int, field: str, typed: str, mode: str = "") -> VerifyOutcome:
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer


@pytest.mark.usefixtures("chinese")
def test_the_dialog_says_what_the_hall_answered(
    qtbot: QtBot, desk_for: Callable[[str], DeskWindow], tmp_path: Path
) -> None:
    desk = desk_for("agent01")
    desk.on_pop(MOBILE)
    record = desk.card.record
    assert record is not None
    dialog = VerifyDialog(record, cast(VerifyDesk, HallDesk()), "zh_CN", "id_number", desk)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    said = []
    for _ in range(3):
        dialog.answer.setText("123456")
        dialog.check_button.click()
        said.append(dialog.verdict.text())
        dialog.grab().save(str(tmp_path / f"verify-{len(said)}.png"))
    assert said[0].startswith("此类信息由大厅核验，目前无法连接大厅：未进行比对。")
    assert said[1] == "✔ 一致 · 还可核验 2 次（由大厅计数）"
    assert said[2] == "✘ 大厅已锁定本次通话的此项核验：未比对"
    assert not dialog.check_button.isEnabled()
    dialog.close()
