"""Enrolling a seat: its own key pair and CSR, the hall CA pinned by the code's fingerprint,
and the client certificate the hall issues. The private key never leaves the seat."""

from __future__ import annotations

from dataclasses import dataclass, field

from seatdesk.core.errors import SeatDeskError, UsageError
from seatdesk.hall import pki
from seatdesk.link.client import HallClient, SeatCredentials


@dataclass(frozen=True)
class Enrolment:
    hall_url: str
    hall_id: str
    ca_pem: bytes
    seat: SeatCredentials
    seat_name: str
    watch_key: str = field(repr=False)  # hex: the key of the hall-wide watch list's hashes


def split_code(code: str) -> tuple[str, str]:
    secret, _, pin = code.strip().rpartition(".")
    if not secret or len(pin) != 16:
        raise UsageError("an enrolment code looks like XXXX-XXXX-XXXX-XXXX.0123456789abcdef")
    return secret.upper(), pin.lower()


def enrol_seat(hall_url: str, code: str, seat_name: str) -> Enrolment:
    secret, pin = split_code(code)
    hello = HallClient(hall_url, None).get("/v1/hello")
    ca_pem = str(hello.get("ca_pem", "")).encode()
    try:
        matches = pki.fingerprint(ca_pem)[:16] == pin
    except ValueError:
        matches = False
    if not matches:
        raise SeatDeskError(
            "the hall's certificate does not match the enrolment code: not enrolling "
            "(check the address, or ask for a new code)"
        )
    key = pki.new_seat_key()
    csr = pki.seat_csr(key, seat_name)
    answer = HallClient(hall_url, ca_pem).post(
        "/v1/enrol", {"code": secret, "seat_name": seat_name, "csr_pem": csr.decode()}
    )
    seat = SeatCredentials(
        str(answer["seat_id"]), pki.seat_key_pem(key), str(answer["cert_pem"]).encode()
    )
    return Enrolment(
        hall_url,
        str(hello.get("hall_id", "")),
        ca_pem,
        seat,
        seat_name,
        str(answer.get("watch_key", "")),
    )
