"""`seatdesk partner …`: the register of partners' confidentiality agreements (security officer).
Dates are checked before signing in, so bad input changes nothing and costs no password."""

from __future__ import annotations

import argparse
from pathlib import Path

from seatdesk.cli.common import emit, open_services
from seatdesk.core.errors import EXIT_OK
from seatdesk.core.paths import AppPaths
from seatdesk.services.partners import Partner, parse_day
from seatdesk.services.runtime import Runtime

MARKS = {"expiring": "EXPIRING", "lapsed": "LAPSED", "ended": "ENDED", "pending": "PENDING"}


def _line(partner: Partner, state: str, days_left: int) -> str:
    mark = MARKS.get(state, "")
    if state == "expiring":
        mark += f" in {days_left} d"
    return (
        f"{partner.id:<4} {partner.agreement_no:<18} {partner.expires_on.isoformat():<10} "
        f"{' '.join(partner.classes):<9} {partner.name}{'  ' + mark if mark else ''}"
    )


def _details(partner: Partner, state: str, shown: str) -> str:
    lines = [
        f"Partner:    {partner.name} (#{partner.id})",
        f"Agreement:  {partner.agreement_no}, signed {partner.signed_on}, "
        f"expires {partner.expires_on} ({state})",
        f"Purposes:   {'; '.join(partner.purposes)}",
        f"Classes:    {' '.join(partner.classes)}",
        f"Contact:    {partner.contact or '-'}",
    ]
    lines += [
        f"Attachment: {a.file_name} ({a.size} B, sha256 {a.sha256})" for a in partner.attachments
    ]
    if partner.expired_at is not None:
        lines.append(f"Ended:      {shown} by {partner.expired_by}: {partner.expired_reason}")
    return "\n".join(lines)


def cmd_partner(args: argparse.Namespace, runtime: Runtime, app: AppPaths) -> int:
    action = args.partner_command
    if action == "add":
        signed = parse_day(args.signed, "--signed")
        expires = parse_day(args.expires, "--expires")
    with open_services(args, runtime, app) as services:
        desk = services.partners
        if action in ("pdf", "csv"):
            out = Path(args.out)
            if action == "pdf":
                digest = services.partner_register_pdf(out)
            else:
                digest = services.partner_register_csv(out)
            emit(args, {"out": str(out), "sha256": digest}, f"Wrote {out} (sha256 {digest}).")
            return EXIT_OK
        if action == "add":
            found = [
                desk.add(
                    name=args.name,
                    agreement_no=args.agreement,
                    signed_on=signed,
                    expires_on=expires,
                    purposes=args.purpose,
                    classes=args.classes.replace("，", ",").split(","),
                    contact=args.contact,
                    attachments=[Path(p) for p in args.attach],
                )
            ]
        elif action == "expire":
            found = [desk.expire(args.ref, args.reason)]
        elif action == "show":
            found = [desk.show(args.ref)]
        else:
            found = desk.entries()
        today, remind = desk.today(), desk.remind_days
    data = [p.as_json(today, remind) for p in found]
    if action == "list":
        lines = [f"{'ID':<4} {'AGREEMENT':<18} {'EXPIRES':<10} {'CLASSES':<9} PARTNER"]
        lines += [_line(p, p.state(today, remind), p.days_left(today)) for p in found]
        if not found:
            lines = ["No partners registered."]
        emit(args, data, "\n".join(lines))
        return EXIT_OK
    (partner,) = found
    text = _details(
        partner,
        partner.state(today, remind),
        runtime.policy.hall_time(partner.expired_at) if partner.expired_at else "",
    )
    verb = {"add": "Registered", "expire": "Ended"}.get(action)
    emit(args, data[0], f"{verb} agreement {partner.agreement_no}.\n{text}" if verb else text)
    return EXIT_OK
