"""发文 pages: register (发文登记簿), drafting, editor with conflicts, diff, steps."""

from __future__ import annotations

from django.contrib import messages
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from zhongshu.core.decorators import business_view
from zhongshu.core.errors import ServiceError
from zhongshu.core.excel import xlsx_response

from . import render as R
from . import selectors as sel
from . import services as s
from . import versions as V
from . import workflow as wf
from .choices import DocType, OutAction, OutState
from .forms import OutgoingForm, handling_units, leaders, reviewers
from .models import IssuedNumber
from .views_common import Window, int_or_none, run, units, user_or_none


def _filters(request):
    g = request.GET
    return {"q": g.get("q", "").strip(), "year": int_or_none(g.get("year")), "state": g.get("state", ""), "doctype": g.get("doctype", ""), "code": g.get("code", "").strip()}


@business_view
def outgoing_list(request):
    f = _filters(request)
    page = Window(request, sel.outgoing_ledger(request.user, **f))
    void = IssuedNumber.objects.filter(void=True, outgoing__in=sel.outgoing_qs(request.user)).order_by("-id")[:20]
    return render(request, "documents/outgoing_list.html", {"page": page, "f": f, "states": OutState.choices, "doctypes": DocType.choices, "void": void, "page_title": "发文登记簿"})


@business_view
def outgoing_export(request):
    rows = sel.outgoing_ledger(request.user, **_filters(request))[:20000]
    for doc in rows:
        sel.log_read(request.user, doc, "导出")
    data = [(d.doc_number or "（未编号）", d.title, d.doctype, d.issuer.name, d.unit.name, str(d.drafter), d.get_classification_display(), d.urgency, d.signed_at and timezone.localtime(d.signed_at).strftime("%Y-%m-%d"), d.dispatched_at and timezone.localtime(d.dispatched_at).strftime("%Y-%m-%d"), d.get_state_display()) for d in rows]
    return xlsx_response("发文登记簿", "发文登记簿", ["发文字号", "标题", "文种", "发文机关", "拟稿单位", "拟稿人", "密级", "紧急程度", "签发日期", "核发日期", "状态"], data)


@business_view
def outgoing_new(request):
    plan = _plan_of(request)
    initial = {"issuer": None} | ({"title": plan.title, "doctype": plan.doctype} if plan else {})
    form = OutgoingForm(request.POST or None, request.FILES or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            with transaction.atomic():
                doc = s.outgoing_create(actor=request.user, doctype=d["doctype"], title=d["title"], issuer=d["issuer"], classification=d["classification"], secrecy_period=d["secrecy_period"], urgency=d["urgency"], signer=d["signer"], upload=d.get("file"))
                if plan is not None:
                    s.plan_link(actor=request.user, plan=plan, outgoing=doc)
        except ServiceError as exc:
            form.add_error(exc.field if exc.field in form.fields else None, exc.message)
        else:
            messages.success(request, "已起草" + ("并关联发文计划" if plan else "") + "，请在编辑页修改正文")
            return redirect("documents-out-edit", pk=doc.pk)
    return render(request, "documents/outgoing_new.html", {"form": form, "plan": plan, "page_title": "起草公文"})


def _plan_of(request):
    """起草 from a 发文计划 item (?plan=id): prefilled, and linked once created."""
    from .plans import may_plan

    pk = int_or_none(request.POST.get("plan") or request.GET.get("plan"))
    if not pk or not may_plan(request.user):
        return None
    return sel.plan_open(request.user, pk)


@business_view
def outgoing_detail(request, pk):
    doc = sel.outgoing_get(request.user, pk)
    versions = list(doc.versions.select_related("author"))
    current = versions[-1]
    actions = wf.available(wf.OUTGOING, request.user, doc)
    return render(request, "documents/outgoing_detail.html", {
        "doc": doc, "current": current, "versions": versions, "actions": actions, "A": OutAction,
        "pieces": R.pieces(current.text, current.findings), "findings": R.labelled(current.findings),
        "history": doc.history.select_related("actor"), "cosigns": doc.cosigns.select_related("unit", "agreed_by"),
        "recipients": doc.recipients.select_related("incoming"), "files": doc.files.all(), "leaders": leaders(), "reviewers": reviewers(), "units": handling_units(),
        "page_title": doc.title,
    })


@business_view
def outgoing_edit(request, pk):
    doc = sel.outgoing_get(request.user, pk)
    current = doc.versions.get(number=doc.version)
    if not wf.allowed(wf.OUTGOING, request.user, doc, OutAction.EDIT):
        messages.error(request, f"当前状态为“{doc.get_state_display()}”，您不能修改正文")
        return redirect("documents-out-detail", pk=doc.pk)
    text, base, conflict = current.text, current.number, None
    if request.method == "POST":
        text, base = request.POST.get("text", ""), int_or_none(request.POST.get("base_version")) or 0
        try:
            version = s.version_save(actor=request.user, outgoing=doc, text=text, base_version=base, note=request.POST.get("note", ""))
        except V.Conflict as exc:
            conflict = {"message": exc.message, "rows": V.changed_only(exc.diff), "theirs": exc.theirs}
        except ServiceError as exc:
            messages.error(request, exc.message)
        else:
            messages.success(request, f"已保存第{version.number}版；五关审校：{version.errors}处错误，{version.warnings}处警告")
            return redirect("documents-out-detail", pk=doc.pk)
    return render(request, "documents/outgoing_edit.html", {"doc": doc, "text": text, "base": base, "current": current, "conflict": conflict, "page_title": f"修改：{doc.title}"})


@business_view
@require_POST
def outgoing_accept(request, pk, index):
    """一键采纳: apply one suggestion of the current version and save a new version."""
    doc = sel.outgoing_get(request.user, pk, log=False)
    current = doc.versions.get(number=doc.version)
    back = reverse("documents-out-detail", kwargs={"pk": doc.pk})
    if index >= len(current.findings) or current.findings[index].get("suggestion") is None:
        messages.error(request, "这条审校意见没有可采纳的修改建议")
        return redirect(back)
    base = int_or_none(request.POST.get("base_version")) or current.number
    text = R.apply(current.text, current.findings[index])
    try:
        s.version_save(actor=request.user, outgoing=doc, text=text, base_version=base, note=f"采纳审校建议：{current.findings[index]['message'][:60]}")
    except ServiceError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, "已采纳修改建议并保存为新版本")
    return redirect(back)


@business_view
def outgoing_diff(request, pk):
    doc = sel.outgoing_get(request.user, pk)
    versions = list(doc.versions.all())
    a = int_or_none(request.GET.get("a")) or max(1, doc.version - 1)
    b = int_or_none(request.GET.get("b")) or doc.version
    va = next((v for v in versions if v.number == a), None)
    vb = next((v for v in versions if v.number == b), None)
    if va is None or vb is None:
        raise Http404("没有这个版本")
    rows = V.diff(va.text, vb.text)
    return render(request, "documents/outgoing_diff.html", {"doc": doc, "versions": versions, "a": va, "b": vb, "rows": rows, "changed": any(r.kind != "same" for r in rows), "page_title": f"修改痕迹：{doc.title}"})


@business_view
@require_POST
def outgoing_action(request, pk, action):
    doc = sel.outgoing_get(request.user, pk, log=False)
    p = request.POST
    back = reverse("documents-out-detail", kwargs={"pk": doc.pk})
    simple = {
        OutAction.DEPT_APPROVE: (s.outgoing_dept_approve, "部门审核通过", {"opinion": p.get("opinion", "")}),
        OutAction.COSIGN: (s.outgoing_cosign, "已会签", {"opinion": p.get("opinion", "") or "同意"}),
        OutAction.RETURN: (s.outgoing_return, "已退回修改", {"reason": p.get("reason", "")}),
        OutAction.SIGN: (s.outgoing_sign, "已签发", {"override_reason": p.get("override_reason", ""), "opinion": p.get("opinion", "")}),
        OutAction.RECHECK: (s.outgoing_recheck, "复核通过", {"opinion": p.get("opinion", "")}),
        OutAction.NUMBER: (s.outgoing_number, "已编号", {}),
        OutAction.PRINT: (s.outgoing_print, "已印制（DOCX 和 PDF 已生成）", {}),
        OutAction.DISPATCH: (s.outgoing_dispatch, "已核发", {}),
        OutAction.ARCHIVE: (s.outgoing_archive, "已移交归档", {}),
        OutAction.CANCEL: (s.outgoing_cancel, "已撤销", {"reason": p.get("reason", "")}),
    }
    if action in simple:
        fn, ok, kw = simple[action]
        return run(request, fn, ok, back, outgoing=doc, **kw)
    if action == OutAction.SUBMIT:
        return run(request, s.outgoing_submit, "已送部门审核", back, outgoing=doc, reviewer=user_or_none(p.get("reviewer")))
    if action == OutAction.OFFICE_APPROVE:
        return run(request, s.outgoing_office_approve, "核稿通过", back, outgoing=doc, signer=user_or_none(p.get("signer")), cosign_units=units(p.getlist("cosign_units")), opinion=p.get("opinion", ""))
    if action == OutAction.RECEIPT:
        return run(request, s.outgoing_receipt, "已登记回执", back, outgoing=doc, recipient_id=int_or_none(p.get("recipient")) or 0, note=p.get("note", ""))
    raise Http404("未知操作")
