"""Memory while scrolling a result list of every customer in the desk's table, offscreen.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.scroll_worker --data DIR --count N --seed S

The desk's lazy ResultsModel gets every customer id (a million-row result list); the table is
then dragged across its whole length (evenly spaced jumps, as with the scroll bar) and paged
through for a while, painting each time, so that the model builds (masks) the visible rows on
demand. Reports the process's RSS before the list, after it, and at its peak.
"""

from __future__ import annotations

import argparse
import time
from array import array
from pathlib import Path

from benchmarks.common import (
    AGENT,
    AGENT_PW,
    Layout,
    bench_runtime,
    current_rss_mib,
    emit,
    max_rss_mib,
    summary_ms,
)
from seatdesk.services import door
from seatdesk.services.registry import open_session
from seatdesk.services.runtime import VaultPaths
from seatdesk.ui.desk_app import application
from seatdesk.ui.main_window import DeskWindow


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True)
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--jumps", type=int, default=2000)
    parser.add_argument("--pages", type=int, default=300)
    args = parser.parse_args()
    layout = Layout(Path(args.data), args.count, args.seed)
    app, language = application("zh_CN")
    who = door.sign_in(bench_runtime(), VaultPaths(layout.vault), AGENT, AGENT_PW, verify="quick")
    session = open_session(who)  # the ids a search would give, straight from the vault
    window = DeskWindow(who, language)
    window.show()
    app.processEvents()
    loaded = 0
    load = window.results._load

    def counting_load(customer_id: int) -> object:
        nonlocal loaded
        loaded += 1
        return load(customer_id)

    window.results._load = counting_load  # type: ignore[method-assign]
    rss_desk = current_rss_mib()
    ids = array("q", (row[0] for row in session.db.iterate("SELECT id FROM customers ORDER BY id")))
    window._show_ids(ids)  # type: ignore[arg-type]  # what a search hands the table: ids only
    del ids
    app.processEvents()
    rss_list = current_rss_mib()
    table = window.table
    bar = table.verticalScrollBar()
    top = bar.maximum()
    steps = [round(top * i / max(args.jumps - 1, 1)) for i in range(args.jumps)]
    middle = top // 2
    steps += [min(top, middle + i * bar.pageStep()) for i in range(args.pages)]
    samples: list[float] = []
    sampled_peak = rss_list
    for i, value in enumerate(steps):
        started = time.perf_counter()
        bar.setValue(value)
        table.viewport().repaint()
        app.processEvents()
        samples.append(time.perf_counter() - started)
        if i % 50 == 0:
            sampled_peak = max(sampled_peak, current_rss_mib())
    rows = window.results.rowCount()
    window.close()
    emit(
        {
            "rows": rows,
            "scroll_positions": len(steps),
            "rows_built": loaded,
            "rss_desk_mib": rss_desk,
            "rss_with_list_mib": rss_list,
            "rss_sampled_peak_mib": sampled_peak,
            "peak_rss_mib": max_rss_mib(),
            "step": summary_ms(samples),
        }
    )


if __name__ == "__main__":
    main()
