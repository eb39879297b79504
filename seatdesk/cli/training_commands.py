"""`seatdesk training record|list|import`: the confidentiality training register (the security
officer records and imports; `list` shows each person's standing)."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from datetime import date
from pathlib import Path

from seatdesk.cli.common import emit, open_services
from seatdesk.core.errors import EXIT_CHECK_FAILED, EXIT_OK, UsageError
from seatdesk.core.paths import AppPaths
from seatdesk.services.runtime import Runtime
from seatdesk.services.training import PersonTraining


def cmd_training(args: argparse.Namespace, runtime: Runtime, app: AppPaths) -> int:
    if args.training_command == "record":
        return _record(args, runtime, app)
    if args.training_command == "import":
        return _import(args, runtime, app)
    with open_services(args, runtime, app) as services:
        people = services.training.register()
    emit(args, [_person_json(p) for p in people], _register_text(people))
    return EXIT_OK


def _record(args: argparse.Namespace, runtime: Runtime, app: AppPaths) -> int:
    results = [_result(text) for text in args.results]
    held_on = _date(args.date) if args.date else runtime.policy.visitors.today(runtime.clock.now())
    with open_services(args, runtime, app) as services:
        written = services.training.record(args.course, held_on, args.trainer, results)
    lines = [
        f"{r.staff_id}: {r.score} ({'passed' if r.passed else 'not passed'}"
        + (f", valid until {r.valid_until})" if r.valid_until else ")")
        for r in written
    ]
    emit(args, [asdict(r) for r in written], "\n".join(lines))
    return EXIT_OK


def _import(args: argparse.Namespace, runtime: Runtime, app: AppPaths) -> int:
    try:
        data = Path(args.csv).read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read {args.csv}: {exc.strerror}") from None
    with open_services(args, runtime, app) as services:
        report = services.import_training(data, dry_run=args.dry_run)
    if report.errors:
        text = "\n".join(
            [*map(str, report.errors), f"{len(report.errors)} bad row(s): nothing imported."]
        )
    elif args.dry_run:
        text = f"{report.rows} row(s) checked, all good (dry run: nothing imported)."
    else:
        text = f"Imported {report.imported} result(s), {report.passed} passed."
    data_out = {
        "rows": report.rows,
        "imported": report.imported,
        "passed": report.passed,
        "dry_run": args.dry_run,
        "errors": [asdict(e) for e in report.errors],
    }
    emit(args, data_out, text)
    return EXIT_CHECK_FAILED if report.errors else EXIT_OK


def _date(text: str) -> date:
    try:
        if len(text) != 10:
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"--date: expected YYYY-MM-DD, got {text!r}") from None


def _result(text: str) -> tuple[str, int]:
    staff_id, _, score = text.partition("=")
    if not staff_id.strip() or not score.strip().isdigit():
        raise UsageError(f"--result: expected STAFF_ID=SCORE, got {text!r}")
    return staff_id.strip(), int(score)


def _person_json(person: PersonTraining) -> dict[str, object]:
    return {
        "staff_id": person.staff_id,
        "role": person.role.value,
        "allowed": person.allowed,
        "courses": [
            {
                "course": c.course.id,
                "last_passed": c.last_passed.isoformat() if c.last_passed else None,
                "valid_until": c.valid_until.isoformat() if c.valid_until else None,
                "standing": c.standing.value,
            }
            for c in person.courses
        ],
    }


def _register_text(people: list[PersonTraining]) -> str:
    lines = [
        f"{'STAFF ID':<14} {'ROLE':<11} {'COURSE':<18} {'LAST PASSED':<12} "
        f"{'VALID UNTIL':<12} STATUS"
    ]
    for person in people:
        for c in person.courses:
            lines.append(
                f"{person.staff_id:<14} {person.role.value:<11} {c.course.id:<18} "
                f"{c.last_passed or '-'!s:<12} {c.valid_until or '-'!s:<12} {c.standing.value}"
            )
    return "\n".join(lines)
