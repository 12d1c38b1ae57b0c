"""Every read of 办文 goes through restrict(); reads of classified items are logged."""

from __future__ import annotations

from datetime import date

from django.db.models import Count, Q
from django.db.models.functions import ExtractMonth

from zhongshu.audit.services import audit_record
from zhongshu.core.access import CHANGE, VIEW, get_or_404, restrict

from .choices import InState, OutState
from .models import Incoming, Outgoing, PlanItem
from .search import matching


def incoming_qs(user, action: str = VIEW):
    return restrict(Incoming.objects.all(), user, action)


def outgoing_qs(user, action: str = VIEW):
    return restrict(Outgoing.objects.all(), user, action)


def log_read(user, doc, how: str = "查看") -> None:
    """SPEC §3.12: every read of a classified document leaves an audit entry."""
    if doc.classification:
        audit_record(actor=user, action="documents.read", summary=f"{how}涉密{'收文' if isinstance(doc, Incoming) else '发文'}《{doc.title}》", obj=doc, data={"classification": doc.classification})


def incoming_get(user, pk: int, *, log: bool = True) -> Incoming:
    doc = get_or_404(Incoming.objects.select_related("unit", "leader", "registered_by", "source_unit"), user, VIEW, pk=pk)
    if log:
        log_read(user, doc)
    return doc


def outgoing_get(user, pk: int, *, log: bool = True) -> Outgoing:
    doc = get_or_404(Outgoing.objects.select_related("unit", "issuer", "drafter", "reviewer", "signer", "signed_by"), user, VIEW, pk=pk)
    if log:
        log_read(user, doc)
    return doc


def incoming_ledger(user, *, q: str = "", year: int | None = None, state: str = "", doctype: str = "", urgency: str = "", unit: int | None = None, source: str = ""):
    """收文登记簿: newest first by (year, serial), indexes in_ledger/in_unit_ledger."""
    qs = incoming_qs(user).select_related("unit")
    if year:
        qs = qs.filter(year=year)
    if state:
        qs = qs.filter(state=state)
    if doctype:
        qs = qs.filter(doctype=doctype)
    if urgency:
        qs = qs.filter(urgency=urgency)
    if unit:
        qs = qs.filter(unit_id=unit)
    if source:
        qs = qs.filter(source_name__icontains=source)
    qs = matching(qs, q)
    return qs.order_by("-year", "-serial", "-id")


def outgoing_ledger(user, *, q: str = "", year: int | None = None, state: str = "", doctype: str = "", code: str = ""):
    """发文登记簿."""
    qs = outgoing_qs(user).select_related("unit", "issuer", "drafter")
    if year:
        qs = qs.filter(Q(year=year) | Q(year__isnull=True, created_at__year=year))
    if state:
        qs = qs.filter(state=state)
    if doctype:
        qs = qs.filter(doctype=doctype)
    if code:
        qs = qs.filter(code=code)
    qs = matching(qs, q)
    return qs.order_by("-id")


def search(user, q: str, limit: int = 50) -> tuple[list, list]:
    """Chinese substring search (search.py), only within what restrict() lets the user see."""
    q = q.strip()
    if not q:
        return [], []
    ins = list(matching(incoming_qs(user), q).select_related("unit").order_by("-id")[:limit])
    outs = list(matching(outgoing_qs(user), q).order_by("-id")[:limit])
    return ins, outs


def waiting_for_me(user):
    """Open documents the user can act on (for the leader's page and counts)."""
    return (
        restrict(Incoming.objects.filter(state__in=[InState.PROPOSED, InState.HANDLING]), user, CHANGE),
        restrict(Outgoing.objects.filter(state=OutState.SIGNING), user, CHANGE),
    )


def statistics(user, *, year: int) -> dict:
    """Counts by 文种, unit and month, this year and the same period last year."""
    today = date.today()
    cutoff = (today.month, today.day) if year == today.year else (12, 31)

    def period(qs, field, y):
        end = date(y, *cutoff) if not (cutoff == (2, 29) and y % 4) else date(y, 2, 28)
        return qs.filter(**{f"{field}__gte": date(y, 1, 1), f"{field}__lte": end})

    def table(qs, field, by):
        now = dict(period(qs, field, year).values_list(by).annotate(n=Count("id")).values_list(by, "n"))
        before = dict(period(qs, field, year - 1).values_list(by).annotate(n=Count("id")).values_list(by, "n"))
        keys = sorted(set(now) | set(before), key=lambda k: (-(now.get(k, 0)), str(k)))
        return [{"key": k, "now": now.get(k, 0), "before": before.get(k, 0), "change": _change(now.get(k, 0), before.get(k, 0))} for k in keys]

    ins = incoming_qs(user).order_by()
    outs = outgoing_qs(user).exclude(state=OutState.CANCELLED).order_by()
    from zhongshu.org.models import Unit

    names = dict(Unit.objects.values_list("id", "name"))
    in_units = table(ins, "received_at__date", "unit_id")
    out_units = table(outs, "created_at__date", "unit_id")
    for rows in (in_units, out_units):
        for r in rows:
            r["key"] = names.get(r["key"], "—")
    months_in = table(ins.annotate(m=ExtractMonth("received_at")), "received_at__date", "m")
    months_out = table(outs.annotate(m=ExtractMonth("created_at")), "created_at__date", "m")
    for rows in (months_in, months_out):
        rows.sort(key=lambda r: r["key"])
        for r in rows:
            r["key"] = f"{r['key']}月"
    total = lambda rows, k: sum(r[k] for r in rows)  # noqa: E731
    in_types, out_types = table(ins, "received_at__date", "doctype"), table(outs, "created_at__date", "doctype")
    return {
        "year": year, "cutoff": f"{cutoff[0]}月{cutoff[1]}日",
        "in_types": in_types, "out_types": out_types, "in_units": in_units, "out_units": out_units, "in_months": months_in, "out_months": months_out,
        "in_total": (total(in_types, "now"), total(in_types, "before")), "out_total": (total(out_types, "now"), total(out_types, "before")),
    }


def _change(now: int, before: int) -> str:
    if not before:
        return "—" if not now else "新增"
    pct = (now - before) * 100 / before
    return f"{pct:+.0f}%"


# 发文计划 -----------------------------------------------------------------


def plan_items(user, *, year: int, status: str = "", unit: int | None = None, month: int | None = None):
    qs = restrict(PlanItem.objects.select_related("unit", "created_by"), user).filter(year=year)
    if status:
        qs = qs.filter(status=status)
    if unit:
        qs = qs.filter(unit_id=unit)
    if month:
        qs = qs.filter(month=month)
    return qs.order_by("month", "id")


def plan_get(user, pk: int) -> PlanItem:
    return get_or_404(PlanItem.objects.select_related("unit", "created_by"), user, VIEW, pk=pk)


def plan_open(user, pk: int) -> PlanItem | None:
    """A still-planned item the user may see (to draft from), else None."""
    return restrict(PlanItem.objects.all(), user).filter(pk=pk, status="planned").first()


def plan_outgoing(user, plans) -> dict:
    """The linked 发文 of each plan item that this user may see (others stay hidden)."""
    ids = {p.outgoing_id for p in plans if p.outgoing_id}
    if not ids:
        return {}
    return {d.pk: d for d in restrict(Outgoing.objects.filter(pk__in=ids), user)}


def plan_linkable(user, *, year: int, limit: int = 200):
    """发文 this user may see, not cancelled and not yet linked to a plan item."""
    return outgoing_qs(user).filter(Q(year=year) | Q(year__isnull=True, created_at__year=year)).exclude(state=OutState.CANCELLED).filter(plan_items__isnull=True).order_by("-id")[:limit]


def plan_figures(user, *, year: int) -> dict:
    """精文简会: planned vs issued by month, and issued vs the same period last year.

    Issued = 已核发 (dispatched_at), counted through restrict() like every figure."""
    today = date.today()
    cutoff = (today.month, today.day) if year == today.year else (12, 31)

    def upto(y):
        return date(y, 2, 28) if cutoff == (2, 29) and y % 4 else date(y, *cutoff)

    plans = restrict(PlanItem.objects.all(), user).filter(year=year).exclude(status="cancelled").order_by()
    planned = dict(plans.values_list("month").annotate(n=Count("id")).values_list("month", "n"))
    done = dict(plans.filter(status="issued").values_list("month").annotate(n=Count("id")).values_list("month", "n"))
    issued = outgoing_qs(user).filter(dispatched_at__isnull=False).order_by()

    def by_month(y):
        rows = issued.filter(dispatched_at__date__gte=date(y, 1, 1), dispatched_at__date__lte=date(y, 12, 31)).annotate(m=ExtractMonth("dispatched_at"))
        return dict(rows.values_list("m").annotate(n=Count("id")).values_list("m", "n"))

    now, before = by_month(year), by_month(year - 1)
    months = [{"month": m, "planned": planned.get(m, 0), "planned_issued": done.get(m, 0), "issued": now.get(m, 0), "before": before.get(m, 0), "change": _change(now.get(m, 0), before.get(m, 0))} for m in range(1, 13)]
    same_now = issued.filter(dispatched_at__date__gte=date(year, 1, 1), dispatched_at__date__lte=upto(year)).count()
    same_before = issued.filter(dispatched_at__date__gte=date(year - 1, 1, 1), dispatched_at__date__lte=upto(year - 1)).count()
    in_plan = issued.filter(dispatched_at__year=year, plan_items__year=year).count()
    total_planned, total_done = sum(planned.values()), sum(done.values())
    return {
        "year": year, "cutoff": f"{cutoff[0]}月{cutoff[1]}日", "months": months,
        "planned": total_planned, "planned_issued": total_done, "rate": f"{total_done * 100 / total_planned:.0f}%" if total_planned else "—",
        "issued": sum(now.values()), "in_plan": in_plan, "outside_plan": sum(now.values()) - in_plan,
        "same_now": same_now, "same_before": same_before, "same_change": _change(same_now, same_before),
    }
