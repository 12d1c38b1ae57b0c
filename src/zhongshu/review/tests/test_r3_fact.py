"""Breakdowns after 其中 (any verb, across “。其中”), 由去年同期的A增加到B, rates of “B中有A”,
优良天数, shares above 100%, 城乡居民收入比, anniversaries counted from the document's year."""

from .helpers import found


def test_breakdown_any_verb():
    assert found("新引进市场主体386户，其中企业214户、个体工商户182户。", "fact.total") != []
    assert found("新引进市场主体396户，其中企业214户、个体工商户182户。", "fact.total") == []
    assert found("全年实施重点项目126个，完成投资218亿元，其中产业项目82个、基础设施项目32个、民生项目18个。", "fact.total") != []
    assert found("全年实施重点项目132个，完成投资218亿元，其中产业项目82个、基础设施项目32个、民生项目18个。", "fact.total") == []
    # a partial breakdown below the total is normal
    assert found("接待游客1260万人次，其中过夜游客320万人次、入境游客12万人次。", "fact.total") == []
    # a clause after the breakdown is not a part
    assert found("识别监测对象126户，其中产业帮扶72户、就业帮扶41户，已消除风险89户。", "fact.total") == []


def test_breakdown_after_full_stop():
    t = "实现地区生产总值186.5亿元，同比增长5.9%。其中，第一产业增加值18.2亿元，第二产业增加值76.8亿元，第三产业增加值95.5亿元。"
    assert found(t, "fact.total") != []
    t = "实现地区生产总值190.5亿元，同比增长5.9%。其中，第一产业增加值18.2亿元，第二产业增加值76.8亿元，第三产业增加值95.5亿元。"
    assert found(t, "fact.total") == []


def test_growth_after_last_year_same_period():
    assert found("企业由去年同期的126家增加到142家，增长了16%。", "fact.percent") == ["16%"]
    assert found("企业由去年同期的126家增加到142家，增长了12.7%。", "fact.percent") == []


def test_rate_in_of():
    assert found("468家被调查企业中有148家没有提取安全费用，占35.6%。", "fact.percentage") != []
    assert found("468家被调查企业中有148家没有提取安全费用，占31.6%。", "fact.percentage") == []
    assert found("全年空气质量优良天数为332天，优良率为95.2%。", "fact.percentage") != []
    assert found("全年空气质量优良天数为332天，优良率为91.0%。", "fact.percentage") == []


def test_named_rate_stays_with_its_thing():
    t = "全年共受理信访事项2316件。区级领导包案化解信访积案36件，化解率达到91.7%。"
    assert found(t, "fact.percentage") == []


def test_share_above_100():
    assert found("政务服务事项网上可办率稳定在100%以上。", "fact.percentage") != []
    assert found("工业增加值增长率达到120%。", "fact.percentage") == []
    assert found("网上可办率达到100%。", "fact.percentage") == []


def test_income_ratio():
    t = "城镇居民人均可支配收入58620元、农村居民人均可支配收入30210元，城乡居民收入比缩小到1.84∶1。"
    assert found(t, "fact.ratio") != []
    t = "城镇居民人均可支配收入58620元、农村居民人均可支配收入30210元，城乡居民收入比缩小到1.94∶1。"
    assert found(t, "fact.ratio") == []
    t = "其中，城镇居民人均可支配收入24 360元，农村居民人均可支配收入13 250元，城乡居民收入比为1.65。"
    assert found(t, "fact.ratio") != []


def test_anniversary_this_year():
    t = "政务信息\n2025年9月26日\n今年是中国人民抗日战争暨世界反法西斯战争胜利70周年。"
    assert found(t, "fact.anniversary") != []
    t = "政务信息\n2025年9月26日\n今年是中国人民抗日战争暨世界反法西斯战争胜利80周年。"
    assert found(t, "fact.anniversary") == []
