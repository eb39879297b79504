"""The visitor register's test inputs: two valid ID numbers, a name, the hall's clock (+08:00),
a registration draft and an arrival at the door."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from seatdesk.core.identity import resident_id_check_char
from seatdesk.services.visitors import Acknowledgement, Arrival, VisitorDraft

ID_A = "11010519880512345" + resident_id_check_char("11010519880512345")
ID_B = "44030619900101123" + resident_id_check_char("44030619900101123")
MOBILE = "13987654321"
NAME = "欧阳明月"
HALL = 8  # hours ahead of UTC


def hall(hour: int, minute: int = 0, day: int = 1) -> datetime:
    """A time on the hall's clock (2026-01-<day>), as an aware UTC datetime."""
    return datetime(2026, 1, day, hour, minute, tzinfo=UTC) - timedelta(hours=HALL)


def draft(**changes: str) -> VisitorDraft:
    values = {
        "name": NAME,
        "id_type": "居民身份证",
        "id_number": ID_A,
        "organisation": "华信网络设备有限公司",
        "purpose": "交换机例行维护",
        "host": "super01",
        "approver": "sec01",
        "approval_ref": "OA-2026-0107",
        "mobile": MOBILE,
    }
    values.update(changes)
    return VisitorDraft(**values)  # type: ignore[arg-type]


def arrival(
    badge: str = "V-01",
    *,
    until: datetime | None = None,
    name: str = NAME,
    devices: tuple[str, ...] = ("phone",),
    held: bool = False,
    ack: Acknowledgement | None = None,
) -> Arrival:
    return Arrival(
        badge=badge,
        expected_departure=until or hall(19),
        acknowledgement=ack or Acknowledgement.typed(name),
        escort="super01",
        devices=devices,
        held_at_door=held,
    )
