"""What the desk's menu offers each role, with the shortcuts (F1 lists them): the call, the
customers (for roles that see them), security (incidents; the audit log, the access review and
the purge for the officer) and administration (accounts and backups, for the admin)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication

from seatdesk.policy.roles import Permission, has_permission
from seatdesk.ui.admin_window import AdminWindow
from seatdesk.ui.audit_viewer import open_audit_viewer
from seatdesk.ui.desk_host import DeskHost
from seatdesk.ui.desk_menu import DeskAction
from seatdesk.ui.export_flow import run_export
from seatdesk.ui.officer_window import OfficerWindow
from seatdesk.ui.training_dialog import open_assessment

translate = QCoreApplication.translate


class MenuDesk(DeskHost, Protocol):
    """What the menu's actions call on the desk window."""

    def end_call(self) -> None: ...
    def lock(self, reason: str = "manual") -> None: ...
    def hand_over(self) -> None: ...
    def focus_search(self) -> None: ...
    def open_verify(self, field: str) -> None: ...
    def report_incident(self) -> None: ...
    def open_incidents(self) -> None: ...
    def open_approvals(self) -> None: ...


def desk_actions(desk: MenuDesk) -> list[DeskAction]:
    role = desk.services.who.role
    sees_customers = has_permission(role, Permission.SEARCH_CUSTOMERS)
    # A role that takes no calls (the admin) has a seat menu without the call in it.
    call = translate("DeskWindow", "Call") if sees_customers else translate("DeskWindow", "Seat")
    customers = translate("DeskWindow", "Customers")
    safety = translate("DeskWindow", "Security")
    actions = [
        *(
            [DeskAction(call, translate("DeskWindow", "End call"), "Ctrl+E", desk.end_call)]
            if sees_customers
            else []
        ),
        DeskAction(
            call, translate("DeskWindow", "Lock the seat"), "Ctrl+L", lambda: desk.lock("manual")
        ),
        DeskAction(
            call, translate("DeskWindow", "Sign out (next person)"), "Ctrl+Shift+Q", desk.hand_over
        ),
    ]
    if sees_customers:
        actions += [
            DeskAction(
                customers, translate("DeskWindow", "Find a caller"), "Ctrl+F", desk.focus_search
            ),
            DeskAction(
                customers,
                translate("DeskWindow", "Verify a value"),
                "Ctrl+Shift+V",
                lambda: desk.open_verify(""),
            ),
            DeskAction(
                customers, translate("DeskWindow", "Export (masked)…"), "", lambda: run_export(desk)
            ),
        ]
    actions.append(
        DeskAction(
            safety, translate("DeskWindow", "Report incident"), "Ctrl+Shift+R", desk.report_incident
        )
    )
    if desk.services.who.policy.training.courses_for(role):
        actions.append(
            DeskAction(
                safety,
                translate("DeskWindow", "Confidentiality training…"),
                "",
                lambda: open_assessment(desk),
                "open_assessment",
            )
        )
    if has_permission(role, Permission.HANDLE_INCIDENTS):
        actions.append(
            DeskAction(safety, translate("DeskWindow", "Incidents"), "", desk.open_incidents)
        )
    if has_permission(role, Permission.APPROVE_REVEALS) and desk.services.hall.enrolled:
        actions.append(
            DeskAction(
                safety, translate("DeskWindow", "Approvals…"), "", desk.open_approvals,
                "open_approvals",
            )
        )  # fmt: skip
    if has_permission(role, Permission.EXPORT_AUDIT):
        actions.append(
            DeskAction(
                safety,
                translate("DeskWindow", "Audit log…"),
                "Ctrl+Shift+A",
                lambda: open_audit_viewer(
                    desk.host_widget(),
                    desk.services.audit_viewer,
                    desk.services.who.policy,
                    desk.watermark_text,
                    desk.language,
                ),
                "open_audit_log",
            )
        )
    if has_permission(role, Permission.MANAGE_STAFF):
        actions.append(
            DeskAction(
                translate("DeskWindow", "Administration"),
                translate("DeskWindow", "Accounts and backups…"),
                "",
                lambda: AdminWindow(
                    desk.services,
                    desk.host_widget(),
                    signed_out=desk.hand_over,
                    language=desk.language,
                ).exec(),
                "open_admin",
            )
        )
    if has_permission(role, Permission.REVIEW_ACCESS):
        actions.append(
            DeskAction(
                safety,
                translate("DeskWindow", "Access review and purge…"),
                "",
                lambda: OfficerWindow(
                    desk.services, desk.language, desk.host_widget(), desk.watermark_text
                ).exec(),
                "open_officer",
            )
        )
    return actions
