"""What every service needs from the outside world, built once by the composition root."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from seatdesk.core.clock import Clock
from seatdesk.policy.model import Policy
from seatdesk.vault.kdf import KdfParams
from seatdesk.vault.paths import VaultPaths
from seatdesk.vault.secret_store import SecretStore

__all__ = ["Runtime", "VaultPaths"]


@dataclass
class Runtime:
    clock: Clock
    policy: Policy
    seat: str
    secret_store_factory: Callable[[], SecretStore]
    kdf: KdfParams = field(default_factory=KdfParams)
    _store: SecretStore | None = field(default=None, init=False, repr=False)

    def secret_store(self) -> SecretStore:
        """The seat's keyring, opened on first use (raises KeyStorageError if there is none)."""
        if self._store is None:
            self._store = self.secret_store_factory()
        return self._store
