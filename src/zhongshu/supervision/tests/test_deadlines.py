"""Deadlines in working days across 调休 weekends and national holidays."""

from datetime import date

import pytest
import time_machine

from zhongshu.supervision import services

from .conftest import at


@pytest.mark.parametrize("assigned,days,due", [
    (at(2024, 9, 27, 10), 2, at(2024, 9, 30, 17, 30)),    # Sun 9-29 is a 调休 working day
    (at(2024, 9, 27, 10), 1, at(2024, 9, 29, 17, 30)),    # due on a Sunday that is a working day
    (at(2024, 9, 30, 10), 1, at(2024, 10, 8, 17, 30)),    # 10-1..7 National Day holidays skipped
    (at(2024, 10, 11, 16), 1, at(2024, 10, 12, 17, 30)),  # Sat 10-12 is a working day
    (at(2025, 1, 24, 9), 1, at(2025, 1, 26, 17, 30)),     # Sun 1-26 before the Spring Festival
    (at(2025, 1, 27, 9), 1, at(2025, 2, 5, 17, 30)),      # 1-28..2-4 Spring Festival skipped
    (at(2024, 9, 27, 10), 5, at(2024, 10, 10, 17, 30)),
])
def test_working_day_deadline(make_task, assigned, days, due):
    _, items = make_task(days=days, when=assigned)
    assert items[0].due_at == due


def test_date_deadline_on_a_holiday_moves_back_to_last_working_day(supervisor, units, make_task):
    task, _ = make_task(n=0, assign=False, when=at(2024, 9, 20, 9))
    with time_machine.travel(at(2024, 9, 20, 9), tick=False):
        services.item_add(actor=supervisor, task=task, title="国庆前完成", target="完成", lead_unit=units[0][0], deadline_mode="date", due_date=date(2024, 10, 3))
        item = services.task_assign(actor=supervisor, task=task)[0]
    assert item.due_at == at(2024, 9, 30, 17, 30)


def test_reopen_with_new_deadline_counts_from_reopening(make_task, supervisor, units):
    _, items = make_task(days=1, when=at(2024, 9, 27, 10))
    item, handler = items[0], units[0][1]
    with time_machine.travel(at(2024, 9, 27, 11), tick=False):
        services.item_sign(actor=handler, item=item)
        services.item_apply(actor=handler, item=item, text="已完成全部工作并报送书面材料，请审核。")
        services.item_accept(actor=supervisor, item=item)
    with time_machine.travel(at(2024, 9, 30, 16), tick=False):
        item = services.item_reopen(actor=supervisor, item=item, reason="补充材料", deadline_days=2)
    assert item.due_at == at(2024, 10, 9, 17, 30) and item.status == "in_progress"
