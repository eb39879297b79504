"""The security officer's look into the audit log in the desk (issue 17): entries found by who,
what, on whom, with what outcome and when; and "who saw this customer" (the exposure: every
view, verification and reveal of one customer). Looking is audited too. The entries hold no
protected value (the log never did), so what is shown is what the log says."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from seatdesk.audit.log import ENTRY_COLUMNS, AuditEntry, JsonValue
from seatdesk.core.clock import utc_iso
from seatdesk.core.errors import UsageError
from seatdesk.policy.roles import Permission, require
from seatdesk.records.phone_index import audit_tag
from seatdesk.records.validation import normalise_phone_query
from seatdesk.services.session import Session
from seatdesk.vault.compartment_keys import LookupKeys
from seatdesk.vault.db import VaultDb

EXPOSURE_ACTIONS = ("record.view", "record.verify", "record.reveal")
EXPOSURE_DAYS = 30
SEARCH_LIMIT = 1000


@dataclass(frozen=True)
class AuditFilter:
    actor: str = ""  # a staff ID, exactly
    action: str = ""  # an action or its start ("record." for every record action)
    target: str = ""  # a customer number, a call, a visitor pass… exactly
    outcome: str = ""  # ok, denied, locked, …
    since: datetime | None = None
    until: datetime | None = None
    # A phone number searched or calling (`record.search`, `call.start`): found by its keyed
    # hashes, never stored in clear (the entry of the search says only that one was given).
    number: str = ""

    def as_detail(self) -> dict[str, JsonValue]:
        given: dict[str, JsonValue] = {"number": "given"} if self.number.strip() else {}
        return given | {
            key: value
            for key, value in {
                "actor": self.actor,
                "action": self.action,
                "target": self.target,
                "outcome": self.outcome,
                "since": utc_iso(self.since) if self.since else "",
                "until": utc_iso(self.until) if self.until else "",
            }.items()
            if value
        }


def exposure_of(db: VaultDb, customer_no: str, since: datetime) -> list[dict[str, Any]]:
    """Every view, verification and reveal of `customer_no` since `since`, oldest first: who,
    where, which fields, masked or revealed, why and approved by whom."""
    marks = ",".join("?" * len(EXPOSURE_ACTIONS))
    rows = db.execute(
        f"SELECT {ENTRY_COLUMNS} FROM audit WHERE target = ? AND ts >= ? AND action IN ({marks}) "
        "ORDER BY seq",
        (customer_no, utc_iso(since), *EXPOSURE_ACTIONS),
    )
    exposure = []
    for row in rows:
        entry = AuditEntry(int(row[0]), *(str(v) for v in row[1:]))
        detail = json.loads(entry.detail) if entry.detail else {}
        fields = detail.get("fields") or [detail.get("field")]
        exposure.append(
            {
                "ts": entry.ts,
                "staff": entry.actor,
                "seat": entry.seat,
                "action": entry.action.split(".")[1],
                "outcome": entry.outcome,
                "fields": [f for f in fields if f],
                "mode": "revealed" if entry.action == "record.reveal" else "masked",
                "reason": detail.get("reason") or "",
                "approver": detail.get("approver") or "",
            }
        )
    return exposure


class AuditViewer:
    def __init__(self, session: Session) -> None:
        require(session.role, Permission.EXPORT_AUDIT)  # reading entries, as exporting them
        self._s = session

    def today(self) -> date:
        """The hall's date now (the search's days are the hall's)."""
        return self._s.policy.visitors.local(self._s.runtime.clock.now()).date()

    def search(self, wanted: AuditFilter, limit: int = SEARCH_LIMIT) -> list[AuditEntry]:
        """The newest `limit` entries that match, newest first."""
        if wanted.since and wanted.until and wanted.since > wanted.until:
            raise UsageError("the start is after the end", code="audit.range")
        clauses, params = _clauses(wanted)
        if wanted.number.strip():
            hashes = self._number_hashes(wanted.number)
            marks = ", ".join("?" * len(hashes))
            clauses.append(
                f"(json_extract(detail, '$.query_hash') IN ({marks}) "
                f"OR json_extract(detail, '$.caller_hash') IN ({marks}))"
            )
            params += [*hashes, *hashes]
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self._s.db.execute(
            f"SELECT {ENTRY_COLUMNS} FROM audit {where} ORDER BY seq DESC LIMIT ?",
            (*params, limit),
        )
        found = [AuditEntry(int(r[0]), *(str(v) for v in r[1:])) for r in rows]
        self._s.audit.append(
            self._s.staff_id,
            "audit.search",
            detail={**wanted.as_detail(), "found": len(found)},
        )
        return found

    def _number_hashes(self, typed: str) -> list[str]:
        """Every hash an entry may hold of this number: under each version of the lookup key
        this person holds (entries keep the version they were keyed under: `hash_version`), and
        under the audit's key (entries of sessions without the lookup key)."""
        number = normalise_phone_query(typed)
        if number is None:
            raise UsageError("not a phone number", code="audit.number")
        keys = self._s.held.index_versions().values()
        return [audit_tag(LookupKeys.of(k).phone, number) for k in keys] + [
            self._s.audit.keyed_hash(number)
        ]

    def exposure(self, customer_no: str, days: int = EXPOSURE_DAYS) -> list[dict[str, Any]]:
        """Who saw this customer in the last `days` days (audited: the officer looked)."""
        customer_no = customer_no.strip()
        if not customer_no:
            raise UsageError("give a customer number", code="audit.customer")
        since = self._s.runtime.clock.now() - timedelta(days=days)
        exposure = exposure_of(self._s.db, customer_no, since)
        self._s.audit.append(
            self._s.staff_id,
            "audit.exposure",
            target=customer_no,
            detail={"days": days, "found": len(exposure)},
        )
        return exposure


def _clauses(wanted: AuditFilter) -> tuple[list[str], list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    for column, value in (
        ("actor", wanted.actor),
        ("target", wanted.target),
        ("outcome", wanted.outcome),
    ):
        if value.strip():
            clauses.append(f"{column} = ?")
            params.append(value.strip())
    action = wanted.action.strip()
    if action.endswith("."):  # every action of that kind
        clauses.append("substr(action, 1, ?) = ?")
        params += [len(action), action]
    elif action:
        clauses.append("action = ?")
        params.append(action)
    if wanted.since:
        clauses.append("ts >= ?")
        params.append(utc_iso(wanted.since))
    if wanted.until:
        clauses.append("ts <= ?")
        params.append(utc_iso(wanted.until))
    return clauses, params


__all__ = ["EXPOSURE_DAYS", "AuditEntry", "AuditFilter", "AuditViewer", "exposure_of"]
