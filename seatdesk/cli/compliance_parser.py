"""`seatdesk assessment …` and `seatdesk training …`: their arguments (parsing only; the commands
live in `assessment_commands` and `training_commands`, which `parser` must not import: they
bring the services, and every start of the command line parses)."""

from __future__ import annotations

from typing import Any

from seatdesk.services.assessment_terms import RESULTS, TRIGGERS


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


def add_training_commands(sub: Any, vault_options: Any, parser_class: type) -> None:
    training = sub.add_parser(
        "training", help="confidentiality training: record, list and import results (security)"
    )
    actions = training.add_subparsers(
        dest="training_command", metavar="ACTION", required=True, parser_class=parser_class
    )
    record = actions.add_parser("record", help="record a training session and its results")
    vault_options(record)
    record.add_argument("--course", required=True, help="a course id of the policy")
    record.add_argument(
        "--date", metavar="YYYY-MM-DD", help="the session's day (default: today, hall time)"
    )
    record.add_argument("--trainer", required=True, help="who held it (stored masked)")
    record.add_argument(
        "--result",
        dest="results",
        action="append",
        required=True,
        metavar="STAFF_ID=SCORE",
        help="a person's score (0-100); repeat for each person",
    )
    vault_options(actions.add_parser("list", help="each person's training standing"))
    imp = actions.add_parser(
        "import", help="results from a CSV file: staff_id,course,date,score[,trainer]"
    )
    vault_options(imp)
    imp.add_argument("--csv", required=True, metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="check the file, change nothing")
