"""The vault and its keys: init, staff accounts, recovery, the file check, backup, restore and
rekey."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path

from seatdesk.cli import prompts
from seatdesk.cli.common import emit, open_services, phase, quiet_phase, resolve_vault
from seatdesk.core.errors import EXIT_CHECK_FAILED, EXIT_OK
from seatdesk.core.paths import AppPaths
from seatdesk.services.backups import restore
from seatdesk.services.countersign import Countersign
from seatdesk.services.door import initialise_vault, sign_in, sign_in_with_recovery
from seatdesk.services.factory import Services
from seatdesk.services.runtime import Runtime, VaultPaths
from seatdesk.services.staff import StaffDesk


def cmd_vault(args: argparse.Namespace, runtime: Runtime, app: AppPaths) -> int:
    paths = resolve_vault(args, app)
    # Every page is checked as the vault opens, before the sign-in writes anything.
    password = prompts.password(args.as_id)
    with Services(sign_in(runtime, paths, args.as_id, password, verify="full")) as services:
        result = services.check_vault(pages_checked_at_open=True)
    data = {**asdict(result), "ok": result.ok, "page_mac": result.page_mac}
    if result.ok:
        text = (
            f"Vault intact: {result.pages} pages ({result.bytes / 2**20:.0f} MiB), every page's "
            f"HMAC and the b-tree structure checked in {result.seconds:.1f} s.\n"
            f"Vault format {result.format} (page MAC {result.page_mac}), schema version "
            f"{result.schema_version}."
        )
    else:
        text = "VAULT STRUCTURE DAMAGED:\n" + "\n".join(result.structure)
    emit(args, data, text)
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
    emit(
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
    with open_services(args, runtime, app) as services:
        desk = services.staff
        action = args.user_command
        if action == "add":
            countersign, password = _approved_password(args, args.staff_id)
            info = desk.add(args.staff_id, args.role, args.name, password, countersign=countersign)
            emit(
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
            emit(args, [asdict(i) for i in infos], "\n".join(lines))
        elif action == "disable":
            info = services.disable_staff(args.staff_id, phase if not args.json else quiet_phase)
            emit(
                args,
                asdict(info),
                f"Disabled {info.staff_id}: it no longer signs in (on an enrolled seat: at any "
                "seat of the hall). On this seat's own accounts the data key is new; the "
                "compartment and lookup keys it held are made new at the next sign-in of a "
                "security officer (ask one to sign in now): until then what is written here "
                "stays open to a copy of its old key file.",
            )
        elif action == "role":
            info = desk.set_role(args.staff_id, args.role, countersign=_countersign(args))
            emit(
                args,
                asdict(info),
                f"{info.staff_id} is now a {info.role.value}"
                + (
                    "; the compartment keys it held and no longer holds open nothing written "
                    "from now on."
                    if isinstance(desk, StaffDesk)
                    else " at every seat of the hall; its sign-ins ended, the next one has the "
                    "new role."
                ),
            )
        else:
            target = args.staff_id or services.who.staff_id
            countersign, password = _approved_password(args, target)
            desk.set_password(target, password, countersign=countersign)
            emit(args, {"staff_id": target, "changed": True}, f"Password changed for {target}.")
    return EXIT_OK


def _approved_password(args: argparse.Namespace, staff_id: str) -> tuple[Countersign, str]:
    """With an approver, the officer types their password and then the first password, one
    after the other at this seat, so the admin never knows it; else the new password."""
    if args.approver is None:
        return _countersign(args), prompts.new_password(staff_id)
    approver = args.approver
    approver_password = prompts.approver_password(approver)
    return (
        Countersign(approver, lambda: approver_password),
        prompts.first_password(staff_id, approver),
    )


def _countersign(args: argparse.Namespace) -> Countersign:
    """The approval the command brings; each secret is read only when it is needed."""
    approver = args.approver
    if approver is not None:
        return Countersign(approver, lambda: prompts.approver_password(approver))
    if args.first_officer:
        return Countersign(recovery_key=prompts.recovery_key, officer_code=prompts.officer_code)
    return Countersign()


def cmd_recover(args: argparse.Namespace, runtime: Runtime, app: AppPaths) -> int:
    paths = resolve_vault(args, app)
    key = prompts.recovery_key()
    sign_in_with_recovery(runtime, paths, key, args.staff, prompts.new_password(args.staff)).close()
    emit(
        args,
        {"staff_id": args.staff, "recovered": True},
        f"{args.staff} can sign in with the new password on this seat.",
    )
    return EXIT_OK


def cmd_backup(args: argparse.Namespace, runtime: Runtime, app: AppPaths) -> int:
    with open_services(args, runtime, app) as services:
        report = services.backup(Path(args.out), phase if not args.json else quiet_phase)
    emit(
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
        progress=phase if not args.json else quiet_phase,
    )
    emit(
        args,
        {"vault": str(report.path), "counts": report.counts, "audit_head": report.audit_head},
        f"Restored {report.path}: {report.counts.get('customers', 0)} customers; audit chain "
        "verified. Staff sign in with their passwords on the seat whose keyring holds the "
        "device secret, or use 'seatdesk recover'.",
    )
    return EXIT_OK


def cmd_rekey(args: argparse.Namespace, runtime: Runtime, app: AppPaths) -> int:
    with open_services(args, runtime, app) as services:
        report = services.rekey(phase if not args.json else quiet_phase)
    emit(
        args,
        {"vault": str(report.path), "counts": report.counts},
        "The data key was rotated and every key slot re-sealed.",
    )
    return EXIT_OK
