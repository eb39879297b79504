"""The commands of DESIGN §5. Each returns an exit code; failures raise SeatDeskError."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from seatdesk.cli import prompts
from seatdesk.cli.hall_commands import cmd_hall
from seatdesk.core.errors import EXIT_CHECK_FAILED, EXIT_OK, UsageError
from seatdesk.core.ipc import DeskRefused, EndCall, PopRequest, parse_pop_url, send_request
from seatdesk.core.paths import AppPaths
from seatdesk.services.agreement import load_agreement
from seatdesk.services.backups import restore
from seatdesk.services.demo import write_demo_csv
from seatdesk.services.door import initialise_vault, sign_in, sign_in_with_recovery
from seatdesk.services.export import open_export
from seatdesk.services.factory import Services
from seatdesk.services.importing import ImportReport
from seatdesk.services.record_desk import MaskedRecord
from seatdesk.services.runtime import Runtime, VaultPaths
from seatdesk.services.visitors import VisitorDesk, VisitorView

Command = Callable[[argparse.Namespace, Runtime, AppPaths], int]


def _emit(args: argparse.Namespace, data: Any, text: str) -> None:
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        print(text)


def resolve_vault(args: argparse.Namespace, app: AppPaths) -> VaultPaths:
    if args.vault:
        return VaultPaths(Path(args.vault).expanduser())
    configured = app.configured_vault()
    if configured is None:
        raise UsageError(
            "no vault configured: create one with 'seatdesk init --vault PATH --admin STAFF_ID'"
        )
    return VaultPaths(configured)


def _services(args: argparse.Namespace, runtime: Runtime, app: AppPaths) -> Services:
    # A command is short-lived: its open checks the key, header, length and schema, and every
    # page it reads; the desk's sign-in and `seatdesk vault check` check every page (see Verify).
    paths = resolve_vault(args, app)
    return Services(
        sign_in(runtime, paths, args.as_id, prompts.password(args.as_id), verify="quick")
    )


def cmd_vault(args: argparse.Namespace, runtime: Runtime, app: AppPaths) -> int:
    paths = resolve_vault(args, app)
    # Every page is checked as the vault opens, before the sign-in writes anything.
    password = prompts.password(args.as_id)
    with Services(sign_in(runtime, paths, args.as_id, password, verify="full")) as services:
        result = services.check_vault(pages_checked_at_open=True)
    data = {**asdict(result), "ok": result.ok}
    if result.ok:
        text = (
            f"Vault intact: {result.pages} pages ({result.bytes / 2**20:.0f} MiB), every page's "
            f"HMAC and the b-tree structure checked in {result.seconds:.1f} s."
        )
    else:
        text = "VAULT STRUCTURE DAMAGED:\n" + "\n".join(result.structure)
    _emit(args, data, text)
    return EXIT_OK if result.ok else EXIT_CHECK_FAILED


def cmd_init(args: argparse.Namespace, runtime: Runtime, app: AppPaths) -> int:
    paths = (
        VaultPaths(Path(args.vault).expanduser()) if args.vault else VaultPaths(app.default_vault)
    )
    password = prompts.new_password(args.admin)
    recovery = initialise_vault(
        runtime,
        paths,
        admin_id=args.admin,
        admin_name=args.name or args.admin,
        password=password,
        key_storage=args.key_storage,
    )
    if app.configured_vault() is None:
        app.remember_vault(paths.vault)
    data = {
        "vault": str(paths.vault),
        "keys": str(paths.keys),
        "admin": args.admin,
        "key_storage": args.key_storage,
        "recovery_key": recovery,
    }
    weak = (
        "\nKey storage: none. This vault is protected by passwords alone (no device secret)."
        if args.key_storage == "none"
        else ""
    )
    _emit(
        args,
        data,
        (
            f"Created vault {paths.vault}\nKey slots: {paths.keys}{weak}\n\n"
            "RECOVERY KEY (shown once; write it down and keep it in the safe):\n\n"
            f"    {recovery}\n"
        ),
    )
    return EXIT_OK


def cmd_user(args: argparse.Namespace, runtime: Runtime, app: AppPaths) -> int:
    with _services(args, runtime, app) as services:
        desk = services.staff
        action = args.user_command
        if action == "add":
            info = desk.add(
                args.staff_id, args.role, args.name, prompts.new_password(args.staff_id)
            )
            _emit(
                args,
                asdict(info),
                f"Added {info.staff_id} ({info.role.value}); "
                "the password must be changed at first sign-in.",
            )
        elif action == "list":
            infos = desk.list()
            lines = [f"{'STAFF ID':<16} {'ROLE':<11} {'STATE':<9} {'LAST LOGIN':<26} NAME"]
            for i in infos:
                state = (
                    "disabled" if i.disabled else ("new" if i.must_change_password else "active")
                )
                lines.append(
                    f"{i.staff_id:<16} {i.role.value:<11} {state:<9} "
                    f"{i.last_login or '-':<26} {i.display_name}"
                )
            _emit(args, [asdict(i) for i in infos], "\n".join(lines))
        elif action == "disable":
            info = desk.disable(args.staff_id)
            _emit(args, asdict(info), f"Disabled {info.staff_id}; its key slot was removed.")
        else:
            target = args.staff_id or services.who.staff_id
            desk.set_password(target, prompts.new_password(target))
            _emit(args, {"staff_id": target, "changed": True}, f"Password changed for {target}.")
    return EXIT_OK


def cmd_recover(args: argparse.Namespace, runtime: Runtime, app: AppPaths) -> int:
    paths = resolve_vault(args, app)
    key = prompts.recovery_key()
    sign_in_with_recovery(runtime, paths, key, args.staff, prompts.new_password(args.staff)).close()
    _emit(
        args,
        {"staff_id": args.staff, "recovered": True},
        f"{args.staff} can sign in with the new password on this seat.",
    )
    return EXIT_OK


def cmd_agreement(args: argparse.Namespace, runtime: Runtime, app: AppPaths) -> int:
    text = load_agreement(args.agreement_lang)
    with _services(args, runtime, app) as services:
        if args.accept:
            services.acknowledge(text, args.as_id)
            _emit(
                args,
                {"accepted": True, "sha256": text.sha256},
                f"Acknowledged by {args.as_id} (text {text.sha256[:12]}).",
            )
        else:
            due = services.agreement_due()
            _emit(
                args,
                {"due": due, "sha256": text.sha256, "text": text.text},
                text.text + ("\nAcknowledge with: seatdesk agreement --accept" if due else ""),
            )
    return EXIT_OK


def _progress(done: int, total: int) -> None:
    sys.stderr.write(f"\rimporting {done}/{total} ({100 * done // max(total, 1)}%)")
    if done >= total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def _report_text(report: ImportReport) -> str:
    lines = [str(problem) for problem in report.problems]
    if report.errors:
        lines.append(
            f"Rejected: {len(report.errors)} error(s) in {report.rows} row(s); "
            "nothing was imported."
        )
    elif report.dry_run:
        lines.append(
            f"Checked {report.rows} row(s) ({report.encoding}): no errors, "
            f"{len(report.warnings)} warning(s). Nothing imported (dry run)."
        )
    else:
        lines.append(
            f"Imported {report.imported} customer(s) ({report.encoding}), "
            f"{len(report.warnings)} warning(s)."
        )
    return "\n".join(lines)


def cmd_import(args: argparse.Namespace, runtime: Runtime, app: AppPaths) -> int:
    with _services(args, runtime, app) as services:
        progress = _progress if sys.stderr.isatty() and not args.json else None
        report = services.import_csv(
            Path(args.csv), dry_run=args.dry_run, progress=progress, encoding=args.encoding
        )
    data = {
        "encoding": report.encoding,
        "rows": report.rows,
        "imported": report.imported,
        "dry_run": report.dry_run,
        "sha256": report.sha256,
        "errors": [asdict(p) for p in report.errors],
        "warnings": [asdict(p) for p in report.warnings],
    }
    _emit(args, data, _report_text(report))
    return EXIT_CHECK_FAILED if report.errors else EXIT_OK


def record_text(record: MaskedRecord) -> str:
    expiry = f" (until {record.tier_expires})" if record.tier_expires else ""
    lines = [f"customer {record.customer_no}  tier {record.tier}{expiry}"]
    for f in record.fields:
        lines.append(f"  {f.label_zh:<6} {f.key:<11} [{f.field_class}]  {f.text or '-'}")
    return "\n".join(lines)


def cmd_lookup(args: argparse.Namespace, runtime: Runtime, app: AppPaths) -> int:
    with _services(args, runtime, app) as services:
        desk = services.records
        matches = desk.find(args.phone if args.phone is not None else args.customer_no)
        records = [desk.view(match.customer_id) for match in matches]
    if not records:
        _emit(args, {"matches": []}, "No customer matches.")
        return EXIT_CHECK_FAILED
    _emit(
        args,
        {"matches": [asdict(r) for r in records]},
        "\n\n".join(record_text(r) for r in records),
    )
    return EXIT_OK


def cmd_audit(args: argparse.Namespace, runtime: Runtime, app: AppPaths) -> int:
    with _services(args, runtime, app) as services:
        if args.audit_command == "export":
            count = services.export_audit(Path(args.out))
            _emit(
                args, {"entries": count, "out": args.out}, f"Wrote {count} entries to {args.out}."
            )
            return EXIT_OK
        result = services.verify_audit(args.anchor)
    data = asdict(result)
    if result.ok:
        _emit(args, data, f"Audit chain intact: {result.entries} entries, head {result.head}.")
        return EXIT_OK
    _emit(args, data, f"AUDIT CHAIN BROKEN at entry {result.first_broken}: {result.reason}")
    return EXIT_CHECK_FAILED


def cmd_export_open(args: argparse.Namespace, runtime: Runtime, app: AppPaths) -> int:
    password = prompts.export_password()
    data = open_export(Path(args.file), password)
    Path(args.out).write_bytes(data)
    print(f"Wrote the masked export to {args.out}.")
    return EXIT_OK


def _phase(message: str) -> None:
    print(f"… {message}", file=sys.stderr, flush=True)


def cmd_backup(args: argparse.Namespace, runtime: Runtime, app: AppPaths) -> int:
    with _services(args, runtime, app) as services:
        report = services.backup(Path(args.out), _phase if not args.json else _quiet_phase)
    _emit(
        args,
        {
            "out": str(report.path),
            "counts": report.counts,
            "audit_head": report.audit_head,
            "sha256": report.sha256,
        },
        f"Backup written and verified: {report.path} "
        f"({report.counts.get('customers', 0)} customers, audit head {report.audit_head}).",
    )
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, runtime: Runtime, app: AppPaths) -> int:
    target = resolve_vault(args, app)
    report = restore(
        runtime,
        Path(args.source),
        target,
        prompts.recovery_key(),
        force=args.force,
        progress=_phase if not args.json else _quiet_phase,
    )
    _emit(
        args,
        {"vault": str(report.path), "counts": report.counts, "audit_head": report.audit_head},
        f"Restored {report.path}: {report.counts.get('customers', 0)} customers; audit chain "
        "verified. Staff sign in with their passwords on the seat whose keyring holds the "
        "device secret, or use 'seatdesk recover'.",
    )
    return EXIT_OK


def cmd_rekey(args: argparse.Namespace, runtime: Runtime, app: AppPaths) -> int:
    with _services(args, runtime, app) as services:
        report = services.rekey(_phase if not args.json else _quiet_phase)
    _emit(
        args,
        {"vault": str(report.path), "counts": report.counts},
        "The data key was rotated and every key slot re-sealed.",
    )
    return EXIT_OK


def cmd_purge(args: argparse.Namespace, runtime: Runtime, app: AppPaths) -> int:
    with _services(args, runtime, app) as services:
        due = services.purge(dry_run=args.dry_run)
    lines = [f"{c.customer_no}  {c.reason}" for c in due]
    verb = "due for deletion" if args.dry_run else "deleted (destruction log in the audit)"
    lines.append(f"{len(due)} customer(s) {verb}.")
    _emit(args, {"dry_run": args.dry_run, "customers": [asdict(c) for c in due]}, "\n".join(lines))
    return EXIT_OK


def cmd_access_review(args: argparse.Namespace, runtime: Runtime, app: AppPaths) -> int:
    with _services(args, runtime, app) as services:
        review = services.access_review()
        if args.sign_off:
            services.sign_off_review(review, args.sign_off)
        if args.pdf:
            services.export_review_pdf(review, Path(args.pdf))
    lines = [
        f"{'STAFF ID':<14} {'ROLE':<11} {'LAST LOGIN':<20} {'VIEW':>5} {'VERIFY':>6} "
        f"{'REVEAL':>6} {'BLOCKED':>7}  NOTE"
    ]
    for a in review.accounts:
        note = "disabled" if a.disabled else ("DORMANT" if a.dormant else "")
        lines.append(
            f"{a.staff_id:<14} {a.role:<11} {(a.last_login or '-')[:19]:<20} "
            f"{a.views:>5} {a.verifies:>6} {a.reveals:>6} {a.blocked:>7}  {note}"
        )
    lines.append(f"Review {review.sha256[:16]}" + (" signed off." if args.sign_off else "."))
    _emit(
        args,
        {**review.as_json(), "sha256": review.sha256, "signed_off": bool(args.sign_off)},
        "\n".join(lines),
    )
    return EXIT_OK


def cmd_incident(args: argparse.Namespace, runtime: Runtime, app: AppPaths) -> int:
    with _services(args, runtime, app) as services:
        desk = services.incidents
        now = runtime.clock.now()
        if args.incident_command == "pdf":
            digest = services.incident_pdf(args.ref, Path(args.out), with_outcome=args.with_outcome)
            _emit(
                args,
                {"ref": args.ref, "out": args.out, "sha256": digest},
                f"Wrote {args.out} (sha256 {digest}).",
            )
            return EXIT_OK
        refs = [args.ref] if args.incident_command == "show" else desk.refs()
        views = [desk.show(ref) for ref in refs]
    data = []
    lines = [f"{'REF':<22} {'REPORTED':<17} {'STATUS':<10} {'SEVERITY':<9} DEADLINE"]
    for view in views:
        row = view
        pending = [d for d in view.deadlines if not d.met]
        first = min(pending, key=lambda d: d.due) if pending else None
        due = (
            "-"
            if first is None
            else (
                f"OVERDUE {first.what}"
                if first.overdue(now)
                else f"{first.what} in {first.seconds_left(now) // 60} min"
            )
        )
        lines.append(
            f"{row.ref:<22} {row.reported_at[:16]:<17} {row.status:<10} "
            f"{row.severity or '-':<9} {due}"
        )
        data.append(view.as_json(now))
    _emit(args, data if args.incident_command == "list" else data[0], "\n".join(lines))
    return EXIT_OK


def _visitor_lines(desk: VisitorDesk, views: list[VisitorView], expected: bool) -> str:
    if not views:
        return "No expected visitors." if expected else "No visitors in the hall."
    lines = [
        f"{'REF':<8} {'BADGE':<8} {'SINCE':<6} {'UNTIL':<6} {'HOST':<12} {'ID':<20} NAME"
        if not expected
        else f"{'REF':<8} {'DATE':<10} {'HOST':<12} {'ID':<20} NAME"
    ]
    for v in views:
        ident = v.id_masked or "-"
        if expected:
            lines.append(
                f"{v.reference:<8} {v.expected_date:<10} {v.host:<12} {ident:<20} {v.name}"
            )
            continue
        flag = f"  OVERSTAY +{v.minutes_over} min" if v.overstay else ""
        lines.append(
            f"{v.reference:<8} {v.badge:<8} {desk.hall_time(v.checked_in_at):<6} "
            f"{desk.hall_time(v.expected_departure):<6} {v.host:<12} {ident:<20} "
            f"{v.name} ({v.organisation}){flag}"
        )
    return "\n".join(lines)


def cmd_visitor(args: argparse.Namespace, runtime: Runtime, app: AppPaths) -> int:
    with _services(args, runtime, app) as services:
        desk = services.visitors
        action = args.visitor_command
        if action == "list":
            views = desk.expected() if args.expected else desk.open_board()
            _emit(
                args,
                {
                    "in_hall": desk.in_hall_count(),
                    "at": runtime.clock.now().isoformat(),
                    "visitors": [v.as_json() for v in views],
                },
                _visitor_lines(desk, views, args.expected),
            )
        elif action in ("roster", "log"):
            out = Path(args.pdf)
            if action == "roster":
                result = desk.export_roster(out)
            else:
                day = desk.today() if args.date is None else _iso_day(args.date)
                result = desk.export_daily_log(day, out)
            _emit(
                args,
                {"out": str(out), "sha256": result.sha256, "rows": result.rows},
                f"Wrote {out} ({result.rows} visitor(s), sha256 {result.sha256}).",
            )
        elif action == "end-of-day":
            forced = desk.close_day(everyone=args.everyone)
            _emit(
                args,
                {"signed_out": [v.reference for v in forced]},
                f"Signed out {len(forced)} visitor(s), each flagged as a forced sign-out.",
            )
        else:
            purged = desk.anonymise_expired(dry_run=args.dry_run)
            verb = "Would anonymise" if purged.dry_run else "Anonymised"
            _emit(
                args,
                {
                    "dry_run": purged.dry_run,
                    "cutoff": purged.cutoff.isoformat(),
                    "references": list(purged.references),
                },
                f"{verb} {len(purged.references)} visitor entr"
                f"{'y' if len(purged.references) == 1 else 'ies'} closed before "
                f"{purged.cutoff:%Y-%m-%d}"
                + (": " + ", ".join(purged.references) if purged.references else "."),
            )
    return EXIT_OK


def _iso_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"--date: expected YYYY-MM-DD, got {text!r}") from None


def _quiet_phase(_: str) -> None:
    pass


def cmd_demo_data(args: argparse.Namespace, runtime: Runtime, app: AppPaths) -> int:
    if args.count < 1:
        raise UsageError("--count must be at least 1")
    written = write_demo_csv(Path(args.out), args.count, args.seed)
    print(f"Wrote {written} synthetic customers to {args.out} (seed {args.seed}).")
    return EXIT_OK


def cmd_pop(args: argparse.Namespace, runtime: Runtime, app: AppPaths) -> int:
    """Deliver a call (or its end) to the running desk. Never prints the number."""
    if args.end == (args.number is not None):
        raise UsageError("give a number or a seatdesk:// URL, or --end (not both)")
    request: PopRequest | EndCall
    if args.end:
        request = EndCall()
    elif ":" in args.number:
        request = parse_pop_url(args.number)
    else:
        request = PopRequest(args.number)
    reply = send_request(request)
    if not reply["ok"]:
        raise DeskRefused(f"the desk refused the request ({reply['error']})")
    if args.json:
        print(json.dumps({"delivered": True}))
    return EXIT_OK


COMMANDS: dict[str, Command] = {
    "init": cmd_init,
    "user": cmd_user,
    "recover": cmd_recover,
    "agreement": cmd_agreement,
    "import": cmd_import,
    "lookup": cmd_lookup,
    "audit": cmd_audit,
    "demo-data": cmd_demo_data,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "rekey": cmd_rekey,
    "purge": cmd_purge,
    "access-review": cmd_access_review,
    "incident": cmd_incident,
    "visitor": cmd_visitor,
    "export-open": cmd_export_open,
    "pop": cmd_pop,
    "vault": cmd_vault,
    "hall": cmd_hall,
}
