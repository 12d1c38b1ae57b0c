"""收文 pages: register (收文登记簿), new, detail with each step's form, actions."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied as DjangoDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from zhongshu.accounts.choices import Role
from zhongshu.core.access import acting_for
from zhongshu.core.choices import Urgency
from zhongshu.core.decorators import business_view
from zhongshu.core.errors import ServiceError
from zhongshu.core.excel import xlsx_response

from . import selectors as sel
from . import services as s
from . import workflow as wf
from .choices import DocType, InAction, InState
from .forms import IncomingForm, InstructForm, ProposeForm
from .incoming import readers_choices
from .views_common import Window, int_or_none, run, units, user_or_none


def _filters(request):
    g = request.GET
    return {"q": g.get("q", "").strip(), "year": int_or_none(g.get("year")), "state": g.get("state", ""), "doctype": g.get("doctype", ""), "urgency": g.get("urgency", ""), "unit": int_or_none(g.get("unit")), "source": g.get("source", "").strip()}


@business_view
def incoming_list(request):
    f = _filters(request)
    page = Window(request, sel.incoming_ledger(request.user, **f))
    now = timezone.now()
    for doc in page:
        doc.level = "red" if doc.due_at and doc.due_at < now and doc.state in wf_open() else ""
    return render(request, "documents/incoming_list.html", {
        "page": page, "f": f, "states": InState.choices, "doctypes": DocType.choices, "urgencies": Urgency.choices,
        "can_sign": request.user.has_role(Role.CLERK, Role.CONFIDENTIAL), "page_title": "收文登记簿", "years": _years(),
    })


def wf_open():
    return (InState.SIGNED, InState.REGISTERED, InState.SCREENED, InState.PROPOSED, InState.HANDLING)


def _years():
    y = timezone.localdate().year
    return list(range(y, y - 5, -1))


@business_view
def incoming_export(request):
    rows = sel.incoming_ledger(request.user, **_filters(request))[:20000]
    for doc in rows:
        sel.log_read(request.user, doc, "导出")
    data = [(d.number, d.received_at and timezone.localtime(d.received_at).strftime("%Y-%m-%d %H:%M"), d.source_name, d.original_number, d.title, d.doctype, d.get_classification_display(), d.secrecy_period, d.urgency, d.copies,
             d.due_at and timezone.localtime(d.due_at).strftime("%Y-%m-%d %H:%M"), d.report_due and timezone.localtime(d.report_due).strftime("%Y-%m-%d %H:%M"), d.get_state_display(), d.unit.name) for d in rows]
    headers = ["收文号", "收文时间", "来文单位", "原文号", "标题", "文种", "密级", "保密期限", "紧急程度", "份数", "办理期限", "报送期限", "状态", "收文单位"]
    return xlsx_response("收文登记簿", "收文登记簿", headers, data)


@business_view
def incoming_new(request):
    if not request.user.has_role(Role.CLERK, Role.CONFIDENTIAL):
        raise DjangoDenied("只有文书或机要员可以签收登记来文")
    form = IncomingForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            doc = _sign_and_register(request.user, d)
        except ServiceError as exc:
            form.add_error(exc.field if exc.field in form.fields else None, exc.message)
        else:
            messages.success(request, f"已签收登记，收文号 {doc.number}")
            return redirect("documents-in-detail", pk=doc.pk)
    return render(request, "documents/incoming_new.html", {"form": form, "page_title": "签收登记来文"})


def _sign_and_register(user, d):
    from zhongshu.calendars.services import add_working_days

    if d.get("file"):
        s.check_upload(d["file"])
    with transaction.atomic():
        doc = s.incoming_sign(actor=user, title=d["title"], source_name=d["source_name"], urgency=d["urgency"], classification=d["classification"], doctype=d["doctype"], original_number=d["original_number"], copies=d["copies"])
        report_due = d.get("report_due")
        if not report_due and d.get("report_in_days"):
            end = add_working_days(timezone.localdate(doc.received_at), d["report_in_days"])
            report_due = timezone.make_aware(timezone.datetime(end.year, end.month, end.day, 17, 30))
        doc = s.incoming_register(actor=user, incoming=doc, secrecy_period=d["secrecy_period"], summary=d["summary"], due_at=d.get("due_at"), report_due=report_due, report_remind_days=d["report_remind_days"])
        if d.get("file"):
            s.attach_upload(actor=user, doc=doc, upload=d["file"])
    return doc


@business_view
def incoming_detail(request, pk):
    doc = sel.incoming_get(request.user, pk)
    actions = wf.available(wf.INCOMING, request.user, doc)
    ctx = {
        "doc": doc, "actions": actions, "A": InAction, "history": doc.history.select_related("actor"),
        "assignments": doc.assignments.select_related("unit", "replied_by"), "circulation": doc.circulation.select_related("reader__unit"),
        "files": doc.files.all(), "page_title": doc.title, "now": timezone.now(),
    }
    if InAction.PROPOSE in actions:
        ctx["propose_form"] = ProposeForm()
    if InAction.INSTRUCT in actions:
        a = list(ctx["assignments"])
        main = next((x.unit for x in a if x.role == "main"), None)
        ctx["instruct_form"] = InstructForm(initial={"main_unit": main, "assist_units": [x.unit for x in a if x.role != "main"], "instruction": doc.proposal})
    if InAction.CIRCULATE in actions:
        ctx["readers"] = readers_choices(doc)
    ctx["may_read"] = _may_read(request.user, doc, actions)
    ctx["may_attach"] = wf.is_party(request.user, doc, wf.CLERK) and doc.state != InState.ARCHIVE_READY
    return render(request, "documents/incoming_detail.html", ctx)


def _may_read(user, doc, actions) -> bool:
    """The 已阅 button: a named reader who has not marked it read yet."""
    return InAction.READ in actions and doc.circulation.filter(reader_id__in=acting_for(user), read_at__isnull=True).exists()


SECTIONS = {"handling": "documents/_in_handling.html", "circulation": "documents/_in_circulation.html"}


def _section(request, doc, which, fn, ok, **kwargs):
    """htmx: run the service and return only the 承办 or 传阅 section, with the
    outcome shown inside it (no flash message left for the next full page)."""
    try:
        fn(actor=request.user, incoming=doc, **kwargs)
    except ServiceError as exc:
        notice, kind = exc.message, "error"
    else:
        notice, kind = ok, "success"
    doc = sel.incoming_get(request.user, doc.pk, log=False)
    ctx = {"doc": doc, "A": InAction, "actions": wf.available(wf.INCOMING, request.user, doc), "notice": notice, "notice_kind": kind}
    ctx["may_read"] = _may_read(request.user, doc, ctx["actions"])
    if which == "handling":
        ctx["assignments"] = doc.assignments.select_related("unit", "replied_by")
    else:
        ctx["circulation"] = doc.circulation.select_related("reader__unit")
    return render(request, SECTIONS[which], ctx)


@business_view
@require_POST
def incoming_action(request, pk, action):
    doc = sel.incoming_get(request.user, pk, log=False)
    p = request.POST
    back = reverse("documents-in-detail", kwargs={"pk": doc.pk})
    if action == InAction.SCREEN:
        return run(request, s.incoming_screen, "初审通过", back, incoming=doc, passed=True)
    if action == InAction.SCREEN_RETURN:
        return run(request, s.incoming_screen, "已退回", back, incoming=doc, passed=False, reason=p.get("reason", ""))
    if action == InAction.PROPOSE:
        form = ProposeForm(p)
        if not form.is_valid():
            messages.error(request, "请填写拟办意见并选择呈批领导")
            return redirect(back)
        d = form.cleaned_data
        return run(request, s.incoming_propose, f"已呈{d['leader']}批办", back, incoming=doc, proposal=d["proposal"], leader=d["leader"], main_unit=d["main_unit"], assist_units=d["assist_units"])
    if action == InAction.INSTRUCT:
        main = units([p.get("main_unit")])
        return run(request, s.incoming_instruct, "已批办", back, incoming=doc, instruction=p.get("instruction", ""), main_unit=main[0] if main else None, assist_units=units(p.getlist("assist_units")))
    if action == InAction.SEND_BACK:
        return run(request, s.incoming_send_back, "已退回重拟", back, incoming=doc, reason=p.get("reason", ""))
    if action == InAction.REPLY:
        if request.headers.get("HX-Request"):
            return _section(request, doc, "handling", s.incoming_reply, "已答复", reply=p.get("reply", ""))
        return run(request, s.incoming_reply, "已答复", back, incoming=doc, reply=p.get("reply", ""))
    if action == InAction.CIRCULATE:
        readers = [user_or_none(x) for x in p.getlist("readers")]
        return run(request, s.incoming_circulate, "已送传阅", back, incoming=doc, readers=readers)
    if action == InAction.READ:
        if request.headers.get("HX-Request"):
            return _section(request, doc, "circulation", s.incoming_read, "已阅知", note=p.get("note", ""))
        return run(request, s.incoming_read, "已阅知", back, incoming=doc, note=p.get("note", ""))
    if action == InAction.URGE:
        return run(request, s.incoming_urge, "已催办", back, incoming=doc, message=p.get("message", ""))
    if action == InAction.COMPLETE:
        return run(request, s.incoming_complete, "已办结", back, incoming=doc, result=p.get("result", ""))
    if action == InAction.ARCHIVE:
        return run(request, s.incoming_archive, "已移交归档", back, incoming=doc)
    if action == "attach":
        if not wf.is_party(request.user, doc, wf.CLERK):
            raise DjangoDenied("无权上传")
        return run(request, s.attach_upload, "已上传", back, doc=doc, upload=request.FILES.get("file"))
    if action == InAction.REGISTER:
        return run(request, s.incoming_register, "已登记", back, incoming=doc, report_remind_days=int_or_none(p.get("report_remind_days")) or 3)
    raise Http404("未知操作")
