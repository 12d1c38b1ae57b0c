"""The state tables: (state, action) -> (new state, who may do it).

Who is named by relation, not only by role:
- SUPERVISOR: holds the 督查专员 role;
- DIRECTOR:   holds the 办公室主任 role;
- UNIT:       the item's 责任人 or a member of its 牵头单位 (or acting for one);
- SYSTEM:     the worker (催办 escalation), never a person.
"""

from __future__ import annotations

from dataclasses import dataclass

from zhongshu.accounts.choices import Role
from zhongshu.core.errors import PermissionDenied, WrongState

from .choices import Action, ItemStatus, TaskStatus

SUPERVISOR, DIRECTOR, UNIT, SYSTEM = "supervisor", "director", "unit", "system"
RELATION_LABELS = {SUPERVISOR: "督查专员", DIRECTOR: "办公室主任", UNIT: "责任单位", SYSTEM: "系统"}

I = ItemStatus  # noqa: E741
T = TaskStatus


@dataclass(frozen=True)
class Step:
    to: str
    who: frozenset[str]


def _s(to, *who) -> Step:
    return Step(to, frozenset(who))


ITEM_TABLE: dict[tuple[str, str], Step] = {
    (I.DRAFT, Action.ASSIGN): _s(I.ASSIGNED, SUPERVISOR),
    (I.DRAFT, Action.CANCEL): _s(I.CANCELLED, SUPERVISOR),
    (I.ASSIGNED, Action.SIGN): _s(I.IN_PROGRESS, UNIT),
    (I.ASSIGNED, Action.REPORT): _s(I.IN_PROGRESS, UNIT),
    (I.ASSIGNED, Action.CHASE): _s(I.ASSIGNED, SUPERVISOR, DIRECTOR),
    (I.ASSIGNED, Action.ESCALATE): _s(I.ASSIGNED, SYSTEM),
    (I.ASSIGNED, Action.CANCEL): _s(I.CANCELLED, SUPERVISOR),
    (I.IN_PROGRESS, Action.REPORT): _s(I.IN_PROGRESS, UNIT),
    (I.IN_PROGRESS, Action.APPLY): _s(I.APPLIED, UNIT),
    (I.IN_PROGRESS, Action.CHASE): _s(I.IN_PROGRESS, SUPERVISOR, DIRECTOR),
    (I.IN_PROGRESS, Action.ESCALATE): _s(I.IN_PROGRESS, SYSTEM),
    (I.IN_PROGRESS, Action.CANCEL): _s(I.CANCELLED, SUPERVISOR),
    (I.APPLIED, Action.ACCEPT): _s(I.CLOSED, SUPERVISOR),
    (I.APPLIED, Action.SEND_BACK): _s(I.IN_PROGRESS, SUPERVISOR),
    (I.CLOSED, Action.REOPEN): _s(I.IN_PROGRESS, SUPERVISOR, DIRECTOR),
}

TASK_TABLE: dict[tuple[str, str], Step] = {
    (T.REGISTERED, Action.DECOMPOSE): _s(T.REGISTERED, SUPERVISOR),
    (T.REGISTERED, Action.ASSIGN): _s(T.ACTIVE, SUPERVISOR),
    (T.REGISTERED, Action.CANCEL): _s(T.CANCELLED, SUPERVISOR),
    (T.ACTIVE, Action.DECOMPOSE): _s(T.ACTIVE, SUPERVISOR),
    (T.ACTIVE, Action.ASSIGN): _s(T.ACTIVE, SUPERVISOR),
    (T.ACTIVE, Action.FINISH): _s(T.DONE, SYSTEM),
    (T.DONE, Action.REOPEN): _s(T.ACTIVE, SYSTEM),
    (T.DONE, Action.ARCHIVE): _s(T.ARCHIVED, SUPERVISOR, DIRECTOR),
}

# Actions that need a reason in the history.
NEEDS_REASON = frozenset({Action.SEND_BACK, Action.REOPEN, Action.CANCEL})


def relations(user, item=None) -> frozenset[str]:
    """How ``user`` stands to ``item`` (or to the task, if item is None)."""
    if user is None:
        return frozenset({SYSTEM})
    out = set()
    if user.has_role(Role.SUPERVISOR):
        out.add(SUPERVISOR)
    if user.has_role(Role.DIRECTOR):
        out.add(DIRECTOR)
    if item is not None and is_unit_member(user, item):
        out.add(UNIT)
    return frozenset(out)


def is_unit_member(user, item) -> bool:
    from zhongshu.core.access import acting_for

    ids = acting_for(user)
    if item.assignee_id and item.assignee_id in ids:
        return True
    if item.lead_unit_id == user.unit_id:
        return True
    # Acting for someone of the lead unit (代理/AB岗).
    from zhongshu.accounts.models import User

    return len(ids) > 1 and User.objects.filter(pk__in=ids[1:], unit_id=item.lead_unit_id).exists()


def _check(table, kind: str, state: str, action: str, who: frozenset[str]) -> Step:
    step = table.get((state, action))
    if step is None:
        raise WrongState(f"{kind}当前为“{_label(kind, state)}”，不能{Action(action).label}")
    if not (who & step.who):
        names = "、".join(RELATION_LABELS[w] for w in sorted(step.who))
        raise PermissionDenied(f"只有{names}可以{Action(action).label}")
    return step


def _label(kind: str, state: str) -> str:
    return (ItemStatus if kind == "子项" else TaskStatus)(state).label


def check_item(item_status: str, action: str, who: frozenset[str]) -> Step:
    return _check(ITEM_TABLE, "子项", item_status, action, who)


def check_task(task_status: str, action: str, who: frozenset[str]) -> Step:
    return _check(TASK_TABLE, "事项", task_status, action, who)


def item_actions(item, user) -> list[str]:
    """Actions ``user`` may take on ``item`` now, for the page's buttons."""
    who = relations(user, item)
    return [a for (s, a), step in ITEM_TABLE.items() if s == item.status and who & step.who and a != Action.ESCALATE]
