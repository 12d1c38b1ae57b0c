"""Pages of 督查督办. No business rules here: services decide, selectors read."""

from __future__ import annotations

import io
from datetime import timedelta
from urllib.parse import quote

from django.contrib import messages
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from zhongshu.accounts.choices import Role
from zhongshu.core.access import get_or_404
from zhongshu.core.decorators import business_view, role_view
from zhongshu.core.errors import ServiceError
from zhongshu.core import watermark
from zhongshu.core.excel import xlsx_response
from zhongshu.core.paging import page_of
from zhongshu.org.models import Unit

from . import config, documents, files, selectors, services, stats, workflow
from .choices import Action, ItemStatus, Level, SourceKind
from .forms import BulletinForm, ItemForm, ReportForm, TaskForm
from .models import Attachment, Chase
from zhongshu.core.choices import Quadrant

SUPERVISORS = (Role.SUPERVISOR,)
OVERSEERS = (Role.SUPERVISOR, Role.DIRECTOR, Role.LEADER)


def _fail(request, exc: ServiceError):
    messages.error(request, exc.message)


def _decorate(items, now):
    for item in items:
        item.overdue = selectors.is_overdue(item, now)
    return items


@business_view
def ledger(request):
    """督办台账: every item the user may see, filtered, 轻重缓急 first."""
    now = timezone.now()
    page = selectors.ledger_page(request.user, request.GET, now)
    _decorate(page.rows, now)
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "supervision/ledger.html", {
        "page": page, "query": query.urlencode(), "page_title": "督办台账", "statuses": ItemStatus.choices, "quadrants": Quadrant.choices,
        "sources": SourceKind.choices, "levels": Level.choices, "units": Unit.objects.filter(is_active=True).order_by("order", "id"),
        "f": request.GET, "can_register": request.user.has_role(Role.SUPERVISOR),
    })


@business_view
def ledger_export(request):
    now = timezone.now()
    rows = []
    for i in selectors.ledger(request.user, request.GET, now)[:20000]:
        rows.append([i.task.number, f"{i.seq}", i.task.title, i.title, i.task.get_source_kind_display(), i.get_quadrant_display(), i.lead_unit.name,
                     i.assignee.name if i.assignee_id else "", i.get_status_display(),
                     timezone.localtime(i.due_at).strftime("%Y-%m-%d %H:%M") if i.due_at else "", "是" if selectors.is_overdue(i, now) else "",
                     i.get_level_display() if i.level else "", i.get_classification_display(), i.target])
    headers = ["督办编号", "子项", "督办事项", "分解事项", "来源", "轻重缓急", "牵头单位", "责任人", "状态", "办理期限", "逾期", "催办等级", "密级", "目标要求"]
    return xlsx_response("督办台账", "督办台账", headers, rows)


@role_view(*SUPERVISORS)
def task_new(request):
    form = TaskForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            task = services.task_register(actor=request.user, title=d["title"], source_kind=d["source_kind"], instruction=d["instruction"],
                                          instructing_leader=d["instructing_leader"], instructed_on=d["instructed_on"], source_title=d["source_title"],
                                          important=d["important"], urgency=d["urgency"], classification=d["classification"])
        except ServiceError as exc:
            form.add_error(exc.field if exc.field in form.fields else None, exc.message)
        else:
            messages.success(request, f"已立项：{task.number}。请分解事项后交办。")
            return redirect(task)
    return render(request, "supervision/task_new.html", {"form": form, "page_title": "督办立项"})


@business_view
def task_detail(request, pk):
    task = get_or_404(selectors.tasks(request.user), request.user, pk=pk)
    items = _decorate(list(selectors.items(request.user).filter(task=task).order_by("seq")), timezone.now())
    supervisor = workflow.SUPERVISOR in workflow.relations(request.user)
    return render(request, "supervision/task.html", {
        "task": task, "items": items, "events": task.events.filter(item=None).select_related("actor"),
        "item_form": ItemForm() if supervisor and task.status in ("registered", "active") else None,
        "can_assign": supervisor and task.items.filter(status=ItemStatus.DRAFT).exists(),
        "can_archive": task.status == "done" and request.user.has_role(Role.SUPERVISOR, Role.DIRECTOR), "page_title": task.title,
    })


@require_POST
@business_view
def item_add(request, pk):
    task = get_or_404(selectors.tasks(request.user), request.user, pk=pk)
    form = ItemForm(request.POST)
    if form.is_valid():
        d = form.cleaned_data
        try:
            services.item_add(actor=request.user, task=task, title=d["title"], target=d["target"], lead_unit=d["lead_unit"], co_units=d["co_units"],
                              assignee=d["assignee"], deadline_mode=d["deadline_mode"], deadline_days=d["deadline_days"], due_date=d["due_date"],
                              frequency=d["frequency"], milestones=d["milestones"])
            messages.success(request, "已添加分解事项")
        except ServiceError as exc:
            _fail(request, exc)
    else:
        for errors in form.errors.values():
            messages.error(request, "；".join(errors))
    return redirect(task)


@require_POST
@business_view
def task_assign(request, pk):
    task = get_or_404(selectors.tasks(request.user), request.user, pk=pk)
    try:
        items = services.task_assign(actor=request.user, task=task)
        messages.success(request, f"已交办 {len(items)} 项，督办通知单已送达各牵头单位")
    except ServiceError as exc:
        _fail(request, exc)
    return redirect(task)


@require_POST
@business_view
def task_archive(request, pk):
    task = get_or_404(selectors.tasks(request.user), request.user, pk=pk)
    try:
        services.task_archive(actor=request.user, task=task)
        messages.success(request, "已归档")
    except ServiceError as exc:
        _fail(request, exc)
    return redirect(task)


def _document(doc, fmt, name):
    data, content_type = documents.render(doc, fmt)
    response = HttpResponse(data, content_type=content_type)
    ext = "docx" if fmt == "docx" else "pdf"
    response["Content-Disposition"] = f"inline; filename*=UTF-8''{quote(name)}.{ext}"
    return response


@business_view
def task_notice(request, pk):
    task = get_or_404(selectors.tasks(request.user), request.user, pk=pk)
    if task.assigned_at is None:
        raise Http404("尚未交办，没有督办通知单")
    return _document(documents.notice_document(task), request.GET.get("format", "pdf"), f"督办通知单-{task.number}")


@business_view
def item_detail(request, pk):
    item = get_or_404(selectors.items(request.user), request.user, pk=pk)
    now = timezone.now()
    item.overdue = selectors.is_overdue(item, now)
    return render(request, "supervision/item.html", {
        "item": item, "task": item.task, "actions": workflow.item_actions(item, request.user), "report_form": ReportForm(),
        "reports": item.reports.select_related("author").prefetch_related("attachments"), "chases": item.chases.all(),
        "events": item.events.select_related("actor"), "page_title": item.title, "max_mb": files.settings.MAX_UPLOAD_BYTES // (1024 * 1024),
    })


ACTIONS = {
    Action.SIGN: lambda r, i: services.item_sign(actor=r.user, item=i),
    Action.REPORT: lambda r, i: services.item_report(actor=r.user, item=i, text=r.POST.get("text", ""), progress=r.POST.get("progress") or 0,
                                                     uploads=r.FILES.getlist("files")),
    Action.APPLY: lambda r, i: services.item_apply(actor=r.user, item=i, text=r.POST.get("text", ""), uploads=r.FILES.getlist("files")),
    Action.ACCEPT: lambda r, i: services.item_accept(actor=r.user, item=i, comment=r.POST.get("reason", "")),
    Action.SEND_BACK: lambda r, i: services.item_send_back(actor=r.user, item=i, reason=r.POST.get("reason", "")),
    Action.REOPEN: lambda r, i: services.item_reopen(actor=r.user, item=i, reason=r.POST.get("reason", ""),
                                                     deadline_days=int(r.POST["deadline_days"]) if r.POST.get("deadline_days", "").isdigit() else None),
    Action.CANCEL: lambda r, i: services.item_cancel(actor=r.user, item=i, reason=r.POST.get("reason", "")),
    Action.CHASE: lambda r, i: services.item_chase(actor=r.user, item=i, text=r.POST.get("reason", "")),
}


@require_POST
@business_view
def item_action(request, pk, action):
    item = get_or_404(selectors.items(request.user), request.user, pk=pk)
    if action not in ACTIONS:
        raise Http404("没有这个操作")
    try:
        ACTIONS[action](request, item)
        messages.success(request, f"已{Action(action).label}")
    except ServiceError as exc:
        _fail(request, exc)
    return redirect(item)


@business_view
def attachment(request, pk):
    """An attachment is served only through an item the user may see; every
    download is audited. A classified item's attachment is served as a copy
    stamped with the reader's name, unit and the time (core/watermark.py); the
    stored file is never changed, and a file that cannot be stamped is refused."""
    att = Attachment.objects.select_related("report__item").filter(pk=pk).first()
    if att is None:
        raise Http404("未找到")
    item = get_or_404(selectors.items(request.user), request.user, pk=att.report.item_id)
    path = files.open_path(att)
    if not path.exists():
        raise Http404("文件已不存在")
    from zhongshu.audit.services import audit_record

    user = request.user
    if not item.classification:
        audit_record(actor=user, action="supervision.download", summary=f"下载附件：{att.name}", obj=item, data={"sha256": att.sha256})
        return FileResponse(open(path, "rb"), as_attachment=True, filename=att.name, content_type=att.content_type or "application/octet-stream")
    now = timezone.localtime()
    stamp = watermark.stamp_for(reader=user.name or user.username, unit=user.unit.name if user.unit_id else "", at=now,
                                classification=item.get_classification_display())
    try:
        name, data, content_type = watermark.stamped(att.name, path.read_bytes(), stamp)
    except watermark.Unavailable as exc:
        messages.error(request, exc.message)
        return redirect(item)
    audit_record(actor=user, action="supervision.download", summary=f"下载附件：{att.name}（加水印）", obj=item,
                 data={"sha256": att.sha256, "watermark": stamp.footer})
    response = FileResponse(io.BytesIO(data), as_attachment=True, filename=name, content_type=content_type)
    response["X-Zhongshu-Reader"] = f"{user.pk}@{now:%Y%m%d%H%M%S}"
    return response


@business_view
def chase_document(request, pk):
    chase = Chase.objects.select_related("item__task", "item__lead_unit").filter(pk=pk).first()
    if chase is None:
        raise Http404("未找到")
    get_or_404(selectors.items(request.user), request.user, pk=chase.item_id)
    return _document(documents.chase_document(chase), request.GET.get("format", "pdf"), f"催办单-{chase.item.task.number}-{chase.pk}")


def _bars(rows, key, fmt="{:.0f}", scale=None):
    """Horizontal bars as server-rendered SVG geometry (no chart library)."""
    top = scale or max([r[key] or 0 for r in rows] + [1])
    bars = []
    for n, r in enumerate(rows):
        width = round(220 * (r[key] or 0) / top, 1)
        bars.append({"label": r["unit"], "text": fmt.format(r[key] or 0), "y": n * 24, "w": width, "tx": width + 86})
    return {"bars": bars, "height": max(24, 24 * len(bars))}


@role_view(*OVERSEERS)
def dashboard(request):
    """The director's view: live ranking, overdue and red-card items, charts."""
    now = timezone.now()
    visible = selectors.items(request.user)
    start = timezone.localdate() - timedelta(days=int(request.GET.get("days", "90")) if request.GET.get("days", "").isdigit() else 90)
    rows = stats.ranking(stats.period_items(visible, start, timezone.localdate() + timedelta(days=3650)), until=now)
    overdue = _decorate(list(visible.filter(status__in=["assigned", "in_progress", "applied"], due_at__lt=now).order_by("-level", "due_at")[:20]), now)
    counts = {s: visible.filter(status=s).count() for s in ("assigned", "in_progress", "applied", "closed")}
    return render(request, "supervision/dashboard.html", {
        "rows": rows, "totals": stats.totals(rows), "overdue": overdue, "counts": counts, "start": start, "page_title": "督查督办总览",
        "rate_bars": _bars(rows, "rate", "{:.1f}%", scale=100), "overdue_bars": _bars(rows, "overdue"),
        "days_bars": _bars([r for r in rows if r["avg_days"] is not None], "avg_days", "{:.1f}"),
    })


@business_view
def bulletin_list(request):
    page, query = page_of(request, selectors.bulletins(request.user), per_page=30)
    form = BulletinForm(request.POST or None, initial={"period_start": timezone.localdate().replace(day=1), "period_end": timezone.localdate()})
    if request.method == "POST":
        if not request.user.has_role(Role.SUPERVISOR):
            raise DjangoPermissionDenied("只有督查专员可以生成通报")
        if form.is_valid():
            try:
                b = services.bulletin_create(actor=request.user, **form.cleaned_data)
                messages.success(request, f"已生成通报：{b.number}")
                return redirect("sv-bulletin", pk=b.pk)
            except ServiceError as exc:
                form.add_error(None, exc.message)
    return render(request, "supervision/bulletins.html", {"page": page, "query": query, "form": form, "page_title": "督查通报",
                                                          "can_create": request.user.has_role(Role.SUPERVISOR)})


@business_view
def bulletin_detail(request, pk):
    b = get_or_404(selectors.bulletins(request.user), request.user, pk=pk)
    return render(request, "supervision/bulletin.html", {"b": b, "page_title": b.title, "rate_bars": _bars(b.rows, "rate", "{:.1f}%", scale=100)})


@business_view
def bulletin_file(request, pk):
    b = get_or_404(selectors.bulletins(request.user), request.user, pk=pk)
    return _document(documents.bulletin_document(b), request.GET.get("format", "pdf"), f"督查通报-{b.number}")


@role_view(Role.SUPERVISOR, Role.DIRECTOR)
def settings_page(request):
    cfg = config.load()
    if request.method == "POST":
        steps = []
        for n in (1, 2, 3):
            after = request.POST.get(f"after_{n}", "").strip()
            if after == "":
                continue
            steps.append({"name": request.POST.get(f"name_{n}", ""), "after_working_days": after, "notify": request.POST.getlist(f"notify_{n}")})
        value = {"remind_before": [x for x in request.POST.get("remind_before", "").replace("，", ",").split(",") if x.strip()], "steps": steps,
                 "monthly_bulletin": request.POST.get("monthly_bulletin") == "on"}
        try:
            services.settings_set(actor=request.user, value=value)
            messages.success(request, "催办设置已保存，对之后的催办生效")
            return redirect("sv-settings")
        except ServiceError as exc:
            _fail(request, exc)
    steps = {s["level"]: s for s in cfg["steps"]}
    rows = [{"n": n, "step": steps.get(n, {"name": "", "after_working_days": "", "notify": []})} for n in (1, 2, 3)]
    return render(request, "supervision/settings.html", {"cfg": cfg, "rows": rows, "kinds": config.RECIPIENT_KINDS.items(),
                                                         "remind": ",".join(str(n) for n in cfg["remind_before"]), "page_title": "催办设置"})
