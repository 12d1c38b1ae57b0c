from django.urls import path
from drf_spectacular.utils import extend_schema
from rest_framework import generics, serializers

from zhongshu.core.api_permissions import IsBusinessUser

from .models import Todo
from .selectors import level, open_todos


class TodoSerializer(serializers.ModelSerializer):
    level = serializers.SerializerMethodField(help_text="normal / yellow（临近期限）/ red（逾期）")
    owner_name = serializers.CharField(source="owner.name")

    class Meta:
        model = Todo
        fields = ["id", "kind", "title", "action_label", "link", "urgency", "quadrant", "classification", "started_at", "due_at", "owner", "owner_name", "level"]

    def get_level(self, todo) -> str:
        return level(todo)


class TodoList(generics.ListAPIView):
    serializer_class = TodoSerializer
    permission_classes = [IsBusinessUser]

    @extend_schema(summary="我的待办", description="按轻重缓急、紧急程度和办理期限排序，含代理的事项。")
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return open_todos(self.request.user)


urlpatterns = [path("todos", TodoList.as_view(), name="api-todos")]
