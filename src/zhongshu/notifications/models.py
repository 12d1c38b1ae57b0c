from django.conf import settings
from django.db import models
from django.db.models import Q

from zhongshu.accounts.choices import AdminRole
from zhongshu.core.access import AccessPolicy
from zhongshu.core.choices import Classification


class Channel(models.TextChoices):
    INAPP = "inapp", "站内通知"
    EMAIL = "email", "电子邮件"
    WECOM = "wecom", "企业微信群机器人"
    DINGTALK = "dingtalk", "钉钉群机器人"


class OutboxStatus(models.TextChoices):
    PENDING = "pending", "待发送"
    SENDING = "sending", "发送中"
    SENT = "sent", "已发送"
    FAILED = "failed", "发送失败"
    CANCELLED = "cancelled", "已取消"


class WebhookTarget(models.Model):
    """A group robot (企业微信/钉钉) the system administrator configures."""

    name = models.CharField("名称", max_length=60, unique=True)
    kind = models.CharField("类型", max_length=10, choices=[(Channel.WECOM, Channel.WECOM.label), (Channel.DINGTALK, Channel.DINGTALK.label)])
    url = models.URLField("Webhook 地址", max_length=500)
    secret = models.CharField("加签密钥（钉钉）", max_length=200, blank=True)
    max_classification = models.PositiveSmallIntegerField("可推送的最高密级", choices=Classification.choices, default=Classification.NONE)
    is_active = models.BooleanField("启用", default=True)

    access = AccessPolicy(admin_roles=frozenset({AdminRole.SYSTEM}), admin_only=True, classification_field=None, use_grants=False)

    class Meta:
        verbose_name = "群机器人"

    def __str__(self) -> str:
        return self.name


class Outbox(models.Model):
    """A message due at a time. Written in the transaction of the change that
    causes it; the worker claims, sends and records each row once."""

    channel = models.CharField(max_length=10, choices=Channel.choices)
    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    webhook = models.ForeignKey(WebhookTarget, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    title = models.CharField(max_length=200)
    body = models.TextField(blank=True)
    link = models.CharField(max_length=300, blank=True)
    urgent = models.BooleanField(default=False)
    # E-mail held for the recipient's daily digest (sent batched, one mail).
    digest = models.BooleanField(default=False)
    classification = models.PositiveSmallIntegerField(choices=Classification.choices, default=Classification.NONE)
    dedup_key = models.CharField(max_length=160, null=True, blank=True, unique=True)
    due_at = models.DateTimeField(db_index=True)
    status = models.CharField(max_length=10, choices=OutboxStatus.choices, default=OutboxStatus.PENDING)
    attempts = models.PositiveIntegerField(default=0)
    max_attempts = models.PositiveIntegerField(default=5)
    claimed_by = models.CharField(max_length=80, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    access = AccessPolicy(admin_roles=frozenset({AdminRole.SYSTEM}), admin_only=True, classification_field=None, use_grants=False)

    class Meta:
        verbose_name = "发送队列"
        indexes = [
            # Not partial: SQLite only uses a partial index when the query repeats
            # its WHERE clause literally, and the claim queries ask for one status.
            models.Index(fields=["status", "due_at"], name="outbox_status_due"),
            models.Index(fields=["status", "claimed_at"], name="outbox_status_claimed"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=(Q(recipient__isnull=False) & Q(webhook__isnull=True)) | (Q(recipient__isnull=True) & Q(webhook__isnull=False)),
                name="outbox_to_user_xor_webhook",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_channel_display()}：{self.title}"


class Notification(models.Model):
    """An in-app notification, delivered by the worker from an Outbox row."""

    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications")
    title = models.CharField("标题", max_length=200)
    body = models.TextField("内容", blank=True)
    link = models.CharField("链接", max_length=300, blank=True)
    urgent = models.BooleanField("紧急", default=False)
    classification = models.PositiveSmallIntegerField("密级", choices=Classification.choices, default=Classification.NONE)
    outbox = models.OneToOneField(Outbox, null=True, blank=True, on_delete=models.SET_NULL, related_name="notification")
    created_at = models.DateTimeField("时间", auto_now_add=True, db_index=True)
    read_at = models.DateTimeField("已读时间", null=True, blank=True)

    access = AccessPolicy(owner_fields=("recipient",), use_grants=False)

    class Meta:
        verbose_name = "通知"
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["recipient", "-created_at"]),
            models.Index(fields=["recipient", "read_at"]),
            # The unread badge and the inbox's latest-unread list.
            models.Index(fields=["recipient", "-created_at"], condition=Q(read_at__isnull=True), name="notification_unread"),
        ]

    def __str__(self) -> str:
        return self.title


class NotificationPreference(models.Model):
    """A person's delivery choices. No row means the defaults (no digest)."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_preference")
    email_digest = models.BooleanField("邮件每日汇总", default=False)
    updated_at = models.DateTimeField(auto_now=True)

    access = AccessPolicy(owner_fields=("user",), classification_field=None, use_grants=False)

    class Meta:
        verbose_name = "通知偏好"
