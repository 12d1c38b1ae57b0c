"""Fixtures for 督查督办: a 督查专员, three responsible units with handlers and
heads, and a helper that registers, decomposes and assigns a task."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine

from zhongshu.accounts.choices import Role
from zhongshu.core.choices import Classification
from zhongshu.org.choices import UnitKind
from zhongshu.org.models import Post
from zhongshu.supervision import services
from zhongshu.supervision.choices import SourceKind
from zhongshu.testing.factories import UnitFactory, UserFactory

TZ = ZoneInfo("Asia/Shanghai")


def at(*args) -> datetime:
    return datetime(*args, tzinfo=TZ)


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.NOTIFY_QUIET_HOURS = ""


@pytest.fixture
def supervisor(unit_a):
    return UserFactory(username="ducha", name="魏督查", unit=unit_a, clearance=Classification.CONFIDENTIAL, roles=[Role.SUPERVISOR])


@pytest.fixture
def leader(db):
    return UserFactory(username="mayor", name="林市长", unit=UnitFactory(name="市政府", kind=UnitKind.SELF), clearance=Classification.CONFIDENTIAL, roles=[Role.LEADER])


def _unit(name, handler_name, head_name):
    unit = UnitFactory(name=name, kind=UnitKind.SUBORDINATE)
    head = UserFactory(name=head_name, unit=unit, clearance=Classification.CONFIDENTIAL, roles=[Role.LEADER])
    handler = UserFactory(name=handler_name, unit=unit, clearance=Classification.CONFIDENTIAL, roles=[Role.HANDLER])
    Post.objects.create(unit=unit, title="局长", rank=1, holder=head)
    Post.objects.create(unit=unit, title="办公室主任", rank=10, holder=handler)
    return unit, handler, head


@pytest.fixture
def units(db):
    """Three units: (unit, handler, head) each."""
    return [_unit("市发改委", "赵承办", "黄主任"), _unit("市应急局", "马承办", "郭局长"), _unit("市教育局", "胡承办", "杨局长")]


@pytest.fixture
def make_task(supervisor, leader, units):
    """make_task(days=5, when=at(...), n=1, **task_fields) -> (task, items), assigned at ``when``."""

    def _make(days=5, when=None, n=1, assign=True, frequency="once", milestones=None, classification=0, **fields):
        when = when or at(2024, 9, 23, 10, 0)
        with time_machine.travel(when, tick=False):
            task = services.task_register(actor=supervisor, title=fields.pop("title", "推进重点项目建设"), source_kind=SourceKind.INSTRUCTION,
                                          instruction="请发改委牵头抓紧推进，确保按期完成。", instructing_leader=leader,
                                          classification=classification, **fields)
            items = [
                services.item_add(actor=supervisor, task=task, title=f"分解事项{i + 1}", target="完成并提交书面报告", lead_unit=units[i][0],
                                  deadline_days=days, frequency=frequency, milestones=milestones)
                for i in range(n)
            ]
            if assign:
                items = services.task_assign(actor=supervisor, task=task)
        return task, items

    return _make


@pytest.fixture(autouse=True)
def _fresh_scanners():
    """Tests move time backwards between each other; the registry remembers
    each scanner's last run per process, so forget it."""
    from zhongshu.notifications import schedule

    for scanner in schedule._registry.values():
        scanner.last_run = None
    yield
