"""The system administrator's page for group robots (企业微信/钉钉)."""

from django import forms
from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from zhongshu.accounts.choices import AdminRole
from zhongshu.audit.services import audit_record
from zhongshu.core.access import restrict
from zhongshu.core.decorators import admin_view

from .models import WebhookTarget


class WebhookForm(forms.ModelForm):
    url = forms.URLField(label="Webhook 地址", max_length=500, assume_scheme="https")

    class Meta:
        model = WebhookTarget
        fields = ["name", "kind", "url", "secret", "max_classification", "is_active"]


@admin_view(AdminRole.SYSTEM)
def webhook_list(request):
    form = WebhookForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            target = form.save()
            audit_record(actor=request.user, action="notifications.webhook_create", summary=f"新增群机器人 {target.name}", obj=target)
        messages.success(request, f"已新增群机器人“{target.name}”。")
        return redirect("admin-webhooks")
    targets = restrict(WebhookTarget.objects.all(), request.user).order_by("name")
    return render(request, "notifications/webhooks.html", {"targets": targets, "form": form, "page_title": "群机器人"})


@admin_view(AdminRole.SYSTEM)
def outbox_list(request):
    """发送队列: what was sent, what waits, what failed and why. Titles of
    classified items are not shown to the system administrator."""
    from zhongshu.core.paging import page_of

    from .models import Outbox, OutboxStatus

    qs = restrict(Outbox.objects.all(), request.user).select_related("recipient", "webhook").order_by("-id")
    status = request.GET.get("status", "")
    if status in OutboxStatus.values:
        qs = qs.filter(status=status)
    page, query = page_of(request, qs)
    return render(request, "notifications/outbox.html", {"page": page, "query": query, "status": status, "statuses": OutboxStatus.choices, "page_title": "发送队列"})


@admin_view(AdminRole.SYSTEM)
@require_POST
def outbox_retry(request, pk):
    from django.utils import timezone

    from .models import Outbox, OutboxStatus

    with transaction.atomic():
        row = restrict(Outbox.objects.select_for_update(), request.user).filter(pk=pk, status=OutboxStatus.FAILED).first()
        if row is None:
            messages.error(request, "只有发送失败的消息可以重发。")
        else:
            Outbox.objects.filter(pk=row.pk, status=OutboxStatus.FAILED).update(status=OutboxStatus.PENDING, attempts=0, due_at=timezone.now(), last_error="")
            audit_record(actor=request.user, action="notifications.retry", summary=f"重发第 {row.pk} 号消息", obj=row)
            messages.success(request, "已放回发送队列。")
    return redirect("admin-outbox")
