from django.db.models import Q
from django.urls import include, path
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import routers, serializers, viewsets

from zhongshu.accounts.models import User
from zhongshu.core.api_permissions import IsBusinessUser

from .models import Post, Unit


class UnitSerializer(serializers.ModelSerializer):
    kind_label = serializers.CharField(source="get_kind_display")

    class Meta:
        model = Unit
        fields = ["id", "name", "short_name", "kind", "kind_label", "parent", "code", "order"]


class PostSerializer(serializers.ModelSerializer):
    unit_name = serializers.CharField(source="unit.name")
    holder_name = serializers.CharField(source="holder.name", default=None)

    class Meta:
        model = Post
        fields = ["id", "unit", "unit_name", "title", "rank", "holder", "holder_name"]


class PersonSerializer(serializers.ModelSerializer):
    unit_name = serializers.CharField(source="unit.name", default=None)
    roles = serializers.SerializerMethodField()

    class Meta:
        model = User
        fields = ["id", "name", "unit", "unit_name", "roles", "phone", "email"]

    def get_roles(self, user) -> list[str]:
        return sorted(r.role for r in user.role_assignments.all())


SEARCH = OpenApiParameter("q", str, description="按名称搜索")


@extend_schema_view(list=extend_schema(summary="单位列表", parameters=[SEARCH, OpenApiParameter("kind", str, description="self/internal/subordinate/external")]), retrieve=extend_schema(summary="单位详情"))
class UnitViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = UnitSerializer
    permission_classes = [IsBusinessUser]

    def get_queryset(self):
        qs = Unit.objects.filter(is_active=True).order_by("order", "id")
        if q := self.request.query_params.get("q"):
            qs = qs.filter(Q(name__contains=q) | Q(short_name__contains=q))
        if kind := self.request.query_params.get("kind"):
            qs = qs.filter(kind=kind)
        return qs


@extend_schema_view(list=extend_schema(summary="人员列表", parameters=[SEARCH, OpenApiParameter("unit", int, description="单位编号")]), retrieve=extend_schema(summary="人员详情"))
class PersonViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = PersonSerializer
    permission_classes = [IsBusinessUser]

    def get_queryset(self):
        qs = User.objects.filter(is_active=True, admin_role="").select_related("unit").prefetch_related("role_assignments").order_by("id")
        if q := self.request.query_params.get("q"):
            qs = qs.filter(Q(name__contains=q) | Q(unit__name__contains=q))
        if unit := self.request.query_params.get("unit"):
            qs = qs.filter(unit_id=unit) if unit.isdigit() else qs.none()
        return qs


@extend_schema_view(list=extend_schema(summary="职务列表（按排序）", parameters=[SEARCH]), retrieve=extend_schema(summary="职务详情"))
class PostViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = PostSerializer
    permission_classes = [IsBusinessUser]

    def get_queryset(self):
        qs = Post.objects.select_related("unit", "holder").order_by("rank", "id")
        if q := self.request.query_params.get("q"):
            qs = qs.filter(Q(title__contains=q) | Q(unit__name__contains=q))
        return qs


router = routers.SimpleRouter(trailing_slash=False)
router.register("units", UnitViewSet, basename="api-unit")
router.register("people", PersonViewSet, basename="api-person")
router.register("posts", PostViewSet, basename="api-post")
urlpatterns = [path("", include(router.urls))]
