"""What seats and the hall agree on for 一类 verification at the hall (issue 15): which forms
travel as tags, how a tag looks, and the hall's limits on attempts.

The limits are the hall's, so a second seat or a new desk process cannot reset them:
- per (person, customer, field) per call: the seat's policy `verify_attempts_per_call` (3 by
  default), never more than `PER_CALL_CAP`; attempts made outside a call count over the last hour;
- per person per hour: `PER_HOUR`. A normal agent takes 10-15 calls an hour and verifies one or
  two fields a call, once or twice: 60 attempts an hour is twice a busy hour's need, while four
  card digits (10,000 values) would take a week of full hours at that pace.
"""

from __future__ import annotations

import re

# The (field, mode) pairs a seat may give the hall (the 一类 forms of `records.verifiers`).
FORMS: frozenset[tuple[str, str]] = frozenset(
    {
        ("id_number", "full"),
        ("id_number", "last6"),
        ("bank_card", "full"),
        ("bank_card", "last4"),
        ("birth_date", "full"),
    }
)
TAG_INFO = b"seatdesk/hall-verifier/v1"  # HKDF info of the tag key, from the hall data key
TAG_BYTES = 16
PER_CALL_CAP = 5
PER_HOUR = 60
MAX_VERSIONS = 16  # versions of a seat's lookup keys one attempt may carry tags for
MAX_TAGS = 2000  # tags in one post (well below the body limit: about 120 bytes each)
OFF_CALL = "off-call"
_TAG = re.compile(rf"^[0-9a-f]{{{2 * TAG_BYTES}}}$")
_CUSTOMER_NO = re.compile(r"^\S{1,64}$")
_CALL_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")


def good_tag(text: object) -> bool:
    return isinstance(text, str) and bool(_TAG.match(text))


def good_version(value: object) -> bool:
    """A version of a seat's lookup key (the seat's own from 1, its hall's above 1,000,000)."""
    return isinstance(value, int) and not isinstance(value, bool) and 1 <= value < 2**31


def good_customer_no(text: object) -> bool:
    return isinstance(text, str) and bool(_CUSTOMER_NO.match(text))


def good_call_id(text: object) -> bool:
    return isinstance(text, str) and bool(_CALL_ID.match(text))
