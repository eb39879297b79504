"""The seat's copy of its hall's staff directory (`<vault>.directory`), for signing in offline.

The latest hall-signed entry of every account: name, role, disabled, version, and its key
material (Argon2id parameters, the private key wrapped under the password, the access key sealed
to the public key: nothing that opens without the password; the hall's verifier is not here).

Signatures make edits useless; they cannot make an old copy of the file fail. For that the seat
keeps the highest directory version it has seen in its keyring: a file older than that mark is
refused offline (a restored copy), and the hall itself answers online.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from seatdesk.core.files import write_atomically
from seatdesk.vault.secret_store import SecretStore

FORMAT = "seatdesk-directory/1"


def mark_name(vault_id: str) -> str:
    return f"{vault_id}/directory-version"


def cache_path(vault: Path) -> Path:
    return vault.with_name(vault.name + ".directory")


@dataclass
class DirectoryCache:
    path: Path
    hall_id: str
    version: int = 0
    entries: dict[str, dict[str, Any]] = field(default_factory=dict, repr=False)
    # The hall's compartment generations, as it signed them (issue 15): public halves only.
    generations: list[dict[str, Any]] = field(default_factory=list, repr=False)
    # The hall access key's chain (each key before wrapped under the next; issue 15).
    access_chain: list[dict[str, Any]] = field(default_factory=list, repr=False)

    @classmethod
    def load(cls, path: Path, hall_id: str) -> DirectoryCache:
        """The cache, or an empty one (none yet, another hall's, or unreadable: the seat then
        signs in only online, which is the safe side)."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            return cls(path, hall_id)
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            return cls(path, hall_id)
        if data.get("hall_id") != hall_id or not isinstance(data.get("version"), int):
            return cls(path, hall_id)
        entries = data.get("entries")
        if not isinstance(entries, dict):
            return cls(path, hall_id)
        generations = data.get("generations")
        if not isinstance(generations, list):
            generations = []
        chain = data.get("access_chain")
        if not isinstance(chain, list):
            chain = []
        return cls(path, hall_id, int(data["version"]), entries, generations, chain)

    def save(self) -> None:
        data = {
            "format": FORMAT,
            "hall_id": self.hall_id,
            "version": self.version,
            "entries": self.entries,
            "generations": self.generations,
            "access_chain": self.access_chain,
        }
        payload = json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False).encode()
        write_atomically(self.path, payload, mode=0o600, suffix=".tmp", shared=True)

    def take(self, signed: list[dict[str, Any]], version: int) -> None:
        """Entries from the hall (checked by the caller), and the directory version reached."""
        for item in signed:
            entry = item["entry"]
            known = self.entries.get(entry["staff_id"])
            if known is None or int(known["entry"]["version"]) <= int(entry["version"]):
                self.entries[entry["staff_id"]] = item
        self.version = max(self.version, version)

    def take_generations(self, signed: list[dict[str, Any]]) -> None:
        """The hall's generation records (checked by the caller): the longer list wins (the
        hall only ever adds one)."""
        if len(signed) >= len(self.generations):
            self.generations = list(signed)

    def older_than_mark(self, store: SecretStore | None, vault_id: str) -> bool:
        if store is None:
            return False
        mark = store.get(mark_name(vault_id))
        return mark is not None and int.from_bytes(mark, "big") > self.version

    def raise_mark(self, store: SecretStore | None, vault_id: str) -> None:
        if store is None:
            return
        mark = store.get(mark_name(vault_id))
        if mark is None or int.from_bytes(mark, "big") < self.version:
            store.put(mark_name(vault_id), self.version.to_bytes(8, "big"))
