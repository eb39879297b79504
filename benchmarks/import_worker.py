"""One import, in its own process so that its peak memory is its own.

    python -m benchmarks.import_worker --mode vault|plain --data DIR --count N --seed S

vault: a fresh vault (an admin and an agent who has acknowledged the agreement), then the CSV
imported through the service, as `seatdesk import` does. plain: the same schema in a
sqlcipher3 connection with no key, the same importer. Prints rows/s and peak RSS of this
process and of the import's reader process.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.common import (
    ADMIN,
    ADMIN_PW,
    AGENT,
    AGENT_PW,
    OFFICER,
    OFFICER_PW,
    TIERS,
    Layout,
    bench_runtime,
    current_rss_mib,
    emit,
    max_rss_mib,
    open_plain_db,
)
from seatdesk.records.sealed_rows import RowSealer


def new_vault(vault: Path) -> tuple[Any, Any]:
    """A fresh vault at `vault` with an admin and an agent who has acknowledged the agreement;
    its (runtime, paths)."""
    from seatdesk.services.agreement import acknowledge, load_agreement
    from seatdesk.services.countersign import Countersign
    from seatdesk.services.runtime import VaultPaths
    from seatdesk.services.session import initialise_vault, sign_in
    from seatdesk.services.staff import StaffDesk

    shutil.rmtree(vault.parent, ignore_errors=True)
    vault.parent.mkdir(parents=True)
    runtime = bench_runtime()
    paths = VaultPaths(vault)
    recovery = initialise_vault(
        runtime, paths, admin_id=ADMIN, admin_name="基准", password=ADMIN_PW, key_storage="none"
    )
    admin = sign_in(runtime, paths, ADMIN, ADMIN_PW)
    # An agent's account needs a security officer's approval; the first one, the recovery key.
    desk = StaffDesk(admin)
    officer = Countersign(recovery_key=lambda: recovery)
    desk.add(
        OFFICER, "security", "基准安全", OFFICER_PW, must_change_password=False, countersign=officer
    )
    approval = Countersign(OFFICER, lambda: OFFICER_PW)
    desk.add(AGENT, "agent", "基准坐席", AGENT_PW, must_change_password=False, countersign=approval)
    admin.close()
    agent = sign_in(runtime, paths, AGENT, AGENT_PW)
    acknowledge(agent, load_agreement("zh_CN"), AGENT)
    agent.close()
    return runtime, paths


def import_vault(layout: Layout) -> dict[str, object]:
    from seatdesk.services.importing import import_csv
    from seatdesk.services.session import sign_in

    runtime, paths = new_vault(layout.vault)
    admin = sign_in(runtime, paths, ADMIN, ADMIN_PW, verify="quick")
    rss_before = current_rss_mib()
    started = time.perf_counter()
    report = import_csv(admin, layout.csv, dry_run=False)
    seconds = time.perf_counter() - started
    admin.close()
    # The first sign-in after an import expires the tiers past their date (audited, once).
    started = time.perf_counter()
    sign_in(runtime, paths, AGENT, AGENT_PW, verify="quick").close()
    settle = time.perf_counter() - started
    return {
        "rows": report.imported,
        "errors": len(report.errors),
        "seconds": seconds,
        "rss_before_mib": rss_before,
        "first_sign_in_s": settle,
        "file_mb": layout.vault.stat().st_size / 1e6,
    }


class ClearRows(RowSealer):
    """What the plain twin stores: the values as the file gave them (so the vault's sealing,
    masks and verifiers count in the vault/plain ratio)."""

    def __init__(self) -> None:  # no keys, no policy: nothing is sealed
        pass

    def stored(self, values: Sequence[object]) -> tuple[object, ...]:
        return (*values, None, None, None)


def import_plain(layout: Layout) -> dict[str, object]:
    from seatdesk.records.importer import import_customers

    shutil.rmtree(layout.plain.parent, ignore_errors=True)
    layout.plain.parent.mkdir(parents=True)
    db = open_plain_db(layout.plain, create=True)
    rss_before = current_rss_mib()
    now = datetime.now(UTC)
    started = time.perf_counter()
    with db.transaction():
        report = import_customers(
            db,
            layout.csv,
            tier_labels=TIERS,
            default_tier=TIERS[0],
            today=now.date(),
            created_at=now.isoformat(),
            actor=ADMIN,
            dry_run=False,
            sealer=ClearRows(),  # plain SQLite stores the values as given: no seal, no mask
        )
    seconds = time.perf_counter() - started
    db.close()
    return {
        "rows": report.imported,
        "errors": len(report.errors),
        "seconds": seconds,
        "rss_before_mib": rss_before,
        "file_mb": layout.plain.stat().st_size / 1e6,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mode", choices=("vault", "plain"), required=True)
    parser.add_argument("--data", required=True)
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--seed", type=int, required=True)
    args = parser.parse_args()
    layout = Layout(Path(args.data), args.count, args.seed)
    result = import_vault(layout) if args.mode == "vault" else import_plain(layout)
    result["rows_per_s"] = result["rows"] / result["seconds"]  # type: ignore[operator]
    result["peak_rss_mib"] = max_rss_mib()
    result["reader_peak_rss_mib"] = max_rss_mib(resource.RUSAGE_CHILDREN)
    emit(result)


if __name__ == "__main__":
    main()
