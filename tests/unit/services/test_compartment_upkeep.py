"""Masked forms follow the policy's masking rules: a record masked under other rules is not
shown (and the desk says why) until a custodian's sign-in makes the masks again; a seat without
a hall verifies 一类 values its person cannot open only where `class1_verify` allows it; an
approver's keys open, at the seat, the one value they approve."""

from __future__ import annotations

import csv
import dataclasses
import io

import pytest

from seatdesk.core.errors import PermissionDenied, UsageError
from seatdesk.policy.masking import mask_field
from seatdesk.policy.model import MaskRule, Policy
from seatdesk.services.demo import demo_csv_bytes
from seatdesk.services.factory import Services
from seatdesk.services.runtime import Runtime
from tests.helpers.vaults import PASSWORDS, StaffedVault

# The 300 customers of `customer_vault`; one of each tier with every field.
ROWS = list(csv.DictReader(io.StringIO(demo_csv_bytes(300, 7).decode("utf-8"))))
COMPLETE = [r for r in ROWS if r["mobile"] and r["id_number"] and r["bank_card"] and r["email"]]
FULL = next(r for r in COMPLETE if r["tier"] == "秘密")
CONFIDENTIAL = next(r for r in COMPLETE if r["tier"] == "机密" and r["address"])


def with_policy(staffed: StaffedVault, policy: Policy) -> StaffedVault:
    runtime = dataclasses.replace(staffed.runtime, policy=policy)
    runtime.secret_store_factory = staffed.runtime.secret_store_factory
    return StaffedVault(runtime, staffed.paths, staffed.recovery_key)


def names_hidden_whole(policy: Policy) -> Policy:
    name = dataclasses.replace(policy.fields["name"], mask=MaskRule("keep", first=0, last=0))
    return dataclasses.replace(policy, fields={**policy.fields, "name": name})


def find(desk: Services, customer_no: str) -> int:
    (match,) = desk.records.find(customer_no)
    return match.customer_id


def test_masks_made_under_other_rules_are_refused_until_a_custodian_makes_them_again(
    customer_vault: StaffedVault,
) -> None:
    stricter = with_policy(customer_vault, names_hidden_whole(customer_vault.runtime.policy))
    agent = Services(stricter.signed_in("agent01"))
    try:
        customer_id = find(agent, FULL["customer_no"])
        with pytest.raises(UsageError) as refused:
            agent.records.view(customer_id)
        assert refused.value.code == "record.masks_stale"
        assert agent.records.match(customer_id).masked_name == "…"
    finally:
        agent.who.close()
    Services(stricter.signed_in("sec01")).who.close()  # the custodian's sign-in remasks
    agent = Services(stricter.signed_in("agent01"))
    try:
        card = agent.records.view(find(agent, FULL["customer_no"]))
        assert card.field("name").text == "*" * len(FULL["name"])
    finally:
        agent.who.close()


def test_an_agent_verifies_a_class1_value_by_its_verifier_where_the_policy_allows(
    customer_vault: StaffedVault,
) -> None:
    agent = Services(customer_vault.signed_in("agent01"))
    try:
        customer_id = find(agent, FULL["customer_no"])
        assert agent.verifier.verify(customer_id, "bank_card", FULL["bank_card"][-4:]).matched
        assert not agent.verifier.verify(customer_id, "bank_card", "0000").matched
    finally:
        agent.who.close()
    policy = customer_vault.runtime.policy
    hall_only = dataclasses.replace(
        policy, guards=dataclasses.replace(policy.guards, class1_verify="hall")
    )
    agent = Services(with_policy(customer_vault, hall_only).signed_in("agent01"))
    try:
        with pytest.raises(PermissionDenied) as refused:
            agent.verifier.verify(find(agent, FULL["customer_no"]), "bank_card", "1234")
        assert refused.value.code == "verify.needs_hall"
        # 二类 values are still verified on the seat: the name, by its verifier if sealed.
        assert agent.verifier.verify(find(agent, FULL["customer_no"]), "name", FULL["name"])
    finally:
        agent.who.close()


def test_a_reveal_the_agent_cannot_open_opens_with_the_approvers_keys(
    customer_vault: StaffedVault, runtime: Runtime
) -> None:
    agent = Services(customer_vault.signed_in("agent01"))
    try:
        customer_id = find(agent, CONFIDENTIAL["customer_no"])
        # An agent's reveal of a 机密 customer needs a supervisor: the agent's slot holds no
        # key of 二类/机密, the supervisor's does, and opens the one value.
        approval = agent.revealer.authorise("super01", PASSWORDS["super01"], agent.revealer.ask(
            customer_id, "address"
        ))  # fmt: skip
        revealed = agent.revealer.reveal(
            customer_id, "address", "confirm_with_caller", "caller moved", approval=approval
        )
        assert revealed.text == CONFIDENTIAL["address"]
        assert agent.records.view(customer_id).field("address").text == mask_field(
            runtime.policy, "address", CONFIDENTIAL["address"]
        )
    finally:
        agent.who.close()


def test_a_sealed_customers_values_typed_into_a_note_are_masked_all_the_same(
    customer_vault: StaffedVault,
) -> None:
    """The agent cannot open a 机密 customer's name, e-mail or address, but the caller said
    them and the agent typed them into a contact note: the gate finds the name and the e-mail
    by their verifiers and the address by the part its mask shows, and keeps none of them."""
    agent = Services(customer_vault.signed_in("agent01"))
    try:
        customer_id = find(agent, CONFIDENTIAL["customer_no"])
        card = agent.records.view(customer_id)
        note = (
            f"{CONFIDENTIAL['name']}来电，邮箱 {CONFIDENTIAL['email']}，"
            f"新址在{CONFIDENTIAL['address']}附近"
        )
        agent.records.add_interaction(customer_id, "note", note)
        (kept, *_) = agent.records.view(customer_id).history
    finally:
        agent.who.close()
    for value in (CONFIDENTIAL["name"], CONFIDENTIAL["email"], CONFIDENTIAL["address"]):
        assert value not in kept.summary
    assert card.field("name").text in kept.summary and card.field("email").text in kept.summary
    assert card.field("address").text in kept.summary


def test_a_large_file_is_sealed_in_a_stage_of_its_own_and_opens_as_imported(
    customer_vault: StaffedVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Files of PARALLEL_MIN_ROWS rows or more are validated in a reader process and sealed in a
    second one, under write keys the importer drew and writes with the rows: what the officer
    opens afterwards is what the file said."""
    from seatdesk.records import import_reading
    from seatdesk.services.importing import import_bytes
    from tests.helpers.imports import csv_bytes

    monkeypatch.setattr(import_reading, "PARALLEL_MIN_ROWS", 1)
    monkeypatch.setattr(import_reading, "BATCH_ROWS", 7)
    rows = [
        {**r, "customer_no": f"P{n:05d}"}
        for n, r in enumerate(csv.DictReader(io.StringIO(demo_csv_bytes(40, 3).decode())))
    ]
    officer = customer_vault.session("sec01")
    try:
        report = import_bytes(officer, csv_bytes(rows), "big.csv", dry_run=False)
        assert report.imported == 40 and not report.errors
        stored = officer.db.execute(
            "SELECT customer_no, name, id_number, address FROM customers WHERE customer_no "
            "LIKE 'P%' ORDER BY customer_no"
        )
        opened = [
            tuple(
                officer.opener.open(v, str(r[0]), f) or ""
                for v, f in zip(r[1:], ("name", "id_number", "address"), strict=True)
            )
            for r in stored
        ]
    finally:
        officer.close()
    assert opened == [(r["name"], r["id_number"].upper(), r["address"]) for r in rows]
    assert all(isinstance(r[1], bytes) for r in stored)  # sealed, not clear
