"""The hall's verifier pepper (issue 15): made 0600 in the hall's folder on first need (a hall
folder from before), the same on every read, refused when damaged, and never made outside a
hall folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from seatdesk.core.errors import UsageError
from seatdesk.hall.files import PEPPER, HallDir


def test_an_older_hall_folder_gets_one_pepper_0600(tmp_path: Path) -> None:
    (tmp_path / "ca.key").write_bytes(b"key")
    folder = HallDir(tmp_path)
    first = folder.pepper
    assert len(first) == 32 and folder.pepper == first
    assert (tmp_path / PEPPER).stat().st_mode & 0o777 == 0o600


def test_a_damaged_pepper_or_no_hall_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        _ = HallDir(tmp_path).pepper
    assert not (tmp_path / PEPPER).exists()
    (tmp_path / "ca.key").write_bytes(b"key")
    (tmp_path / PEPPER).write_bytes(b"short")
    with pytest.raises(UsageError, match="damaged"):
        _ = HallDir(tmp_path).pepper
