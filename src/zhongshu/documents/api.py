"""办文 API under /api/v1/: lists, details, creation, transitions, versions, review.

Every object comes through selectors (restrict()); every change through services.
"""

from __future__ import annotations

from django.urls import path
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_field
from rest_framework import generics, serializers, status
from rest_framework.response import Response
from rest_framework.pagination import CursorPagination
from rest_framework.views import APIView

from zhongshu.core.api_permissions import IsBusinessUser
from zhongshu.core.choices import Classification, Urgency
from zhongshu.core.errors import ServiceError

from . import api_plan
from . import selectors as sel
from . import services as s
from . import workflow as wf
from .choices import DocType, InAction, OutAction
from .models import Incoming, Outgoing, Version
from .views_common import units, user_or_none


class AssignmentSerializer(serializers.Serializer):
    unit = serializers.IntegerField(source="unit_id")
    unit_name = serializers.CharField(source="unit.name")
    role = serializers.CharField()
    reply = serializers.CharField()
    replied_at = serializers.DateTimeField(allow_null=True)


class CirculationSerializer(serializers.Serializer):
    reader = serializers.IntegerField(source="reader_id")
    reader_name = serializers.CharField(source="reader.name")
    sent_at = serializers.DateTimeField()
    read_at = serializers.DateTimeField(allow_null=True)


class HistorySerializer(serializers.Serializer):
    action = serializers.CharField()
    action_label = serializers.CharField()
    from_state = serializers.CharField()
    to_state = serializers.CharField()
    actor_name = serializers.CharField(source="actor.name", default=None)
    at = serializers.DateTimeField()
    reason = serializers.CharField()


class IncomingSerializer(serializers.ModelSerializer):
    state = serializers.CharField(read_only=True, help_text="signed/registered/returned/screened/proposed/handling/done/archive_ready")
    number = serializers.CharField(read_only=True)
    state_label = serializers.CharField(source="get_state_display", read_only=True)

    class Meta:
        model = Incoming
        fields = ["id", "number", "year", "serial", "unit", "source_name", "original_number", "title", "doctype", "classification", "secrecy_period", "urgency", "copies", "received_at", "due_at", "report_due", "report_remind_days", "state", "state_label"]


class IncomingDetailSerializer(IncomingSerializer):
    assignments = AssignmentSerializer(many=True, read_only=True)
    circulation = CirculationSerializer(many=True, read_only=True)
    history = HistorySerializer(many=True, read_only=True)
    actions = serializers.SerializerMethodField()

    class Meta(IncomingSerializer.Meta):
        fields = IncomingSerializer.Meta.fields + ["summary", "proposal", "leader", "instruction", "result", "return_reason", "assignments", "circulation", "history", "actions"]

    def get_actions(self, obj) -> list[str]:
        return wf.available(wf.INCOMING, self.context["request"].user, obj)


class OutgoingSerializer(serializers.ModelSerializer):
    state = serializers.CharField(read_only=True, help_text="draft/dept_review/office_review/cosign/signing/recheck/numbering/printing/dispatching/dispatched/archive_ready/cancelled")
    state_label = serializers.CharField(source="get_state_display", read_only=True)

    class Meta:
        model = Outgoing
        fields = ["id", "doctype", "title", "classification", "urgency", "unit", "issuer", "drafter", "signer", "state", "state_label", "version", "signed_version", "signed_at", "doc_number", "dispatched_at"]


class VersionSerializer(serializers.ModelSerializer):
    author_name = serializers.CharField(source="author.name", default=None)

    class Meta:
        model = Version
        fields = ["number", "text", "author", "author_name", "created_at", "note", "findings", "errors", "warnings"]


class OutgoingDetailSerializer(OutgoingSerializer):
    history = HistorySerializer(many=True, read_only=True)
    current = serializers.SerializerMethodField()
    actions = serializers.SerializerMethodField()

    class Meta(OutgoingSerializer.Meta):
        fields = OutgoingSerializer.Meta.fields + ["override_reason", "cancel_reason", "history", "current", "actions"]

    @extend_schema_field(VersionSerializer)
    def get_current(self, obj):
        return VersionSerializer(obj.versions.get(number=obj.version)).data

    def get_actions(self, obj) -> list[str]:
        return wf.available(wf.OUTGOING, self.context["request"].user, obj)


class IncomingCreateSerializer(serializers.Serializer):
    title = serializers.CharField(max_length=200)
    source_name = serializers.CharField(max_length=100)
    original_number = serializers.CharField(max_length=60, required=False, default="")
    doctype = serializers.ChoiceField(choices=DocType.choices, default=DocType.TONGZHI)
    classification = serializers.ChoiceField(choices=Classification.choices, default=0)
    secrecy_period = serializers.CharField(required=False, default="")
    urgency = serializers.ChoiceField(choices=Urgency.choices, default=Urgency.NORMAL)
    copies = serializers.IntegerField(min_value=1, default=1)
    report_due = serializers.DateTimeField(required=False, allow_null=True, default=None)
    report_remind_days = serializers.IntegerField(min_value=0, max_value=20, default=3)


class TransitionSerializer(serializers.Serializer):
    action = serializers.CharField(help_text="收文：screen/screen_return/propose/instruct/send_back/reply/circulate/read/urge/complete/archive；发文：submit/dept_approve/office_approve/cosign/sign/recheck/number/print/dispatch/receipt/archive/return/cancel")
    reason = serializers.CharField(required=False, default="")
    text = serializers.CharField(required=False, default="", help_text="拟办意见、批办意见、答复、办理结果、会签/签发意见等")
    leader = serializers.IntegerField(required=False, allow_null=True, default=None)
    signer = serializers.IntegerField(required=False, allow_null=True, default=None)
    reviewer = serializers.IntegerField(required=False, allow_null=True, default=None)
    main_unit = serializers.IntegerField(required=False, allow_null=True, default=None)
    units = serializers.ListField(child=serializers.IntegerField(), required=False, default=list, help_text="协办单位或会签单位")
    readers = serializers.ListField(child=serializers.IntegerField(), required=False, default=list)
    override_reason = serializers.CharField(required=False, default="")
    recipient = serializers.IntegerField(required=False, default=0)


class OutgoingCreateSerializer(serializers.Serializer):
    doctype = serializers.ChoiceField(choices=DocType.choices)
    title = serializers.CharField(max_length=200)
    issuer = serializers.IntegerField(help_text="发文机关（单位编号）")
    classification = serializers.ChoiceField(choices=Classification.choices, default=0)
    secrecy_period = serializers.CharField(required=False, default="")
    urgency = serializers.ChoiceField(choices=Urgency.choices, default=Urgency.NORMAL)
    text = serializers.CharField(required=False, allow_blank=True, default="", help_text="公文源文本；不填则用文种模板")


class VersionSaveSerializer(serializers.Serializer):
    text = serializers.CharField()
    base_version = serializers.IntegerField(help_text="编辑所基于的版本号；他人已保存更新版本时返回 409")
    note = serializers.CharField(required=False, default="")


class ChangeSerializer(serializers.Serializer):
    kind = serializers.CharField()
    before = serializers.CharField()
    after = serializers.CharField()


class ConflictSerializer(serializers.Serializer):
    detail = serializers.CharField()
    current_version = serializers.IntegerField()
    changes = ChangeSerializer(many=True)


class ReviewRequestSerializer(serializers.Serializer):
    text = serializers.CharField()


class FindingSerializer(serializers.Serializer):
    start = serializers.IntegerField()
    end = serializers.IntegerField()
    category = serializers.CharField()
    severity = serializers.CharField()
    rule = serializers.CharField()
    message = serializers.CharField()
    suggestion = serializers.CharField(allow_null=True)


class ReviewResponseSerializer(serializers.Serializer):
    findings = FindingSerializer(many=True)
    stats = serializers.DictField()


class NewestFirst(CursorPagination):
    """Cursor paging: no COUNT(*) over a million rows, stable under inserts."""

    ordering = "-id"
    page_size = 50


LIST_PARAMS = [OpenApiParameter("q", str), OpenApiParameter("year", int), OpenApiParameter("state", str), OpenApiParameter("doctype", str)]


def _ledger_filters(params) -> dict:
    """The shared query parameters of both 登记簿 lists (LIST_PARAMS)."""
    year = params.get("year")
    return {"q": params.get("q", ""), "year": int(year) if year and year.isdigit() else None, "state": params.get("state", ""), "doctype": params.get("doctype", "")}


class IncomingList(generics.ListAPIView):
    serializer_class = IncomingSerializer
    pagination_class = NewestFirst
    permission_classes = [IsBusinessUser]

    @extend_schema(summary="收文登记簿", parameters=LIST_PARAMS)
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return sel.incoming_ledger(self.request.user, **_ledger_filters(self.request.query_params))

    @extend_schema(summary="签收并登记来文", request=IncomingCreateSerializer, responses={201: IncomingDetailSerializer})
    def post(self, request):
        data = _valid(IncomingCreateSerializer, request)
        doc = s.incoming_sign(actor=request.user, title=data["title"], source_name=data["source_name"], original_number=data["original_number"], doctype=data["doctype"], classification=data["classification"], urgency=data["urgency"], copies=data["copies"])
        doc = s.incoming_register(actor=request.user, incoming=doc, secrecy_period=data["secrecy_period"], report_due=data["report_due"], report_remind_days=data["report_remind_days"])
        return Response(IncomingDetailSerializer(doc, context={"request": request}).data, status=status.HTTP_201_CREATED)


class IncomingDetail(APIView):
    permission_classes = [IsBusinessUser]

    @extend_schema(summary="收文详情", responses=IncomingDetailSerializer)
    def get(self, request, pk):
        return Response(IncomingDetailSerializer(sel.incoming_get(request.user, pk), context={"request": request}).data)


def _valid(serializer_class, request):
    ser = serializer_class(data=request.data)
    ser.is_valid(raise_exception=True)
    return ser.validated_data


IN_CALLS = {
    InAction.SCREEN: lambda u, d, v: s.incoming_screen(actor=u, incoming=d, passed=True),
    InAction.SCREEN_RETURN: lambda u, d, v: s.incoming_screen(actor=u, incoming=d, passed=False, reason=v["reason"]),
    InAction.PROPOSE: lambda u, d, v: s.incoming_propose(actor=u, incoming=d, proposal=v["text"], leader=user_or_none(v["leader"]), main_unit=(units([v["main_unit"]]) or [None])[0], assist_units=units(v["units"])),
    InAction.INSTRUCT: lambda u, d, v: s.incoming_instruct(actor=u, incoming=d, instruction=v["text"], main_unit=(units([v["main_unit"]]) or [None])[0], assist_units=units(v["units"])),
    InAction.SEND_BACK: lambda u, d, v: s.incoming_send_back(actor=u, incoming=d, reason=v["reason"]),
    InAction.REPLY: lambda u, d, v: s.incoming_reply(actor=u, incoming=d, reply=v["text"]),
    InAction.CIRCULATE: lambda u, d, v: s.incoming_circulate(actor=u, incoming=d, readers=[user_or_none(r) for r in v["readers"]]),
    InAction.READ: lambda u, d, v: s.incoming_read(actor=u, incoming=d, note=v["text"]),
    InAction.URGE: lambda u, d, v: s.incoming_urge(actor=u, incoming=d, message=v["text"]),
    InAction.COMPLETE: lambda u, d, v: s.incoming_complete(actor=u, incoming=d, result=v["text"]),
    InAction.ARCHIVE: lambda u, d, v: s.incoming_archive(actor=u, incoming=d),
}

OUT_CALLS = {
    OutAction.SUBMIT: lambda u, d, v: s.outgoing_submit(actor=u, outgoing=d, reviewer=user_or_none(v["reviewer"])),
    OutAction.DEPT_APPROVE: lambda u, d, v: s.outgoing_dept_approve(actor=u, outgoing=d, opinion=v["text"]),
    OutAction.OFFICE_APPROVE: lambda u, d, v: s.outgoing_office_approve(actor=u, outgoing=d, signer=user_or_none(v["signer"]), cosign_units=units(v["units"]), opinion=v["text"]),
    OutAction.COSIGN: lambda u, d, v: s.outgoing_cosign(actor=u, outgoing=d, opinion=v["text"] or "同意"),
    OutAction.RETURN: lambda u, d, v: s.outgoing_return(actor=u, outgoing=d, reason=v["reason"]),
    OutAction.SIGN: lambda u, d, v: s.outgoing_sign(actor=u, outgoing=d, override_reason=v["override_reason"], opinion=v["text"]),
    OutAction.RECHECK: lambda u, d, v: s.outgoing_recheck(actor=u, outgoing=d, opinion=v["text"]),
    OutAction.NUMBER: lambda u, d, v: s.outgoing_number(actor=u, outgoing=d),
    OutAction.PRINT: lambda u, d, v: s.outgoing_print(actor=u, outgoing=d),
    OutAction.DISPATCH: lambda u, d, v: s.outgoing_dispatch(actor=u, outgoing=d),
    OutAction.RECEIPT: lambda u, d, v: s.outgoing_receipt(actor=u, outgoing=d, recipient_id=v["recipient"], note=v["text"]),
    OutAction.ARCHIVE: lambda u, d, v: s.outgoing_archive(actor=u, outgoing=d),
    OutAction.CANCEL: lambda u, d, v: s.outgoing_cancel(actor=u, outgoing=d, reason=v["reason"]),
}


class IncomingTransition(APIView):
    permission_classes = [IsBusinessUser]

    @extend_schema(summary="收文办理（状态流转）", request=TransitionSerializer, responses=IncomingDetailSerializer)
    def post(self, request, pk):
        doc = sel.incoming_get(request.user, pk, log=False)
        v = _valid(TransitionSerializer, request)
        call = IN_CALLS.get(v["action"])
        if call is None:
            raise ServiceError(f"未知操作“{v['action']}”")
        call(request.user, doc, v)
        return Response(IncomingDetailSerializer(sel.incoming_get(request.user, pk, log=False), context={"request": request}).data)


class OutgoingList(generics.ListAPIView):
    serializer_class = OutgoingSerializer
    pagination_class = NewestFirst
    permission_classes = [IsBusinessUser]

    @extend_schema(summary="发文登记簿", parameters=LIST_PARAMS)
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return sel.outgoing_ledger(self.request.user, **_ledger_filters(self.request.query_params))

    @extend_schema(summary="起草公文", request=OutgoingCreateSerializer, responses={201: OutgoingDetailSerializer})
    def post(self, request):
        from zhongshu.org.models import Unit

        v = _valid(OutgoingCreateSerializer, request)
        issuer = Unit.objects.filter(pk=v["issuer"]).first()
        if issuer is None:
            raise ServiceError("发文机关不存在", field="issuer")
        doc = s.outgoing_create(actor=request.user, doctype=v["doctype"], title=v["title"], issuer=issuer, classification=v["classification"], secrecy_period=v["secrecy_period"], urgency=v["urgency"], text=v["text"] or None)
        return Response(OutgoingDetailSerializer(doc, context={"request": request}).data, status=status.HTTP_201_CREATED)


class OutgoingDetail(APIView):
    permission_classes = [IsBusinessUser]

    @extend_schema(summary="发文详情（含当前版本及其五关审校结果）", responses=OutgoingDetailSerializer)
    def get(self, request, pk):
        return Response(OutgoingDetailSerializer(sel.outgoing_get(request.user, pk), context={"request": request}).data)


class OutgoingTransition(APIView):
    permission_classes = [IsBusinessUser]

    @extend_schema(summary="发文办理（状态流转）", request=TransitionSerializer, responses=OutgoingDetailSerializer)
    def post(self, request, pk):
        doc = sel.outgoing_get(request.user, pk, log=False)
        v = _valid(TransitionSerializer, request)
        call = OUT_CALLS.get(v["action"])
        if call is None:
            raise ServiceError(f"未知操作“{v['action']}”")
        call(request.user, doc, v)
        return Response(OutgoingDetailSerializer(sel.outgoing_get(request.user, pk, log=False), context={"request": request}).data)


class OutgoingVersions(APIView):
    permission_classes = [IsBusinessUser]

    @extend_schema(summary="发文的全部版本", responses=VersionSerializer(many=True))
    def get(self, request, pk):
        doc = sel.outgoing_get(request.user, pk)
        return Response(VersionSerializer(doc.versions.select_related("author"), many=True).data)

    @extend_schema(summary="保存新版本（乐观并发：base_version 过期时返回 409 及对方改动）", request=VersionSaveSerializer, responses={201: VersionSerializer, 409: ConflictSerializer})
    def post(self, request, pk):
        from .versions import Conflict

        doc = sel.outgoing_get(request.user, pk, log=False)
        v = _valid(VersionSaveSerializer, request)
        try:
            version = s.version_save(actor=request.user, outgoing=doc, text=v["text"], base_version=v["base_version"], note=v["note"])
        except Conflict as exc:
            changes = [{"kind": r.kind, "before": "".join(p.text for p in r.left), "after": "".join(p.text for p in r.right)} for r in exc.diff if r.kind != "same"]
            return Response({"detail": exc.message, "current_version": exc.theirs.number, "changes": changes}, status=status.HTTP_409_CONFLICT)
        return Response(VersionSerializer(version).data, status=status.HTTP_201_CREATED)


class Review(APIView):
    permission_classes = [IsBusinessUser]

    @extend_schema(summary="五关审校", description="返回与 `zhongshu review --format json` 相同的结构；start/end 为字符（码位）偏移。", request=ReviewRequestSerializer, responses=ReviewResponseSerializer)
    def post(self, request):
        v = _valid(ReviewRequestSerializer, request)
        try:
            from zhongshu.review import review_text
        except Exception:
            raise ServiceError("五关审校模块暂不可用")
        return Response(review_text(v["text"]).to_dict())


urlpatterns = [
    path("incoming", IncomingList.as_view(), name="api-incoming-list"),
    path("incoming/<int:pk>", IncomingDetail.as_view(), name="api-incoming-detail"),
    path("incoming/<int:pk>/transition", IncomingTransition.as_view(), name="api-incoming-transition"),
    path("outgoing", OutgoingList.as_view(), name="api-outgoing-list"),
    path("outgoing/<int:pk>", OutgoingDetail.as_view(), name="api-outgoing-detail"),
    path("outgoing/<int:pk>/transition", OutgoingTransition.as_view(), name="api-outgoing-transition"),
    path("outgoing/<int:pk>/versions", OutgoingVersions.as_view(), name="api-outgoing-versions"),
    path("review", Review.as_view(), name="api-review"),
    path("plans", api_plan.PlanList.as_view(), name="api-plan-list"),
    path("plans/figures", api_plan.PlanFigures.as_view(), name="api-plan-figures"),
    path("plans/<int:pk>", api_plan.PlanDetail.as_view(), name="api-plan-detail"),
    path("plans/<int:pk>/transition", api_plan.PlanTransition.as_view(), name="api-plan-transition"),
]
