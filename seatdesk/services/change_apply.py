"""Applying the hall's customer change sets at a seat, in order, each all or nothing.

For each change set after the one the seat applied last: the manifest's signature is checked
against its publisher's certificate (issued by the pinned hall CA, to the seat the manifest
names), the payload against the manifest's digest, then it is decrypted under the hall data key,
read and compared with the customers without the write lock, and written in ONE vault
transaction that also records its seq (`hall.customer_data`): a kill -9 leaves all of it or
none, and the next run resumes. The desk's screen pops (their audit entries) wait only for that
short write, not for the reading and comparing. A seat that has applied none while a full
snapshot exists, or is more than MAX_BEHIND sets behind, takes the newest full snapshot and then
what follows. A change set that fails any check is refused: nothing applied, an audit entry, a
report to the hall, and nothing past it is applied (the seat stays behind and says so).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from seatdesk.audit.log import AuditLog
from seatdesk.core.clock import utc_iso
from seatdesk.hall import change_manifest as cm
from seatdesk.hall import pki
from seatdesk.link import change_transfer as wire
from seatdesk.link.client import HallClient
from seatdesk.policy.model import Policy
from seatdesk.services import importing
from seatdesk.services.change_payload import Payload, PayloadRefused, open_payload
from seatdesk.services.compartment_upkeep import blind_opener
from seatdesk.services.hall_keys import HallKeys
from seatdesk.services.hall_verify import note_elsewhere, zero_elsewhere
from seatdesk.vault.db import VaultDb
from seatdesk.vault.schema import get_meta, set_meta

MAX_BEHIND = 20
ACTOR = "hall"
_MAX_PAGES = 1000
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class CustomerData:
    seq: int
    at: str  # when the seat applied it (UTC ISO)
    published_at: str


@dataclass(frozen=True)
class CatchUp:
    applied: tuple[int, ...] = ()
    behind: int = 0  # change sets at the hall past the seat's, after this run
    hdk_missing: bool = False
    refused_seq: int | None = None
    refused_reason: str = ""
    hall_has_hdk: bool = True  # some seat has made the hall data key (when this one lacks it)


class Refusal(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def customer_data(db: VaultDb) -> CustomerData | None:
    text = get_meta(db, "hall.customer_data")
    if not text:
        return None
    data = json.loads(text)
    return CustomerData(int(data["seq"]), str(data["at"]), str(data.get("published_at", "")))


def refused_change_set(db: VaultDb) -> tuple[int, str] | None:
    text = get_meta(db, "hall.change_set_refused")
    if not text:
        return None
    data = json.loads(text)
    return int(data["seq"]), str(data["reason"])


class ChangeApplier:
    def __init__(
        self,
        db: VaultDb,
        audit: AuditLog,
        policy: Policy,
        now: Callable[[], datetime],
        *,
        before_commit: Callable[[], None] | None = None,
    ) -> None:
        """`before_commit` is called inside each apply's write transaction, everything written,
        just before the commit (a test stops the process there)."""
        self._before_commit = before_commit
        self._db = db
        self._audit = audit
        self._policy = policy
        self._now = now
        self.keys = HallKeys(db)

    def applied_seq(self) -> int:
        data = customer_data(self._db)
        return data.seq if data else 0

    def catch_up(self, client: HallClient, progress: Progress | None = None) -> CatchUp:
        """Apply every change set the seat has not applied yet, in order (once)."""
        self.keys.register(client)
        applied: list[int] = []
        listing: dict[str, Any] = {}
        for _ in range(_MAX_PAGES):
            after = self.applied_seq()
            listing = wire.listing(client, after)
            self.keys.take(listing)
            self.keys.share(client, listing)
            if self.keys.hdk() is None:
                return CatchUp(
                    tuple(applied), int(listing.get("behind", 0)), hdk_missing=True,
                    hall_has_hdk=listing.get("hdk_id") is not None,
                )  # fmt: skip
            full = listing.get("newest_full")
            behind = int(listing.get("behind", 0))
            if full and int(full["seq"]) > after and (after == 0 or behind > MAX_BEHIND):
                todo = [full]
            else:
                todo = list(listing.get("sets", []))
            if not todo:
                break
            for entry in todo:
                seq = int(entry["seq"])
                if entry is not full and entry.get("manifest", {}).get("kind") == "full":
                    self._record(seq, entry)  # the delta before it carried the same changes
                    continue
                try:
                    self._apply(client, entry, snapshot=entry is full, progress=progress)
                except Refusal as refusal:
                    self._refuse(client, seq, refusal.reason)
                    left = int(wire.listing(client, self.applied_seq()).get("behind", 0))
                    return CatchUp(tuple(applied), left, False, seq, refusal.reason)
                applied.append(seq)
                zero_elsewhere(self._db, self._policy)  # once keyed: no 一类 verifier stays here
        left = int(wire.listing(client, self.applied_seq()).get("behind", 0)) if applied else 0
        return CatchUp(tuple(applied), left if applied else int(listing.get("behind", 0)))

    def _verified(
        self, client: HallClient, entry: dict[str, Any]
    ) -> tuple[dict[str, Any], Payload]:
        hall_id = str(get_meta(self._db, "hall.hall_id"))
        try:
            manifest = cm.check_manifest(entry.get("manifest"))
            cert = str(entry.get("publisher_cert", "")).encode()
            public = pki.seat_public_key(cert, str(get_meta(self._db, "hall.ca")).encode())
            if pki.seat_id_of(cert) != manifest["publisher"]:
                raise Refusal("the manifest's publisher is not the certificate's seat")
            cm.verify_manifest(public, manifest, str(entry.get("signature", "")))
        except (cm.BadManifest, pki.BadRequestCsr, ValueError) as exc:
            raise Refusal(str(exc)) from None
        if manifest["hall_id"] != hall_id:
            raise Refusal("the change set names another hall")
        sealed = wire.download(client, int(entry["seq"]), manifest["chunks"])
        if (
            len(sealed) != manifest["payload_size"]
            or hashlib.sha256(sealed).hexdigest() != manifest["payload_sha256"]
        ):
            raise Refusal("the payload does not match the manifest's digest")
        hdk = self.keys.hdk()
        assert hdk is not None
        try:
            payload = open_payload(hdk, hall_id, manifest, sealed)
        except PayloadRefused as exc:
            raise Refusal(str(exc)) from None
        counts, full = manifest["counts"], manifest["kind"] == "full"
        lines = max(payload.csv.count("\n") - 1, 0)  # at least one a row (a note may hold more)
        rows = counts["rows"] if full else counts["added"] + counts["changed"]
        if len(payload.removals) != (0 if full else counts["removed"]) or lines < rows:
            raise Refusal("the payload does not hold what the manifest counts")
        return manifest, payload

    def _apply(
        self,
        client: HallClient,
        entry: dict[str, Any],
        *,
        snapshot: bool,
        progress: Progress | None,
    ) -> None:
        manifest, payload = self._verified(client, entry)
        seq = int(entry["seq"])
        source = payload.csv.encode("utf-8") if payload.csv else None
        name = f"change-set-{seq}"
        now = self._now()
        common: dict[str, Any] = {
            "actor": ACTOR, "source": source, "source_name": name, "reclaim_space": False,
            "opener": blind_opener(self._db),
        }  # fmt: skip
        if source is None and not payload.removals:
            raise Refusal("the change set holds no change")

        def written(report: importing.ImportReport) -> None:
            """Inside the import's write transaction: what commits with it, or undoes it."""
            if report.errors:
                raise _Rejected(len(report.errors))
            self._record(seq, entry)
            if manifest["publisher"] != self.keys.seat_id:  # its publisher gave the hall its tags
                note_elsewhere(self._db, [*report.added_numbers, *report.changed_numbers])
            self._audit.append(
                ACTOR,
                "customers.change_set_applied",
                target=name,
                detail={
                    "seq": seq, "kind": "full" if snapshot else "delta", "mode": manifest["mode"],
                    "publisher": manifest["publisher"], "staff": manifest["staff"],
                    "added": len(report.added_numbers), "changed": len(report.changed_numbers),
                    "removed": len(report.removed_numbers),
                },
            )  # fmt: skip
            if self._before_commit is not None:
                self._before_commit()

        def checked(report: importing.ImportReport) -> None:
            if report.errors:
                raise _Rejected(len(report.errors))

        # Each call reads and compares without the write lock, and holds it only to write (see
        # importing.apply_customer_file): the desk's pops go on meanwhile.
        if snapshot:
            dry = importing.apply_customer_file(
                self._db, self._audit, self._policy, now, mode="snapshot", dry_run=True,
                written=checked, **common,
            )  # fmt: skip
            importing.apply_customer_file(
                self._db, self._audit, self._policy, now, mode="snapshot",
                confirm_removals=len(dry.removed_numbers), progress=progress, written=written,
                **common,
            )  # fmt: skip
        else:
            removals = payload.removals
            importing.apply_customer_file(
                self._db, self._audit, self._policy, now, mode="update", removals=removals,
                confirm_removals=len(removals) if removals else None, progress=progress,
                written=written, **common,
            )  # fmt: skip

    def _record(self, seq: int, entry: dict[str, Any]) -> None:
        published = str(entry.get("manifest", {}).get("at", ""))
        data = {"seq": seq, "at": utc_iso(self._now()), "published_at": published}
        with self._db.transaction():
            set_meta(self._db, "hall.customer_data", json.dumps(data, sort_keys=True))
            set_meta(self._db, "hall.change_set_refused", "")

    def _refuse(self, client: HallClient, seq: int, reason: str) -> None:
        if refused_change_set(self._db) == (seq, reason):
            return  # refused and reported already: stay behind, say so, do not repeat it
        wire.report_refusal(client, seq, reason)
        with self._db.transaction():
            set_meta(
                self._db,
                "hall.change_set_refused",
                json.dumps({"seq": seq, "reason": reason}, sort_keys=True),
            )
            self._audit.append(
                ACTOR,
                "customers.change_set_refused",
                target=f"change-set-{seq}",
                outcome="refused",
                detail={"seq": seq, "reason": reason},
            )


class _Rejected(Refusal):
    def __init__(self, errors: int) -> None:
        super().__init__(f"this seat's import rules reject {errors} row(s) of the change set")
