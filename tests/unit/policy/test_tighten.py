from __future__ import annotations

from pathlib import Path

import pytest

from seatdesk.core.errors import PolicyError
from seatdesk.core.policy_files import find_policy, managed_policy_path, user_policy_settings
from seatdesk.policy.model import Policy
from seatdesk.policy.parse import parse_policy
from seatdesk.policy.tighten import tighten

DEFAULT = (Path(__file__).parents[3] / "resources/policy/default.toml").read_text(encoding="utf-8")


def policy() -> Policy:
    return parse_policy(DEFAULT, "default.toml")


def test_user_settings_can_only_tighten() -> None:
    tightened, refused = tighten(
        policy(),
        {
            "idle_lock_seconds": 60,
            "reveal_seconds": 30,
            "password_min_length": 12,
            "lockout_minutes": 5,
            "reveal_quota_per_hour": 4,
            "capture_unprotected": "warn",
        },
    )
    assert tightened.limits.idle_lock_seconds == 60  # shorter: stricter, taken
    assert tightened.limits.password_min_length == 12
    assert tightened.limits.reveal_quota_per_hour == 4
    assert tightened.limits.reveal_seconds == 15  # longer reveal refused
    assert tightened.limits.lockout_minutes == 15  # shorter lockout refused
    assert len(refused) == 3 and any("capture_unprotected" in r for r in refused)


def test_nonsense_values_are_refused() -> None:
    same, refused = tighten(policy(), {"idle_lock_seconds": 0, "reveal_seconds": True})
    assert same.limits == policy().limits and len(refused) == 2


def test_managed_policy_wins_over_the_shipped_defaults(tmp_path: Path) -> None:
    managed = tmp_path / "policy.toml"
    assert not find_policy(managed).managed
    managed.write_text(
        DEFAULT.replace("idle_lock_seconds = 120", "idle_lock_seconds = 60"), encoding="utf-8"
    )
    source = find_policy(managed)
    assert source.managed and source.path == managed
    assert parse_policy(source.text, str(source.path)).limits.idle_lock_seconds == 60
    # and a seat's own settings still cannot weaken what IT pushed
    pushed = parse_policy(source.text, str(source.path))
    after, refused = tighten(pushed, {"idle_lock_seconds": 120})
    assert after.limits.idle_lock_seconds == 60 and refused


def test_an_unreadable_managed_policy_is_an_error_not_a_fallback(tmp_path: Path) -> None:
    managed = tmp_path / "policy.toml"
    managed.write_bytes(b"\xff\xfe not utf-8")
    with pytest.raises(PolicyError, match="cannot be read"):
        find_policy(managed)


def test_managed_locations_per_platform() -> None:
    assert managed_policy_path("linux", {}) == Path("/etc/seatdesk/policy.toml")
    assert (
        managed_policy_path("win32", {"ProgramData": r"D:\PD"})
        == Path(r"D:\PD") / "SeatDesk" / "policy.toml"
    )
    assert managed_policy_path("darwin", {}) == Path(
        "/Library/Application Support/SeatDesk/policy.toml"
    )


def test_user_settings_come_from_the_policy_table(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('vault = "/x"\n[policy]\nidle_lock_seconds = 30\n', encoding="utf-8")
    assert user_policy_settings(config) == {"idle_lock_seconds": 30}
    assert user_policy_settings(tmp_path / "missing.toml") == {}
