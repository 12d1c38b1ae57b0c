from django.conf import settings
from django.db import models

from zhongshu.accounts.choices import AdminRole
from zhongshu.core.access import AccessPolicy


class AuditEntry(models.Model):
    """One row of the append-only audit log; each row hashes the one before it."""

    seq = models.BigIntegerField("序号", unique=True)
    at = models.DateTimeField("时间", db_index=True)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    actor_name = models.CharField("操作人", max_length=80)
    origin = models.CharField("来源", max_length=80)
    action = models.CharField("操作", max_length=60, db_index=True)
    object_type = models.CharField("对象类型", max_length=60, blank=True)
    object_id = models.CharField("对象编号", max_length=40, blank=True)
    summary = models.CharField("摘要", max_length=300)
    data = models.JSONField("详情", default=dict)
    algo = models.CharField(max_length=10)
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64)

    # Only the security auditor reads the log (三员).
    access = AccessPolicy(admin_roles=frozenset({AdminRole.AUDITOR}), admin_only=True, classification_field=None, use_grants=False)

    class Meta:
        ordering = ["-seq"]
        verbose_name = "审计日志"
        indexes = [models.Index(fields=["object_type", "object_id"]), models.Index(fields=["actor", "at"])]

    def hashed_fields(self) -> dict:
        return {
            "seq": self.seq,
            "at": self.at.isoformat(),
            "actor_id": self.actor_id,
            "actor_name": self.actor_name,
            "origin": self.origin,
            "action": self.action,
            "object_type": self.object_type,
            "object_id": self.object_id,
            "summary": self.summary,
            "data": self.data,
            "algo": self.algo,
            "prev_hash": self.prev_hash,
        }


class AuditHead(models.Model):
    """The chain's tip, one row: locking it serialises appends on every database."""

    seq = models.BigIntegerField(default=0)
    hash = models.CharField(max_length=64, default="0" * 64)
