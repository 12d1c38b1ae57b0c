"""Access control in one place.

Every read of business data goes through ``restrict(queryset, user, action)``.
A model takes part by declaring ``access = AccessPolicy(...)`` as a class
attribute. The rules, in order:

1. Anonymous, inactive or locked users see nothing.
2. The three administrators (三员) see business data only where a policy names
   their admin role (the auditor reads the audit log, nothing else).
3. 密级: an item's classification must not exceed the user's clearance, ever
   (delegation never raises clearance).
4. Scope: the user (or someone they are currently acting for, 代理/AB岗) owns
   the item, or is its recipient; or holds a need-to-know grant (Grant) for it,
   personally or through their unit; or, for unclassified items only, belongs
   to the owning unit or holds an office-wide role the policy names.
   Classified items are never opened by unit membership or role alone, except
   to the roles in ``classified_roles`` (e.g. 机要员).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone

VIEW = "view"
CHANGE = "change"


@dataclass(frozen=True)
class AccessPolicy:
    owner_fields: tuple[str, ...] = ()
    unit_field: str | None = None
    office_roles: frozenset[str] = frozenset()
    classified_roles: frozenset[str] = frozenset()
    classification_field: str | None = "classification"
    use_grants: bool = True
    admin_roles: frozenset[str] = frozenset()
    # Admin roles that may read: everything of the model, for admin-only data.
    admin_only: bool = False
    change_by_unit: bool = False
    extra: tuple = field(default=())


def acting_for(user) -> list[int]:
    """Ids of the user and of everyone they are delegated to act for right now."""
    cached = getattr(user, "_acting_for_cache", None)
    if cached is not None:
        return cached
    from zhongshu.org.models import Delegation

    now = timezone.now()
    ids = [user.pk] + list(
        Delegation.objects.filter(deputy_id=user.pk, starts_at__lte=now, ends_at__gt=now, cancelled_at__isnull=True)
        .order_by()
        .values_list("principal_id", flat=True)
        .distinct()
    )
    user._acting_for_cache = ids
    return ids


def user_is_usable(user) -> bool:
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    locked = getattr(user, "locked_until", None)
    return not (locked and locked > timezone.now())


def policy_of(model) -> AccessPolicy:
    policy = getattr(model, "access", None)
    if not isinstance(policy, AccessPolicy):
        raise TypeError(f"{model.__name__} declares no AccessPolicy; it cannot be read through restrict()")
    return policy


def restrict(queryset: QuerySet, user, action: str = VIEW) -> QuerySet:
    model = queryset.model
    policy = policy_of(model)
    if not user_is_usable(user):
        return queryset.none()
    if user.admin_role:
        if user.admin_role in policy.admin_roles:
            return queryset
        return queryset.none()
    if policy.admin_only:
        return queryset.none()

    cls_field = policy.classification_field
    roles = user.roles
    if cls_field and roles & policy.office_roles and roles & policy.classified_roles:
        # Office-wide on both sides of the 密级 line: every row up to the
        # clearance. One comparison instead of an OR over owners and grants,
        # so an index in the list's order can serve the first page alone.
        return queryset.filter(**{f"{cls_field}__lte": user.clearance})

    ids = acting_for(user)
    owner_q = Q()
    for name in policy.owner_fields:
        owner_q |= Q(**{f"{name}__in": ids})
    scope = owner_q
    if policy.use_grants:
        scope |= _granted_q(model, user, ids, action)

    if policy.unit_field and user.unit_id and (action == VIEW or policy.change_by_unit):
        unit_q = Q(**{policy.unit_field: user.unit_id})
        scope |= unit_q & Q(**{cls_field: 0}) if cls_field else unit_q
    if roles & policy.office_roles:
        scope |= Q(**{cls_field: 0}) if cls_field else Q(pk__isnull=False)
    if cls_field and roles & policy.classified_roles:
        scope |= Q(**{f"{cls_field}__gt": 0})

    if cls_field:
        return queryset.filter(Q(**{f"{cls_field}__lte": user.clearance}) & scope)
    return queryset.filter(scope)


# Up to this many granted ids are inlined as a literal list: the database can
# then OR the primary-key, owner and unit indexes, where an EXISTS subquery
# forces a walk of the whole list checking each row. Beyond it, the subquery.
GRANT_INLINE_LIMIT = 5000


def _granted_q(model, user, ids, action) -> Q:
    # Not cached: a grant given earlier in the same request must count.
    # Personal and unit grants are two separate lookups, each served by its
    # own (holder, content type, object) index; one OR would scan the table.
    parts = _grants_for(model, user, ids, action)
    found: set[int] = set()
    for grants in parts:
        found.update(grants.order_by().values_list("object_id", flat=True)[: GRANT_INLINE_LIMIT + 1])
        if len(found) > GRANT_INLINE_LIMIT:
            return _in_subqueries(parts)
    return Q(pk__in=sorted(found))


def _in_subqueries(parts) -> Q:
    # IN-subqueries (semi-joins the planner may drive from the grants)
    # rather than a correlated EXISTS checked row by row.
    q = Q()
    for g in parts:
        q |= Q(pk__in=g.order_by().values("object_id"))
    return q


def granted_q(model, user, action: str = VIEW) -> Q:
    """Rows of ``model`` granted to the user or their unit, as IN-subqueries
    (for selectors that split restrict()'s scope into index-driven parts)."""
    return _in_subqueries(_grants_for(model, user, acting_for(user), action))


def granted_ids(model, user, action: str = VIEW, limit: int | None = None) -> list[int]:
    """Ids of ``model`` granted to the user or their unit (at most ``limit`` per part)."""
    found: set[int] = set()
    for g in _grants_for(model, user, acting_for(user), action):
        found.update(g.order_by().values_list("object_id", flat=True)[:limit] if limit else g.values_list("object_id", flat=True))
    return sorted(found)


def _grants_for(model, user, ids, action) -> list:
    """The user's (and their principals') grants, then their unit's, on ``model``."""
    from zhongshu.core.models import Grant

    actions = [VIEW, CHANGE] if action == VIEW else [action]
    live = Grant.objects.filter(content_type=ContentType.objects.get_for_model(model), action__in=actions).filter(
        Q(expires_at__isnull=True) | Q(expires_at__gt=timezone.now())
    )
    parts = [live.filter(user_id__in=ids)]
    if user.unit_id:
        parts.append(live.filter(unit_id=user.unit_id))
    return parts


def can(user, obj, action: str = VIEW) -> bool:
    """Whether ``user`` may do ``action`` on ``obj``: the same rule, for one object."""
    return restrict(type(obj)._default_manager.filter(pk=obj.pk), user, action).exists()


def get_or_404(queryset: QuerySet, user, action: str = VIEW, **lookup):
    """Fetch one object the user may see; otherwise 404 (never reveal it exists)."""
    from django.http import Http404

    obj = restrict(queryset, user, action).filter(**lookup).first()
    if obj is None:
        raise Http404("未找到或无权查看")
    return obj
