from django.urls import path

from . import views_in, views_misc, views_out, views_plan

urlpatterns = [
    path("in/", views_in.incoming_list, name="documents-in-list"),
    path("in/export.xlsx", views_in.incoming_export, name="documents-in-export"),
    path("in/new/", views_in.incoming_new, name="documents-in-new"),
    path("in/<int:pk>/", views_in.incoming_detail, name="documents-in-detail"),
    path("in/<int:pk>/<slug:action>/", views_in.incoming_action, name="documents-in-action"),
    path("out/", views_out.outgoing_list, name="documents-out-list"),
    path("out/export.xlsx", views_out.outgoing_export, name="documents-out-export"),
    path("out/new/", views_out.outgoing_new, name="documents-out-new"),
    path("out/<int:pk>/", views_out.outgoing_detail, name="documents-out-detail"),
    path("out/<int:pk>/edit/", views_out.outgoing_edit, name="documents-out-edit"),
    path("out/<int:pk>/diff/", views_out.outgoing_diff, name="documents-out-diff"),
    path("out/<int:pk>/accept/<int:index>/", views_out.outgoing_accept, name="documents-out-accept"),
    path("out/<int:pk>/do/<slug:action>/", views_out.outgoing_action, name="documents-out-action"),
    path("files/<int:pk>/", views_misc.file_download, name="documents-file"),
    path("plan/", views_plan.plan_list, name="documents-plan-list"),
    path("plan/export.xlsx", views_plan.plan_export, name="documents-plan-export"),
    path("plan/new/", views_plan.plan_new, name="documents-plan-new"),
    path("plan/<int:pk>/<slug:action>/", views_plan.plan_action, name="documents-plan-action"),
    path("stats/", views_misc.stats, name="documents-stats"),
    path("search/", views_misc.search, name="documents-search"),
    path("review/", views_misc.review_page, name="documents-review"),
]
