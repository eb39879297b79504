"""The gate's side of the visitor watch list: entries added and removed (security officers),
matches that block a registration or a check-in, and the overrides that let one through.

`VisitorDesk` holds one `VisitorWatch` and checks the permissions before calling it. An override
counts only if it was authorised at this desk (`authorise`) and is used once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from seatdesk.audit.log import JsonValue
from seatdesk.core.clock import utc_iso
from seatdesk.core.errors import UsageError
from seatdesk.policy.masking import mask_field, mask_free_text
from seatdesk.policy.roles import Permission, has_permission, require
from seatdesk.services.approval import Approval, authorise_at_seat
from seatdesk.services.free_text import typed_text
from seatdesk.services.outbox import enqueue
from seatdesk.services.session import Session
from seatdesk.vault.schema import get_meta
from seatdesk.visitors.model import OVERRIDE_ROLES, clean_text, reference
from seatdesk.visitors.store import (
    WatchRow,
    active_watch,
    hall_watch_added_at,
    hall_watch_matches,
    insert_watch,
    load_watch,
    remove_watch,
    visitor_hash_key,
    watch_matches,
)
from seatdesk.visitors.watch import (
    BY_ID_NUMBER,
    BY_NAME_ORG,
    WatchHit,
    WatchListBlocked,
    WatchView,
    id_hash,
    match_key,
    same_document,
    watch_target,
)


@dataclass(frozen=True)
class WatchOverride:
    approval: Approval
    reason: str


def audit_visitor(
    session: Session,
    action: str,
    visitor_id: int | None = None,
    detail: dict[str, JsonValue] | None = None,
    outcome: str = "ok",
) -> None:
    """An audit entry of the register, by the visitor's reference (never by name or number)."""
    session.audit.append(
        session.staff_id,
        action,
        target=reference(visitor_id) if visitor_id is not None else "",
        outcome=outcome,
        detail=detail,
    )


def hits_detail(hits: Sequence[WatchHit]) -> dict[str, JsonValue]:
    """What the audit records of a match: the entries and by what they matched, no values."""
    return {"entries": [h.names for h in hits], "by": sorted({h.kind for h in hits})}


class VisitorWatch:
    def __init__(self, session: Session) -> None:
        self._s = session
        self._key: bytes | None = None
        self._issued: list[Approval] = []  # overrides authorised at this desk, not yet used

    # -- keyed hashes ------------------------------------------------------------------------

    def _hash_key(self) -> bytes:
        if self._key is None:
            self._key = visitor_hash_key(self._s.db)
        return self._key

    def id_hash(self, number: str) -> str:
        return id_hash(self._hash_key(), number)

    def match_key(self, name: str, organisation: str) -> str:
        return match_key(self._hash_key(), name, organisation)

    def _hall_key(self) -> bytes | None:
        """The hall's watch key, on a seat enrolled with a hall (the same at every seat)."""
        value = get_meta(self._s.db, "hall.watch_key")
        return bytes.fromhex(value) if value else None

    def _hall_hits(self, number: str | None, name: str, organisation: str) -> list[WatchHit]:
        key = self._hall_key()
        if key is None:
            return []
        rows = hall_watch_matches(
            self._s.db,
            id_hash(key, number) if number else None,
            match_key(key, name, organisation),
            get_meta(self._s.db, "hall.seat_id") or "",
        )
        return [WatchHit(0, r.kind, mask_free_text(r.reason), r.ref) for r in rows]

    def _tell_the_hall(self, kind: str, watch_id: int, payload: dict[str, Any]) -> None:
        key = self._hall_key()
        if key is None:
            return
        now = self._s.runtime.clock.now()
        enqueue(self._s.db, kind, watch_target(watch_id), payload, now)

    def same_document(self, number: str, stored_hash: str | None) -> bool:
        return same_document(self._hash_key(), number, stored_hash)

    # -- the list ----------------------------------------------------------------------------

    def entries(self) -> list[WatchView]:
        return [self._view(w) for w in active_watch(self._s.db)]

    def add_by_id(self, number: str, reason: str) -> WatchView:
        digest = self.id_hash(number)
        if watch_matches(self._s.db, digest, None):
            raise UsageError("this ID number is already on the watch list")
        key = self._hall_key()
        return self._add(
            {
                "kind": BY_ID_NUMBER,
                "id_hash": digest,
                "id_masked": mask_field(self._s.policy, "id_number", number),
                "reason": typed_text(self._s, reason),
            },
            {"id_hash": id_hash(key, number)} if key else {},
        )

    def add_by_name(self, person: str, org: str, reason: str) -> WatchView:
        key = self.match_key(person, org)
        if watch_matches(self._s.db, None, key):
            raise UsageError("this name and organisation are already on the watch list")
        hall_key = self._hall_key()
        return self._add(
            {
                "kind": BY_NAME_ORG,
                "name": person,
                "organisation": org,
                "match_key": key,
                "reason": typed_text(self._s, reason),
            },
            {"match_key": match_key(hall_key, person, org)} if hall_key else {},
        )

    def _add(self, columns: dict[str, Any], hall_hashes: dict[str, str]) -> WatchView:
        with self._s.db.transaction():
            watch_id = insert_watch(
                self._s.db,
                {
                    **columns,
                    "added_at": utc_iso(self._s.runtime.clock.now()),
                    "added_by": self._s.staff_id,
                },
            )
            self._audit("visitor.watch_add", watch_id, {"kind": columns["kind"]})
            view = self._view(self._row(watch_id))
            self._tell_the_hall(
                "watch.add",
                watch_id,
                {
                    **hall_hashes,
                    "kind": columns["kind"],
                    "shown": view.shown,
                    "reason": columns["reason"],  # masked at the gate
                    "added_by": self._s.staff_id,
                    "added_at": utc_iso(view.added_at),
                },
            )
        return view

    def remove(self, watch_id: int, reason: str) -> None:
        row = self._row(watch_id)
        if row.removed_at is not None:
            raise UsageError("this watch-list entry was already removed")
        note = clean_text(reason, "reason")
        with self._s.db.transaction():
            now = utc_iso(self._s.runtime.clock.now())
            remove_watch(self._s.db, watch_id, now, self._s.staff_id)
            self._audit(
                "visitor.watch_remove",
                watch_id,
                {"kind": row.kind, "reason": typed_text(self._s, note)},
            )
            self._tell_the_hall("watch.remove", watch_id, {"removed_at": now})

    # -- matches and overrides ---------------------------------------------------------------

    def hits(
        self, id_hash: str | None, name: str, organisation: str, number: str | None = None
    ) -> list[WatchHit]:
        """The entries a visitor matches, here and in the hall's list (nothing is recorded)."""
        rows = watch_matches(self._s.db, id_hash, self.match_key(name, organisation))
        local = [WatchHit(r.id, r.kind, mask_free_text(r.reason)) for r in rows]
        return local + self._hall_hits(number, name, organisation)

    def gate(
        self,
        columns: dict[str, Any],
        override: WatchOverride | None,
        stage: str,
        visitor_id: int | None = None,
        covered_until: str | None = None,
    ) -> list[WatchHit]:
        """The watch-list entries this visitor matches, if a valid override comes with them;
        otherwise the match is audited and WatchListBlocked raised (nothing is written).
        Entries added before `covered_until` were overridden already and do not block."""
        rows = watch_matches(
            self._s.db,
            columns.get("id_hash"),
            self.match_key(columns["name"], columns["organisation"]),
        )
        if covered_until is not None:
            rows = [r for r in rows if r.added_at > covered_until]
        hits = [WatchHit(r.id, r.kind, mask_free_text(r.reason)) for r in rows]
        hall_hits = self._hall_hits(
            columns.get("id_number"), columns["name"], columns["organisation"]
        )
        if covered_until is not None:
            hall_hits = [h for h in hall_hits if not self._hall_added_before(h, covered_until)]
        hits += hall_hits
        if not hits:
            return hits
        valid = (
            override is not None
            and any(a is override.approval for a in self._issued)
            and override.approval.approver_role in OVERRIDE_ROLES
            and bool(override.reason.strip())
        )
        if not valid:
            audit_visitor(
                self._s,
                "visitor.watch_match",
                visitor_id,
                {
                    "stage": stage,
                    **hits_detail(hits),
                    "override": "refused" if override is not None else None,
                },
                outcome="blocked",
            )
            raise WatchListBlocked(hits)
        return hits

    def _hall_added_before(self, hit: WatchHit, moment: str) -> bool:
        added = hall_watch_added_at(self._s.db, hit.hall_ref)
        return added is not None and added <= moment

    def record_override(
        self, visitor_id: int, hits: Sequence[WatchHit], override: WatchOverride | None
    ) -> None:
        """Inside the registration's transaction: the match and who let it through."""
        if not hits or override is None:
            return
        self._issued = [a for a in self._issued if a is not override.approval]  # used once
        audit_visitor(
            self._s, "visitor.watch_match", visitor_id, hits_detail(hits), outcome="overridden"
        )
        audit_visitor(
            self._s,
            "visitor.watch_override",
            visitor_id,
            {
                "entries": [h.names for h in hits],
                "approver": override.approval.approver_id,
                "reason": typed_text(self._s, clean_text(override.reason, "reason")),
            },
        )

    def authorise(self, approver_id: str, password: str) -> Approval:
        """A security officer overrides a watch-list match at this seat: signed in here, without
        a password again; otherwise with their own staff ID and password."""
        if approver_id == self._s.staff_id or not approver_id:
            require(self._s.role, Permission.MANAGE_WATCH_LIST)
            approval = Approval(self._s.staff_id, self._s.role)
        else:
            approval = authorise_at_seat(
                self._s,
                approver_id,
                password,
                OVERRIDE_ROLES,
                "visitor_watch_override",
                customer_data=False,
            )
        self._issued.append(approval)
        return approval

    def can_override_here(self) -> bool:
        return has_permission(self._s.role, Permission.MANAGE_WATCH_LIST)

    # -- internals ---------------------------------------------------------------------------

    def _row(self, watch_id: int) -> WatchRow:
        row = load_watch(self._s.db, watch_id)
        if row is None:
            raise UsageError(f"no watch-list entry {watch_id}")
        return row

    def _view(self, row: WatchRow) -> WatchView:
        if row.kind == BY_ID_NUMBER:
            shown = row.id_masked or ""
        else:
            shown = f"{mask_field(self._s.policy, 'name', row.name)} · {row.organisation}"
        return WatchView(
            row.id,
            row.kind,
            shown,
            mask_free_text(row.reason),
            datetime.fromisoformat(row.added_at),
            row.added_by,
        )

    def _audit(self, action: str, watch_id: int, detail: dict[str, JsonValue]) -> None:
        self._s.audit.append(self._s.staff_id, action, target=watch_target(watch_id), detail=detail)
