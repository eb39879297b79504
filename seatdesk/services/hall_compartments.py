"""What a sign-in at an enrolled seat does with the hall's compartment keys (issue 15).

Everyone: the keys their entry's boxes open (with the account's private key, which only their
password opens), nothing else. A security officer signed in while the hall is reachable is the
hall's custodian: if the hall has no generation yet, this session makes the first (new pairs,
each role's private halves sealed to every account of the directory, the escrow to every
officer); if a rotation is due (an account was disabled or changed role), the next one, sealed
to the accounts that remain (with a new lookup key version if the account searched customers:
the hall says `index_due`; the searching accounts keep the versions before, the chain);
otherwise it grants their boxes to the accounts that lack them (new accounts, role changes).
The admin's session never makes or sees a private half: only a security officer's token may
post them, and the boxes are sealed at the officer's seat.
See docs/hall-directory.md.
"""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import suppress
from dataclasses import dataclass, field, replace
from typing import Any

from seatdesk.link.client import HallClient, HallRefused, HallUnreachable
from seatdesk.policy.model import Policy
from seatdesk.policy.roles import Role
from seatdesk.services.directory_sign_in import HallAccess, SeatOnHall
from seatdesk.vault.compartment_keys import INDEX, NO_KEYS, HeldKeys
from seatdesk.vault.hall_compartments import (
    HallRecord,
    make_generation,
    missing_grants,
    open_boxes,
    role_names,
    seal_boxes,
)
from seatdesk.vault.hall_slots import new_access_key, seal_access, wrap_previous


@dataclass(frozen=True)
class HallHeld:
    """The hall's keys of a sign-in: what the account's boxes open, and the hall's current
    generation (None: the hall has none yet)."""

    held: HeldKeys = field(default=NO_KEYS, repr=False)
    current: HallRecord | None = None
    records: tuple[HallRecord, ...] = ()
    access_key: bytes | None = field(default=None, repr=False)  # a new one this session made


def hall_keys(seat: SeatOnHall, access: HallAccess, policy: Policy) -> HallHeld:
    """The hall's keys of this sign-in (a custodian's, online, after the upkeep above)."""
    entry = _entry(seat, access.staff_id)
    if entry is not None and entry["role"] == Role.SECURITY.value and access.online:
        with suppress(HallUnreachable, HallRefused):  # else the next custodian session does
            custodian_upkeep(seat, access, policy)
        entry = _entry(seat, access.staff_id)
        if entry is not None and entry.get("access") is not None:
            key, _ = seat.open_seat(entry, access.private)  # rewraps the box if it rotated
            if key != access.access_key:
                return replace(held_of(seat, access, entry), access_key=key)
    return held_of(seat, access, entry)


def held_of(seat: SeatOnHall, access: HallAccess, entry: Mapping[str, Any] | None) -> HallHeld:
    records = seat.records()
    if not records:
        return HallHeld()
    boxes = (entry or {}).get("boxes") or {}
    held = open_boxes(seat.hall.hall_id, access.staff_id, access.private, boxes, records)
    return HallHeld(held, records[-1], tuple(records))


def _entry(seat: SeatOnHall, staff_id: str) -> dict[str, Any] | None:
    signed = seat.cache.entries.get(staff_id)
    return None if signed is None else seat.checked(signed)


def _accounts(seat: SeatOnHall) -> list[tuple[str, Role, str, Mapping[str, Any]]]:
    """The enabled accounts of the seat's directory copy: (staff ID, role, public, boxes)."""
    found = []
    for signed in seat.cache.entries.values():
        entry = seat.checked(signed)
        if entry["disabled"] or not isinstance(entry.get("public"), str):
            continue
        boxes = entry.get("boxes") or {}
        found.append((entry["staff_id"], Role(entry["role"]), entry["public"], boxes))
    return found


def custodian_upkeep(
    seat: SeatOnHall, access: HallAccess, policy: Policy, *, with_access: bool = True
) -> str:
    """A security officer's session at the hall: the first generation, a due rotation, or the
    grants the directory lacks; returns what it did ("generation", "grant" or ""). At a sign-in
    (`with_access`) also a due rotation of the hall access key."""
    client = seat.client()
    listing = client.get("/v1/compartments")
    seat.remember({"generations": listing.get("generations", []), "version": 0})
    if with_access and listing.get("access_due"):
        chain = listing.get("access_chain") or []
        rotate_access(client, seat, access, len(chain) + 1)
    records = seat.records()
    mine = held_of(seat, access, _entry(seat, access.staff_id)).held
    if not records or (listing.get("rotation_due") and mine.custodian):
        carry = _carry_index(records, mine)
        if records and carry is None:
            return ""  # this officer cannot carry the lookup key: another one rotates
        new_index = bool(records) and bool(listing.get("index_due"))
        _post_generation(
            client, seat, access, policy, len(records) + 1, carry, mine, new_index=new_index
        )
        return "generation"
    if not mine.custodian:
        return ""
    grants = missing_grants(seat.hall.hall_id, policy, _accounts(seat), records, mine)
    if not grants:
        return ""
    answer = client.post(
        "/v1/compartments/grant",
        {"token": access.token, "boxes": grants, "since": seat.cache.version},
    )
    seat.remember(answer)
    return "grant"


def rotate_access(client: HallClient, seat: SeatOnHall, access: HallAccess, version: int) -> None:
    """A new hall access key, sealed to every enabled account, the one this session holds
    wrapped under it (each seat rewraps its box at its next sign-in: `SeatOnHall.open_seat`).
    This session keeps sealing the key it holds until its next sign-in."""
    hall_id = seat.hall.hall_id
    new = new_access_key()
    boxes = {
        staff_id: seal_access(hall_id, staff_id, public, new)
        for staff_id, _, public, _ in _accounts(seat)
    }
    answer = client.post(
        "/v1/compartments/access",
        {
            "token": access.token,
            "version": version,
            "previous": wrap_previous(hall_id, version, new, access.access_key),
            "access": boxes,
            "since": seat.cache.version,
        },
    )
    seat.remember(answer)


def _carry_index(records: list[HallRecord], held: HeldKeys) -> tuple[int, bytes] | None:
    if not records:
        return None
    version = records[-1].index_version
    key = held.keys.get(f"{INDEX}#{version}")
    return None if key is None else (version, key)


def _post_generation(
    client: HallClient,
    seat: SeatOnHall,
    access: HallAccess,
    policy: Policy,
    number: int,
    carry: tuple[int, bytes] | None,
    held: HeldKeys,
    *,
    new_index: bool = False,
) -> None:
    made = make_generation(seat.hall.hall_id, number, policy, carry, new_index=new_index)
    older = {n: k for n, k in held.lookup_only().keys.items() if n not in made.privates}
    boxes = {}
    for staff_id, role, public, had in _accounts(seat):
        names = role_names(policy, role, made.privates)
        grants = {n: made.privates[n] for n in sorted(names)}
        # the lookup key's versions before (the verifiers' chain) to a searcher lacking them
        lacking = role_names(policy, role, older) - set(had)
        grants.update({n: older[n] for n in sorted(lacking)})
        if grants:
            boxes[staff_id] = seal_boxes(seat.hall.hall_id, staff_id, public, grants)
    answer = client.post(
        "/v1/compartments/generation",
        {"token": access.token, "record": made.record, "boxes": boxes, "since": seat.cache.version},
    )
    seat.remember(answer)
