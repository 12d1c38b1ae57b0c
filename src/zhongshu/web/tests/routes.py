"""Access expectations for the foundation's routes (see zhongshu.testing.routes)."""

from zhongshu.testing.routes import ANY_USER, AUD, BUSINESS, DIRECTOR, PUBLIC, SEC, SYS


def business_or_sysadmin(user):
    return not user.admin_role or user.admin_role == SYS


# name: (who, kwargs -> keys of the objects fixture, method)
ROUTES = {
    "home": (ANY_USER, {}, "get"),  # 三员 are redirected to their own page
    "health": (PUBLIC, {}, "get"),
    "login": (PUBLIC, {}, "get"),
    "logout": (ANY_USER, {}, "post"),
    "profile": (ANY_USER, {}, "get"),
    "token-renew": (ANY_USER, {}, "post"),
    "notification-preferences": (ANY_USER, {}, "post"),
    "todo-overdue": (DIRECTOR, {}, "get"),
    "notifications": (BUSINESS, {}, "get"),
    "notifications-read": (BUSINESS, {}, "post"),
    "org-units": (BUSINESS, {}, "get"),
    "org-unit": (BUSINESS, {"pk": "unit"}, "get"),
    "org-people": (BUSINESS, {}, "get"),
    "org-posts": (BUSINESS, {}, "get"),
    "org-roles": (BUSINESS, {}, "get"),
    "org-delegations": (BUSINESS, {}, "get"),
    "org-delegation-cancel": (BUSINESS, {"pk": "delegation"}, "post"),
    "calendar": (business_or_sysadmin, {}, "get"),
    "admin-users": (SYS, {}, "get"),
    "admin-user-create": (SYS, {}, "get"),
    "admin-user-edit": (SYS, {"pk": "user"}, "get"),
    "admin-user-reset": (SYS, {"pk": "user"}, "post"),
    "org-import": (SYS, {}, "get"),
    "org-import-template": (SYS, {}, "get"),
    "admin-webhooks": (SYS, {}, "get"),
    "admin-outbox": (SYS, {}, "get"),
    "admin-outbox-retry": (SYS, {"pk": "outbox"}, "post"),
    "admin-clearances": (SEC, {}, "get"),
    "admin-clearance-edit": (SEC, {"pk": "user"}, "get"),
    "admin-grants": (SEC, {}, "get"),
    "admin-grant-revoke": (SEC, {"pk": "grant"}, "post"),
    "audit-log": (AUD, {}, "get"),
    "api-schema": (ANY_USER, {}, "get"),
    "api-me": (ANY_USER, {}, "get"),
    "api-unit-list": (BUSINESS, {}, "get"),
    "api-unit-detail": (BUSINESS, {"pk": "unit"}, "get"),
    "api-person-list": (BUSINESS, {}, "get"),
    "api-person-detail": (BUSINESS, {"pk": "user"}, "get"),
    "api-post-list": (BUSINESS, {}, "get"),
    "api-post-detail": (BUSINESS, {"pk": "post"}, "get"),
    "api-notifications": (BUSINESS, {}, "get"),
    "api-notifications-read": (BUSINESS, {}, "post"),
    "api-todos": (BUSINESS, {}, "get"),
}
