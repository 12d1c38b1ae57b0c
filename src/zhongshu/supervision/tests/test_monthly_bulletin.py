"""The worker's monthly 通报: on the first working day of each month (a
holiday on the 1st moves it on), last month's bulletin is generated once,
however many workers scan, and the director and the 督查专员 are told."""

import threading

import pytest
import time_machine
from django.db import connection, connections

from zhongshu.notifications import schedule
from zhongshu.notifications.models import Notification
from zhongshu.notifications.worker import run_once
from zhongshu.supervision import config, services
from zhongshu.supervision.models import Bulletin

from .conftest import at

TITLE = "督查通报（自动生成）"


def cycle(when, name):
    """One worker cycle; each name plays a separate process (its own scanner clock)."""
    for scanner in schedule._registry.values():
        scanner.last_run = None
    with time_machine.travel(when, tick=False):
        return run_once(name=name)


def both(when):
    cycle(when, "w1")
    cycle(when, "w2")


@pytest.mark.django_db
def test_first_working_day_after_a_holiday_exactly_one(make_task, units, supervisor, director):
    # Assigned Mon 2024-09-02 for 5 working days: due 09-09, in September's 通报.
    _, items = make_task(days=5, when=at(2024, 9, 2, 10), n=2)
    with time_machine.travel(at(2024, 9, 6, 10), tick=False):
        services.item_report(actor=units[0][1], item=items[0], text="已完成全部工作", progress=100)
        services.item_apply(actor=units[0][1], item=items[0], text="已按要求完成，报告附后。")
        services.item_accept(actor=supervisor, item=items[0])
    # October 2024: 1st-7th 国庆 holiday (and the worked Saturday 10-12): first working day is Tue 10-08.
    # A worker that was not running on September's first working day catches up later that month.
    both(at(2024, 9, 30, 18))
    assert list(Bulletin.objects.values_list("period_key", flat=True)) == ["monthly:2024-08"]
    Bulletin.objects.all().delete()
    Notification.objects.all().delete()
    for when in (at(2024, 10, 1, 9), at(2024, 10, 7, 12), at(2024, 10, 8, 8, 0)):
        both(when)
        assert not Bulletin.objects.exists(), when
    both(at(2024, 10, 8, 9, 0))
    bulletin = Bulletin.objects.get()
    assert (bulletin.period_key, str(bulletin.period_start), str(bulletin.period_end)) == ("monthly:2024-09", "2024-09-01", "2024-09-30")
    assert bulletin.created_by is None and bulletin.title == "2024年9月督办事项办理情况通报"
    ranked = {r["unit_id"]: r for r in bulletin.rows}
    assert set(ranked) == {units[0][0].pk, units[1][0].pk} and bulletin.rows[0]["unit_id"] == units[0][0].pk
    told = Notification.objects.filter(title__startswith=TITLE)
    assert sorted(told.values_list("recipient__username", flat=True)) == sorted([supervisor.username, director.username])
    for when in (at(2024, 10, 8, 15), at(2024, 10, 9, 9), at(2024, 10, 31, 17)):
        both(when)
    assert Bulletin.objects.count() == 1 and told.count() == 2
    # Next month: Fri 2024-11-01 is a working day.
    both(at(2024, 11, 1, 9))
    assert list(Bulletin.objects.order_by("created_at").values_list("period_key", flat=True)) == ["monthly:2024-09", "monthly:2024-10"]
    assert told.count() == 4


@pytest.mark.django_db
def test_switched_off_in_settings(make_task, supervisor, director):
    services.settings_set(actor=director, value={**config.load(), "monthly_bulletin": False})
    both(at(2024, 10, 8, 9))
    assert not Bulletin.objects.exists()
    services.settings_set(actor=director, value={"remind_before": [3, 1, 0], "steps": config.load()["steps"]})  # a client without the switch
    assert config.load()["monthly_bulletin"] is False
    services.settings_set(actor=director, value={**config.load(), "monthly_bulletin": True})
    both(at(2024, 10, 8, 9))
    assert Bulletin.objects.get().period_key == "monthly:2024-09"


@pytest.mark.django_db
def test_service_called_twice_makes_one(supervisor, director):
    assert services.bulletin_monthly(now=at(2024, 10, 8, 9)) is not None
    assert services.bulletin_monthly(now=at(2024, 10, 8, 9)) is None
    assert Bulletin.objects.count() == 1


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_workers_at_once_on_postgres(supervisor, director):
    if connection.vendor != "postgresql":
        pytest.skip("需要 PostgreSQL：两个 worker 同时生成月度通报")
    errors, start = [], threading.Barrier(2)

    def work():
        try:
            start.wait()
            services.bulletin_monthly(now=at(2024, 10, 8, 9))
        except Exception as exc:
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=work) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors, errors
    assert Bulletin.objects.filter(period_key="monthly:2024-09").count() == 1
