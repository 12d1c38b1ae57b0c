"""Web latency bench: the inbox page and /api/v1/me against a bare Django view.

    .venv/bin/python bench/web.py [--n 100000] [--seconds 5] [--clients 4] [--postgres]

Seeds N people and N notifications (a tenth of them to the measured user),
starts the real server (waitress) in another process, and loads each path from
several keep-alive clients. Prints p50/p95 latency, requests per second, and
each path's ratio to the bare view measured in the same run.
"""

from __future__ import annotations

import argparse
import http.client
import time
from urllib.parse import urlencode

from common import Server, load, setup_django

PASSWORD = "Bench-Passw0rd!"


def seed(n: int):
    from django.contrib.auth.hashers import make_password
    from django.db import transaction
    from django.utils import timezone
    from rest_framework.authtoken.models import Token

    from zhongshu.accounts.models import RoleAssignment, User
    from zhongshu.notifications.models import Notification
    from zhongshu.org.models import Unit
    from zhongshu.todo.models import Todo

    unit = Unit.objects.create(name="压测单位", kind="self")
    hashed = make_password(PASSWORD)
    with transaction.atomic():
        me = User.objects.create(username="bench", name="压测用户", unit=unit, password=hashed, clearance=2)
        RoleAssignment.objects.create(user=me, role="director")
        batch = 5000
        for start in range(0, n, batch):
            User.objects.bulk_create([User(username=f"u{i}", name=f"人员{i}", unit=unit, password=hashed) for i in range(start, min(n, start + batch))])
    ids = list(User.objects.values_list("id", flat=True))
    now = timezone.now()
    with transaction.atomic():
        for start in range(0, n, 5000):
            rows = []
            for i in range(start, min(n, start + 5000)):
                recipient = me.pk if i % 10 == 0 else ids[i % len(ids)]
                rows.append(Notification(recipient_id=recipient, title=f"第{i}号通知：关于召开季度工作会议的通知", read_at=None if i % 3 else now))
            Notification.objects.bulk_create(rows)
        Todo.objects.bulk_create([Todo(owner=me, kind="收文", title=f"待办{i}", started_at=now, due_at=now + timezone.timedelta(hours=i)) for i in range(200)])
    token = Token.objects.create(user=me)
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # as autovacuum would after a bulk load
    return token.key


def session_cookie(port: int) -> str:
    conn = http.client.HTTPConnection("127.0.0.1", port)
    conn.request("GET", "/login/")
    resp = conn.getresponse()
    resp.read()
    cookies = resp.headers.get_all("Set-Cookie") or []
    csrf = next(c.split(";")[0].split("=", 1)[1] for c in cookies if c.startswith("csrftoken="))
    body = urlencode({"username": "bench", "password": PASSWORD, "csrfmiddlewaretoken": csrf})
    conn.request("POST", "/login/", body=body, headers={"Content-Type": "application/x-www-form-urlencoded", "Cookie": f"csrftoken={csrf}", "Referer": f"http://127.0.0.1:{port}/login/"})
    resp = conn.getresponse()
    resp.read()
    session = next(c.split(";")[0] for c in resp.headers.get_all("Set-Cookie") if c.startswith("sessionid="))
    return session


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--seconds", type=float, default=5)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--postgres", action="store_true")
    args = parser.parse_args()
    setup_django(args.postgres)
    from django.db import connection

    t0 = time.perf_counter()
    token = seed(args.n)
    print(f"数据库：{connection.vendor}；人员 {args.n:,}，通知 {args.n:,}；造数 {time.perf_counter() - t0:.1f} 秒")
    server = Server()
    try:
        cookie = session_cookie(server.port)
        targets = [
            ("空白 Django 视图", "/bench/bare/", {}),
            ("待办首页 /", "/", {"Cookie": cookie}),
            ("通知页 /notifications/", "/notifications/", {"Cookie": cookie}),
            ("接口 /api/v1/me", "/api/v1/me", {"Authorization": f"Token {token}"}),
        ]
        results = []
        for label, path, headers in targets:
            load(server.port, path, headers, seconds=1, clients=args.clients)  # warm up
            results.append((label, load(server.port, path, headers, seconds=args.seconds, clients=args.clients)))
    finally:
        server.stop()
    base = results[0][1]
    print(f"{'路径':<24}{'请求数':>8}{'p50 ms':>10}{'p95 ms':>10}{'每秒请求':>10}{'p95/空白':>10}{'RPS/空白':>10}")
    for label, r in results:
        print(f"{label:<24}{r['n']:>8}{r['p50_ms']:>10.1f}{r['p95_ms']:>10.1f}{r['rps']:>10.0f}{r['p95_ms'] / base['p95_ms']:>10.2f}{r['rps'] / base['rps']:>10.2f}")


if __name__ == "__main__":
    main()
