"""办文 at scale: N documents (default 1,000,000) on PostgreSQL; p50/p95 of the
personal 待办 inbox, the 收文登记簿 list and 公文检索 (pg_trgm, full Django requests),
for the clerk (office-wide) and for two grant-only readers: a handler with 2,000
grants (restrict() inlines them as an id list) and a reader with 8,000 (over
GRANT_INLINE_LIMIT: an IN-subquery), spread evenly over the whole ledger.

    ZHONGSHU_DATABASE_URL=postgres://postgres@127.0.0.1:5432/zs_bench \\
        .venv/bin/python bench/documents.py [--n 1000000] [--runs 50] [--keep]

The database named in the URL is created if missing and filled with COPY;
``--keep`` reuses rows already there.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import time
from datetime import datetime, timedelta, timezone as dt_tz

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "zhongshu.test_settings")
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "src"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=50)
    ap.add_argument("--keep", action="store_true")
    args = ap.parse_args()
    if "postgres" not in os.environ.get("ZHONGSHU_DATABASE_URL", ""):
        sys.exit("请设置 ZHONGSHU_DATABASE_URL 指向 PostgreSQL（如 postgres://postgres@127.0.0.1:5432/zs_bench）")
    _ensure_database(os.environ["ZHONGSHU_DATABASE_URL"])
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from zhongshu.documents.models import Incoming

    people = _people()
    if not (args.keep and Incoming.objects.count() >= args.n):
        t = time.perf_counter()
        _fill(args.n, people)
        print(f"写入 {args.n:,} 件收文及待办：{time.perf_counter() - t:.1f} s")
    _grants(people, args.n)
    from django.db import connection

    with connection.cursor() as c:
        c.execute("ANALYZE")
    from django.test import Client

    results = {}
    for label, user, url in [
        ("待办（文书，5,000 条待办）", people["clerk"], "/"),
        ("收文登记簿·第1页（文书，全部非涉密）", people["clerk"], "/documents/in/"),
        ("收文登记簿·按年度+状态筛选", people["clerk"], "/documents/in/?year=2025&state=handling"),
        ("收文登记簿·第20页", people["clerk"], "/documents/in/?page=20"),
        ("收文登记簿（承办单位人员，授权 2,000 件）", people["handler"], "/documents/in/"),
        ("收文登记簿（传阅人，授权 8,000 件，子查询）", people["reader"], "/documents/in/"),
        ("收文登记簿·第20页（传阅人，8,000 件）", people["reader"], "/documents/in/?page=20"),
        ("收文 API 列表", people["clerk"], "/api/v1/incoming"),
        ("检索·4字中段，多命中（文书）", people["clerk"], "/documents/search/?q=防汛抗旱"),
        ("检索·数字+字中段，1件命中（文书）", people["clerk"], "/documents/search/?q=第12345项"),
        ("检索·3字，无命中（文书）", people["clerk"], "/documents/search/?q=不存在"),
        ("检索·2字回退，多命中（文书）", people["clerk"], "/documents/search/?q=抗旱"),
        ("检索·2字回退，无命中（扫最近10万件）", people["clerk"], "/documents/search/?q=不存"),
        ("检索·4字（承办单位人员）", people["handler"], "/documents/search/?q=防汛抗旱"),
        ("检索·4字（传阅人，8,000 件）", people["reader"], "/documents/search/?q=防汛抗旱"),
        ("收文登记簿·关键词筛选", people["clerk"], "/documents/in/?q=安全生产"),
    ]:
        client = Client()
        client.force_login(user)
        for _ in range(3):
            assert client.get(url).status_code == 200
        times = []
        for _ in range(args.runs):
            t = time.perf_counter()
            r = client.get(url)
            times.append((time.perf_counter() - t) * 1000)
            assert r.status_code == 200
        times.sort()
        results[label] = (statistics.median(times), times[int(len(times) * 0.95) - 1])
    print(f"\n{Incoming.objects.count():,} 件收文，PostgreSQL，每项 {args.runs} 次完整请求（含模板渲染）")
    print(f"{'页面':<40}{'p50 ms':>10}{'p95 ms':>10}")
    for label, (p50, p95) in results.items():
        print(f"{label:<40}{p50:>10.1f}{p95:>10.1f}{'  ✓' if p95 < 100 else '  ✗ 超过100ms'}")


def _ensure_database(url):
    import psycopg
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin = url.replace(f"/{name}", "/postgres")
    with psycopg.connect(admin, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


def _people():
    from zhongshu.accounts.choices import Role
    from zhongshu.accounts.models import RoleAssignment, User
    from zhongshu.org.models import Unit

    office, _ = Unit.objects.get_or_create(name="基准市政府办公室", defaults={"kind": "self", "code": "基政办"})
    dept, _ = Unit.objects.get_or_create(name="基准市发改委", defaults={"kind": "subordinate"})
    out = {}
    for username, unit, role in (("bench_clerk", office, Role.CLERK), ("bench_handler", dept, Role.HANDLER), ("bench_reader", dept, Role.HANDLER)):
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User.objects.create_user(username, "Bench-Passw0rd!", name=username, unit=unit, clearance=1)
            RoleAssignment.objects.create(user=user, role=role)
        out[username.split("_")[1]] = user
    out["office"], out["dept"] = office, dept
    return out


def _grants(people, n):
    """Grant-only readers: the handler holds 2,000 grants (inlined as an id list by
    restrict()), the reader 8,000 (over GRANT_INLINE_LIMIT: an IN-subquery).
    Spread over the whole ledger, ~2 % of them classified (clearance 1 sees them)."""
    from django.contrib.contenttypes.models import ContentType

    from zhongshu.core.models import Grant
    from zhongshu.documents.models import Incoming

    ct = ContentType.objects.get_for_model(Incoming)
    lo, hi = Incoming.objects.order_by("id").values_list("id", flat=True).first(), Incoming.objects.order_by("-id").values_list("id", flat=True).first()
    for who, count in (("handler", 2000), ("reader", 8000)):
        user = people[who]
        Grant.objects.filter(user=user, content_type=ct).delete()
        step = max(1, (hi - lo + 1) // count)
        Grant.objects.bulk_create([Grant(content_type=ct, object_id=lo + 7 + i * step, user=user, action="change" if who == "handler" else "view") for i in range(count) if lo + 7 + i * step <= hi], batch_size=5000)


def _fill(n, people):
    from django.db import connection

    from zhongshu.documents.models import Incoming
    from zhongshu.todo.models import Todo

    Todo.objects.filter(owner__in=[people["clerk"], people["handler"]]).delete()
    with connection.cursor() as c:
        c.execute("TRUNCATE documents_incoming CASCADE")
        c.execute("DROP INDEX IF EXISTS documents_in_search_trgm")  # rebuilt once after the COPY
    from zhongshu.documents.search import normalize

    cols = ["unit_id", "year", "serial", "source_name", "original_number", "title", "doctype", "classification", "secrecy_period", "urgency", "copies", "summary", "received_at", "due_at", "report_due", "report_remind_days", "state", "return_reason", "proposal", "instruction", "result", "created_at", "updated_at", "signed_by_id", "registered_by_id", "search_text"]
    topics = ["防汛抗旱", "安全生产", "森林防火", "乡村振兴", "营商环境", "生态环境保护", "疫情防控", "财政预算", "城市更新", "招商引资", "信访维稳", "教育督导", "食品安全"]
    states = ["registered", "screened", "proposed", "handling", "done", "archive_ready"]
    types = ["通知", "函", "请示", "报告", "通报", "意见"]
    urg = ["普通", "普通", "普通", "加急", "紧急", "特急"]
    base = datetime(2022, 1, 1, tzinfo=dt_tz.utc)
    step = timedelta(minutes=(4 * 365 * 24 * 60) // n or 1)
    serials = {}
    office, clerk = people["office"].pk, people["clerk"].pk
    raw = connection.connection if connection.connection else (connection.ensure_connection() or connection.connection)
    batch = 100_000
    for start in range(0, n, batch):
        buf = io.StringIO()
        for i in range(start, min(n, start + batch)):
            when = base + step * i
            serials[when.year] = serials.get(when.year, 0) + 1
            cls = 1 if i % 50 == 0 else 0
            title, source, number = f"关于做好第{i}项{topics[i % 13]}工作的{types[i % 6]}", f"来文单位{i % 300}", f"某发〔{when.year}〕{i % 997 + 1}号"
            text = normalize(" ".join([title, f"收〔{when.year}〕{serials[when.year]}号", number, source]))
            row = [office, when.year, serials[when.year], source, number, title, types[i % 6], cls, "1年" if cls else "", urg[i % 6], 1, "", when.isoformat(), (when + timedelta(days=3)).isoformat(), "\\N", 3, states[i % 6], "", "", "", "", when.isoformat(), when.isoformat(), clerk, clerk, text]
            buf.write("\t".join(str(v) for v in row) + "\n")
        buf.seek(0)
        with raw.cursor() as cur:
            with cur.copy(f"COPY documents_incoming ({', '.join(cols)}) FROM STDIN") as cp:
                cp.write(buf.read())
        raw.commit() if not raw.autocommit else None
    t = time.perf_counter()
    with connection.cursor() as c:
        c.execute("SET maintenance_work_mem = '512MB'")
        c.execute("CREATE INDEX IF NOT EXISTS documents_in_search_trgm ON documents_incoming USING gin (search_text gin_trgm_ops)")
    print(f"pg_trgm GIN 索引：{time.perf_counter() - t:.1f} s")
    now = datetime.now(dt_tz.utc)
    todos = [Todo(owner=people["clerk"], kind="收文初审", title=f"待办{i}", link="/", urgency=urg[i % 6], quadrant=1 + i % 4, started_at=now, due_at=now + timedelta(hours=i % 200 - 50)) for i in range(5000)]
    Todo.objects.bulk_create(todos, batch_size=2000)


if __name__ == "__main__":
    main()
