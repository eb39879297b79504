"""The demo customers the `customer_vault` fixture holds (300, seed 7), and the caller the desk
tests ring with: an ordinary (秘密) customer with a mobile and a resident ID number."""

from __future__ import annotations

import csv
import io

from seatdesk.services.demo import demo_csv_bytes

ROWS = list(csv.DictReader(io.StringIO(demo_csv_bytes(300, 7).decode("utf-8"))))
CALLER = next(
    r
    for r in ROWS
    if r["tier"] == "秘密" and r["mobile"] and r["id_number"] and r["id_type"] == "居民身份证"
)
MOBILE = CALLER["mobile"].split(";")[0]
