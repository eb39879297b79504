"""Where a vault's files are (a module of its own: the desk's start needs the type, not the
database and cryptography of `store`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class VaultPaths:
    vault: Path

    @property
    def keys(self) -> Path:
        return self.vault.with_name(self.vault.name + ".keys")
