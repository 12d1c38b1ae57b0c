"""Forms of the 办文 pages (labels and errors in Chinese)."""

from django import forms

from zhongshu.accounts.choices import Role
from zhongshu.accounts.models import User
from zhongshu.core.choices import Classification, Urgency
from zhongshu.org.models import Unit

from .choices import DocType

DT = {"type": "datetime-local"}


def leaders():
    return User.objects.filter(is_active=True, admin_role="", role_assignments__role=Role.LEADER).distinct().select_related("unit").order_by("id")


def reviewers():
    """部门审核: heads of departments (directors and leaders)."""
    return User.objects.filter(is_active=True, admin_role="", role_assignments__role__in=[Role.DIRECTOR, Role.LEADER]).distinct().select_related("unit").order_by("id")


def handling_units():
    return Unit.objects.filter(is_active=True).exclude(kind="external").order_by("order", "id")


class IncomingForm(forms.Form):
    title = forms.CharField(label="标题", max_length=200)
    source_name = forms.CharField(label="来文单位", max_length=100)
    original_number = forms.CharField(label="原文号", max_length=60, required=False)
    doctype = forms.ChoiceField(label="文种", choices=DocType.choices, initial=DocType.TONGZHI)
    classification = forms.TypedChoiceField(label="密级", choices=Classification.choices, coerce=int, initial=0)
    secrecy_period = forms.CharField(label="保密期限", max_length=20, required=False, help_text="涉密文件必填，如“1年”")
    urgency = forms.ChoiceField(label="紧急程度", choices=Urgency.choices, initial=Urgency.NORMAL)
    copies = forms.IntegerField(label="份数", min_value=1, initial=1)
    summary = forms.CharField(label="内容摘要", widget=forms.Textarea(attrs={"rows": 3}), required=False)
    due_at = forms.DateTimeField(label="办理期限", required=False, widget=forms.DateTimeInput(attrs=DT), help_text="留空则按紧急程度自动计算（特急2小时、紧急当天、加急2个工作日、普通3个工作日）")
    report_due = forms.DateTimeField(label="报送期限", required=False, widget=forms.DateTimeInput(attrs=DT), help_text="来文要求报送材料的截止时间")
    report_in_days = forms.IntegerField(label="或：报送期限为收文后第几个工作日", required=False, min_value=1, max_value=60)
    report_remind_days = forms.IntegerField(label="提前提醒（工作日）", min_value=0, max_value=20, initial=3)
    file = forms.FileField(label="原件（扫描件或电子文件）", required=False)


class ProposeForm(forms.Form):
    proposal = forms.CharField(label="拟办意见", widget=forms.Textarea(attrs={"rows": 2}))
    leader = forms.ModelChoiceField(label="呈批领导", queryset=User.objects.none())
    main_unit = forms.ModelChoiceField(label="建议主办单位", queryset=Unit.objects.none(), required=False)
    assist_units = forms.ModelMultipleChoiceField(label="建议协办单位", queryset=Unit.objects.none(), required=False, widget=forms.CheckboxSelectMultiple)

    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.fields["leader"].queryset = leaders()
        self.fields["main_unit"].queryset = self.fields["assist_units"].queryset = handling_units()


class InstructForm(forms.Form):
    instruction = forms.CharField(label="批办意见", widget=forms.Textarea(attrs={"rows": 3}))
    main_unit = forms.ModelChoiceField(label="主办单位", queryset=Unit.objects.none(), required=False, help_text="留空则按拟办建议")
    assist_units = forms.ModelMultipleChoiceField(label="协办单位", queryset=Unit.objects.none(), required=False, widget=forms.CheckboxSelectMultiple)

    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.fields["main_unit"].queryset = self.fields["assist_units"].queryset = handling_units()


class OutgoingForm(forms.Form):
    doctype = forms.ChoiceField(label="文种", choices=DocType.choices, initial=DocType.TONGZHI)
    title = forms.CharField(label="标题", max_length=200)
    issuer = forms.ModelChoiceField(label="发文机关", queryset=Unit.objects.none(), help_text="其机关代字用于发文字号")
    classification = forms.TypedChoiceField(label="密级", choices=Classification.choices, coerce=int, initial=0)
    secrecy_period = forms.CharField(label="保密期限", max_length=20, required=False)
    urgency = forms.ChoiceField(label="紧急程度", choices=Urgency.choices, initial=Urgency.NORMAL)
    signer = forms.ModelChoiceField(label="签发领导", queryset=User.objects.none(), required=False)
    file = forms.FileField(label="或上传 .docx 文稿", required=False, help_text="不上传则按文种模板起草")

    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.fields["issuer"].queryset = Unit.objects.filter(is_active=True).exclude(code="").exclude(kind="external").order_by("order")
        self.fields["signer"].queryset = leaders()


class PlanForm(forms.Form):
    month = forms.TypedChoiceField(label="计划月份", choices=[(m, f"{m}月") for m in range(1, 13)], coerce=int)
    title = forms.CharField(label="拟发文件标题", max_length=200)
    doctype = forms.ChoiceField(label="文种", choices=DocType.choices, initial=DocType.TONGZHI)
    unit = forms.ModelChoiceField(label="起草单位", queryset=Unit.objects.none())
    reason = forms.CharField(label="发文理由/依据", widget=forms.Textarea(attrs={"rows": 2}), required=False)

    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.fields["unit"].queryset = handling_units()
