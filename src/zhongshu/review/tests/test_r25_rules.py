"""Round 25 (session 20): rules from fresh43 and fresh44 and leftovers of round 24, each with a case it must leave alone."""

from .helpers import found

# --- leftovers of round 24 ------------------------------------------------------------------------------------


def test_round25_observance_days_by_short_name_and_weekday_rule():
    assert found("办好“3·22”世界气象日宣传活动。", "fact.event_date") == ["3·22"]
    assert found("以“3·23”世界气象日为契机开展科普宣传。", "fact.event_date") == []
    assert found("结合“12·4”国家宪法日开展宣传。", "fact.event_date") == []
    assert found("2026年9月20日是第26个全民国防教育日。", "fact.event_date") == ["9月20日"]
    assert found("2026年9月19日是第26个全民国防教育日。", "fact.event_date") == []
    assert found("2026年3月12日是第47个植树节。", "fact.anniversary") == ["第47个"]
    assert found("2026年3月12日是第48个植树节。", "fact.anniversary") == []


def test_round25_period_day_count_is_exact_and_reads_the_whole_stay():
    stay = "拟于2026年12月7日（星期一）至12日（星期六）对我省进行友好访问，访问期间共{}天。"
    assert found(stay.format(5), "fact.period") == ["5天"]
    assert found(stay.format(6), "fact.period") == []
    assert found("培训于3月2日至6日举行，为期4天。", "fact.period") == ["4天"]
    assert found("培训于3月2日至6日举行，为期5天。", "fact.period") == []
    assert found("活动于3月2日至6日举行，期间开展实操，其中共2天。", "fact.period") == []


def test_round25_skip_level_recipient_of_a_village_or_a_county_unit():
    village = "柳塘镇杏林村民委员会关于申请村道改造资金的请示\n{}：\n　　我村……特此请示。\n"
    assert found(village.format("岚江县人民政府"), "policy.skip_level") == ["岚江县人民政府"]
    assert found(village.format("柳塘镇人民政府"), "policy.skip_level") == []
    bureau = "岚江县教育局关于申请校舍改造资金的请示\n{}：\n　　我局……特此请示。\n"
    assert found(bureau.format("澜州市人民政府"), "policy.skip_level") == ["澜州市人民政府"]
    assert found(bureau.format("澜州市教育局"), "policy.skip_level") == []
    assert found(bureau.format("县人民政府"), "policy.skip_level") == []
    assert found("岚江县人民政府关于申请资金的请示\n澜州市人民政府：\n　　我县……\n", "policy.skip_level") == []
