"""Every read of 督查督办, through restrict()."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db.models import F, Q
from django.utils import timezone

from zhongshu.core.access import VIEW, restrict

from .choices import OPEN_STATUSES, ItemStatus
from .models import Bulletin, Item, Task


def tasks(user, action: str = VIEW):
    return restrict(Task.objects.all(), user, action)


# Every queue: 轻重缓急, then deadline; the index sv_item_ledger has this order.
LEDGER_ORDER = ("quadrant", "due_at", "id")
PER_PAGE = 30
# ledger_page() for a user who sees only their share: page from the union of
# their scope's branches (see _scope_candidates); False = the single OR query.
SCOPE_UNION = True
SMALL_BRANCH = 500


def items(user, action: str = VIEW):
    """Every queue is ordered by 轻重缓急, then by deadline."""
    return restrict(Item.objects.all(), user, action).select_related("task", "lead_unit", "assignee").order_by(*LEDGER_ORDER)


def bulletins(user):
    return restrict(Bulletin.objects.all(), user)


def ledger(user, params, now: datetime | None = None):
    """台账 with the page's filters: q, status, unit, quadrant, source, overdue, level."""
    return _filtered(items(user), params, now or timezone.now())


def _filtered(qs, params, now: datetime):
    if q := (params.get("q") or "").strip():
        qs = qs.filter(Q(title__contains=q) | Q(task__title__contains=q) | Q(task__number__contains=q) | Q(target__contains=q))
    if status := params.get("status"):
        qs = qs.filter(status=status) if status in ItemStatus.values else qs.none()
    if unit := params.get("unit"):
        qs = qs.filter(Q(lead_unit_id=unit) | Q(co_units__id=unit)).distinct() if str(unit).isdigit() else qs.none()
    if quadrant := params.get("quadrant"):
        qs = qs.filter(quadrant=quadrant) if str(quadrant).isdigit() else qs.none()
    if source := params.get("source"):
        qs = qs.filter(task__source_kind=source)
    if params.get("overdue") in ("1", "true", "on"):
        qs = qs.filter(status__in=OPEN_STATUSES, due_at__lt=now)
    if level := params.get("level"):
        qs = qs.filter(level=level) if str(level).isdigit() else qs.none()
    return qs


def is_overdue(item: Item, now: datetime | None = None) -> bool:
    now = now or timezone.now()
    return item.status in OPEN_STATUSES and item.due_at is not None and item.due_at < now


@dataclass
class Page:
    """One page of a list read without COUNT(*): one row more than shown
    tells whether there is a next page."""

    rows: list
    number: int
    has_next: bool

    def __iter__(self):
        return iter(self.rows)

    @property
    def has_previous(self) -> bool:
        return self.number > 1


def page_number(value) -> int:
    return max(1, min(int(value), 100_000)) if str(value or "").isdigit() else 1


def ledger_page(user, params, now: datetime | None = None, per_page: int = PER_PAGE) -> Page:
    """The requested page of the 台账. A million visible rows cost no more than
    the page: the order walks the ledger index and stops after per_page + 1."""
    number = page_number(params.get("page"))
    start = (number - 1) * per_page
    qs = ledger(user, params, now)
    candidates = _scope_candidates(user, params, now, start + per_page + 1) if SCOPE_UNION else None
    if candidates is not None:
        qs = qs.filter(pk__in=candidates)  # the same rows in the same order, restrict() still applied
    rows = list(qs[start:start + per_page + 1])
    return Page(rows[:per_page], number, len(rows) > per_page)


def _scope_branches(user) -> list[Q] | None:
    """restrict()'s scope for a user who sees only their share (no office-wide
    role), split into its disjuncts, each a condition an index can drive:
    owner fields (责任人, 立项人, 批示领导, or whoever the user acts for), the
    Grants (``granted_q``, the same lookup restrict() uses), and the own unit for
    unclassified items; each with the clearance bound. Their union is exactly
    what restrict() returns (tests/test_ledger_scope.py holds the two equal).
    None for an office-wide user: restrict() is then one comparison and the
    ledger index serves the first page directly."""
    from zhongshu.core.access import acting_for, granted_q, policy_of, user_is_usable

    policy = policy_of(Item)
    if not user_is_usable(user) or user.admin_role or user.roles & (policy.office_roles | policy.classified_roles):
        return None
    ids = acting_for(user)
    cleared = Q(**{f"{policy.classification_field}__lte": user.clearance})
    branches = [Q(**{f"{name}__in": ids}) & cleared for name in policy.owner_fields]
    branches.append(granted_q(Item, user, VIEW) & cleared)
    if user.unit_id:
        branches.append(Q(**{policy.unit_field: user.unit_id, policy.classification_field: 0}))
    return branches


def policy_of_item():
    from zhongshu.core.access import policy_of

    return policy_of(Item)


def _scope_candidates(user, params, now, limit: int) -> list[int] | None:
    """Ids that contain the first ``limit`` rows of the user's 台账: for each
    scope branch, its first ``limit`` rows in the ledger order (or, for a small
    branch, all of it). The union of the branches is the user's whole scope, so
    the first ``limit`` of the union are among these; the caller reads the page
    from them through restrict() again. Cheap where the single OR query walks
    the ledger index past everyone else's items (a unit whose items sort late):
    the unit branch reads the index sv_item_unit_ledger."""
    branches = _scope_branches(user)
    if branches is None or limit > 1000:
        return None
    now = now or timezone.now()
    grant_branch = branches[len(policy_of_item().owner_fields)]
    out: set[int] = set()
    for branch in branches:
        # A small branch (the items I am 责任人 of, my 批示…): all its ids,
        # through the branch's own index without ORDER BY (ordered, the planner
        # may walk the ledger index looking for them).
        base = _filtered(Item.objects.filter(branch), params, now)
        if branch is grant_branch:  # the granted ids themselves, through the grants' own index
            from zhongshu.core.access import granted_ids

            ids = granted_ids(Item, user, VIEW, limit=SMALL_BRANCH + 1)
        else:
            ids = list(base.order_by().values_list("pk", flat=True)[:SMALL_BRANCH + 1])
        if len(ids) > SMALL_BRANCH:  # a large one (my unit, my grants): its first `limit`
            # The grant branch sorts its rows (quadrant + 0: not the ledger
            # index, which PostgreSQL would otherwise walk, probing the grants
            # for each of a million rows); the unit branch reads sv_item_unit_ledger.
            order = (F("quadrant") + 0, "due_at", "id") if branch is grant_branch else LEDGER_ORDER
            ids = base.order_by(*order).values_list("pk", flat=True)[:limit]
        out.update(ids)
    return sorted(out)
