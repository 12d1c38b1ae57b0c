"""Services over every (item state, action, kind of user): the state table
decides, the history and the audit log record each transition."""

import pytest
import time_machine

from zhongshu.audit.models import AuditEntry
from zhongshu.core.errors import PermissionDenied, ServiceError, WrongState
from zhongshu.supervision import services, workflow
from zhongshu.supervision.choices import Action, ItemStatus
from zhongshu.supervision.models import Event

from .conftest import at

EVIDENCE = "已按要求全部完成，书面报告已报送市政府办公室，相关台账已建立。"


def bring_to(state, make_task, supervisor, units, director):
    task, items = make_task(assign=state != ItemStatus.DRAFT)
    item = items[0]
    handler = units[0][1]
    with time_machine.travel(at(2024, 9, 24, 9), tick=False):
        if state in (ItemStatus.IN_PROGRESS, ItemStatus.APPLIED, ItemStatus.CLOSED):
            services.item_sign(actor=handler, item=item)
        if state in (ItemStatus.APPLIED, ItemStatus.CLOSED):
            services.item_apply(actor=handler, item=item, text=EVIDENCE)
        if state == ItemStatus.CLOSED:
            services.item_accept(actor=supervisor, item=item)
        if state == ItemStatus.CANCELLED:
            services.item_cancel(actor=supervisor, item=item, reason="领导另有安排")
    item.refresh_from_db()
    assert item.status == state
    return item


CALLS = {
    Action.SIGN: lambda u, i: services.item_sign(actor=u, item=i),
    Action.REPORT: lambda u, i: services.item_report(actor=u, item=i, text="已召开专题会研究部署", progress=30),
    Action.APPLY: lambda u, i: services.item_apply(actor=u, item=i, text=EVIDENCE),
    Action.ACCEPT: lambda u, i: services.item_accept(actor=u, item=i),
    Action.SEND_BACK: lambda u, i: services.item_send_back(actor=u, item=i, reason="佐证材料不全"),
    Action.REOPEN: lambda u, i: services.item_reopen(actor=u, item=i, reason="领导要求再核实", deadline_days=3),
    Action.CANCEL: lambda u, i: services.item_cancel(actor=u, item=i, reason="事项调整"),
    Action.CHASE: lambda u, i: services.item_chase(actor=u, item=i, text="请加快进度"),
}
KINDS = ["supervisor", "director", "handler", "other_handler"]
REL = {"supervisor": {workflow.SUPERVISOR}, "director": {workflow.DIRECTOR}, "handler": {workflow.UNIT}, "other_handler": set()}
STATES = [s for s in ItemStatus.values]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("action", list(CALLS))
@pytest.mark.parametrize("state", STATES)
def test_state_action_role(state, action, kind, make_task, supervisor, units, director):
    item = bring_to(state, make_task, supervisor, units, director)
    user = {"supervisor": supervisor, "director": director, "handler": units[0][1], "other_handler": units[1][1]}[kind]
    step = workflow.ITEM_TABLE.get((state, action))
    events = Event.objects.filter(item=item).count()
    audits = AuditEntry.objects.count()
    with time_machine.travel(at(2024, 9, 25, 9), tick=False):
        if step is not None and REL[kind] & step.who:
            CALLS[action](user, item)
            item.refresh_from_db()
            assert item.status == step.to
            assert Event.objects.filter(item=item).count() > events
            last = Event.objects.filter(item=item, action=action).last()
            assert (last.from_status, last.to_status, last.actor_id) == (state, step.to, user.pk)
            assert AuditEntry.objects.count() > audits
        else:
            with pytest.raises((WrongState, PermissionDenied)):
                CALLS[action](user, item)
            item.refresh_from_db()
            assert item.status == state


def test_reasons_are_required(make_task, supervisor, units, director):
    item = bring_to(ItemStatus.APPLIED, make_task, supervisor, units, director)
    with pytest.raises(ServiceError, match="理由"):
        services.item_send_back(actor=supervisor, item=item, reason="  ")


def test_apply_needs_evidence(make_task, supervisor, units, director):
    item = bring_to(ItemStatus.IN_PROGRESS, make_task, supervisor, units, director)
    with pytest.raises(ServiceError, match="佐证材料"):
        services.item_apply(actor=units[0][1], item=item, text="办完了")


def test_task_done_when_all_closed_and_reopen_reactivates(make_task, supervisor, units, director):
    item = bring_to(ItemStatus.CLOSED, make_task, supervisor, units, director)
    task = item.task
    task.refresh_from_db()
    assert task.status == "done" and item.on_time is True
    services.item_reopen(actor=director, item=item, reason="市长要求复查")
    task.refresh_from_db()
    assert task.status == "active"
    with pytest.raises(WrongState):
        services.task_archive(actor=supervisor, task=task)


def test_only_supervisor_registers(owner):
    with pytest.raises(PermissionDenied):
        services.task_register(actor=owner, title="x", source_kind="meeting")
