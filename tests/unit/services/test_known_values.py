"""Free text quoting a customer: the customer's own name, address, e-mail and birth date are
masked in it (they have no shape for `mask_free_text` to find), numbers as before."""

from __future__ import annotations

from seatdesk.policy.model import Policy
from seatdesk.records.customers import CustomerRow
from seatdesk.services.known_values import mask_quoting


def customer(**values: str | None) -> CustomerRow:
    base: dict[str, object] = {
        "id": 1, "customer_no": "C00000001", "tier": "秘密", "tier_expires": None, "gender": "",
        "segment": "", "consent": "", "consent_date": None, "retain_until": None,
        "name": "欧阳明月", "birth_date": "1990-01-02", "id_type": "居民身份证",
        "id_number": None, "email": "mingyue@example.cn", "address": "北京市朝阳区建国路88号",
        "bank_card": None, "notes": None,
    }  # fmt: skip
    base.update(values)
    return CustomerRow(**base)  # type: ignore[arg-type]


def test_the_customers_values_are_masked_wherever_they_are_quoted(policy: Policy) -> None:
    text = (
        "欧阳明月说住在北京市朝阳区建国路88号，邮箱 mingyue@example.cn，"
        "电话13912345678，生于1990-01-02"
    )
    shown = mask_quoting(policy, text, [customer()])
    for value in (
        "欧阳明月",
        "北京市朝阳区建国路88号",
        "mingyue@example.cn",
        "13912345678",
        "1990-01-02",
    ):
        assert value not in shown
    assert shown.startswith("欧***说住在")


def test_other_text_and_one_character_values_are_left_alone(policy: Policy) -> None:
    text = "客户说王先生会回电"
    assert mask_quoting(policy, text, [customer(name="王", address=None, email=None)]) == text
    assert mask_quoting(policy, "与客户无关的说明", [customer()]) == "与客户无关的说明"
