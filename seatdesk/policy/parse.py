"""Reading a policy file: `parse_policy` takes the TOML text (the caller reads the file) and
validates all of it; any problem raises PolicyError naming the key path. The types are in
`seatdesk.policy.model`."""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Mapping
from datetime import time, timedelta
from itertools import pairwise
from types import MappingProxyType

from seatdesk.core.errors import PolicyError
from seatdesk.policy._reader import TableReader, choices
from seatdesk.policy.incident_rules import OPERATOR_TYPES, IncidentRules
from seatdesk.policy.model import (
    AUDIT_RETENTION_MAX_DAYS,
    AUDIT_RETENTION_MIN_DAYS,
    FIELD_NAMES,
    FORMAT_VERSION,
    LIMIT_BOUNDS,
    MASK_PARAMS,
    MAX_MASK_PARAM,
    NAMESAKE_DETAILS,
    PARTNER_REMIND_BOUNDS,
    STRICTNESS,
    DeviceKind,
    FieldClass,
    FieldRule,
    Guards,
    IdTypeLabel,
    LabelledCode,
    Limits,
    MaskKind,
    MaskRule,
    PartnerRules,
    Policy,
    Reveal,
    RevealReason,
    RoleLabel,
    TierAccess,
    TierRules,
    VisitorRules,
    WrapUpCodes,
)
from seatdesk.policy.roles import Role
from seatdesk.policy.training import NO_TRAINING, TRAINING_KEYS, parse_training


def parse_policy(text: str, source: str) -> Policy:
    """Parse and validate policy TOML `text`; `source` names it in error messages."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(f"policy {source}: not valid TOML: {exc}") from None
    top = TableReader(
        source,
        "",
        data,
        allowed=(
            "format",
            "classes",
            "roles",
            "tiers",
            "fields",
            "limits",
            "reveal_reasons",
            "guards",
            "visitors",
            "wrap_up",
            "search",
            "partners",
            "audit",
            "training",
            "incidents",
            "approvals",
        ),
    )
    _check_format(top)
    classes = _parse_classes(top.table("classes"))
    roles = _parse_roles(top.table("roles", allowed=[role.value for role in Role]))
    tier_labels, default_tier, tier_rules = _parse_tiers(
        top.table("tiers", allowed=("labels", "default", "rules"))
    )
    fields = _parse_fields(top.table("fields"), classes)
    limits = _parse_limits(top.table("limits", allowed=LIMIT_BOUNDS))
    reveal_reasons = _parse_reveal_reasons(top.table("reveal_reasons"))
    guards = _parse_guards(
        top.table(
            "guards",
            allowed=(
                "capture_unprotected",
                "clipboard_clear_seconds",
                "clipboard_watch_minutes",
                "class1_verify",
            ),
        )
    )
    visitors = _parse_visitors(top.table("visitors", allowed=_VISITOR_KEYS))
    wrap_up = (
        _parse_wrap_up(top.table("wrap_up", allowed=("reasons", "outcomes", "unidentified")))
        if top.has("wrap_up")
        else WrapUpCodes()
    )
    namesake_detail = (
        top.table("search", allowed=("namesake_detail",)).choice(
            "namesake_detail", NAMESAKE_DETAILS, "detail"
        )
        if top.has("search")
        else "none"
    )
    partners = (
        PartnerRules(
            remind_days=top.table("partners", allowed=("remind_days",)).integer(
                "remind_days", *PARTNER_REMIND_BOUNDS
            )
        )
        if top.has("partners")
        else PartnerRules()
    )
    audit_retention_days = (
        _parse_audit(top.table("audit", allowed=("retention_days",)))
        if top.has("audit")
        else AUDIT_RETENTION_MIN_DAYS
    )
    training = (
        parse_training(top.table("training", allowed=TRAINING_KEYS))
        if top.has("training")
        else NO_TRAINING
    )
    incidents = (
        _parse_incidents(top.table("incidents", allowed=("operator_type", "regulator_channels")))
        if top.has("incidents")
        else IncidentRules()
    )
    approval_minutes = (
        top.table("approvals", allowed=("request_minutes",)).integer("request_minutes", 1, 120)
        if top.has("approvals")
        else 10
    )
    return Policy(
        fields=MappingProxyType(fields),
        tier_labels=tier_labels,
        default_tier=default_tier,
        tier_rules=MappingProxyType(tier_rules),
        limits=limits,
        source=source,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        classes=MappingProxyType(classes),
        roles=MappingProxyType(roles),
        reveal_reasons=reveal_reasons,
        guards=guards,
        visitors=visitors,
        wrap_up=wrap_up,
        namesake_detail=namesake_detail,
        partners=partners,
        audit_retention_days=audit_retention_days,
        training=training,
        incidents=incidents,
        approval_request_minutes=approval_minutes,
    )


def _parse_incidents(table: TableReader) -> IncidentRules:
    """`[incidents]`: both keys optional (a general operator, the 12387 channels)."""
    rules = IncidentRules()
    return IncidentRules(
        operator_type=table.choice("operator_type", OPERATOR_TYPES, "operator type")
        if table.has("operator_type")
        else rules.operator_type,
        regulator_channels=table.string("regulator_channels")
        if table.has("regulator_channels")
        else rules.regulator_channels,
    )


def _parse_audit(table: TableReader) -> int:
    """`[audit] retention_days`: never less than six months (CSL Art. 23)."""
    days = table.integer("retention_days", 1, AUDIT_RETENTION_MAX_DAYS)
    if days < AUDIT_RETENTION_MIN_DAYS:
        table.fail(
            "retention_days",
            f"{days} days is shorter than the law allows: the Cybersecurity Law (Art. 23, in "
            f"force 2026-01-01) requires network logs to be kept at least six months "
            f"({AUDIT_RETENTION_MIN_DAYS} days)",
        )
    return days


def _check_format(top: TableReader) -> None:
    version = top.integer("format", 0, 2**31)
    if version != FORMAT_VERSION:
        top.fail("format", f"unsupported format {version} (this SeatDesk reads {FORMAT_VERSION})")


def _parse_classes(table: TableReader) -> dict[str, FieldClass]:
    classes: dict[str, FieldClass] = {}
    for name in table.names():
        entry = table.table(name, allowed=("level", "description"))
        classes[name] = FieldClass(name, entry.string("level"), entry.string("description"))
    if not classes:
        table.fail(None, "at least one class is required")
    return classes


def _parse_roles(table: TableReader) -> dict[Role, RoleLabel]:
    roles: dict[Role, RoleLabel] = {}
    for role in Role:
        entry = table.table(role.value, allowed=("label_zh", "label_en"))
        roles[role] = RoleLabel(role, entry.string("label_zh"), entry.string("label_en"))
    return roles


def _parse_tiers(table: TableReader) -> tuple[tuple[str, ...], str, dict[str, TierRules]]:
    labels = table.string_list("labels")
    if not labels:
        table.fail("labels", "at least one tier label is required")
    for index, label in enumerate(labels):
        if label in labels[:index]:
            table.fail("labels", f"tier label {label!r} is listed twice")
    default = table.string("default")
    if default not in labels:
        table.fail("default", f"{default!r} is not one of the labels ({choices(labels)})")

    rules_table = table.table("rules")
    for key in rules_table.names():
        if key not in labels:
            rules_table.fail(key, f"rule for unknown tier label (labels are: {choices(labels)})")
    rules: dict[str, TierRules] = {}
    for label in labels:
        if not rules_table.has(label):
            rules_table.fail(label, "tier label has no rule")
        entry = rules_table.table(label, allowed=[role.value for role in Role])
        access = {role: TierAccess(entry.choice(role.value, TierAccess)) for role in Role}
        if access[Role.ADMIN] is not TierAccess.NEVER:
            entry.fail(Role.ADMIN.value, "must be 'never' (the admin sees no customer data)")
        rules[label] = TierRules(label, MappingProxyType(access))

    # Labels run from least to most secret, so a higher tier may never be easier to reveal.
    for lower, higher in pairwise(labels):
        for role in Role:
            was, now = rules[lower].access[role], rules[higher].access[role]
            if STRICTNESS.index(now) < STRICTNESS.index(was):
                rules_table.table(higher).fail(
                    role.value,
                    f"'{now}' is less strict than '{was}' for the lower tier {lower!r}"
                    " (labels are listed from least to most secret)",
                )
    return labels, default, rules


def _parse_fields(table: TableReader, classes: Mapping[str, FieldClass]) -> dict[str, FieldRule]:
    for key in table.names():
        if key not in FIELD_NAMES:
            table.fail(key, f"unknown field (expected one of: {choices(FIELD_NAMES)})")
    fields: dict[str, FieldRule] = {}
    for name in FIELD_NAMES:
        if not table.has(name):
            table.fail(name, "required field is missing")
        entry = table.table(
            name, allowed=("class", "label_zh", "label_en", "mask", "reveal", "verify")
        )
        fields[name] = FieldRule(
            name=name,
            field_class=entry.choice("class", classes, what="class"),
            label_zh=entry.string("label_zh"),
            label_en=entry.string("label_en"),
            mask=_parse_mask(entry.table("mask")),
            reveal=_parse_reveal(entry.table("reveal", allowed=[role.value for role in Role])),
            verify=entry.boolean("verify"),
        )
    return fields


def _parse_mask(table: TableReader) -> MaskRule:
    kind = MaskKind(table.choice("kind", MaskKind, what="kind"))
    params = MASK_PARAMS[kind]
    for key in table.names():
        if key != "kind" and key not in params:
            takes = f"it takes: {choices(params)}" if params else "it takes no parameters"
            table.fail(key, f"not a parameter of kind '{kind}' ({takes})")
    if kind is MaskKind.KEEP:
        first = table.integer("first", 0, MAX_MASK_PARAM)
        last = table.integer("last", 0, MAX_MASK_PARAM)
        return MaskRule(kind, first=first, last=last)
    if kind is MaskKind.HIDE_LAST:
        # count = 0 would hide nothing; kind "none" says that openly.
        return MaskRule(kind, count=table.integer("count", 1, MAX_MASK_PARAM))
    return MaskRule(kind)


def _parse_reveal(table: TableReader) -> Mapping[Role, Reveal]:
    reveal = {role: Reveal(table.choice(role.value, Reveal)) for role in Role}
    if reveal[Role.ADMIN] is not Reveal.NEVER:
        table.fail(Role.ADMIN.value, "must be 'never' (the admin sees no customer data)")
    return MappingProxyType(reveal)


def _parse_limits(table: TableReader) -> Limits:
    values = {
        key: table.integer(key, minimum, maximum)
        for key, (minimum, maximum) in LIMIT_BOUNDS.items()
    }
    return Limits(**values)


_REASON_CODE = re.compile(r"^[a-z][a-z0-9_]{1,39}$")


def _parse_codes(table: TableReader, what: str) -> tuple[LabelledCode, ...]:
    """Codes with their zh and en words, in the file's order; at least one."""
    codes = []
    for code in table.names():
        if not _REASON_CODE.match(code):
            table.fail(code, "codes are lower-case letters, digits and '_'")
        entry = table.table(code, allowed=("zh", "en"))
        codes.append(LabelledCode(code, entry.string("zh"), entry.string("en")))
    if not codes:
        table.fail(None, f"at least one {what} is needed")
    return tuple(codes)


def _parse_reveal_reasons(table: TableReader) -> tuple[RevealReason, ...]:
    """The reasons offered when a field is revealed (the person may add free text)."""
    return _parse_codes(table, "reveal reason")


def _parse_wrap_up(table: TableReader) -> WrapUpCodes:
    return WrapUpCodes(
        reasons=_parse_codes(table.table("reasons"), "call reason"),
        outcomes=_parse_codes(table.table("outcomes"), "call outcome"),
        unidentified=_parse_codes(table.table("unidentified"), "reason for an unidentified call"),
    )


def _parse_guards(table: TableReader) -> Guards:
    return Guards(
        capture_unprotected=table.choice("capture_unprotected", ("warn", "strict")),
        clipboard_clear_seconds=table.integer("clipboard_clear_seconds", 5, 600),
        clipboard_watch_minutes=table.integer("clipboard_watch_minutes", 1, 120),
        class1_verify=table.choice("class1_verify", ("seat", "hall"))
        if table.has("class1_verify")
        else "seat",
    )


# --- visitors ------------------------------------------------------------------------------

_VISITOR_KEYS = (
    "utc_offset",
    "end_of_day",
    "overstay_grace_minutes",
    "retention_days",
    "pre_register_days_ahead",
    "allowed_devices",
    "id_types",
    "devices",
)
_UTC_OFFSET = re.compile(r"^([+-])([01][0-9]|2[0-3]):([0-5][0-9])$")
_TIME_OF_DAY = re.compile(r"^([01][0-9]|2[0-3]):([0-5][0-9])$")
_DEVICE_CODE = re.compile(r"^[a-z][a-z0-9_]{1,31}$")


def _parse_visitors(table: TableReader) -> VisitorRules:
    offset_text = table.string("utc_offset")
    offset = _UTC_OFFSET.match(offset_text)
    if offset is None:
        table.fail("utc_offset", f"expected +HH:MM or -HH:MM, got {offset_text!r}")
    sign = -1 if offset[1] == "-" else 1
    utc_offset = sign * timedelta(hours=int(offset[2]), minutes=int(offset[3]))
    if abs(utc_offset) > timedelta(hours=14):
        table.fail("utc_offset", f"must be between -14:00 and +14:00, got {offset_text!r}")
    end_text = table.string("end_of_day")
    end = _TIME_OF_DAY.match(end_text)
    if end is None:
        table.fail("end_of_day", f"expected a time of day as HH:MM (24 h), got {end_text!r}")

    id_table = table.table("id_types")
    id_types = tuple(IdTypeLabel(name, id_table.string(name)) for name in id_table.names())
    if not id_types:
        id_table.fail(None, "at least one identity document type is needed")

    device_table = table.table("devices")
    codes: list[str] = []
    labels: dict[str, tuple[str, str]] = {}
    for code in device_table.names():
        if not _DEVICE_CODE.match(code):
            device_table.fail(code, "device codes are lower-case letters, digits and '_'")
        entry = device_table.table(code, allowed=("zh", "en"))
        codes.append(code)
        labels[code] = (entry.string("zh"), entry.string("en"))
    if not codes:
        device_table.fail(None, "at least one kind of device is needed")
    allowed = table.string_list("allowed_devices")
    for index, code in enumerate(allowed):
        if code not in codes:
            table.fail(
                "allowed_devices",
                f"item {index + 1}: unknown device {code!r} (devices are: {choices(codes)})",
            )
        if code in allowed[:index]:
            table.fail("allowed_devices", f"device {code!r} is listed twice")
    return VisitorRules(
        id_types=id_types,
        devices=tuple(DeviceKind(c, *labels[c], allowed=c in allowed) for c in codes),
        utc_offset=utc_offset,
        end_of_day=time(int(end[1]), int(end[2])),
        overstay_grace_minutes=table.integer("overstay_grace_minutes", 0, 240),
        retention_days=table.integer("retention_days", 1, 3650),
        pre_register_days_ahead=table.integer("pre_register_days_ahead", 0, 365),
    )
