"""发文计划: planned → drafted → issued (or cancelled), figures vs last year, export, API."""

import io
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook

from zhongshu.audit.models import AuditEntry
from zhongshu.core.errors import PermissionDenied, ServiceError, WrongState
from zhongshu.documents import selectors as sel
from zhongshu.documents import services as s
from zhongshu.documents.choices import OutState, PlanStatus
from zhongshu.documents.models import Outgoing, PlanItem

from .helpers import outgoing_to

pytestmark = pytest.mark.django_db
TZ = ZoneInfo("Asia/Shanghai")


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def _plan(cast, month=3, title="关于申请防汛专项资金的请示", year=2025):
    return s.plan_create(actor=cast["clerk"], year=year, month=month, title=title, doctype="请示", unit=cast["clerk"].unit, reason="落实省防指部署")


def test_only_planners_write_and_every_write_is_audited(cast):
    plan = _plan(cast)
    assert plan.status == PlanStatus.PLANNED and plan.created_by == cast["clerk"]
    with pytest.raises(PermissionDenied):
        s.plan_create(actor=cast["handler"], year=2025, month=3, title="某文件", doctype="通知", unit=cast["handler"].unit)
    with pytest.raises(ServiceError, match="1 至 12"):
        s.plan_create(actor=cast["clerk"], year=2025, month=13, title="某文件", doctype="通知", unit=cast["clerk"].unit)
    s.plan_update(actor=cast["secretary"], plan=plan, month=4)
    s.plan_cancel(actor=cast["secretary"], plan=plan, reason="并入年中工作意见")
    with pytest.raises(WrongState):
        s.plan_cancel(actor=cast["secretary"], plan=plan, reason="再取消")
    actions = list(AuditEntry.objects.filter(action__startswith="documents.plan.").order_by("seq").values_list("action", flat=True))
    assert actions == ["documents.plan.create", "documents.plan.update", "documents.plan.cancel"]


def test_drafted_then_issued_with_the_outgoing_then_released_when_it_is_cancelled(cast, office):
    plan = _plan(cast)
    doc = outgoing_to(OutState.DISPATCHING, cast, office=office)
    plan = s.plan_link(actor=cast["clerk"], plan=plan, outgoing=doc)
    assert plan.status == PlanStatus.DRAFTED and plan.outgoing == doc
    with pytest.raises(WrongState):
        s.plan_link(actor=cast["clerk"], plan=plan, outgoing=doc)
    s.outgoing_dispatch(actor=cast["clerk"], outgoing=doc)
    plan.refresh_from_db()
    assert plan.status == PlanStatus.ISSUED

    other = _plan(cast, title="关于另一件事的通知")
    draft = outgoing_to(OutState.DRAFT, cast, office=office)
    s.plan_link(actor=cast["clerk"], plan=other, outgoing=draft)
    s.outgoing_cancel(actor=cast["secretary"], outgoing=draft, reason="不再需要")
    other.refresh_from_db()
    assert other.status == PlanStatus.PLANNED and other.outgoing is None


def test_drafting_from_the_plan_page_links_the_new_document(client, cast, office):
    plan = _plan(cast)
    client.force_login(cast["secretary"])
    page = client.get(f"/documents/out/new/?plan={plan.pk}").content.decode()
    assert plan.title in page and f'name="plan" value="{plan.pk}"' in page
    response = client.post("/documents/out/new/", {"plan": plan.pk, "doctype": "请示", "title": plan.title, "issuer": office.pk, "classification": 0, "urgency": "普通"})
    assert response.status_code == 302
    plan.refresh_from_db()
    assert plan.status == PlanStatus.DRAFTED and plan.outgoing.drafter == cast["secretary"]


def _issued(cast, office, when, title="已发文件"):
    doc = Outgoing.objects.create(doctype="通知", title=title, unit=office, issuer=office, drafter=cast["secretary"], state=OutState.DISPATCHED, dispatched_at=when, doc_number=f"测政办〔{when.year}〕{when.month}号")
    Outgoing.objects.filter(pk=doc.pk).update(created_at=when)
    return doc


def test_figures_planned_vs_issued_by_month_and_vs_last_year(cast, office):
    for m in (3, 3, 5):
        _plan(cast, month=m, title=f"计划{m}")
    cancelled = _plan(cast, month=6, title="取消的")
    s.plan_cancel(actor=cast["clerk"], plan=cancelled, reason="不发了")
    in_plan = _issued(cast, office, datetime(2025, 3, 10, 10, tzinfo=TZ))
    s.plan_link(actor=cast["clerk"], plan=PlanItem.objects.filter(month=3).first(), outgoing=in_plan)
    _issued(cast, office, datetime(2025, 3, 20, 10, tzinfo=TZ))
    _issued(cast, office, datetime(2025, 8, 1, 10, tzinfo=TZ))
    for day in (1, 2, 3, 4):
        _issued(cast, office, datetime(2024, 3, day, 10, tzinfo=TZ))
    g = sel.plan_figures(cast["leader"], year=2025)
    march, may = g["months"][2], g["months"][4]
    assert (march["planned"], march["planned_issued"], march["issued"], march["before"], march["change"]) == (2, 1, 2, 4, "-50%")
    assert (may["planned"], may["issued"]) == (1, 0)
    assert g["planned"] == 3 and g["planned_issued"] == 1 and g["rate"] == "33%"
    assert (g["issued"], g["in_plan"], g["outside_plan"]) == (3, 1, 2)
    assert (g["same_now"], g["same_before"]) == (3, 4)  # a past year: the whole year


def test_plan_page_stats_page_and_export(client, cast, office):
    _plan(cast, month=2, title="关于开展安全生产大检查的通知")
    client.force_login(cast["clerk"])
    page = client.get("/documents/plan/?year=2025").content.decode()
    assert "关于开展安全生产大检查的通知" in page and "计划中" in page and "按计划起草" in page
    assert "发文计划与精文简会" in client.get("/documents/stats/?year=2025").content.decode()
    ws = load_workbook(io.BytesIO(client.get("/documents/plan/export.xlsx?year=2025").content)).active
    assert [c.value for c in ws[2]][:4] == ["2月", "关于开展安全生产大检查的通知", "请示", cast["clerk"].unit.name]
    client.force_login(cast["handler"])  # another unit: not its plan line
    assert "安全生产大检查" not in client.get("/documents/plan/?year=2025").content.decode()
    assert "按计划起草" not in client.get("/documents/plan/?year=2025").content.decode()


def test_linked_classified_document_stays_hidden(client, cast, office):
    plan = _plan(cast)
    doc = outgoing_to(OutState.DRAFT, cast, office=office, classification=1)
    s.plan_link(actor=cast["secretary"], plan=plan, outgoing=doc)
    client.force_login(cast["leader"])  # sees the plan (office role), not the classified draft
    page = client.get("/documents/plan/?year=2025").content.decode()
    assert plan.title in page and "无权查看" in page and f"/documents/out/{doc.pk}/" not in page
    assert client.get(f"/api/v1/plans/{plan.pk}").json()["outgoing"] is None


def test_api_create_list_transition_figures(client, cast, office):
    client.force_login(cast["clerk"])
    r = client.post("/api/v1/plans", {"year": 2025, "month": 7, "title": "关于做好防台风工作的通知", "doctype": "通知", "unit": office.pk}, content_type="application/json")
    assert r.status_code == 201, r.content
    pk = r.json()["id"]
    assert [p["id"] for p in client.get("/api/v1/plans?year=2025").json()] == [pk]
    r = client.post(f"/api/v1/plans/{pk}/transition", {"action": "month", "month": 8}, content_type="application/json")
    assert r.json()["month"] == 8
    r = client.post(f"/api/v1/plans/{pk}/transition", {"action": "cancel"}, content_type="application/json")
    assert r.status_code == 400 and "取消理由" in r.json()["detail"]
    r = client.post(f"/api/v1/plans/{pk}/transition", {"action": "cancel", "reason": "台风季已过"}, content_type="application/json")
    assert r.json()["status"] == "cancelled"
    figures = client.get("/api/v1/plans/figures?year=2025").json()
    assert len(figures["months"]) == 12 and figures["planned"] == 0
    client.force_login(cast["handler"])
    assert client.post("/api/v1/plans", {"year": 2025, "month": 7, "title": "x", "doctype": "通知", "unit": office.pk}, content_type="application/json").status_code == 403
