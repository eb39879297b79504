"""The phone connectors' passwords (FreeSWITCH's ESL password, the AMI secret), kept in the seat's
OS keyring beside its device secret, never in config.toml or on a command line."""

from __future__ import annotations

import re

from seatdesk.core.errors import KeyStorageError, UsageError
from seatdesk.services.runtime import Runtime

MAX_SECRET_CHARS = 256
_CONNECTOR = re.compile(r"[a-z]{1,32}")


def secret_name(connector: str) -> str:
    """The OS keyring entry that holds this connector's password."""
    if not _CONNECTOR.fullmatch(connector):
        raise UsageError("a connector is named by lowercase letters (freeswitch, asterisk)")
    return f"phone-{connector}"


def store_phone_secret(runtime: Runtime, connector: str, secret: str) -> None:
    """Put `secret` in the OS keyring for `connector` (replacing an older one)."""
    if not secret or len(secret) > MAX_SECRET_CHARS or any(ch in secret for ch in "\r\n"):
        raise UsageError(f"a phone password must be 1 to {MAX_SECRET_CHARS} characters on one line")
    runtime.secret_store().put(secret_name(connector), secret.encode("utf-8"))


def phone_secret(runtime: Runtime, connector: str) -> str | None:
    """The stored password for `connector`, or None if there is none."""
    raw = runtime.secret_store().get(secret_name(connector))
    if raw is None:
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise KeyStorageError("the phone password in the OS keyring is damaged") from None


def forget_phone_secret(runtime: Runtime, connector: str) -> None:
    runtime.secret_store().delete(secret_name(connector))
