"""Run one lifecycle operation in a child process, to be killed with SIGKILL at a random moment
by test_crash_safety.py. Prints "go" just before the operation starts."""

from __future__ import annotations

import sys
from pathlib import Path

from seatdesk.app import load_default_policy
from seatdesk.core.clock import SystemClock
from seatdesk.services.backups import backup, rekey, restore
from seatdesk.services.lifecycle import purge
from seatdesk.services.runtime import Runtime, VaultPaths
from seatdesk.services.session import sign_in
from tests.helpers.vaults import PASSWORDS, TEST_KDF, keyring_of


def main() -> None:
    operation, vault, _vault_id, keyring, extra = sys.argv[1:6]
    store = keyring_of(keyring)  # a copy of the seat's keyring
    runtime = Runtime(
        clock=SystemClock(),
        policy=load_default_policy(),
        seat="crash",
        secret_store_factory=lambda: store,
        kdf=TEST_KDF,
    )
    paths = VaultPaths(Path(vault))
    if operation == "restore":
        recovery_key, source = extra.split("|", 1)
        print("go", flush=True)
        restore(runtime, Path(source), paths, recovery_key, force=True)
        return
    staff = {"backup": "admin01", "rekey": "admin01", "purge": "sec01"}[operation]
    session = sign_in(runtime, paths, staff, PASSWORDS[staff])
    print("go", flush=True)
    if operation == "backup":
        backup(session, Path(extra))
    elif operation == "rekey":
        rekey(session)
    else:
        purge(session, dry_run=False)
    session.close()


if __name__ == "__main__":
    main()
