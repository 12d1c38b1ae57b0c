from django.db import models


class SourceKind(models.TextChoices):
    INSTRUCTION = "instruction", "领导批示"
    MEETING = "meeting", "会议决定"
    UPPER = "upper", "上级交办"
    KEY_WORK = "key_work", "年度重点工作"


class TaskStatus(models.TextChoices):
    REGISTERED = "registered", "已立项"
    ACTIVE = "active", "督办中"
    DONE = "done", "已办结"
    ARCHIVED = "archived", "已归档"
    CANCELLED = "cancelled", "已撤销"


class ItemStatus(models.TextChoices):
    DRAFT = "draft", "待交办"
    ASSIGNED = "assigned", "已交办"
    IN_PROGRESS = "in_progress", "办理中"
    APPLIED = "applied", "申请办结"
    CLOSED = "closed", "已办结"
    CANCELLED = "cancelled", "已撤销"


OPEN_STATUSES = (ItemStatus.ASSIGNED, ItemStatus.IN_PROGRESS, ItemStatus.APPLIED)
# Statuses in which the unit is expected to act, so reminders and 催办 run.
CHASED_STATUSES = (ItemStatus.ASSIGNED, ItemStatus.IN_PROGRESS)


class Action(models.TextChoices):
    REGISTER = "register", "立项"
    DECOMPOSE = "decompose", "分解"
    ASSIGN = "assign", "交办"
    SIGN = "sign", "签收"
    REPORT = "report", "反馈进展"
    APPLY = "apply", "申请办结"
    ACCEPT = "accept", "审核通过"
    SEND_BACK = "send_back", "退回"
    REOPEN = "reopen", "重新启动"
    CANCEL = "cancel", "撤销"
    CHASE = "chase", "催办"
    ESCALATE = "escalate", "升级催办"
    FINISH = "finish", "全部办结"
    ARCHIVE = "archive", "归档"


class DeadlineMode(models.TextChoices):
    WORKING_DAYS = "working_days", "工作日"
    DATE = "date", "指定日期"


class Frequency(models.TextChoices):
    ONCE = "once", "办结时反馈一次"
    WEEKLY = "weekly", "每周反馈"
    MONTHLY = "monthly", "每月反馈"
    MILESTONES = "milestones", "按节点反馈"


class ChaseKind(models.TextChoices):
    BEFORE_DUE = "before_due", "到期提醒"
    REPORT_DUE = "report_due", "反馈提醒"
    REPORT_MISSED = "report_missed", "催报"
    MANUAL = "manual", "人工催办"
    OVERDUE = "overdue", "逾期催办"


class Level(models.IntegerChoices):
    """Escalation reached by an overdue item (催办单 steps)."""

    NONE = 0, "未逾期"
    REMINDER = 1, "催办"
    YELLOW = 2, "黄牌警示"
    RED = 3, "红牌通报"
