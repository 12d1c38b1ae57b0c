"""Every (state, action, relation) of the item and task state tables."""

import itertools

import pytest

from zhongshu.core.errors import PermissionDenied, WrongState
from zhongshu.supervision import workflow
from zhongshu.supervision.choices import Action, ItemStatus, TaskStatus

RELATIONS = [workflow.SUPERVISOR, workflow.DIRECTOR, workflow.UNIT, workflow.SYSTEM, None]


@pytest.mark.parametrize("state,action,who", list(itertools.product(ItemStatus.values, Action.values, RELATIONS)))
def test_item_table(state, action, who):
    rel = frozenset({who}) if who else frozenset()
    step = workflow.ITEM_TABLE.get((state, action))
    if step is None:
        with pytest.raises(WrongState):
            workflow.check_item(state, action, rel)
    elif who not in step.who:
        with pytest.raises(PermissionDenied):
            workflow.check_item(state, action, rel)
    else:
        assert workflow.check_item(state, action, rel).to == step.to


@pytest.mark.parametrize("state,action,who", list(itertools.product(TaskStatus.values, Action.values, RELATIONS)))
def test_task_table(state, action, who):
    rel = frozenset({who}) if who else frozenset()
    step = workflow.TASK_TABLE.get((state, action))
    if step is None:
        with pytest.raises(WrongState):
            workflow.check_task(state, action, rel)
    elif who not in step.who:
        with pytest.raises(PermissionDenied):
            workflow.check_task(state, action, rel)
    else:
        assert workflow.check_task(state, action, rel).to == step.to


def test_expected_shape():
    assert workflow.ITEM_TABLE[(ItemStatus.APPLIED, Action.ACCEPT)].who == {workflow.SUPERVISOR}
    assert workflow.ITEM_TABLE[(ItemStatus.IN_PROGRESS, Action.APPLY)].who == {workflow.UNIT}
    assert (ItemStatus.CLOSED, Action.REPORT) not in workflow.ITEM_TABLE
    assert workflow.ITEM_TABLE[(ItemStatus.CLOSED, Action.REOPEN)].to == ItemStatus.IN_PROGRESS


def test_messages_are_chinese():
    with pytest.raises(WrongState, match="已办结"):
        workflow.check_item(ItemStatus.CLOSED, Action.APPLY, frozenset({workflow.UNIT}))
    with pytest.raises(PermissionDenied, match="督查专员"):
        workflow.check_item(ItemStatus.APPLIED, Action.ACCEPT, frozenset({workflow.UNIT}))
