from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import JsonResponse
from django.shortcuts import redirect

from zhongshu.accounts.choices import AdminRole

ADMIN_HOME = {AdminRole.SYSTEM: "admin-users", AdminRole.SECURITY: "admin-clearances", AdminRole.AUDITOR: "audit-log"}


@login_required
def home(request):
    if request.user.admin_role:
        return redirect(ADMIN_HOME[request.user.admin_role])
    from zhongshu.todo.views import inbox

    return inbox(request)


def health(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})
