import io
import json
import sys

import pytest

from zhongshu.review.cli import main

ERR = "我们要迫不急待地推进工作。\n"
OK = "会议研究部署了下一阶段工作。\n"


def run(argv, capsys, stdin: bytes | None = None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    code = main(argv)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_exit_0_without_errors(tmp_path, capsys):
    p = tmp_path / "ok.txt"
    p.write_text(OK, encoding="utf-8")
    code, out, _ = run([str(p)], capsys)
    assert code == 0 and "未发现问题" in out


def test_exit_1_with_errors_and_text_output(tmp_path, capsys):
    p = tmp_path / "bad.txt"
    p.write_text(ERR, encoding="utf-8")
    code, out, _ = run([str(p), "--format", "text"], capsys)
    assert code == 1
    assert "第1行" in out and "【迫不急待】" in out and "迫不及待" in out


@pytest.mark.parametrize("name,content", [("missing.txt", None), ("x.pdf", b"%PDF"), ("bad.docx", b"not a zip")])
def test_exit_2_on_bad_input(tmp_path, capsys, name, content):
    p = tmp_path / name
    if content is not None:
        p.write_bytes(content)
    code, out, err = run([str(p)], capsys)
    assert code == 2 and out == ""
    assert any("\u4e00" <= c <= "\u9fff" for c in err)


def test_exit_2_on_bad_dictionary(tmp_path, capsys):
    p = tmp_path / "ok.txt"
    p.write_text(OK, encoding="utf-8")
    d = tmp_path / "d.tsv"
    d.write_text("nonsense line\n", encoding="utf-8")
    code, _, err = run([str(p), "--dict", str(d)], capsys)
    assert code == 2 and "词典" in err


def test_json_schema(tmp_path, capsys):
    p = tmp_path / "bad.txt"
    p.write_text(ERR, encoding="utf-8")
    code, out, _ = run([str(p), "--format", "json"], capsys)
    data = json.loads(out)
    assert code == 1 and set(data) == {"findings", "stats"}
    f = data["findings"][0]
    assert set(f) == {"start", "end", "category", "severity", "rule", "message", "suggestion"}
    assert ERR[f["start"] : f["end"]] == "迫不急待"


def test_gb18030_offsets(tmp_path, capsys):
    text = "临江市通知：\r\n我们要迫不急待地推进工作。"
    p = tmp_path / "gb.txt"
    p.write_bytes(text.encode("gb18030"))
    code, out, _ = run([str(p), "--format", "json"], capsys)
    f = json.loads(out)["findings"][0]
    assert text[f["start"] : f["end"]] == "迫不急待"


def test_utf8_bom_is_not_counted(tmp_path, capsys):
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbf" + ERR.encode("utf-8"))
    _, out, _ = run([str(p), "--format", "json"], capsys)
    f = json.loads(out)["findings"][0]
    assert (f["start"], f["end"]) == (3, 7)


def test_stdin(capsys, monkeypatch):
    code, out, _ = run(["-", "--format", "json"], capsys, stdin=ERR.encode("utf-8"), monkeypatch=monkeypatch)
    assert code == 1 and json.loads(out)["findings"][0]["start"] == 3


def test_docx_offsets_are_into_joined_paragraphs(tmp_path, capsys):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("关于开展检查的通知")
    d.add_paragraph("我们要迫不急待地推进工作。")
    p = tmp_path / "a.docx"
    d.save(p)
    from zhongshu.review import docx_text

    text = docx_text(p)
    assert text == "关于开展检查的通知\n我们要迫不急待地推进工作。"
    code, out, _ = run([str(p), "--format", "json"], capsys)
    f = json.loads(out)["findings"][0]
    assert code == 1 and text[f["start"] : f["end"]] == "迫不急待"


def test_dictionary_option(tmp_path, capsys):
    p = tmp_path / "t.txt"
    p.write_text("请张建华市长出席。", encoding="utf-8")
    d = tmp_path / "d.tsv"
    d.write_text("leader\t张建国\t市长\t本单位\n", encoding="utf-8")
    code, out, _ = run([str(p), "--dict", str(d), "--format", "json"], capsys)
    assert code == 1 and json.loads(out)["findings"][0]["rule"] == "political.leader_name"
