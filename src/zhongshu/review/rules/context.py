"""语言关: words that are right in one context and wrong in another.

Each rule fires only in a context where the other word is (almost) never
meant, so the precision stays high; elsewhere both words are left alone.
Sources: 《现代汉语词典》第7版释义（权利/权力、制定/制订、像/象、占/站）；
《中华人民共和国宪法》《中华人民共和国民法典》的用语（“享有……权利”“合法权益”）。
"""

from __future__ import annotations

import re

from ..document import finditer_near
from ..model import Finding

# -- 权利 (rights, entitlements) / 权力 (power, authority) ---------------------------
# 权力 where 权利 is meant: what a person holds, enjoys or has protected.
_QUANLI_FOR_RIGHTS = re.compile(
    r"(?:合法|正当|民事|财产|人身|基本|平等|政治|公民的|法定|享有的?|依法享有的?|保障[^，。；\n]{0,10}?的)(?P<w>权力)(?!机关|部门|运行|清单|机构)"
    r"|享有[^，。；\n]{0,24}?的(?P<w2>权力)(?!机关|部门)"
    r"|(?P<w3>权力)(?=和义务|与义务|、义务|义务)"
)
# 权利 where 权力 is meant: power that is exercised, constrained, supervised.
_QUANLI_FOR_POWER = re.compile(
    r"(?P<w>权利)(?=在阳光下运行|运行|清单|关进|寻租|监督|制约|下放|集中|观(?![点念察看])|腐败|过分集中)"
    r"|(?:滥用|把|公共|行政|国家|手中的?|审批|决策|执法)(?P<w2>权利)(?!人|义务|和义务|与义务|主体|意识|保障|救济|要求|请求)"
)
# Every match holds its 权力 / 权利 at most this many characters after its start
# (享有 + 24 + 的; 手中的), which lets the scan start only near those words.
_RIGHTS_BACK = 2 + 24 + 1
_POWER_BACK = 3

# -- 制订 (draw up: plans, schemes) where 制定 (enact: laws, rules, standards) is meant --
_ZHIDING = re.compile(r"制订(?=[^，。；、\n]{0,6}?(?:法律|法规|规章|政策|条例|标准(?!化)|制度|规范性文件|地方性法规|实施细则|办法))")

# -- 象 used as the verb/preposition 像 (《现代汉语词典》第7版：“象”不再用作“像”) -----
_XIANG_BEFORE = "好就不要也正都很更却还又能"
_XIANG = re.compile(r"象(?<=[" + _XIANG_BEFORE + r"]象)(?![征棋形牙限素鼻数声样])"
                    r"|象(?=[^，。；！？\n象]{1,16}?(?:一样|那样)(?!的))"
                    r"|象(?<=[批个种些类位名家项]象)(?=[^，。；！？\n象]{1,16}?这样)")  # 一批象“老娘舅”调解室这样的
# characters that make 象 part of a noun (对象, 现象, 形象 ...)
_XIANG_NOUN_PREV = "对现形印气景意抽具想图表迹假万物星心大异幻真天卦表乱险"

# -- 站 where 占 (account for) is meant: “站总数的四分之一” --------------------------
_ZHAN = re.compile(r"(?P<w>站)(?:(?<=[\d个家人项件所亿万元%％）]站)|(?<=[\d个家人项件所亿万元%％）][，,]站))(?=[^，。；\n]{0,10}?(?:总数|总量|总额|比重|比例|总人数|总面积|总投资|全[市县区省国]))")


def _f(s, e, msg, sugg, sev="warning"):
    return Finding(s, e, "language", sev, "language.context", msg, sugg)


def rights_power(doc, kb):
    text = doc.text
    for m in finditer_near(_QUANLI_FOR_RIGHTS, text, "权力", _RIGHTS_BACK):
        g = "w" if m.group("w") else ("w2" if m.group("w2") else "w3")
        yield _f(m.start(g), m.end(g), "“权力”指职权、支配力量；公民、法人依法享有的利益应作“权利”（如“合法权利”“享有……的权利”“权利和义务”）",
                 "权利")
    for m in finditer_near(_QUANLI_FOR_POWER, text, "权利", _POWER_BACK):
        g = "w" if m.group("w") else "w2"
        yield _f(m.start(g), m.end(g), "“权利”指依法享有的利益；被行使、监督、制约的是“权力”（如“权力运行”“把权力关进制度的笼子”）",
                 "权力")


def zhiding(doc, kb):
    for m in _ZHIDING.finditer(doc.text):
        yield _f(m.start(), m.end(), "法律、法规、政策、标准、制度用“制定”；“制订”用于计划、方案等", "制定", "warning")


def xiang(doc, kb):
    text = doc.text
    for m in _XIANG.finditer(text):
        s = m.start()
        if s and text[s - 1] in _XIANG_NOUN_PREV:
            continue
        if text[s + 1 : s + 2] in ("征", "棋", "形", "牙", "限", "素"):
            continue
        yield _f(s, s + 1, "表示比喻、比较（如……一样、好像）应写作“像”；“象”只用于名词（大象、现象、形象）", "像", "error")


def zhan(doc, kb):
    for m in _ZHAN.finditer(doc.text):
        yield _f(m.start("w"), m.end("w"), "表示占有、比例应写作“占”（如“占总数的四分之一”）", "占", "error")


_PEIZHI = re.compile(r"(?P<w>配制)(?=[^，。；\n]{0,4}?(?:车辆|设备|设施|人员|力量|资源|岗位|班子|警力|床位|容器|装备))")


def peizhi(doc, kb):
    """配制 (调配制作: 配制药剂、溶液) where 配置 (配备设置) is meant: 配制收运车辆 → 配置."""
    for m in _PEIZHI.finditer(doc.text):
        yield _f(m.start("w"), m.end("w"), "“配制”指调配制作（药剂、溶液等）；配备、设置车辆设备人员应写作“配置”", "配置", "error")


RULES = (rights_power, zhiding, xiang, zhan, peizhi)
