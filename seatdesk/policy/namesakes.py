"""The one detail a name search shows beside each result so that an agent tells namesakes
apart (issue 17), as the policy's `[search] namesake_detail` chooses: the birth year, the
district of the address, or the last four digits of the first mobile. Each is as much as the
masked forms already show or less than the full value; computed where the clear value is at
hand (the import's sealing), stored with the masked forms, never the value itself."""

from __future__ import annotations

import re
from collections.abc import Mapping

# Province (or region, or municipality with 市), then city or prefecture, then the district.
_PROVINCE = re.compile(r"^(?:.{2,7}?(?:省|自治区|特别行政区))")
_CITY = re.compile(r"^(?:.{1,8}?(?:市|自治州|地区|盟))")
_DISTRICT = re.compile(r"^(.{1,8}?(?:新区|区|县|旗|市))")
_BIRTH_YEAR = re.compile(r"^(\d{4})-\d{2}-\d{2}$")


def district(address: str) -> str:
    """The district or county of a Chinese address ("上海市浦东新区青年路…" → "浦东新区"); the
    city where none follows it; "" when the address does not start like one."""
    rest = address.strip()
    province = _PROVINCE.match(rest)
    if province:
        rest = rest[province.end() :]
    city = _CITY.match(rest)
    if city:
        rest = rest[city.end() :]
    found = _DISTRICT.match(rest)
    if found:
        return found.group(1)
    return city.group(0) if city else ""


def birth_year(birth_date: str) -> str:
    found = _BIRTH_YEAR.match(birth_date.strip())
    return found.group(1) if found else ""


def mobile_last4(mobile: str) -> str:
    digits = "".join(c for c in mobile if c.isdigit())
    return f"…{digits[-4:]}" if len(digits) >= 4 else ""


def stored_detail(kind: str, clear: Mapping[str, str | None]) -> str | None:
    """What the sealing stores for `kind` ("kind:detail"), from a row's clear values; None for
    kinds computed as shown (the mobile is in the row) or none."""
    if kind == "birth_year":
        return f"{kind}:{birth_year(clear.get('birth_date') or '')}"
    if kind == "district":
        return f"{kind}:{district(clear.get('address') or '')}"
    return None


def shown_detail(kind: str, stored: str | None) -> str:
    """The detail to show under the policy's `kind` from what was stored; "" when it was made
    for another kind (the policy changed since the import) or not at all."""
    if stored is None or not stored.startswith(kind + ":"):
        return ""
    return stored[len(kind) + 1 :]
