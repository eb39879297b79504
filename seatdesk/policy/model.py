"""The policy model: field classes, masking and reveal rules, secrecy tiers, limits, role labels.

`seatdesk.policy.parse.parse_policy` takes the TOML text (the caller reads the file) and validates
all of it; any problem is a `PolicyError` naming the key path. The file must describe every known
field, and unknown keys are errors, so that a typo can never leave a field unprotected.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone
from enum import StrEnum
from types import MappingProxyType

from seatdesk.core.errors import PolicyError
from seatdesk.policy._reader import choices
from seatdesk.policy.incident_rules import IncidentRules
from seatdesk.policy.roles import Role
from seatdesk.policy.training import NO_TRAINING, TrainingRules

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


STRICTNESS: tuple[TierAccess, ...] = tuple(TierAccess)

MASK_PARAMS: Mapping[MaskKind, tuple[str, ...]] = MappingProxyType(
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
LIMIT_BOUNDS: Mapping[str, tuple[int, int]] = MappingProxyType(
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
        "searches_per_minute": (1, 600),
        "views_per_minute": (1, 600),
    }
)

MAX_MASK_PARAM = 1000

# Audit entries are kept at least six months: Cybersecurity Law (网络安全法, as amended in force
# 2026-01-01) Art. 23, network logs kept no less than six months. A policy may keep them longer.
AUDIT_RETENTION_MIN_DAYS = 180
AUDIT_RETENTION_MAX_DAYS = 36500


@dataclass(frozen=True)
class MaskRule:
    kind: str
    first: int = 0
    last: int = 0
    count: int = 0

    def __post_init__(self) -> None:
        # parse_policy reports these with a key path; this guards rules built in code.
        if self.kind not in MASK_PARAMS:
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
    searches_per_minute: int  # per person, over the last 60 s; more is refused and audited
    views_per_minute: int


@dataclass(frozen=True)
class Guards:
    """What the seat does where the OS cannot block screen capture, and the clipboard timings."""

    capture_unprotected: str  # "warn": say so in the status bar; "strict": no reveals either
    clipboard_clear_seconds: int
    clipboard_watch_minutes: int
    # Where a seat without a hall verifies 一类 values its person cannot open: "seat" (keyed
    # verifiers in the vault: guessable offline, see docs/threat-model.md) or "hall" (refused
    # there). An enrolled seat always asks the hall.
    class1_verify: str = "seat"


@dataclass(frozen=True)
class LabelledCode:
    """A code the policy offers, with its words in both languages (a reveal's reason, a call's
    wrap-up reason or outcome)."""

    code: str
    label_zh: str
    label_en: str

    def label(self, language: str) -> str:
        return self.label_zh if language == "zh_CN" else self.label_en


RevealReason = LabelledCode


@dataclass(frozen=True)
class WrapUpCodes:
    """What the agent picks when a call ends: its reason and outcome (the first of each is the
    common case, preselected), or for a caller who was never identified, why not. Empty: the
    policy asks for no wrap-up."""

    reasons: tuple[LabelledCode, ...] = ()
    outcomes: tuple[LabelledCode, ...] = ()
    unidentified: tuple[LabelledCode, ...] = ()

    @property
    def enabled(self) -> bool:
        return bool(self.reasons)


NAMESAKE_DETAILS = ("none", "birth_year", "district", "mobile_last4")


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
class PartnerRules:
    """The partner register (合作方保密协议): how many days before an agreement's expiry the
    security officer is reminded, and `partner list` marks it."""

    remind_days: int = 30


PARTNER_REMIND_BOUNDS = (1, 365)


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
    wrap_up: WrapUpCodes = field(default_factory=WrapUpCodes)
    # The one masked detail a name search shows beside each result, to tell namesakes apart.
    namesake_detail: str = "none"
    partners: PartnerRules = field(default_factory=PartnerRules)
    # How long the seat keeps audit entries before a purge may remove acknowledged ones
    # (`[audit] retention_days`; at least AUDIT_RETENTION_MIN_DAYS, CSL Art. 23).
    audit_retention_days: int = AUDIT_RETENTION_MIN_DAYS
    # Confidentiality training (第十五条): courses, validity, grace days, the gate's switch.
    training: TrainingRules = NO_TRAINING
    incidents: IncidentRules = field(default_factory=IncidentRules)
    # How long an approval request asked through the hall waits for an approver ([approvals]).
    approval_request_minutes: int = 10

    def hall_time(self, moment: datetime | str, fmt: str = "%Y-%m-%d %H:%M") -> str:
        """A stored moment as a person sees it: on the hall's clock, whatever the zone of the
        computer. Times are stored in UTC (aware, or the ISO text SeatDesk writes; a naive one
        is UTC) and shown through here, everywhere, so that no two clocks sit side by side."""
        at = datetime.fromisoformat(moment) if isinstance(moment, str) else moment
        if at.tzinfo is None:
            at = at.replace(tzinfo=UTC)
        return self.visitors.local(at).strftime(fmt)

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
