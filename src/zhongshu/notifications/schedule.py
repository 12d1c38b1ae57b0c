"""Periodic "due scanners" the worker runs each cycle.

Other apps register a scanner in their AppConfig.ready()::

    from zhongshu.notifications.schedule import register_scanner

    @register_scanner("supervision.deadlines", every_seconds=60)
    def scan_deadlines(now):
        for item in Item.objects.filter(due_at__lte=now + LEAD, ...):
            notify(recipients=[item.owner], title=..., dedup_key=f"supervision:{item.pk}:due:{item.due_at:%Y%m%d}")
        return n_enqueued  # optional, for the worker's figures

The contract:
- ``func(now)`` gets the cycle's time (aware datetime) and enqueues through
  notify()/notify_webhook(); it does not send anything itself.
- It MUST be idempotent: every worker process runs every scanner (there is no
  leader), and a scan may repeat after a crash. Give each reminder a
  ``dedup_key`` that names the occasion (item, kind, deadline), so scanning
  twice queues once.
- It runs in its own transaction; an exception is logged, rolls back that
  scanner's rows only, and never stops the worker.
- ``every_seconds`` spaces runs within one process (0 = every cycle). Keep
  scanners cheap: a query over an indexed due-time column.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import transaction

log = logging.getLogger("zhongshu.worker")

ScannerFunc = Callable[[datetime], "int | None"]


@dataclass
class Scanner:
    name: str
    func: ScannerFunc
    every: timedelta
    last_run: datetime | None = None


_registry: dict[str, Scanner] = {}


def register_scanner(name: str, func: ScannerFunc | None = None, *, every_seconds: int = 0):
    """Register ``func`` under ``name`` (re-registering a name replaces it).
    Usable directly or as a decorator."""

    def add(f: ScannerFunc) -> ScannerFunc:
        _registry[name] = Scanner(name, f, timedelta(seconds=every_seconds))
        return f

    return add(func) if func is not None else add


def unregister_scanner(name: str) -> None:
    _registry.pop(name, None)


def registered() -> list[str]:
    return sorted(_registry)


def run_scanners(now: datetime) -> tuple[int, int]:
    """Run the scanners that are due. Returns (rows enqueued, scanners failed)."""
    enqueued = failed = 0
    for scanner in list(_registry.values()):
        # A clock set back (or time moved in tests) must not silence a scanner.
        if scanner.last_run is not None and timedelta(0) <= now - scanner.last_run < scanner.every:
            continue
        scanner.last_run = now
        try:
            with transaction.atomic():
                enqueued += int(scanner.func(now) or 0)
        except Exception:
            failed += 1
            log.exception("定时扫描 %s 出错，已跳过本轮", scanner.name)
    return enqueued, failed
