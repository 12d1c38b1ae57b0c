"""督查督办 bench: prints figures, asserts nothing.

    .venv/bin/python bench/supervision.py                # SQLite in a temp dir
    .venv/bin/python bench/supervision.py --postgres     # a scratch PostgreSQL database (ZHONGSHU_DATABASE_URL's server)

Loads --items (default 1,000,000) open sub-items in SQL (a recursive CTE on
SQLite, generate_series on PostgreSQL; secondary indexes dropped during the
load and rebuilt after), each with the Grant that 交办 writes for its 牵头单位.
Their next_check_at is spread over the coming months; --due (default 500) are
due now: half get a reminder before the deadline, half are overdue. Measures:
1. the cycles that handle the due items (reminders, 催办单, notifications):
   items per second;
2. one worker scan cycle when nothing is due (an index probe on next_check_at);
3. the query plan of the scan, to show it reads the partial index only;
4. the 台账 first page (restrict() + 轻重缓急 order, no COUNT) for the 督查专员,
   who sees every item, and for a unit's 承办人, who sees 1/40 of them:
   the query alone and the whole page through the view.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import timezone as dt_timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
UNITS = 40


def setup(args) -> None:
    data = tempfile.mkdtemp(prefix="zs-bench-sv-")
    os.environ["ZHONGSHU_DATA_DIR"] = data
    os.environ["DJANGO_SETTINGS_MODULE"] = "zhongshu.settings"
    if args.postgres:
        from common import recreate_pg

        os.environ["ZHONGSHU_DATABASE_URL"] = recreate_pg(os.environ.get("ZHONGSHU_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/zs_dev").rsplit("/", 1)[0], args.pg_db)
    else:
        os.environ.pop("ZHONGSHU_DATABASE_URL", None)
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    settings.ALLOWED_HOSTS = ["*"]
    call_command("migrate", verbosity=0)
    print(f"数据库：{'PostgreSQL ' + args.pg_db if args.postgres else 'SQLite ' + data}")


def _people():
    """40 units, each with a 承办人 and a head (Post rank 1); a 督查专员, a director, a leader."""
    from zhongshu.accounts.choices import Role
    from zhongshu.accounts.models import RoleAssignment, User
    from zhongshu.org.models import Post, Unit

    units = [Unit.objects.create(name=f"单位{i}") for i in range(UNITS)]

    def person(username, name, unit, role):
        user = User.objects.create(username=username, name=name, unit=unit, clearance=3)
        RoleAssignment.objects.create(user=user, role=role)
        return user

    ducha = person("ducha", "督查专员", units[0], Role.SUPERVISOR)
    person("director", "办公室主任", units[0], Role.DIRECTOR)
    leader = person("leader", "批示领导", units[0], Role.LEADER)
    for u in units:
        person(f"h{u.pk}", f"承办{u.pk}", u, Role.HANDLER)
        Post.objects.create(unit=u, title="局长", rank=1, holder=person(f"head{u.pk}", f"局长{u.pk}", u, Role.LEADER))
    return units, ducha, leader


class _Bulk:
    """Vendor pieces for INSERT … SELECT over a generated series of i."""

    def __init__(self, vendor: str):
        self.pg = vendor == "postgresql"

    def series(self, n: int) -> tuple[str, str]:
        """(prefix, FROM clause) producing i = 0 … n-1."""
        if self.pg:
            return "", f"FROM generate_series(0, {n - 1}) AS s(i)"
        return f"WITH RECURSIVE s(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM s WHERE i < {n - 1}) ", "FROM s"

    def minutes(self, expr: str) -> str:
        """The load's fixed time (the first parameter) plus ``expr`` minutes."""
        if self.pg:
            return f"(%(now)s::timestamptz + ({expr}) * interval '1 minute')"
        return f"datetime(%(now)s, ({expr}) || ' minutes')"

    @property
    def empty_json(self) -> str:
        return "'[]'::jsonb" if self.pg else "'[]'"


def _without_indexes(cursor, vendor: str, tables: list[str]):
    """Drop the secondary indexes of ``tables``; returns the statements that rebuild them."""
    rebuild = []
    for table in tables:
        if vendor == "postgresql":
            cursor.execute("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = %s AND indexname NOT IN (SELECT conname FROM pg_constraint)", [table])
        else:
            cursor.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = %s AND sql IS NOT NULL", [table])
        for name, sql in cursor.fetchall():
            cursor.execute(f'DROP INDEX "{name}"')
            rebuild.append(sql)
    return rebuild


def seed(n: int, due: int) -> None:
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction
    from django.utils import timezone

    from zhongshu.supervision.models import Item, Task

    now = timezone.now().replace(microsecond=0)
    units, ducha, leader = _people()
    started = time.perf_counter()
    vendor, per_task, b = connection.vendor, 10, _Bulk(connection.vendor)
    tasks = max(1, n // per_task)
    p = {"now": now if b.pg else now.astimezone(dt_timezone.utc).strftime("%Y-%m-%d %H:%M:%S"), "ducha": ducha.pk, "leader": leader.pk,
         "unit0": units[0].pk, "item_ct": ContentType.objects.get_for_model(Item).pk}
    with connection.cursor() as c:
        if b.pg:
            c.execute("SET session_replication_role = replica")  # no FK triggers during the load
        else:
            c.execute("PRAGMA journal_mode = OFF")
            c.execute("PRAGMA synchronous = OFF")
            c.execute("PRAGMA cache_size = -1000000")
            c.execute("PRAGMA temp_store = MEMORY")
            c.execute("PRAGMA foreign_keys = OFF")
    with transaction.atomic(), connection.cursor() as c:
        rebuild = _without_indexes(c, vendor, ["supervision_task", "supervision_item", "core_grant"])
        c.execute("SELECT COALESCE(MAX(id), 0) FROM supervision_task")
        p["task0"] = c.fetchone()[0] + 1
        c.execute("SELECT COALESCE(MAX(id), 0) FROM supervision_item")
        p["item0"] = c.fetchone()[0] + 1
        pre, src = b.series(tasks)
        c.execute(
            pre + "INSERT INTO supervision_task (number, title, source_kind, instruction, instructing_leader_id, source_type, source_id, source_title,"
            " important, urgency, classification, status, created_by_id, office_unit_id, created_at, assigned_at)"
            " SELECT '督〔2025〕' || (i + 1) || '号', '督办事项' || i, 'instruction', '请抓紧办理', %(leader)s, '', '', '', i %% 2 = 0,"
            f" CASE WHEN i %% 3 = 0 THEN '特急' ELSE '普通' END, 0, 'active', %(ducha)s, %(unit0)s, {b.minutes('-28800')}, {b.minutes('-28800')} " + src, p)
        pre, src = b.series(n)
        # Due now: i < due. Half are 1 day before the deadline (a reminder), half 3 days past it (催办).
        due_at = f"CASE WHEN i < {due} AND i %% 2 = 0 THEN {b.minutes('1440')} WHEN i < {due} THEN {b.minutes('-4320')} ELSE {b.minutes('43200 + (i %% 60) * 1440')} END"
        check = f"CASE WHEN i < {due} THEN {b.minutes('-1')} ELSE {b.minutes('10 + i %% 100000')} END"
        c.execute(
            pre + "INSERT INTO supervision_item (task_id, seq, title, target, lead_unit_id, deadline_mode, deadline_days, frequency, milestones,"
            " classification, quadrant, status, assigned_at, due_at, level, next_check_at)"
            f" SELECT %(task0)s + i / {per_task}, i %% {per_task} + 1, '分解事项' || i, '按期完成', %(unit0)s + i %% {UNITS}, 'working_days', 5,"
            f" CASE WHEN i %% 7 = 0 THEN 'weekly' ELSE 'once' END, {b.empty_json}, 0, 1 + i %% 4, 'in_progress', {b.minutes('-28800')}, {due_at}, 0, {check} " + src, p)
        # The Grant 交办 writes for the 牵头单位 of every item.
        c.execute(
            pre + "INSERT INTO core_grant (content_type_id, object_id, unit_id, action, reason, granted_by_id, created_at)"
            f" SELECT %(item_ct)s, %(item0)s + i, %(unit0)s + i %% {UNITS}, 'change', '督办责任单位', %(ducha)s, {b.minutes('-28800')} " + src, p)
        loaded = time.perf_counter() - started
        for sql in rebuild:
            c.execute(sql)
    with connection.cursor() as c:
        if b.pg:
            c.execute("SET session_replication_role = DEFAULT")
        else:
            c.execute("PRAGMA foreign_keys = ON")
            c.execute("PRAGMA synchronous = NORMAL")
            c.execute("PRAGMA journal_mode = WAL")
        c.execute("ANALYZE")
    assert Task.objects.count() == tasks and Item.objects.count() == n
    print(f"写入 {n:,} 个办理中子项、{tasks:,} 个事项、{n:,} 条知悉范围（其中 {due} 个子项到期待处理）："
          f"插入 {loaded:.1f} 秒，建索引与 ANALYZE 后共 {time.perf_counter() - started:.1f} 秒")


def _percentiles(times: list[float]) -> str:
    ms = sorted(t * 1000 for t in times)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    return f"p50 {statistics.median(ms):.1f} 毫秒，p95 {p95:.1f} 毫秒"


def bench(args) -> None:
    from django.db import connection, transaction
    from django.test import Client
    from django.urls import reverse
    from django.utils import timezone

    from zhongshu.accounts.models import User
    from zhongshu.supervision import selectors
    from zhongshu.supervision.models import Chase, Item
    from zhongshu.supervision.tasks import due_items, scan

    def cycle():
        t = time.perf_counter()
        with transaction.atomic():
            sent = scan(timezone.now())
        return time.perf_counter() - t, sent

    reverse("sv-ledger")  # the URL conf is imported once per worker process, not per cycle
    due = Item.objects.filter(next_check_at__lte=timezone.now()).count()
    total, cycles = 0.0, []
    while Item.objects.filter(next_check_at__lte=timezone.now()).exists() and len(cycles) < 100:
        took, sent = cycle()
        total += took
        cycles.append(f"{took * 1000:.0f}")
    print(f"处理 {due} 个到期子项：{len(cycles)} 轮（每轮毫秒：{'、'.join(cycles)}），共 {total:.2f} 秒，"
          f"{due / total:.0f} 项/秒；发出 {Chase.objects.count()} 张催办单")
    idle = [cycle()[0] for _ in range(args.repeat)]
    print(f"无到期事项的一轮扫描（{args.repeat} 次）：中位数 {statistics.median(idle) * 1000:.2f} 毫秒，最大 {max(idle) * 1000:.2f} 毫秒")
    with transaction.atomic(), connection.cursor() as c:
        sql, params = due_items(timezone.now(), 500).query.sql_with_params()
        c.execute(("EXPLAIN " if connection.vendor == "postgresql" else "EXPLAIN QUERY PLAN ") + sql, params)
        plan = " | ".join(str(r[-1]).strip() for r in c.fetchall())
    print(f"扫描查询计划：{plan}")

    # Two 承办人: one whose unit's items sort first in the ledger, one whose sort last (quadrant 4).
    first_unit = User.objects.get(username='ducha').unit_id
    visible = {"ducha": args.items, f"h{first_unit + 1}": args.items // UNITS, f"h{first_unit + 3}": args.items // UNITS}
    for username, n in visible.items():
        user = User.objects.get(username=username)
        who = "督查专员" if username == "ducha" else "单位承办人"
        for union in (False, True):
            selectors.SCOPE_UNION = union
            times = []
            for _ in range(args.repeat):
                t = time.perf_counter()
                user = User.objects.get(pk=user.pk)  # a fresh request's user
                rows = selectors.ledger_page(user, {}).rows
                times.append(time.perf_counter() - t)
            print(f"{who}台账首页查询（{len(rows)} 行，可见 {n:,} 项，{'按范围分支合并' if union else '单条 OR 查询'}）：{_percentiles(times)}")
            for page in (2, 10):
                user = User.objects.get(pk=user.pk)
                t = time.perf_counter()
                rows_p = selectors.ledger_page(user, {"page": str(page)}).rows
                print(f"    第 {page} 页：{(time.perf_counter() - t) * 1000:.1f} 毫秒（{len(rows_p)} 行，首行 {rows_p[0].pk if rows_p else '-'}）")
            if union:
                selectors.SCOPE_UNION = False
                plain = [r.pk for r in selectors.ledger_page(User.objects.get(pk=user.pk), {}).rows]
                selectors.SCOPE_UNION = True
                assert plain == [r.pk for r in rows], "分支合并与单条查询的首页不同"
        client = Client()
        client.force_login(user)
        times = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            r = client.get("/supervision/")
            times.append(time.perf_counter() - t)
            assert r.status_code == 200, r.status_code
        print(f"{who}台账首页（整页）：{_percentiles(times)}")
        with connection.cursor() as c:
            sql, params = selectors.ledger(user, {}).order_by(*selectors.LEDGER_ORDER)[:31].query.sql_with_params()
            c.execute(("EXPLAIN " if connection.vendor == "postgresql" else "EXPLAIN QUERY PLAN ") + sql, params)
            print(f"  查询计划：{' | '.join(str(r[-1]).strip() for r in c.fetchall())[:600]}")
    still = Item.objects.filter(next_check_at__lte=timezone.now()).count()
    print(f"处理后仍到期的子项：{still}")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--items", type=int, default=1_000_000)
    p.add_argument("--due", type=int, default=500)
    p.add_argument("--repeat", type=int, default=20)
    p.add_argument("--postgres", action="store_true")
    p.add_argument("--pg-db", default="zs_bench_supervision")
    args = p.parse_args()
    setup(args)
    seed(args.items, args.due)
    bench(args)


if __name__ == "__main__":
    main()
