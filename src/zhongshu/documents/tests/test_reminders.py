"""报送期限 chased N working days before, once, by the worker's scanner."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine

from zhongshu.documents.choices import InState
from zhongshu.documents.scanners import scan_report_due
from zhongshu.notifications.models import Outbox

from .helpers import incoming_to

pytestmark = pytest.mark.django_db
TZ = ZoneInfo("Asia/Shanghai")


def test_report_due_reminders(cast):
    from zhongshu.calendars.services import add_working_days

    with time_machine.travel(datetime(2025, 9, 1, 9, 0, tzinfo=TZ), tick=False):
        end = add_working_days(datetime(2025, 9, 1).date(), 10)
        due = datetime(end.year, end.month, end.day, 17, 30, tzinfo=TZ)
        doc = incoming_to(InState.HANDLING, cast, report_due=due)
        assert scan_report_due(datetime.now(TZ)) == 0
    def reminders():
        return Outbox.objects.filter(title__startswith="报送期限临近", recipient=cast["handler"]).count()
    # 3 working days before (the default), the handlers of the assigned units hear of it, once.
    from datetime import timedelta

    from zhongshu.calendars.services import remind_before

    remind_at = remind_before(due, 3)
    assert (due - remind_at).days >= 3
    with time_machine.travel(remind_at - timedelta(minutes=1), tick=False):
        scan_report_due(datetime.now(TZ))
        assert reminders() == 0
    with time_machine.travel(remind_at + timedelta(minutes=1), tick=False):
        scan_report_due(datetime.now(TZ))
        scan_report_due(datetime.now(TZ))
        assert reminders() == 1
    with time_machine.travel(due.replace(hour=18), tick=False):
        scan_report_due(datetime.now(TZ))
        assert Outbox.objects.filter(title__startswith="已超过报送期限", recipient=cast["handler"]).count() == 1
