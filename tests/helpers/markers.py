"""Planted marker values (issue 15's attacker tests): one marked customer per tier, imported
by the security officer, and what of them a text (everything an attacker read) contains."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from seatdesk.records.demo_data import generate_customers
from seatdesk.records.sealed_rows import SEALED_COLUMNS
from seatdesk.services.importing import import_bytes
from seatdesk.vault.db import VaultDb
from seatdesk.vault.keyslots import KeyFile
from seatdesk.vault.secret_store import MemorySecretStore
from seatdesk.vault.value_seal import ValueOpener
from tests.helpers.imports import csv_bytes
from tests.helpers.vaults import StaffedVault

TIERS = ("秘密", "机密", "绝密")


@dataclass(frozen=True)
class Planted:
    """One customer's marker values: 二类 (name, e-mail, address) and 一类 (ID and card numbers,
    a number written in the notes), and its mobile (in the phone index)."""

    tier: str
    class2: tuple[str, ...]
    class1: tuple[str, ...]
    mobile: str


def plant(staffed: StaffedVault, tag: str, seed: int) -> list[Planted]:
    """Import one marked customer per tier (as the security officer, who imports)."""
    rows = list(generate_customers(3, seed, today=date(2026, 1, 1)))
    planted = []
    for n, (row, tier) in enumerate(zip(rows, TIERS, strict=True)):
        row["customer_no"] = f"M{tag}{n}"
        row["tier"], row["tier_expires"] = tier, ""
        row["name"] = f"甄{tag}{'甲乙丙'[n]}标"
        row["email"] = f"marker.{tag.lower()}{n}@example.cn"
        row["address"] = f"上海市标记路{seed}{n}号{tag}楼甲座"
        row["notes"] = f"客户另留号码 139{seed:04d}{n:04d} 请勿外传"
        row["bank_card"] = row["bank_card"] or f"62220200{seed:05d}{n:06d}"
        planted.append(
            Planted(
                tier,
                (row["name"], row["email"], row["address"]),
                (row["id_number"], row["bank_card"], f"139{seed:04d}{n:04d}"),
                row["mobile"].split(";")[0],
            )
        )
    session = staffed.session("sec01")
    try:
        report = import_bytes(session, csv_bytes(rows), f"{tag}.csv", dry_run=False)
        assert report.imported == 3, report.errors
    finally:
        session.close()
    return planted


def recovered(text: str, planted: list[Planted]) -> dict[str, set[str]]:
    """(class, tier) -> markers of it found in `text`."""
    found: dict[str, set[str]] = {}
    for customer in planted:
        for field_class, markers in (("二类", customer.class2), ("一类", customer.class1)):
            hits = {m for m in markers if m in text}
            if hits:
                found.setdefault(f"{field_class}/{customer.tier}", set()).update(hits)
    return found


def device_secret(staffed: StaffedVault, store: MemorySecretStore) -> bytes | None:
    """The seat's device secret, as the attacker takes it from the keyring."""
    return store.get(KeyFile.load(staffed.paths.keys).vault_id)


def every_value(db: VaultDb, opener: ValueOpener) -> str:
    """Every value of every table, and every sealed value `opener`'s keys open, as one text."""
    texts: list[str] = []
    tables = [str(r[0]) for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    for table in tables:
        rows = db.execute(f"SELECT * FROM {table}")
        texts += [str(v) if not isinstance(v, bytes) else v.hex() for r in rows for v in r]
    sealed = (*SEALED_COLUMNS, "phones")
    for row in db.execute(f"SELECT customer_no, {', '.join(sealed)} FROM customers"):
        for name, blob in zip(sealed, row[1:], strict=True):
            texts.append(str(opener.open(blob, str(row[0]), name)))
    return "\n".join(texts)
