"""Errors that cross layers, each with the exit code of the command-line contract (DESIGN §5).

Messages must never contain a protected value: callers pass field names, line numbers and
masked forms only.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_CHECK_FAILED = 1
EXIT_USAGE = 2
EXIT_AUTH = 3
EXIT_VAULT = 4


class SeatDeskError(Exception):
    """Base for expected failures that end a command with a clear one-line message."""

    exit_code = EXIT_USAGE


class UsageError(SeatDeskError):
    exit_code = EXIT_USAGE


class PolicyError(SeatDeskError):
    """The policy file is invalid; the message names the key and what is wrong."""

    exit_code = EXIT_USAGE


class AuthenticationError(SeatDeskError):
    """Wrong staff ID or password (the message never says which)."""

    exit_code = EXIT_AUTH


class AccountLockedError(AuthenticationError):
    pass


class SignedOut(AuthenticationError):
    """The person signed out (or the desk closed): the handle and its vault open nothing more."""


class PasswordChangeRequired(AuthenticationError):
    pass


class PermissionDenied(SeatDeskError):
    """The role of the signed-in person does not allow the action."""

    exit_code = EXIT_AUTH


class KeyStorageError(SeatDeskError):
    """The OS keyring is missing or unusable for the device secret."""

    exit_code = EXIT_VAULT


class VaultUnreadable(SeatDeskError):
    """Wrong key, corrupt file, not a vault, missing key file. The file is never modified."""

    exit_code = EXIT_VAULT


class CheckFailed(SeatDeskError):
    """A verification ran and found a problem (e.g. a broken audit chain)."""

    exit_code = EXIT_CHECK_FAILED


class ImportRejected(SeatDeskError):
    """A CSV import found errors; nothing was imported."""

    exit_code = EXIT_CHECK_FAILED
