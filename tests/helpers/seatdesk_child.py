"""`python -m tests.helpers.seatdesk_child ARGS` is `seatdesk ARGS` in a process of its own (the
real entry point, argument parsing, keyring, files and exit codes), with one change: the key
slots and hall accounts it makes cost Argon2id at TEST_KDF, not at the production default
(t=3, 64 MiB, p=2: about 0.3 s a sign-in here, paid by every command of every e2e test).

Why here and not a setting of SeatDesk's: a switch in the product (an environment variable, a
policy value) would be a way to make weak slots on a real seat; a module under tests/, which is
not installed with SeatDesk, is none. The code path is the production one: a slot stores its
parameters and every sign-in reads them from there (`vault/keyslots.py`), as it does for the
vaults the in-process tests make at TEST_KDF. `tests/e2e/test_cli_kdf_cost.py` checks that
`python -m seatdesk` itself still makes production-cost slots.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from seatdesk import __main__ as entry
from seatdesk import app
from seatdesk.core.paths import AppPaths
from seatdesk.services.runtime import Runtime
from tests.helpers.kdf_cost import TEST_KDF

_production_runtime = app.build_runtime


def _test_cost_runtime(paths: AppPaths | None = None) -> Runtime:
    runtime = _production_runtime(paths)
    runtime.kdf = TEST_KDF
    return runtime


def child_command(*args: str) -> list[str]:
    """The argv of `seatdesk ARGS` at the tests' Argon2 cost (see child_env for its path)."""
    return [sys.executable, "-m", "tests.helpers.seatdesk_child", *args]


def child_env(env: dict[str, str]) -> dict[str, str]:
    """`env` with this checkout first on the child's path, wherever the test's folder is."""
    root = str(Path(__file__).resolve().parents[2])
    rest = env.get("PYTHONPATH")
    return env | {"PYTHONPATH": root + (os.pathsep + rest if rest else "")}


if __name__ == "__main__":
    app.build_runtime = _test_cost_runtime
    entry.main()
