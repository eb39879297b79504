"""A seat joins its hall's staff directory when its admin enrols it.

The first seat of a hall makes the directory: its admin becomes the hall's first account, and
the hall access key is made here and sealed to that account. Every later seat is joined by an
admin the directory already knows (same password as anywhere in the hall). Either way the
seat's data key is wrapped under the access key and the seat's device secret, and the seat's own
password slots are removed: from now on every sign-in here goes through the directory (the
recovery slot stays, for the security officer). Local accounts the directory does not know are
retired here (disabled in the seat's mirror, audited).
"""

from __future__ import annotations

from dataclasses import replace

from seatdesk.core.clock import utc_iso
from seatdesk.core.errors import AuthenticationError
from seatdesk.services.compartment_upkeep import keep_seat_custody
from seatdesk.services.directory_sign_in import HallAccess, SeatOnHall
from seatdesk.services.session import Session, mirror_entry
from seatdesk.vault.compartment_keys import NO_KEYS, HeldKeys
from seatdesk.vault.hall_slots import (
    new_access_key,
    new_account_keys,
    open_access,
    open_private,
    password_keys,
    seal_access,
    wrap_seat_key,
)
from seatdesk.vault.seat_hall import SeatHall, section_of


def join_directory(
    session: Session, hall: SeatHall, password: str, custodian: HeldKeys = NO_KEYS
) -> list[str]:
    """Join (the caller enrolled the seat and signed in with `password`); returns the local
    accounts retired because the hall's directory does not have them."""
    me, keyfile = session.staff_id, session.keyfile
    device = session._device_secret
    store = session.runtime.secret_store() if keyfile.key_storage == "keyring" else None
    seat = SeatOnHall(session.paths, keyfile, store, device, hall)  # not joined yet
    client = seat.client(timeout=10.0)
    kdf_answer = client.post("/v1/staff/kdf", {"staff_id": me})
    if kdf_answer.get("empty"):
        keys = new_account_keys(hall.hall_id, me, password, session.runtime.kdf)
        access_key = new_access_key()
        answer = client.post(
            "/v1/staff/bootstrap",
            {
                "staff_id": me,
                "display_name": session.display_name,
                "keys": keys.for_hall(),
                "access": seal_access(hall.hall_id, me, keys.public, access_key),
            },
        )
        private = keys.private
    else:
        proof = password_keys(me, password, kdf_answer["kdf"])
        answer = client.post(
            "/v1/staff/signin", {"staff_id": me, "proof": proof.proof_b64, "since": 0}
        )
        if answer.get("refused") is not None or answer.get("entry") is None:
            raise AuthenticationError(
                f"the hall's staff directory does not admit {me} with this password: give the "
                f"password {me} has at the hall (SEATDESK_HALL_PASSWORD), or have an admin of "
                "the hall add you (seatdesk user add at an enrolled seat), then enrol again"
            )
        entry = seat.checked(answer)
        if entry["role"] != "admin":
            raise AuthenticationError(f"{me} is not an admin in the hall's directory")
        private = open_private(hall.hall_id, me, proof, entry["wrapped_private"])
        access_key = open_access(hall.hall_id, me, private, entry["access"])
    box = wrap_seat_key(access_key, device, keyfile.vault_id, session._data_key)
    keyfile.set_hall(section_of(replace(hall, box=box), keyfile.vault_id, device))
    keep_seat_custody(session.db, keyfile, session.policy, custodian)
    keyfile.drop_password_slots()
    keyfile.save()
    joined = SeatOnHall(session.paths, keyfile, store, device, replace(hall, box=box))
    joined.remember(answer)
    known = {str(item["entry"]["staff_id"]) for item in answer.get("directory", [])}
    retired = _mirror(session, joined, answer, known)
    session.hall_access = HallAccess(
        hall.hall_id, me, True, str(answer["token"]), access_key, private
    )
    return retired


def _mirror(
    session: Session, seat: SeatOnHall, answer: dict[str, object], known: set[str]
) -> list[str]:
    now = utc_iso(session.runtime.clock.now())
    db = session.db
    directory = answer.get("directory")
    assert isinstance(directory, list)
    with db.transaction():
        for item in directory:
            mirror_entry(db, seat.checked(item), now)
        local = [str(r[0]) for r in db.execute("SELECT staff_id FROM staff WHERE disabled = 0")]
        retired = [
            staff_id for staff_id in local if staff_id not in known and staff_id != session.staff_id
        ]
        for staff_id in retired:
            db.execute("UPDATE staff SET disabled = 1 WHERE staff_id = ?", (staff_id,))
            session.audit.append(
                session.staff_id,
                "staff.retired",
                target=staff_id,
                detail={"reason": "not in the hall's directory"},
            )
    return retired
