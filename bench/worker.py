"""Outbox worker bench: prints figures, asserts nothing.

    .venv/bin/python bench/worker.py                 # SQLite in a temp dir
    .venv/bin/python bench/worker.py --postgres      # a scratch PostgreSQL database

Measures
1. claim + deliver throughput (rows/s) of in-app rows with 1 and 2 worker
   processes, each with its own database connection;
2. the time of one worker cycle when nothing is due, over --idle-rows
   (default 1,000,000) pending rows due in the future: this is what every
   idle worker does every --interval seconds, so it must be an index probe.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def setup(args) -> None:
    data = tempfile.mkdtemp(prefix="zs-bench-worker-")
    os.environ["ZHONGSHU_DATA_DIR"] = data
    os.environ["DJANGO_SETTINGS_MODULE"] = "zhongshu.settings"
    if args.postgres:
        from common import recreate_pg

        os.environ["ZHONGSHU_DATABASE_URL"] = recreate_pg(args.pg_url.rsplit("/", 1)[0], args.pg_db)
    else:
        os.environ.pop("ZHONGSHU_DATABASE_URL", None)
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    print(f"数据库：{'PostgreSQL ' + args.pg_db if args.postgres else 'SQLite ' + data}")


def seed_due(n: int, user_id: int) -> None:
    from django.utils import timezone

    from zhongshu.notifications.models import Outbox

    now = timezone.now()
    Outbox.objects.bulk_create(
        [Outbox(channel="inapp", recipient_id=user_id, title=f"通知{i}", due_at=now) for i in range(n)], batch_size=2000
    )


def _work(i: int, batch: int, start, sent) -> None:
    from zhongshu.notifications.worker import run_once

    start.wait()
    total = 0
    while True:
        stats = run_once(name=f"bench-{i}", batch=batch)
        total += stats.sent
        if stats.claimed == 0:
            break
    sent[i] = total


def drain(workers: int, batch: int) -> tuple[float, int]:
    """Separate processes (fork), each with its own database connection, as
    separate `zhongshu worker` processes would run."""
    import multiprocessing as mp

    from django.db import connections

    connections.close_all()  # never share a connection across fork
    ctx = mp.get_context("fork")
    sent = ctx.Array("i", workers)
    start = ctx.Barrier(workers + 1)
    procs = [ctx.Process(target=_work, args=(i, batch, start, sent)) for i in range(workers)]
    for p in procs:
        p.start()
    start.wait()
    t0 = time.perf_counter()
    for p in procs:
        p.join()
    return time.perf_counter() - t0, sum(sent)


def seed_idle(n: int, user_id: int) -> None:
    """n rows that are not due, inserted by the database itself: half history
    (sent, due in the past), half pending rows due within the next 30 days."""
    from django.db import connection

    with connection.cursor() as c:
        if connection.vendor == "postgresql":
            c.execute(
                """INSERT INTO notifications_outbox (channel, recipient_id, title, body, link, urgent, digest, classification,
                       due_at, status, attempts, max_attempts, claimed_by, last_error, created_at)
                   SELECT 'inapp', %s, '队列' || g, '', '', false, false, 0,
                          CASE WHEN g %% 2 = 0 THEN now() - g * interval '1 second' ELSE now() + interval '1 hour' + g * interval '1 second' END,
                          CASE WHEN g %% 2 = 0 THEN 'sent' ELSE 'pending' END, 0, 5, '', '', now() FROM generate_series(1, %s) g""",
                [user_id, n],
            )
            c.execute("ANALYZE notifications_outbox")
        else:
            c.execute(
                """WITH RECURSIVE g(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM g WHERE x < %s)
                   INSERT INTO notifications_outbox (channel, recipient_id, title, body, link, urgent, digest, classification,
                       due_at, status, attempts, max_attempts, claimed_by, last_error, created_at)
                   SELECT 'inapp', %s, '队列' || x, '', '', 0, 0, 0,
                          CASE WHEN x %% 2 = 0 THEN strftime('%%Y-%%m-%%d %%H:%%M:%%f', 'now', '-' || x || ' seconds')
                               ELSE strftime('%%Y-%%m-%%d %%H:%%M:%%f', 'now', '+1 hours', '+' || x || ' seconds') END,
                          CASE WHEN x %% 2 = 0 THEN 'sent' ELSE 'pending' END, 0, 5, '', '', strftime('%%Y-%%m-%%d %%H:%%M:%%f', 'now') FROM g""",
                [n, user_id],
            )
            c.execute("ANALYZE")


def explain_claim() -> str:
    from django.db import connection
    from django.utils import timezone

    from zhongshu.notifications.models import Outbox

    qs = Outbox.objects.filter(status="pending", due_at__lte=timezone.now()).order_by("due_at").values_list("pk", flat=True)[:50]
    return qs.explain() if connection.vendor != "postgresql" else qs.explain(analyze=True)


def main() -> None:
    parser = argparse.ArgumentParser(description="中枢后台任务（发送队列）性能测试")
    parser.add_argument("--rows", type=int, default=5000, help="每轮待发送的站内通知条数（默认 5000）")
    parser.add_argument("--idle-rows", type=int, default=1_000_000, help="未到期的队列条数（默认 1,000,000）")
    parser.add_argument("--batch", type=int, default=50, help="每轮领取条数（默认 50，同 WORKER_BATCH）")
    parser.add_argument("--postgres", action="store_true", help="使用 PostgreSQL（临时库）")
    parser.add_argument("--pg-url", default=os.environ.get("ZHONGSHU_BENCH_PG", "postgres://postgres@127.0.0.1:5432/postgres"))
    parser.add_argument("--pg-db", default="zs_bench_worker")
    args = parser.parse_args()
    setup(args)

    from zhongshu.accounts.models import User
    from zhongshu.notifications.models import Notification, Outbox
    from zhongshu.notifications.worker import run_once

    user = User.objects.create(username="bench", name="测试")
    print(f"每轮领取 {args.batch} 条；站内通知 {args.rows} 条")
    for workers in (1, 2):
        Notification.objects.all().delete()
        Outbox.objects.all().delete()
        seed_due(args.rows, user.pk)
        seconds, sent = drain(workers, args.batch)
        dup = Notification.objects.count() - Notification.objects.values("outbox").distinct().count()
        print(f"  {workers} 个进程：{sent} 条，用时 {seconds:.2f} 秒，{sent / seconds:,.0f} 条/秒（重复送达 {dup} 条）")

    Notification.objects.all().delete()
    Outbox.objects.all().delete()
    t0 = time.perf_counter()
    seed_idle(args.idle_rows, user.pk)
    print(f"已写入 {args.idle_rows:,} 条未到期队列（一半已发送、一半将来到期）（{time.perf_counter() - t0:.1f} 秒）")
    timings = []
    for _ in range(30):
        t0 = time.perf_counter()
        stats = run_once(name="idle")
        timings.append((time.perf_counter() - t0) * 1000)
        assert stats.claimed == 0
    timings.sort()
    print(f"  空闲一轮（无到期）：中位数 {statistics.median(timings):.2f} 毫秒，最慢 {timings[-1]:.2f} 毫秒（30 轮）")
    print("  查询计划：")
    for line in explain_claim().splitlines():
        print("    " + line)


if __name__ == "__main__":
    main()
