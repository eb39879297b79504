"""THE GATE for customer records: vault rows in, masked records out, every access audited.

Nothing a person sees of a customer comes from anywhere else. A searched number is written to the
audit log masked and as a keyed hash, never in clear.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import timedelta

from seatdesk.audit.log import JsonValue
from seatdesk.core.clock import utc_iso
from seatdesk.core.errors import RateLimited, UsageError
from seatdesk.core.text import normal_text
from seatdesk.policy.compartments import mask_digest
from seatdesk.policy.masking import mask_field, mask_free_text
from seatdesk.policy.model import CARD_ORDER, Policy
from seatdesk.policy.namesakes import mobile_last4, shown_detail
from seatdesk.policy.roles import Permission, require
from seatdesk.records.customers import (
    CustomerRow,
    customer_numbers,
    ids_by_customer_no,
    ids_by_name_prefix,
    ids_by_phone,
    load_customer,
    load_summary,
)
from seatdesk.records.interactions import (
    call_seconds,
    insert_interactions,
    recent_interactions,
)
from seatdesk.records.sealed_rows import SEALED_COLUMNS
from seatdesk.records.validation import normalise_phone_query
from seatdesk.services.agreement import require_agreement
from seatdesk.services.free_text import typed_text
from seatdesk.services.known_values import mask_quoting
from seatdesk.services.session import Session
from seatdesk.services.staff import require_password_current
from seatdesk.services.training import require_training
from seatdesk.services.verify_modes import VERIFY_MODES

AUDITED_MATCHES = 50  # a search entry names at most this many customers (and always the count)
# A name search lists at most this many customers (in name order): enough to find a caller by
# the first characters of their name, not a way to page through the customer base. The desk
# asks for more characters when `RecordDesk.truncated` says more customers matched.
NAME_SEARCH_LIMIT = 200
RATE_LIMITED = "rate_limited"  # the outcome of a search or view refused by the rate
STALE_MASK = "…"  # a masked name made under other masking rules is not shown

# CJK ideographs (unified, extensions A-H, compatibility) and 〇: a query with one of these that
# is not a customer number is the start of a name.
_CJK_RANGES = (
    (0x3007, 0x3007),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0x20000, 0x2A6DF),
    (0x2A700, 0x2EE5F),
    (0x2F800, 0x2FA1F),
    (0x30000, 0x323AF),
)


def has_cjk(text: str) -> bool:
    """Whether `text` holds at least one CJK ideograph."""
    return any(low <= ord(ch) <= high for ch in text for low, high in _CJK_RANGES)


# Display order of the record card (and of `seatdesk lookup` and the masked export).
CARD_FIELDS = CARD_ORDER


@dataclass(frozen=True)
class MaskedField:
    key: str
    label_zh: str
    label_en: str
    field_class: str
    text: str
    revealable: bool
    verifiable: bool


@dataclass(frozen=True)
class HistoryItem:
    at: str
    kind: str
    staff_id: str
    summary: str
    # A call's wrap-up: its codes (the desk words them from the policy), follow-up, masked note.
    reason: str | None = None
    outcome: str | None = None
    follow_up: str | None = None
    note: str = ""
    seconds: int | None = None  # a call's length, for the desk to word in its language


@dataclass(frozen=True)
class MaskedRecord:
    customer_id: int
    customer_no: str
    tier: str
    tier_expires: str | None
    fields: tuple[MaskedField, ...]
    history: tuple[HistoryItem, ...] = ()
    consent_withdrawn_at: str | None = None  # UTC; the desk words it in its language

    def field(self, key: str) -> MaskedField:
        for item in self.fields:
            if item.key == key:
                return item
        raise KeyError(key)


def consent_text(record: MaskedRecord, policy: Policy) -> str:
    """The consent field as files and the command line give it, in both languages: with
    "[已撤回 withdrawn <the hall's day>]" once the customer withdrew consent."""
    text = record.field("consent").text
    if record.consent_withdrawn_at is None:
        return text
    return f"{text} [已撤回 withdrawn {policy.hall_time(record.consent_withdrawn_at, '%Y-%m-%d')}]"


@dataclass(frozen=True)
class Match:
    customer_id: int
    customer_no: str
    masked_name: str
    tier: str
    detail: str = ""  # the policy's namesake detail (masked): birth year, district, …1234


class RecordDesk:
    def __init__(self, session: Session) -> None:
        self._s = session
        self._digest = mask_digest(session.policy)
        self.truncated = False  # the last search found more than it returned (names only)

    def find(self, query: str) -> list[Match]:
        """Search (see `search`) and build the masked rows of what was found."""
        return [self.match(customer_id) for customer_id in self.search(query)]

    def search(self, query: str) -> list[int]:
        """The ids matching `query` (audited); rows are built on demand with `match`.

        The query is a phone number (any common form), else a customer number, else, if it
        holds a CJK character, the first characters of a name: then at most
        `NAME_SEARCH_LIMIT` customers in name order (`truncated` says whether there were more).
        """
        require(self._s.role, Permission.SEARCH_CUSTOMERS)
        require_password_current(self._s)
        require_agreement(self._s)
        require_training(self._s)
        self._within_rate("record.search", self._s.policy.limits.searches_per_minute)
        text = normal_text(query).strip()  # as the import stored the names
        if not text:
            raise UsageError(
                "enter a phone number, a customer number or the start of a name",
                code="search.empty",
            )
        number = normalise_phone_query(text)
        db = self._s.db
        detail_extra: dict[str, JsonValue] = {}
        self.truncated = False
        if number is not None:
            ids = ids_by_phone(db, self._s.phone_index.probe(number))
            kind = "mobile" if number.startswith("1") else "landline"
            by, shown = "phone", mask_field(self._s.policy, kind, number)
            hashed = self._s.phone_hash(number)
            detail_extra.update(self._s.phone_hash_version())
        else:
            ids = ids_by_customer_no(db, text)
            by, shown, hashed = "customer_no", text, ""
            if not ids and has_cjk(text):
                # The start of a name: masked like a name, and hashed, never in clear.
                ids = ids_by_name_prefix(
                    db, text, limit=NAME_SEARCH_LIMIT + 1, opener=self._s.opener
                )
                self.truncated = len(ids) > NAME_SEARCH_LIMIT
                del ids[NAME_SEARCH_LIMIT:]
                by, shown = "name_prefix", mask_field(self._s.policy, "name", text)
                hashed = self._s.audit.keyed_hash(text)
                detail_extra["truncated"] = self.truncated
            elif not ids:
                # Not a customer number we know: maybe a mistyped phone or ID. Never in clear.
                shown, hashed = mask_free_text(text), self._s.audit.keyed_hash(text)
        self._s.audit.append(
            self._s.staff_id,
            "record.search",
            outcome="ok" if ids else "no_match",
            detail={
                "by": by,
                "query": shown,
                "query_hash": hashed,
                "count": len(ids),
                "matches": customer_numbers(db, ids[:AUDITED_MATCHES]),
                **detail_extra,
            },
        )
        return ids

    def match(self, customer_id: int) -> Match:
        """One row of a result list: masked name, customer number, tier, and the detail that
        tells namesakes apart."""
        require(self._s.role, Permission.SEARCH_CUSTOMERS)
        kind = self._s.policy.namesake_detail
        opener = self._s.opener if kind == "mobile_last4" else None
        summary = load_summary(self._s.db, customer_id, opener=opener)
        if summary is None:
            raise UsageError("no such customer", code="record.gone")
        if summary.mask_policy != self._digest:  # masked under other rules: never shown
            return Match(customer_id, summary.customer_no, STALE_MASK, summary.tier)
        detail = (
            mobile_last4(summary.first_mobile or "")
            if kind == "mobile_last4"
            else shown_detail(kind, summary.namesake)
        )
        return Match(customer_id, summary.customer_no, summary.masked_name, summary.tier, detail)

    def view(self, customer_id: int) -> MaskedRecord:
        require(self._s.role, Permission.VIEW_CUSTOMERS)
        require_password_current(self._s)
        require_agreement(self._s)
        require_training(self._s)
        with self._s.audit.batch():  # the rate's count and the entry: one transaction
            return self._view(customer_id)

    def _view(self, customer_id: int) -> MaskedRecord:
        self._within_rate("record.view", self._s.policy.limits.views_per_minute)
        row = load_customer(self._s.db, customer_id, self._s.card_reader)
        if row is None:
            raise UsageError("no such customer", code="record.gone")
        if row.mask_policy != self._digest:
            raise UsageError(
                "this customer's masked forms were made under other masking rules than the "
                "policy's; they are not shown until a security officer signs in at this seat, "
                "which makes them again",
                code="record.masks_stale",
            )
        # Masked at store since the free-text gate; older notes are masked again as shown.
        history = tuple(
            HistoryItem(
                item.at,
                item.kind,
                item.staff_id,
                "" if seconds is not None else mask_quoting(self._s.policy, item.summary, [row]),
                item.reason,
                item.outcome,
                item.follow_up,
                mask_quoting(self._s.policy, item.note, [row]) if item.note else "",
                seconds,
            )
            for item in recent_interactions(self._s.db, customer_id)
            for seconds in [call_seconds(item.summary) if item.kind == "call" else None]
        )
        self._s.open_customers.watch(row.id, self._s.runtime.clock.now())
        record = dataclasses.replace(self._mask(row), history=history)
        self._s.audit.append(
            self._s.staff_id,
            "record.view",
            target=row.customer_no,
            detail={"fields": [f.key for f in record.fields if f.text], "mode": "masked"},
        )
        return record

    def _within_rate(self, action: str, per_minute: int) -> None:
        """Refuse (and audit) a search or a view past the policy's rate for this person."""
        audit, now = self._s.audit, self._s.runtime.clock.now()
        done = audit.count_since(
            self._s.staff_id,
            action,
            now - timedelta(minutes=1),
            besides=RATE_LIMITED,
            at_most=per_minute,
        )
        if done < per_minute:
            return
        audit.append(self._s.staff_id, action, outcome=RATE_LIMITED, detail={"limit": per_minute})
        what = "searches" if action == "record.search" else "records opened"
        raise RateLimited(
            f"more than {per_minute} {what} in a minute: wait a moment before the next one "
            "(the refusal is in the audit log)",
            code="record.rate_limit",
            limit=per_minute,
        )

    def add_interaction(self, customer_id: int, kind: str, summary: str) -> None:
        """Record a complaint or a note on the customer: masked at the gate before it is kept."""
        require(self._s.role, Permission.VIEW_CUSTOMERS)
        row = load_customer(self._s.db, customer_id, self._s.opener)
        if row is None:
            raise UsageError("no such customer", code="record.gone")
        if kind not in ("complaint", "note") or not summary.strip():
            raise UsageError("an interaction is a complaint or a note with some text")
        now = utc_iso(self._s.runtime.clock.now())
        text = typed_text(self._s, summary, [row])
        with self._s.db.transaction():
            insert_interactions(self._s.db, [(customer_id, now, self._s.staff_id, kind, text)])
            self._s.audit.append(
                self._s.staff_id,
                "record.interaction",
                target=row.customer_no,
                detail={"kind": kind},
            )

    def _mask(self, row: CustomerRow) -> MaskedRecord:
        """The card: the masked forms stored with the record (made at import under the policy
        in force), the phones masked from the index, the 三类 fields as they are."""
        policy, role = self._s.policy, self._s.role
        raw: dict[str, str] = {
            "gender": row.gender,
            "segment": row.segment,
            "consent": row.consent.replace(";", "；"),
            "notes": row.notes or "",
        }
        masked = {key: mask_field(policy, key, value) for key, value in raw.items()}
        for key in SEALED_COLUMNS:
            masked[key] = row.masks.get(key, "")
        masked["mobile"] = "; ".join(mask_field(policy, "mobile", m) for m in row.mobiles)
        masked["landline"] = "; ".join(mask_field(policy, "landline", n) for n in row.landlines)
        if masked["id_number"] and row.id_type:
            masked["id_number"] = f"{row.id_type} {masked['id_number']}"
        fields = []
        for key in CARD_FIELDS:
            rule = policy.fields[key]
            fields.append(
                MaskedField(
                    key=key,
                    label_zh=rule.label_zh,
                    label_en=rule.label_en,
                    field_class=rule.field_class,
                    text=masked[key],
                    revealable=rule.may_reveal(role) and bool(masked[key]),
                    verifiable=rule.verify and key in VERIFY_MODES,
                )
            )
        return MaskedRecord(
            row.id,
            row.customer_no,
            row.tier,
            row.tier_expires,
            tuple(fields),
            consent_withdrawn_at=row.consent_withdrawn_at,
        )
