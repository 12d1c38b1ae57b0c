from django.db.models import Q
from django.shortcuts import render

from zhongshu.accounts.choices import AdminRole
from zhongshu.core.access import restrict
from zhongshu.core.decorators import admin_view
from zhongshu.core.excel import xlsx_response
from zhongshu.core.paging import page_of

from .models import AuditEntry
from .services import audit_verify


@admin_view(AdminRole.AUDITOR)
def audit_log(request):
    qs = restrict(AuditEntry.objects.all(), request.user).order_by("-seq")
    q = request.GET.get("q", "").strip()
    if q:
        qs = qs.filter(Q(summary__contains=q) | Q(actor_name__contains=q) | Q(action__contains=q) | Q(origin__contains=q))
    if request.GET.get("export") == "xlsx":
        rows = ((e.seq, e.at.strftime("%Y-%m-%d %H:%M:%S"), e.actor_name, e.origin, e.action, e.summary, e.hash) for e in qs[:100000])
        return xlsx_response("审计日志", "审计日志", ["序号", "时间", "操作人", "来源", "操作", "摘要", "哈希"], rows)
    page, query = page_of(request, qs)
    verify = audit_verify() if request.GET.get("verify") == "1" else None
    return render(request, "audit/log.html", {"page": page, "query": query, "q": q, "verify": verify, "page_title": "审计日志"})
