from django.conf import settings
from django.db import models
from django.db.models import Q

from .choices import DelegationKind, UnitKind


class Unit(models.Model):
    """A node of the unit tree: 本机关, its 内设机构, 下属单位, or an 外单位 correspondent."""

    name = models.CharField("单位名称", max_length=100, unique=True)
    short_name = models.CharField("简称", max_length=40, blank=True)
    kind = models.CharField("类别", max_length=20, choices=UnitKind.choices, default=UnitKind.INTERNAL)
    parent = models.ForeignKey("self", verbose_name="上级单位", null=True, blank=True, on_delete=models.PROTECT, related_name="children")
    code = models.CharField("机关代字", max_length=20, blank=True, help_text="用于发文字号，如“临政办发”")
    order = models.PositiveIntegerField("排序", default=100)
    is_active = models.BooleanField("启用", default=True)

    class Meta:
        ordering = ["order", "id"]
        verbose_name = "单位"
        indexes = [models.Index(fields=["kind", "order"])]

    def __str__(self) -> str:
        return self.name

    @property
    def label(self) -> str:
        return self.short_name or self.name


class Post(models.Model):
    """A post (职务/岗位) in a unit. Its rank (排序) orders seating and sign-off."""

    unit = models.ForeignKey(Unit, verbose_name="所在单位", on_delete=models.PROTECT, related_name="posts")
    title = models.CharField("职务", max_length=60)
    rank = models.PositiveIntegerField("排序", default=100, help_text="数字越小越靠前")
    holder = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="任职人员", null=True, blank=True, on_delete=models.SET_NULL, related_name="posts")

    class Meta:
        ordering = ["rank", "id"]
        verbose_name = "职务"
        indexes = [models.Index(fields=["holder", "rank"])]

    def __str__(self) -> str:
        return f"{self.unit.label}{self.title}"


class Delegation(models.Model):
    """代理 (a leader's acting person) or AB岗 (a clerk's backup), valid between two times.

    During the period the deputy works the principal's queue; the deputy's own
    clearance still applies (never elevated by delegation).
    """

    kind = models.CharField("类型", max_length=10, choices=DelegationKind.choices)
    principal = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="被代理人（A岗）", on_delete=models.CASCADE, related_name="delegations_given")
    deputy = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="代理人（B岗）", on_delete=models.CASCADE, related_name="delegations_taken")
    starts_at = models.DateTimeField("开始时间")
    ends_at = models.DateTimeField("结束时间")
    reason = models.CharField("事由", max_length=200, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    cancelled_at = models.DateTimeField("撤销时间", null=True, blank=True)

    class Meta:
        ordering = ["-starts_at"]
        verbose_name = "代理与AB岗"
        constraints = [
            models.CheckConstraint(condition=Q(ends_at__gt=models.F("starts_at")), name="delegation_period_positive"),
            models.CheckConstraint(condition=~Q(principal=models.F("deputy")), name="delegation_not_self"),
        ]
        indexes = [models.Index(fields=["deputy", "starts_at", "ends_at"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}：{self.deputy} 代 {self.principal}"
