from django import forms
from django.db.models import Q

from zhongshu.accounts.choices import Role
from zhongshu.accounts.models import User
from zhongshu.core.choices import Classification, Urgency
from zhongshu.org.choices import UnitKind
from zhongshu.org.models import Unit

from .choices import DeadlineMode, Frequency, SourceKind


def _units():
    return Unit.objects.filter(is_active=True).exclude(kind=UnitKind.EXTERNAL).order_by("order", "id")


class TaskForm(forms.Form):
    title = forms.CharField(label="事项名称", max_length=200)
    source_kind = forms.ChoiceField(label="来源", choices=SourceKind.choices)
    instruction = forms.CharField(label="批示内容/决定事项", widget=forms.Textarea(attrs={"rows": 3}), required=False)
    instructing_leader = forms.ModelChoiceField(label="批示领导", required=False, queryset=User.objects.none())
    instructed_on = forms.DateField(label="批示/决定日期", required=False, widget=forms.DateInput(attrs={"type": "date"}))
    source_title = forms.CharField(label="来源文件/会议", max_length=200, required=False, help_text="如：收文标题、会议名称")
    important = forms.BooleanField(label="重要", required=False, initial=True)
    urgency = forms.ChoiceField(label="紧急程度", choices=Urgency.choices, initial=Urgency.NORMAL)
    classification = forms.TypedChoiceField(label="密级", choices=Classification.choices, coerce=int, initial=0)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["instructing_leader"].queryset = User.objects.filter(is_active=True, role_assignments__role__in=[Role.LEADER, Role.DIRECTOR]).distinct().order_by("posts__rank", "id")


class ItemForm(forms.Form):
    title = forms.CharField(label="分解事项", max_length=200)
    target = forms.CharField(label="目标要求", widget=forms.Textarea(attrs={"rows": 2}), help_text="可衡量的完成标准")
    lead_unit = forms.ModelChoiceField(label="牵头单位", queryset=Unit.objects.none())
    co_units = forms.ModelMultipleChoiceField(label="责任单位（配合）", queryset=Unit.objects.none(), required=False)
    assignee = forms.ModelChoiceField(label="责任人", queryset=User.objects.none(), required=False, help_text="不填则送牵头单位全部承办人")
    deadline_mode = forms.ChoiceField(label="时限方式", choices=DeadlineMode.choices, initial=DeadlineMode.WORKING_DAYS)
    deadline_days = forms.IntegerField(label="时限（工作日）", required=False, min_value=1, max_value=365, initial=10)
    due_date = forms.DateField(label="完成日期", required=False, widget=forms.DateInput(attrs={"type": "date"}))
    frequency = forms.ChoiceField(label="反馈频次", choices=Frequency.choices, initial=Frequency.ONCE)
    milestones = forms.CharField(label="反馈节点", required=False, help_text="每行一个：2024-10-15 完成方案", widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["lead_unit"].queryset = _units()
        self.fields["co_units"].queryset = _units()
        self.fields["assignee"].queryset = User.objects.filter(is_active=True, admin_role="").filter(~Q(unit=None)).select_related("unit").order_by("unit__order", "id")
        self.fields["assignee"].label_from_instance = lambda u: f"{u.unit.label} {u.name}"

    def clean_milestones(self):
        out = []
        for line in (self.cleaned_data.get("milestones") or "").splitlines():
            line = line.strip()
            if not line:
                continue
            day, _, label = line.partition(" ")
            try:
                forms.DateField().clean(day)
            except forms.ValidationError:
                raise forms.ValidationError(f"节点日期格式不对：{day}（应为 2024-10-15）") from None
            out.append({"date": day, "label": label.strip()})
        return out


class ReportForm(forms.Form):
    text = forms.CharField(label="进展情况", widget=forms.Textarea(attrs={"rows": 3}))
    progress = forms.IntegerField(label="完成进度（%）", min_value=0, max_value=100, initial=0, required=False)


class BulletinForm(forms.Form):
    period_start = forms.DateField(label="统计起", widget=forms.DateInput(attrs={"type": "date"}))
    period_end = forms.DateField(label="统计止", widget=forms.DateInput(attrs={"type": "date"}))
    title = forms.CharField(label="标题", max_length=200, required=False, help_text="不填则自动生成")
