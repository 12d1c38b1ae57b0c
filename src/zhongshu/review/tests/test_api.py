import subprocess
import sys

from zhongshu.review import Finding, Reviewer, ReviewResult, default_reviewer, review_text


def test_review_text_returns_findings_with_offsets():
    text = "我们要迫不急待地推进工作。"
    res = review_text(text)
    assert isinstance(res, ReviewResult)
    f = next(f for f in res.findings if f.rule == "language.idiom")
    assert isinstance(f, Finding)
    assert text[f.start : f.end] == "迫不急待"
    assert f.category == "language" and f.severity == "error" and f.suggestion == "迫不及待"


def test_to_dict_matches_the_json_contract():
    d = review_text("会议定于2026年2月30日召开,请准时参加。").to_dict()
    assert set(d) == {"findings", "stats"}
    for f in d["findings"]:
        assert set(f) == {"start", "end", "category", "severity", "rule", "message", "suggestion"}
        assert f["category"] in {"political", "policy", "fact", "format", "language"}
        assert f["severity"] in {"error", "warning", "info"}
        assert isinstance(f["start"], int) and isinstance(f["end"], int) and f["start"] <= f["end"]
        assert f["suggestion"] is None or isinstance(f["suggestion"], str)
    assert d["stats"]["chars"] == len("会议定于2026年2月30日召开,请准时参加。")
    assert d["stats"]["by_severity"]["error"] >= 2


def test_default_reviewer_is_cached():
    assert default_reviewer() is default_reviewer()


def test_clean_text_has_no_findings():
    assert review_text("会议研究部署了下一阶段工作。").findings == []


def test_findings_are_sorted_by_offset():
    res = review_text("工作做的很好。\n各单位要按步就班推进,确保完成。")
    starts = [f.start for f in res.findings]
    assert starts == sorted(starts)


def test_package_does_not_import_django():
    code = "import sys; import zhongshu.review as r; r.review_text('测试'); print('django' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_reviewer_instances_are_independent(tmp_path):
    d = tmp_path / "d.tsv"
    d.write_text("forbid\t某某禁用语\t\t测试\n", encoding="utf-8")
    assert Reviewer([d]).review("出现某某禁用语。").has_errors
    assert not default_reviewer().review("出现某某禁用语。").has_errors
