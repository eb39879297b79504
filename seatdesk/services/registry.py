"""Which private session stands behind which `SignedIn` handle.

Only the services read this module; the ui and the cli may not import it (a `protected`
contract in pyproject.toml), so a handle in their hands leads nowhere but to the service objects
built from it.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from seatdesk.core.errors import SignedOut

if TYPE_CHECKING:
    from seatdesk.services.door import SignedIn
    from seatdesk.services.session import Session


SessionClosed = SignedOut  # the handle's name for it

SESSIONS: weakref.WeakKeyDictionary[SignedIn, Session] = weakref.WeakKeyDictionary()


def open_session(handle: SignedIn) -> Session:
    """The private session behind `handle`; refuses a closed one."""
    session = SESSIONS.get(handle)
    if session is None:
        raise SessionClosed("signed out: sign in again")
    return session


def admit(session: Session) -> SignedIn:
    """Hand out a handle for a session the services opened (sign-in, recovery, tests)."""
    from seatdesk.services.door import SignedIn

    handle = SignedIn()
    SESSIONS[handle] = session
    return handle
