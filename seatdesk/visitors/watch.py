"""The watch list (关注名单), pure: what an entry is found by, and the keyed hashes that find it.

An entry names a person by identity number, or by name and organisation. Neither is looked up as
it is: the register keeps an HMAC-SHA256 of the normalised number (`id|<number>`) and of the
folded name and organisation (`name|<name>|<organisation>`), under a random key kept inside the
vault (`seatdesk.visitors.store.visitor_hash_key`). The same number hash tells whether a person
is already in the hall and whether the document shown at check-in is the one registered.

These hashes are stored: the messages and the folding (`fold_text(..., drop_dots=True)`) must
never change, or existing entries stop matching.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from seatdesk.core.errors import PermissionDenied
from seatdesk.core.text import fold_text

BY_ID_NUMBER, BY_NAME_ORG = "id_number", "name_org"


@dataclass(frozen=True)
class WatchView:
    watch_id: int
    kind: str  # "id_number" or "name_org"
    shown: str  # masked: the ID number, or the name with the organisation
    reason: str
    added_at: datetime
    added_by: str


@dataclass(frozen=True)
class WatchHit:
    watch_id: int  # this seat's entry; 0 for an entry of the hall's list made at another seat
    kind: str
    reason: str
    hall_ref: str = ""  # "<seat>/<entry>" for an entry of the hall's list

    @property
    def names(self) -> str | int:
        """How the audit names the entry."""
        return self.hall_ref or self.watch_id


class WatchListBlocked(PermissionDenied):
    """The visitor matches the watch list: a security officer must override, with a reason."""

    def __init__(self, hits: Sequence[WatchHit]) -> None:
        self.hits = tuple(hits)
        super().__init__(
            "this visitor matches the watch list: entry needs a security officer's override",
            code="visitor.watch_list",
        )


def id_hash(key: bytes, number: str) -> str:
    """The keyed hash of a normalised identity number."""
    return hmac.new(key, b"id|" + number.encode(), hashlib.sha256).hexdigest()


def match_key(key: bytes, name: str, organisation: str) -> str:
    """The keyed hash of a name with its organisation, as people write them (width, case,
    spaces and dots do not count)."""
    folded = f"name|{fold_text(name, drop_dots=True)}|{fold_text(organisation, drop_dots=True)}"
    return hmac.new(key, folded.encode(), hashlib.sha256).hexdigest()


def same_document(key: bytes, number: str, stored_hash: str | None) -> bool:
    """Whether the document shown is the one registered (compared in constant time)."""
    return stored_hash is not None and hmac.compare_digest(id_hash(key, number), stored_hash)


def watch_target(watch_id: int) -> str:
    """How the audit names a watch-list entry: W0007."""
    return f"W{watch_id:04d}"
