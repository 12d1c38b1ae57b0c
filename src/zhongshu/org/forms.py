from django import forms

from zhongshu.accounts.models import User

from .choices import DelegationKind


class DelegationForm(forms.Form):
    kind = forms.ChoiceField(label="类型", choices=DelegationKind.choices)
    principal = forms.ModelChoiceField(label="被代理人（A岗）", queryset=User.objects.filter(is_active=True, admin_role=""))
    deputy = forms.ModelChoiceField(label="代理人（B岗）", queryset=User.objects.filter(is_active=True, admin_role=""))
    starts_at = forms.DateTimeField(label="开始时间", widget=forms.DateTimeInput(attrs={"type": "datetime-local"}))
    ends_at = forms.DateTimeField(label="结束时间", widget=forms.DateTimeInput(attrs={"type": "datetime-local"}))
    reason = forms.CharField(label="事由", max_length=200, required=False)


class ImportForm(forms.Form):
    file = forms.FileField(label="Excel 文件（.xlsx）")
