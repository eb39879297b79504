"""A visitor at the hall door, registered as the register's form does."""

from __future__ import annotations

from datetime import timedelta

from seatdesk.core.identity import resident_id_check_char
from seatdesk.services.visitors import (
    Acknowledgement,
    Arrival,
    VisitorDesk,
    VisitorDraft,
    VisitorView,
)

VISITOR_NAME = "欧阳明月"
_BODY = "11010519880512345"
VISITOR_ID = _BODY + resident_id_check_char(_BODY)


def draft_for_check(host: str = "super01", approver: str = "sec01") -> VisitorDraft:
    return VisitorDraft(
        name=VISITOR_NAME,
        id_type="居民身份证",
        id_number=VISITOR_ID,
        organisation="华信网络设备有限公司",
        purpose="交换机例行维护",
        host=host,
        approver=approver,
        approval_ref="OA-2026-0107",
        mobile="13987654321",
    )


def admit_visitor(
    desk: VisitorDesk, badge: str = "V-01", *, host: str = "super01", approver: str = "sec01"
) -> VisitorView:
    draft = draft_for_check(host, approver)
    arrival = Arrival(
        badge=badge,
        expected_departure=desk.now() + timedelta(hours=1),
        acknowledgement=Acknowledgement.typed(VISITOR_NAME),
        escort=host,
        devices=("phone",),
        held_at_door=False,
    )
    return desk.register_walk_in(draft, arrival)
