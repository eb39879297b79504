"""What `seatdesk audit purge` says: how many entries went, how many stayed and why."""

from __future__ import annotations

from seatdesk.services.audit_retention import BROKEN, FLAGGED, NOT_ENROLLED, AuditPurge


def audit_purge_text(purge: AuditPurge) -> str:
    lines = [f"Retention: {purge.retention_days} days (entries before {purge.cutoff})."]
    if purge.refused == NOT_ENROLLED:
        lines.append(
            "Nothing purged: this seat is not enrolled in a hall, so its audit log is the only "
            "copy and is never purged."
        )
    elif purge.refused == FLAGGED:
        lines.append(
            "Nothing purged: the hall has flagged this seat's audit chain; it is kept as evidence."
        )
    elif purge.refused == BROKEN:
        lines.append(
            "Nothing purged: this seat's audit chain does not verify (seatdesk audit verify "
            "names the entry); it is kept as evidence."
        )
    elif purge.dry_run:
        lines.append(f"{purge.purged} entries would be purged (through entry {purge.through_seq}).")
    elif purge.purged:
        lines.append(
            f"{purge.purged} entries purged (through entry {purge.through_seq}); anchor entry "
            f"{purge.anchor_seq} written, the chain verifies from it."
        )
    else:
        lines.append("Nothing to purge.")
    if purge.enrolled:
        lines.append(f"The hall has acknowledged entries up to {purge.acked_seq}.")
    lines.append(f"Kept {purge.kept_recent} entries newer than the retention.")
    if purge.kept_unacknowledged:
        lines.append(
            f"Kept {purge.kept_unacknowledged} entries past the retention that the hall has not "
            "acknowledged yet (they go once it has)."
        )
    if purge.kept_behind_newer:
        lines.append(
            f"Kept {purge.kept_behind_newer} acknowledged entries past the retention that come "
            "after a newer entry (the chain loses only its oldest entries)."
        )
    return "\n".join(lines)
