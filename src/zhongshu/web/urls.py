from django.urls import include, path

from zhongshu.accounts import admin_views as account_admin
from zhongshu.accounts import views as accounts
from zhongshu.audit import views as audit
from zhongshu.calendars import views as calendars
from zhongshu.notifications import views as notifications
from zhongshu.notifications import admin_views as webhooks
from zhongshu.org import views as org
from zhongshu.todo import views as todo

from . import views

urlpatterns = [
    path("", views.home, name="home"),
    path("health/", views.health, name="health"),
    path("login/", accounts.login_view, name="login"),
    path("logout/", accounts.logout_view, name="logout"),
    path("me/", accounts.profile, name="profile"),
    path("me/token/", accounts.token_renew, name="token-renew"),
    path("me/notifications/", accounts.notification_preferences, name="notification-preferences"),
    path("todo/overdue/", todo.overdue, name="todo-overdue"),
    path("notifications/", notifications.notification_list, name="notifications"),
    path("notifications/read/", notifications.notification_read, name="notifications-read"),
    path("org/units/", org.unit_tree, name="org-units"),
    path("org/units/<int:pk>/", org.unit_detail, name="org-unit"),
    path("org/people/", org.people, name="org-people"),
    path("org/posts/", org.posts, name="org-posts"),
    path("org/roles/", org.roles, name="org-roles"),
    path("org/delegations/", org.delegations, name="org-delegations"),
    path("org/delegations/<int:pk>/cancel/", org.delegation_cancel, name="org-delegation-cancel"),
    path("calendar/", calendars.calendar_page, name="calendar"),
    path("manage/users/", account_admin.user_list, name="admin-users"),
    path("manage/users/new/", account_admin.user_create, name="admin-user-create"),
    path("manage/users/<int:pk>/", account_admin.user_edit, name="admin-user-edit"),
    path("manage/users/<int:pk>/reset/", account_admin.user_reset_password, name="admin-user-reset"),
    path("manage/import/", org.import_page, name="org-import"),
    path("manage/import/template.xlsx", org.import_template, name="org-import-template"),
    path("manage/webhooks/", webhooks.webhook_list, name="admin-webhooks"),
    path("manage/outbox/", webhooks.outbox_list, name="admin-outbox"),
    path("manage/outbox/<int:pk>/retry/", webhooks.outbox_retry, name="admin-outbox-retry"),
    path("manage/clearances/", account_admin.clearance_list, name="admin-clearances"),
    path("manage/clearances/<int:pk>/", account_admin.clearance_edit, name="admin-clearance-edit"),
    path("manage/grants/", account_admin.grant_list, name="admin-grants"),
    path("manage/grants/<int:pk>/revoke/", account_admin.grant_revoke, name="admin-grant-revoke"),
    path("manage/audit/", audit.audit_log, name="audit-log"),
    path("supervision/", include("zhongshu.supervision.urls")),
    path("documents/", include("zhongshu.documents.urls")),
]
