"""A change set's payload: the CSV rows and the removed customer numbers, gzip-compressed JSON,
sealed with AES-256-GCM under a key derived from the hall data key, bound (AAD) to the hall and
the manifest's header."""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, field
from typing import Any

from seatdesk.hall.change_manifest import payload_aad
from seatdesk.vault.sealing import InvalidTag, hkdf, unwrap_bytes, wrap_bytes

_INFO = b"seatdesk/change-set-key/v1"


@dataclass(frozen=True)
class Payload:
    csv: str = field(repr=False)  # customer rows: never in a repr, log or trace
    removals: tuple[str, ...] = field(default=(), repr=False)


class PayloadRefused(ValueError):
    """The payload does not decrypt under the hall data key, or is not shaped like one."""


def _key(hdk: bytes) -> bytes:
    return hkdf(hdk, salt=None, info=_INFO)


def seal_payload(hdk: bytes, hall_id: str, manifest: dict[str, Any], payload: Payload) -> bytes:
    data = json.dumps({"csv": payload.csv, "removals": list(payload.removals)}, ensure_ascii=False)
    packed = gzip.compress(data.encode("utf-8"), compresslevel=6, mtime=0)
    return wrap_bytes(_key(hdk), packed, payload_aad(hall_id, manifest))


def open_payload(hdk: bytes, hall_id: str, manifest: dict[str, Any], sealed: bytes) -> Payload:
    try:
        packed = unwrap_bytes(_key(hdk), sealed, payload_aad(hall_id, manifest))
    except (InvalidTag, ValueError):
        raise PayloadRefused("the payload does not decrypt under the hall data key") from None
    try:
        data = json.loads(gzip.decompress(packed).decode("utf-8"))
        csv, removals = data["csv"], data["removals"]
        if not isinstance(csv, str) or not all(isinstance(n, str) for n in removals):
            raise TypeError
    except (OSError, ValueError, KeyError, TypeError):
        raise PayloadRefused("the payload is not shaped like a change set's") from None
    return Payload(csv, tuple(removals))
