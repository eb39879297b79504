"""The customers open on this seat: the one place that knows them.

A record opened at the gate (`RecordDesk.view`), a value revealed or a record watched by the
desk stays "open" for the policy's `clipboard_watch_minutes`; the customer bound to the live call
stays open for as long as the call. The clipboard guards look for these customers' values in
what leaves the seat, and the free-text gate (`seatdesk.services.free_text`) masks them in every
text a person types. A command-line process opens one record at a time, so the gate also counts
the records this seat viewed within the same minutes, as the audit log has them.
"""

from __future__ import annotations

from datetime import datetime, timedelta


class OpenCustomers:
    def __init__(self) -> None:
        self._seen: dict[int, datetime] = {}
        self.on_call: int | None = None  # the customer bound to the live call, if any

    def watch(self, customer_id: int, at: datetime) -> None:
        """`customer_id` is open on this seat as of `at`."""
        self._seen[customer_id] = at

    def ids(self, now: datetime, minutes: int) -> list[int]:
        """The customer on the call, then those opened within `minutes` of `now`, newest first."""
        horizon = now - timedelta(minutes=minutes)
        self._seen = {cid: at for cid, at in self._seen.items() if at >= horizon}
        ids = [cid for cid, _ in sorted(self._seen.items(), key=lambda item: item[1], reverse=True)]
        if self.on_call is not None:
            ids = [self.on_call, *(cid for cid in ids if cid != self.on_call)]
        return ids
