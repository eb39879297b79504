"""Where the policy in force comes from: the system-wide managed file that IT pushes to every seat
(read-only for users) if there is one, else the defaults shipped with SeatDesk; then the seat's
own settings, which may only tighten it (seatdesk.policy.tighten)."""

from __future__ import annotations

import os
import sys
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from seatdesk.core.errors import PolicyError
from seatdesk.core.paths import shipped_resources_dir

MANAGED_NAME = "policy.toml"


def managed_policy_path(platform: str | None = None, env: Mapping[str, str] | None = None) -> Path:
    """/etc/seatdesk/, %ProgramData%\\SeatDesk\\, /Library/Application Support/SeatDesk/."""
    platform = platform or sys.platform
    env = os.environ if env is None else env
    if platform == "win32":
        return Path(env.get("ProgramData", r"C:\ProgramData")) / "SeatDesk" / MANAGED_NAME
    if platform == "darwin":
        return Path("/Library/Application Support/SeatDesk") / MANAGED_NAME
    return Path("/etc/seatdesk") / MANAGED_NAME


@dataclass(frozen=True)
class PolicySource:
    path: Path
    text: str
    managed: bool


def find_policy(managed: Path | None = None) -> PolicySource:
    """The managed file if present (an unreadable one is an error, never a silent fallback to
    the looser defaults), else the shipped defaults."""
    managed = managed or managed_policy_path()
    if managed.exists():
        try:
            return PolicySource(managed, managed.read_text(encoding="utf-8"), True)
        except (OSError, UnicodeDecodeError) as exc:
            raise PolicyError(f"the managed policy {managed} cannot be read: {exc}") from None
    default = shipped_resources_dir() / "policy" / "default.toml"
    try:
        return PolicySource(default, default.read_text(encoding="utf-8"), False)
    except OSError as exc:
        raise PolicyError(f"cannot read the policy file {default}: {exc.strerror}") from None


def user_policy_settings(config_file: Path) -> dict[str, object]:
    """The `[policy]` table of the seat's config.toml (empty when there is none)."""
    if not config_file.is_file():
        return {}
    try:
        data = tomllib.loads(config_file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return {}
    table = data.get("policy", {})
    return dict(table) if isinstance(table, dict) else {}
