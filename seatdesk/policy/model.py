"""The policy model: field classes, masking and reveal rules, secrecy tiers, limits, role labels.

`parse_policy` takes the TOML text (the caller reads the file) and validates all of it; any
problem is a `PolicyError` naming the key path. The file must describe every known field, and
unknown keys are errors, so that a typo can never leave a field unprotected.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone
from enum import StrEnum
from itertools import pairwise
from types import MappingProxyType

from seatdesk.core.errors import PolicyError
from seatdesk.policy._reader import TableReader, choices
from seatdesk.policy.roles import Role

FORMAT_VERSION = 1

#: The customer fields: the one list of them. The policy must describe each, in this order.
FIELD_NAMES: tuple[str, ...] = (
    "name",
    "mobile",
    "landline",
    "id_number",
    "bank_card",
    "birth_date",
    "email",
    "address",
    "notes",
    "gender",
    "segment",
    "consent",
)
#: The same fields in the order the record card, `seatdesk lookup` and the masked export show
#: them: who the customer is, how to reach them, then the rest.
CARD_ORDER: tuple[str, ...] = (
    *("name", "gender", "birth_date", "id_number", "mobile", "landline", "email", "address"),
    *("bank_card", "segment", "consent", "notes"),
)
if sorted(CARD_ORDER) != sorted(FIELD_NAMES):  # a programming error, caught at import
    raise AssertionError("CARD_ORDER must name every field of FIELD_NAMES once")


class MaskKind(StrEnum):
    KEEP = "keep"
    HIDE_LAST = "hide_last"
    DATE_YEAR = "date_year"
    EMAIL = "email"
    FREE_TEXT = "free_text"
    NONE = "none"


class Reveal(StrEnum):
    """Whether a role may reveal a field at all (tiers may add approvals on top)."""

    NEVER = "never"
    WITH_REASON = "with_reason"


class TierAccess(StrEnum):
    """What a role needs to reveal a field of a customer in a given tier; least strict first.

    A reveal always needs a reason; `ALLOWED` means no approval on top of it.
    """

    ALLOWED = "allowed"
    SUPERVISOR_APPROVAL = "supervisor_approval"
    SECURITY_APPROVAL = "security_approval"
    NEVER = "never"


_STRICTNESS: tuple[TierAccess, ...] = tuple(TierAccess)

_MASK_PARAMS: Mapping[MaskKind, tuple[str, ...]] = MappingProxyType(
    {
        MaskKind.KEEP: ("first", "last"),
        MaskKind.HIDE_LAST: ("count",),
        MaskKind.DATE_YEAR: (),
        MaskKind.EMAIL: (),
        MaskKind.FREE_TEXT: (),
        MaskKind.NONE: (),
    }
)

# Bounds catch typos (1500 for 15) as well as settings that would switch a protection off.
_LIMIT_BOUNDS: Mapping[str, tuple[int, int]] = MappingProxyType(
    {
        "reveal_seconds": (1, 300),
        "reveal_quota_per_hour": (0, 1000),
        "verify_attempts_per_call": (1, 20),
        "idle_lock_seconds": (10, 3600),
        "idle_lock_during_call_seconds": (0, 7200),  # 0: a call does not hold the lock off
        "lockout_failures": (1, 100),
        "lockout_minutes": (1, 1440),
        "password_min_length": (8, 1024),
        "audit_excerpt_minutes": (1, 1440),
        "agreement_valid_days": (1, 3650),
        "backup_interval_days": (1, 365),
        "hall_silence_strict_seconds": (10, 3600),
    }
)

_MAX_MASK_PARAM = 1000


@dataclass(frozen=True)
class MaskRule:
    kind: str
    first: int = 0
    last: int = 0
    count: int = 0

    def __post_init__(self) -> None:
        # parse_policy reports these with a key path; this guards rules built in code.
        if self.kind not in _MASK_PARAMS:
            raise ValueError(f"unknown mask kind {self.kind!r}")
        if min(self.first, self.last, self.count) < 0:
            raise ValueError("mask parameters must not be negative")


@dataclass(frozen=True)
class FieldClass:
    name: str
    level: str
    description: str


@dataclass(frozen=True)
class FieldRule:
    name: str
    field_class: str
    label_zh: str
    label_en: str
    mask: MaskRule
    reveal: Mapping[Role, Reveal]
    verify: bool

    def may_reveal(self, role: Role) -> bool:
        return self.reveal.get(role, Reveal.NEVER) == Reveal.WITH_REASON


@dataclass(frozen=True)
class TierRules:
    label: str
    access: Mapping[Role, TierAccess]

    def for_role(self, role: Role) -> TierAccess:
        return self.access.get(role, TierAccess.NEVER)


@dataclass(frozen=True)
class Limits:
    reveal_seconds: int
    reveal_quota_per_hour: int
    verify_attempts_per_call: int
    idle_lock_seconds: int
    idle_lock_during_call_seconds: int
    lockout_failures: int
    lockout_minutes: int
    password_min_length: int
    audit_excerpt_minutes: int
    agreement_valid_days: int
    backup_interval_days: int
    hall_silence_strict_seconds: int  # an enrolled seat that has not heard its hall turns strict


@dataclass(frozen=True)
class Guards:
    """What the seat does where the OS cannot block screen capture, and the clipboard timings."""

    capture_unprotected: str  # "warn": say so in the status bar; "strict": no reveals either
    clipboard_clear_seconds: int
    clipboard_watch_minutes: int


@dataclass(frozen=True)
class RevealReason:
    code: str
    label_zh: str
    label_en: str


@dataclass(frozen=True)
class RoleLabel:
    role: Role
    label_zh: str
    label_en: str


@dataclass(frozen=True)
class DeviceKind:
    """A kind of device a visitor may declare; `allowed` ones may be taken into the hall."""

    code: str
    label_zh: str
    label_en: str
    allowed: bool


@dataclass(frozen=True)
class IdTypeLabel:
    """An identity document a visitor may show; `name` (Chinese) is what the register stores."""

    name: str
    label_en: str


@dataclass(frozen=True)
class VisitorRules:
    """The visitor register (外来人员登记): documents, devices, hall hours, overstay, retention.

    Times of day are the hall's local time at the fixed `utc_offset` (mainland China keeps no
    daylight saving time, so a fixed offset is exact and needs no time-zone database).
    """

    id_types: tuple[IdTypeLabel, ...]
    devices: tuple[DeviceKind, ...]
    utc_offset: timedelta
    end_of_day: time
    overstay_grace_minutes: int
    retention_days: int
    pre_register_days_ahead: int

    @property
    def zone(self) -> timezone:
        return timezone(self.utc_offset)

    @property
    def allowed_devices(self) -> tuple[str, ...]:
        return tuple(d.code for d in self.devices if d.allowed)

    def device(self, code: str) -> DeviceKind:
        for kind in self.devices:
            if kind.code == code:
                return kind
        raise PolicyError(
            f"unknown device {code!r} (expected one of: {choices(d.code for d in self.devices)})"
        )

    def local(self, moment: datetime) -> datetime:
        """`moment` (timezone-aware) in the hall's local time."""
        return moment.astimezone(self.zone)

    def today(self, now: datetime) -> date:
        return self.local(now).date()

    def end_of_day_on(self, day: date) -> datetime:
        """The hall's closing time on `day`, as an aware UTC datetime."""
        return datetime.combine(day, self.end_of_day, self.zone).astimezone(UTC)

    def last_end_of_day(self, now: datetime) -> datetime:
        """The most recent closing time at or before `now`."""
        today = self.end_of_day_on(self.today(now))
        return today if today <= now else self.end_of_day_on(self.today(now) - timedelta(days=1))

    def next_end_of_day(self, now: datetime) -> datetime:
        """The next closing time after `now`."""
        today = self.end_of_day_on(self.today(now))
        return today if today > now else self.end_of_day_on(self.today(now) + timedelta(days=1))


DEFAULT_VISITOR_RULES = VisitorRules(
    id_types=(IdTypeLabel("居民身份证", "Resident ID card"), IdTypeLabel("护照", "Passport")),
    devices=(DeviceKind("phone", "手机", "Mobile phone", True),),
    utc_offset=timedelta(hours=8),
    end_of_day=time(20, 0),
    overstay_grace_minutes=15,
    retention_days=180,
    pre_register_days_ahead=30,
)


@dataclass(frozen=True)
class Policy:
    fields: Mapping[str, FieldRule]
    tier_labels: tuple[str, ...]
    default_tier: str
    tier_rules: Mapping[str, TierRules]
    limits: Limits
    source: str
    sha256: str
    classes: Mapping[str, FieldClass]
    roles: Mapping[Role, RoleLabel]
    reveal_reasons: tuple[RevealReason, ...] = ()
    guards: Guards = field(default_factory=lambda: Guards("warn", 30, 5))
    visitors: VisitorRules = field(default_factory=lambda: DEFAULT_VISITOR_RULES)

    def field(self, name: str) -> FieldRule:
        try:
            return self.fields[name]
        except KeyError:
            raise PolicyError(f"policy {self.source}: no rule for field {name!r}") from None

    def tier(self, label: str) -> TierRules:
        try:
            return self.tier_rules[label]
        except KeyError:
            raise PolicyError(
                f"policy {self.source}: unknown tier {label!r}"
                f" (tiers are: {choices(self.tier_labels)})"
            ) from None

    def reveal_requirement(self, field: str, role: Role, tier: str) -> TierAccess:
        """What `role` needs to reveal `field` of a customer in `tier`.

        The field rule decides whether the role may reveal at all; the tier adds approvals.
        Unknown fields and tiers raise `PolicyError` rather than fall back to something looser.
        """
        rule = self.field(field)
        tier_rules = self.tier(tier)
        if not rule.may_reveal(role):
            return TierAccess.NEVER
        return tier_rules.for_role(role)


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
        ),
    )
    _check_format(top)
    classes = _parse_classes(top.table("classes"))
    roles = _parse_roles(top.table("roles", allowed=[role.value for role in Role]))
    tier_labels, default_tier, tier_rules = _parse_tiers(
        top.table("tiers", allowed=("labels", "default", "rules"))
    )
    fields = _parse_fields(top.table("fields"), classes)
    limits = _parse_limits(top.table("limits", allowed=_LIMIT_BOUNDS))
    reveal_reasons = _parse_reveal_reasons(top.table("reveal_reasons"))
    guards = _parse_guards(
        top.table(
            "guards",
            allowed=("capture_unprotected", "clipboard_clear_seconds", "clipboard_watch_minutes"),
        )
    )
    visitors = _parse_visitors(top.table("visitors", allowed=_VISITOR_KEYS))
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
    )


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
            if _STRICTNESS.index(now) < _STRICTNESS.index(was):
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
    params = _MASK_PARAMS[kind]
    for key in table.names():
        if key != "kind" and key not in params:
            takes = f"it takes: {choices(params)}" if params else "it takes no parameters"
            table.fail(key, f"not a parameter of kind '{kind}' ({takes})")
    if kind is MaskKind.KEEP:
        first = table.integer("first", 0, _MAX_MASK_PARAM)
        last = table.integer("last", 0, _MAX_MASK_PARAM)
        return MaskRule(kind, first=first, last=last)
    if kind is MaskKind.HIDE_LAST:
        # count = 0 would hide nothing; kind "none" says that openly.
        return MaskRule(kind, count=table.integer("count", 1, _MAX_MASK_PARAM))
    return MaskRule(kind)


def _parse_reveal(table: TableReader) -> Mapping[Role, Reveal]:
    reveal = {role: Reveal(table.choice(role.value, Reveal)) for role in Role}
    if reveal[Role.ADMIN] is not Reveal.NEVER:
        table.fail(Role.ADMIN.value, "must be 'never' (the admin sees no customer data)")
    return MappingProxyType(reveal)


def _parse_limits(table: TableReader) -> Limits:
    values = {
        key: table.integer(key, minimum, maximum)
        for key, (minimum, maximum) in _LIMIT_BOUNDS.items()
    }
    return Limits(**values)


_REASON_CODE = re.compile(r"^[a-z][a-z0-9_]{1,39}$")


def _parse_reveal_reasons(table: TableReader) -> tuple[RevealReason, ...]:
    """The reasons offered when a field is revealed (the person may add free text)."""
    reasons = []
    for code in table.names():
        if not _REASON_CODE.match(code):
            table.fail(code, "reason codes are lower-case letters, digits and '_'")
        entry = table.table(code, allowed=("zh", "en"))
        reasons.append(RevealReason(code, entry.string("zh"), entry.string("en")))
    if not reasons:
        table.fail(None, "at least one reveal reason is needed")
    return tuple(reasons)


def _parse_guards(table: TableReader) -> Guards:
    return Guards(
        capture_unprotected=table.choice("capture_unprotected", ("warn", "strict")),
        clipboard_clear_seconds=table.integer("clipboard_clear_seconds", 5, 600),
        clipboard_watch_minutes=table.integer("clipboard_watch_minutes", 1, 120),
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
