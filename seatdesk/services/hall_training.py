"""Training results through the hall (issue 18): on a seat enrolled with a hall, a person's
confidentiality training results are the hall's, so a pass recorded at seat A opens customer data
at seat B, and the officer's register at B shows the hall's people.

Recording (the officer's session or import, a person's own assessment) posts the results to the
hall first, with the recorder's token; the hall checks the token (a security officer's, or for an
assessment the graded person's own) and stores each result once by its id. Only when the hall has
them are they written and audited here as on any seat. If the hall cannot be reached, nothing is
recorded and the recorder is told to try again when it is back: recording is not urgent, and the
seat's outbox carries items the hall applies without a person's token, which this check needs
(a token proves a sign-in for 14 hours only, so a queued result could not be checked later).

The seat asks the hall for the results at every online sign-in (the person's own and the
approvers', who may sign at this seat), when the hall says results changed, and when the
officer opens the register (all of them), and keeps them in `hall_training_results`. The gate
counts those and this seat's own results. A pass is a fact and its lapse follows from its day by
the policy in force, so an offline seat decides from what it last fetched for as long as it is
offline: what it can miss is only a newer pass recorded elsewhere (the safe side: it refuses).
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from datetime import date
from typing import Any

from seatdesk.core.clock import utc_iso
from seatdesk.link.client import HallClient, HallRefused, HallUnreachable
from seatdesk.services.directory_sign_in import SeatOnHall
from seatdesk.services.session import Session, mirror_entry
from seatdesk.vault.db import VaultDb

TIMEOUT = 10.0  # seconds


def new_result_id() -> str:
    return "TR" + secrets.token_hex(8).upper()


def _client_and_token(session: Session) -> tuple[HallClient, str] | None:
    access = session.hall_access
    if access is None or not access.online or not access.token:
        return None
    seat = SeatOnHall.of(session.runtime, session.paths, session.keyfile)
    return seat.client(TIMEOUT), access.token


def post_results(session: Session, source: str, results: Sequence[dict[str, Any]]) -> None:
    """Give the hall `results` (each with its `result_id`); raises, and nothing is recorded, if
    the hall cannot be reached or refuses."""
    link = _client_and_token(session)
    if link is None:
        raise HallUnreachable(
            "this seat's training results are the hall's, and this sign-in was made while the "
            "hall was away: nothing was recorded; sign in again when the hall is reachable",
            code="training.no_hall",
        )
    client, token = link
    try:
        client.post(
            "/v1/training/record", {"source": source, "results": list(results), "token": token}
        )
    except HallUnreachable:
        raise HallUnreachable(
            "the hall cannot be reached, and this seat's training results are the hall's: "
            "nothing was recorded; record them again when the hall is reachable",
            code="training.no_hall",
        ) from None
    except HallRefused as exc:
        raise HallRefused(exc.status, f"the hall refused the training results: {exc.error}") from (
            None
        )


def as_posted(
    result_id: str, staff_id: str, course: str, held_on: date, score: int, pass_mark: int,
    passed: bool, valid_until: date | None,
) -> dict[str, Any]:  # fmt: skip
    return {
        "result_id": result_id, "staff_id": staff_id, "course": course,
        "held_on": held_on.isoformat(), "score": score, "pass_mark": pass_mark, "passed": passed,
        "valid_until": valid_until.isoformat() if valid_until else None,
    }  # fmt: skip


def pull_results(session: Session) -> int:
    """The hall's results this sign-in may see (all for the security officer, the person's own
    otherwise), kept in the vault; returns how many. HallUnreachable / HallRefused if not."""
    link = _client_and_token(session)
    if link is None:
        return 0
    return keep_results(session, session.db, *link)


def keep_results(session: Session, db: VaultDb, client: HallClient, token: str) -> int:
    """Fetch with `client` and keep in `db` (the session's, or the hall worker's own)."""
    answer = client.post("/v1/training/results", {"token": token})
    items = answer.get("results")
    if not isinstance(items, list):
        raise HallUnreachable("the hall's training results are malformed")
    now = utc_iso(session.runtime.clock.now())
    with db.transaction():
        for item in items:
            db.execute(
                "INSERT OR REPLACE INTO hall_training_results(result_id, staff_id, display_name, "
                "role, course, held_on, score, pass_mark, passed, valid_until, fetched_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    str(item["result_id"]), str(item["staff_id"]), str(item["display_name"]),
                    str(item["role"]), str(item["course"]), str(item["held_on"]),
                    int(item["score"]), int(item["pass_mark"]), int(bool(item["passed"])),
                    item["valid_until"], now,
                ),
            )  # fmt: skip
    return len(items)


def refresh_in_worker(session: Session, db: VaultDb, client: HallClient) -> None:
    """The hall worker, told that results changed at the hall: fetch them on its connection."""
    access = session.hall_access
    if access is None or not access.online or not access.token:
        return
    try:
        keep_results(session, db, client, access.token)
    except (HallRefused, KeyError, TypeError, ValueError):
        return  # a sign-in the hall forgot, or a malformed answer: the last fetched stand


def refresh_quietly(session: Session) -> None:
    """At sign-in: the hall's results if it answers; the last fetched ones stand otherwise."""
    try:
        pull_results(session)
    except (HallUnreachable, HallRefused, KeyError, TypeError, ValueError):
        return


def known_staff(session: Session) -> set[str]:
    """The staff IDs results may be recorded for: the vault's staff table, which on an enrolled
    seat is the hall directory's mirror, completed first from the seat's directory copy (a hall
    person who never signed in here, before the worker's refresh mirrored them)."""
    if session.on_hall_directory:
        seat = SeatOnHall.of(session.runtime, session.paths, session.keyfile)
        mirrored = {str(r[0]) for r in session.db.execute("SELECT staff_id FROM staff")}
        now = utc_iso(session.runtime.clock.now())
        with session.db.transaction():
            for staff_id, signed in seat.cache.entries.items():
                if staff_id not in mirrored:
                    mirror_entry(session.db, seat.checked(signed), now)
    return {str(r[0]) for r in session.db.execute("SELECT staff_id FROM staff")}


def hall_people(session: Session) -> list[tuple[str, str, str]]:
    """(staff ID, name, role) of the hall's people with results here, not in the staff table."""
    rows = session.db.execute(
        "SELECT staff_id, max(display_name), max(role) FROM hall_training_results "
        "WHERE staff_id NOT IN (SELECT staff_id FROM staff) AND role <> '' "
        "GROUP BY staff_id ORDER BY staff_id"
    )
    return [(str(r[0]), str(r[1]), str(r[2])) for r in rows]
