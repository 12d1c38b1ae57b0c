from datetime import timedelta

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone
from rest_framework.test import APIClient

from zhongshu.core.choices import Classification, Quadrant, Urgency
from zhongshu.org.models import Delegation
from zhongshu.todo.services import todo_close, todo_open

pytestmark = pytest.mark.django_db


def test_inbox_orders_by_quadrant_then_urgency_then_due(client, owner):
    now = timezone.now()
    todo_open(owner=owner, kind="收文", title="按计划办的事", quadrant=Quadrant.PLANNED, due_at=now + timedelta(hours=1))
    todo_open(owner=owner, kind="收文", title="普通的立即办", quadrant=Quadrant.NOW, urgency=Urgency.NORMAL, due_at=now + timedelta(hours=2))
    todo_open(owner=owner, kind="收文", title="特急的立即办", quadrant=Quadrant.NOW, urgency=Urgency.EXTRA, due_at=now + timedelta(hours=3))
    client.force_login(owner)
    page = client.get(reverse("home")).content.decode()
    assert page.index("特急的立即办") < page.index("普通的立即办") < page.index("按计划办的事")


def test_yellow_then_red_as_time_passes(client, owner):
    start = timezone.now()
    todo_open(owner=owner, kind="督办", title="报送材料", started_at=start, due_at=start + timedelta(days=10))
    client.force_login(owner)
    assert 'class="normal"' in client.get("/").content.decode()
    with time_machine.travel(start + timedelta(days=9)):
        client.force_login(owner)  # sessions last a working day
        assert 'class="yellow"' in client.get("/").content.decode()
    with time_machine.travel(start + timedelta(days=11)):
        client.force_login(owner)
        page = client.get("/").content.decode()
        assert 'class="red"' in page and "已逾期" in page


def test_deputy_sees_principal_todos_and_closing_removes_them(client, owner, colleague):
    now = timezone.now()
    t = todo_open(owner=owner, kind="收文", title="请代为批办")
    Delegation.objects.create(kind="backup", principal=owner, deputy=colleague, starts_at=now - timedelta(hours=1), ends_at=now + timedelta(days=1))
    client.force_login(colleague)
    page = client.get("/").content.decode()
    assert "请代为批办" in page and "代 王主办" in page
    from zhongshu.todo.models import Todo

    Todo.objects.filter(pk=t.pk).update(status="done")
    assert "请代为批办" not in client.get("/").content.decode()


def test_classified_todos_never_leak_to_the_uncleared_overseer(client, owner, director, uncleared):
    past = timezone.now() - timedelta(days=5)
    todo_open(owner=owner, kind="收文", title="机密：防汛预案", classification=Classification.CONFIDENTIAL, started_at=past, due_at=past + timedelta(days=1))
    todo_open(owner=owner, kind="收文", title="公开：年度总结", started_at=past, due_at=past + timedelta(days=1))
    director.clearance = Classification.SECRET  # cleared, but below 机密
    director.save()
    client.force_login(director)
    page = client.get(reverse("todo-overdue")).content.decode()
    assert "公开：年度总结" in page and "防汛预案" not in page
    api = APIClient()
    for user in (director, uncleared):
        api.force_authenticate(user)
        assert "防汛预案" not in api.get("/api/v1/todos").content.decode()
    api.force_authenticate(owner)
    assert "防汛预案" in api.get("/api/v1/todos").content.decode()


def test_open_is_idempotent_per_source_and_close_closes(owner, unit_a):
    a = todo_open(owner=owner, kind="办理", title="第一次", source=unit_a)
    b = todo_open(owner=owner, kind="办理", title="更新标题", source=unit_a)
    assert a.pk == b.pk and b.title == "更新标题"
    assert todo_close(source=unit_a) == 1
    a.refresh_from_db()
    assert a.status == "done" and a.done_at is not None
