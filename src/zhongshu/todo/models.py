from django.conf import settings
from django.db import models

from zhongshu.core.access import AccessPolicy
from zhongshu.core.choices import Classification, Quadrant, Urgency


class TodoStatus(models.TextChoices):
    OPEN = "open", "待办"
    DONE = "done", "已办"
    CANCELLED = "cancelled", "已撤销"


class Todo(models.Model):
    """One thing one person must do (待办). Modules create and close these through
    zhongshu.todo.services; the inbox lists them ordered by 轻重缓急 and due time."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="办理人", on_delete=models.CASCADE, related_name="todos")
    kind = models.CharField("事项类型", max_length=40)
    title = models.CharField("标题", max_length=200)
    action_label = models.CharField("要做的事", max_length=40, default="办理")
    link = models.CharField("链接", max_length=300, blank=True)
    source_type = models.CharField(max_length=60, blank=True)
    source_id = models.CharField(max_length=40, blank=True)
    urgency = models.CharField("紧急程度", max_length=4, choices=Urgency.choices, default=Urgency.NORMAL)
    quadrant = models.PositiveSmallIntegerField("轻重缓急", choices=Quadrant.choices, default=Quadrant.ON_TIME)
    classification = models.PositiveSmallIntegerField("密级", choices=Classification.choices, default=Classification.NONE)
    started_at = models.DateTimeField("开始时间")
    due_at = models.DateTimeField("办理期限", null=True, blank=True)
    status = models.CharField("状态", max_length=10, choices=TodoStatus.choices, default=TodoStatus.OPEN)
    done_at = models.DateTimeField("办结时间", null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    # The director and leaders oversee every unclassified to-do (全办逾期); a
    # classified one only its owner (and their deputy) sees.
    access = AccessPolicy(owner_fields=("owner",), use_grants=False, office_roles=frozenset({"director", "leader"}))

    class Meta:
        verbose_name = "待办"
        indexes = [models.Index(fields=["owner", "status", "quadrant", "due_at"]), models.Index(fields=["status", "due_at"]), models.Index(fields=["source_type", "source_id"])]

    def __str__(self) -> str:
        return self.title
