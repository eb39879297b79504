"""A customer's phones kept in its row (vault schema v11, `customers.phones`) beside the phone
index, so that showing a customer reads its row only (about six pages for a
screen pop instead of ten); the index stays for the search by number.

Both are written together, by the writers in `records.customers` only (a new customer's row
carries its phones; a replaced phone set updates both), and a deleted customer takes its index
rows with it (ON DELETE CASCADE). Since v13 the column is sealed for the lookup key and the index
holds keyed hashes (`records.phone_index`); in a vault without a lookup key both are in clear.

The text is the (number, kind) pairs in the index's order (kind, then number), each as the
kind's first letter and the number, separated by commas: "l01012345678,m13800138000".
"""

from __future__ import annotations

from collections.abc import Iterable

from seatdesk.records.phone_index import NO_INDEX, PhoneIndex
from seatdesk.vault.db import VaultDb
from seatdesk.vault.schema import PHONES_FROM_INDEX
from seatdesk.vault.value_seal import ValueOpener

_KINDS = {"m": "mobile", "l": "landline"}

# The same text made by SQL from the index (the v11 migration; the check that they agree).
FROM_INDEX = PHONES_FROM_INDEX


def phones_text(pairs: Iterable[tuple[str, str]]) -> str:
    """The column's text for (number, kind) pairs (repeats once, as the index keeps them)."""
    return ",".join(kind[0] + number for number, kind in sorted(set(pairs), key=_index_order))


def _index_order(pair: tuple[str, str]) -> tuple[str, str]:
    return pair[1], pair[0]


def parse_phones(text: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(mobiles, landlines) of the column's text, each in number order."""
    mobiles: list[str] = []
    landlines: list[str] = []
    for item in (text or "").split(","):
        if item:
            (mobiles if _KINDS[item[0]] == "mobile" else landlines).append(item[1:])
    return tuple(mobiles), tuple(landlines)


def disagreeing(
    db: VaultDb, reader: ValueOpener | None = None, index: PhoneIndex = NO_INDEX
) -> list[int]:
    """Ids of the customers whose row's phones are not what the index holds for them: in a
    vault without a lookup key, by SQL; else, each row's phones opened by `reader` (which holds
    the lookup key) and hashed by `index` (a pending customer has no index rows)."""
    if reader is None:
        rows = db.execute(f"SELECT id FROM customers WHERE phones IS NOT {FROM_INDEX} ORDER BY id")
        return [int(row[0]) for row in rows]
    held: dict[int, set[tuple[object, str]]] = {}
    for number, customer_id, kind in db.execute("SELECT * FROM customer_phones"):
        held.setdefault(int(customer_id), set()).add((number, str(kind)))
    pending = {int(r[0]) for r in db.execute("SELECT customer_id FROM index_pending")}
    wrong = []
    for customer_id, customer_no, phones in db.execute(
        "SELECT id, customer_no, phones FROM customers ORDER BY id"
    ):
        mobiles, landlines = parse_phones(reader.open(phones, str(customer_no), "phones"))
        pairs = [(m, "mobile") for m in mobiles] + [(n, "landline") for n in landlines]
        values = [v for n, k in pairs for v in (n, int(customer_id), k)]
        keyed, _ = index.values(values)
        want = (
            set()
            if customer_id in pending
            else {(keyed[i], str(keyed[i + 2])) for i in range(0, len(keyed), 3)}
        )
        if held.get(int(customer_id), set()) != want:
            wrong.append(int(customer_id))
    return wrong
