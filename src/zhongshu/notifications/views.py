from django.db import transaction
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from zhongshu.core.access import restrict
from zhongshu.core.decorators import business_view
from zhongshu.core.paging import page_of

from .models import Notification


def _mine(user):
    return restrict(Notification.objects.all(), user).order_by("-created_at", "-id")


@business_view
def notification_list(request):
    qs = _mine(request.user)
    only_unread = request.GET.get("unread") == "1"
    if only_unread:
        qs = qs.filter(read_at__isnull=True)
    page, query = page_of(request, qs, per_page=30)
    return render(request, "notifications/list.html", {"page": page, "query": query, "only_unread": only_unread, "page_title": "通知"})


@business_view
@require_POST
def notification_read(request):
    ids = [int(i) for i in request.POST.getlist("id") if i.isdigit()]
    with transaction.atomic():
        qs = _mine(request.user).filter(read_at__isnull=True)
        if request.POST.get("all") != "1":
            qs = qs.filter(pk__in=ids)
        Notification.objects.filter(pk__in=list(qs.values_list("pk", flat=True))).update(read_at=timezone.now())
    return redirect(request.POST.get("next") or "notifications")
