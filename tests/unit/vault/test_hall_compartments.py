"""The hall's compartment keys as a seat opens them (vault.hall_compartments): each role's boxes
open its compartments and nothing else, and a box the hall (or anyone who knows an account's
public key) sealed with a key of its own choosing gives nothing, because the key must be the one
the hall's signed record names."""

from __future__ import annotations

from seatdesk.app import load_default_policy
from seatdesk.policy.compartments import holdings
from seatdesk.policy.roles import Role
from seatdesk.vault.compartment_keys import HALL_BASE
from seatdesk.vault.hall_compartments import (
    HallRecord,
    make_generation,
    missing_grants,
    open_boxes,
    role_names,
    seal_boxes,
)
from seatdesk.vault.sealing import b64, new_key_pair

HALL = "H0123456789AB"


def _account() -> tuple[bytes, str]:
    private, public = new_key_pair()
    return private, b64(public)


def test_each_role_opens_its_compartments_and_an_officer_the_escrow() -> None:
    policy = load_default_policy()
    made = make_generation(HALL, 1, policy, None)
    record = HallRecord.of(made.record)
    for role in Role:
        private, public = _account()
        names = role_names(policy, role, made.privates)
        boxes = seal_boxes(HALL, "u1", public, {n: made.privates[n] for n in names})
        held = open_boxes(HALL, "u1", private, boxes, [record])
        wanted = {f"{c}#{HALL_BASE + 1}" for c in holdings(policy, role)}
        compartments = {n for n in held.keys if not n.startswith(("index#", "escrow#"))}
        if role is Role.SECURITY:  # the escrow opens every compartment of the generation
            assert held.custodian and len(compartments) == len(record.keys) - 1
        else:
            assert compartments == wanted and not held.custodian
        assert (held.lookup() is not None) == (role is not Role.ADMIN)


def test_a_box_with_a_key_the_record_does_not_name_gives_nothing() -> None:
    policy = load_default_policy()
    made = make_generation(HALL, 1, policy, None)
    record = HallRecord.of(made.record)
    private, public = _account()
    forged = {f"一类/绝密#{HALL_BASE + 1}": new_key_pair()[0], f"escrow#{HALL_BASE + 1}": b"x" * 32}
    boxes = seal_boxes(HALL, "ag1", public, forged)
    assert open_boxes(HALL, "ag1", private, boxes, [record]).keys == {}
    # Boxes sealed for another account (or another hall) do not open either.
    other = seal_boxes(HALL, "sup1", public, dict(made.privates))
    assert open_boxes(HALL, "ag1", private, other, [record]).keys == {}


def test_grants_cover_what_an_account_lacks_of_every_generation() -> None:
    policy = load_default_policy()
    first = make_generation(HALL, 1, policy, None)
    index = next((n, k) for n, k in first.privates.items() if n.startswith("index#"))
    second = make_generation(HALL, 2, policy, (int(index[0].split("#")[1]), index[1]))
    records = [HallRecord.of(first.record), HallRecord.of(second.record)]
    officer, officer_public = _account()
    escrows = {n: k for g in (first, second) for n, k in g.privates.items() if "escrow" in n}
    custodian = open_boxes(
        HALL, "sec1", officer, seal_boxes(HALL, "sec1", officer_public, escrows), records
    )
    agent, agent_public = _account()
    grants = missing_grants(
        HALL, policy, [("ag1", Role.AGENT, agent_public, {})], records, custodian
    )
    held = open_boxes(HALL, "ag1", agent, grants["ag1"], records)
    assert set(held.keys) == {
        f"二类/秘密#{HALL_BASE + 1}", f"二类/秘密#{HALL_BASE + 2}", index[0]
    }  # fmt: skip
    assert (
        missing_grants(
            HALL, policy, [("ag1", Role.AGENT, agent_public, grants["ag1"])], records, custodian
        )
        == {}
    )


def test_a_new_lookup_version_is_the_next_of_the_halls_and_a_searcher_holds_the_chain() -> None:
    """Generations 1 (made), 2 (carried: an admin left), 3 (new: an agent left): the lookup
    versions are 1000001, 1000001, 1000002, whatever the generation's number, and an agent with
    the boxes of all three opens the chain of both versions."""
    policy = load_default_policy()
    first = make_generation(HALL, 1, policy, None)
    index = f"index#{HALL_BASE + 1}"
    carried = (HALL_BASE + 1, first.privates[index])
    second = make_generation(HALL, 2, policy, carried)
    third = make_generation(HALL, 3, policy, carried, new_index=True)
    versions = [g.record["index_version"] for g in (first, second, third)]
    assert versions == [HALL_BASE + 1, HALL_BASE + 1, HALL_BASE + 2]
    assert third.privates[f"index#{HALL_BASE + 2}"] != first.privates[index]
    assert third.record["keys"]["index"] != first.record["keys"]["index"]
    records = [HallRecord.of(g.record) for g in (first, second, third)]
    private, public = _account()
    boxes: dict[str, dict[str, str]] = {}
    for made in (first, second, third):
        names = role_names(policy, Role.AGENT, made.privates)
        boxes |= seal_boxes(HALL, "u1", public, {n: made.privates[n] for n in names})
    held = open_boxes(HALL, "u1", private, boxes, records)
    lookup = held.lookup(HALL_BASE + 2)
    assert lookup is not None and len(lookup.verifier_chain()) == 2
    assert open_boxes(HALL, "u1", private, boxes, records[:2]).lookup(HALL_BASE + 2) is None
