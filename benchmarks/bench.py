"""SeatDesk on a large vault, side by side with plain SQLite (issue #8).

    make bench            # one million customers (tens of minutes on two cores)
    make bench QUICK=1    # 20,000 customers, well under a minute
    python -m benchmarks.bench --count N [--quick] [--data DIR] [--out DIR]

"Plain SQLite" is the same schema in a sqlcipher3 connection with no key, built and measured
in the same run. Each measurement runs in its own process (see the *_worker modules); results
go to DIR/bench-N.json and DIR/bench-N.md, with the targets of issue #8.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks import pop_bench
from benchmarks.common import (
    Layout,
    machine,
    open_plain_db,
    parse_result,
    percentile,
    summary_ms,
)
from seatdesk.phone.client import send_request
from seatdesk.phone.protocol import EndCall, PopRequest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TARGETS = {
    "lookup_ratio": 1.3,
    "pop_p95_ms": 50.0,
    "import_rows_per_s": 30_000,
    "import_peak_mib": 400,
    "audit_per_s": 5_000,
    "start_ratio": 1.5,
}


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


def environment(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SEATDESK_")}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.update(extra)
    return env


LOG: Path | None = None  # the workers' stderr (Qt's offscreen notes and the like)


def stderr_sink() -> Any:
    return LOG.open("a") if LOG is not None else subprocess.DEVNULL


def worker(module: str, *args: str, **env: str) -> tuple[dict[str, Any], float]:
    """Run `python -m benchmarks.<module>`; return its result and its peak RSS (MiB)."""
    with stderr_sink() as errors:
        process = subprocess.Popen(
            [sys.executable, "-m", f"benchmarks.{module}", *args],
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
            env=environment(**env),
            cwd=ROOT,
        )
        assert process.stdout is not None
        out = process.stdout.read()
        _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"{module} failed ({process.returncode}); see {LOG}:\n{out[-3000:]}")
    return parse_result(out), usage.ru_maxrss / 1024


def sizes(layout: Layout) -> list[str]:
    return ["--data", str(layout.data), "--count", str(layout.count), "--seed", str(layout.seed)]


def generate(layout: Layout) -> dict[str, Any]:
    if layout.csv.exists():
        return {"cached": True, "mb": layout.csv.stat().st_size / 1e6}
    layout.data.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    subprocess.run(
        [
            *(sys.executable, "-m", "seatdesk", "demo-data"),
            *("--count", str(layout.count), "--seed", str(layout.seed), "--out", str(layout.csv)),
        ],
        check=True,
        env=environment(SEATDESK_HOME=str(layout.home / "cli")),
        stdout=subprocess.DEVNULL,
    )
    return {"seconds": time.perf_counter() - started, "mb": layout.csv.stat().st_size / 1e6}


def imports(layout: Layout) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for mode in ("vault", "plain"):
        log(f"import into {mode} …")
        answer, waited_rss = worker("import_worker", "--mode", mode, *sizes(layout))
        answer["peak_total_mib"] = answer["peak_rss_mib"] + answer["reader_peak_rss_mib"]
        answer["wait4_maxrss_mib"] = waited_rss
        result[mode] = answer
        log(f"  {answer['rows_per_s']:,.0f} rows/s, peak {answer['peak_total_mib']:.0f} MiB")
    result["ratio"] = result["vault"]["seconds"] / result["plain"]["seconds"]
    return result


def rss_of(pid: int) -> float:
    """A process's resident memory now (MiB)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def pop_numbers(layout: Layout, n: int) -> list[str]:
    db = open_plain_db(layout.plain)
    rng = random.Random(layout.seed * 31)
    numbers: list[str] = []
    try:
        while len(numbers) < n:
            customer_id = rng.randint(1, layout.count)
            for (number,) in db.execute(
                "SELECT number FROM customer_phones WHERE customer_id = ? AND kind = 'mobile'",
                (customer_id,),
            ):
                owners = db.scalar(
                    "SELECT count(*) FROM customer_phones WHERE number = ?", (number,)
                )
                if owners == 1:  # one match: the desk opens the record at once
                    numbers.append(str(number))
                    break
    finally:
        db.close()
    return numbers


def pops(layout: Layout, n: int, warmup: int, cli_pops: int) -> dict[str, Any]:
    home = Path(tempfile.mkdtemp(prefix="bench-desk-", dir=layout.data))
    env = environment(SEATDESK_HOME=str(home))
    desk = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.desk_worker", *sizes(layout)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=stderr_sink(),
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert desk.stdout is not None and desk.stdin is not None
    ready = desk.stdout.readline().split()
    if not ready or ready[0] != "READY":
        raise RuntimeError(f"the desk did not start: {ready}")
    socket, sign_in_s = Path(ready[1]), float(ready[2])
    rss_idle = rss_of(desk.pid)

    def one(number: str, via_cli: bool = False) -> dict[str, float]:
        sent = time.monotonic_ns()
        if via_cli:
            subprocess.run(
                [sys.executable, "-m", "seatdesk", "pop", number],
                check=True,
                env=env,
                stdout=subprocess.DEVNULL,
            )
        else:
            reply = send_request(PopRequest(number), socket, timeout=10)
            assert reply["ok"], reply
        line = desk.stdout.readline().split()  # type: ignore[union-attr]
        assert line and line[0] == "POP", line
        received, shown, painted, idle = (int(x) for x in line[1:5])
        send_request(EndCall(), socket, timeout=10)
        assert desk.stdout.readline().strip() == "ENDED"  # type: ignore[union-attr]
        return {
            "received": (received - sent) / 1e9,
            "shown": (shown - sent) / 1e9,
            "painted": (painted - sent) / 1e9,
            "idle": (idle - sent) / 1e9,
        }

    numbers = pop_numbers(layout, warmup + n + cli_pops)
    try:
        for number in numbers[:warmup]:
            one(number)
        timed = [one(number) for number in numbers[warmup : warmup + n]]
        rss_after = rss_of(desk.pid)
        via_cli = [one(number, via_cli=True) for number in numbers[warmup + n :]]
    finally:
        desk.stdin.close()
        desk.wait(timeout=60)
        shutil.rmtree(home, ignore_errors=True)
    result: dict[str, Any] = {"pops": n, "desk_sign_in_s": sign_in_s}
    result["desk_rss_mib"] = {"idle": rss_idle, f"after_{warmup + n}_pops": rss_after}
    for stage in ("received", "shown", "painted", "idle"):
        result[stage] = summary_ms([t[stage] for t in timed])
    result["cli_process_idle"] = summary_ms([t["idle"] for t in via_cli])
    return result


def starts(layout: Layout, runs: int) -> dict[str, Any]:
    """Process start to the sign-in window's first paint: the desk against a bare window."""
    timed = pop_bench.starts([pop_bench.Checkout("this", ROOT)], layout, runs)
    bare, desk = timed["bare-this"], timed["desk-this"]
    return {"bare": bare, "desk": desk, "ratio": desk["p50_ms"] / bare["p50_ms"]}


def verdicts(r: dict[str, Any]) -> dict[str, bool]:
    lookups = {k: v for k, v in r["lookups"].items() if "/" in k}
    return {
        **{
            f"lookup p95 vault/plain ≤ 1.3 ({cache})": all(
                v["ratio_p95"] <= TARGETS["lookup_ratio"]
                for k, v in lookups.items()
                if k.endswith("/" + cache)
            )
            for cache in ("cold", "warm", "hot")
        },
        "pop p95 ≤ 50 ms": r["pops"]["idle"]["p95_ms"] <= TARGETS["pop_p95_ms"],
        "import ≥ 30,000 rows/s": r["imports"]["vault"]["rows_per_s"]
        >= TARGETS["import_rows_per_s"],
        "import peak ≤ 400 MB": r["imports"]["vault"]["peak_total_mib"]
        <= TARGETS["import_peak_mib"],
        "audit ≥ 5,000 appends/s": r["audit"]["vault"]["per_s"] >= TARGETS["audit_per_s"],
        "desk start ≤ 1.5 × bare": r["starts"]["ratio"] <= TARGETS["start_ratio"],
    }


def markdown(r: dict[str, Any]) -> str:
    def ok(flag: bool) -> str:
        return "yes" if flag else "**no**"

    m = r["machine"]
    imp, lk, au, po, st, sc = (
        r["imports"],
        r["lookups"],
        r["audit"],
        r["pops"],
        r["starts"],
        r["scroll"],
    )
    lines = [
        f"{r['count']:,} customers (seed {r['seed']}), {r['date']}; {m['cpu']}, {m['cores']} "
        f"cores, {m['memory_gib']} GiB, {m['os']}; Python {m['python']}, SQLCipher "
        f"{m['sqlcipher']} (SQLite {m['sqlite']}), PySide6 {m['pyside6']}. Load average "
        f"{r['load_before'][0]:.2f} before, {r['load_after'][0]:.2f} after (other work on the "
        "machine weighs on both sides of every ratio alike).",
        "",
        "| Measure | Vault (SQLCipher) | Plain SQLite | Vault/plain | Target | Met |",
        "| --- | ---: | ---: | ---: | --- | --- |",
    ]
    v, p = imp["vault"], imp["plain"]
    lines.append(
        f"| Import, rows/s | {v['rows_per_s']:,.0f} | {p['rows_per_s']:,.0f} | "
        f"{imp['ratio']:.2f} (time) | ≥ 30,000 rows/s | "
        f"{ok(v['rows_per_s'] >= TARGETS['import_rows_per_s'])} |"
    )
    lines.append(
        f"| Import, peak RSS (importer + reader) | {v['peak_total_mib']:.0f} MiB | "
        f"{p['peak_total_mib']:.0f} MiB | | ≤ 400 MB | "
        f"{ok(v['peak_total_mib'] <= TARGETS['import_peak_mib'])} |"
    )
    names = {"phone": "phone", "customer_no": "customer no.", "name_prefix": "name prefix"}
    for kind, label in names.items():
        for cache in ("cold", "warm", "hot"):
            e = lk[f"{kind}/{cache}"]
            lines.append(
                f"| Lookup by {label}, {cache}, p50 / p95 | {e['vault']['p50_ms']:.3f} / "
                f"{e['vault']['p95_ms']:.3f} ms | {e['plain']['p50_ms']:.3f} / "
                f"{e['plain']['p95_ms']:.3f} ms | {e['ratio_p95']:.2f} (p95) | ≤ 1.3 | "
                f"{ok(e['ratio_p95'] <= TARGETS['lookup_ratio'])} |"
            )
    lines.append(
        f"| Screen pop → record painted, p50 / p95 ({po['pops']} pops) | "
        f"{po['idle']['p50_ms']:.1f} / {po['idle']['p95_ms']:.1f} ms | | | p95 ≤ 50 ms | "
        f"{ok(po['idle']['p95_ms'] <= TARGETS['pop_p95_ms'])} |"
    )
    lines.append(
        f"| Audit appends/s | {au['vault']['per_s']:,.0f} | {au['plain']['per_s']:,.0f} | "
        f"{au['plain']['per_s'] / au['vault']['per_s']:.2f} (time) | ≥ 5,000/s | "
        f"{ok(au['vault']['per_s'] >= TARGETS['audit_per_s'])} |"
    )
    lines.append(
        f"| View with audit entry vs without, p50 | {au['view']['audited']['p50_ms']:.3f} vs "
        f"{au['view']['unaudited']['p50_ms']:.3f} ms (+{au['view']['added_p50_ms']:.3f} ms) "
        "| | | | |"
    )
    lines.append(
        f"| Start to sign-in window, median (desk vs bare PySide6) | "
        f"{st['desk']['p50_ms']:.0f} ms | {st['bare']['p50_ms']:.0f} ms (bare) | "
        f"{st['ratio']:.2f} | ≤ 1.5 × bare | {ok(st['ratio'] <= TARGETS['start_ratio'])} |"
    )
    lines.append(
        f"| Scrolling all {sc['rows']:,} results: RSS before list / with list / peak | "
        f"{sc['rss_desk_mib']:.0f} / {sc['rss_with_list_mib']:.0f} / "
        f"{sc['peak_rss_mib']:.0f} MiB | | | (report) | |"
    )
    o = lk["open"]
    lines += [
        "",
        f"Opening the vault: {o['vault_quick']['p50_ms']:.2f} ms with the structural check "
        f"(plain: {o['plain']['p50_ms']:.2f} ms); the full page check of the desk's sign-in "
        f"{o['vault_full_page_check']['p50_ms'] / 1000:.2f} s for {o['vault_mb']:.0f} MB. "
        f"Desk sign-in in the pop benchmark: {po['desk_sign_in_s']:.2f} s. Pop stages (p95): "
        f"delivered {po['received']['p95_ms']:.1f} ms, record on the card "
        f"{po['shown']['p95_ms']:.1f} ms, card painted {po['painted']['p95_ms']:.1f} ms; "
        f"through a `seatdesk pop` process each time: p50 {po['cli_process_idle']['p50_ms']:.0f}"
        " ms (mostly Python start-up).",
    ]
    return "\n".join(lines) + "\n"


def only(
    layout: Layout, parts: list[str], against: str | None, quick: bool, out: Path, r: dict[str, Any]
) -> None:
    """`--only`: the screen-pop parts of issue 16, this checkout against `--against`."""
    if not (layout.vault.exists() and layout.plain.exists()):
        r["generate"] = generate(layout)
        r["imports"] = imports(layout)
    log(f"screen pop parts {parts} against {against} …")
    numbers = pop_numbers(layout, (5 if quick else 20) + (40 if quick else 200))
    r.update(pop_bench.run(layout, numbers, parts, Path(against) if against else None, quick))
    out.mkdir(parents=True, exist_ok=True)
    name = f"pop-{layout.count}-{'-'.join(sorted(parts))}"
    (out / f"{name}.json").write_text(json.dumps(r, indent=2) + "\n", encoding="utf-8")
    table = pop_bench.markdown(r)
    (out / f"{name}.md").write_text(table, encoding="utf-8")
    print(table)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="20,000 customers, under a minute")
    parser.add_argument("--count", type=int)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--data", default=str(HERE / ".data"))
    parser.add_argument("--out", default=str(HERE / "results"))
    parser.add_argument(
        "--only",
        action="append",
        choices=("pops", "pop-start", "starts"),
        help="only these screen-pop parts (repeatable; benchmarks.pop_bench), A/B with --against",
    )
    parser.add_argument("--against", metavar="CHECKOUT", help="another checkout, e.g. ../main")
    args = parser.parse_args()
    quick = args.quick
    count = args.count or (20_000 if quick else 1_000_000)
    layout = Layout(Path(args.data).resolve(), count, args.seed)
    layout.data.mkdir(parents=True, exist_ok=True)
    global LOG
    LOG = layout.data / f"bench-{count}.log"
    LOG.write_text("")
    # Installed packages carry their bytecode; an editable checkout may not (and with
    # PYTHONDONTWRITEBYTECODE never will): compile once, so start-up is not measured compiling.
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "seatdesk"), str(HERE)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    started = time.perf_counter()
    r: dict[str, Any] = {
        "count": count,
        "seed": args.seed,
        "quick": quick,
        "date": time.strftime("%Y-%m-%d"),
        "machine": machine(),
        "load_before": os.getloadavg(),
    }
    log(f"{count:,} customers, data in {layout.data}")
    if args.only:
        only(layout, args.only, args.against, quick, Path(args.out), r)
        return
    r["generate"] = generate(layout)
    r["imports"] = imports(layout)
    log("lookups …")
    n = 500 if quick else 10_000
    r["lookups"], _ = worker(
        "lookup_worker",
        *sizes(layout),
        "--lookups",
        str(n),
        "--warmup",
        str(200 if quick else 2_000),
    )
    log("audit …")
    r["audit"], _ = worker(
        "audit_worker",
        *sizes(layout),
        "--appends",
        str(1_000 if quick else 5_000),
        "--views",
        str(300 if quick else 2_000),
    )
    log("screen pops in the desk …")
    r["pops"] = pops(layout, 40 if quick else 200, 5 if quick else 20, 3 if quick else 10)
    log("start-up …")
    r["starts"] = starts(layout, 3 if quick else 10)
    log("scrolling the full result list …")
    r["scroll"], _ = worker(
        "scroll_worker",
        *sizes(layout),
        "--jumps",
        str(200 if quick else 2_000),
        "--pages",
        str(50 if quick else 300),
    )
    r["load_after"] = os.getloadavg()
    r["seconds"] = time.perf_counter() - started
    r["met"] = verdicts(r)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / f"bench-{count}.json").write_text(
        json.dumps(r, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    table = markdown(r)
    (out / f"bench-{count}.md").write_text(table, encoding="utf-8")
    print(table)
    log(f"done in {r['seconds']:.0f} s: {out / f'bench-{count}.md'}")


if __name__ == "__main__":
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    main()


__all__ = ["main", "percentile"]
