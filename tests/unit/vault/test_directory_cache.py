"""The seat's copy of the directory: newer entries replace older ones, never the reverse, and a
copy older than the keyring's mark says so."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from seatdesk.vault.directory_cache import DirectoryCache, cache_path
from seatdesk.vault.secret_store import MemorySecretStore


def signed(staff_id: str, version: int, disabled: bool = False) -> dict[str, Any]:
    entry = {"staff_id": staff_id, "version": version, "disabled": disabled}
    return {"entry": entry, "signature": "sig"}


def test_newer_entries_win_and_the_copy_round_trips(tmp_path: Path) -> None:
    cache = DirectoryCache(cache_path(tmp_path / "seat.vault"), "H1")
    cache.take([signed("ag1", 3), signed("ag2", 4)], 4)
    cache.take([signed("ag1", 2, disabled=True)], 4)  # an older answer arriving late
    assert cache.entries["ag1"]["entry"]["version"] == 3
    cache.take([signed("ag1", 5, disabled=True)], 5)
    cache.save()
    loaded = DirectoryCache.load(cache.path, "H1")
    assert loaded.version == 5 and loaded.entries["ag1"]["entry"]["disabled"] is True
    assert oct(cache.path.stat().st_mode & 0o777) == "0o600"


def test_a_copy_of_another_hall_or_a_damaged_one_is_empty(tmp_path: Path) -> None:
    cache = DirectoryCache(tmp_path / "d", "H1")
    cache.take([signed("ag1", 1)], 1)
    cache.save()
    assert DirectoryCache.load(cache.path, "H2").entries == {}
    cache.path.write_text("{not json")
    assert DirectoryCache.load(cache.path, "H1").entries == {}


def test_a_copy_older_than_the_keyrings_mark_is_known_for_what_it_is(tmp_path: Path) -> None:
    store = MemorySecretStore()
    cache = DirectoryCache(tmp_path / "d", "H1")
    cache.take([signed("ag1", 1)], 9)
    cache.raise_mark(store, "vault-1")
    old = DirectoryCache(tmp_path / "d", "H1", version=8)
    assert old.older_than_mark(store, "vault-1") and not cache.older_than_mark(store, "vault-1")
    cache.version = 3
    cache.raise_mark(store, "vault-1")  # the mark never goes down
    assert old.older_than_mark(store, "vault-1")
    assert not old.older_than_mark(None, "vault-1")  # no keyring: nothing to compare with
