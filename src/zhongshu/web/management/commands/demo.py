import os
import subprocess
import sys

from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "初始化演示数据（临江市人民政府办公室）并同时启动网页服务和后台任务"

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--no-serve", action="store_true", help="只载入演示数据，不启动服务")

    def handle(self, *args, host, port, no_serve, **options):
        from zhongshu.demo import seed

        call_command("migrate", verbosity=0, interactive=False)
        created = seed.seed()
        self.stdout.write("已载入演示数据：临江市人民政府办公室。" if created else "演示数据已存在，直接启动。")
        if no_serve:
            return
        worker = subprocess.Popen([sys.executable, "-m", "zhongshu", "worker"], env=os.environ.copy())
        self.stdout.write("")
        self.stdout.write(f"中枢已启动：http://{host}:{port}/")
        self.stdout.write(f"演示账号（密码均为 {seed.PASSWORD}）：")
        for username, label in seed.SHOWCASE:
            self.stdout.write(f"  {username:<10} {label}")
        self.stdout.write("按 Ctrl+C 停止。")
        try:
            call_command("serve", host=host, port=port)
        finally:
            worker.terminate()
            try:
                worker.wait(timeout=10)
            except subprocess.TimeoutExpired:
                worker.kill()
