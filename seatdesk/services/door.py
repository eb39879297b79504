"""The one door to the vault: signing in gives the ui and the cli an opaque handle.

A `SignedIn` says who is signed in (staff ID, name, role, seat, policy, clock) and nothing more.
It holds no reference to the vault connection, the audit log, the key file or the keys: those stay
in the services' private `Session`, found through a registry that only the services read. The ui
and the cli build their service objects from a handle with `seatdesk.services.factory.Services`.
A closed handle opens nothing: every service built from it refuses to work (fail closed).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from seatdesk.core.clock import Clock
from seatdesk.policy.model import Policy
from seatdesk.policy.roles import Role
from seatdesk.services import session as _session_module
from seatdesk.services.registry import SESSIONS as _SESSIONS
from seatdesk.services.registry import SessionClosed, admit
from seatdesk.services.registry import open_session as _open
from seatdesk.services.runtime import Runtime
from seatdesk.services.session import initialise_vault
from seatdesk.vault.db import Verify
from seatdesk.vault.paths import VaultPaths

__all__ = [
    "SessionClosed",
    "SignedIn",
    "initialise_vault",
    "sign_in",
    "sign_in_with_recovery",
]


class SignedIn:
    """Who is signed in at this seat. Opaque: there is no attribute path to the vault."""

    __slots__ = ("__weakref__",)

    @property
    def staff_id(self) -> str:
        return _open(self).staff_id

    @property
    def display_name(self) -> str:
        return _open(self).display_name

    @property
    def role(self) -> Role:
        return _open(self).role

    @property
    def seat(self) -> str:
        return _open(self).runtime.seat

    @property
    def policy(self) -> Policy:
        return _open(self).policy

    @property
    def clock(self) -> Clock:
        return _open(self).runtime.clock

    @property
    def key_storage(self) -> str:
        return _open(self).key_storage

    @property
    def must_change_password(self) -> bool:
        return _open(self).must_change_password

    @property
    def vault_path(self) -> Path:
        return _open(self).paths.vault

    @property
    def is_open(self) -> bool:
        return self in _SESSIONS

    def now(self) -> datetime:
        return _open(self).runtime.clock.now()

    def close(self) -> None:
        """Sign out: the vault closes and every service built from this handle stops working."""
        session = _SESSIONS.pop(self, None)
        if session is not None:
            session.close()

    def __repr__(self) -> str:
        state = "open" if self.is_open else "closed"
        return f"<SignedIn {state}>"

    def __enter__(self) -> SignedIn:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def sign_in(
    runtime: Runtime,
    paths: VaultPaths,
    staff_id: str,
    password: str,
    *,
    verify: Verify = "full",
) -> SignedIn:
    """Sign in at this seat (see `services.session.sign_in` for what is checked)."""
    return admit(_session_module.sign_in(runtime, paths, staff_id, password, verify=verify))


def sign_in_with_recovery(
    runtime: Runtime, paths: VaultPaths, recovery_key: str, staff_id: str, new_password: str
) -> SignedIn:
    return admit(
        _session_module.sign_in_with_recovery(runtime, paths, recovery_key, staff_id, new_password)
    )
