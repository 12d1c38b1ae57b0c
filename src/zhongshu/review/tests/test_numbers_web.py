from .helpers import found


def test_thousands_separator():
    assert found("共有企业1,2000家", "format.number_separator") == ["1,2000"]
    assert found("共有企业12,000家", "format.number_separator") == []


def test_latin_letters_for_digits():
    assert found("2O26年计划", "format.latin_digit") == ["2O26"]
    assert found("l2月份", "format.latin_digit") == ["l2"]
    assert found("推广O2O模式和B2B平台", "format.latin_digit") == []


def test_mixed_numerals():
    assert found("投资三千5百万元", "format.mixed_numerals") == ["三千5"]
    assert found("投资3千万元", "format.mixed_numerals") == []


def test_fullwidth_digits():
    assert found("共１２０万人次", "format.fullwidth_digit") == ["１２０"]


def test_web_residue():
    assert found("详见<p>附件</p>。", "format.web_residue") == ["<p>", "</p>"]
    assert found("截至3月15日&nbsp;（含）", "format.web_residue") == ["&nbsp;"]
    assert found("链接 https://mp.weixin.qq.com/s?mid=1&scene=21 ", "format.web_residue") == ["https://mp.weixin.qq.com/s?mid=1&scene=21"]
    assert found("**工作目标**：完成任务", "format.web_residue") == ["**工作目标**"]
    assert found("访问 https://www.gov.cn/zhengce/ 查询", "format.web_residue") == []


def test_mojibake():
    assert found("落实锟斤拷要求", "format.mojibake") == ["锟斤拷"]
    assert found("会议\ufffd\ufffd通知", "format.mojibake") == ["\ufffd\ufffd"]
    assert found("部署â€œ开展", "format.mojibake") == ["â€œ"]
    assert found("José参加会议", "format.mojibake") == []


def test_invisible_chars():
    assert found("会议\u200b通知", "format.invisible_char") == ["\u200b"]
