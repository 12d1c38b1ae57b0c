"""Every 办文 route, visited by every kind of user."""

import pytest

from zhongshu.testing.routes import USER_KINDS, allowed, check_anonymous, check_user, url_for

from .helpers import pdf_bytes
from .routes import ROUTES

NEEDS_BODY = {"api-incoming-transition", "api-outgoing-transition", "api-review", "api-plan-transition"}


@pytest.fixture
def objects(owner, director, settings, tmp_path):
    from django.contrib.contenttypes.models import ContentType
    from django.utils import timezone

    from zhongshu.core.choices import Classification
    from zhongshu.core.models import Grant
    from zhongshu.documents.files import store_file
    from zhongshu.documents.models import Incoming, Outgoing, Version

    settings.MEDIA_ROOT = tmp_path
    inc = Incoming.objects.create(unit=owner.unit, year=2025, serial=1, source_name="省府办", title="甲号来文", classification=Classification.SECRET, secrecy_period="1年", received_at=timezone.now(), registered_by=owner, state="registered")
    out = Outgoing.objects.create(doctype="通知", title="甲号发文", classification=Classification.SECRET, unit=owner.unit, issuer=owner.unit, drafter=owner, version=1)
    Version.objects.create(outgoing=out, number=1, text="文种: 通知\n标题: 甲号发文\n\n正文。\n", author=owner)
    for doc in (inc, out):
        Grant.objects.create(content_type=ContentType.objects.get_for_model(type(doc)), object_id=doc.pk, user=director)
    # Rows made directly, not by the services: index them as the services would.
    from zhongshu.documents.search import index_incoming, index_outgoing
    from zhongshu.documents.models import PlanItem

    index_incoming(inc)
    index_outgoing(out)
    f = store_file(actor=owner, doc=inc, kind="original", name="原件.pdf", content=pdf_bytes(["甲号来文原件"]))
    plan = PlanItem.objects.create(year=2025, month=3, title="甲号计划", doctype="通知", unit=owner.unit, created_by=owner)
    return {"incoming": inc.pk, "outgoing": out.pk, "docfile": f.pk, "in_action": "screen", "out_action": "submit", "index": 0, "plan": plan.pk, "plan_action": "cancel"}


@pytest.mark.parametrize("name", sorted(ROUTES))
def test_anonymous(name, client, objects):
    who, kwargs, method = ROUTES[name]
    check_anonymous(client, name, who, url_for(name, kwargs, objects), method)


@pytest.mark.parametrize("name", sorted(ROUTES))
@pytest.mark.parametrize("kind", USER_KINDS)
def test_each_kind_of_user(name, kind, client, objects, request):
    who, kwargs, method = ROUTES[name]
    if name in NEEDS_BODY:
        # An empty body is refused as invalid (400) only after access is granted.
        user = request.getfixturevalue(kind)
        client.force_login(user)
        code = client.post(url_for(name, kwargs, objects), {}).status_code
        assert code == (400 if allowed(who, user) else code) and (code == 400) == allowed(who, user), (kind, name, code)
        return
    check_user(client, name, who, url_for(name, kwargs, objects), method, request.getfixturevalue(kind), kind)


def test_classified_items_invisible_in_lists_search_export_api(client, objects, owner, colleague, uncleared, outsider):
    import io

    from openpyxl import load_workbook

    client.force_login(owner)
    assert "甲号来文" in client.get("/documents/search/?q=号").content.decode()
    for user in (colleague, uncleared, outsider):
        client.force_login(user)
        for url in ("/documents/in/", "/documents/out/", "/documents/search/?q=号"):
            assert "甲号" not in client.get(url).content.decode(), (user, url)
        for url in ("/documents/in/export.xlsx", "/documents/out/export.xlsx"):
            ws = load_workbook(io.BytesIO(client.get(url).content)).active
            assert ws.max_row == 1, (user, url)
        assert client.get("/api/v1/incoming").json()["results"] == []
        assert client.get("/api/v1/outgoing").json()["results"] == []


def test_reads_and_downloads_of_classified_items_are_logged(client, objects, owner):
    from zhongshu.audit.models import AuditEntry

    client.force_login(owner)
    client.get(f"/documents/in/{objects['incoming']}/")
    client.get(f"/documents/files/{objects['docfile']}/")
    client.get(f"/api/v1/outgoing/{objects['outgoing']}")
    actions = list(AuditEntry.objects.filter(actor=owner).values_list("action", flat=True))
    assert actions.count("documents.read") == 2 and "documents.download" in actions
