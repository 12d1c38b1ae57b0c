from django import forms

from zhongshu.core.choices import Classification
from zhongshu.org.models import Unit

from .choices import Role


class LoginForm(forms.Form):
    username = forms.CharField(label="登录名", max_length=60)
    password = forms.CharField(label="密码", widget=forms.PasswordInput)


class PasswordChangeForm(forms.Form):
    old = forms.CharField(label="原密码", widget=forms.PasswordInput)
    new = forms.CharField(label="新密码", widget=forms.PasswordInput, help_text="至少10位，包含大写字母、小写字母、数字、符号中的至少三类")
    again = forms.CharField(label="再次输入新密码", widget=forms.PasswordInput)

    def clean(self):
        data = super().clean()
        if data.get("new") and data.get("new") != data.get("again"):
            raise forms.ValidationError("两次输入的新密码不一致")
        return data


def unit_field(required=False):
    return forms.ModelChoiceField(label="所在单位", queryset=Unit.objects.filter(is_active=True), required=required, empty_label="（无）")


class UserCreateForm(forms.Form):
    username = forms.CharField(label="登录名", max_length=60)
    name = forms.CharField(label="姓名", max_length=40)
    unit = unit_field()
    email = forms.EmailField(label="电子邮箱", required=False)
    phone = forms.CharField(label="电话", max_length=30, required=False)
    password = forms.CharField(label="初始密码", widget=forms.PasswordInput, help_text="至少10位，包含大写字母、小写字母、数字、符号中的至少三类")
    roles = forms.MultipleChoiceField(label="角色", choices=Role.choices, required=False, widget=forms.CheckboxSelectMultiple)


class UserEditForm(forms.Form):
    name = forms.CharField(label="姓名", max_length=40)
    unit = unit_field()
    email = forms.EmailField(label="电子邮箱", required=False)
    phone = forms.CharField(label="电话", max_length=30, required=False)
    is_active = forms.BooleanField(label="启用", required=False)
    roles = forms.MultipleChoiceField(label="角色", choices=Role.choices, required=False, widget=forms.CheckboxSelectMultiple)


class ResetPasswordForm(forms.Form):
    password = forms.CharField(label="新密码", widget=forms.PasswordInput, help_text="重置后账号同时解除锁定")


class ClearanceForm(forms.Form):
    clearance = forms.TypedChoiceField(label="涉密等级", choices=Classification.choices, coerce=int)
    reason = forms.CharField(label="事由", max_length=200, help_text="如：经审批任命为机要员，审批单号……")
