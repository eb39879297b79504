"""The throwaway demo vault behind `seatdesk --demo`: one account per role, synthetic customers."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from seatdesk.policy.roles import Role
from seatdesk.records.csv_format import COLUMNS
from seatdesk.records.demo_data import generate_customers
from seatdesk.records.demo_data import write_demo_csv as write_customers_csv
from seatdesk.records.interactions import insert_interactions
from seatdesk.services.countersign import Countersign
from seatdesk.services.free_text import typed_texts
from seatdesk.services.importing import ImportReport, import_bytes
from seatdesk.services.runtime import Runtime
from seatdesk.services.session import Session, initialise_vault, sign_in
from seatdesk.services.staff import StaffDesk
from seatdesk.services.training import TrainingDesk, hall_today
from seatdesk.vault.store import VaultPaths

# Demo data is a function of (count, seed) alone, not of the day it is generated.
DEMO_ANCHOR = date(2026, 1, 1)


@dataclass(frozen=True)
class DemoLogin:
    staff_id: str
    role: str
    display_name: str
    password: str


DEMO_LOGINS = (
    DemoLogin("admin", "admin", "演示管理员", "Demo-Admin-2026"),
    DemoLogin("agent", "agent", "演示坐席", "Demo-Agent-2026"),
    DemoLogin("supervisor", "supervisor", "演示班组长", "Demo-Super-2026"),
    DemoLogin("security", "security", "演示安全专员", "Demo-Secur-2026"),
)


def officer_first(logins: Sequence[DemoLogin]) -> list[DemoLogin]:
    """The logins, the security officer first (who approves the others' accounts)."""
    return sorted(logins, key=lambda login: login.role != Role.SECURITY.value)


def demo_csv_bytes(count: int, seed: int) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(COLUMNS), lineterminator="\n")
    writer.writeheader()
    writer.writerows(generate_customers(count, seed, today=DEMO_ANCHOR))
    return buffer.getvalue().encode("utf-8")


def build_demo_vault(
    runtime: Runtime, folder: Path, *, count: int = 10_000, seed: int = 2026
) -> tuple[VaultPaths, ImportReport]:
    """A vault without a device secret (the demo must run on seats with no keyring)."""
    paths = VaultPaths(folder / "demo.vault")
    admin = DEMO_LOGINS[0]
    recovery = initialise_vault(
        runtime,
        paths,
        admin_id=admin.staff_id,
        admin_name=admin.display_name,
        password=admin.password,
        key_storage="none",
    )
    # A throwaway vault whose logins are printed: its recovery key sits beside it, so that the
    # demo hall can enrol it keeping its customers readable (`demo_recovery_key`).
    demo_recovery_file(paths).write_text(recovery, encoding="utf-8")
    session = sign_in(runtime, paths, admin.staff_id, admin.password)
    try:
        staff = StaffDesk(session)
        # The security officer first, with the recovery key; the others with their approval.
        officer = officer_first(DEMO_LOGINS[1:])[0]
        for login in officer_first(DEMO_LOGINS[1:]):
            staff.add(
                login.staff_id,
                login.role,
                login.display_name,
                login.password,
                must_change_password=False,
                countersign=(
                    Countersign(recovery_key=lambda: recovery)
                    if login is officer
                    else Countersign(officer.staff_id, lambda: officer.password)
                ),
            )
        # Generated in memory: synthetic as they are, the rows never touch the disk in clear.
        report = import_bytes(session, demo_csv_bytes(count, seed), "demo-data", dry_run=False)
        _add_demo_history(session, count)
    finally:
        session.close()
    _record_demo_training(runtime, paths, officer_first(DEMO_LOGINS[1:])[0])
    return paths, report


def _record_demo_training(runtime: Runtime, paths: VaultPaths, officer: DemoLogin) -> None:
    """The demo staff passed their confidentiality training today (the security officer
    recorded it), so that the training gate opens the demo's customers to them."""
    session = sign_in(runtime, paths, officer.staff_id, officer.password)
    try:
        desk = TrainingDesk(session)
        for course in session.policy.training.courses:
            takers = [
                (login.staff_id, 100) for login in DEMO_LOGINS if Role(login.role) in course.roles
            ]
            if takers:
                desk.record(course.id, hall_today(session), "演示培训", takers)
    finally:
        session.close()


def demo_recovery_file(paths: VaultPaths) -> Path:
    return paths.vault.with_name(paths.vault.name + ".recovery")


def write_demo_csv(out: Path, count: int, seed: int) -> int:
    """`seatdesk demo-data`: synthetic customers for trying imports (deterministic per seed)."""
    return write_customers_csv(out, count, seed, today=DEMO_ANCHOR)


_DEMO_HISTORY = (
    ("complaint", "客户投诉扣费异常，要求回电至{phone}，已转二线处理"),
    ("note", "客户希望工作日晚上联系，备用号码{phone}"),
    ("complaint", "客户反映短信验证码收不到，已登记并告知处理时限"),
)


def _add_demo_history(session: Session, count: int) -> None:
    """Some complaints and notes (with phone numbers in the text: the gate masks them)."""
    items = []
    for customer_id in range(1, count + 1, 7):
        kind, text = _DEMO_HISTORY[customer_id % len(_DEMO_HISTORY)]
        phone = f"1{3 + customer_id % 7}{customer_id * 7919 % 10**9:09d}"
        at = f"2025-{1 + customer_id % 12:02d}-{1 + customer_id % 28:02d}T10:00:00+00:00"
        items.append((customer_id, at, "demo", kind, text.format(phone=phone)))
    texts = typed_texts(session, [item[4] for item in items])
    with session.db.transaction():
        insert_interactions(
            session.db, [(*item[:4], text) for item, text in zip(items, texts, strict=True)]
        )


def demo_sample_caller(seed: int = 2026) -> tuple[str, str]:
    """(customer number, mobile) of the first synthetic customer, for trying a screen pop."""
    first = next(iter(generate_customers(1, seed, today=DEMO_ANCHOR)))
    return first["customer_no"], first["mobile"].split(";")[0]
