"""督查督办 under /api/v1/supervision/…: reads through selectors (restrict),
writes through services; service errors come back as Chinese 4xx bodies."""

from django.shortcuts import get_object_or_404
from django.urls import path
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import generics, serializers, status
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser
from rest_framework.response import Response
from rest_framework.views import APIView

from zhongshu.accounts.models import User
from zhongshu.core.access import get_or_404
from zhongshu.core.api_permissions import IsBusinessUser
from zhongshu.org.models import Unit

from . import config, selectors, services
from .choices import Action, DeadlineMode, Frequency, ItemStatus, SourceKind
from .models import Bulletin, Chase, Event, Item, Report, Task
from .paging import LedgerOrder, NewestFirst


class ItemSerializer(serializers.ModelSerializer):
    task_number = serializers.CharField(source="task.number", read_only=True)
    lead_unit_name = serializers.CharField(source="lead_unit.name", read_only=True)
    assignee_name = serializers.CharField(source="assignee.name", default=None, read_only=True)
    status_label = serializers.CharField(source="get_status_display", read_only=True)
    level_label = serializers.CharField(source="get_level_display", read_only=True)

    class Meta:
        model = Item
        fields = ["id", "task", "task_number", "seq", "title", "target", "lead_unit", "lead_unit_name", "co_units", "assignee", "assignee_name",
                  "deadline_mode", "deadline_days", "due_date", "frequency", "milestones", "classification", "quadrant", "status", "status_label",
                  "assigned_at", "due_at", "signed_at", "last_report_at", "applied_at", "closed_at", "on_time", "level", "level_label"]
        extra_kwargs = {"status": {"read_only": True}}


class TaskSerializer(serializers.ModelSerializer):
    items = serializers.SerializerMethodField()
    status_label = serializers.CharField(source="get_status_display", read_only=True)
    quadrant = serializers.IntegerField(read_only=True, help_text="轻重缓急：1 立即办 2 按时办 3 插空办 4 按计划办")

    class Meta:
        model = Task
        fields = ["id", "number", "title", "source_kind", "instruction", "instructing_leader", "instructed_on", "source_type", "source_id",
                  "source_title", "important", "urgency", "quadrant", "classification", "status", "status_label", "created_by", "created_at", "assigned_at", "done_at", "items"]
        extra_kwargs = {"status": {"read_only": True}}

    def get_items(self, task) -> list[int]:
        return list(task.items.order_by("seq").values_list("id", flat=True))


class TaskCreateSerializer(serializers.Serializer):
    title = serializers.CharField(max_length=200)
    source_kind = serializers.ChoiceField(choices=SourceKind.choices)
    instruction = serializers.CharField(required=False, allow_blank=True, default="")
    instructing_leader = serializers.PrimaryKeyRelatedField(queryset=User.objects.filter(is_active=True), required=False, allow_null=True)
    instructed_on = serializers.DateField(required=False, allow_null=True)
    source_type = serializers.CharField(required=False, allow_blank=True, default="", help_text="来源模块，如 documents.incoming")
    source_id = serializers.CharField(required=False, allow_blank=True, default="")
    source_title = serializers.CharField(required=False, allow_blank=True, default="")
    important = serializers.BooleanField(default=True)
    urgency = serializers.ChoiceField(choices=["特急", "紧急", "加急", "普通"], default="普通")
    classification = serializers.IntegerField(min_value=0, max_value=3, default=0)


class ItemCreateSerializer(serializers.Serializer):
    title = serializers.CharField(max_length=200)
    target = serializers.CharField()
    lead_unit = serializers.PrimaryKeyRelatedField(queryset=Unit.objects.filter(is_active=True))
    co_units = serializers.PrimaryKeyRelatedField(queryset=Unit.objects.filter(is_active=True), many=True, required=False, default=list)
    assignee = serializers.PrimaryKeyRelatedField(queryset=User.objects.filter(is_active=True), required=False, allow_null=True)
    deadline_mode = serializers.ChoiceField(choices=DeadlineMode.choices, default=DeadlineMode.WORKING_DAYS)
    deadline_days = serializers.IntegerField(required=False, allow_null=True)
    due_date = serializers.DateField(required=False, allow_null=True)
    frequency = serializers.ChoiceField(choices=Frequency.choices, default=Frequency.ONCE)
    milestones = serializers.ListField(child=serializers.DictField(), required=False, default=list)


class ActionSerializer(serializers.Serializer):
    text = serializers.CharField(required=False, allow_blank=True, default="", help_text="反馈/办结情况")
    progress = serializers.IntegerField(required=False, min_value=0, max_value=100, default=0)
    reason = serializers.CharField(required=False, allow_blank=True, default="", help_text="退回、重新启动、撤销的理由；催办意见")
    deadline_days = serializers.IntegerField(required=False, allow_null=True, help_text="重新启动时的新时限（工作日）")
    files = serializers.ListField(child=serializers.FileField(), required=False, default=list)


class AttachmentSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    size = serializers.IntegerField()
    sha256 = serializers.CharField()


class ReportSerializer(serializers.ModelSerializer):
    author_name = serializers.CharField(source="author.name", read_only=True)
    attachments = AttachmentSerializer(many=True, read_only=True)

    class Meta:
        model = Report
        fields = ["id", "author", "author_name", "text", "progress", "closing", "created_at", "attachments"]


class ChaseSerializer(serializers.ModelSerializer):
    class Meta:
        model = Chase
        fields = ["id", "key", "kind", "level", "title", "recipients", "created_at"]


class EventSerializer(serializers.ModelSerializer):
    class Meta:
        model = Event
        fields = ["id", "item", "action", "from_status", "to_status", "actor", "actor_name", "reason", "at"]


class ItemDetailSerializer(ItemSerializer):
    reports = ReportSerializer(many=True, read_only=True)
    chases = ChaseSerializer(many=True, read_only=True)
    events = EventSerializer(many=True, read_only=True)

    class Meta(ItemSerializer.Meta):
        fields = ItemSerializer.Meta.fields + ["reports", "chases", "events"]


class BulletinSerializer(serializers.ModelSerializer):
    class Meta:
        model = Bulletin
        fields = ["id", "number", "title", "period_start", "period_end", "rows", "created_at"]


class BulletinCreateSerializer(serializers.Serializer):
    period_start = serializers.DateField()
    period_end = serializers.DateField()
    title = serializers.CharField(required=False, allow_blank=True, default="")


class ConfigSerializer(serializers.Serializer):
    remind_before = serializers.ListField(child=serializers.IntegerField(min_value=0), help_text="到期前提醒：距期限的工作日数")
    steps = serializers.ListField(child=serializers.DictField(), help_text='[{"name": "催办", "after_working_days": 0, "notify": ["unit"]}, …]')
    monthly_bulletin = serializers.BooleanField(required=False, help_text="每月第一个工作日自动生成上月通报（不填则不变）")


FILTERS = [OpenApiParameter(n, str, description=d) for n, d in [("q", "搜索"), ("status", "状态"), ("unit", "单位编号"), ("quadrant", "轻重缓急 1-4"),
                                                                  ("source", "来源"), ("overdue", "1 = 只看逾期"), ("level", "催办等级 0-3")]]


class TaskList(generics.ListAPIView):
    serializer_class = TaskSerializer
    pagination_class = NewestFirst
    permission_classes = [IsBusinessUser]

    def get_queryset(self):
        return selectors.tasks(self.request.user).order_by("-created_at", "-id")

    @extend_schema(summary="督办事项列表")
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    @extend_schema(summary="立项", request=TaskCreateSerializer, responses={201: TaskSerializer})
    def post(self, request):
        s = TaskCreateSerializer(data=request.data)
        s.is_valid(raise_exception=True)
        task = services.task_register(actor=request.user, **s.validated_data)
        return Response(TaskSerializer(task).data, status=status.HTTP_201_CREATED)


class TaskDetail(generics.RetrieveAPIView):
    serializer_class = TaskSerializer
    permission_classes = [IsBusinessUser]

    def get_queryset(self):
        return selectors.tasks(self.request.user)

    @extend_schema(summary="督办事项详情")
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)


class TaskItems(APIView):
    permission_classes = [IsBusinessUser]

    @extend_schema(summary="分解：添加子项", request=ItemCreateSerializer, responses={201: ItemSerializer})
    def post(self, request, pk):
        task = get_or_404(selectors.tasks(request.user), request.user, pk=pk)
        s = ItemCreateSerializer(data=request.data)
        s.is_valid(raise_exception=True)
        item = services.item_add(actor=request.user, task=task, **s.validated_data)
        return Response(ItemSerializer(item).data, status=status.HTTP_201_CREATED)


class TaskAssign(APIView):
    permission_classes = [IsBusinessUser]

    @extend_schema(summary="交办（全部待交办子项）", request=None, responses={200: ItemSerializer(many=True)})
    def post(self, request, pk):
        task = get_or_404(selectors.tasks(request.user), request.user, pk=pk)
        return Response(ItemSerializer(services.task_assign(actor=request.user, task=task), many=True).data)


class TaskArchive(APIView):
    permission_classes = [IsBusinessUser]

    @extend_schema(summary="归档", request=None, responses={200: TaskSerializer})
    def post(self, request, pk):
        task = get_or_404(selectors.tasks(request.user), request.user, pk=pk)
        return Response(TaskSerializer(services.task_archive(actor=request.user, task=task)).data)


class ItemList(generics.ListAPIView):
    serializer_class = ItemSerializer
    pagination_class = LedgerOrder
    permission_classes = [IsBusinessUser]

    def get_queryset(self):
        return selectors.ledger(self.request.user, self.request.query_params)

    @extend_schema(summary="督办台账（按轻重缓急、期限排序）", parameters=FILTERS)
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)


class ItemDetail(generics.RetrieveAPIView):
    serializer_class = ItemDetailSerializer
    permission_classes = [IsBusinessUser]

    def get_queryset(self):
        return selectors.items(self.request.user)

    @extend_schema(summary="子项详情（含反馈、催办、办理记录）")
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)


ACTIONS = [Action.SIGN, Action.REPORT, Action.APPLY, Action.ACCEPT, Action.SEND_BACK, Action.REOPEN, Action.CANCEL, Action.CHASE]


class ItemAction(APIView):
    permission_classes = [IsBusinessUser]
    parser_classes = [JSONParser, MultiPartParser, FormParser]

    @extend_schema(summary="子项操作：sign/report/apply/accept/send_back/reopen/cancel/chase", request=ActionSerializer, responses={200: ItemSerializer},
                   parameters=[OpenApiParameter("action", str, OpenApiParameter.PATH, enum=[a.value for a in ACTIONS])])
    def post(self, request, pk, action):
        item = get_or_404(selectors.items(request.user), request.user, pk=pk)
        if action not in ACTIONS:
            return Response({"detail": "没有这个操作"}, status=status.HTTP_404_NOT_FOUND)
        s = ActionSerializer(data=request.data)
        s.is_valid(raise_exception=True)
        d, u = s.validated_data, request.user
        files = request.FILES.getlist("files") if hasattr(request, "FILES") else []
        {
            Action.SIGN: lambda: services.item_sign(actor=u, item=item),
            Action.REPORT: lambda: services.item_report(actor=u, item=item, text=d["text"], progress=d["progress"], uploads=files),
            Action.APPLY: lambda: services.item_apply(actor=u, item=item, text=d["text"], uploads=files),
            Action.ACCEPT: lambda: services.item_accept(actor=u, item=item, comment=d["reason"]),
            Action.SEND_BACK: lambda: services.item_send_back(actor=u, item=item, reason=d["reason"]),
            Action.REOPEN: lambda: services.item_reopen(actor=u, item=item, reason=d["reason"], deadline_days=d.get("deadline_days")),
            Action.CANCEL: lambda: services.item_cancel(actor=u, item=item, reason=d["reason"]),
            Action.CHASE: lambda: services.item_chase(actor=u, item=item, text=d["reason"]),
        }[action]()
        return Response(ItemSerializer(get_object_or_404(Item, pk=item.pk)).data)


class BulletinList(generics.ListAPIView):
    serializer_class = BulletinSerializer
    pagination_class = NewestFirst
    permission_classes = [IsBusinessUser]

    def get_queryset(self):
        return selectors.bulletins(self.request.user)

    @extend_schema(summary="督查通报列表")
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    @extend_schema(summary="生成通报", request=BulletinCreateSerializer, responses={201: BulletinSerializer})
    def post(self, request):
        s = BulletinCreateSerializer(data=request.data)
        s.is_valid(raise_exception=True)
        return Response(BulletinSerializer(services.bulletin_create(actor=request.user, **s.validated_data)).data, status=status.HTTP_201_CREATED)


class BulletinDetail(generics.RetrieveAPIView):
    serializer_class = BulletinSerializer
    permission_classes = [IsBusinessUser]

    def get_queryset(self):
        return selectors.bulletins(self.request.user)

    @extend_schema(summary="督查通报详情")
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)


class ConfigView(APIView):
    permission_classes = [IsBusinessUser]

    @extend_schema(summary="催办设置", responses={200: ConfigSerializer})
    def get(self, request):
        cfg = config.load()
        return Response({"remind_before": cfg["remind_before"], "steps": cfg["steps"], "monthly_bulletin": cfg["monthly_bulletin"]})

    @extend_schema(summary="修改催办设置（督查专员、办公室主任）", request=ConfigSerializer, responses={200: ConfigSerializer})
    def put(self, request):
        s = ConfigSerializer(data=request.data)
        s.is_valid(raise_exception=True)
        clean = services.settings_set(actor=request.user, value=s.validated_data)
        return Response({"remind_before": clean["remind_before"], "steps": clean["steps"], "monthly_bulletin": clean["monthly_bulletin"]})


P = "supervision/"
urlpatterns = [
    path(P + "tasks", TaskList.as_view(), name="api-sv-tasks"),
    path(P + "tasks/<int:pk>", TaskDetail.as_view(), name="api-sv-task"),
    path(P + "tasks/<int:pk>/items", TaskItems.as_view(), name="api-sv-task-items"),
    path(P + "tasks/<int:pk>/assign", TaskAssign.as_view(), name="api-sv-task-assign"),
    path(P + "tasks/<int:pk>/archive", TaskArchive.as_view(), name="api-sv-task-archive"),
    path(P + "items", ItemList.as_view(), name="api-sv-items"),
    path(P + "items/<int:pk>", ItemDetail.as_view(), name="api-sv-item"),
    path(P + "items/<int:pk>/<slug:action>", ItemAction.as_view(), name="api-sv-item-action"),
    path(P + "bulletins", BulletinList.as_view(), name="api-sv-bulletins"),
    path(P + "bulletins/<int:pk>", BulletinDetail.as_view(), name="api-sv-bulletin"),
    path(P + "config", ConfigView.as_view(), name="api-sv-config"),
]
