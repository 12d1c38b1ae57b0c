"""The navigation: what each person sees depends on their roles. A module adds
its entries here when it exists; nothing that is not built appears."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from zhongshu.accounts.choices import AdminRole, Role


@dataclass(frozen=True)
class Entry:
    group: str
    label: str
    url_name: str
    visible: Callable = lambda user: not user.admin_role


def _roles(*roles):
    return lambda user: not user.admin_role and user.has_role(*roles)


def _admin(role):
    return lambda user: user.admin_role == role


ENTRIES = [
    Entry("工作台", "我的待办", "home"),
    Entry("工作台", "通知", "notifications"),
    Entry("工作台", "全办逾期事项", "todo-overdue", _roles(Role.DIRECTOR, Role.LEADER)),
    Entry("组织机构", "单位", "org-units"),
    Entry("组织机构", "人员", "org-people"),
    Entry("组织机构", "职务与排序", "org-posts"),
    Entry("组织机构", "角色", "org-roles"),
    Entry("组织机构", "代理与AB岗", "org-delegations"),
    Entry("办文", "收文登记簿", "documents-in-list"),
    Entry("办文", "签收登记来文", "documents-in-new", _roles(Role.CLERK, Role.CONFIDENTIAL)),
    Entry("办文", "发文登记簿", "documents-out-list"),
    Entry("办文", "起草公文", "documents-out-new"),
    Entry("办文", "五关审校", "documents-review"),
    Entry("办文", "公文检索", "documents-search"),
    Entry("办文", "发文计划", "documents-plan-list"),
    Entry("办文", "公文统计", "documents-stats"),
    Entry("督查督办", "督办台账", "sv-ledger"),
    Entry("督查督办", "督办立项", "sv-task-new", _roles(Role.SUPERVISOR)),
    Entry("督查督办", "督查总览", "sv-dashboard", _roles(Role.SUPERVISOR, Role.DIRECTOR, Role.LEADER)),
    Entry("督查督办", "督查通报", "sv-bulletins"),
    Entry("督查督办", "催办设置", "sv-settings", _roles(Role.SUPERVISOR, Role.DIRECTOR)),
    Entry("工作日历", "节假日与调休", "calendar", lambda user: not user.admin_role or user.admin_role == AdminRole.SYSTEM),
    Entry("系统管理", "账号管理", "admin-users", _admin(AdminRole.SYSTEM)),
    Entry("系统管理", "导入组织机构", "org-import", _admin(AdminRole.SYSTEM)),
    Entry("系统管理", "群机器人", "admin-webhooks", _admin(AdminRole.SYSTEM)),
    Entry("系统管理", "发送队列", "admin-outbox", _admin(AdminRole.SYSTEM)),
    Entry("安全保密", "涉密等级", "admin-clearances", _admin(AdminRole.SECURITY)),
    Entry("安全保密", "知悉范围", "admin-grants", _admin(AdminRole.SECURITY)),
    Entry("安全审计", "审计日志", "audit-log", _admin(AdminRole.AUDITOR)),
]
