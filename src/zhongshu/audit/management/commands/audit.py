from django.core.management.base import BaseCommand, CommandError

from zhongshu.audit.services import audit_verify


class Command(BaseCommand):
    help = "审计日志：verify 校验哈希链，指出第一条被改动的记录"

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["verify"], help="verify：校验审计日志哈希链")

    def handle(self, *args, **options):
        result = audit_verify()
        if result.ok:
            self.stdout.write(f"审计日志完整：共校验 {result.checked} 条记录，哈希链无断裂。")
            return
        raise CommandError(f"审计日志被篡改：第 {result.broken_seq} 条记录出错——{result.reason}（此前 {result.checked} 条完好）")
