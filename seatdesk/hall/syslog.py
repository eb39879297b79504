"""Syslog out (pure): the hall's audit entries and alerts as RFC 5424 messages, framed for TLS
transport by octet counting (RFC 5425 §4.3: `MSG-LEN SP SYSLOG-MSG`).

    <PRI>1 TIMESTAMP HOSTNAME seatdesk - MSGID [seatdesk@32473 seat="…" seq="…" …] BOM MSG

Audit entries are forwarded as the seat wrote them: they hold no protected value in clear (the
seat masks before it logs, DESIGN §8). Audit entries go out as facility 13 (log audit), alerts as
facility 14 (log alert) at severity critical, so a collector can route them apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

#: The SD-ID's enterprise number is a placeholder: 32473 is the number IANA reserves for
#: documentation (RFC 5612). A deployment that wants its own registers a private enterprise
#: number with IANA and changes it here; collectors filter on the whole SD-ID.
ENTERPRISE_NUMBER = 32473
SD_ID = f"seatdesk@{ENTERPRISE_NUMBER}"
APP_NAME = "seatdesk"
NILVALUE = "-"
BOM = b"\xef\xbb\xbf"

#: What every RFC 5425 receiver must accept is 2048 octets and should accept 8192 (rsyslog's
#: default maximum is 8 KiB); longer messages are cut in MSG, on a character boundary.
MAX_OCTETS = 8192

FACILITY_LOG_AUDIT = 13
FACILITY_LOG_ALERT = 14
SEVERITY_CRITICAL = 2
SEVERITY_NOTICE = 5
SEVERITY_INFORMATIONAL = 6

#: Outcomes that say someone was stopped or something failed: notice rather than informational.
_NOTABLE_OUTCOMES = frozenset({"denied", "refused", "failed", "broken", "error", "locked"})

_NOT_PRINTUSASCII = re.compile(r"[^\x21-\x7e]")


@dataclass(frozen=True)
class AuditRecord:
    """One audit entry as the hall holds it (`seat_id` is the hall's, authenticated)."""

    seat_id: str
    seq: int
    ts: str
    actor: str
    seat: str
    action: str
    target: str
    outcome: str
    detail: str


@dataclass(frozen=True)
class AlertRecord:
    id: int
    at: datetime
    seat_id: str | None
    kind: str
    detail: str


def pri(facility: int, severity: int) -> int:
    return facility * 8 + severity


def timestamp(moment: datetime) -> str:
    """RFC 5424 §6.2.3: RFC 3339 in UTC, upper-case T and Z, microseconds."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def seat_timestamp(text: str, fallback: datetime | None = None) -> str:
    """The seat's own time of the entry (ISO 8601), or the fallback, or NILVALUE."""
    try:
        return timestamp(datetime.fromisoformat(text))
    except ValueError:
        return timestamp(fallback) if fallback is not None else NILVALUE


def header_field(text: str, limit: int) -> str:
    """HOSTNAME, APP-NAME, PROCID and MSGID are 1*N PRINTUSASCII: anything else becomes `_`."""
    cleaned = _NOT_PRINTUSASCII.sub("_", text)[:limit]
    return cleaned or NILVALUE


def escape_param(value: str) -> str:
    """RFC 5424 §6.3.3: inside PARAM-VALUE, `"`, `\\` and `]` are escaped with a backslash."""
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("]", "\\]")


def structured_data(params: list[tuple[str, str]], sd_id: str = SD_ID) -> str:
    for name, _ in params:
        if not name or len(name) > 32 or re.search(r'[^\x21-\x7e]|[= \]"]', name):
            raise ValueError(f"not an SD-NAME: {name!r}")
    inner = "".join(f' {name}="{escape_param(value)}"' for name, value in params)
    return f"[{sd_id}{inner}]"


def message(
    *,
    priority: int,
    moment: str,
    hostname: str,
    msgid: str,
    params: list[tuple[str, str]],
    text: str,
    procid: str = NILVALUE,
) -> bytes:
    """One SYSLOG-MSG, VERSION 1; MSG is UTF-8 after a BOM (§6.4), cut to fit MAX_OCTETS."""
    head = " ".join(
        (
            f"<{priority}>1",
            moment,
            header_field(hostname, 255),
            APP_NAME,
            header_field(procid, 128),
            header_field(msgid, 32),
            structured_data(params),
        )
    ).encode("utf-8")
    body = text.encode("utf-8")
    room = MAX_OCTETS - len(head) - 1 - len(BOM)
    if len(body) > room:
        body = body[: max(room, 0)].decode("utf-8", errors="ignore").encode("utf-8")
    return head + b" " + BOM + body


def frame(syslog_msg: bytes) -> bytes:
    """RFC 5425 octet counting: the length in decimal, a space, the message."""
    return str(len(syslog_msg)).encode("ascii") + b" " + syslog_msg


def audit_message(record: AuditRecord, hostname: str, received: datetime | None = None) -> bytes:
    notable = record.outcome.lower() in _NOTABLE_OUTCOMES
    severity = SEVERITY_NOTICE if notable else SEVERITY_INFORMATIONAL
    detail = record.detail if record.detail != "{}" else ""
    words = (record.actor, record.action, record.target, record.outcome, detail)
    text = " ".join(word for word in words if word)
    return message(
        priority=pri(FACILITY_LOG_AUDIT, severity),
        moment=seat_timestamp(record.ts, received),
        hostname=hostname,
        msgid=record.action,
        params=[
            ("seat", record.seat_id),
            ("seq", str(record.seq)),
            ("action", record.action),
            ("actor", record.actor),
            ("outcome", record.outcome),
            ("target", record.target),
            ("seatname", record.seat),
        ],
        text=text,
    )


def alert_message(record: AlertRecord, hostname: str) -> bytes:
    params = [("seat", record.seat_id)] if record.seat_id else []
    params += [("alert", str(record.id)), ("kind", record.kind)]
    return message(
        priority=pri(FACILITY_LOG_ALERT, SEVERITY_CRITICAL),
        moment=timestamp(record.at),
        hostname=hostname,
        msgid=record.kind,
        params=params,
        text=f"{record.kind}: {record.detail}" if record.detail else record.kind,
    )
