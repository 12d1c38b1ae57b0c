import getpass

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from zhongshu.accounts.choices import AdminRole
from zhongshu.accounts.models import User
from zhongshu.accounts.services import user_create, user_set_admin_role
from zhongshu.core.errors import ServiceError

ROLES = {"sysadmin": AdminRole.SYSTEM, "secadmin": AdminRole.SECURITY, "auditor": AdminRole.AUDITOR}


class Command(BaseCommand):
    help = "在服务器上建立三员账号（系统管理员 sysadmin、安全保密管理员 secadmin、安全审计员 auditor）"

    def add_arguments(self, parser):
        parser.add_argument("role", choices=sorted(ROLES), help="三员角色")
        parser.add_argument("username", help="登录名")
        parser.add_argument("--name", help="姓名，默认用角色名称")
        parser.add_argument("--password", help="密码；不给则交互输入")

    def handle(self, *args, role, username, name, password, **options):
        admin_role = ROLES[role]
        if User.objects.filter(username=username).exists():
            raise CommandError(f"登录名“{username}”已存在")
        password = password or getpass.getpass("密码：")
        try:
            with transaction.atomic():
                user = user_create(actor=None, username=username, name=name or admin_role.label, password=password)
                user_set_admin_role(user=user, admin_role=admin_role)
        except ServiceError as exc:
            raise CommandError(exc.message) from exc
        self.stdout.write(f"已建立{admin_role.label}账号：{username}")
