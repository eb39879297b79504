"""The screen pop's lookup before and after the keyed phone index (issue 15), query by query.

    python -m benchmarks.index_lookup --before ../seatdesk-before --count 60000 --lookups 2000

Two vaults of the same demo CSV, made as `benchmarks.before_after` makes them (the CLI's `init`
and `import`, staffed): one by the earlier checkout (numbers in clear in the index and the row),
one by this checkout (keyed index, phones sealed for the lookup key), then signed into once by
the agent (this checkout's sign-in indexes the admin's blind import). Both are then read in this
process by the records layer, the way each version's pop reads them: before, `ids_by_phone` of
the number and the row (its phones in clear); after, one HMAC of the number, `ids_by_phone` of
the tag and the row with its phones opened under the lookup key. One long-lived connection each
(warm), queries alternating between the two and which goes first alternating too.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.before_after import AGENT_PW, HERE, _env, _seatdesk, import_once
from benchmarks.common import summary_ms
from seatdesk.records.customers import ids_by_phone, load_customer
from seatdesk.services.compartment_upkeep import phone_index
from seatdesk.vault.compartment_keys import NO_KEYS, open_held
from seatdesk.vault.db import open_db
from seatdesk.vault.keyslots import KeyFile
from seatdesk.vault.value_seal import ValueOpener

_SIGN_IN = r"""
import sys
from pathlib import Path
from benchmarks.common import bench_runtime
from seatdesk.services.runtime import VaultPaths
from seatdesk.services.session import sign_in
sign_in(bench_runtime(), VaultPaths(Path(sys.argv[1])), "agent01", sys.argv[2]).close()
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", required=True, type=Path)
    parser.add_argument("--count", type=int, default=60_000)
    parser.add_argument("--lookups", type=int, default=2000)
    args = parser.parse_args()
    csv_path = Path(tempfile.mkdtemp(prefix="seatdesk-ix-csv-")) / "customers.csv"
    _seatdesk(HERE, csv_path.parent, "demo-data", "--count", str(args.count), "--seed", "9",
              "--out", str(csv_path))  # fmt: skip
    vaults = {}
    for side, code in (("before", args.before.resolve()), ("after", HERE)):
        _, vault = import_once(code, csv_path)
        subprocess.run(
            [sys.executable, "-c", _SIGN_IN, str(vault), AGENT_PW],
            env=_env(code, vault.parent), cwd=code, capture_output=True, text=True, check=True,
        )  # fmt: skip
        vaults[side] = vault
    with csv_path.open(encoding="utf-8") as handle:
        phones = [r["mobile"].split(";")[0] for r in csv.DictReader(handle) if r["mobile"]]
    numbers = random.Random(3).sample(phones, args.lookups)
    keyfile = KeyFile.load(Path(str(vaults["after"]) + ".keys"))
    unlocked = keyfile.unlock_password("agent01", AGENT_PW, None)
    held = open_held(keyfile, unlocked)
    before_key = KeyFile.load(Path(str(vaults["before"]) + ".keys"))
    dbs = {
        "before": open_db(vaults["before"], before_key.unwrap_password("agent01", AGENT_PW, None)),
        "after": open_db(vaults["after"], unlocked.dek),
    }
    index = phone_index(dbs["after"], held)
    vault_id = keyfile.vault_id
    openers = {
        "before": ValueOpener(dbs["before"], before_key.vault_id, NO_KEYS),
        "after": ValueOpener(dbs["after"], vault_id, held.lookup_only()),
    }

    def lookup(side: str, number: str) -> int:
        db, opener = dbs[side], openers[side]
        probe = index.probe(number) if side == "after" else number
        rows = [load_customer(db, i, opener) for i in ids_by_phone(db, probe)]
        assert rows and all(r is not None and number in r.mobiles for r in rows), side
        return len(rows)

    times: dict[str, list[float]] = {"before": [], "after": []}
    for n, number in enumerate(numbers + numbers):  # the first pass warms the caches
        for side in ("before", "after") if n % 2 == 0 else ("after", "before"):
            started = time.perf_counter()
            lookup(side, number)
            if n >= len(numbers):
                times[side].append(time.perf_counter() - started)
    for side, samples in times.items():
        print(side, summary_ms(samples))
    b, a = summary_ms(times["before"]), summary_ms(times["after"])
    print({k: round(a[k] / b[k], 3) for k in ("p50_ms", "p95_ms", "mean_ms")})
    print("load", os.getloadavg())


if __name__ == "__main__":
    main()
