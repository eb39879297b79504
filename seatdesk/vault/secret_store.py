"""Where a seat keeps its device secret: the OS keyring, behind an injectable interface.

Never falls back to a plaintext keyring: if the OS offers no secure backend, asking for the
secret raises KeyStorageError with what to do about it.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
from typing import Protocol

from seatdesk.core.errors import KeyStorageError

SERVICE = "seatdesk"
_INSECURE_BACKEND_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


class SecretStore(Protocol):
    def get(self, name: str) -> bytes | None: ...

    def put(self, name: str, secret: bytes) -> None: ...

    def delete(self, name: str) -> None: ...

    def describe(self) -> str: ...


class MemorySecretStore:
    """An in-process store for unit tests (the real keyring is tested against Secret Service)."""

    def __init__(self) -> None:
        self.secrets: dict[str, bytes] = {}

    def get(self, name: str) -> bytes | None:
        return self.secrets.get(name)

    def put(self, name: str, secret: bytes) -> None:
        self.secrets[name] = secret

    def delete(self, name: str) -> None:
        self.secrets.pop(name, None)

    def describe(self) -> str:
        return "memory (tests only)"


class OsKeyring:
    """The `keyring` package's configured backend, if it is a secure one."""

    def __init__(self) -> None:
        import keyring  # imported lazily: probing D-Bus costs start-up time

        self._keyring = keyring
        backend = keyring.get_keyring()
        self._backend = backend
        if not self._is_secure(backend):
            raise KeyStorageError(
                "no secure OS keyring is available on this seat "
                f"({type(backend).__module__}.{type(backend).__name__}); "
                "start the desktop keyring (Secret Service, Windows Credential Manager, macOS "
                "Keychain) or create the vault with --key-storage none"
            )

    @staticmethod
    def _is_secure(backend: object) -> bool:
        module = type(backend).__module__
        if module.startswith(_INSECURE_BACKEND_MODULES):
            return False
        children = getattr(backend, "backends", None)
        if module == "keyring.backends.chainer":
            return bool(children) and all(OsKeyring._is_secure(child) for child in children or ())
        priority = getattr(backend, "priority", 1)
        return bool(priority is None or float(priority) >= 1)

    def get(self, name: str) -> bytes | None:
        try:
            value = self._keyring.get_password(SERVICE, name)
        except Exception as exc:  # backends raise their own types (D-Bus, locked collection…)
            raise KeyStorageError(
                f"the OS keyring refused to answer: {type(exc).__name__}"
            ) from None
        if value is None:
            return None
        try:
            return base64.b64decode(value, validate=True)
        except binascii.Error:
            raise KeyStorageError("the device secret in the OS keyring is damaged") from None

    def put(self, name: str, secret: bytes) -> None:
        try:
            self._keyring.set_password(SERVICE, name, base64.b64encode(secret).decode("ascii"))
        except Exception as exc:
            raise KeyStorageError(
                f"the OS keyring refused to store: {type(exc).__name__}"
            ) from None

    def delete(self, name: str) -> None:
        with contextlib.suppress(Exception):  # already gone, or the backend cannot delete
            self._keyring.delete_password(SERVICE, name)

    def describe(self) -> str:
        return f"{type(self._backend).__module__}.{type(self._backend).__name__}"
