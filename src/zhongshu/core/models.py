from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q


class Grant(models.Model):
    """Need-to-know: one object opened to one person or one unit (分发范围).

    Read through zhongshu.core.access.restrict(), never directly by views.
    """

    class Action(models.TextChoices):
        VIEW = "view", "查看"
        CHANGE = "change", "办理"

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.BigIntegerField()
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="grants")
    unit = models.ForeignKey("org.Unit", null=True, blank=True, on_delete=models.CASCADE, related_name="grants")
    action = models.CharField(max_length=10, choices=Action.choices, default=Action.VIEW)
    reason = models.CharField("事由", max_length=200, blank=True)
    granted_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "知悉范围"
        constraints = [
            models.CheckConstraint(
                condition=(Q(user__isnull=False) & Q(unit__isnull=True)) | (Q(user__isnull=True) & Q(unit__isnull=False)),
                name="grant_to_user_xor_unit",
            )
        ]
        indexes = [
            models.Index(fields=["content_type", "object_id"]),
            models.Index(fields=["user", "content_type", "object_id"], name="grant_by_user"),
            models.Index(fields=["unit", "content_type", "object_id"], name="grant_by_unit"),
        ]


class Setting(models.Model):
    """Office-configurable values (urgency tiers, reminder lead times ...), as JSON."""

    key = models.CharField(max_length=80, unique=True)
    value = models.JSONField()
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")

    def __str__(self) -> str:
        return self.key
