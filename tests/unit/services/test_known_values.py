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


def test_values_are_found_as_people_retype_them(policy: Policy) -> None:
    """Spaces put in between, full-width letters and digits, another case: still the value."""
    text = (
        "欧阳 明月，ＭＩＮＧＹＵＥ＠ＥＸＡＭＰＬＥ．ＣＮ，MingYue@Example.cn，"
        "北京市 朝阳区建国路８８号"
    )
    shown = mask_quoting(policy, text, [customer()])
    assert "明月" not in shown and "建国路" not in shown
    assert "ＩＮＧＹＵＥ" not in shown and "ingYue" not in shown
    assert shown.startswith("欧****，")  # the space is hidden with the rest of the name


def test_a_customer_row_with_values_it_may_not_open_is_skipped(policy: Policy) -> None:
    """Fields the session's role may not open come as None: nothing to look for, no error."""
    row = customer(name="", address=None, email=None, birth_date=None)
    assert mask_quoting(policy, "回访 13912345678", [row]) == "回访 139****5678"
