"""Where the policy comes from: no environment variable can point SeatDesk at a weaker one."""

from __future__ import annotations

from pathlib import Path

import pytest

from seatdesk.app import load_policy
from seatdesk.core.policy_files import find_policy


def test_seatdesk_resources_does_not_bring_a_weaker_policy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As someone at the seat would try it: a copy of the resources with lockout 100, named by
    SEATDESK_RESOURCES."""
    shipped = find_policy(managed=tmp_path / "no-managed.toml")
    weak = tmp_path / "weak" / "policy"
    weak.mkdir(parents=True)
    (weak / "default.toml").write_text(
        shipped.text.replace("lockout_failures = 5", "lockout_failures = 100"), encoding="utf-8"
    )
    monkeypatch.setenv("SEATDESK_RESOURCES", str(tmp_path / "weak"))
    found = find_policy(managed=tmp_path / "no-managed.toml")
    assert found.path == shipped.path and "lockout_failures = 5" in found.text
    assert load_policy().limits.lockout_failures == 5
