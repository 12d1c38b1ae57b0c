from django.urls import path
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from zhongshu.core.api_permissions import IsUsable

from .models import User


class MeSerializer(serializers.ModelSerializer):
    unit = serializers.SerializerMethodField()
    roles = serializers.SerializerMethodField()
    clearance_label = serializers.CharField(source="get_clearance_display")
    admin_role_label = serializers.CharField(source="get_admin_role_display")

    class Meta:
        model = User
        fields = ["id", "username", "name", "unit", "roles", "clearance", "clearance_label", "admin_role", "admin_role_label", "email", "phone"]

    def get_unit(self, user) -> dict | None:
        return {"id": user.unit_id, "name": user.unit.name} if user.unit_id else None

    def get_roles(self, user) -> list[str]:
        return sorted(user.roles)


class MeView(APIView):
    permission_classes = [IsUsable]

    @extend_schema(responses=MeSerializer, summary="当前用户", description="当前登录用户的身份、单位、角色和涉密等级。")
    def get(self, request):
        return Response(MeSerializer(request.user).data)


urlpatterns = [path("me", MeView.as_view(), name="api-me")]
