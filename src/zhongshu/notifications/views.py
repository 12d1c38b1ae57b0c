from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from zhongshu.core.decorators import business_view
from zhongshu.core.paging import page_of

from .selectors import my_notifications
from .services import notification_mark_all_read, notification_mark_read


@business_view
def notification_list(request):
    qs = my_notifications(request.user)
    only_unread = request.GET.get("unread") == "1"
    if only_unread:
        qs = qs.filter(read_at__isnull=True)
    page, query = page_of(request, qs, per_page=30)
    return render(request, "notifications/list.html", {"page": page, "query": query, "only_unread": only_unread, "page_title": "通知"})


@business_view
@require_POST
def notification_read(request):
    if request.POST.get("all") == "1":
        notification_mark_all_read(user=request.user)
    else:
        ids = [int(i) for i in request.POST.getlist("id") if i.isdigit()]
        notification_mark_read(user=request.user, ids=ids)
        if request.headers.get("HX-Request") and len(ids) == 1:
            # htmx swaps just the row; the page stays where the reader is.
            n = my_notifications(request.user).filter(pk=ids[0]).first()
            if n is not None:
                return render(request, "notifications/row.html", {"n": n})
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "notifications"
    return redirect(target)
