"""Apply the hall's change sets at a seat in a process of its own, to be killed with SIGKILL by
the test while it is inside the apply's write transaction: prints "inside" once everything is
written (the customers, their audit entries, the applied seq) but nothing committed, and then
waits on stdin for ever."""

from __future__ import annotations

import sys
from pathlib import Path

from seatdesk.app import load_default_policy
from seatdesk.core.clock import SystemClock
from seatdesk.services.change_apply import ChangeApplier
from seatdesk.services.hall_link import HallLink
from seatdesk.services.runtime import Runtime, VaultPaths
from seatdesk.services.session import sign_in
from tests.helpers.vaults import PASSWORDS, TEST_KDF, keyring_of


def inside() -> None:
    print("inside", flush=True)
    sys.stdin.readline()  # the test kills this process here


def main() -> None:
    vault, _vault_id, keyring = sys.argv[1:4]
    store = keyring_of(keyring)
    runtime = Runtime(
        clock=SystemClock(),
        policy=load_default_policy(),
        seat="seat-07",
        secret_store_factory=lambda: store,
        kdf=TEST_KDF,
    )
    session = sign_in(runtime, VaultPaths(Path(vault)), "agent01", PASSWORDS["agent01"])
    applier = ChangeApplier(
        session.db, session.audit, session.policy, runtime.clock.now, before_commit=inside
    )
    applier.catch_up(HallLink(session).client())
    print("finished", flush=True)


if __name__ == "__main__":
    main()
