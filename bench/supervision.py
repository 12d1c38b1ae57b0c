"""督查督办 bench: prints figures, asserts nothing.

    .venv/bin/python bench/supervision.py                # SQLite in a temp dir
    .venv/bin/python bench/supervision.py --postgres     # a scratch PostgreSQL database (ZHONGSHU_DATABASE_URL's server)

Bulk-inserts --items (default 1,000,000) open sub-items whose next_check_at is
spread over the coming months, with --due (default 200) of them due now, and
measures:
1. one worker scan cycle (zhongshu.supervision.tasks.scan) when nothing is due:
   an index probe on next_check_at;
2. the cycle that handles the due items (reminders, 催办单, notifications);
3. the query plan of the scan, to show it reads the partial index only;
4. the 台账 first page (restrict() + 轻重缓急 order) for the 督查专员.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def setup(args) -> None:
    data = tempfile.mkdtemp(prefix="zs-bench-sv-")
    os.environ["ZHONGSHU_DATA_DIR"] = data
    os.environ["DJANGO_SETTINGS_MODULE"] = "zhongshu.settings"
    if args.postgres:
        import psycopg

        base = os.environ.get("ZHONGSHU_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/zs_dev").rsplit("/", 1)[0]
        with psycopg.connect(base + "/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{args.pg_db}"')
            conn.execute(f'CREATE DATABASE "{args.pg_db}"')
        os.environ["ZHONGSHU_DATABASE_URL"] = f"{base}/{args.pg_db}"
    else:
        os.environ.pop("ZHONGSHU_DATABASE_URL", None)
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    print(f"数据库：{'PostgreSQL ' + args.pg_db if args.postgres else 'SQLite ' + data}")


def seed(n: int, due: int) -> None:
    from django.db import connection, transaction
    from django.utils import timezone

    from zhongshu.accounts.choices import Role
    from zhongshu.accounts.models import RoleAssignment, User
    from zhongshu.org.models import Unit
    from zhongshu.supervision.models import Item, Task

    now = timezone.now()
    units = [Unit.objects.create(name=f"单位{i}") for i in range(40)]
    ducha = User.objects.create(username="ducha", name="督查专员", unit=units[0], clearance=3)
    RoleAssignment.objects.create(user=ducha, role=Role.SUPERVISOR)
    for u in units:
        h = User.objects.create(username=f"h{u.pk}", name=f"承办{u.pk}", unit=u, clearance=3)
        RoleAssignment.objects.create(user=h, role=Role.HANDLER)
    started = time.perf_counter()
    per_task = 10
    tasks = Task.objects.bulk_create([Task(number=f"督〔2025〕{i + 1}号", title=f"督办事项{i}", source_kind="meeting", status="active",
                                           created_by=ducha, office_unit=units[0], created_at=now, assigned_at=now) for i in range(n // per_task)], batch_size=5000)
    batch = []
    with transaction.atomic():
        for i in range(n):
            is_due = i < due
            next_check = now - timedelta(minutes=1) if is_due else now + timedelta(minutes=10 + (i % 100000))
            batch.append(Item(task_id=tasks[i // per_task].pk, seq=i % per_task + 1, title=f"分解事项{i}", target="按期完成",
                              lead_unit_id=units[i % 40].pk, deadline_days=5, status="in_progress", quadrant=1 + i % 4,
                              assigned_at=now - timedelta(days=20), due_at=(now - timedelta(days=3)) if is_due else now + timedelta(days=30 + i % 60),
                              next_check_at=next_check))
            if len(batch) == 10000:
                Item.objects.bulk_create(batch)
                batch = []
        Item.objects.bulk_create(batch)
    if connection.vendor == "postgresql":
        with connection.cursor() as c:
            c.execute("ANALYZE")
    else:
        with connection.cursor() as c:
            c.execute("ANALYZE")
    print(f"写入 {n:,} 个办理中子项（其中 {due} 个到期待处理），用时 {time.perf_counter() - started:.1f} 秒")


def bench(args) -> None:
    from django.db import connection, transaction
    from django.utils import timezone

    from zhongshu.supervision.models import Chase, Item
    from zhongshu.supervision.tasks import due_items, scan

    def cycle():
        t = time.perf_counter()
        with transaction.atomic():
            sent = scan(timezone.now())
        return time.perf_counter() - t, sent

    took, sent = cycle()
    print(f"处理到期子项的一轮：{took * 1000:.0f} 毫秒，发出催办 {sent} 次（{Chase.objects.count()} 张催办单）")
    idle = [cycle()[0] for _ in range(args.repeat)]
    print(f"无到期事项的一轮扫描（{args.repeat} 次）：中位数 {statistics.median(idle) * 1000:.2f} 毫秒，最大 {max(idle) * 1000:.2f} 毫秒")
    with transaction.atomic(), connection.cursor() as c:
        sql, params = due_items(timezone.now(), 500).query.sql_with_params()
        if connection.vendor == "postgresql":
            c.execute("EXPLAIN " + sql, params)
        else:
            c.execute("EXPLAIN QUERY PLAN " + sql, params)
        plan = " | ".join(str(r[-1]) for r in c.fetchall())
    print(f"扫描查询计划：{plan}")
    from zhongshu.accounts.models import User
    from zhongshu.supervision import selectors

    ducha = User.objects.get(username="ducha")
    t = time.perf_counter()
    rows = list(selectors.ledger(ducha, {})[:30])
    print(f"督查专员台账首页（30 行，全部 {args.items:,} 项可见）：{(time.perf_counter() - t) * 1000:.0f} 毫秒（{len(rows)} 行）")
    still = Item.objects.filter(next_check_at__lte=timezone.now()).count()
    print(f"处理后仍到期的子项：{still}")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--items", type=int, default=1_000_000)
    p.add_argument("--due", type=int, default=200)
    p.add_argument("--repeat", type=int, default=20)
    p.add_argument("--postgres", action="store_true")
    p.add_argument("--pg-db", default="zs_bench_supervision")
    args = p.parse_args()
    setup(args)
    seed(args.items, args.due)
    bench(args)


if __name__ == "__main__":
    main()
