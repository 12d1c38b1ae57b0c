"""The worker's scanner: reminders before the deadline, 催报 for missed
reports, and the escalating 催办单 — each exactly once."""

import pytest
import time_machine
from django.db.models import Count

from zhongshu.core.models import Setting
from zhongshu.notifications.models import Notification, Outbox
from zhongshu.notifications.worker import run_once
from zhongshu.supervision import services
from zhongshu.supervision.models import Chase, Event, Item

from .conftest import at


def cycle(when, name="w1"):
    with time_machine.travel(when, tick=False):
        return run_once(name=name)


def keys(item):
    return list(Chase.objects.filter(item=item).order_by("created_at", "id").values_list("key", flat=True))


def test_reminders_and_escalation_each_once(make_task, units, director, leader, supervisor):
    # Assigned Fri 2024-09-27, 5 working days -> due Thu 10-10 17:30 (9-29 worked, 10-1..7 off).
    _, items = make_task(days=5, when=at(2024, 9, 27, 10))
    item = items[0]
    unit, handler, head = units[0]
    assert item.due_at == at(2024, 10, 10, 17, 30)
    assert item.next_check_at == at(2024, 9, 30, 8, 30)  # 3 working days before
    timeline = [
        (at(2024, 9, 29, 9), []),
        (at(2024, 9, 30, 9), ["remind:202410101730:3"]),
        (at(2024, 9, 30, 10), []),
        (at(2024, 10, 9, 9), ["remind:202410101730:1"]),
        (at(2024, 10, 10, 9), ["remind:202410101730:0"]),
        (at(2024, 10, 10, 17, 30), []),  # at the due instant: not yet overdue
        (at(2024, 10, 10, 18), ["overdue:1:202410101730"]),
        (at(2024, 10, 11, 9), []),
        (at(2024, 10, 12, 18), ["overdue:2:202410101730"]),  # 2 working days later (Sat 10-12 worked)
        (at(2024, 10, 15, 9), []),
        (at(2024, 10, 16, 18), ["overdue:3:202410101730"]),
        (at(2024, 10, 17, 9), []),
        (at(2024, 10, 18, 9), []),
    ]
    seen = []
    for when, expected in timeline:
        cycle(when)
        cycle(when, name="w2")  # a second worker in the same cycle adds nothing
        seen += expected
        assert keys(item) == seen, when
    item.refresh_from_db()
    assert item.level == 3
    # Red card: to the director and the instructing leader, once each.
    red = Notification.objects.filter(title__startswith="【红牌通报】")
    assert sorted(red.values_list("recipient__username", flat=True)) == sorted(
        [handler.username, head.username, supervisor.username, director.username, leader.username])
    yellow = Notification.objects.filter(title__startswith="【黄牌警示】")
    assert set(yellow.values_list("recipient_id", flat=True)) == {handler.pk, head.pk, supervisor.pk}
    dupes = Notification.objects.values("recipient", "title").annotate(n=Count("id")).filter(n__gt=1)
    assert not dupes.exists()
    assert Event.objects.filter(item=item, action="escalate").count() == 3
    assert Outbox.objects.filter(status="pending").count() == 0


def test_worker_down_jumps_to_the_highest_level_only(make_task):
    _, items = make_task(days=5, when=at(2024, 9, 27, 10))
    cycle(at(2024, 10, 17, 9))
    assert keys(items[0]) == ["overdue:3:202410101730"]


def test_no_chasing_while_applied_or_after_closing(make_task, units, supervisor):
    _, items = make_task(days=1, when=at(2024, 9, 27, 10))
    item, handler = items[0], units[0][1]
    with time_machine.travel(at(2024, 9, 29, 10), tick=False):
        services.item_apply(actor=handler, item=services.item_sign(actor=handler, item=item), text="已全部完成，书面报告已报送市政府办公室。")
    cycle(at(2024, 10, 9, 10))
    assert keys(item) == []
    item.refresh_from_db()
    assert item.next_check_at is None
    with time_machine.travel(at(2024, 10, 9, 11), tick=False):
        services.item_send_back(actor=supervisor, item=item, reason="缺少佐证")
    cycle(at(2024, 10, 9, 12))
    # 2 working days past the deadline (9-30, 10-8): straight to the yellow card.
    assert keys(item) == ["overdue:2:202409291730"]


def test_missed_weekly_report_is_chased(make_task, units):
    # Assigned Mon 9-23 for 15 working days, weekly reports: the week's last working day (Sun 9-29 worked).
    _, items = make_task(days=15, when=at(2024, 9, 23, 10), frequency="weekly")
    item, handler = items[0], units[0][1]
    cycle(at(2024, 9, 29, 9))
    assert keys(item) == ["report_due:20240929"]
    cycle(at(2024, 9, 30, 9))
    # 9-30 is the last working day of the National Day week, so its report is due that day too.
    assert keys(item) == ["report_due:20240929", "report_due:20240930", "report_missed:20240929"]
    assert Notification.objects.filter(title__startswith="【催报】", recipient=handler).count() == 1
    # Reporting on time the next week: no 催报 for that week.
    with time_machine.travel(at(2024, 10, 8, 10), tick=False):
        services.item_report(actor=handler, item=item, text="本周完成现场核查", progress=50)
    cycle(at(2024, 10, 13, 9))
    cycle(at(2024, 10, 14, 9))
    assert not any("20241012" in k or "20241013" in k for k in keys(item))


def test_configurable_steps(make_task, supervisor):
    services.settings_set(actor=supervisor, value={"remind_before": [], "steps": [
        {"name": "催办", "after_working_days": 0, "notify": ["unit"]},
        {"name": "红牌通报", "after_working_days": 1, "notify": ["director"]},
    ]})
    assert Setting.objects.get(key="supervision").value["steps"][1]["level"] == 2
    _, items = make_task(days=1, when=at(2024, 9, 27, 10))
    cycle(at(2024, 9, 30, 18))
    assert keys(items[0]) == ["overdue:2:202409291730"]


def test_scan_reads_only_due_rows(make_task, django_assert_max_num_queries):
    make_task(days=5, when=at(2024, 9, 27, 10), n=3)
    from zhongshu.supervision.tasks import scan

    with time_machine.travel(at(2024, 9, 27, 12), tick=False):
        assert Item.objects.filter(next_check_at__lte=at(2024, 9, 27, 12)).count() == 0
        with django_assert_max_num_queries(3):
            assert scan(at(2024, 9, 27, 12)) == 0
