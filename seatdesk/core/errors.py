"""Errors that cross layers, each with the exit code of the command-line contract (DESIGN §5).

Messages must never contain a protected value: callers pass field names, line numbers and
masked forms only.

Every error has a stable `code` (a class default, or a more precise one given where it is
raised) and the `params` its message was built from: the command line prints the English
message with the code; the desk never shows the English, it shows its own translated text for
the code (seatdesk.ui.error_text).
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
    code = "error"

    def __init__(self, message: str = "", *, code: str | None = None, **params: object) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code
        self.params: dict[str, str] = {key: str(value) for key, value in params.items()}

    def for_cli(self) -> str:
        """The English message and the code, for the command line (an error with only the base
        code, such as the screen-pop client's, keeps its plain line)."""
        return f"{self}" if self.code == SeatDeskError.code else f"{self} [{self.code}]"


class UsageError(SeatDeskError):
    exit_code = EXIT_USAGE
    code = "usage"


class PolicyError(SeatDeskError):
    """The policy file is invalid; the message names the key and what is wrong."""

    exit_code = EXIT_USAGE
    code = "policy"


class AuthenticationError(SeatDeskError):
    """Wrong staff ID or password (the message never says which)."""

    exit_code = EXIT_AUTH
    code = "auth"


class AccountLockedError(AuthenticationError):
    code = "auth.locked"


class SignedOut(AuthenticationError):
    """The person signed out (or the desk closed): the handle and its vault open nothing more."""

    code = "auth.signed_out"


class PasswordChangeRequired(AuthenticationError):
    code = "auth.password_change"


class PermissionDenied(SeatDeskError):
    """The role of the signed-in person does not allow the action."""

    exit_code = EXIT_AUTH
    code = "permission"


class RateLimited(SeatDeskError):
    """More look-ups in a short time than the policy allows a person: refused and audited (not a
    matter of the role, so not PermissionDenied; the command line's exit is the same)."""

    exit_code = EXIT_AUTH
    code = "rate_limit"


class KeyStorageError(SeatDeskError):
    """The OS keyring is missing or unusable for the device secret."""

    exit_code = EXIT_VAULT
    code = "key_storage"


class VaultUnreadable(SeatDeskError):
    """Wrong key, corrupt file, not a vault, missing key file. The file is never modified."""

    exit_code = EXIT_VAULT
    code = "vault"


class CheckFailed(SeatDeskError):
    """A verification ran and found a problem (e.g. a broken audit chain)."""

    exit_code = EXIT_CHECK_FAILED
    code = "check"


class ImportRejected(SeatDeskError):
    """A CSV import found errors; nothing was imported."""

    exit_code = EXIT_CHECK_FAILED
    code = "import"
