"""The hall data key (HDK) at a seat: 32 random bytes that only enrolled seats hold, under which
customer change sets are sealed. PostgreSQL never sees it in clear.

Each seat has an X25519 box key pair (its private half in the vault meta, under the vault's key
like the seat's signing key; made on first need, also for seats enrolled before change sets), and
registers the public half with the hall, signed with its seat key. The first publisher makes the
HDK and seals it to its own box; any seat that holds it seals it for the seats the hall lists as
still waiting, after checking that their box key is signed by a certificate of the pinned CA.
"""

from __future__ import annotations

import secrets
from typing import Any

from seatdesk.hall import change_manifest as cm
from seatdesk.hall import pki
from seatdesk.link import change_transfer as wire
from seatdesk.link.client import HallClient
from seatdesk.vault.db import VaultDb
from seatdesk.vault.schema import get_meta, set_meta
from seatdesk.vault.sealing import InvalidTag, b64, new_key_pair, open_sealed, seal, unb64


class HallKeys:
    def __init__(self, db: VaultDb) -> None:
        self._db = db

    def _meta(self, name: str) -> str | None:
        return get_meta(self._db, "hall." + name)

    def _set(self, **values: str) -> None:
        with self._db.transaction():
            for name, value in values.items():
                set_meta(self._db, "hall." + name, value)

    @property
    def hall_id(self) -> str:
        return self._meta("hall_id") or ""

    @property
    def seat_id(self) -> str:
        return self._meta("seat_id") or ""

    def _box_private(self) -> bytes:
        private = self._meta("box_key")
        if private is None:
            raw, public = new_key_pair()
            self._set(box_key=b64(raw), box_public=b64(public))
            return raw
        return unb64(private)

    def register(self, client: HallClient) -> None:
        """Register this seat's box key with the hall, once (and again if it was never done)."""
        self._box_private()
        public = self._meta("box_public") or ""
        if self._meta("box_registered") == public:
            return
        key = pki.load_seat_key(str(self._meta("key")).encode())
        raw = unb64(public)
        signature = cm.sign(key, cm.box_key_message(self.hall_id, self.seat_id, raw))
        wire.register_box_key(client, raw, signature)
        self._set(box_registered=public)

    def hdk(self) -> bytes | None:
        held = self._meta("hdk")
        return unb64(held) if held else None

    def take(self, listing: dict[str, Any]) -> bool:
        """Open this seat's box of the HDK if the hall has one for it; True if the seat holds it."""
        if self.hdk() is not None:
            return True
        mine, hall_key = listing.get("hdk"), listing.get("hdk_id")
        if not isinstance(mine, dict) or mine.get("hdk_id") != hall_key:
            return False
        try:
            hdk = open_sealed(
                self._box_private(), mine["box"], cm.hdk_box_aad(self.hall_id, self.seat_id)
            )
        except (InvalidTag, KeyError, TypeError, ValueError):
            return False  # not sealed for this seat's box (or altered): wait for another
        if cm.hdk_id(hdk) != hall_key:
            return False
        self._set(hdk=b64(hdk), hdk_id=cm.hdk_id(hdk))
        return True

    def share(self, client: HallClient, listing: dict[str, Any]) -> int:
        """Seal the HDK for the seats still waiting (their box key signed by their own seat
        certificate, issued by the pinned hall CA); returns how many the hall stored."""
        hdk = self.hdk()
        wanted = listing.get("hdk_wanted") or []
        if hdk is None or not wanted:
            return 0
        ca = str(self._meta("ca")).encode()
        boxes = []
        for seat in wanted:
            try:
                seat_key = pki.seat_public_key(str(seat["cert_pem"]).encode(), ca)
                public = unb64(str(seat["public"]))
                message = cm.box_key_message(self.hall_id, str(seat["seat_id"]), public)
            except (pki.BadRequestCsr, KeyError, ValueError):
                continue
            if not cm.signed_by(seat_key, message, str(seat.get("signature", ""))):
                continue  # a box key its seat did not sign gets nothing
            box = seal(public, hdk, cm.hdk_box_aad(self.hall_id, str(seat["seat_id"])))
            boxes.append({"seat_id": seat["seat_id"], "box": box})
        return wire.send_hdk_boxes(client, cm.hdk_id(hdk), boxes) if boxes else 0

    def create(self, client: HallClient) -> bytes:
        """The first publisher of the hall makes the HDK (sealed to its own box first)."""
        self.register(client)
        hdk = secrets.token_bytes(32)
        public = unb64(str(self._meta("box_public")))
        box = seal(public, hdk, cm.hdk_box_aad(self.hall_id, self.seat_id))
        wire.send_hdk_boxes(client, cm.hdk_id(hdk), [{"seat_id": self.seat_id, "box": box}])
        self._set(hdk=b64(hdk), hdk_id=cm.hdk_id(hdk))
        return hdk
