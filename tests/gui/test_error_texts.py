"""Issue 19.6: what the Chinese desk shows for a service error is its own translated text with
the error's code, never the services' English; the command line keeps the English and the code."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from seatdesk.core.errors import (
    AuthenticationError,
    PermissionDenied,
    RateLimited,
    SeatDeskError,
    UsageError,
)
from seatdesk.incidents.model import check_penalty
from seatdesk.policy.roles import Permission, Role, require
from seatdesk.services.approval import authorise_at_seat
from seatdesk.services.incidents import IncidentDesk
from seatdesk.ui import export_flow
from seatdesk.ui.dialogs import ApprovalDialog
from seatdesk.ui.error_text import error_text
from seatdesk.ui.main_window import DeskWindow
from tests.helpers.demo import CALLER
from tests.helpers.partners import register_partner
from tests.helpers.qt import when_modal
from tests.helpers.vaults import PASSWORDS, StaffedVault

CJK = re.compile(r"[\u4e00-\u9fff]")


def raised(action: Callable[[], object]) -> SeatDeskError:
    with pytest.raises(SeatDeskError) as caught:
        action()
    return caught.value


def assert_chinese(exc: SeatDeskError) -> None:
    shown = error_text(exc)
    assert CJK.search(shown), shown
    assert str(exc) not in shown  # never the developer English
    assert shown.endswith(f"[{exc.code}]")
    assert exc.code not in ("error", "usage", "permission")  # a code of its own


def test_the_named_errors_are_chinese_with_codes(
    chinese: None, customer_vault: StaffedVault
) -> None:
    agent = customer_vault.session("agent01")
    security = customer_vault.session("sec01")
    try:
        assert_chinese(
            raised(lambda: authorise_at_seat(agent, "agent01", PASSWORDS["agent01"], set(), "x"))
        )
        denied = raised(lambda: require(Role.SUPERVISOR, Permission.MANAGE_STAFF))
        assert isinstance(denied, PermissionDenied)
        assert_chinese(denied)
        assert_chinese(raised(lambda: check_penalty("pay_deduction", 50)))
        incidents = IncidentDesk(security)
        row = incidents.submit("other", "测试事件", [], anonymous=False, call_masked=None)
        assert_chinese(raised(lambda: incidents.advance(row.ref, "closed", "结案")))
    finally:
        agent.close()
        security.close()
    mismatch = UsageError("the document shown does not match", code="visitor.document_mismatch")
    assert_chinese(mismatch)


def test_an_error_without_a_text_of_its_own_is_still_translated(chinese: None) -> None:
    shown = error_text(UsageError("some developer text", code="nobody.knows"))
    assert CJK.search(shown) and "developer" not in shown and shown.endswith("[nobody.knows]")


def test_the_cli_keeps_the_english_and_the_code() -> None:
    exc = UsageError("you cannot authorise your own request", code="approval.self")
    assert exc.for_cli() == "you cannot authorise your own request [approval.self]"


def test_the_export_password_box_says_ok_in_chinese(
    chinese: None,
    qtbot: object,
    customer_vault: StaffedVault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    register_partner(customer_vault)
    desk = DeskWindow(customer_vault.signed_in("agent01"), "zh_CN")
    desk.run_search(CALLER["customer_no"])
    assert desk.listed_customer_ids()
    monkeypatch.setattr(export_flow, "choose_export_path", lambda parent: tmp_path / "x.sdx")
    seen: list[str] = []

    def request(dialog: QDialog) -> None:
        dialog.purpose.setCurrentText("核对")  # type: ignore[attr-defined]
        dialog.accept()
        when_modal(approve)

    def approve(dialog: QDialog) -> None:
        assert isinstance(dialog, ApprovalDialog)
        dialog.staff_id.setText("super01")
        dialog.password.setText(PASSWORDS["super01"])
        dialog.try_authorise()
        when_modal(password_box)

    def password_box(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        seen.extend(button.text() for button in box.buttons())
        box.accept()

    when_modal(request)
    assert export_flow.run_export(desk) is not None
    assert seen and all(CJK.search(text) for text in seen), seen
    desk.close()


@pytest.mark.usefixtures("chinese")
def test_the_hall_directorys_refusals_say_what_happened_in_chinese() -> None:
    """An offline seat that never saw the account, an old directory copy, a disabled account, a
    look-up past the rate: each its own sentence, not "wrong password"."""
    for code in ("auth.offline_unknown", "auth.offline_stale", "auth.disabled"):
        assert_chinese(AuthenticationError("developer English", code=code))
    assert_chinese(RateLimited("developer English", code="record.rate_limit", limit=30))
    assert "30" in error_text(RateLimited("x", code="record.rate_limit", limit=30))
