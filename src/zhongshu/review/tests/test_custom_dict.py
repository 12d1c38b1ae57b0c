from zhongshu.review import Reviewer


def _dict(tmp_path, body):
    p = tmp_path / "unit.tsv"
    p.write_text(body, encoding="utf-8")
    return Reviewer([p])


def test_custom_leader_near_miss_and_title(tmp_path):
    r = _dict(tmp_path, "# 本单位领导\nleader\t张建国\t市长、市委副书记\t\n")
    text = "张建华市长出席，张建国副市长主持。"
    rules = {(text[f.start:f.end], f.rule) for f in r.review(text).findings}
    assert ("张建华", "political.leader_name") in rules
    assert ("副市长", "political.leader_title") in rules
    assert r.review("张建国市长出席会议。").findings == []


def test_custom_wrong_forbid_allow(tmp_path):
    r = _dict(tmp_path, "纠错\t市府办\t市政府办公室\t规范简称\n禁用词\t一把手\t主要负责同志\t\n白名单\t布署科技\n")
    text = "市府办通知，一把手要亲自抓。布署科技有限公司参加。"
    got = {text[f.start:f.end]: f for f in r.review(text).findings}
    assert got["市府办"].suggestion == "市政府办公室"
    assert got["一把手"].category == "political"
    assert "布署" not in got


def test_unit_names_are_protected(tmp_path):
    r = _dict(tmp_path, "unit\t临江市按装工程有限公司\t按装公司\n")
    assert r.review("请临江市按装工程有限公司参加。").findings == []
