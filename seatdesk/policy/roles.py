"""Staff roles and the fixed table of what each role may do.

The table is code, not policy-file data, on purpose: a policy file can tighten masking and
reveals, but it must not be able to give the admin access to customer data.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType

from seatdesk.core.errors import PermissionDenied, UsageError


class Role(StrEnum):
    AGENT = "agent"
    SUPERVISOR = "supervisor"
    SECURITY = "security"
    ADMIN = "admin"


class Permission(StrEnum):
    VIEW_CUSTOMERS = "view_customers"
    SEARCH_CUSTOMERS = "search_customers"
    IMPORT_CUSTOMERS = "import_customers"
    MANAGE_STAFF = "manage_staff"
    VERIFY_AUDIT = "verify_audit"
    EXPORT_AUDIT = "export_audit"
    BACKUP = "backup"
    PURGE = "purge"
    REGISTER_VISITORS = "register_visitors"
    MANAGE_WATCH_LIST = "manage_watch_list"
    APPROVE_REVEALS = "approve_reveals"
    REPORT_INCIDENT = "report_incident"
    HANDLE_INCIDENTS = "handle_incidents"
    REVIEW_ACCESS = "review_access"
    MANAGE_PARTNERS = "manage_partners"
    RECORD_ASSESSMENTS = "record_assessments"
    RECORD_TRAINING = "record_training"


_PHRASES: Mapping[Permission, str] = MappingProxyType(
    {
        Permission.VIEW_CUSTOMERS: "view customers",
        Permission.SEARCH_CUSTOMERS: "search customers",
        Permission.IMPORT_CUSTOMERS: "import customers",
        Permission.MANAGE_STAFF: "manage staff accounts",
        Permission.VERIFY_AUDIT: "verify the audit log",
        Permission.EXPORT_AUDIT: "export the audit log",
        Permission.BACKUP: "back up or restore the vault",
        Permission.PURGE: "purge expired records",
        Permission.REGISTER_VISITORS: "register visitors",
        Permission.MANAGE_WATCH_LIST: "manage the visitor watch list or override it",
        Permission.APPROVE_REVEALS: "approve reveals",
        Permission.REPORT_INCIDENT: "report incidents",
        Permission.HANDLE_INCIDENTS: "handle incidents",
        Permission.REVIEW_ACCESS: "review staff access",
        Permission.MANAGE_PARTNERS: "keep the partner register",
        Permission.RECORD_ASSESSMENTS: "record or read impact assessments",
        Permission.RECORD_TRAINING: "record training results",
    }
)

_CUSTOMER_DESK = frozenset({Permission.VIEW_CUSTOMERS, Permission.SEARCH_CUSTOMERS})

ROLE_PERMISSIONS: Mapping[Role, frozenset[Permission]] = MappingProxyType(
    {
        Role.AGENT: _CUSTOMER_DESK | {Permission.REPORT_INCIDENT},
        Role.SUPERVISOR: _CUSTOMER_DESK
        | {Permission.REGISTER_VISITORS, Permission.APPROVE_REVEALS, Permission.REPORT_INCIDENT},
        Role.SECURITY: _CUSTOMER_DESK
        | {
            Permission.IMPORT_CUSTOMERS,
            Permission.VERIFY_AUDIT,
            Permission.EXPORT_AUDIT,
            Permission.PURGE,
            Permission.REGISTER_VISITORS,
            Permission.MANAGE_WATCH_LIST,
            Permission.APPROVE_REVEALS,
            Permission.REPORT_INCIDENT,
            Permission.HANDLE_INCIDENTS,
            Permission.REVIEW_ACCESS,
            Permission.MANAGE_PARTNERS,
            Permission.RECORD_ASSESSMENTS,
            Permission.RECORD_TRAINING,
        },
        # Import writes rows without showing any of them, so the admin may run it; the admin
        # never gets VIEW_CUSTOMERS or SEARCH_CUSTOMERS.
        Role.ADMIN: frozenset(
            {
                Permission.MANAGE_STAFF,
                Permission.IMPORT_CUSTOMERS,
                Permission.VERIFY_AUDIT,
                Permission.BACKUP,
                Permission.REPORT_INCIDENT,
            }
        ),
    }
)


def permissions_of(role: Role) -> frozenset[Permission]:
    return ROLE_PERMISSIONS[role]


def has_permission(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]


def require(role: Role, permission: Permission) -> None:
    """Raise `PermissionDenied` unless `role` has `permission`."""
    if not has_permission(role, permission):
        raise PermissionDenied(
            f"role '{role}' may not {_PHRASES[permission]}",
            code=f"permission.{permission.value}",
            role=role.value,
        )


def parse_role(text: str) -> Role:
    """The role named by `text` (surrounding spaces and case ignored), else `UsageError`."""
    try:
        return Role(text.strip().lower())
    except ValueError:
        valid = ", ".join(role.value for role in Role)
        raise UsageError(f"unknown role {text!r} (expected one of: {valid})") from None
