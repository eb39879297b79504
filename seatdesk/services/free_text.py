"""THE GATE for free text a person types: masked before it is stored or leaves the seat.

Reveal reasons, export purposes and recipients, incident descriptions, step notes, checklists and
findings, contact notes, the visitor register's texts, watch-list reasons, approvals' and consent
withdrawals' notes: every one passes `typed_text` on its way to a store. It masks the values
(name, address, e-mail, birth date) of the customers open on this seat and of the customers the
text is known to be about, then numbers by their shape (`mask_free_text`). What it returns is a
`MaskedText`; the stores and the audit log refuse anything else (`seatdesk.core.masked_text`),
so a caller that forgets the gate fails and writes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

from seatdesk.core.clock import utc_iso
from seatdesk.core.masked_text import MaskedText, seal_masked
from seatdesk.records.customers import CustomerRow, ids_by_customer_no, load_customer
from seatdesk.services.known_values import mask_quoting
from seatdesk.services.session import Session

__all__ = ["MaskedText", "customers_open_on_seat", "typed_text", "typed_texts"]

# What opens a record on this seat, as the audit log has it (a command is a process of its own:
# the records it opened before are in the log, not in memory).
_OPENING = ("record.view", "record.reveal", "record.verify")


def customers_open_on_seat(session: Session) -> list[int]:
    """The customers open on this seat: the live call's, those the desk has open and those this
    person opened within the policy's `clipboard_watch_minutes` (newest first)."""
    now = session.runtime.clock.now()
    minutes = session.policy.guards.clipboard_watch_minutes
    ids = session.open_customers.ids(now, minutes)
    since = utc_iso(now - timedelta(minutes=minutes))
    marks = ",".join("?" * len(_OPENING))
    numbers = session.db.execute(
        f"SELECT target FROM audit WHERE actor = ? AND action IN ({marks}) AND ts >= ? "
        "GROUP BY target ORDER BY max(seq) DESC",
        (session.staff_id, *_OPENING, since),
    )
    for (customer_no,) in numbers:
        ids += [i for i in ids_by_customer_no(session.db, str(customer_no)) if i not in ids]
    return ids


def typed_text(session: Session, text: str, about: Iterable[CustomerRow] = ()) -> MaskedText:
    """`text` (stripped) as it may be stored: the values of the customers open on this seat and
    of `about` masked, then numbers by their shape."""
    return typed_texts(session, [text], about)[0]


def typed_texts(
    session: Session, texts: Iterable[str], about: Iterable[CustomerRow] = ()
) -> list[MaskedText]:
    """`typed_text` for several texts at once (one look-up of the open customers)."""
    rows = {row.id: row for row in about}
    for customer_id in customers_open_on_seat(session):
        if customer_id not in rows and (
            row := load_customer(session.db, customer_id, session.opener)
        ):
            rows[customer_id] = row
    key = session.verifier_keys
    return [
        seal_masked(mask_quoting(session.policy, text.strip(), rows.values(), key))
        for text in texts
    ]
