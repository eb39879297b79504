"""The seat's `[phone]` settings: which phone system the desk listens to, and where.

    [phone]
    connector = "baresip"        # or "freeswitch", "asterisk"
    host = "127.0.0.1"           # loopback unless allow_remote = true
    port = 4444                  # default: baresip 4444, FreeSWITCH 8021, Asterisk 5038
    username = "seatdesk"        # Asterisk only (the AMI user); its secret is in the OS keyring
    extension = "1001"           # FreeSWITCH / Asterisk: the agent's extension …
    channel_prefix = "PJSIP/1001" # … and/or the channel name the agent's calls start with

Passwords are never in this file: `seatdesk phone secret set` puts them in the OS keyring.
"""

from __future__ import annotations

import ipaddress
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from seatdesk.core.errors import UsageError

CONNECTORS = ("baresip", "freeswitch", "asterisk")
DEFAULT_PORTS = {"baresip": 4444, "freeswitch": 8021, "asterisk": 5038}
NEEDS_SECRET = frozenset({"freeswitch", "asterisk"})
_KEYS = frozenset(
    {"connector", "host", "port", "allow_remote", "username", "extension", "channel_prefix"}
)


class PhoneConfigError(UsageError):
    """The `[phone]` table cannot be used; the message says which setting and why."""


@dataclass(frozen=True)
class PhoneSettings:
    connector: str
    host: str = "127.0.0.1"
    port: int = 0
    allow_remote: bool = False
    username: str = ""
    extension: str = ""
    channel_prefix: str = ""

    @property
    def address(self) -> str:
        return f"[{self.host}]:{self.port}" if ":" in self.host else f"{self.host}:{self.port}"

    @property
    def needs_secret(self) -> bool:
        return self.connector in NEEDS_SECRET


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _text(table: dict[str, Any], key: str, default: str = "") -> str:
    value = table.get(key, default)
    if not isinstance(value, str):
        raise PhoneConfigError(f"[phone] {key} must be a string")
    return value.strip()


def parse_phone_settings(table: dict[str, Any]) -> PhoneSettings:
    """Check a `[phone]` table; raises PhoneConfigError naming what is wrong."""
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise PhoneConfigError(f"[phone] has unknown settings: {', '.join(unknown)}")
    connector = _text(table, "connector")
    if connector not in CONNECTORS:
        raise PhoneConfigError(f"[phone] connector must be one of {', '.join(CONNECTORS)}")
    host = _text(table, "host", "127.0.0.1") or "127.0.0.1"
    allow_remote = table.get("allow_remote", False)
    if not isinstance(allow_remote, bool):
        raise PhoneConfigError("[phone] allow_remote must be true or false")
    if not is_loopback(host) and not allow_remote:
        raise PhoneConfigError(
            f"[phone] host {host} is not on this machine: the phone system's control port "
            "carries callers' numbers, so it stays on 127.0.0.1 unless you set "
            "allow_remote = true (and protect that network)"
        )
    port = table.get("port", DEFAULT_PORTS[connector])
    if isinstance(port, bool) or not isinstance(port, int) or not 0 < port < 65536:
        raise PhoneConfigError("[phone] port must be a number from 1 to 65535")
    settings = PhoneSettings(
        connector=connector,
        host=host,
        port=port,
        allow_remote=allow_remote,
        username=_text(table, "username"),
        extension=_text(table, "extension"),
        channel_prefix=_text(table, "channel_prefix"),
    )
    if connector in NEEDS_SECRET and not (settings.extension or settings.channel_prefix):
        raise PhoneConfigError(
            f"[phone] {connector} needs extension or channel_prefix: the agent's own calls "
            "are told apart from the rest of the exchange by them"
        )
    if connector == "asterisk" and not settings.username:
        raise PhoneConfigError("[phone] asterisk needs username (the manager.conf user)")
    return settings


def load_phone_settings(config_file: Path) -> PhoneSettings | None:
    """The seat's `[phone]` settings, or None when config.toml has no `[phone]` table."""
    if not config_file.is_file():
        return None
    try:
        data = tomllib.loads(config_file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise PhoneConfigError(f"cannot read {config_file}: {type(exc).__name__}") from None
    table = data.get("phone")
    if table is None:
        return None
    if not isinstance(table, dict):
        raise PhoneConfigError("[phone] must be a table")
    return parse_phone_settings(table)
