"""Screen pop as the phone system sees it, this checkout against another one (issue 16).

    python -m benchmarks.bench --quick --only pops --only pop-start --only starts --against ../main

Three parts, each interleaved (the order of the sides turns every round, so that what else the
shared machine does weighs on both):

- pops: socket write → card painted, in this checkout's desk (one event filter), the other
  checkout's desk (`--against`), this desk without the filter's quiet stretch around the card's
  rebuild, and this desk with its filter taken off (the floor). Each desk runs in its own
  process on its own copy of the vault.
- pop-start: `seatdesk pop NUMBER` started as a process: start → exit, and start → card painted,
  this checkout's command to its desk against the other checkout's command to its desk.
- starts: process start → sign-in window painted (`benchmarks.start_probe`), the desk against
  a bare PySide6 window (and the other checkout's desk).

Each side runs with its own checkout's interpreter and sources; the other checkout's bytecode
goes to a cache folder of its own (nothing is written into that checkout).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.common import Layout, percentile, summary_ms
from seatdesk.phone.client import send_request
from seatdesk.phone.protocol import EndCall, PopRequest

# This desk also without the quiet stretch around the card's rebuild, and with no filter at all.
VARIANTS = ("--no-quiet", "--no-filter")
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


@dataclass(frozen=True)
class Checkout:
    """One side of a comparison: a source tree and its interpreter."""

    name: str
    root: Path

    @property
    def python(self) -> str:
        venv = self.root / ".venv" / "bin" / "python"
        return str(venv if venv.exists() else Path(sys.executable))

    def env(self, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("SEATDESK_", "PYTHON"))}
        env["PYTHONPATH"] = str(self.root)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        if self.root != ROOT:  # never write bytecode into someone else's checkout
            env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "pop-bench-pyc")
        env.update(extra)
        return env

    def compile(self) -> None:
        subprocess.run(
            [self.python, "-m", "compileall", "-q", str(self.root / "seatdesk"), str(HERE)],
            env=self.env(),
            cwd=self.root,
            check=True,
            stdout=subprocess.DEVNULL,
        )


def spread(samples_s: list[float]) -> dict[str, float]:
    ms = [s * 1000 for s in samples_s]
    result = summary_ms(samples_s)
    result.update(
        p25_ms=round(percentile(ms, 25), 3),
        p75_ms=round(percentile(ms, 75), 3),
        min_ms=round(min(ms), 3),
        max_ms=round(max(ms), 3),
    )
    return result


class Desk:
    """`benchmarks.desk_worker` of one checkout on its own copy of the vault."""

    def __init__(self, side: Checkout, layout: Layout, work: Path, *extra: str) -> None:
        self.side = side
        self.label = side.name + "".join(flag[1:] for flag in extra)  # this-no-filter
        data = work / self.label
        shutil.copytree(layout.vault.parent, data / layout.vault.parent.name)
        self.home = data / "home"
        self.env = side.env(SEATDESK_HOME=str(self.home))
        self.process = subprocess.Popen(
            [
                *(side.python, "-m", "benchmarks.desk_worker", "--data", str(data)),
                *("--count", str(layout.count), "--seed", str(layout.seed), *extra),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=self.env,
            cwd=side.root,
        )
        ready = self.line().split()
        if not ready or ready[0] != "READY":
            raise RuntimeError(f"the {self.label} desk did not start: {ready}")
        self.socket = Path(ready[1])

    def line(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline()

    def painted(self) -> int:
        line = self.line().split()
        assert line and line[0] == "POP", line
        return int(line[3])

    def end(self) -> None:
        send_request(EndCall(), self.socket, timeout=10)
        assert self.line().strip() == "ENDED"

    def pop_by_socket(self, number: str) -> float:
        sent = time.monotonic_ns()
        assert send_request(PopRequest(number), self.socket, timeout=10)["ok"]
        painted = self.painted()
        self.end()
        return (painted - sent) / 1e9

    def pop_by_command(self, number: str) -> tuple[float, float]:
        """`seatdesk pop NUMBER` as a phone system starts it: (start → exit, start → painted)."""
        started = time.monotonic_ns()
        subprocess.run(
            [self.side.python, "-m", "seatdesk", "pop", number],
            env=self.env,
            cwd=self.side.root,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        exited = time.monotonic_ns()
        painted = self.painted()
        self.end()
        return (exited - started) / 1e9, (painted - started) / 1e9

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=60)


def turns(items: list[Any], round_no: int) -> list[Any]:
    return items if round_no % 2 == 0 else list(reversed(items))


def pops(desks: list[Desk], numbers: list[str], warmup: int) -> dict[str, Any]:
    samples: dict[str, list[float]] = {desk.label: [] for desk in desks}
    for i, number in enumerate(numbers):
        for desk in turns(desks, i):
            took = desk.pop_by_socket(number)
            if i >= warmup:
                samples[desk.label].append(took)
    result: dict[str, Any] = {label: spread(s) for label, s in samples.items()}
    return result


def pop_starts(desks: list[Desk], numbers: list[str], warmup: int) -> dict[str, Any]:
    exits: dict[str, list[float]] = {desk.label: [] for desk in desks}
    paints: dict[str, list[float]] = {desk.label: [] for desk in desks}
    for i, number in enumerate(numbers):
        for desk in turns(desks, i):
            exited, painted = desk.pop_by_command(number)
            if i >= warmup:
                exits[desk.label].append(exited)
                paints[desk.label].append(painted)
    return {
        label: {"start_to_exit": spread(exits[label]), "start_to_painted": spread(paints[label])}
        for label in exits
    }


def starts(sides: list[Checkout], layout: Layout, runs: int) -> dict[str, Any]:
    """Process start → first paint of the sign-in window, each side's desk and a bare window."""
    modes = [("bare", sides[0])] + [("desk", side) for side in sides]
    samples: dict[str, list[float]] = {f"{mode}-{side.name}": [] for mode, side in modes}
    for i in range(runs + 1):
        for mode, side in turns(modes, i):
            home = tempfile.mkdtemp(prefix="pop-bench-start-")
            args = ["--vault", str(layout.vault)] if mode == "desk" else []
            started = time.monotonic_ns()
            out = subprocess.run(
                [side.python, "-m", "benchmarks.start_probe", mode, *args],
                capture_output=True,
                text=True,
                env=side.env(SEATDESK_HOME=home),
                cwd=side.root,
                timeout=120,
            )
            shutil.rmtree(home, ignore_errors=True)
            shown = [line for line in out.stdout.splitlines() if line.startswith("SHOWN ")]
            if out.returncode != 0 or not shown:
                raise RuntimeError(f"start probe {mode} failed:\n{out.stdout}\n{out.stderr}")
            if i > 0:  # the first round warms the OS file cache
                samples[f"{mode}-{side.name}"].append((int(shown[0].split()[1]) - started) / 1e9)
    result: dict[str, Any] = {label: spread(s) for label, s in samples.items()}
    bare = result[f"bare-{sides[0].name}"]["p50_ms"]
    result["ratios_to_bare_p50"] = {
        label: round(r["p50_ms"] / bare, 3) for label, r in result.items() if label != "bare"
    }
    return result


def run(
    layout: Layout, numbers: list[str], parts: list[str], against: Path | None, quick: bool
) -> dict[str, Any]:
    """The parts asked for; `numbers` are callers with one match each."""
    sides = [Checkout("this", ROOT)]
    if against is not None:
        sides.append(Checkout("other", against.resolve()))
        sides[1].compile()
    result: dict[str, Any] = {"sides": {side.name: str(side.root) for side in sides}}
    warmup = 5 if quick else 20
    with tempfile.TemporaryDirectory(prefix="pop-bench-", dir=layout.data) as work:
        if "pops" in parts or "pop-start" in parts:
            desks = [Desk(side, layout, Path(work)) for side in sides]
            if "pops" in parts:
                variants = [Desk(sides[0], layout, Path(work), flag) for flag in VARIANTS]
                result["load_before_pops"] = os.getloadavg()
                result["pops"] = pops([*desks, *variants], numbers, warmup)
                result["load_after_pops"] = os.getloadavg()
                for desk in variants:
                    desk.close()
            if "pop-start" in parts:
                result["load_before_pop_start"] = os.getloadavg()
                n = warmup + (30 if quick else 100)
                result["pop_start"] = pop_starts(desks, numbers[:n], warmup)
                result["load_after_pop_start"] = os.getloadavg()
            for desk in desks:
                desk.close()
    if "starts" in parts:
        result["load_before_starts"] = os.getloadavg()
        result["starts"] = starts(sides, layout, 10 if quick else 20)
        result["load_after_starts"] = os.getloadavg()
    return result


def markdown(r: dict[str, Any]) -> str:
    lines = [f"Sides: {r['sides']}", ""]
    for part in ("pops", "starts"):
        for label, s in r.get(part, {}).items():
            if "p50_ms" in s:
                lines.append(
                    f"- {part} {label}: p50 {s['p50_ms']:.1f} / p95 {s['p95_ms']:.1f} ms "
                    f"(p25–p75 {s['p25_ms']:.1f}–{s['p75_ms']:.1f}, "
                    f"min–max {s['min_ms']:.1f}–{s['max_ms']:.1f}, n {s['n']})"
                )
    for label, s in r.get("pop_start", {}).items():
        for what, t in s.items():
            lines.append(
                f"- seatdesk pop {label} {what}: p50 {t['p50_ms']:.1f} / p95 {t['p95_ms']:.1f} ms "
                f"(min–max {t['min_ms']:.1f}–{t['max_ms']:.1f}, n {t['n']})"
            )
    if "starts" in r:
        lines.append(f"- start ratios to bare (p50): {r['starts']['ratios_to_bare_p50']}")
    for key in sorted(k for k in r if k.startswith("load_")):
        lines.append(f"- {key}: {tuple(round(x, 2) for x in r[key])}")
    return "\n".join(lines) + "\n"
