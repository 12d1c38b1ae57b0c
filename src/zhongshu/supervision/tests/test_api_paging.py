"""API lists page by keyset cursor: every row once, in the ledger order, and no COUNT(*)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from zhongshu.supervision import selectors, services
from zhongshu.supervision.models import Item
from zhongshu.supervision.paging import KeysetPagination, LedgerOrder, NewestFirst

from .conftest import at


def api(user):
    client = APIClient()
    client.force_authenticate(user)
    return client


def walk(client, url):
    ids, pages, counts = [], 0, 0
    while url:
        with CaptureQueriesContext(connection) as ctx:
            r = client.get(url)
        assert r.status_code == 200, r.content
        counts += sum("COUNT(" in q["sql"].upper() for q in ctx.captured_queries)
        body = r.json()
        assert "count" not in body
        ids += [row["id"] for row in body["results"]]
        url, pages = body["next"], pages + 1
    return ids, pages, counts


@pytest.fixture
def small_pages(monkeypatch):
    for cls in (KeysetPagination, LedgerOrder, NewestFirst):
        monkeypatch.setattr(cls, "page_size", 3)


@pytest.mark.django_db
def test_items_every_row_once_in_ledger_order_without_count(make_task, supervisor, small_pages):
    for n, (important, urgency) in enumerate([(True, "特急"), (False, "普通"), (True, "普通"), (False, "加急")]):
        make_task(days=3 + n, n=3, important=important, urgency=urgency, when=at(2024, 9, 23 + n, 10))
    make_task(days=5, n=2, assign=False)  # drafts: no deadline (NULL due_at)
    Item.objects.filter(pk__in=list(Item.objects.values_list("pk", flat=True)[:3])).update(due_at=at(2024, 10, 1, 17, 30))  # ties on the deadline
    expected = list(selectors.items(supervisor).values_list("pk", flat=True))
    assert len(expected) == 14 and len(set(Item.objects.values_list("quadrant", flat=True))) >= 3
    ids, pages, counts = walk(api(supervisor), "/api/v1/supervision/items")
    assert ids == expected and pages == 5 and counts == 0


@pytest.mark.django_db
def test_tasks_and_bulletins_newest_first(make_task, supervisor, small_pages):
    for n in range(7):
        make_task(days=3, when=at(2024, 9, 2 + n, 10))
    ids, pages, counts = walk(api(supervisor), "/api/v1/supervision/tasks")
    assert ids == list(selectors.tasks(supervisor).order_by("-created_at", "-id").values_list("pk", flat=True)) and pages == 3 and counts == 0
    for n in range(4):
        services.bulletin_create(actor=supervisor, period_start=at(2024, 9, 1).date(), period_end=at(2024, 9, 30).date(), now=at(2024, 10, 8, 9))
    ids, _, _ = walk(api(supervisor), "/api/v1/supervision/bulletins")
    assert len(ids) == 4 and ids == sorted(ids, reverse=True)


@pytest.mark.django_db
def test_filters_kept_and_bad_cursor_refused(make_task, supervisor, units, small_pages):
    for n in range(3):
        make_task(days=5, n=3, when=at(2024, 9, 23 + n, 10))
    ids, _, _ = walk(api(supervisor), f"/api/v1/supervision/items?unit={units[1][0].pk}")
    assert ids == list(Item.objects.filter(lead_unit=units[1][0]).order_by("quadrant", "due_at", "id").values_list("pk", flat=True))
    r = api(supervisor).get("/api/v1/supervision/items?cursor=not-a-cursor")
    assert r.status_code == 400 and "游标" in r.json()["cursor"]
