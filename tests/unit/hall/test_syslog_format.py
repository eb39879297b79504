"""The syslog formatter: exact RFC 5424 bytes, SD-PARAM escaping, RFC 5425 framing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from seatdesk.hall.syslog import (
    BOM,
    MAX_OCTETS,
    AlertRecord,
    AuditRecord,
    alert_message,
    audit_message,
    escape_param,
    frame,
    header_field,
    seat_timestamp,
    structured_data,
    timestamp,
)

ENTRY = AuditRecord(
    seat_id="S0A1B2C3D4E5F",
    seq=42,
    ts="2026-03-01T08:15:30.123456+00:00",
    actor="agent01",
    seat="seat-07",
    action="record.view",
    target="C00000001",
    outcome="ok",
    detail='{"fields":["mobile"]}',
)


def test_an_audit_entry_is_exactly_this_rfc5424_message() -> None:
    assert audit_message(ENTRY, "hall-1") == (
        b"<110>1 2026-03-01T08:15:30.123456Z hall-1 seatdesk - record.view "
        b'[seatdesk@32473 seat="S0A1B2C3D4E5F" seq="42" action="record.view" actor="agent01" '
        b'outcome="ok" target="C00000001" seatname="seat-07"] '
        + BOM
        + b'agent01 record.view C00000001 ok {"fields":["mobile"]}'
    )


def test_a_refusal_is_a_notice_and_an_alert_is_critical_on_the_log_alert_facility() -> None:
    denied = AuditRecord(**{**ENTRY.__dict__, "outcome": "denied", "detail": "{}"})
    assert audit_message(denied, "h").startswith(b"<109>1 ")  # 13 * 8 + 5
    assert audit_message(denied, "h").endswith(BOM + b"agent01 record.view C00000001 denied")
    alert = AlertRecord(7, datetime(2026, 3, 1, 9, 0, tzinfo=UTC), "S1", "audit.diverged", "gap")
    assert alert_message(alert, "h") == (
        b'<114>1 2026-03-01T09:00:00.000000Z h seatdesk - audit.diverged [seatdesk@32473 seat="S1" '
        b'alert="7" kind="audit.diverged"] ' + BOM + b"audit.diverged: gap"
    )
    hall_wide = AlertRecord(8, alert.at, None, "hall.x", "")
    assert b'[seatdesk@32473 alert="8" kind="hall.x"]' in alert_message(hall_wide, "h")


def test_sd_param_values_escape_quote_backslash_and_bracket_only() -> None:
    assert escape_param('a"b\\c]d[e=f') == 'a\\"b\\\\c\\]d[e=f'
    assert structured_data([("x", 'say "hi"]\\')]) == '[seatdesk@32473 x="say \\"hi\\"\\]\\\\"]'
    tricky = AuditRecord(**{**ENTRY.__dict__, "actor": 'ev"il]\\', "target": "客户"})
    sent = audit_message(tricky, "h")
    assert b'actor="ev\\"il\\]\\\\"' in sent
    assert 'target="客户"'.encode() in sent  # PARAM-VALUE is UTF-8


@pytest.mark.parametrize("name", ["", "a b", 'a"', "a]", "a=b", "x" * 33, "名"])
def test_a_bad_sd_name_is_refused(name: str) -> None:
    with pytest.raises(ValueError):
        structured_data([(name, "v")])


def test_header_fields_are_printable_ascii_and_bounded() -> None:
    assert header_field("sale ops/客服", 32) == "sale_ops/__"
    assert header_field("", 32) == "-"
    assert header_field("m" * 40, 32) == "m" * 32
    long_action = AuditRecord(**{**ENTRY.__dict__, "action": "a.very.long.action.name.beyond.32"})
    assert b" a.very.long.action.name.beyond.3 [" in audit_message(long_action, "h")


def test_timestamps_are_utc_with_an_upper_case_z() -> None:
    east8 = datetime(2026, 3, 1, 16, 15, 30, tzinfo=timezone(timedelta(hours=8)))
    assert timestamp(east8) == "2026-03-01T08:15:30.000000Z"
    assert seat_timestamp("2026-03-01T16:15:30+08:00") == "2026-03-01T08:15:30.000000Z"
    assert seat_timestamp("not a time") == "-"
    assert seat_timestamp("garbage", east8) == "2026-03-01T08:15:30.000000Z"


def test_a_long_message_is_cut_in_msg_on_a_character_boundary() -> None:
    huge = AuditRecord(**{**ENTRY.__dict__, "detail": "界" * 5000})
    sent = audit_message(huge, "h")
    assert len(sent) <= MAX_OCTETS and len(sent) > MAX_OCTETS - 3
    sent.decode("utf-8")  # still valid UTF-8
    assert b'seq="42"' in sent


def test_octet_counting_frames_prefix_the_length_in_octets() -> None:
    assert frame(b"<110>1 - - - - - -") == b"18 <110>1 - - - - - -"
    msg = audit_message(ENTRY, "h")
    framed = frame(msg)
    length, _, rest = framed.partition(b" ")
    assert int(length) == len(rest) == len(msg) and rest == msg
    assert frame("é".encode()) == b"2 \xc3\xa9"  # octets, not characters
