"""Every 督查督办 route, visited anonymously and by every kind of user."""

from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from zhongshu.core.choices import Classification
from zhongshu.supervision import services
from zhongshu.supervision.choices import SourceKind
from zhongshu.testing.routes import USER_KINDS, allowed, check_anonymous, check_user, url_for

from .routes import REACHES_SERVICE, ROUTES


@pytest.fixture
def objects(owner, supervisor, leader, unit_a):
    task = services.task_register(actor=supervisor, title="落实安全生产专项整治", source_kind=SourceKind.INSTRUCTION,
                                  instruction="请抓紧落实。", instructing_leader=leader, classification=Classification.SECRET)
    services.item_add(actor=supervisor, task=task, title="排查隐患", target="形成清单", lead_unit=unit_a, assignee=owner, deadline_days=5)
    item = services.task_assign(actor=supervisor, task=task)[0]
    report = services.item_report(actor=owner, item=item, text="已部署", progress=20,
                                  uploads=[SimpleUploadedFile("方案.txt", "排查方案".encode(), content_type="text/plain")])
    chase = services.item_chase(actor=supervisor, item=item, text="请加快")
    bulletin = services.bulletin_create(actor=supervisor, period_start=date(2020, 1, 1), period_end=date(2030, 12, 31))
    return {"task": task.pk, "item": item.pk, "attachment": report.attachments.get().pk, "chase": chase.pk, "bulletin": bulletin.pk, "action": "sign"}


@pytest.mark.parametrize("name", sorted(ROUTES))
def test_anonymous(name, client, objects):
    who, kwargs, method = ROUTES[name]
    check_anonymous(client, name, who, url_for(name, kwargs, objects), method)


@pytest.mark.parametrize("name", sorted(ROUTES))
@pytest.mark.parametrize("kind", USER_KINDS)
def test_each_kind_of_user(name, kind, client, objects, request):
    who, kwargs, method = ROUTES[name]
    user = request.getfixturevalue(kind)
    url = url_for(name, kwargs, objects)
    if name in REACHES_SERVICE:
        client.force_login(user)
        code = client.post(url, {}).status_code
        if allowed(who, user):
            assert code in (200, 201, 400, 403, 409), f"{kind} should reach {name}: {code}"
        else:
            assert code in (403, 404), f"{kind} must be refused {name}: {code}"
        return
    check_user(client, name, who, url, method, user, kind)


def test_hidden_objects_are_404_not_403(client, objects, outsider, uncleared):
    for user in (outsider, uncleared):
        client.force_login(user)
        for name in ("sv-task", "sv-item", "sv-attachment", "sv-chase", "sv-task-notice"):
            who, kwargs, _ = ROUTES[name]
            assert client.get(url_for(name, kwargs, objects)).status_code == 404, (user, name)
        assert b"\xe6\x8e\x92\xe6\x9f\xa5" not in client.get("/supervision/").content  # 排查 not listed
