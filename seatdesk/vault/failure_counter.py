"""Failed sign-ins counted at this seat: the key file's `failures` section, sealed by the keyring.

On a vault whose device secret lives in the seat's keyring, the section carries a seal: an
HMAC-SHA256 under a key of its own in the keyring (`{vault_id}/lockout-key`) over the section
and a sequence number. The keyring keeps the highest number it has seen
(`{vault_id}/lockout-seq`), and every change of the section raises it. So an edited or emptied
section fails the MAC, a key file copied back from before carries a lower number than the
keyring, and a seal, key or number gone missing is seen too: any of these is a tamper, and the
services lock every account for the lockout period and audit it. The keyring also keeps a
tally of the attempts not yet audited (`{vault_id}/lockout-tally`: per account how many, the
first and the last), so that attempts a tamper erased from the file still reach the audit log,
as a count with its span of time.

The file is written before the keyring's number is raised: a save cut short in between leaves
the file one ahead, which is accepted (only the keyring's key makes a valid seal) and repaired.

What this cannot stop, and the threat model says so: someone who can write the seat's keyring
as well as the key file (the same OS user, with the desktop keyring open to their scripts) can
put both back together, or delete the key, the number and the seal at once (which looks like a
vault from before sealed counters); and with the device secret and a copy of the key file they
can try passwords against their slot without SeatDesk at all. The hall's count (enrolled
seats) is the one they cannot reach. With `--key-storage none` there is no keyring: the section
is counted unsealed, as before, and editing the file undoes it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from seatdesk.core.clock import utc_iso
from seatdesk.core.errors import VaultUnreadable
from seatdesk.vault.keyslots import KeyFile
from seatdesk.vault.secret_store import SecretStore

EVERYONE = "*"  # the record of a tamper lock (no staff ID starts with '*')
MAX_REFUSALS = 100  # refusals of a locked account kept with their times; more are counted
WRONG_PASSWORD = "wrong password"
LOCKED = "locked"
TAMPERED = "tampered"
ERASED = "erased from a tampered counter"
MAX_TALLY = 30  # accounts in the keyring's tally (a keyring entry may hold only ~2 KB)


def key_name(vault_id: str) -> str:
    return f"{vault_id}/lockout-key"


def seq_name(vault_id: str) -> str:
    return f"{vault_id}/lockout-seq"


def tally_name(vault_id: str) -> str:
    return f"{vault_id}/lockout-tally"


@dataclass(frozen=True)
class Pending:
    """A failed attempt (or a tamper found) not yet written to the audit log."""

    staff_id: str
    at: datetime
    kind: str  # WRONG_PASSWORD, LOCKED or TAMPERED
    reason: str = ""  # of a tamper: what was found
    count: int = 1  # refusals past MAX_REFUSALS, or attempts a tamper erased, told as one
    first: datetime | None = None  # of attempts told as one: the first (`at` is the last)


@dataclass(frozen=True)
class Lock:
    until: datetime
    everyone: bool  # a tamper lock, not this account's own failures


class FailureCounter:
    """The failure counter of one key file. `problem` says what a check of its seal found (None:
    as this seat last wrote it); while it is set, the section's content is not trusted."""

    def __init__(self, keyfile: KeyFile, store: SecretStore | None) -> None:
        self.keyfile = keyfile
        self.store = store
        self.problem: str | None = None
        self._section: dict[str, Any] = {}

    @classmethod
    def load(cls, keyfile: KeyFile, store: SecretStore | None) -> FailureCounter:
        """The counter as it is on disk now, checked (`store` None: a vault without keyring)."""
        keyfile.take_failures_from_disk()
        counter = cls(keyfile, store)
        counter.problem = counter._check()
        return counter

    @property
    def sealed(self) -> bool:
        return self.store is not None

    # -- the seal ------------------------------------------------------------------------------
    def _check(self) -> str | None:
        if self.store is None:
            self._section = self._plain()
            return None
        vault_id = self.keyfile.vault_id
        key = self.store.get(key_name(vault_id))
        mark = self._mark()
        seal = self.keyfile.failures_seal
        if key is None and mark is None and seal is None:
            self._section = self._plain()  # first need: a vault from before sealed counters
            self.save()
            return None
        if key is None:
            return "the keyring's counter key is missing"
        if not (
            isinstance(seal, dict)
            and isinstance(seal.get("seq"), int)
            and isinstance(seal.get("mac"), str)
        ):
            return "the key file's seal of the counter is missing"
        if not hmac.compare_digest(seal["mac"], _mac(key, vault_id, seal["seq"], self._raw())):
            return "the counter in the key file was edited"
        if mark is None:
            return "the keyring's counter number is missing"
        if seal["seq"] < mark:
            return "an older key file was put back"
        if seal["seq"] > mark:
            self._put_mark(seal["seq"])  # a save cut short before the keyring heard of it
        self._section = self._plain()
        return None

    def key_id(self) -> str | None:
        """Names the keyring's counter key without giving it (the vault remembers it)."""
        key = None if self.store is None else self.store.get(key_name(self.keyfile.vault_id))
        if key is None:
            return None
        return hmac.new(key, b"seatdesk/lockout-key-id/v1", hashlib.sha256).hexdigest()[:32]

    def restart(self) -> None:
        """An empty counter, sealed into the key file without saving it and without raising
        the keyring's number (a restore: the caller saves, puts it in place, then raise_mark)."""
        self._section = {}
        self.problem = None
        self._seal_into_keyfile()

    def save(self) -> None:
        seq = self._seal_into_keyfile()
        self.keyfile.save()
        if seq is not None:
            self._put_tally()
            self._put_mark(seq)

    def raise_mark(self) -> None:
        seal = self.keyfile.failures_seal
        if self.store is not None and isinstance(seal, dict) and isinstance(seal.get("seq"), int):
            self._put_tally()
            self._put_mark(max(int(seal["seq"]), self._mark() or 0))

    def _seal_into_keyfile(self) -> int | None:
        section = json.loads(json.dumps(self._section))
        if self.store is None:
            self.keyfile.set_failures(section, None)
            return None
        vault_id = self.keyfile.vault_id
        key = self.store.get(key_name(vault_id))
        if key is None:
            key = secrets.token_bytes(32)
            self.store.put(key_name(vault_id), key)
        seal = self.keyfile.failures_seal
        on_file = seal.get("seq") if isinstance(seal, dict) else None
        seq = max(self._mark() or 0, on_file if isinstance(on_file, int) else 0) + 1
        self.keyfile.set_failures(section, {"seq": seq, "mac": _mac(key, vault_id, seq, section)})
        return seq

    def _mark(self) -> int | None:
        assert self.store is not None
        value = self.store.get(seq_name(self.keyfile.vault_id))
        return None if value is None else int.from_bytes(value, "big")

    def _put_mark(self, seq: int) -> None:
        assert self.store is not None
        self.store.put(seq_name(self.keyfile.vault_id), seq.to_bytes(8, "big"))

    def _put_tally(self) -> None:
        assert self.store is not None
        tally: dict[str, list[int]] = {}
        for item in self.pending():
            if item.kind == TAMPERED:
                continue
            first, last = int((item.first or item.at).timestamp()), int(item.at.timestamp())
            known = tally.setdefault(item.staff_id, [0, first, last])
            known[0], known[1], known[2] = known[0] + item.count, min(known[1], first), last
        kept = sorted(tally.items(), key=lambda kv: -kv[1][0])[:MAX_TALLY]
        text = json.dumps(dict(kept), sort_keys=True, separators=(",", ":"))
        self.store.put(tally_name(self.keyfile.vault_id), text.encode("utf-8"))

    def _tally(self) -> list[list[Any]]:
        """What the keyring says was not yet audited: [staff ID, count, first, last]."""
        assert self.store is not None
        value = self.store.get(tally_name(self.keyfile.vault_id))
        try:
            tally = json.loads(value or b"{}")
            return [
                [str(staff_id), int(n), _iso(first), _iso(last)]
                for staff_id, (n, first, last) in sorted(tally.items())
                if int(n) > 0
            ]
        except (ValueError, TypeError, AttributeError, OverflowError, OSError):
            return []  # damaged: the tamper itself is still audited

    def _raw(self) -> Any:
        return self.keyfile.failures

    # -- what is counted -----------------------------------------------------------------------
    def lock_everyone(self, staff_id: str, now: datetime, lock: timedelta) -> datetime:
        """After a tamper: every account locked from now, the finding kept for the audit."""
        until = now + lock
        found = {"at": utc_iso(now), "by": staff_id, "reason": self.problem or ""}
        record: dict[str, Any] = {"locked_until": utc_iso(until), "tampered": [found]}
        if self.store is not None:
            record["erased"] = self._tally()
        self._section = {EVERYONE: record}
        self.problem = None
        self.save()
        return until

    def lift_everyone(self) -> bool:
        """The recovery key's holder is in: the tamper lock ends (its findings stay pending)."""
        record = self._section.get(EVERYONE)
        if record is None or record.get("locked_until") is None:
            return False
        record["locked_until"] = None
        return True

    def lock_of(self, staff_id: str, now: datetime) -> Lock | None:
        for name, everyone in ((EVERYONE, True), (staff_id, False)):
            value = self._record(name).get("locked_until")
            if value is not None and (until := self._when(name, value)) > now:
                return Lock(until, everyone)
        return None

    def register_failure(
        self, staff_id: str, at: datetime, *, limit: int, lock: timedelta
    ) -> datetime | None:
        """Count one wrong password; returns the lock's end when this failure locks the account."""
        record = self._section.setdefault(staff_id, {"attempts": [], "streak": 0})
        expired = record.get("locked_until")
        if expired is not None and self._when(staff_id, expired) <= at:
            record["locked_until"] = None
        record.setdefault("attempts", []).append(utc_iso(at))
        record["streak"] = int(record.get("streak", 0)) + 1
        if record["streak"] >= limit:
            record["streak"] = 0
            until = at + lock
            record["locked_until"] = utc_iso(until)
            return until
        return None

    def register_refusal(self, staff_id: str, at: datetime) -> None:
        """A sign-in refused because the account (or every account) is locked."""
        record = self._section.setdefault(staff_id, {"attempts": [], "streak": 0})
        refused = record.setdefault("refused", [])
        if len(refused) < MAX_REFUSALS:
            refused.append(utc_iso(at))
        else:
            record["refused_more"] = int(record.get("refused_more", 0)) + 1

    def pending(self) -> list[Pending]:
        """Every failed attempt and tamper not yet in the audit log, oldest first."""
        found: list[Pending] = []
        for staff_id, record in sorted(self._section.items()):
            if staff_id == EVERYONE:
                for who, count, first, last in record.get("erased", []):  # before the finding
                    span = self._when(who, first), self._when(who, last)
                    found.append(Pending(who, span[1], ERASED, count=count, first=span[0]))
                for item in record.get("tampered", []):
                    at = self._when(staff_id, item.get("at"))
                    found.append(Pending(str(item.get("by")), at, TAMPERED, str(item["reason"])))
                continue
            for value in record.get("attempts", []):
                found.append(Pending(staff_id, self._when(staff_id, value), WRONG_PASSWORD))
            refused = [self._when(staff_id, v) for v in record.get("refused", [])]
            found += [Pending(staff_id, at, LOCKED) for at in refused]
            more = int(record.get("refused_more", 0))
            if more and refused:
                found.append(Pending(staff_id, refused[-1], LOCKED, count=more))
        return sorted(found, key=lambda p: p.at)

    def forget_pending(self) -> None:
        """The pending attempts are in the audit log now; the streaks and locks stay."""
        for name in list(self._section):
            record = self._section[name]
            for key in ("attempts", "refused", "refused_more", "tampered", "erased"):
                record.pop(key, None)
            if not record.get("streak") and record.get("locked_until") is None:
                del self._section[name]

    def clear(self, staff_id: str) -> bool:
        """A successful sign-in (or a new password) ends the account's streak and lock."""
        return self._section.pop(staff_id, None) is not None

    # -- reading the section -------------------------------------------------------------------
    def _plain(self) -> dict[str, Any]:
        section = self._raw()
        if not isinstance(section, dict):
            raise VaultUnreadable(f"key file damaged (failures): {self.keyfile.path}")
        for staff_id, record in section.items():
            if not isinstance(record, dict) or not all(
                isinstance(record.get(key, []), list) for key in ("attempts", "refused")
            ):
                raise VaultUnreadable(
                    f"key file damaged (failed sign-ins of {staff_id}): {self.keyfile.path}"
                )
            for value in [*record.get("attempts", []), *record.get("refused", [])]:
                self._when(staff_id, value)
        copy: dict[str, Any] = json.loads(json.dumps(section))
        return copy

    def _record(self, name: str) -> dict[str, Any]:
        record = self._section.get(name, {})
        return record if isinstance(record, dict) else {}

    def _when(self, staff_id: str, value: object) -> datetime:
        try:
            moment = datetime.fromisoformat(str(value))
        except ValueError:
            moment = None
        if moment is None or moment.tzinfo is None:
            raise VaultUnreadable(
                f"key file damaged (a time in the failed sign-ins of {staff_id}): "
                f"{self.keyfile.path}"
            )
        return moment


def _iso(epoch: object) -> str:
    return utc_iso(datetime.fromtimestamp(int(str(epoch)), UTC))


def _mac(key: bytes, vault_id: str, seq: int, section: Any) -> str:
    body = {"failures": section, "seq": seq, "vault_id": vault_id}
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()
