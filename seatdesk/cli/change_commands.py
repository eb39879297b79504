"""`seatdesk hall publish` and what `hall sync` says of change sets."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path

from seatdesk.cli.common import emit
from seatdesk.core.errors import EXIT_CHECK_FAILED, EXIT_OK
from seatdesk.services.change_apply import CatchUp
from seatdesk.services.factory import Services


def catch_up_text(result: CatchUp) -> str:
    lines = []
    if result.applied:
        lines.append(
            f"Applied {len(result.applied)} change set(s) of customer data: "
            + ", ".join(f"#{seq}" for seq in result.applied)
            + "."
        )
    if result.hdk_missing:
        lines.append("No hall data key here yet: change sets wait until an enrolled seat gives it.")
    if result.refused_seq is not None:
        lines.append(
            f"CHANGE SET #{result.refused_seq} REFUSED: {result.refused_reason} "
            f"(nothing of it applied; {result.behind} change set(s) not applied)"
        )
    return "".join("\n" + line for line in lines)


def publish_changes(args: argparse.Namespace, services: Services) -> int:
    done = services.change_sets.publish(
        Path(args.csv), args.mode, confirm_removals=args.confirm_removals, dry_run=args.dry_run
    )
    counts = f"{done.added} added, {done.changed} changed, {done.removed} removed"
    if done.errors:
        text = f"{len(done.errors)} error(s); nothing published:\n" + "\n".join(done.errors)
    elif done.dry_run:
        text = f"Dry run ({done.mode}): {counts}; nothing published."
    else:
        sets = f"change set #{done.delta_seq}" + (
            f" and full snapshot #{done.full_seq}" if done.full_seq else ""
        )
        text = f"Published {sets} ({done.mode}): {counts}; applied here too."
    emit(args, asdict(done), text)
    return EXIT_CHECK_FAILED if done.errors else EXIT_OK
