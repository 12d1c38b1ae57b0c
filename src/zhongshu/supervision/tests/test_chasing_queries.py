"""A cycle of the scanner costs a constant number of queries, however many
items fall due: the batch is loaded and written in bulk (catches a per-item
query slipping back in)."""

import time_machine
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from zhongshu.core.models import Setting
from zhongshu.supervision.models import Chase, Item
from zhongshu.supervision.tasks import scan

from .conftest import at


def cycle(now) -> tuple[int, int]:
    """(queries, items handled) of one scan."""
    before = Item.objects.filter(next_check_at__lte=now).count()
    with time_machine.travel(now, tick=False), CaptureQueriesContext(connection) as ctx, transaction.atomic():
        scan(now)
    return len(ctx.captured_queries), before - Item.objects.filter(next_check_at__lte=now).count()


def test_queries_do_not_grow_with_the_batch(make_task):
    # 4 tasks x 3 units; assigned Fri 9-27 for 1 working day, due 9-29 17:30 (a 调休 Sunday).
    for _ in range(4):
        make_task(days=1, when=at(2024, 9, 27, 10), n=3)
    now = at(2024, 10, 9, 18)  # past the red card: 催办单 to the unit, head, supervisor, director and leader
    Setting.objects.create(key="supervision", value={"batch": 3})
    small, n_small = cycle(now)
    Setting.objects.filter(key="supervision").update(value={"batch": 100})
    large, n_large = cycle(now)
    assert (n_small, n_large) == (3, 9)
    assert Chase.objects.count() == 12
    # Three times the items, (almost) the same queries: nothing per item.
    assert large <= small + 2, (small, large)
    assert large <= 40, large
