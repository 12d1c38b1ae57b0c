from django.urls import path

from . import views

urlpatterns = [
    path("", views.ledger, name="sv-ledger"),
    path("export.xlsx", views.ledger_export, name="sv-export"),
    path("new/", views.task_new, name="sv-task-new"),
    path("tasks/<int:pk>/", views.task_detail, name="sv-task"),
    path("tasks/<int:pk>/items/", views.item_add, name="sv-item-add"),
    path("tasks/<int:pk>/assign/", views.task_assign, name="sv-task-assign"),
    path("tasks/<int:pk>/archive/", views.task_archive, name="sv-task-archive"),
    path("tasks/<int:pk>/notice/", views.task_notice, name="sv-task-notice"),
    path("items/<int:pk>/", views.item_detail, name="sv-item"),
    path("items/<int:pk>/do/<slug:action>/", views.item_action, name="sv-item-action"),
    path("attachments/<int:pk>/", views.attachment, name="sv-attachment"),
    path("chases/<int:pk>/", views.chase_document, name="sv-chase"),
    path("dashboard/", views.dashboard, name="sv-dashboard"),
    path("bulletins/", views.bulletin_list, name="sv-bulletins"),
    path("bulletins/<int:pk>/", views.bulletin_detail, name="sv-bulletin"),
    path("bulletins/<int:pk>/file/", views.bulletin_file, name="sv-bulletin-file"),
    path("settings/", views.settings_page, name="sv-settings"),
]
