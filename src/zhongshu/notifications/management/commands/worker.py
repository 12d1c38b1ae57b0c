"""`zhongshu worker`: deliver the outbox until stopped (or once, with --once)."""

from __future__ import annotations

import signal
import threading

from django.core.management.base import BaseCommand
from django.db import close_old_connections, connection

from zhongshu.notifications.schedule import registered
from zhongshu.notifications.worker import batch_size, default_name, run_once


class Command(BaseCommand):
    help = "后台任务：发送站内通知、邮件和群机器人消息，运行定时扫描（提醒）。"

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="只运行一轮后退出")
        parser.add_argument("--interval", type=float, default=2.0, help="队列空闲时两轮之间等待的秒数（默认 2）")
        parser.add_argument("--name", default="", help="本进程的名称（默认：主机名:进程号）")

    def handle(self, *args, once: bool = False, interval: float = 2.0, name: str = "", **options):
        name = name or default_name()
        stop = threading.Event()
        if not once:
            for sig in (signal.SIGTERM, signal.SIGINT):
                signal.signal(sig, lambda *_: stop.set())
            scanners = "、".join(registered()) or "无"
            self.stdout.write(f"后台任务 {name} 已启动，空闲间隔 {interval:g} 秒；定时扫描：{scanners}。按 Ctrl+C 停止。")
        batch = batch_size()
        while not stop.is_set():
            if not connection.in_atomic_block:  # (tests call the command inside a transaction)
                close_old_connections()
            try:
                stats = run_once(name=name, batch=batch)
            except Exception as exc:  # e.g. the database restarting: wait and go on
                self.stderr.write(f"本轮出错：{type(exc).__name__}：{exc}；{interval:g} 秒后重试")
                if once:
                    raise
                stop.wait(interval)
                continue
            if stats.claimed or stats.enqueued or once:
                self.stdout.write(stats.summary())
            if once:
                break
            if stats.claimed < batch:
                stop.wait(interval)
        if not once:
            self.stdout.write(f"后台任务 {name} 已停止。")
