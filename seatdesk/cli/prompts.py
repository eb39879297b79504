"""Secrets for commands: from the environment (automation) or a prompt on the terminal."""

from __future__ import annotations

import getpass
import os
import sys

from seatdesk.core.errors import UsageError

PASSWORD_ENV = "SEATDESK_PASSWORD"
NEW_PASSWORD_ENV = "SEATDESK_NEW_PASSWORD"
RECOVERY_ENV = "SEATDESK_RECOVERY_KEY"
EXPORT_ENV = "SEATDESK_EXPORT_PASSWORD"
HALL_PASSWORD_ENV = "SEATDESK_HALL_PASSWORD"
APPROVER_PASSWORD_ENV = "SEATDESK_APPROVER_PASSWORD"
OFFICER_CODE_ENV = "SEATDESK_OFFICER_CODE"


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def password(staff_id: str) -> str:
    return _secret(PASSWORD_ENV, "password", f"Password for {staff_id}: ")


def approver_password(approver_id: str) -> str:
    """The approving security officer's password, typed by them at this seat."""
    return _secret(
        APPROVER_PASSWORD_ENV, "approver's password", f"Password of the approver {approver_id}: "
    )


def officer_code() -> str:
    """The hall administrator's one-time code for the hall's first security officer."""
    return _secret(OFFICER_CODE_ENV, "officer code", "The hall's officer code: ")


def hall_password(staff_id: str, seat_password: str) -> str:
    """The password of `staff_id` in the hall's directory, when it is not the one of this seat
    (joining a seat whose admin had a password of its own); else the same."""
    value = os.environ.get(HALL_PASSWORD_ENV)
    if value is not None:
        return value
    if os.environ.get(PASSWORD_ENV) is not None or not _interactive():
        return seat_password
    typed = getpass.getpass(f"Password for {staff_id} in the hall's directory (Enter: the same): ")
    return typed or seat_password


def first_password(staff_id: str, approver_id: str) -> str:
    """A first (or reset) password the approving officer chooses and types, right after their
    own password, and hands to the person: the admin at this seat never learns it."""
    value = os.environ.get(NEW_PASSWORD_ENV)
    if value is not None:
        return value
    if not _interactive():
        raise UsageError(f"no first password: set {NEW_PASSWORD_ENV} or run in a terminal")
    first = getpass.getpass(f"First password for {staff_id} (typed by {approver_id}): ")
    if getpass.getpass("Repeat it: ") != first:
        raise UsageError("the two passwords differ")
    return first


def new_password(staff_id: str) -> str:
    value = os.environ.get(NEW_PASSWORD_ENV)
    if value is not None:
        return value
    if not _interactive():
        raise UsageError(f"no new password: set {NEW_PASSWORD_ENV} or run in a terminal")
    first = getpass.getpass(f"New password for {staff_id}: ")
    if getpass.getpass("Repeat the new password: ") != first:
        raise UsageError("the two passwords differ")
    return first


def recovery_key() -> str:
    return _secret(RECOVERY_ENV, "recovery key", "Recovery key: ")


def export_password() -> str:
    return _secret(EXPORT_ENV, "one-time password", "One-time password of the export: ")


def _secret(env: str, what: str, prompt: str) -> str:
    """A secret from the environment variable `env`, else typed at a terminal, else refused."""
    value = os.environ.get(env)
    if value is not None:
        return value
    if not _interactive():
        raise UsageError(f"no {what}: set {env} or run in a terminal")
    return getpass.getpass(prompt)
