"""The command tree of DESIGN §5 (argparse). Parsing only: commands live in `cli.commands`."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any, NoReturn

from seatdesk import __version__
from seatdesk.cli.compliance_parser import add_assessment_commands, add_training_commands
from seatdesk.cli.hall_parser import add_hall_commands
from seatdesk.cli.pop_command import DESCRIPTION as POP_DESCRIPTION
from seatdesk.cli.pop_command import add_pop_arguments


class _Parser(argparse.ArgumentParser):
    """argparse exits 2 on usage errors, which is already the contract's code."""


def _vault_options(parser: argparse.ArgumentParser, *, need_as: bool = True) -> None:
    parser.add_argument("--vault", metavar="PATH", help="vault file (default: the configured one)")
    if need_as:
        parser.add_argument(
            "--as",
            dest="as_id",
            metavar="STAFF_ID",
            required=True,
            help="your staff ID (password from SEATDESK_PASSWORD or a prompt)",
        )
    parser.add_argument("--json", action="store_true", help="machine-readable output")


def _desk_options(parser: argparse.ArgumentParser) -> None:
    """The options of `seatdesk` without a command (the desk)."""
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the desk on a fresh demo vault in a temporary folder",
    )
    parser.add_argument("--lang", choices=("zh_CN", "en"), help="interface language")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation offscreen and exit (0 = all good)",
    )
    parser.add_argument("--vault", metavar="PATH", help="vault to open in the desk")


class _NotTheDesk(Exception):
    pass


class _DeskParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _NotTheDesk


def parse_desk_start(argv: Sequence[str]) -> argparse.Namespace | None:
    """The arguments of a plain desk start (only the desk's options), else None.

    Building the whole command tree costs some 10 ms of a start that should take about as long
    as a bare Qt window's: the desk is started with its own options alone, and anything else
    (a command, --help, --version, a mistake) goes to `build_parser`.
    """
    parser = _DeskParser(add_help=False)
    _desk_options(parser)
    try:
        args, rest = parser.parse_known_args(list(argv))
    except _NotTheDesk:
        return None
    if rest:
        return None
    args.command = None
    return args


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="seatdesk", description="SeatDesk: customer information stays on the seat."
    )
    parser.add_argument("--version", action="version", version=f"seatdesk {__version__}")
    _desk_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    _vault_and_staff(sub)
    _agreement_and_records(sub)
    _audit_and_pop(sub)
    _upkeep(sub)
    _incidents(sub)
    _approvals(sub)
    _visitors(sub)
    _partners(sub)
    _exports_hall_and_demo(sub)
    _phone(sub)
    add_assessment_commands(sub, _vault_options)
    add_training_commands(sub, _vault_options, _Parser)
    return parser


def _phone(sub: Any) -> None:
    """The phone-system connector's password (kept in the OS keyring)."""
    phone = sub.add_parser("phone", help="the phone-system connector ([phone] in config.toml)")
    phone_sub = phone.add_subparsers(
        dest="phone_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    secret = phone_sub.add_parser("secret", help="its password in the OS keyring")
    secret_sub = secret.add_subparsers(
        dest="secret_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    for action, text in (
        ("set", "store it (from SEATDESK_PHONE_SECRET or a prompt)"),
        ("delete", "remove it"),
    ):
        parser = secret_sub.add_parser(action, help=text)
        parser.add_argument("--connector", choices=("freeswitch", "asterisk"))


def _vault_and_staff(sub: Any) -> None:
    """The vault and the people: init, staff accounts, recovery."""
    init = sub.add_parser(
        "init", help="create a vault and its first admin; prints the recovery key"
    )
    _vault_options(init, need_as=False)
    init.add_argument("--admin", required=True, metavar="STAFF_ID")
    init.add_argument("--name", default="", help="the admin's display name")
    init.add_argument("--key-storage", choices=("keyring", "none"), default="keyring")

    user = sub.add_parser("user", help="staff accounts (admin)")
    user_sub = user.add_subparsers(
        dest="user_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    add = user_sub.add_parser("add", help="add an account (first password: SEATDESK_NEW_PASSWORD)")
    _vault_options(add)
    add.add_argument("staff_id", metavar="STAFF_ID")
    add.add_argument("--role", required=True, choices=("agent", "supervisor", "security", "admin"))
    add.add_argument("--name", default="")
    _countersign_options(add)
    _vault_options(user_sub.add_parser("list", help="list accounts"))
    disable = user_sub.add_parser("disable", help="disable an account and remove its key slot")
    _vault_options(disable)
    disable.add_argument("staff_id", metavar="STAFF_ID")
    role = user_sub.add_parser("role", help="change an account's role (admin, with an approval)")
    _vault_options(role)
    role.add_argument("staff_id", metavar="STAFF_ID")
    role.add_argument("--role", required=True, choices=("agent", "supervisor", "security", "admin"))
    _countersign_options(role)
    passwd = user_sub.add_parser("passwd", help="change your password, or (admin) reset another's")
    _vault_options(passwd)
    passwd.add_argument("staff_id", metavar="STAFF_ID", nargs="?")
    _countersign_options(passwd)

    recover = sub.add_parser("recover", help="sign in with the recovery key and set a new password")
    _vault_options(recover, need_as=False)
    recover.add_argument("--staff", required=True, metavar="STAFF_ID")


def _countersign_options(parser: Any) -> None:
    """An account that may see customer data is added or reset with a security officer's
    approval (DESIGN §3); the first security officer with the recovery key (or, at an enrolled
    seat, the hall administrator's officer code)."""
    parser.add_argument(
        "--approver",
        metavar="STAFF_ID",
        help="the security officer who approves (password: SEATDESK_APPROVER_PASSWORD or prompt)",
    )
    parser.add_argument(
        "--first-officer",
        action="store_true",
        help="the first security officer: the recovery key (SEATDESK_RECOVERY_KEY or prompt), "
        "at an enrolled seat the hall's officer code (SEATDESK_OFFICER_CODE or prompt)",
    )


def _agreement_and_records(sub: Any) -> None:
    """The agreement, import and lookup."""
    agreement = sub.add_parser(
        "agreement", help="show the confidentiality agreement; --accept acknowledges it (audited)"
    )
    _vault_options(agreement)
    agreement.add_argument("--accept", action="store_true", help="I have read it and accept it")
    agreement.add_argument(
        "--lang", dest="agreement_lang", choices=("zh_CN", "en"), default="zh_CN"
    )

    imp = sub.add_parser(
        "import", help="import customers from a CSV file, or remove them (all or nothing)"
    )
    _vault_options(imp)
    imp.add_argument("--csv", metavar="FILE", help="the CRM's customer export")
    imp.add_argument(
        "--mode",
        choices=("add", "update", "snapshot"),
        default="add",
        help="add: known customer numbers are errors (default); update: a known number's record "
        "is replaced; snapshot: the file is the whole truth, customers it does not name are "
        "removed",
    )
    imp.add_argument(
        "--delete-list",
        metavar="FILE",
        help="customer numbers to remove, one a line (with any mode, or without --csv)",
    )
    imp.add_argument(
        "--confirm-removals",
        type=int,
        metavar="N",
        help="the number of customers removed, as the dry run reports it (needed to remove)",
    )
    imp.add_argument("--dry-run", action="store_true", help="check the file, change nothing")
    imp.add_argument(
        "--encoding",
        choices=("gb18030", "utf-8"),
        default=None,
        help="the file's encoding, when detection cannot tell (default: detected)",
    )

    lookup = sub.add_parser("lookup", help="show the masked record as the desk shows it (audited)")
    _vault_options(lookup)
    target = lookup.add_mutually_exclusive_group(required=True)
    target.add_argument("--phone", metavar="NUMBER")
    target.add_argument("--customer-no", metavar="NO")


def _audit_and_pop(sub: Any) -> None:
    """The audit log and screen pop."""
    audit = sub.add_parser("audit", help="the tamper-evident audit log")
    audit_sub = audit.add_subparsers(
        dest="audit_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    verify = audit_sub.add_parser("verify", help="check the hash chain (exit 1 if broken)")
    _vault_options(verify)
    verify.add_argument("--anchor", metavar="HEX", help="an entry MAC that must be in the chain")
    export = audit_sub.add_parser("export", help="write the log as JSON lines")
    _vault_options(export)
    export.add_argument("--out", required=True, metavar="FILE.jsonl")
    purge = audit_sub.add_parser(
        "purge",
        help="remove entries past the retention that the hall has acknowledged (security)",
    )
    _vault_options(purge)
    purge.add_argument("--dry-run", action="store_true", help="say what would go, remove nothing")

    add_pop_arguments(sub.add_parser("pop", help=POP_DESCRIPTION))


def _upkeep(sub: Any) -> None:
    """Backups, key rotation, retention, the file check and the access review."""
    backup = sub.add_parser("backup", help="write an encrypted, verified backup (admin)")
    _vault_options(backup)
    backup.add_argument("--out", required=True, metavar="FILE")
    restore = sub.add_parser(
        "restore", help="restore a backup with the recovery key (SEATDESK_RECOVERY_KEY or prompt)"
    )
    _vault_options(restore, need_as=False)
    restore.add_argument("--from", dest="source", required=True, metavar="FILE")
    restore.add_argument("--force", action="store_true", help="replace an existing vault")
    rekey = sub.add_parser("rekey", help="rotate the vault's data key (admin)")
    _vault_options(rekey)
    purge = sub.add_parser("purge", help="delete customers past retention or without consent")
    _vault_options(purge)
    purge.add_argument("--dry-run", action="store_true", help="list what is due, delete nothing")
    vault = sub.add_parser("vault", help="the vault file itself")
    vault_sub = vault.add_subparsers(
        dest="vault_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    _vault_options(
        vault_sub.add_parser(
            "check", help="check every page's HMAC and the structure (admin, security; exit 4/1)"
        )
    )
    review = sub.add_parser("access-review", help="accounts, roles and their access (security)")
    _vault_options(review)
    review.add_argument("--sign-off", metavar="NOTE", help="record the reviewer's sign-off")
    review.add_argument("--pdf", metavar="FILE.pdf", help="also write the review as a PDF")


def _incidents(sub: Any) -> None:
    """Incident reports."""
    incident = sub.add_parser("incident", help="incident reports (security officer)")
    incident_sub = incident.add_subparsers(
        dest="incident_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    _vault_options(incident_sub.add_parser("list", help="all incidents with deadlines"))
    show = incident_sub.add_parser("show", help="one incident with its evidence")
    _vault_options(show)
    show.add_argument("ref", metavar="REF")
    pdf = incident_sub.add_parser("pdf", help="the incident report as a PDF (masked)")
    _vault_options(pdf)
    pdf.add_argument("ref", metavar="REF")
    pdf.add_argument("--out", required=True, metavar="FILE.pdf")
    pdf.add_argument(
        "--with-outcome",
        action="store_true",
        help="include the staff outcome (internal copies only)",
    )
    pdf.add_argument(
        "--report", type=int, metavar="N", help="report N filed on the incident, not the incident"
    )
    _reporting(incident_sub)


def _reporting(incident_sub: Any) -> None:
    """The 2025 reporting rules: grading, the reports to the regulator, the notice (PIPL 57)."""
    report = incident_sub.add_parser(
        "report", help="file an initial, supplementary or closure report (security officer)"
    )
    _vault_options(report)
    report.add_argument("kind", choices=("initial", "supplement", "closure"))
    report.add_argument("ref", metavar="REF")
    report.add_argument(
        "--file", required=True, metavar="FORM.json", help="the form: {field: text, ...}"
    )
    report.add_argument("--report-lang", choices=("zh_CN", "en"), help="the report's language")
    reports = incident_sub.add_parser("reports", help="the reports filed on an incident")
    _vault_options(reports)
    reports.add_argument("ref", metavar="REF")
    rate = incident_sub.add_parser(
        "rate", help="grade an incident from the number of people affected"
    )
    _vault_options(rate)
    rate.add_argument("ref", metavar="REF")
    rate.add_argument("--people", required=True, type=int, metavar="N")
    rate.add_argument(
        "--severity",
        choices=("general", "major", "serious", "critical"),
        help="override the suggested grade (needs --reason)",
    )
    rate.add_argument("--reason", default="", help="why the grade differs from the suggestion")
    notice = incident_sub.add_parser(
        "notice", help="the PIPL Art. 57 notice to the individuals affected, as a PDF"
    )
    _vault_options(notice)
    notice.add_argument("ref", metavar="REF")
    notice.add_argument("--out", required=True, metavar="FILE.pdf")
    notice.add_argument("--notice-lang", choices=("zh_CN", "en"), help="default: zh_CN")


def _approvals(sub: Any) -> None:
    """Approval requests through the hall."""
    approvals = sub.add_parser(
        "approvals", help="approval requests through the hall (supervisor, security officer)"
    )
    approvals_sub = approvals.add_subparsers(
        dest="approvals_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    _vault_options(approvals_sub.add_parser("list", help="the hall's open requests for your role"))


def _visitors(sub: Any) -> None:
    """The visitor register."""
    visitor = sub.add_parser(
        "visitor", help="the visitor register (supervisors and security officers)"
    )
    visitor_sub = visitor.add_subparsers(
        dest="visitor_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    listing = visitor_sub.add_parser(
        "list", help="who is in the hall now, masked (for a muster); audited"
    )
    _vault_options(listing)
    which = listing.add_mutually_exclusive_group()
    which.add_argument(
        "--on-floor", action="store_true", help="visitors signed into the hall (the default)"
    )
    which.add_argument(
        "--expected", action="store_true", help="pre-registered visitors not yet arrived"
    )
    roster = visitor_sub.add_parser(
        "roster", help="the evacuation roster as a PDF (names, badges, hosts; IDs masked)"
    )
    _vault_options(roster)
    roster.add_argument("--pdf", required=True, metavar="OUT.pdf")
    visitor_log = visitor_sub.add_parser("log", help="the daily visitor log as a PDF")
    _vault_options(visitor_log)
    visitor_log.add_argument(
        "--date", metavar="YYYY-MM-DD", help="the day in the hall (default: today)"
    )
    visitor_log.add_argument("--pdf", required=True, metavar="OUT.pdf")
    closing = visitor_sub.add_parser(
        "end-of-day",
        help="sign out, flagged, everyone still in the hall since before closing time",
    )
    _vault_options(closing)
    closing.add_argument(
        "--everyone", action="store_true", help="everyone in the hall now (clearing the hall)"
    )
    anonymise = visitor_sub.add_parser(
        "purge",
        help="anonymise entries older than the policy's retention period (security officer)",
    )
    _vault_options(anonymise)
    anonymise.add_argument("--dry-run", action="store_true", help="list them, change nothing")


def _partners(sub: Any) -> None:
    """The partner register (security officer)."""
    partner = sub.add_parser(
        "partner", help="partners' confidentiality agreements (security officer)"
    )
    partner_sub = partner.add_subparsers(
        dest="partner_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    add = partner_sub.add_parser("add", help="register a partner's signed agreement")
    _vault_options(add)
    add.add_argument("--name", required=True, help="the partner (company or unit)")
    add.add_argument("--agreement", required=True, metavar="NUMBER", help="agreement number")
    add.add_argument("--signed", required=True, metavar="YYYY-MM-DD")
    add.add_argument("--expires", required=True, metavar="YYYY-MM-DD")
    add.add_argument(
        "--purpose",
        action="append",
        required=True,
        metavar="TEXT",
        help="a purpose the agreement covers (repeat for several)",
    )
    add.add_argument(
        "--classes",
        required=True,
        metavar="一类,二类,三类",
        help="the information classes it covers, separated by commas",
    )
    add.add_argument("--contact", default="", help="the partner's contact person")
    add.add_argument(
        "--attach",
        action="append",
        default=[],
        metavar="FILE",
        help="a signed copy, recorded by name, SHA-256 and size (not stored; repeatable)",
    )
    _vault_options(partner_sub.add_parser("list", help="every agreement, expiring ones marked"))
    show = partner_sub.add_parser("show", help="one agreement")
    _vault_options(show)
    show.add_argument("ref", metavar="AGREEMENT", help="agreement number (or #ID)")
    expire = partner_sub.add_parser("expire", help="end an agreement early (the row stays)")
    _vault_options(expire)
    expire.add_argument("ref", metavar="AGREEMENT", help="agreement number (or #ID)")
    expire.add_argument("--reason", required=True, metavar="TEXT")
    for kind, text in (("pdf", "the register as a PDF"), ("csv", "the register as CSV")):
        report = partner_sub.add_parser(kind, help=text)
        _vault_options(report)
        report.add_argument("--out", required=True, metavar=f"FILE.{kind}")


def _exports_hall_and_demo(sub: Any) -> None:
    """Opening exports, the hall, demo data."""
    opened = sub.add_parser(
        "export-open", help="decrypt a masked export (one-time password: SEATDESK_EXPORT_PASSWORD)"
    )
    opened.add_argument("file", metavar="FILE.sdx")
    opened.add_argument("--out", required=True, metavar="FILE.csv")

    add_hall_commands(sub, _vault_options)

    demo = sub.add_parser("demo-data", help="write synthetic zh_CN customers as CSV")
    demo.add_argument("--count", type=int, default=1000)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--out", required=True, metavar="FILE.csv")
