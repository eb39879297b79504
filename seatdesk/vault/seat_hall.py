"""What an enrolled seat keeps beside its vault to reach its hall before anyone has signed in.

A sign-in at an enrolled seat asks the hall first, so the seat's hall credentials cannot live
only in the vault (which opens after the sign-in). The key file's `hall` section holds them:
the hall's address and pinned CA certificate, the seat's id and certificate, the seat's private
key wrapped under a key derived from the device secret (in the OS keyring; in clear only for
`--key-storage none`, which the desk says), and the seat's data key wrapped under the hall access
key (see `vault.hall_slots`).
"""

from __future__ import annotations

import binascii
from dataclasses import dataclass, field
from typing import Any

from seatdesk.core.errors import VaultUnreadable
from seatdesk.vault.sealing import InvalidTag, hkdf, unwrap, wrap


@dataclass(frozen=True)
class SeatHall:
    url: str
    hall_id: str
    ca_pem: bytes
    seat_id: str
    cert_pem: bytes
    seat_key_pem: bytes = field(repr=False)
    box: dict[str, str] = field(repr=False)


def _key_aad(vault_id: str) -> bytes:
    return f"seatdesk-seat-key|{vault_id}".encode()


def _key_wrap(device_secret: bytes, vault_id: str) -> bytes:
    return hkdf(device_secret, salt=None, info=f"seatdesk/seat-key/v1|{vault_id}".encode())


def section_of(hall: SeatHall, vault_id: str, device_secret: bytes | None) -> dict[str, Any]:
    if device_secret is None:
        key: dict[str, str] = {"clear": hall.seat_key_pem.decode()}
    else:
        key = wrap(_key_wrap(device_secret, vault_id), hall.seat_key_pem, _key_aad(vault_id))
    return {
        "url": hall.url,
        "hall_id": hall.hall_id,
        "ca_pem": hall.ca_pem.decode(),
        "seat_id": hall.seat_id,
        "cert_pem": hall.cert_pem.decode(),
        "seat_key": key,
        "box": hall.box,
    }


def seat_hall(section: dict[str, Any], vault_id: str, device_secret: bytes | None) -> SeatHall:
    damaged = VaultUnreadable("key file damaged (its hall section): restore it from the backup")
    try:
        key = section["seat_key"]
        if "clear" in key:
            key_pem = str(key["clear"]).encode()
        elif device_secret is None:
            raise damaged
        else:
            key_pem = unwrap(_key_wrap(device_secret, vault_id), key, _key_aad(vault_id))
        return SeatHall(
            url=str(section["url"]),
            hall_id=str(section["hall_id"]),
            ca_pem=str(section["ca_pem"]).encode(),
            seat_id=str(section["seat_id"]),
            cert_pem=str(section["cert_pem"]).encode(),
            seat_key_pem=key_pem,
            box=dict(section["box"]),
        )
    except (KeyError, TypeError, ValueError, binascii.Error, InvalidTag):
        raise damaged from None
