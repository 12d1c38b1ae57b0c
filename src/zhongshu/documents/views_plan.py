"""发文计划 pages: the year's plan with each item's status, adding, linking, cancelling, export."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from zhongshu.core.decorators import business_view
from zhongshu.core.errors import ServiceError
from zhongshu.core.excel import xlsx_response

from . import plans as P
from . import selectors as sel
from .choices import PlanStatus
from .forms import PlanForm, handling_units
from .models import Outgoing
from .views_common import int_or_none


def _filters(request):
    g = request.GET
    return {"year": int_or_none(g.get("year")) or timezone.localdate().year, "status": g.get("status", "") if g.get("status") in PlanStatus.values else "", "unit": int_or_none(g.get("unit")), "month": int_or_none(g.get("month"))}


@business_view
def plan_list(request):
    f = _filters(request)
    items = list(sel.plan_items(request.user, **f))
    docs = sel.plan_outgoing(request.user, items)
    for item in items:
        item.visible_outgoing = docs.get(item.outgoing_id)
    year = timezone.localdate().year
    planner = P.may_plan(request.user)
    ctx = {
        "items": items, "f": f, "statuses": PlanStatus.choices, "units": handling_units(), "years": list(range(year + 1, year - 4, -1)),
        "planner": planner, "form": PlanForm(initial={"month": timezone.localdate().month}) if planner else None,
        "linkable": list(sel.plan_linkable(request.user, year=f["year"])) if planner else [],
        "figures": sel.plan_figures(request.user, year=f["year"]), "months": range(1, 13), "page_title": "发文计划",
    }
    return render(request, "documents/plan_list.html", ctx)


@business_view
def plan_export(request):
    f = _filters(request)
    items = list(sel.plan_items(request.user, **f))
    docs = sel.plan_outgoing(request.user, items)
    rows = [(f"{p.month}月", p.title, p.doctype, p.unit.name, p.reason, p.get_status_display(), (docs[p.outgoing_id].doc_number or docs[p.outgoing_id].title) if p.outgoing_id in docs else "", p.cancel_reason) for p in items]
    return xlsx_response(f"{f['year']}年发文计划", "发文计划", ["计划月份", "拟发文件标题", "文种", "起草单位", "发文理由/依据", "状态", "对应发文", "取消理由"], rows)


@business_view
def plan_new(request):
    if not P.may_plan(request.user):
        raise PermissionDenied("只有文书、秘书或办公室主任可以编制发文计划")
    year = int_or_none(request.POST.get("year") or request.GET.get("year")) or timezone.localdate().year
    form = PlanForm(request.POST or None, initial={"month": timezone.localdate().month})
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            P.plan_create(actor=request.user, year=year, month=d["month"], title=d["title"], doctype=d["doctype"], unit=d["unit"], reason=d["reason"])
        except ServiceError as exc:
            form.add_error(exc.field if exc.field in form.fields else None, exc.message)
        else:
            messages.success(request, f"已列入{year}年发文计划")
            return redirect(f"{reverse('documents-plan-list')}?year={year}")
    return render(request, "documents/plan_new.html", {"form": form, "year": year, "page_title": "列入发文计划"})


@business_view
@require_POST
def plan_action(request, pk, action):
    plan = sel.plan_get(request.user, pk)
    if not P.may_plan(request.user):
        raise PermissionDenied("只有文书、秘书或办公室主任可以编制发文计划")
    back = f"{reverse('documents-plan-list')}?year={plan.year}"
    try:
        if action == "link":
            doc = Outgoing.objects.filter(pk=int_or_none(request.POST.get("outgoing"))).first()
            P.plan_link(actor=request.user, plan=plan, outgoing=doc)
            ok = "已关联发文"
        elif action == "cancel":
            P.plan_cancel(actor=request.user, plan=plan, reason=request.POST.get("reason", ""))
            ok = "已取消该项计划"
        elif action == "month":
            P.plan_update(actor=request.user, plan=plan, month=request.POST.get("month"))
            ok = "已调整计划月份"
        else:
            raise ServiceError(f"未知操作“{action}”")
    except ServiceError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, ok)
    return redirect(back)
