"""Access expectations for 办文's routes (see zhongshu.testing.routes).

The objects are classified (秘密) and registered/drafted by ``owner``, with a
grant to ``director``: only those two may open them; everyone else gets 404,
and the uncleared never, even with a grant.
"""

from zhongshu.testing.routes import BUSINESS


def sees_object(user):
    return not user.admin_role and user.username in ("owner", "director")


def sees_plan(user):
    """The plan item is owner's, in unit A: unit A and the office see it."""
    return not user.admin_role and user.username in ("owner", "colleague", "uncleared", "director")


def planner(user):
    return not user.admin_role and user.has_role("clerk", "secretary", "director")


def plans_it(user):
    return sees_plan(user) and planner(user)


def clerk_only(user):
    return not user.admin_role and user.has_role("clerk", "confidential")


ROUTES = {
    "documents-in-list": (BUSINESS, {}, "get"),
    "documents-in-export": (BUSINESS, {}, "get"),
    "documents-in-new": (clerk_only, {}, "get"),
    "documents-in-detail": (sees_object, {"pk": "incoming"}, "get"),
    "documents-in-action": (sees_object, {"pk": "incoming", "action": "in_action"}, "post"),
    "documents-out-list": (BUSINESS, {}, "get"),
    "documents-out-export": (BUSINESS, {}, "get"),
    "documents-out-new": (BUSINESS, {}, "get"),
    "documents-out-detail": (sees_object, {"pk": "outgoing"}, "get"),
    "documents-out-edit": (sees_object, {"pk": "outgoing"}, "get"),
    "documents-out-diff": (sees_object, {"pk": "outgoing"}, "get"),
    "documents-out-accept": (sees_object, {"pk": "outgoing", "index": "index"}, "post"),
    "documents-out-action": (sees_object, {"pk": "outgoing", "action": "out_action"}, "post"),
    "documents-file": (sees_object, {"pk": "docfile"}, "get"),
    "documents-stats": (BUSINESS, {}, "get"),
    "documents-search": (BUSINESS, {}, "get"),
    "documents-review": (BUSINESS, {}, "get"),
    "api-incoming-list": (BUSINESS, {}, "get"),
    "api-incoming-detail": (sees_object, {"pk": "incoming"}, "get"),
    "api-incoming-transition": (sees_object, {"pk": "incoming"}, "post"),
    "api-outgoing-list": (BUSINESS, {}, "get"),
    "api-outgoing-detail": (sees_object, {"pk": "outgoing"}, "get"),
    "api-outgoing-transition": (sees_object, {"pk": "outgoing"}, "post"),
    "api-outgoing-versions": (sees_object, {"pk": "outgoing"}, "get"),
    "api-review": (BUSINESS, {}, "post"),
    "documents-plan-list": (BUSINESS, {}, "get"),
    "documents-plan-export": (BUSINESS, {}, "get"),
    "documents-plan-new": (planner, {}, "get"),
    "documents-plan-action": (plans_it, {"pk": "plan", "action": "plan_action"}, "post"),
    "api-plan-list": (BUSINESS, {}, "get"),
    "api-plan-figures": (BUSINESS, {}, "get"),
    "api-plan-detail": (sees_plan, {"pk": "plan"}, "get"),
    "api-plan-transition": (sees_plan, {"pk": "plan"}, "post"),
}
