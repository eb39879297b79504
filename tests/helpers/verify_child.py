"""One verify attempt by agent01 in a desk process of its own (the counter is the hall's, not a
desk's): prints the outcome as JSON, or the refusal's code."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from seatdesk.app import load_default_policy
from seatdesk.core.clock import SystemClock
from seatdesk.core.errors import SeatDeskError
from seatdesk.services import door
from seatdesk.services.factory import Services
from seatdesk.services.runtime import Runtime, VaultPaths
from tests.helpers.vaults import PASSWORDS, TEST_KDF, keyring_of


def main() -> None:
    vault, keyring, customer_id, field, mode, typed = sys.argv[1:7]
    store = keyring_of(keyring)
    runtime = Runtime(
        clock=SystemClock(),
        policy=load_default_policy(),
        seat="seat-07",
        secret_store_factory=lambda: store,
        kdf=TEST_KDF,
    )
    who = door.sign_in(runtime, VaultPaths(Path(vault)), "agent01", PASSWORDS["agent01"])
    with Services(who) as services:
        try:
            out = services.verifier.verify(int(customer_id), field, typed, mode)
        except SeatDeskError as exc:
            print(json.dumps({"refused": exc.code}), flush=True)
            return
    print(json.dumps({"matched": out.matched, "remaining": out.remaining, "locked": out.locked,
                      "no_data": out.no_data, "at_hall": out.at_hall}), flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
