"""The wire between a seat and the hall: JSON over HTTPS, every request signed by the seat.

A request carries `X-SeatDesk-Seat` (the seat id given at enrolment), `X-SeatDesk-Time` (UTC,
ISO 8601) and `X-SeatDesk-Signature`: Ed25519 over `signing_message(...)`, which binds the
method, the path, the time and the SHA-256 of the body. The hall checks the signature against
the public key of the certificate it issued to that seat, so seat A's key cannot write as seat B
(uvicorn verifies the TLS client certificate but does not tell the app whose it was).
Pure: no I/O.
"""

from __future__ import annotations

import base64
import hashlib
import json
from datetime import datetime, timedelta
from typing import Any

SEAT_HEADER = "x-seatdesk-seat"
TIME_HEADER = "x-seatdesk-time"
SIGNATURE_HEADER = "x-seatdesk-signature"
MAX_BODY = 1 << 20  # 1 MiB: a batch of audit entries stays well below
MAX_SKEW = timedelta(minutes=5)
BATCH = 500  # audit entries per request
PROTOCOL = 1

#: The audit entry's fields as they travel (the seat's own columns, in its order).
AUDIT_FIELDS = (
    "seq",
    "ts",
    "actor",
    "seat",
    "action",
    "target",
    "outcome",
    "detail",
    "prev",
    "mac",
)


def body_digest(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def signing_message(method: str, path: str, at: str, body: bytes) -> bytes:
    return "\n".join((f"seatdesk/{PROTOCOL}", method.upper(), path, at, body_digest(body))).encode(
        "ascii"
    )


def encode_signature(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def decode_signature(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def within_skew(at: datetime, now: datetime) -> bool:
    return abs(now - at) <= MAX_SKEW


def dumps(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()


class BadEntry(ValueError):
    """An audit entry from a seat that is not shaped like one (no value is echoed)."""


def check_entry(item: Any) -> dict[str, Any]:
    if not isinstance(item, dict) or set(item) != set(AUDIT_FIELDS):
        raise BadEntry("an audit entry must have exactly the fields " + ", ".join(AUDIT_FIELDS))
    if not isinstance(item["seq"], int) or isinstance(item["seq"], bool) or item["seq"] < 1:
        raise BadEntry("seq must be a positive integer")
    for name in AUDIT_FIELDS[1:]:
        if not isinstance(item[name], str) or len(item[name]) > 16384:
            raise BadEntry(f"{name} must be a string of at most 16 KiB")
    return item
