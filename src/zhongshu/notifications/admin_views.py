"""The system administrator's page for group robots (企业微信/钉钉)."""

from django import forms
from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect, render

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
