"""The Argon2id cost of a password slot (a module of its own: the desk's start needs the type,
not the cryptography of `keyslots`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. Stored per slot, so raising the default never locks out old slots."""

    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 2
