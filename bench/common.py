"""Shared bench helpers: a throw-away database, a server process, a load loop."""

from __future__ import annotations

import http.client
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def setup_django(postgres: bool) -> Path:
    data = Path(tempfile.mkdtemp(prefix="zs-bench-"))
    os.environ["ZHONGSHU_DATA_DIR"] = str(data)
    if postgres:
        url = os.environ.get("ZHONGSHU_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/zs_bench")
        os.environ["ZHONGSHU_DATABASE_URL"] = recreate_pg(url.rsplit("/", 1)[0], url.rsplit("/", 1)[1])
    else:
        os.environ.pop("ZHONGSHU_DATABASE_URL", None)
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench_settings"
    sys.path.insert(0, str(HERE))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    return data


def recreate_pg(base: str, name: str) -> str:
    """Drop and create database ``name`` on the server at ``base``; return its URL."""
    import psycopg

    with psycopg.connect(base.replace("postgres://", "postgresql://") + "/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    return f"{base}/{name}"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, threads: int = 4):
        self.port = free_port()
        env = dict(os.environ, PYTHONPATH=f"{HERE}{os.pathsep}{ROOT / 'src'}")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "zhongshu", "serve", "--port", str(self.port), "--threads", str(threads)],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        deadline = time.time() + 30
        while time.time() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("服务未能启动")

    def stop(self):
        self.proc.terminate()
        self.proc.wait(timeout=10)


def load(port: int, path: str, headers: dict, *, seconds: float, clients: int) -> dict:
    """Hit one path from several keep-alive clients; return latency percentiles and RPS."""
    latencies: list[float] = []
    lock = threading.Lock()
    stop = time.perf_counter() + seconds
    errors = []

    def worker():
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        mine = []
        while time.perf_counter() < stop:
            t0 = time.perf_counter()
            conn.request("GET", path, headers=headers)
            resp = conn.getresponse()
            resp.read()
            mine.append(time.perf_counter() - t0)
            if resp.status != 200:
                errors.append(resp.status)
                break
        with lock:
            latencies.extend(mine)

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    if errors:
        raise RuntimeError(f"{path} 返回 HTTP {errors[0]}")
    latencies.sort()
    return {
        "n": len(latencies),
        "p50_ms": statistics.median(latencies) * 1000,
        "p95_ms": latencies[int(len(latencies) * 0.95) - 1] * 1000,
        "rps": len(latencies) / elapsed,
    }
