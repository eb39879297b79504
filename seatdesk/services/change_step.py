"""The hall worker's change-set step: at each round (and when the feed announces a change set),
apply what the hall has that this seat has not, on the worker's own vault connection, while the
desk keeps serving pops (WAL). Returns what the status bar shows of it."""

from __future__ import annotations

import logging

from seatdesk.core.errors import SeatDeskError
from seatdesk.services.change_apply import ChangeApplier, customer_data, refused_change_set
from seatdesk.services.hall_link import SeatLink
from seatdesk.vault.db import VaultDb

log = logging.getLogger("seatdesk.change_sets")


def change_round(
    db: VaultDb, applier: ChangeApplier, link: SeatLink, *, reached: bool
) -> dict[str, object]:
    """One catch-up if the hall was `reached` this round; the LinkState fields it sets (from the
    vault alone when offline)."""
    changes: dict[str, object] = {}
    if reached and link.enrolled:
        try:
            result = applier.catch_up(link.client(timeout=30.0))
            # Before anyone published, no seat has a key and nothing waits: nothing to say.
            missing = result.hdk_missing and result.hall_has_hdk
            changes = {"hdk_missing": missing, "change_sets_behind": result.behind}
        except SeatDeskError as exc:  # unreachable: the sync step says so
            log.info("change sets not fetched: %s", type(exc).__name__)
        except Exception as exc:  # the worker goes on; the next round tries again
            log.warning("change sets not applied: %s", type(exc).__name__)
    data = customer_data(db)
    refused = refused_change_set(db)
    return changes | {
        "customer_data_seq": data.seq if data else 0,
        "customer_data_at": (data.published_at or data.at) if data else "",
        "change_set_refused": refused[1] if refused else "",
    }
