"""Publishing customer changes through the hall (`seatdesk hall publish`), at an enrolled seat, by
whoever may import.

The seat first applies what it has not applied yet (so it publishes against the hall's current
state), dry-runs the file against its own vault to learn what changes, and sends a delta: the
header and the rows of the added and changed customers (as the file has them) and the removed
numbers. A snapshot also sends the whole file as a full change set, for seats too far behind.
Each is signed by this seat and sealed under the hall data key. Then the seat applies its own
change sets like every seat.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from seatdesk.core.clock import utc_iso
from seatdesk.core.errors import ImportRejected, UsageError
from seatdesk.hall import change_manifest as cm
from seatdesk.hall import pki
from seatdesk.link import change_transfer as wire
from seatdesk.link.client import HallClient
from seatdesk.policy.roles import Permission, require
from seatdesk.records.csv_format import decode_csv_bytes
from seatdesk.records.csv_subset import rows_for
from seatdesk.services import importing
from seatdesk.services.change_apply import CatchUp, ChangeApplier
from seatdesk.services.change_payload import Payload, seal_payload
from seatdesk.services.hall_link import HallLink
from seatdesk.services.hall_verify import send_tags_quietly
from seatdesk.services.session import Session
from seatdesk.services.staff import require_password_current
from seatdesk.vault.schema import get_meta

MODES = ("update", "snapshot")


@dataclass(frozen=True)
class Published:
    mode: str
    dry_run: bool
    added: int
    changed: int
    removed: int
    rows: int
    delta_seq: int | None = None
    full_seq: int | None = None
    base_seq: int = 0
    applied: tuple[int, ...] = ()
    errors: list[str] = field(default_factory=list)


class ChangeSetDesk:
    """Change sets at this seat: publish (importers), catch up (anyone signed in)."""

    def __init__(self, session: Session, hall: HallLink) -> None:
        self._s = session
        self._hall = hall
        self._applier = ChangeApplier(
            session.db, session.audit, session.policy, session.runtime.clock.now
        )

    def catch_up(self) -> CatchUp:
        return self._applier.catch_up(self._hall.client())

    def publish(
        self,
        csv_path: Path,
        mode: str,
        *,
        confirm_removals: int | None = None,
        dry_run: bool = False,
    ) -> Published:
        require(self._s.role, Permission.IMPORT_CUSTOMERS)
        require_password_current(self._s)
        if mode not in MODES:
            raise UsageError("--mode is update or snapshot")
        chosen: importing.ImportMode = "update" if mode == "update" else "snapshot"
        if not self._hall.enrolled:
            raise UsageError("this seat is not enrolled with a hall: seatdesk hall enrol")
        try:
            data = csv_path.read_bytes()
        except OSError as exc:
            raise UsageError(f"cannot read {csv_path}: {exc.strerror}") from None
        client = self._hall.client()
        before = self._applier.catch_up(client)
        if before.refused_seq is not None or before.behind:
            raise UsageError(
                "this seat has not applied every change set of the hall "
                f"({before.refused_reason or 'still behind'}): not publishing against it"
            )
        hdk = self._applier.keys.hdk()
        if hdk is None and before.hall_has_hdk:
            raise UsageError(
                "this seat does not hold the hall data key yet: it gets it as soon as another "
                "enrolled seat is online (seatdesk hall sync there, then here)"
            )
        now = self._s.runtime.clock.now()
        report = importing.apply_customer_file(
            self._s.db, self._s.audit, self._s.policy, now, actor=self._s.staff_id,
            source=data, source_name=csv_path.name, mode=chosen,
            confirm_removals=confirm_removals, dry_run=True, opener=self._s.opener,
        )  # fmt: skip
        counts = {
            "rows": report.rows,
            "added": len(report.added_numbers),
            "changed": len(report.changed_numbers),
            "removed": len(report.removed_numbers),
        }
        if report.errors or dry_run:
            return Published(
                mode, dry_run, counts["added"], counts["changed"], counts["removed"],
                counts["rows"], base_seq=self._applier.applied_seq(),
                errors=[f"line {p.line}: {p.column or '-'}: {p.message}" for p in report.errors],
            )  # fmt: skip
        if counts["removed"] != (confirm_removals or 0):
            raise UsageError(
                f"this snapshot removes {counts['removed']} customer(s) at every seat, and it "
                f"was run with --confirm-removals {confirm_removals}: nothing was published. "
                f"Check the removals with --dry-run, then run it again with --confirm-removals "
                f"{counts['removed']}."
            )
        if not any(counts[k] for k in ("added", "changed", "removed")):
            raise UsageError(f"{csv_path.name} changes nothing at this seat: nothing to publish")
        if hdk is None:  # no seat has published yet: the hall has no data key
            hdk = self._applier.keys.create(client)
        text, _ = decode_csv_bytes(data)
        delta_rows, _ = rows_for(text, {*report.added_numbers, *report.changed_numbers})
        base = self._applier.applied_seq()
        delta = self._send(
            client, hdk, "delta", mode, base, counts,
            Payload(delta_rows, tuple(report.removed_numbers)),
        )  # fmt: skip
        full = None
        if mode == "snapshot":
            full = self._send(client, hdk, "full", mode, base, counts, Payload(text))
        after = self._applier.catch_up(client)
        send_tags_quietly(self._s)  # the rows it published: their 一类 tags to the hall
        self._s.audit.append(
            self._s.staff_id,
            "customers.publish",
            target=csv_path.name,
            detail={"mode": mode, "delta_seq": delta, "full_seq": full, "base_seq": base, **counts},
        )
        return Published(
            mode, False, counts["added"], counts["changed"], counts["removed"], counts["rows"],
            delta, full, base, after.applied,
        )  # fmt: skip

    def _send(
        self,
        client: HallClient,
        hdk: bytes,
        kind: str,
        mode: str,
        base: int,
        counts: dict[str, int],
        payload: Payload,
    ) -> int:
        hall_id = str(get_meta(self._s.db, "hall.hall_id"))
        manifest: dict[str, object] = {
            "v": cm.VERSION, "uid": secrets.token_hex(16), "hall_id": hall_id, "kind": kind,
            "base_seq": base, "mode": mode, "counts": dict(counts),
            "publisher": str(get_meta(self._s.db, "hall.seat_id")), "staff": self._s.staff_id,
            "at": utc_iso(self._s.runtime.clock.now()),
        }  # fmt: skip
        if kind == "full":
            manifest["counts"] = {**counts, "removed": 0}  # a full set removes what it lacks
        placeholder = {**manifest, "payload_sha256": "0" * 64, "payload_size": 0, "chunks": 1}
        sealed = seal_payload(hdk, hall_id, placeholder, payload)
        manifest |= {
            "payload_sha256": hashlib.sha256(sealed).hexdigest(),
            "payload_size": len(sealed),
            "chunks": cm.chunk_count(len(sealed)),
        }
        key = pki.load_seat_key(str(get_meta(self._s.db, "hall.key")).encode())
        return wire.upload(client, manifest, cm.sign_manifest(key, manifest), sealed)


__all__ = ["ChangeSetDesk", "ImportRejected", "Published"]
