"""Verify and reveal from the record card: the dialogs, the second person's authorisation at
the seat, and the timed view of a revealed value. What is allowed is decided (and audited) in
services; this module only asks and shows the answer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from seatdesk.core.errors import SeatDeskError
from seatdesk.policy.model import TierAccess
from seatdesk.services.reveal import ApprovalRequired
from seatdesk.ui.approval_ask import AskHooks
from seatdesk.ui.desk_host import DeskHost
from seatdesk.ui.dialogs import ApprovalDialog, RevealReasonDialog, VerifyDialog
from seatdesk.ui.error_text import error_text
from seatdesk.ui.record_card import RecordCard
from seatdesk.ui.revealed_value import RevealedValueView

translate = QCoreApplication.translate


def open_verify(host: DeskHost, card: RecordCard, field: str) -> None:
    record = card.record
    if record is None:
        host.show_notice(translate("RevealFlow", "Open a customer first."))
        return
    dialog = VerifyDialog(
        record,
        host.services.verifier,
        host.language,
        field,
        host.host_widget(),
        watermark=host.watermark_text,
    )
    dialog.exec()


def reveal_field(host: DeskHost, card: RecordCard, field: str) -> RevealedValueView | None:
    record = card.record
    if record is None:
        return None
    services = host.services
    revealer = services.revealer
    on_call = services.calls.is_on_call_with(record.customer_id)
    try:
        need = revealer.ask(record.customer_id, field)  # a refusal is audited there
    except SeatDeskError as exc:
        host.show_notice(error_text(exc))
        return None
    window = host.host_widget()
    label = next(
        (
            (f.label_zh if host.language == "zh_CN" else f.label_en)
            for f in record.fields
            if f.key == field
        ),
        field,
    )
    what = (
        translate("RevealFlow", "Reveal %1 of customer %2")
        .replace("%1", label)
        .replace("%2", record.customer_no)
    )
    reasons = RevealReasonDialog(
        services.who.policy.reveal_reasons, host.language, on_call, window, what=what
    )
    if reasons.exec() != QDialog.DialogCode.Accepted:
        return None
    code, note = reasons.choice()
    approval = None
    if need is not TierAccess.ALLOWED:
        role = (
            translate("RevealFlow", "supervisor")
            if need is TierAccess.SUPERVISOR_APPROVAL
            else translate("RevealFlow", "security officer")
        )
        dialog = ApprovalDialog(
            role,
            lambda staff, pw: revealer.authorise(staff, pw, need),
            window,
            ask=_ask_hooks(host, record.customer_id, field, code, note, need),
        )
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.approval is None:
            return None
        approval = dialog.approval
    try:
        value = revealer.reveal(record.customer_id, field, code, note, approval)
    except ApprovalRequired:
        host.show_notice(translate("RevealFlow", "This reveal needs an authorisation."))
        return None
    except SeatDeskError as exc:
        host.show_notice(error_text(exc))
        return None
    services.guard.watch(record.customer_id)
    view = RevealedValueView(value, services.who.clock)
    card.show_revealed(field, view)
    return view


def _ask_hooks(
    host: DeskHost, customer_id: int, field: str, code: str, note: str, need: TierAccess
) -> AskHooks | None:
    """ "Ask a supervisor" through the hall, for this reveal; None on a seat without one."""
    desk = host.services.approvals
    if not desk.available:
        return None
    return AskHooks(
        ask=lambda: desk.ask(customer_id, field, code, note),
        status=desk.mine,
        cancel=desk.cancel,
        authorise=lambda request_id, staff, pw: desk.authorise(request_id, staff, pw, need),
        hall_time=host.services.who.policy.hall_time,
        officer=need is TierAccess.SECURITY_APPROVAL,
    )
