"""Everything under /api/v1/. Each app contributes its routes from its api module."""

from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("", include("zhongshu.accounts.api")),
    path("", include("zhongshu.org.api")),
    path("", include("zhongshu.notifications.api")),
    path("", include("zhongshu.todo.api")),
    path("", include("zhongshu.supervision.api")),
    path("", include("zhongshu.documents.api")),
]
