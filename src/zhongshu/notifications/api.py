from django.urls import path
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import generics, serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from zhongshu.core.api_permissions import IsBusinessUser

from .models import Notification
from .selectors import my_notifications
from .services import notification_mark_all_read, notification_mark_read


class NotificationSerializer(serializers.ModelSerializer):
    class Meta:
        model = Notification
        fields = ["id", "title", "body", "link", "urgent", "classification", "created_at", "read_at"]


class NotificationList(generics.ListAPIView):
    serializer_class = NotificationSerializer
    permission_classes = [IsBusinessUser]

    @extend_schema(summary="我的通知", parameters=[OpenApiParameter("unread", bool, description="只看未读")])
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        qs = my_notifications(self.request.user)
        if self.request.query_params.get("unread") in {"1", "true"}:
            qs = qs.filter(read_at__isnull=True)
        return qs


class MarkReadRequest(serializers.Serializer):
    ids = serializers.ListField(child=serializers.IntegerField(), required=False, help_text="要标为已读的通知编号；省略则全部标为已读")


class MarkReadResponse(serializers.Serializer):
    marked = serializers.IntegerField()


class MarkRead(APIView):
    permission_classes = [IsBusinessUser]

    @extend_schema(request=MarkReadRequest, responses=MarkReadResponse, summary="标为已读")
    def post(self, request):
        body = MarkReadRequest(data=request.data)
        body.is_valid(raise_exception=True)
        if "ids" in body.validated_data:
            marked = notification_mark_read(user=request.user, ids=body.validated_data["ids"])
        else:
            marked = notification_mark_all_read(user=request.user)
        return Response({"marked": marked})


urlpatterns = [
    path("notifications", NotificationList.as_view(), name="api-notifications"),
    path("notifications/read", MarkRead.as_view(), name="api-notifications-read"),
]
