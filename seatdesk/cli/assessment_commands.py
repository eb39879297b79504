"""`seatdesk assessment add|list|show`: the register of impact assessments (PIPL Art. 55-56)."""

from __future__ import annotations

import argparse
from pathlib import Path

from seatdesk.cli.common import emit, open_services
from seatdesk.core.errors import EXIT_OK, UsageError
from seatdesk.core.paths import AppPaths
from seatdesk.services.assessments import Assessment, attachment_digest
from seatdesk.services.runtime import Runtime


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
