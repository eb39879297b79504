from __future__ import annotations

import pytest

from seatdesk.core.errors import EXIT_AUTH, PermissionDenied, UsageError
from seatdesk.policy.roles import (
    ROLE_PERMISSIONS,
    Permission,
    Role,
    has_permission,
    parse_role,
    permissions_of,
    require,
)

CUSTOMER_DATA = (Permission.VIEW_CUSTOMERS, Permission.SEARCH_CUSTOMERS)


@pytest.mark.parametrize("permission", CUSTOMER_DATA)
def test_admin_never_sees_customer_data(permission: Permission) -> None:
    assert not has_permission(Role.ADMIN, permission)
    with pytest.raises(PermissionDenied) as caught:
        require(Role.ADMIN, permission)
    assert caught.value.exit_code == EXIT_AUTH


def test_denial_message_names_role_and_action() -> None:
    with pytest.raises(PermissionDenied, match=r"^role 'admin' may not view customers$"):
        require(Role.ADMIN, Permission.VIEW_CUSTOMERS)


@pytest.mark.parametrize("role", [Role.AGENT, Role.SUPERVISOR, Role.SECURITY])
@pytest.mark.parametrize("permission", CUSTOMER_DATA)
def test_desk_roles_view_and_search_customers(role: Role, permission: Permission) -> None:
    assert has_permission(role, permission)
    require(role, permission)


@pytest.mark.parametrize(
    "permission",
    [
        Permission.IMPORT_CUSTOMERS,
        Permission.MANAGE_STAFF,
        Permission.VERIFY_AUDIT,
        Permission.EXPORT_AUDIT,
        Permission.BACKUP,
        Permission.PURGE,
    ],
)
def test_agent_cannot_administer(permission: Permission) -> None:
    assert not has_permission(Role.AGENT, permission)
    with pytest.raises(PermissionDenied, match=r"^role 'agent' may not "):
        require(Role.AGENT, permission)


def test_security_officer_permissions() -> None:
    for permission in (
        Permission.IMPORT_CUSTOMERS,
        Permission.VERIFY_AUDIT,
        Permission.EXPORT_AUDIT,
        Permission.PURGE,
    ):
        assert has_permission(Role.SECURITY, permission)
    assert not has_permission(Role.SECURITY, Permission.MANAGE_STAFF)
    assert not has_permission(Role.SECURITY, Permission.BACKUP)


def test_admin_permissions() -> None:
    assert permissions_of(Role.ADMIN) >= {
        Permission.MANAGE_STAFF,
        Permission.IMPORT_CUSTOMERS,
        Permission.VERIFY_AUDIT,
        Permission.BACKUP,
    }
    assert not has_permission(Role.ADMIN, Permission.EXPORT_AUDIT)
    assert not has_permission(Role.ADMIN, Permission.PURGE)


def test_only_security_and_admin_import() -> None:
    importers = {role for role in Role if has_permission(role, Permission.IMPORT_CUSTOMERS)}
    assert importers == {Role.SECURITY, Role.ADMIN}


def test_every_role_and_permission_is_covered() -> None:
    assert set(ROLE_PERMISSIONS) == set(Role)
    granted = set().union(*ROLE_PERMISSIONS.values())
    assert granted == set(Permission)


def test_permission_table_is_read_only() -> None:
    with pytest.raises(TypeError):
        ROLE_PERMISSIONS[Role.ADMIN] = frozenset(Permission)  # type: ignore[index]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("agent", Role.AGENT),
        ("supervisor", Role.SUPERVISOR),
        ("security", Role.SECURITY),
        ("admin", Role.ADMIN),
        (" Admin ", Role.ADMIN),
        ("AGENT", Role.AGENT),
    ],
)
def test_parse_role(text: str, role: Role) -> None:
    assert parse_role(text) is role


@pytest.mark.parametrize("text", ["", "root", "坐席员", "agents"])
def test_parse_role_rejects_unknown(text: str) -> None:
    with pytest.raises(UsageError) as caught:
        parse_role(text)
    message = str(caught.value)
    assert repr(text) in message
    assert "agent, supervisor, security, admin" in message
