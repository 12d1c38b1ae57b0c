from django.urls import include, path

urlpatterns = [
    path("api/v1/", include("zhongshu.api_urls")),
    path("", include("zhongshu.web.urls")),
]
