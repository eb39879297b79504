"""The Argon2id cost of the tests' key slots, in a module without other imports: the command-line
children of `tests/helpers/seatdesk_child.py` load it before anything of SeatDesk's is needed."""

from __future__ import annotations

from seatdesk.vault.kdf import KdfParams

# Argon2 at a test cost: the slot stores its parameters, so the code path is the production one.
TEST_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
