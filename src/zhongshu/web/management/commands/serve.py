from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "启动网页服务（waitress，多线程；生产环境可在其前面放置 nginx）"

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1", help="监听地址，默认 127.0.0.1")
        parser.add_argument("--port", type=int, default=8000, help="端口，默认 8000")
        parser.add_argument("--threads", type=int, default=8, help="工作线程数，默认 8")

    def handle(self, *args, host, port, threads, **options):
        from waitress import serve

        from zhongshu.wsgi import application

        self.stdout.write(f"中枢网页服务：http://{host}:{port}/ （数据库：{settings.DATABASES['default']['ENGINE'].rsplit('.', 1)[-1]}）")
        serve(application, host=host, port=port, threads=threads, ident="zhongshu", clear_untrusted_proxy_headers=True)
