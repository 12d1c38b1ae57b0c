"""督办事项 (Task), its sub-items (Item), reports, 催办单, history and 通报."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse

from zhongshu.accounts.choices import Role
from zhongshu.core.access import AccessPolicy
from zhongshu.core.choices import Classification, Quadrant, Urgency

from .choices import ChaseKind, DeadlineMode, Frequency, ItemStatus, Level, SourceKind, TaskStatus

User = settings.AUTH_USER_MODEL
# The 督查室 works every item, classified ones too (up to each officer's own
# clearance); the director oversees them. Responsible units get Grant rows.
SUPERVISING = frozenset({Role.SUPERVISOR, Role.DIRECTOR})


class Task(models.Model):
    """One 督办事项: a leader's instruction, a meeting decision, a task from
    above or a key work item, registered (立项) by the 督查室."""

    number = models.CharField("督办编号", max_length=40, unique=True)
    title = models.CharField("事项名称", max_length=200)
    source_kind = models.CharField("来源", max_length=20, choices=SourceKind.choices)
    instruction = models.TextField("批示内容/决定事项", blank=True)
    instructing_leader = models.ForeignKey(User, verbose_name="批示领导", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    instructed_on = models.DateField("批示/决定日期", null=True, blank=True)
    # A stable reference to where the item came from (收文, 会议…), filled by
    # later modules: ("documents.incoming", "42", "关于…的请示").
    source_type = models.CharField("来源类型", max_length=60, blank=True)
    source_id = models.CharField("来源编号", max_length=40, blank=True)
    source_title = models.CharField("来源标题", max_length=200, blank=True)
    important = models.BooleanField("重要", default=True)
    urgency = models.CharField("紧急程度", max_length=4, choices=Urgency.choices, default=Urgency.NORMAL)
    classification = models.PositiveSmallIntegerField("密级", choices=Classification.choices, default=Classification.NONE)
    status = models.CharField("状态", max_length=12, choices=TaskStatus.choices, default=TaskStatus.REGISTERED)
    created_by = models.ForeignKey(User, verbose_name="立项人", on_delete=models.PROTECT, related_name="+")
    office_unit = models.ForeignKey("org.Unit", verbose_name="督办单位", null=True, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField("立项时间")
    assigned_at = models.DateTimeField("交办时间", null=True, blank=True)
    done_at = models.DateTimeField("办结时间", null=True, blank=True)

    access = AccessPolicy(owner_fields=("created_by", "instructing_leader"), office_roles=SUPERVISING, classified_roles=SUPERVISING)

    class Meta:
        verbose_name = "督办事项"
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["status", "created_at"]), models.Index(fields=["source_type", "source_id"])]

    def __str__(self) -> str:
        return f"{self.number} {self.title}"

    @property
    def quadrant(self) -> int:
        return quadrant_of(self.important, self.urgency)

    def get_absolute_url(self) -> str:
        return reverse("sv-task", args=[self.pk])


def quadrant_of(important: bool, urgency: str) -> int:
    urgent = urgency in (Urgency.EXTRA, Urgency.URGENT, Urgency.EXPEDITED)
    if important:
        return Quadrant.NOW if urgent else Quadrant.ON_TIME
    return Quadrant.IN_GAPS if urgent else Quadrant.PLANNED


class Item(models.Model):
    """A sub-item (分解事项) with one 牵头单位 that reports and applies to close."""

    task = models.ForeignKey(Task, verbose_name="督办事项", on_delete=models.CASCADE, related_name="items")
    seq = models.PositiveSmallIntegerField("序号", default=1)
    title = models.CharField("分解事项", max_length=200)
    target = models.TextField("目标要求", help_text="可衡量的完成标准")
    lead_unit = models.ForeignKey("org.Unit", verbose_name="牵头单位", on_delete=models.PROTECT, related_name="+")
    co_units = models.ManyToManyField("org.Unit", verbose_name="责任单位（配合）", blank=True, related_name="+")
    assignee = models.ForeignKey(User, verbose_name="责任人", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    deadline_mode = models.CharField("时限方式", max_length=14, choices=DeadlineMode.choices, default=DeadlineMode.WORKING_DAYS)
    deadline_days = models.PositiveSmallIntegerField("时限（工作日）", null=True, blank=True)
    due_date = models.DateField("完成时限", null=True, blank=True)
    frequency = models.CharField("反馈频次", max_length=12, choices=Frequency.choices, default=Frequency.ONCE)
    milestones = models.JSONField("反馈节点", default=list, blank=True, help_text='[{"date": "2024-10-15", "label": "完成方案"}]')
    # Copied from the task, so every read filters on the row itself.
    classification = models.PositiveSmallIntegerField("密级", choices=Classification.choices, default=Classification.NONE)
    quadrant = models.PositiveSmallIntegerField("轻重缓急", choices=Quadrant.choices, default=Quadrant.ON_TIME)
    status = models.CharField("状态", max_length=12, choices=ItemStatus.choices, default=ItemStatus.DRAFT)
    assigned_at = models.DateTimeField("交办时间", null=True, blank=True)
    due_at = models.DateTimeField("办理期限", null=True, blank=True)
    signed_at = models.DateTimeField("签收时间", null=True, blank=True)
    last_report_at = models.DateTimeField("最近反馈", null=True, blank=True)
    applied_at = models.DateTimeField("申请办结时间", null=True, blank=True)
    closed_at = models.DateTimeField("办结时间", null=True, blank=True)
    on_time = models.BooleanField("按期办结", null=True)
    level = models.PositiveSmallIntegerField("催办等级", choices=Level.choices, default=Level.NONE)
    # When the scanner must next look at this item (reminder, report due,
    # escalation step); NULL when nothing is pending. The only column the
    # worker's scan reads, through a partial index.
    next_check_at = models.DateTimeField(null=True, blank=True, db_index=False)

    access = AccessPolicy(
        owner_fields=("assignee", "task__created_by", "task__instructing_leader"),
        unit_field="lead_unit",
        change_by_unit=True,
        office_roles=SUPERVISING,
        classified_roles=SUPERVISING,
    )

    class Meta:
        verbose_name = "督办子项"
        ordering = ["quadrant", "due_at", "id"]
        indexes = [
            models.Index(fields=["next_check_at"], name="sv_item_next_check", condition=Q(next_check_at__isnull=False)),
            # The 台账 order (selectors.LEDGER_ORDER): a first page reads 31 index entries.
            models.Index(fields=["quadrant", "due_at", "id"], name="sv_item_ledger"),
            models.Index(fields=["status", "quadrant", "due_at"]),
            models.Index(fields=["lead_unit", "status"]),
            # A unit's own 台账 in the ledger order (selectors._scope_candidates).
            models.Index(fields=["lead_unit", "quadrant", "due_at", "id"], name="sv_item_unit_ledger"),
        ]

    def __str__(self) -> str:
        return f"{self.task.number}-{self.seq} {self.title}"

    def get_absolute_url(self) -> str:
        return reverse("sv-item", args=[self.pk])


class Report(models.Model):
    """A progress report (反馈), or the evidence of an application to close."""

    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="reports")
    author = models.ForeignKey(User, verbose_name="反馈人", on_delete=models.PROTECT, related_name="+")
    text = models.TextField("进展情况")
    progress = models.PositiveSmallIntegerField("完成进度（%）", default=0)
    closing = models.BooleanField("办结申请", default=False)
    created_at = models.DateTimeField("反馈时间")

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = "反馈"


class Attachment(models.Model):
    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="attachments")
    name = models.CharField("文件名", max_length=200)
    path = models.CharField(max_length=300)  # relative to MEDIA_ROOT
    size = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64)
    content_type = models.CharField(max_length=100, blank=True)

    class Meta:
        verbose_name = "附件"


class Chase(models.Model):
    """One 催办 occasion. (item, key) is unique: however many workers scan,
    each reminder and each escalation happens once."""

    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="chases")
    key = models.CharField(max_length=80)
    kind = models.CharField("类型", max_length=16, choices=ChaseKind.choices)
    level = models.PositiveSmallIntegerField("等级", choices=Level.choices, default=Level.NONE)
    title = models.CharField("内容", max_length=200)
    recipients = models.CharField("送达", max_length=300, blank=True)
    actor = models.ForeignKey(User, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField("时间")

    class Meta:
        verbose_name = "催办单"
        ordering = ["-created_at", "-id"]
        constraints = [models.UniqueConstraint(fields=["item", "key"], name="sv_chase_once")]


class Event(models.Model):
    """History: every transition of a task or item (from, to, who, when, why)."""

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="events")
    item = models.ForeignKey(Item, null=True, blank=True, on_delete=models.CASCADE, related_name="events")
    action = models.CharField("操作", max_length=12)
    from_status = models.CharField(max_length=12, blank=True)
    to_status = models.CharField(max_length=12, blank=True)
    actor = models.ForeignKey(User, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    actor_name = models.CharField(max_length=60)
    reason = models.TextField("理由", blank=True)
    at = models.DateTimeField("时间")

    class Meta:
        ordering = ["at", "id"]
        verbose_name = "办理记录"

    @property
    def action_label(self) -> str:
        from .choices import Action

        return Action(self.action).label if self.action in Action.values else self.action

    @property
    def to_label(self) -> str:
        from .choices import ItemStatus, TaskStatus

        kind = ItemStatus if self.item_id else TaskStatus
        return kind(self.to_status).label if self.to_status in kind.values else self.to_status


class Bulletin(models.Model):
    """通报: units ranked by on-time closing rate, overdue count, average time."""

    number = models.CharField("期号", max_length=40)
    title = models.CharField("标题", max_length=200)
    period_start = models.DateField("统计起")
    period_end = models.DateField("统计止")
    rows = models.JSONField("排名", default=list)
    # NULL: generated by the worker (the monthly 通报), not by a person.
    created_by = models.ForeignKey(User, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    # The occasion of an automatic bulletin ("monthly:2024-09"): unique, so
    # however many workers scan, each month gets one. Empty for manual ones.
    period_key = models.CharField(max_length=40, null=True, blank=True, unique=True)
    created_at = models.DateTimeField("生成时间")
    classification = models.PositiveSmallIntegerField("密级", choices=Classification.choices, default=Classification.NONE)

    # Bulletins are read across the office (they are sent to every unit).
    access = AccessPolicy(owner_fields=("created_by",), office_roles=frozenset({Role.SUPERVISOR, Role.DIRECTOR, Role.LEADER, Role.HANDLER, Role.SECRETARY}), use_grants=False)

    class Meta:
        verbose_name = "督查通报"
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.title


