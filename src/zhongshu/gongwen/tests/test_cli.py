from zhongshu.gongwen.cli import render_main, template_main
from zhongshu.gongwen.doctypes import DOCTYPES


def test_template_prints_source(capsys):
    assert template_main(["通知"]) == 0
    assert capsys.readouterr().out.startswith("文种: 通知")


def test_template_unknown(capsys):
    assert template_main(["便条"]) == 2
    err = capsys.readouterr().err
    assert "未知文种“便条”" in err and all(n in err for n in DOCTYPES)


def test_render_refuses_bad_source_and_writes_nothing(tmp_path, capsys):
    src = tmp_path / "bad.txt"
    src.write_text("文种: 请示\n发文机关标志: 临江市人民政府文件\n发文字号: 临政[2026]1号\n签发人: 张三\n标题: 关于X的请示\n"
                   "主送: 甲，乙\n成文日期: 2026年1月5日\n署名: 临江市人民政府\n\n正文。\n", encoding="utf-8")
    for out in ("out.pdf", "out.docx"):
        assert render_main([str(src), "-o", str(tmp_path / out)]) == 2
        err = capsys.readouterr().err
        assert "第3行" in err and "发文字号" in err and "第6行" in err and "主送机关" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.txt"]


def test_render_unknown_doctype(tmp_path, capsys):
    src = tmp_path / "bad.txt"
    src.write_text("标题: x\n文种: 便函\n\n正文\n", encoding="utf-8")
    assert render_main([str(src), "-o", str(tmp_path / "o.docx")]) == 2
    assert "第2行" in capsys.readouterr().err
    assert not (tmp_path / "o.docx").exists()


def test_render_docx_ok(tmp_path):
    from zhongshu.gongwen.cli import template_text

    src = tmp_path / "t.txt"
    src.write_text(template_text("通知"), encoding="utf-8")
    assert render_main([str(src), "-o", str(tmp_path / "t.docx")]) == 0
    assert (tmp_path / "t.docx").read_bytes()[:2] == b"PK"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []
