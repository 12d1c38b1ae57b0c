from django.db import models


class Role(models.TextChoices):
    """Business roles (one person may hold several)."""

    DIRECTOR = "director", "办公室主任"
    SECRETARY = "secretary", "秘书"
    CLERK = "clerk", "文书"
    SUPERVISOR = "supervisor", "督查专员"
    INFO_OFFICER = "info_officer", "信息员"
    DUTY_OFFICER = "duty_officer", "值班员"
    DUTY_LEADER = "duty_leader", "带班领导"
    CONFIDENTIAL = "confidential", "机要员"
    ARCHIVIST = "archivist", "档案员"
    HANDLER = "handler", "承办人"
    LEADER = "leader", "领导"


class AdminRole(models.TextChoices):
    """三员: three administrators, three different people, none doing another's work."""

    NONE = "", "无"
    SYSTEM = "sysadmin", "系统管理员"
    SECURITY = "secadmin", "安全保密管理员"
    AUDITOR = "auditor", "安全审计员"
