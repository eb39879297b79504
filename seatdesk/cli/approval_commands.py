"""`seatdesk approvals list`: the hall's open approval requests this approver's role may approve
(supervisor, security officer, on a seat enrolled with a hall). The approval itself is still
given at the asking seat, in the desk."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from seatdesk.cli.common import emit, open_services
from seatdesk.core.errors import EXIT_OK
from seatdesk.core.paths import AppPaths
from seatdesk.services.runtime import Runtime


def cmd_approvals(args: argparse.Namespace, runtime: Runtime, app: AppPaths) -> int:
    with open_services(args, runtime, app) as services:
        requests = services.approvals.open_requests()
    hall_time = runtime.policy.hall_time
    lines = [
        f"{'REQUEST':<19} {'ASKED':<17} {'SEAT':<12} {'BY':<10} {'CUSTOMER':<10} "
        f"{'FIELD':<10} {'TIER':<4} STATUS"
    ]
    for r in requests:
        status = f"taken by {r.taken_by}" if r.status == "taken" else "waiting"
        lines.append(
            f"{r.request_id:<19} {hall_time(r.asked_at):<17} {r.seat_name:<12} "
            f"{r.requester:<10} {r.customer_no:<10} {r.field:<10} {r.tier:<4} {status}"
        )
    if not requests:
        lines.append("(no open request)")
    emit(args, [asdict(r) for r in requests], "\n".join(lines))
    return EXIT_OK
