"""`seatdesk assessment add|list|show`: the register of impact assessments (PIPL Art. 55-56)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from seatdesk.cli.common import emit, open_services
from seatdesk.core.errors import EXIT_OK, UsageError
from seatdesk.core.paths import AppPaths
from seatdesk.services.assessments import RESULTS, TRIGGERS, Assessment, attachment_digest
from seatdesk.services.runtime import Runtime


def add_assessment_commands(sub: Any, vault_options: Any) -> None:
    group = sub.add_parser(
        "assessment", help="impact assessments (个人信息保护影响评估, PIPL Art. 55; security)"
    )
    actions = group.add_subparsers(dest="assessment_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="record an assessment (audited; kept three years)")
    vault_options(add)
    add.add_argument("--date", required=True, metavar="YYYY-MM-DD", help="when it was assessed")
    add.add_argument("--scope", required=True, metavar="TEXT", help="what processing")
    add.add_argument("--trigger", required=True, choices=TRIGGERS, help="the Art. 55 case")
    add.add_argument("--result", required=True, choices=RESULTS)
    add.add_argument("--measures", default="", metavar="TEXT")
    add.add_argument("--reviewer", required=True, metavar="NAME")
    add.add_argument("--next-review", required=True, metavar="YYYY-MM-DD")
    hashed = add.add_mutually_exclusive_group()
    hashed.add_argument("--attachment", metavar="FILE", help="the signed report (its SHA-256)")
    hashed.add_argument("--attachment-sha256", metavar="HEX")
    vault_options(actions.add_parser("list", help="every assessment, newest first"))
    show = actions.add_parser("show", help="one assessment")
    vault_options(show)
    show.add_argument("ref", metavar="REF")


def _lines(items: list[Assessment]) -> str:
    if not items:
        return "No impact assessments recorded."
    lines = [f"{'REF':<14} {'DATE':<10} {'TRIGGER':<24} {'RESULT':<22} {'NEXT REVIEW':<11} SCOPE"]
    lines += [
        f"{a.ref:<14} {a.assessed_on:<10} {a.trigger:<24} {a.result:<22} {a.next_review:<11} "
        f"{a.scope}"
        for a in items
    ]
    return "\n".join(lines)


def _detail(a: Assessment) -> str:
    return "\n".join(
        [
            f"Assessment {a.ref} of {a.assessed_on} (PIPL Art. 55: {a.trigger})",
            f"Scope:       {a.scope}",
            f"Result:      {a.result}",
            f"Measures:    {a.measures or '-'}",
            f"Reviewer:    {a.reviewer}",
            f"Next review: {a.next_review}",
            f"Attachment:  {a.attachment_sha256 or '-'}",
            f"Recorded:    {a.recorded_at} by {a.recorded_by}; kept until {a.keep_until}",
        ]
    )


def cmd_assessment(args: argparse.Namespace, runtime: Runtime, app: AppPaths) -> int:
    digest = args.attachment_sha256 if args.assessment_command == "add" else None
    if args.assessment_command == "add" and args.attachment:
        path = Path(args.attachment)
        if not path.is_file():
            raise UsageError(f"no such attachment file: {path}")
        digest = attachment_digest(path)
    with open_services(args, runtime, app) as services:
        register = services.assessments
        if args.assessment_command == "list":
            items = register.all()
            emit(args, [a.as_json() for a in items], _lines(items))
            return EXIT_OK
        if args.assessment_command == "show":
            item = register.show(args.ref)
        else:
            item = register.add(
                assessed_on=args.date,
                scope=args.scope,
                trigger=args.trigger,
                result=args.result,
                reviewer=args.reviewer,
                next_review=args.next_review,
                measures=args.measures,
                attachment_sha256=digest,
            )
    emit(args, item.as_json(), _detail(item))
    return EXIT_OK
