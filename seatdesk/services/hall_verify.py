"""一类 verification at the hall, the seat's side (issue 15).

On an enrolled seat a 一类 answer the person's keys do not open is checked by the hall, where the
attempts are counted and audited (`hall.verify_routes`), never against anything the seat keeps:

- **Tags.** Per customer and 一类 form (`class1_forms`), the tag is a BLAKE2b under
  HKDF(hall data key, "seatdesk/hall-verifier/v1") of the form's keyed verifier (the stored
  `customers.verifiers` part, `records.verifiers.hall_tag`). Deriving it from the keyed verifier,
  not from the clear value, lets any session that keys verifiers give the hall its tags without
  opening a 一类 compartment; a holder of the data key, the lookup key and the hall data key could
  compute either. The hall keeps HMAC(pepper, tag).
- **Who sends them.** `send_tags` posts the tags of every customer whose stored blob still holds
  a 一类 part, then zeroes those parts, so a copy of the vault tests no 一类 guess. It runs at the
  sign-in of an importer or a custodian (the roles the hall takes tags from: an agent's tag could
  set a customer's answer to one the agent chose), after a local import and after a publish. The
  blob is the queue: with the hall away the parts stay, under the data key, until the next run.
- **Verify.** `verify_at_hall` sends the tag of what the caller said with the person's token and
  the call id; the hall answers match / no_match / locked / hour_limit / no_data and the tries
  left. No answer from the hall is a refusal, never a local comparison.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from seatdesk.core.errors import PermissionDenied
from seatdesk.hall import verify_rules as vr
from seatdesk.link import change_transfer as wire
from seatdesk.link.client import HallClient, HallRefused, HallUnreachable
from seatdesk.policy.model import Policy
from seatdesk.policy.roles import Role
from seatdesk.records.customers import customers_version
from seatdesk.records.verifiers import (
    hall_tag,
    keyed_part,
    keyed_version,
    spoken_keyed_versions,
    without_forms,
)
from seatdesk.services.compartment_upkeep import verifier_keys_by_lineage
from seatdesk.services.directory_sign_in import SeatOnHall
from seatdesk.services.hall_keys import HallKeys
from seatdesk.services.session import Session
from seatdesk.vault.compartment_keys import index_version, lineage_start
from seatdesk.vault.db import VaultDb
from seatdesk.vault.schema import get_meta, set_meta
from seatdesk.vault.sealing import hkdf

TIMEOUT = 10.0  # seconds
CHUNK = 1000  # customers read (and zeroed) a transaction
WRITERS = frozenset({Role.ADMIN, Role.SUPERVISOR, Role.SECURITY})  # as the hall's WRITERS
_SENT = "hall.verifiers_sent"  # meta: the customers' version when nothing was left to send
AWAY = "the hall checks 一类 answers; it cannot be reached: nothing was compared"


@dataclass(frozen=True)
class HallAnswer:
    outcome: str  # match, no_match, locked, hour_limit, no_data
    remaining: int


def class1_forms(policy: Policy) -> frozenset[tuple[str, str]]:
    """The hall's forms of the fields that are 一类 under `policy` (the birth date too when the
    ID number is: it is read from it)."""
    class1 = {name for name in ("id_number", "bank_card", "birth_date")}
    class1 = {name for name in class1 if policy.field(name).field_class == "一类"}
    if "id_number" in class1:
        class1.add("birth_date")
    return frozenset(form for form in vr.FORMS if form[0] in class1)


def enrolled(db: VaultDb) -> bool:
    return get_meta(db, "hall.seat_id") is not None


def _link(session: Session) -> tuple[HallClient, str] | None:
    access = session.hall_access
    if access is None or not access.online or not access.token:
        return None
    seat = SeatOnHall.of(session.runtime, session.paths, session.keyfile)
    return seat.client(TIMEOUT), access.token


def tag_key(db: VaultDb, client: HallClient, *, create: bool = False) -> bytes | None:
    """The hall-verifier key, from the hall data key (taken from the hall if it has one sealed
    for this seat; made, with `create`, if no seat of the hall has made it yet); None without.

    Only a writer of clear values makes it (an import here, or the first publisher): a sign-in
    or a verify that made it would leave the hall's other seats waiting for this one to share
    it before they could publish."""
    keys = HallKeys(db)
    hdk = keys.hdk()
    if hdk is None:
        keys.register(client)
        listing = wire.listing(client, 0)
        if not keys.take(listing) and listing.get("hdk_id") is None and create:
            keys.create(client)
        hdk = keys.hdk()
    return None if hdk is None else hkdf(hdk, salt=None, info=vr.TAG_INFO)


def send_tags(session: Session, *, create: bool = False) -> int:
    """Give the hall the tags of every customer whose blob still holds a 一类 part and zero
    those parts; returns how many customers. HallUnreachable / HallRefused if the hall fails
    (what was sent before stays sent and zeroed; the rest waits in the blobs)."""
    link = _link(session)
    if session.role not in WRITERS or link is None or not enrolled(session.db):
        return 0
    client, token = link
    forms = class1_forms(session.policy)
    db, done, last = session.db, 0, 0
    if get_meta(db, _SENT) == json.dumps(customers_version(db)):
        return 0  # no customer row changed since every 一类 part was sent: no page is read
    key = tag_key(db, client, create=create)
    if key is None or not forms:
        return 0
    lineage = lineage_start(index_version(db))
    while True:
        rows = db.execute(
            "SELECT id, customer_no, verifiers FROM customers WHERE id > ? AND verifiers "
            "IS NOT NULL ORDER BY id LIMIT ?",
            (last, CHUNK),
        )
        if not rows:
            break
        last = int(rows[-1][0])
        tags: list[dict[str, Any]] = []
        zeroed: list[tuple[bytes, int]] = []
        for customer_id, customer_no, blob in rows:
            layers = keyed_version(bytes(blob))
            # the absolute version of the lookup key the blob is keyed under (the vault's
            # current lineage: the seat's own, or its hall's once it uses the hall's keys)
            version = None if layers is None else lineage + layers - 1
            parts = {f: keyed_part(bytes(blob), *f) for f in forms}
            found = {f: p for f, p in parts.items() if p is not None}
            if not found:
                continue
            for (field, mode), part in sorted(found.items()):
                tag = hall_tag(key, str(customer_no), field, mode, part)
                tags.append({"customer_no": str(customer_no), "field": field, "mode": mode,
                             "tag": tag.hex(), "version": version})  # fmt: skip
            zeroed.append((without_forms(bytes(blob), forms), int(customer_id)))
        for start in range(0, len(tags), vr.MAX_TAGS):
            client.post(
                "/v1/verify/tags", {"token": token, "tags": tags[start : start + vr.MAX_TAGS]}
            )
        with db.transaction():
            db.executemany("UPDATE customers SET verifiers = ? WHERE id = ?", zeroed)
        done += len(zeroed)
    with db.transaction():
        set_meta(db, _SENT, json.dumps(customers_version(db)))
    if done:
        session.audit.append(session.staff_id, "hall.verifiers", detail={"customers": done})
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # no page with a 一类 verifier stays in WAL
    return done


def note_elsewhere(db: VaultDb, numbers: list[str]) -> None:
    """Inside a change set's write transaction: these customers' tags are the publisher's to
    give the hall (it did when it published); this seat only zeroes their 一类 verifiers."""
    db.executemany(
        "INSERT OR IGNORE INTO hall_tags_elsewhere(customer_no) VALUES (?)",
        [(n,) for n in numbers],
    )


def zero_elsewhere(db: VaultDb, policy: Policy) -> int:
    """Zero the 一类 verifiers of the customers another seat's change set wrote, once keyed (a
    blind write's wait for a holder of the lookup key); returns how many were zeroed."""
    forms = class1_forms(policy)
    rows = db.execute(
        "SELECT e.customer_no, c.id, c.verifiers FROM hall_tags_elsewhere e "
        "LEFT JOIN customers c ON c.customer_no = e.customer_no"
    )
    zeroed: list[tuple[bytes, int]] = []
    done: list[tuple[str]] = []
    for customer_no, customer_id, blob in rows:
        if customer_id is None:
            done.append((str(customer_no),))  # removed since
            continue
        tags = None if blob is None else bytes(blob)
        if tags is None or keyed_version(tags) is None:
            continue  # sealed for the lookup key still: keyed at a holder's sign-in, then zeroed
        zeroed.append((without_forms(tags, forms), int(customer_id)))
        done.append((str(customer_no),))
    if not done:
        return 0
    with db.transaction():
        db.executemany("UPDATE customers SET verifiers = ? WHERE id = ?", zeroed)
        db.executemany("DELETE FROM hall_tags_elsewhere WHERE customer_no = ?", done)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return len(zeroed)


def upkeep_at_sign_in(session: Session) -> None:
    """At an enrolled seat's sign-in: zero what other seats' change sets wrote, then (an importer
    or a custodian, the hall answering) give the hall the rest and zero it."""
    if not enrolled(session.db):
        return
    zero_elsewhere(session.db, session.policy)
    send_tags_quietly(session)


def send_tags_quietly(session: Session, *, create: bool = False) -> int:
    """At sign-in and after a write: the hall takes the tags if it answers; otherwise they wait."""
    try:
        return send_tags(session, create=create)
    except (HallUnreachable, HallRefused, KeyError, TypeError, ValueError):
        return 0


def verify_at_hall(
    session: Session, customer_no: str, field: str, mode: str, typed: str, call_id: str
) -> HallAnswer | None:
    """One attempt, counted and compared by the hall. Raises (nothing compared here) if the
    hall cannot be reached, or refuses. None: no seat of the hall has made the hall data key
    yet (nothing was published or imported at an enrolled seat), so the hall holds no tag and
    this seat gave it none: its own verifiers are whole, and it verifies as a seat without a
    hall (the policy's `class1_verify`) until an import or a publisher makes the key."""
    link = _link(session)
    if link is None:
        raise HallUnreachable(
            "the hall checks 一类 answers, and this sign-in was made while it was away: "
            "nothing was compared; sign in again when the hall is reachable",
            code="verify.hall_away",
        )
    client, token = link
    try:
        key = tag_key(session.db, client)
        if key is None and wire.listing(client, 0).get("hdk_id") is None:
            return None
        if key is None:
            raise PermissionDenied(
                "this seat does not hold the hall data key yet (another enrolled seat gives it "
                "when online): 一类 answers cannot be checked here yet",
                code="verify.no_hdk",
            )
        # One tag per version of the lookup key held (of each lineage: the seat's own, its
        # hall's); the hall compares only the one of the version its stored tag was made
        # under. What cannot be a value of the field is still an attempt: it matches nothing.
        tags: dict[str, str] = {}
        for start, lineage_keys in verifier_keys_by_lineage(session.db, session.held):
            said = spoken_keyed_versions(lineage_keys, customer_no, field, mode, typed)
            for n, keyed in enumerate(said):
                tags[str(start + n)] = hall_tag(key, customer_no, field, mode, keyed).hex()
        if not tags:
            tags["0"] = hall_tag(key, customer_no, field, mode, b"\x00").hex()
        answer = client.post(
            "/v1/verify",
            {
                "token": token, "customer_no": customer_no, "field": field, "mode": mode,
                "tags": dict(list(tags.items())[: vr.MAX_VERSIONS]), "call_id": call_id,
                "per_call": session.policy.limits.verify_attempts_per_call,
            },
        )  # fmt: skip
    except HallUnreachable:
        raise HallUnreachable(AWAY, code="verify.hall_away") from None
    return HallAnswer(str(answer["outcome"]), int(answer["remaining"]))
