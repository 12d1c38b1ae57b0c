"""The 台账 of a user who sees only their share is read through the union of
their scope's branches (selectors._scope_candidates); every page must equal the
single restrict() query's, for every kind of user and filter."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from zhongshu.accounts.choices import Role
from zhongshu.core.choices import Classification
from zhongshu.org.models import Delegation
from zhongshu.supervision import selectors, services
from zhongshu.testing.factories import UserFactory

from .conftest import at

pytestmark = pytest.mark.django_db


def pages(user, params, per_page, union):
    old = selectors.SCOPE_UNION
    selectors.SCOPE_UNION = union
    try:
        out, number = [], 1
        while True:
            page = selectors.ledger_page(user, {**params, "page": str(number)}, per_page=per_page)
            out.append([r.pk for r in page.rows])
            if not page.has_next:
                return out
            number += 1
    finally:
        selectors.SCOPE_UNION = old


@pytest.fixture
def world(supervisor, leader, units, director, outsider):
    when = at(2024, 9, 23, 10)
    for n, (important, urgency, cls) in enumerate([(True, "特急", 0), (False, "普通", 0), (True, "普通", Classification.SECRET),
                                                   (False, "加急", 0), (True, "普通", Classification.CONFIDENTIAL), (False, "普通", 0)]):
        with time_machine.travel(when + timedelta(days=n), tick=False):
            task = services.task_register(actor=supervisor, title=f"事项{n}", source_kind="instruction", instruction="请办理。", instructing_leader=leader,
                                          important=important, urgency=urgency, classification=cls)
            for i, (unit, handler, _) in enumerate(units):
                services.item_add(actor=supervisor, task=task, title=f"子项{n}-{i}", target="完成", lead_unit=unit, deadline_days=3 + (n * 7 + i) % 5,
                                  co_units=[units[(i + 1) % 3][0]], assignee=handler if (n + i) % 4 == 0 else None)
            if n % 3 != 2:
                services.task_assign(actor=supervisor, task=task)  # the rest stay drafts (no deadline)
    deputy = UserFactory(name="代理人", unit=outsider.unit, clearance=Classification.CONFIDENTIAL, roles=[Role.HANDLER])
    now = timezone.now()
    Delegation.objects.create(kind="acting", principal=units[2][1], deputy=deputy, starts_at=now - timedelta(days=1), ends_at=now + timedelta(days=1))
    low = UserFactory(name="无密级承办", unit=units[0][0], clearance=Classification.NONE, roles=[Role.HANDLER])
    return [units[0][1], units[1][1], units[2][2], leader, supervisor, director, outsider, deputy, low]


@pytest.mark.parametrize("small", [500, 0], ids=["small-branches-whole", "every-branch-ordered"])
@pytest.mark.parametrize("params", [{}, {"status": "in_progress"}, {"overdue": "1"}, {"q": "子项1"}, {"quadrant": "2"}, {"unit": "UNIT"}])
def test_every_page_equals_the_single_query(world, units, params, small, monkeypatch):
    monkeypatch.setattr(selectors, "SMALL_BRANCH", small)
    params = {k: (str(units[1][0].pk) if v == "UNIT" else v) for k, v in params.items()}
    with time_machine.travel(at(2024, 10, 20, 10), tick=False):
        for user in world:
            for per_page in (2, 5, 30):
                expected = pages(user, params, per_page, union=False)
                assert pages(user, params, per_page, union=True) == expected, (user.name, params, per_page)
    assert any(len(p) > 1 for p in pages(world[0], {}, 2, union=True))
