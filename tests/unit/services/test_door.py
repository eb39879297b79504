"""The one door: what a person holding a `SignedIn` handle (the desk's or a command's) can reach.

Written as the short cut someone in the ui or cli would try: attributes of the handle, its
`__dict__`, the services built from it, and the same after signing out."""

from __future__ import annotations

import gc

import pytest

from seatdesk.core.errors import SeatDeskError
from seatdesk.policy.roles import Role
from seatdesk.services.door import SessionClosed, SignedIn
from seatdesk.services.factory import Services
from tests.helpers.vaults import StaffedVault


def test_the_handle_says_who_and_holds_nothing_of_the_vault(
    customer_vault: StaffedVault,
) -> None:
    who = customer_vault.signed_in("agent01")
    try:
        assert (who.staff_id, who.role, who.seat) == ("agent01", Role.AGENT, "seat-07")
        assert who.policy.sha256 and who.clock.now() == who.now()
        for attribute in ("db", "audit", "keyfile", "_session", "_data_key", "session", "runtime"):
            with pytest.raises(AttributeError):
                getattr(who, attribute)
        assert not hasattr(who, "__dict__")  # slots: nothing can be stashed on it either
        with pytest.raises(AttributeError):
            who.db = object()  # type: ignore[attr-defined]
        assert "agent01" not in repr(who) and repr(who) == "<SignedIn open>"
        # The garbage collector's view of the handle: it refers to nothing but its class.
        assert [r for r in gc.get_referents(who) if r is not SignedIn] == []
    finally:
        who.close()


def test_services_work_on_an_open_handle_and_refuse_a_closed_one(
    customer_vault: StaffedVault,
) -> None:
    who = customer_vault.signed_in("agent01")
    services = Services(who)
    match = services.records.find("C00000001")[0]
    assert "*" in services.records.view(match.customer_id).field("name").text
    who.close()
    assert not who.is_open and repr(who) == "<SignedIn closed>"
    with pytest.raises(SessionClosed):
        _ = who.staff_id
    with pytest.raises(SessionClosed):
        Services(who).records  # noqa: B018
    with pytest.raises(SessionClosed):
        services.tick()
    with pytest.raises(SeatDeskError):  # a desk built before sign-out: its vault is closed
        services.records.view(match.customer_id)
    who.close()  # twice is harmless


def test_a_new_handle_cannot_be_forged(customer_vault: StaffedVault) -> None:
    forged = SignedIn()  # what `SignedIn()` in ui code would give: a handle to nothing
    with pytest.raises(SessionClosed):
        Services(forged).records  # noqa: B018
    with pytest.raises(SessionClosed):
        _ = forged.role


def test_sign_out_through_the_context_manager(customer_vault: StaffedVault) -> None:
    with Services(customer_vault.signed_in("sec01")) as services:
        assert services.verify_audit().ok
        who = services.who
    assert not who.is_open
