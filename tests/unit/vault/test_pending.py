"""The pending-replacement marker beside a vault: a crash after it is rolled forward, but a
marker crafted to name other files (or damaged) renames nothing and says so."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from seatdesk.core.errors import VaultUnreadable
from seatdesk.vault.pending import finish_pending, marker_path


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    folder = tmp_path / "seat"
    folder.mkdir()
    path = folder / "hall.vault"
    path.write_bytes(b"old vault")
    (folder / "hall.vault.keys").write_bytes(b"old keys")
    return path


def test_an_interrupted_replacement_is_rolled_forward(vault: Path) -> None:
    new = vault.with_name(vault.name + ".restore.partial")
    new.write_bytes(b"new vault")
    marker_path(vault).write_text(json.dumps([[str(new), str(vault)]]))
    assert finish_pending(vault) is True
    assert vault.read_bytes() == b"new vault" and not marker_path(vault).exists()


@pytest.mark.parametrize("target", ["outside", "other-name", "keys-elsewhere"])
def test_a_marker_naming_another_file_renames_nothing(
    vault: Path, tmp_path: Path, target: str
) -> None:
    victim = {
        "outside": tmp_path / "important.txt",
        "other-name": vault.with_name("notes.txt"),
        "keys-elsewhere": tmp_path / "hall.vault.keys",
    }[target]
    victim.write_bytes(b"keep me")
    source = vault.with_name(vault.name + ".restore.partial")
    source.write_bytes(b"attacker's bytes")
    marker_path(vault).write_text(json.dumps([[str(source), str(victim)]]))
    with pytest.raises(VaultUnreadable, match="damaged or names other files"):
        finish_pending(vault)
    assert victim.read_bytes() == b"keep me" and vault.read_bytes() == b"old vault"
    assert marker_path(vault).exists()  # left for a person to look at


@pytest.mark.parametrize("content", ["{not json", "{}", "[[1, 2]]", '[["a"]]', "\xff"])
def test_a_damaged_marker_is_a_clear_error(vault: Path, content: str) -> None:
    marker_path(vault).write_bytes(content.encode("utf-8", "surrogateescape"))
    with pytest.raises(VaultUnreadable, match="damaged"):
        finish_pending(vault)
    assert vault.read_bytes() == b"old vault"
