"""The seat's copy of the hall's staff directory, kept fresh by the hall worker: a change at the
hall (an account added, a password changed, an account disabled or locked) reaches every online
seat with the next pushed event, so a seat that then loses the hall signs in from a current copy.
The hall's training results come with it: a result recorded at another seat is published as a
"training" event, which the worker handles as a directory change."""

from __future__ import annotations

from contextlib import suppress

from seatdesk.core.clock import utc_iso
from seatdesk.link.client import HallClient, HallRefused, HallUnreachable
from seatdesk.policy.roles import Role
from seatdesk.services.custody_move import follow_hall
from seatdesk.services.directory_sign_in import SeatOnHall
from seatdesk.services.hall_compartments import custodian_upkeep
from seatdesk.services.hall_training import refresh_in_worker
from seatdesk.services.session import Session, mirror_entry
from seatdesk.vault.db import VaultDb
from seatdesk.vault.keyslots import KeyFile


def refresh_directory(session: Session, db: VaultDb, client: HallClient) -> bool:
    """Fetch what changed since the seat's copy, keep it, mirror it into the vault (on the
    worker's own connection); returns whether the signed-in account is still active."""
    keyfile = KeyFile.load(session.paths.keys)
    if keyfile.hall is None:
        return True
    seat = SeatOnHall.of(session.runtime, session.paths, keyfile)
    answer = client.get(f"/v1/staff/directory?since={seat.cache.version}")
    seat.remember(answer)
    access = session.hall_access
    if session.role is Role.SECURITY and access is not None and access.online:
        with suppress(HallUnreachable, HallRefused):  # grants and rotations, at the news
            custodian_upkeep(seat, access, session.runtime.policy, with_access=False)
    records = seat.records()
    if records:  # what is written here from now on is sealed for the hall's generation
        follow_hall(db, records[-1])
    now = utc_iso(session.runtime.clock.now())
    active = True
    with db.transaction():
        for item in answer.get("directory", []):
            entry = seat.checked(item)
            mirror_entry(db, entry, now)
            if entry["staff_id"] == session.staff_id and entry["disabled"]:
                active = False
    refresh_in_worker(session, db, client)  # a pass recorded at another seat counts here too
    return active
