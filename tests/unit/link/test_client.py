"""The seat's hall client: what it keeps of the seat's key."""

from __future__ import annotations

from seatdesk.hall import pki
from seatdesk.link.client import SeatCredentials


def test_seat_credentials_keep_their_key_out_of_reprs() -> None:
    key = pki.seat_key_pem(pki.new_seat_key())
    shown = repr(SeatCredentials("S000000000001", key, b"CERT"))
    assert "PRIVATE" not in shown and key.decode() not in shown and "S000000000001" in shown
