"""发文计划 API under /api/v1/plans: list, create, detail, transitions, figures."""

from __future__ import annotations

from django.utils import timezone
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from zhongshu.core.api_permissions import IsBusinessUser
from zhongshu.core.errors import ServiceError

from . import plans as P
from . import selectors as sel
from .choices import DocType, PlanStatus
from .models import Outgoing, PlanItem


class PlanSerializer(serializers.ModelSerializer):
    status_label = serializers.CharField(source="get_status_display", read_only=True)
    unit_name = serializers.CharField(source="unit.name", read_only=True)
    outgoing = serializers.SerializerMethodField(help_text="对应发文的编号；无权查看时为 null")

    class Meta:
        model = PlanItem
        fields = ["id", "year", "month", "title", "doctype", "unit", "unit_name", "reason", "status", "status_label", "outgoing", "cancel_reason", "created_at", "updated_at"]

    def get_outgoing(self, obj) -> int | None:
        visible = self.context.get("visible", {})
        return obj.outgoing_id if obj.outgoing_id in visible else None


class PlanCreateSerializer(serializers.Serializer):
    year = serializers.IntegerField(min_value=2000, max_value=2100)
    month = serializers.IntegerField(min_value=1, max_value=12)
    title = serializers.CharField(max_length=200)
    doctype = serializers.ChoiceField(choices=DocType.choices)
    unit = serializers.IntegerField(help_text="起草单位编号")
    reason = serializers.CharField(required=False, allow_blank=True, default="")


class PlanTransitionSerializer(serializers.Serializer):
    action = serializers.ChoiceField(choices=[("link", "关联发文"), ("cancel", "取消"), ("month", "调整月份")])
    outgoing = serializers.IntegerField(required=False, allow_null=True, default=None, help_text="link：发文编号")
    reason = serializers.CharField(required=False, default="", help_text="cancel：取消理由")
    month = serializers.IntegerField(required=False, min_value=1, max_value=12, default=None, allow_null=True)


class PlanMonthSerializer(serializers.Serializer):
    month = serializers.IntegerField()
    planned = serializers.IntegerField()
    planned_issued = serializers.IntegerField()
    issued = serializers.IntegerField()
    before = serializers.IntegerField(help_text="上年同月核发数")
    change = serializers.CharField()


class PlanFiguresSerializer(serializers.Serializer):
    year = serializers.IntegerField()
    cutoff = serializers.CharField()
    months = PlanMonthSerializer(many=True)
    planned = serializers.IntegerField()
    planned_issued = serializers.IntegerField()
    rate = serializers.CharField()
    issued = serializers.IntegerField()
    in_plan = serializers.IntegerField()
    outside_plan = serializers.IntegerField()
    same_now = serializers.IntegerField(help_text="今年1月1日至今核发数")
    same_before = serializers.IntegerField(help_text="上年同期核发数")
    same_change = serializers.CharField()


def _year(request) -> int:
    y = request.query_params.get("year", "")
    return int(y) if y.isdigit() else timezone.localdate().year


def _out(request, items, many=False, code=status.HTTP_200_OK):
    rows = items if many else [items]
    ctx = {"request": request, "visible": sel.plan_outgoing(request.user, rows)}
    return Response(PlanSerializer(items, many=many, context=ctx).data, status=code)


class PlanList(APIView):
    permission_classes = [IsBusinessUser]

    @extend_schema(summary="发文计划（某年度）", parameters=[OpenApiParameter("year", int), OpenApiParameter("status", str, enum=PlanStatus.values)], responses=PlanSerializer(many=True))
    def get(self, request):
        st = request.query_params.get("status", "")
        return _out(request, list(sel.plan_items(request.user, year=_year(request), status=st if st in PlanStatus.values else "")), many=True)

    @extend_schema(summary="列入发文计划", request=PlanCreateSerializer, responses={201: PlanSerializer})
    def post(self, request):
        from zhongshu.org.models import Unit

        ser = PlanCreateSerializer(data=request.data)
        ser.is_valid(raise_exception=True)
        v = ser.validated_data
        plan = P.plan_create(actor=request.user, year=v["year"], month=v["month"], title=v["title"], doctype=v["doctype"], unit=Unit.objects.filter(pk=v["unit"]).first(), reason=v["reason"])
        return _out(request, plan, code=status.HTTP_201_CREATED)


class PlanDetail(APIView):
    permission_classes = [IsBusinessUser]

    @extend_schema(summary="发文计划项", responses=PlanSerializer)
    def get(self, request, pk):
        return _out(request, sel.plan_get(request.user, pk))


class PlanTransition(APIView):
    permission_classes = [IsBusinessUser]

    @extend_schema(summary="发文计划：关联发文、取消、调整月份", request=PlanTransitionSerializer, responses=PlanSerializer)
    def post(self, request, pk):
        plan = sel.plan_get(request.user, pk)
        ser = PlanTransitionSerializer(data=request.data)
        ser.is_valid(raise_exception=True)
        v = ser.validated_data
        if v["action"] == "link":
            plan = P.plan_link(actor=request.user, plan=plan, outgoing=Outgoing.objects.filter(pk=v["outgoing"]).first())
        elif v["action"] == "cancel":
            plan = P.plan_cancel(actor=request.user, plan=plan, reason=v["reason"])
        else:
            if v["month"] is None:
                raise ServiceError("请填写计划月份", field="month")
            plan = P.plan_update(actor=request.user, plan=plan, month=v["month"])
        return _out(request, sel.plan_get(request.user, plan.pk))


class PlanFigures(APIView):
    permission_classes = [IsBusinessUser]

    @extend_schema(summary="精文简会：计划与实际发文（按月），与上年同期比较", parameters=[OpenApiParameter("year", int)], responses=PlanFiguresSerializer)
    def get(self, request):
        return Response(PlanFiguresSerializer(sel.plan_figures(request.user, year=_year(request))).data)
