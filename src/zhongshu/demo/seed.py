"""Demo data: 临江市人民政府办公室, a fictional city government office.

Every name here is invented. Seeding is idempotent: it does nothing if the
demo office exists already.
"""

from __future__ import annotations

import importlib
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from zhongshu.accounts.choices import AdminRole, Role
from zhongshu.accounts.models import RoleAssignment, User
from zhongshu.audit.services import audit_record
from zhongshu.core.choices import Classification as C
from zhongshu.core.models import Setting
from zhongshu.org.choices import DelegationKind, UnitKind
from zhongshu.org.models import Delegation, Post, Unit

PASSWORD = "Demo-2026-Zs"

# Each module adds its demo data here: "zhongshu.<app>.demo.seed", called as
# seed(users=..., units=..., now=...) inside the same transaction.
EXTENSIONS: list[str] = [
    "zhongshu.supervision.demo.seed",
    "zhongshu.documents.demo.seed",
]
OFFICE = "临江市人民政府办公室"

# name, short name, kind, parent, 机关代字, order
UNITS = [
    ("临江市人民政府", "市政府", UnitKind.SELF, None, "临政", 1),
    (OFFICE, "市府办", UnitKind.SELF, "临江市人民政府", "临政办", 2),
    ("秘书一科", "", UnitKind.INTERNAL, OFFICE, "", 10),
    ("秘书二科", "", UnitKind.INTERNAL, OFFICE, "", 11),
    ("文电科", "", UnitKind.INTERNAL, OFFICE, "", 12),
    ("督查室", "", UnitKind.INTERNAL, OFFICE, "临政督", 13),
    ("综合信息科", "", UnitKind.INTERNAL, OFFICE, "", 14),
    ("机要保密科", "", UnitKind.INTERNAL, OFFICE, "", 15),
    ("总值班室", "", UnitKind.INTERNAL, OFFICE, "", 16),
    ("档案室", "", UnitKind.INTERNAL, OFFICE, "", 17),
    ("临江市发展和改革委员会", "市发改委", UnitKind.SUBORDINATE, "临江市人民政府", "临发改", 30),
    ("临江市财政局", "市财政局", UnitKind.SUBORDINATE, "临江市人民政府", "临财", 31),
    ("临江市应急管理局", "市应急局", UnitKind.SUBORDINATE, "临江市人民政府", "临应急", 32),
    ("临江市教育局", "市教育局", UnitKind.SUBORDINATE, "临江市人民政府", "临教", 33),
    ("江海省人民政府办公厅", "省府办", UnitKind.EXTERNAL, None, "江政办", 90),
]

# username, name, unit, post, rank, roles, clearance
PEOPLE = [
    ("mayor", "林国栋", "临江市人民政府", "市长", 1, [Role.LEADER], C.CONFIDENTIAL),
    ("vmayor_chen", "陈思远", "临江市人民政府", "常务副市长", 2, [Role.LEADER, Role.DUTY_LEADER], C.CONFIDENTIAL),
    ("vmayor_zhou", "周雅琴", "临江市人民政府", "副市长", 3, [Role.LEADER, Role.DUTY_LEADER], C.CONFIDENTIAL),
    ("vmayor_he", "何振华", "临江市人民政府", "副市长", 4, [Role.LEADER, Role.DUTY_LEADER], C.SECRET),
    ("sgz", "宋光泽", "临江市人民政府", "秘书长", 5, [Role.LEADER, Role.DUTY_LEADER], C.CONFIDENTIAL),
    ("director", "杜明远", OFFICE, "主任", 10, [Role.DIRECTOR, Role.DUTY_LEADER], C.CONFIDENTIAL),
    ("deputy_luo", "罗佳慧", OFFICE, "副主任", 11, [Role.DIRECTOR, Role.DUTY_LEADER], C.CONFIDENTIAL),
    ("deputy_xu", "许文博", OFFICE, "副主任", 12, [Role.DIRECTOR, Role.DUTY_LEADER], C.SECRET),
    ("mishu", "韩晓雪", "秘书一科", "科长", 20, [Role.SECRETARY], C.CONFIDENTIAL),
    ("mishu_fang", "方子涵", "秘书一科", "副科长", 21, [Role.SECRETARY], C.SECRET),
    ("mishu_ye", "叶清源", "秘书一科", "科员", 40, [Role.SECRETARY, Role.DUTY_OFFICER], C.NONE),
    ("mishu2", "姜书宁", "秘书二科", "科长", 22, [Role.SECRETARY], C.SECRET),
    ("mishu2_tang", "唐一鸣", "秘书二科", "科员", 41, [Role.SECRETARY, Role.DUTY_OFFICER], C.NONE),
    ("wenshu", "郑小雨", "文电科", "科长", 23, [Role.CLERK], C.CONFIDENTIAL),
    ("wenshu_b", "冯立新", "文电科", "科员", 42, [Role.CLERK, Role.DUTY_OFFICER], C.SECRET),
    ("wenshu_c", "曹静怡", "文电科", "科员", 43, [Role.CLERK], C.NONE),
    ("ducha", "魏建国", "督查室", "主任", 24, [Role.SUPERVISOR], C.SECRET),
    ("ducha_b", "吕婉清", "督查室", "科员", 44, [Role.SUPERVISOR, Role.DUTY_OFFICER], C.NONE),
    ("xinxi", "苏晨阳", "综合信息科", "科长", 25, [Role.INFO_OFFICER], C.SECRET),
    ("xinxi_b", "潘雨桐", "综合信息科", "科员", 45, [Role.INFO_OFFICER, Role.DUTY_OFFICER], C.NONE),
    ("jiyao", "钟守诚", "机要保密科", "科长", 26, [Role.CONFIDENTIAL], C.CONFIDENTIAL),
    ("jiyao_b", "邱美玲", "机要保密科", "科员", 46, [Role.CONFIDENTIAL], C.CONFIDENTIAL),
    ("zhiban", "袁海峰", "总值班室", "主任", 27, [Role.DUTY_OFFICER], C.SECRET),
    ("zhiban_b", "蒋欣然", "总值班室", "科员", 47, [Role.DUTY_OFFICER], C.NONE),
    ("dangan", "沈静", "档案室", "主任", 28, [Role.ARCHIVIST], C.SECRET),
    ("dangan_b", "谢雨辰", "档案室", "科员", 48, [Role.ARCHIVIST], C.NONE),
    ("fgw_head", "黄志强", "临江市发展和改革委员会", "主任", 50, [Role.LEADER], C.SECRET),
    ("fgw", "赵丽君", "临江市发展和改革委员会", "办公室主任", 60, [Role.HANDLER, Role.INFO_OFFICER], C.SECRET),
    ("fgw_b", "孙浩然", "临江市发展和改革委员会", "科员", 70, [Role.HANDLER], C.NONE),
    ("czj_head", "吴敏", "临江市财政局", "局长", 51, [Role.LEADER], C.SECRET),
    ("czj", "刘洋", "临江市财政局", "办公室主任", 61, [Role.HANDLER, Role.INFO_OFFICER], C.SECRET),
    ("czj_b", "王诗琪", "临江市财政局", "科员", 71, [Role.HANDLER], C.NONE),
    ("yjj_head", "郭振宇", "临江市应急管理局", "局长", 52, [Role.LEADER], C.SECRET),
    ("yjj", "马晓峰", "临江市应急管理局", "办公室主任", 62, [Role.HANDLER, Role.INFO_OFFICER], C.SECRET),
    ("yjj_b", "朱婷", "临江市应急管理局", "科员", 72, [Role.HANDLER], C.NONE),
    ("jyj_head", "杨慧敏", "临江市教育局", "局长", 53, [Role.LEADER], C.SECRET),
    ("jyj", "胡建军", "临江市教育局", "办公室主任", 63, [Role.HANDLER, Role.INFO_OFFICER], C.SECRET),
    ("jyj_b", "高雅", "临江市教育局", "科员", 73, [Role.HANDLER], C.NONE),
]

ADMINS = [
    ("sysadmin", "系统管理员（演示）", AdminRole.SYSTEM),
    ("secadmin", "安全保密管理员（演示）", AdminRole.SECURITY),
    ("auditor", "安全审计员（演示）", AdminRole.AUDITOR),
]

# Log-ins printed when the demo starts: (username, what they show).
SHOWCASE = [
    ("director", "办公室主任 杜明远"),
    ("mishu", "秘书 韩晓雪"),
    ("wenshu", "文书 郑小雨"),
    ("ducha", "督查专员 魏建国"),
    ("mayor", "市长 林国栋"),
    ("fgw", "承办人（市发改委）赵丽君"),
    ("sysadmin", "系统管理员"),
    ("secadmin", "安全保密管理员"),
    ("auditor", "安全审计员"),
]


def seeded() -> bool:
    return Unit.objects.filter(name=OFFICE).exists()


@transaction.atomic
def seed() -> bool:
    if seeded():
        return False
    units: dict[str, Unit] = {}
    for name, short, kind, parent, code, order in UNITS:
        units[name] = Unit.objects.create(name=name, short_name=short, kind=kind, parent=units.get(parent), code=code, order=order)
    users: dict[str, User] = {}
    for username, name, unit, post, rank, roles, clearance in PEOPLE:
        user = User(username=username, name=name, unit=units[unit], clearance=clearance, phone=f"0571-8{rank:03d}{len(users):04d}", email=f"{username}@linjiang.example.gov.cn")
        user.set_password(PASSWORD)
        user.save()
        RoleAssignment.objects.bulk_create([RoleAssignment(user=user, role=r) for r in roles])
        Post.objects.create(unit=units[unit], title=post, rank=rank, holder=user)
        users[username] = user
    for username, name, role in ADMINS:
        user = User(username=username, name=name, admin_role=role)
        user.set_password(PASSWORD)
        user.save()
    now = timezone.now()
    # 代理: the mayor is away this week, the executive vice-mayor acts; AB岗 for the clerk.
    Delegation.objects.create(kind=DelegationKind.ACTING, principal=users["mayor"], deputy=users["vmayor_chen"], starts_at=now - timedelta(days=1), ends_at=now + timedelta(days=3), reason="赴省参加全省经济工作会议", created_by=users["director"])
    Delegation.objects.create(kind=DelegationKind.BACKUP, principal=users["wenshu"], deputy=users["wenshu_b"], starts_at=now - timedelta(days=30), ends_at=now + timedelta(days=335), reason="文电科AB岗", created_by=users["director"])
    Setting.objects.update_or_create(key="org_name", defaults={"value": OFFICE})
    audit_record(actor=None, action="demo.seed", summary="载入演示数据：临江市人民政府办公室", data={"units": len(UNITS), "people": len(PEOPLE)})
    _welcome(users)
    for path in EXTENSIONS:
        module, _, func = path.rpartition(".")
        getattr(importlib.import_module(module), func)(users=users, units=units, now=now)
    return True


def _welcome(users) -> None:
    from zhongshu.notifications.services import notify

    notify(recipients=list(users.values()), title="欢迎使用中枢办公室系统", body="您的待办事项、通知和提醒将集中在这里。请先在“个人设置”中修改初始密码。", link="/me/")
