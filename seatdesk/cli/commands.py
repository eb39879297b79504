"""The commands of DESIGN §5, by name. Each returns an exit code; failures raise SeatDeskError."""

from __future__ import annotations

from seatdesk.cli.approval_commands import cmd_approvals
from seatdesk.cli.assessment_commands import cmd_assessment
from seatdesk.cli.common import Command
from seatdesk.cli.hall_commands import cmd_hall
from seatdesk.cli.incident_commands import cmd_incident
from seatdesk.cli.partner_commands import cmd_partner
from seatdesk.cli.phone_commands import cmd_phone
from seatdesk.cli.pop_command import cmd_pop
from seatdesk.cli.record_commands import (
    cmd_agreement,
    cmd_demo_data,
    cmd_export_open,
    cmd_import,
    cmd_lookup,
    cmd_purge,
)
from seatdesk.cli.review_commands import cmd_access_review, cmd_audit
from seatdesk.cli.training_commands import cmd_training
from seatdesk.cli.vault_commands import (
    cmd_backup,
    cmd_init,
    cmd_recover,
    cmd_rekey,
    cmd_restore,
    cmd_user,
    cmd_vault,
)
from seatdesk.cli.visitor_commands import cmd_visitor

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
    "approvals": cmd_approvals,
    "visitor": cmd_visitor,
    "partner": cmd_partner,
    "export-open": cmd_export_open,
    "pop": cmd_pop,
    "vault": cmd_vault,
    "hall": cmd_hall,
    "phone": cmd_phone,
    "assessment": cmd_assessment,
    "training": cmd_training,
}
