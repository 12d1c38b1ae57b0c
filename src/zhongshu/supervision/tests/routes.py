"""Access expectations for 督查督办's routes (see zhongshu.testing.routes).

The objects fixture holds a 秘密 task whose item is led by unit A (the
owner's unit, owner as 责任人): owner, colleague and the director may see
it; the outsider (unit B) and the uncleared colleague get 404.
"""

from zhongshu.testing.routes import BUSINESS, DIRECTOR


def sees(user):
    return not user.admin_role and user.username in ("owner", "colleague", "director")


def director_only(user):
    return not user.admin_role and user.has_role("director")


def supervisor_only(user):
    return not user.admin_role and user.has_role("supervisor")


ITEM = {"pk": "item"}
TASK = {"pk": "task"}

ROUTES = {
    "sv-ledger": (BUSINESS, {}, "get"),
    "sv-export": (BUSINESS, {}, "get"),
    "sv-task-new": (supervisor_only, {}, "get"),
    "sv-task": (sees, TASK, "get"),
    "sv-item-add": (sees, TASK, "post"),
    "sv-task-assign": (sees, TASK, "post"),
    "sv-task-archive": (sees, TASK, "post"),
    "sv-task-notice": (sees, TASK, "get"),
    "sv-item": (sees, ITEM, "get"),
    "sv-item-action": (sees, {"pk": "item", "action": "action"}, "post"),
    "sv-attachment": (sees, {"pk": "attachment"}, "get"),
    "sv-chase": (sees, {"pk": "chase"}, "get"),
    "sv-dashboard": (DIRECTOR, {}, "get"),
    "sv-bulletins": (BUSINESS, {}, "get"),
    "sv-bulletin": (BUSINESS, {"pk": "bulletin"}, "get"),
    "sv-bulletin-file": (BUSINESS, {"pk": "bulletin"}, "get"),
    "sv-settings": (director_only, {}, "get"),
    "api-sv-tasks": (BUSINESS, {}, "get"),
    "api-sv-task": (sees, TASK, "get"),
    "api-sv-task-items": (sees, TASK, "post"),
    "api-sv-task-assign": (sees, TASK, "post"),
    "api-sv-task-archive": (sees, TASK, "post"),
    "api-sv-items": (BUSINESS, {}, "get"),
    "api-sv-item": (sees, ITEM, "get"),
    "api-sv-item-action": (sees, {"pk": "item", "action": "action"}, "post"),
    "api-sv-bulletins": (BUSINESS, {}, "get"),
    "api-sv-bulletin": (BUSINESS, {"pk": "bulletin"}, "get"),
    "api-sv-config": (BUSINESS, {}, "get"),
}

# POST endpoints that need a body or a role: a user who may see the object
# reaches the service (200/201, or its Chinese 400/403/409), never a 404.
REACHES_SERVICE = {"api-sv-task-items", "api-sv-task-assign", "api-sv-task-archive", "api-sv-item-action"}
