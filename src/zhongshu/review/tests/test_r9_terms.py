"""Round 9: canonical wording, 请示 with a second request, repealed texts, real-word slips decided by cues and
collocations — each slip next to the correct text it must leave alone."""

import pytest

from zhongshu.review import Reviewer

from .helpers import rules_at


@pytest.fixture(scope="module")
def reviewer():
    return Reviewer()


SLIPS = [
    ("坚持生命至上、人民至上，克服麻痹思想。", "生命至上、人民至上", "political.term"),
    ("统筹安全和发展，严格落实安全生产责任。", "统筹安全和发展", "political.term"),
    ("践行绿水青山也是金山银山的理念。", "绿水青山也是金山银山", "political.term"),
    ("聚焦做大做强做优国有资本和国有企业。", "做大做强做优", "political.term"),
    ("坚持稳中有进工作总基调。", "稳中有进工作总基调", "political.term"),
    ("辖区有来自香港、澳门的居民23户，社区为他们提供与大陆居民同等的政策咨询。", "大陆", "political.mainland_hk_macao"),
    ("执行《生活饮用水卫生标准》（GB 5749—2006）。", "GB 5749—2006", "policy.repealed"),
    ("根据《党政机关公务用车配备使用管理办法》，", "《党政机关公务用车配备使用管理办法》", "policy.repealed"),
    ("小型水库30座，重点提防87.6公里。", "提防", "language.context"),
    ("稳妥推进农村土地流传。", "流传", "language.context"),
    ("全县2025届高效毕业生共2186人。", "高效", "language.context"),
    ("公开招聘使用事业编织42名。", "编织", "language.context"),
    ("迟报、瞒报，以至贻误处置时机。", "以至", "language.context"),
    ("免费为新人举办办证仪式。", "办证", "language.context"),
    ("新管网验收合格后即行起用。", "起用", "language.context"),
    ("部分乡镇卫生员公共卫生科仅有2名专职人员。", "卫生员", "language.context"),
    ("通过调节化解争议案件63件。", "调节", "language.context"),
    ("组织开展统计执法检察。", "检察", "language.context"),
    ("严格落实要求，即要抓好隐患排查，又要做好值班值守。", "即", "language.collocation"),
    ("全市共有重点优抚对象近千余名。", "近千余", "language.collocation"),
    ("健全全员合规意识。", "健全全员合规意识", "language.collocation"),
    ("切实增强考核质量。", "增强考核质量", "language.collocation"),
    ("虽然外部环境复杂多变，因此全省经济仍然保持了稳定增长。", "虽然外部环境复杂多变，因此", "language.collocation"),
]


@pytest.mark.parametrize("text, span, rule", SLIPS)
def test_round9_slip(reviewer, text, span, rule):
    assert rule in rules_at(reviewer, text, span)


@pytest.mark.parametrize("text", [
    "坚持人民至上、生命至上。",
    "统筹发展和安全。",
    "辖区有台湾同胞和香港居民，提供与大陆居民同等服务。",   # 大陆 opposite Taiwan
    "香港、澳门居民来内地就业。",
    "执行《生活饮用水卫生标准》（GB 5749—2022）。",
    "要提防电信诈骗。",
    "这个故事在民间广为流传。",
    "大胆起用年轻干部。",
    "村卫生员定期入户随访。",
    "发放编织袋2000条。",
    "即要求各单位按时报送。",
    "健全工作机制，增强责任意识。",
    "着力增强年轻干部推动高质量发展的本领。",
    "虽然困难很多，但是我们仍然完成了任务，因此受到表扬。",
])
def test_round9_correct_text(reviewer, text):
    assert not [f for f in reviewer.review(text).findings if f.severity != "info"]


def test_second_request_in_the_same_sentence(reviewer):
    head = "关于追加临时救助资金的请示\n县人民政府：\n为保障困难群众基本生活，恳请县人民政府追加临时救助资金150万元，"
    two = head + "同时恳请县人民政府协调解决县社会福利院改扩建项目建设用地指标。\n妥否，请批示。"
    one = head + "同时请县财政局做好资金拨付。\n妥否，请批示。"
    assert "policy.one_matter" in {f.rule for f in reviewer.review(two).findings}
    assert "policy.one_matter" not in {f.rule for f in reviewer.review(one).findings}


def test_lone_half_width_quote_closing_a_chinese_quotation(reviewer):
    text = '严格落实“见烟就查、见火就灭"要求，发现火点第一时间处置。'
    found = [f for f in reviewer.review(text).findings if f.rule == "format.halfwidth_punct"]
    assert [(text[f.start : f.end], f.suggestion) for f in found] == [('"', "”")]
    assert not [f for f in reviewer.review('JSON 字段 "name": 1').findings if f.rule == "format.halfwidth_punct"]
