"""政策关: 文种 and 行文 rules of the 2012 条例.

Repealed laws, superseded standards and renamed bodies are dictionary
entries (data/repealed.tsv, data/renamed_bodies.tsv) found by the scan.
"""

from __future__ import annotations

import difflib
import functools
import re

from ..dictionary import load_builtin
from ..document import after_last, first_of
from ..model import Finding
from .law_dates import _table as law_dates_table

GENRES = ("决议", "决定", "命令", "令", "公报", "公告", "通告", "意见", "通知", "通报", "报告", "请示", "批复", "议案", "函", "纪要")
# Names used as if they were 文种 but not among the 15 of 条例 第八条.
NOT_GENRES = {
    "请示报告": "“请示报告”不是法定文种：请示与报告应分别行文（《党政机关公文处理工作条例》第八条、第十五条）",
    "通知报告": "“通知报告”不是法定文种：通知与报告是两个文种，应按行文目的选用其一（条例第八条）",
    "报告通知": "“报告通知”不是法定文种：通知与报告是两个文种，应按行文目的选用其一（条例第八条）",
    "报告请示": "“报告请示”不是法定文种：请示与报告应分别行文（条例第八条、第十五条）",
    "指示": "“指示”已不是法定文种（2012年条例第八条所列15种文种中没有“指示”），可视情改用“通知”或“意见”",
    "汇报": "“汇报”不是法定文种，上报情况应使用“报告”（条例第八条）",
    "总结": "“总结”不是法定文种，以公文上报时一般使用“报告”（条例第八条）",
    "申请": "“申请”不是法定文种，请求批准应使用“请示”（条例第八条）",
    "申请报告": "“申请报告”不是法定文种：请求批准应使用“请示”，报告不得夹带请示事项（条例第八条、第十五条）",
    "请求": "“请求”不是法定文种，请求批准应使用“请示”（条例第八条）",
    "请示函": "“请示函”不是法定文种：向上级请求批准用“请示”，不相隶属机关之间用“函”",
    "通知书": "“通知书”不是法定文种，公文应使用“通知”（条例第八条）",
    "报告书": "“报告书”不是法定文种，公文应使用“报告”（条例第八条）",
    "意见书": "“意见书”不是法定文种，公文应使用“意见”（条例第八条）",
}
_ASK = re.compile(r"(?:妥否|当否|可否|是否可行|以上请示)[，,]?\s*请(?:予)?(?:批示|批复|审批|审定|指示)")
_TITLE_MULTI = re.compile(r"(?:申请|请求|恳请|提请)[^的，。]{2,40}?(?:并|同时|以及)(?:请求|申请)?(?:拨付|给予|增加|解决|安排|批准|同意|支持|追加|划拨|核定|调整)")
# 关于…维修改造经费及增加人员编制的请示: staff, vehicles or rooms asked for with their own verb, joined to another
# matter (not 新建…并解决建设资金: a project and its money are one matter)
_TITLE_AND_ASK = re.compile(r"(?<=[\u4e00-\u9fff])(?:及|并|以及|和|同时)(?:增加|追加|增设|增配|核增|增核|调整|解决|申请|拨付|划拨|配备|购置)"
                            r"[^的，。]{0,12}?(?:编制|用车|车辆|用房|职数|人员|干部)+(?=[^，。]{0,6}的请示)")
_REPORT_ASK = re.compile(r"(?:妥否|当否|可否)[，,]?\s*请(?:予)?(?:批示|批复|审批)|请予(?:批准|审批|批复)|请批准|请审批"
                         r"|(?:以上|特此)报告[，,]\s*请(?:予)?(?:批示|批复)"  # 以上报告，请批示
                         # 恳请县政府追加县级配套资金300万元 / 恳请市委编委批准为我办增核行政编制2名
                         r"|恳请[^，。；\n]{0,16}?(?:批准|审批|同意|追加|拨付|增拨|增核|核增|下达|解决)"
                         # 恳请省政府在2027年省级财政预算中增加全民健身专项资金3,000万元
                         r"|恳请[^，。；\n]{0,20}?(?:安排|增加|列支)[^，。；\n]{0,16}?(?:资金|经费|编制|\d万元|\d亿元)")


_ALSO_ASK = re.compile(r"(?:(?:恳请|请|望)[^，。；\n]{0,12}?一并(?:予以)?|一并(?:恳请|请求|请)(?:予以?)?)(?:批准|审批|批复|解决|拨付|安排|同意|支持)")
# the edition in brackets after the title, or inside it (《军人抚恤优待条例（2011年修订）》)
_LAW_REV = re.compile(r"《(?:中华人民共和国)?(?P<name>[\u4e00-\u9fff]{2,24}(?:法|条例|规定|办法|准则|规则))(?P<out>》\s*)?[（(](?P<y>(?:19|20)\d\d)年"
                      r"(?:\d{1,2}月(?:\d{1,2}日)?起?(?P<eff>施行|实施|生效)|(?P<k>修正|修订|修改|版|文本)?(?:本)?)"
                      r"(?P<more>[，,](?:以下简称|下称)[^）)]{1,24})?(?P<end>[）)])(?(out)|》)")
_LAW_REV_BEFORE = re.compile(r"(?P<y>(?:19|20)(?<!\d\d\d)\d\d)年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:第[一二三四五六七八九十]+次)?"
                             r"(?:国务院|全国人大常委会|全国人民代表大会(?:常务委员会)?|中共中央(?:办公厅)?|国务院办公厅"
                             r"|[\u4e00-\u9fff]{1,8}(?:部|委|局|署))?"  # 1988年国务院发布的《森林防火条例》: the body that issued it
                             r"(?:修正|修订|修改|印发|发布|颁布|出台|起施行|施行|起实施)(?:后)?的(?P<cite>《(?:中华人民共和国)?(?P<name>[\u4e00-\u9fff]{2,24}"
                             r"(?:法|条例|规定|办法|准则|规则))》)")


# a standard's number however its dash and spaces are written: GB 3095—1996, GB/T9704-1999, GB 5749–2006
_STD_CODES = ("GB", "DA/T", "GA", "HJ", "JGJ", "CJJ")
_STD = re.compile(r"(?<![A-Za-z])(?P<code>GB(?:/T|/Z)?|DA/T|GA(?:/T)?|HJ|JGJ|CJJ)\s*(?P<no>\d{1,5}(?:\.\d{1,2})?)"
                  r"\s*(?P<dash>[-—–－])\s*(?P<y>(?:19|20)\d\d|[5-9]\d)(?![\d.])")  # GB 50180-93: a two-digit year of the 1950s–90s


def _year(y: str) -> int:
    return int(y) if len(y) == 4 else 1900 + int(y)


@functools.lru_cache(maxsize=1)
def _superseded_standards() -> tuple:
    """The message template of data/repealed.tsv; (code, number, year) -> (replacement, reason, severity)
    for its standards, written once there in their usual form (GB/T 9704-1999); and (code, number) ->
    (current year, replacement, reason, severity) where the replacement keeps the number, so that any
    earlier edition (GB 2760-2011 as well as GB 2760-2014) is found."""
    table = load_builtin("repealed.tsv")
    exact, current = {}, {}
    for row in table.rows:
        m = _STD.fullmatch(row[0].strip())
        if m:
            severity = row[4].strip() if len(row) > 4 and row[4].strip() else table.meta.get("severity", "warning")
            hit = (row[1].strip(), row[2].strip() if len(row) > 2 else "", severity)
            exact[(m.group("code"), m.group("no"), m.group("y"))] = hit
            r = _STD.fullmatch(hit[0])
            if r and (r.group("code"), r.group("no")) == (m.group("code"), m.group("no")):
                current[(r.group("code"), r.group("no"))] = (_year(r.group("y")), *hit)
    return table.meta["msg"], exact, current


def superseded_standard(doc, kb):
    """A superseded standard cited under any spelling of its number (GB 3095—1996, GB/T9704-1999), or an
    edition older than the one that replaced a listed edition (GB 2760-2011 when GB 2760-2024 is current).
    An edition newer than the table knows is left alone."""
    text = doc.text
    if not any(c in text for c in _STD_CODES):
        return
    msg, exact, current = _superseded_standards()
    for m in _STD.finditer(text):
        hit = exact.get((m.group("code"), m.group("no"), m.group("y")))
        if hit is None:
            cur = current.get((m.group("code"), m.group("no")))
            if cur is None or _year(m.group("y")) >= cur[0]:
                continue
            hit = cur[1:]
        right, why, severity = hit
        right = right.replace("-", m.group("dash"))
        yield Finding(m.start(), m.end(), "policy", severity, "policy.repealed",
                      msg.format(wrong=m.group(0), right=right, reason=why), right)


_AS_BASIS = re.compile(r"根据|依据|按照|遵照|依照|落实|执行|贯彻|对照|遵守|遵循|参照|适用")


def law_revision(doc, kb):
    """《安全生产法》（2014年修正） cited while a later revision is in force (data/law_revisions.tsv)."""
    text = doc.text
    after = "》（" in text or "》(" in text or "）》" in text or ")》" in text
    before = any(k in text for k in ("修正的《", "修订的《", "修改的《", "后的《", "印发的《", "发布的《", "颁布的《", "出台的《", "施行的《", "实施的《"))
    if not after and not before:
        return
    doc_year = None
    for m in (*(_LAW_REV.finditer(text) if after else ()), *(_LAW_REV_BEFORE.finditer(text) if before else ())):
        name = m.group("name")
        y = int(m.group("y"))
        if m.re is _LAW_REV_BEFORE and not re.search(r"(?:修正|修订|修改)(?:后)?的《", m.group(0)):
            clause = text[after_last(text, "，。；！？\n", m.start()) : m.start()]
            if not _AS_BASIS.search(clause):
                continue  # 1984年颁布的《民族区域自治法》，…: history, not a basis cited as current
        entry = kb.law_revisions.get(name)
        if entry is None:
            continue
        years, note = entry
        if doc_year is None:
            from .fact import _signed_date  # noqa: PLC0415

            signed = _signed_date(text)  # the date the document is signed (not a year it cites)
            doc_year = signed.year if signed is not None else 9999
        later = [v for v in years if y < v <= doc_year]  # an edition after the document is no slip of it
        if (m.re is _LAW_REV and m.group("k") in ("修正", "修订", "修改") and y not in years and y > years[0]
                and not (y - 1 in years and "施行" in note)):  # 《环境保护法》（2016年修订）: no such edition
            yield Finding(m.start("y") - 1, m.end("end"), "policy", "warning", "policy.law_revision",
                          f"《{name}》没有{y}年{m.group('k')}的文本：历次文本为{'、'.join(map(str, years))}年，"
                          f"现行文本为{years[-1]}年文本（{note}），请核对", None)
            continue
        if not later or y < years[0]:
            continue
        kind = "党内法规" if name.startswith(("中国共产党", "党政")) or "中共中央" in note else "法律法规"
        revised = "修订" if "修订" in note else "修正"
        if m.re is _LAW_REV and m.group("more"):  # 《…法》（2018年修正，以下简称…）: the edition only
            s, e, fix = m.start("y"), m.start("more"), f"{later[-1]}年{revised}"
        elif m.re is _LAW_REV:  # 《安全生产法》（2014年修正）
            s, e, fix = m.start("y") - 1, m.end("end"), f"（{later[-1]}年{revised}）"
        else:  # 2014年修正的《安全生产法》
            s, e, fix = m.start("y"), m.end(), f"{later[-1]}年{revised}的{m.group('cite')}"
        yield Finding(s, e, "policy", "warning", "policy.law_revision",
                      f"《{name}》（{kind}）在{y}年之后又经修改（{'、'.join(map(str, later))}年），现行文本为{later[-1]}年文本（{note}），"
                      "作为现行依据引用时请改用现行文本", fix)


def _has_recipient(doc) -> bool:
    """The line after the title is a 主送机关 (县人民政府：): the text is sent as a 公文."""
    i = doc.title_index
    if i is None or i + 1 >= len(doc.nonblank):
        return False
    s = doc.nonblank[i + 1].stripped
    if s.startswith(("尊敬的", "各位")) or s.endswith(("同志们：", "朋友们：")):
        return False  # the address of a speech (尊敬的各位领导：): the text is said, not sent
    return s.endswith(("：", ":")) and 2 <= len(s) <= 60 and not any(c in s for c in "。；，,")


def _title_end(t) -> int:
    """Where the title's last character ends, before any trailing space or full stop."""
    return t.start + len(t.text.rstrip(" \t\u3000。．."))


def document_type(doc, kb):
    t = doc.title
    if t is None:
        return
    s = t.stripped.rstrip("。．.")
    for name, why in NOT_GENRES.items():
        if s.endswith("的" + name):
            # 请示报告 is always wrong as a 文种; the rest only in a 公文 (a 发文字号, or a 主送机关 under
            # a 关于… title (its issuer may come first): 关于…情况的汇报 / 县人民政府：)
            if (name not in ("请示报告", "报告请示", "请示函", "通知报告", "报告通知") and not doc.has_docno
                    and not ("关于" in s and _has_recipient(doc))):
                continue
            end = _title_end(t)
            yield Finding(end - len(name), end, "policy", "error" if name.startswith(("请示报", "报告请", "通知报", "报告通")) else "warning",
                          "policy.genre", why, None)
            return


# the 15 文种 of the 2012 条例 (第八条); a list of them that writes 会议纪要 for 纪要 misquotes the 条例
_GENRE_LIST = re.compile(r"(?:" + "|".join(GENRES) + r"|会议纪要)[、，,和及](?:(?:" + "|".join(GENRES) + r"|会议纪要)[、，,和及]){3,}(?:"
                         + "|".join(g for g in GENRES if g != "令") + r"|会议纪要)")
_CITED_WRONG = re.compile(r"《[^《》\n]{2,80}?的(?P<g>请示报告|报告请示)》")
# 县委办公室、县政府办公室《关于做好2026年元旦春节期间安全稳定工作的指示》: a current document cited as a 指示
# (not a 文种 since 2012); the 指示 of the central authorities and of history (中共中央…, 1985年…) are left alone
_CITED_ZHISHI = re.compile(r"《(?!中共中央|中央|国务院|中华人民共和国|毛泽东|党中央)(?P<t>关于[^《》\n]{2,60}?)的(?P<g>指示)》")
# 将开展情况形成请示报告报市总工会: a document to be written as a 请示报告 (not 重大事项请示报告制度, a term of 党内法规)
_WRITE_WRONG = re.compile(r"(?:形成|撰写|起草|写出|写成|报送|上报|提交|呈报|呈送|以)(?:书面|专题|正式|[\u4e00-\u9fff]{2,6}工作)?(?P<g>请示报告|报告请示)(?!制度|条例|工作|事项|程序|机制|规定)")
# 以县教育局指示形式下发各学校: 指示 is no 文种 of the 2012 条例 (a notice is a 通知)
_ZHISHI_FORM = re.compile(r"以[^，。；、\n]{0,10}?(?P<g>指示|手令|训令)(?:的)?形式(?:下发|印发|发出|通知)|以“(?P<g2>汇报|指示|请示报告|简报)”文种")


def genre_mentions(doc, kb):
    """会议纪要 in a list of the 条例's 文种 (the 文种 is 纪要); a cited 《…的请示报告》 or one to be written
    (形成请示报告报…: not a 文种 at all); a 通告
    sent to a 主送机关 (a 通告 is published to the public and has none: an internal matter is a 通知)."""
    text = doc.text
    for m in _GENRE_LIST.finditer(text) if "会议纪要" in text else ():
        k = m.group(0).find("会议纪要")
        if k >= 0:
            yield Finding(m.start() + k, m.start() + k + 4, "policy", "warning", "policy.genre",
                          "《党政机关公文处理工作条例》第八条所列文种是“纪要”，不是“会议纪要”", "纪要")
    for m in _CITED_WRONG.finditer(text) if "请示》" in text or "报告》" in text else ():
        if doc.title is not None and doc.title.start <= m.start() < doc.title.end:
            continue  # the document's own title: document_type
        yield Finding(m.start("g"), m.end("g"), "policy", "warning", "policy.genre",
                      f"“{m.group('g')}”不是法定文种：请示与报告应分别行文（条例第八条、第十五条）", None)
    for m in _CITED_ZHISHI.finditer(text) if "指示》" in text else ():
        y = re.search(r"(?:19|20)\d\d", m.group("t")) or re.search(r"(?:19|20)\d\d(?=年)", text[m.end() : m.end() + 30])
        if (y and int(y.group(0)) <= 2012) or re.search(r"(?:中共中央|党中央|国务院|中央军委|毛泽东|邓小平)[^，。；\n]{0,12}$", text[max(0, m.start() - 20) : m.start()]):
            continue
        yield Finding(m.start("g"), m.end("g"), "policy", "warning", "policy.genre", NOT_GENRES["指示"], None)
    for m in _WRITE_WRONG.finditer(text) if "请示报告" in text or "报告请示" in text else ():
        yield Finding(m.start("g"), m.end("g"), "policy", "warning", "policy.genre",
                      f"“{m.group('g')}”不是法定文种：报送情况用“报告”，请求批准用“请示”，二者应分别行文（条例第八条、第十五条）", None)
    for m in _ZHISHI_FORM.finditer(text) if "形式" in text or "文种" in text else ():
        g = "g" if m.group("g") else "g2"
        yield Finding(m.start(g), m.end(g), "policy", "warning", "policy.genre",
                      f"“{m.group(g)}”不是《党政机关公文处理工作条例》规定的文种" + ("，向下级部署工作宜用“通知”" if g == "g" else
                      "，向上级报送情况用“报告”"), "通知" if g == "g" else "报告")
    t = doc.title
    if t is not None and t.stripped.rstrip("。．.").endswith("通告") and _has_recipient(doc):
        end = _title_end(t)
        yield Finding(end - 2, end, "policy", "warning", "policy.genre",
                      "通告用于在一定范围内公布应当遵守或者周知的事项，面向社会公布，不写主送机关；"
                      "向所属单位部署工作应使用“通知”（条例第八条）", "通知")


# 抄送：各县（市、区）委党校 under a 请示: a 请示 is not copied to the bodies below (条例第十五条)
_COPY_LOWER = re.compile(r"[ \t\u3000]*抄送[：:][^\n]*?(?P<who>(?:开发区|园区|本局|本委|本办|我局|我委|我办)?(?:各|所属|下属)(?:市(?![直级属委])(?:、州)?|州|县|区|乡|镇|街道|分局|分院|直属|内设机构|科室|处室|园区)(?:（[^）\n]*）|[^，,、。；\n（]){0,20})")


def one_request_per_qingshi(doc, kb):
    """请示 应当一文一事, 一般只写一个主送机关; 报告 不得夹带请示事项 (条例第十五条)."""
    genre = doc.genre
    if genre not in ("请示", "报告"):
        return
    title = doc.title
    text = doc.text
    body_start = title.end
    if genre == "请示":
        if title.stripped.count("关于") > 1:
            yield Finding(title.lead, title.end, "policy", "warning", "policy.one_matter",
                          "请示应当一文一事，标题中出现多个“关于”，疑似一文多事（条例第十五条）", None)
        tm = _TITLE_MULTI.search(title.text) or _TITLE_AND_ASK.search(title.text)
        if tm:
            yield Finding(title.start + tm.start(), title.start + tm.end(), "policy", "warning", "policy.one_matter",
                          "请示应当一文一事，标题中并列了几项请求，疑似一文多事（条例第十五条）", None)
        asks = list(_ASK.finditer(text, body_start))
        if len(asks) > 1:
            for m in asks:  # every closing: the clerk decides which matter to keep
                yield Finding(m.start(), m.end(), "policy", "warning", "policy.one_matter",
                              "请示应当一文一事，正文中有多处请求批示，疑似一文多事（条例第十五条）", None)
        yield from _second_requests(doc, body_start)
        for m in _ASK_LIST.finditer(text, body_start):  # 特提请：一是批准…；二是安排…经费；三是核增编制…
            if all(re.search(_GRANT, x) for x in m.group("a", "b")):
                yield Finding(m.start("b") - 2, m.end(), "policy", "warning", "policy.one_matter",
                              "请示应当一文一事：“一是……二是……”列了几项请求，其余事项应另行请示（条例第十五条）", None)
        for m in _ALSO_ASK.finditer(text, body_start):
            yield Finding(m.start(), m.end(), "policy", "warning", "policy.one_matter",
                          "请示应当一文一事：“一并”请求另一事项，应另行请示（条例第十五条）", None)
        nb = doc.nonblank
        i = doc.title_index
        if i is not None and i + 1 < len(nb):
            to = nb[i + 1]
            s = to.stripped
            if s.endswith(("：", ":")) and len(s) < 80 and ("、" in s or "，" in s):
                yield Finding(to.lead, to.end, "policy", "warning", "policy.qingshi_recipient",
                              "请示一般只写一个主送机关，需要同时送其他机关的，应当用抄送形式（条例第十五条）", None)
        for ln in nb[-8:]:
            cc = _COPY_LOWER.match(ln.text)
            if cc:
                yield Finding(ln.start + cc.start("who"), ln.start + cc.end("who"), "policy", "warning", "policy.qingshi_copy",
                              "请示不得抄送下级机关（条例第十五条）", None)
    else:
        for m in _REPORT_ASK.finditer(text, body_start):  # each: the request in the body and 妥否，请批示 at its end
            yield Finding(m.start(), m.end(), "policy", "warning", "policy.report_with_request",
                          "报告中不得夹带请示事项（《党政机关公文处理工作条例》第十五条），需要批准的事项请另行请示", None)


# 另外，因…，恳请县人民政府批准增加事业编制2名 / 另，为…，恳请同意… / 此外，请求…: a request joined
# to the one the 请示 is about; also a numbered paragraph that opens with a request of its own
# (二、恳请市政府同意增加编制5名) after an earlier paragraph that already asked for something.
_ASK_VERB = r"(?:恳请|请求|特请|敬请|提请|申请|望|请)(?!示|求如下|予批示|批示)"
# 特提请：一是批准…；二是由市政府安排…经费: several requests listed after one asking verb
_ASK_LIST = re.compile(r"(?:恳请|请求|提请|特请|申请|请示如下)[：:]\s*一是(?P<a>[^；;。\n]{2,80})[；;]\s*二是(?P<b>[^；;。\n]{2,80})(?:[；;]\s*[三四五]是[^；;。\n]{2,80})*")
_GRANT = r"(?:批准|同意|审批|拨付|增加|解决|安排|给予|支持|核定|调整|提高|追加|划拨|增设|配备)"  # what a request asks for
_ALSO_LEAD = re.compile(r"[ \t\u3000]*(?:[（(][一二三四五六七八九十]{1,2}[）)][ \t\u3000]*)?(?:另外|另|此外|同时|还有|再者|与此同时)[，,、]?(?P<rest>[^。\n]*?)"
                        + _ASK_VERB + r"[^。\n]{0,40}?" + _GRANT)
_NUM_ASK = re.compile(r"[ \t\u3000]*[二三四五六七八九十]、(?:[^。\n]{0,30}?[，,])?(?:恳请|请求|特请)[^。\n]{0,30}?(?:批准|同意|拨付|增加|解决|安排|给予|核定|调整|追加|划拨|增设)")
_FIRST_ASK = re.compile(r"(?:恳请|请求|特请|申请|拟请)[^。\n]{0,40}?(?:批准|同意|拨付|给予|安排|支持|审批|解决)"
                        r"|(?<![申提邀报])请[^。，\n]{1,12}?(?:予以|给予)(?:安排|拨付|解决|支持|批准|保障)")


# …拨付到位。我院现有干警周转住房较为紧张，恳请区政府协调解决人才公寓10套。: after a request, a sentence that
# states another want of the sender's own and asks for it is a second matter even without 另外
_NEW_WANT = re.compile(r"(?:我[院局厅委办校馆站所队区县镇乡]|我单位|我中心|本单位|我公司)[^。；！？\n]{0,24}?"
                       r"(?:紧张|不足|短缺|紧缺|缺乏|老化|破旧|陈旧|困难|缺口)[^。\n]{0,6}?[，,]\s*(?:特)?(?:恳请|请求|特请)"
                       r"[^。\n]{0,40}?(?:批准|同意|拨付|解决|安排|给予|支持|核定|调整|追加|划拨|增设|配备|增加)")
_ANY_ASK = re.compile(r"恳请|请求|特请")
# …追加临时救助资金150万元，同时恳请县人民政府协调解决福利院建设用地指标。: a second 恳请 in the same sentence
_ALSO_CLAUSE = re.compile(r"[，；,;](?:同时|另外|此外|另)[，,]?(?:恳请|请求|特请)[^。\n]{0,40}?" + _GRANT)


# （三）同时批准为我局增配执法执勤用车2辆 / 。同时，恳请市政府同意为我局增加2名事业编制: staff, vehicles and rooms
# asked for on the side of a 请示 about something else (条例第十五条: 一文一事)
# (二是同意为…服务中心增加事业编制3名: the second of the requests listed after 恳请…：一是…)
_SIDE_ASK = re.compile(r"(?:^|[。；;]|[（(][一二三四五六七八九十]{1,2}[）)]|(?<![\d.])\d{1,2}[.．、])[ \t\u3000]*(?P<lead>(?:同时|另外|此外|另|[二三四五六]是)[，,]?"
                       r"[^。\n]{0,20}?(?:恳请|请求|申请|批准|同意))")
# a request, without a joining word, after an earlier one in the same 请示: （二）恳请省政府同意我局增加公务用车编制3个 /
# …，同时恳请区政府批准增设…事业编制2名 — only for wants that are a matter of their own (not money, which often
# goes with the matter asked for)
_PLAIN_ASK = re.compile(r"(?:^|[。；;，,]|[（(][一二三四五六七八九十]{1,2}[）)]|(?<![\d.])\d{1,2}[.．、])[ \t\u3000]*(?P<lead>(?:同时)?(?:恳请|请求|特请))")
# （二）同意市不动产登记中心增加事业编制8名: an item of the list of requests that opens with what is to be approved
_LIST_OPENS = re.compile(r"(?:以下|如下)(?:请求|请示事项)[:：]\s*$")
_LIST_ASK = re.compile(r"^[ \t\u3000]*[（(][一二三四五六七八九十]{1,2}[）)][ \t\u3000]*(?P<lead>同意|批准)")
_WANTS = ("编制", "执法车", "执勤用车", "用车", "车辆", "办公用房", "周转房", "周转用房", "人才公寓", "职数", "经费",
          "学费", "教学班", "内设机构")
_OWN_WANTS = frozenset(_WANTS) - {"经费"}


def _side_request(t: str, rx: re.Pattern, title: str, wants):
    """The first request of ``rx`` in the paragraph ``t`` whose sentence asks for something (编制, 用车, 学费…) that the
    请示's title does not name, or None."""
    for w in rx.finditer(t):
        sentence = t[w.end() : first_of(t, "。", w.end(), missing=len(t))]
        if any(x in sentence and x not in title for x in wants):
            return w
    return None


def _second_requests(doc, body_start):
    text = doc.text
    asked = False
    listing = False  # after the line that opens a list of requests (特提出以下请求：), until its first item
    for ln in doc.nonblank:
        if ln.start < body_start:
            continue
        t = ln.text
        # 另外/此外 + 恳请 is a further matter even when the first request is only the title's
        m = _ALSO_LEAD.match(t) or (asked and _NUM_ASK.match(t))
        lead = len(t) - len(t.lstrip(" \t\u3000"))
        if not m and "。" in t:
            # …拨付到位。另，我院现有干警周转住房较为紧张，恳请区政府协调解决人才公寓10套。: a sentence inside
            # the paragraph that opens with 另/另外/此外 (同时 inside a paragraph often adds to the same matter)
            k = first_of(t, "。；", 0, missing=-1)
            while 0 <= k < len(t) - 1:
                m = _ALSO_LEAD.match(t, k + 1)
                if m and not re.match(r"[ \t\u3000]*(?:同时|与此同时)", t[k + 1 :]):
                    lead = k + 1 + len(t[k + 1 :]) - len(t[k + 1 :].lstrip(" \t\u3000"))
                    break
                m = None
                k = first_of(t, "。；", k + 1, missing=-1)
        if not m:
            for c in _ALSO_CLAUSE.finditer(t):
                sent = max(t.rfind("。", 0, c.start()), t.rfind("\n", 0, c.start())) + 1
                if _ANY_ASK.search(t, sent, c.start()):
                    m, lead = c, c.start() + 1
                    break
        if not m:
            k = t.find("。")
            while 0 <= k < len(t) - 1:
                w = _NEW_WANT.match(t, k + 1)
                if w and _ANY_ASK.search(text, body_start, ln.start + k):
                    m, lead = w, k + 1
                    break
                k = t.find("。", k + 1)
        if not m and ("同时" in t or "另" in t or "此外" in t or "是" in t):
            m = _side_request(t, _SIDE_ASK, doc.title.text, _WANTS)
            lead = m.start("lead") if m else lead
        if not m and asked:
            m = _side_request(t, _PLAIN_ASK, doc.title.text, _OWN_WANTS) or _side_request(t, _LIST_ASK, doc.title.text, _OWN_WANTS)
            lead = m.start("lead") if m else lead
        if m:
            end = t.find("。", m.end())
            end = len(t) if end < 0 else end + 1
            yield Finding(ln.start + lead, ln.start + end, "policy", "warning", "policy.one_matter",
                          "请示应当一文一事：此处另提一项请求，应另行请示（条例第十五条）", None)
            continue
        if _FIRST_ASK.search(t) and not _ASK.match(t.strip()):
            asked = True
        if listing:
            asked = True  # the first item under 特提出以下请求： asks, whatever its words
        listing = _LIST_OPENS.search(t) is not None


# 你公司《关于设立…的报告》（澜地铁〔2025〕6号）收悉 in a 批复: a 批复 answers a 请示 (条例第八条); a 报告 is not
# answered by one (条例第十五条: 报告不得夹带请示事项)
_REPLY_TO_REPORT = re.compile(r"《[^《》\n]{2,60}?(?<!请示)报告》(?:[（(][^）)\n]{2,30}[）)])?(?:已)?收悉")


def reply_to_report(doc, kb):
    if doc.genre != "批复" or "报告》" not in doc.text:
        return
    m = _REPLY_TO_REPORT.search(doc.text, doc.title.end)
    if m:
        at = m.group(0).index("报告》")
        yield Finding(m.start() + at, m.start() + at + 2, "policy", "warning", "policy.reply_to_report",
                      "批复用于答复下级机关请示事项（条例第八条），所答复的来文应为请示；报告不需要批复，也不得夹带请示事项", "请示")


# 国务院2020年修订的《中华人民共和国档案法》: laws are made and amended by 全国人大 and its 常委会 (宪法第五十八条、
# 立法法第十条); 国家发展改革委发布的《政府投资条例》: a 条例 is made by 国务院 (行政法规), 中共中央 (党内法规) or a
# 人大常委会 (地方性法规) — a department makes 规章 (规定、办法) and, in the Party, 规则、规定、办法、细则
# (《中国共产党党内法规制定条例》第五条、《规章制定程序条例》第七条)
_MAKE = r"(?:\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?)?(?:制定|修订|修正|修改|发布|颁布|印发|出台)(?:实施)?的"
_LAW_BY_COUNCIL = re.compile(r"(?P<who>国务院|(?:省|市|县|区)(?:人民)?政府)" + _MAKE + "$")
_DEPTS = ("发展改革|发展和改革|财政|教育|科技|科学技术|工业和信息化|工信|公安|民政|司法|人力资源和社会保障|人力资源社会保障|人社|"
          "自然资源|生态环境|住房和城乡建设|住房城乡建设|住建|交通运输|水利|农业农村|商务|文化和旅游|卫生健康|卫健|退役军人事务|"
          "应急管理|审计|外交|国防|组织|宣传|统战|政法|市场监督管理|市场监管|统计|医疗保障|医保|税务|海关|林业和草原|林草|"
          "粮食和物资储备|能源|邮政|烟草专卖|国资|金融监督管理|金融监管|证监|数据|信访|体育|广播电视|新闻出版|知识产权|药品监督管理|药监|"
          "疾病预防控制|疾控|矿山安全监察|消防救援|移民管理|铁路|民用航空|民航|文物|中医药|乡村振兴|机关事务管理|档案|保密|密码|网信")
_REG_BY_DEPT = re.compile(r"(?P<who>(?:国家|中央|国务院)?(?:" + _DEPTS + r")(?:部|委员会|委|总局|局|厅|署|办公室|办))" + _MAKE + "$")
# the cited title after 的: a law (not a 办法) or a 条例
_MADE_TITLE = re.compile(r"的《(?P<t>(?:中华人民共和国)?[\u4e00-\u9fff]{2,20}(?:(?<!办|方|做|用|算|手|说|写|看|想)法|条例))》")


# 《保障农民工工资支付条例》（人力资源社会保障部令第724号）: a 条例 numbered as a department's order
_REG_DEPT_ORDER = re.compile(r"《(?:中华人民共和国)?(?P<t>[^《》\n]{2,30}条例)》\s*[（(](?P<who>[\u4e00-\u9fff]{2,16}(?:部|局|委|署|总局|办公厅))令"
                             r"第\d+号[）)]")


def issuer(doc, kb):
    """A law said to be made by the 国务院, a 条例 said to be issued by a department: from each cited title
    after 的, the maker is read in the 40 characters before it."""
    text = doc.text
    if "法》" not in text and "条例》" not in text:
        return
    for m in _MADE_TITLE.finditer(text):
        t = m.group("t")
        before = text[max(0, m.start() - 40) : m.start() + 1]
        if t.endswith("法"):
            w = _LAW_BY_COUNCIL.search(before)
            if w is None or "草案" in text[m.end() : m.end() + 6]:
                continue
            msg = f"《{t}》是法律，由全国人民代表大会或其常务委员会制定、修改（立法法第十条），不是{w.group('who')}"
        else:
            w = _REG_BY_DEPT.search(before)
            if w is None or t.startswith(("中国共产党", "中共")) and w.group("who").startswith("中央"):
                continue
            msg = (f"《{t}》是条例：行政法规由国务院制定，地方性法规由人大及其常委会制定，党内法规中的条例由党中央制定，"
                   "部门只制定规章（规定、办法），请核对发布机关")
        at = m.start() + 1 - len(before)
        yield Finding(at + w.start("who"), at + w.end("who"), "policy", "warning", "policy.issuer", msg, None)
    for m in (_REG_DEPT_ORDER.finditer(text) if "部令" in text or "局令" in text or "委令" in text else ()):
        yield Finding(m.start("who"), m.end("who"), "policy", "warning", "policy.issuer",
                      f"《{m.group('t')}》是条例（行政法规），以国务院令公布；部门令只公布规章（规定、办法），请核对", "国务院令")


# 《国务院办公厅关于…的意见》（国发〔2024〕5号）: the cited document's issuer (the title before 关于/转发/印发)
# against the agency code of its number (国务院 国发/国函, 国务院办公厅 国办发/国办函, 中共中央 国务院 中发,
# 中共中央办公厅 国务院办公厅 中办发; a local 人民政府 X政发, its 办公厅/办公室 X政办发)
_CITED_NUMBER = re.compile(r"《(?P<who>[\u4e00-\u9fff、 　]{2,24}?)(?:关于|转发|印发)[^《》\n]{2,60}》\s*[（(]"
                           r"(?P<code>[\u4e00-\u9fff]{1,8})〔\d{4}〕\d+号")


def _code_slip(who: str, code: str) -> str | None:
    """The agency code the issuer's documents carry, when ``code`` is clearly not it; else None."""
    who = re.sub(r"[、 　]", " ", who)
    if who == "国务院" and code.startswith("国办"):
        return "国" + code[2:]
    if who == "国务院办公厅" and code in ("国发", "国函"):
        return "国办" + code[1:]
    if who == "中共中央 国务院" and code.startswith(("国", "中办")):
        return "中发"
    if who == "中共中央办公厅 国务院办公厅" and code.startswith(("国", "中发")):
        return "中办发"
    if re.fullmatch(r"[\u4e00-\u9fff]{1,10}人民政府", who) and code.endswith("政办发"):
        return code[:-3] + "政发"
    if re.fullmatch(r"[\u4e00-\u9fff]{1,10}人民政府办公[厅室]", who) and code.endswith("政发") and not code.endswith("办政发"):
        return code[:-2] + "政办发"
    return None


def document_number_issuer(doc, kb):
    """A cited document whose number carries another issuer's agency code (国办发 on a 国务院 document)."""
    text = doc.text
    if "〔" not in text or "《" not in text:
        return
    for m in _CITED_NUMBER.finditer(text):
        right = _code_slip(m.group("who").strip(), m.group("code"))
        if right:
            yield Finding(m.start("code"), m.end("code"), "policy", "warning", "policy.document_number",
                          f"发文字号的机关代字与发文机关不符：{m.group('who').strip()}的文件，代字应为“{right}”，请核对文号",
                          right)


# 特此请示 closing a 函 (or 特此报告 a 请示, 特此通知 a 报告), 现批复如下 in a 复函: the formula belongs to another genre
_CLOSING = re.compile(r"(?:特此|专此)(?P<g>请示|报告|通知|通报|批复)(?=[。！]?\s*$)|(?P<ask>(?:妥否|当否|以上事项|以上意见)，请批示)(?=[。！]?\s*$)"
                      r"|现(?P<g2>批复)如下|(?:请|并|望)予(?P<g3>批复)|(?P<fh>特此函复)(?=[。！]?\s*$)", re.M)
# the formula each genre closes with (a 报告 asking for approval is policy.report_with_request's)
_RIGHT_CLOSING = {"请示": "特此请示", "报告": "特此报告", "通知": "特此通知", "通报": "特此通报", "批复": "此复",
                  "函": "特此函告（复函作“特此函复”）"}


def closing_formula(doc, kb):
    genre = doc.genre
    if genre not in _RIGHT_CLOSING or "特此" not in doc.text and "请批示" not in doc.text and "批复" not in doc.text:
        return
    for m in _CLOSING.finditer(doc.text, doc.title.end):
        if m.group("fh"):  # 特此函复 closes a 复函 only: a 函 that asks (关于商请…的函) closes with 特此函告
            if genre == "函" and "复" not in doc.title.text and "收悉" not in doc.text:
                yield Finding(m.start(), m.end(), "policy", "warning", "policy.closing",
                              "结束语与文种不符：本文是去函，“特此函复”用于答复来函的复函，宜作“特此函告”", "特此函告")
            elif genre == "批复":
                yield Finding(m.start(), m.end(), "policy", "warning", "policy.closing",
                              "结束语与文种不符：本文是批复，“特此函复”是复函的结束语，宜作“此复”或“特此批复”", "此复")
            continue
        g = "请示" if m.group("ask") else m.group("g") or m.group("g2") or m.group("g3")
        if g == genre or genre == "报告" and g == "请示" or m.group("g3") and genre != "函":
            continue
        if m.group("g3"):  # 请贵局…并予批复: a 函 asks no 批复 (the answer of a superior to a 请示)
            yield Finding(m.start(), m.end(), "policy", "warning", "policy.closing",
                          f"用语与文种不符：本文是函，“{m.group(0)}”是请示请求上级答复的用语（批复只答复请示），宜作“请予函复”", "请予函复")
            continue
        if m.group("g2"):
            what, right = "用语", "现函复如下" if genre == "函" else "现将有关事项通知如下"
        else:
            what, right = "结束语", _RIGHT_CLOSING[genre]
        yield Finding(m.start(), m.end(), "policy", "warning", "policy.closing",
                      f"{what}与文种不符：本文是{genre}，“{m.group(0)}”是{g}的{what}，宜作“{right}”", None)


_PRC = "中华人民共和国"
_CITED_LAW = re.compile(r"《中华人民共和国(?P<n>[\u4e00-\u9fff、]{1,30}?(?:法|法典))(?<!办法)》")  # (…法实施办法: no law)


@functools.lru_cache(maxsize=1)
def _law_names() -> tuple[frozenset, tuple]:
    """Every national law's name without 中华人民共和国 (data/law_names.tsv, and the laws named in law_dates.tsv
    and — right or wrong — repealed.tsv, which reports its own), and the names for suggestions (law_names.tsv).
    The laws of law_revisions.tsv are the knowledge base's (``kb.law_revisions``)."""
    names = [_bare(r[0]) for r in load_builtin("law_names.tsv").rows]
    known = set(names)
    known.update(map(_bare, law_dates_table()[0]))
    known.update(_bare(r[0]) for r in load_builtin("repealed.tsv").rows)
    return frozenset(known), tuple(names)


def _bare(name: str) -> str:
    name = name.strip("《》")
    return name[len(_PRC):] if name.startswith(_PRC) else name


_NO_PREFIX = frozenset({"反分裂国家法"})  # national laws whose names carry no 中华人民共和国 (2005年第十届全国人大第三次会议通过)


def law_name(doc, kb):
    """《中华人民共和国××法》 that names no national law, in force or repealed (安全生产管理法, 抗震救灾法)."""
    text = doc.text
    if "《中华人民共和国" not in text:
        return
    known, names = _law_names()
    for m in _CITED_LAW.finditer(text):
        n = m.group("n")
        if n in _NO_PREFIX:
            yield Finding(m.start(), m.end(), "policy", "warning", "policy.law_name",
                          f"法律名称有误：全国人大通过的《{n}》名称不冠“中华人民共和国”", f"《{n}》")
            continue
        if n in known or n in kb.law_revisions or _PRC + n in kb.law_revisions or "草案" in text[m.end() : m.end() + 6]:
            continue
        close = difflib.get_close_matches(n, names, n=1, cutoff=0.75)
        hint = f"，是否为《{_PRC}{close[0]}》" if close else ""
        yield Finding(m.start(), m.end(), "policy", "warning", "policy.law_name",
                      f"国家法律中没有《{_PRC}{n}》（现行和已废止的法律均无此名）{hint}，请核对法律名称",
                      f"《{_PRC}{close[0]}》" if close else None)
    regulations = _bare_regulations()
    for m in _CITED_REGULATION.finditer(text):
        if m.group("n") in regulations:
            yield Finding(m.start(), m.end(), "policy", "warning", "policy.law_name",
                          f"法规名称有误：《{m.group('n')}》的名称不冠“中华人民共和国”", f"《{m.group('n')}》")


# 《中华人民共和国个人信息保护法》《政府信息公开条例》: in a list of full names, one law or regulation whose own full name
# also opens with 中华人民共和国 is cited short (the first citation of a law or regulation takes its full name)
_SHORT_IN_LIST = re.compile(r"》(?:、|和|及|以及)?《(?!中华人民共和国)(?P<n>[\u4e00-\u9fff、]{2,30}?(?:法|条例|细则))》")


def short_in_list(doc, kb):
    text = doc.text
    if "》《" not in text and "》、《" not in text:
        return
    names = law_dates_table()[0]
    for m in _SHORT_IN_LIST.finditer(text):
        n = m.group("n")
        prev = text.rfind("《", 0, m.start())
        if prev < 0 or not text.startswith("《" + _PRC, prev) or _PRC + n not in names:
            continue
        if text.find("《" + _PRC + n + "》", 0, m.start() + 1) >= 0:
            continue  # cited in full before: the short name is fine
        yield Finding(m.start("n"), m.end("n"), "policy", "warning", "policy.law_name",
                      f"法规名称不全：与前后所引法律一样，首次引用应写全称《{_PRC}{n}》", _PRC + n)


_CITED_REGULATION = re.compile(r"《中华人民共和国(?P<n>[\u4e00-\u9fff、]{2,30}?(?:条例|办法|规定|细则))》")


@functools.lru_cache(maxsize=1)
def _bare_regulations() -> frozenset:
    """The regulations of law_dates.tsv whose every name lacks 中华人民共和国 (医疗保障基金使用监督管理条例; not
    政府信息公开条例, which is also written with it)."""
    names = law_dates_table()[0]
    return frozenset(n for n in names if not n.endswith("法") and _PRC + n not in names and not n.startswith(_PRC))


# 由省口岸办直接向国务院报送…的请示: a department writing straight to the body above its own government (条例第十五条:
# 不越级行文; 第十六条: 部门 write to their government, which writes up). Only with 直接向, the sign of a leap.
# 由园区管委会以请示形式直接报省人民政府: a city's 管委会 (no level written) counts as the city's.
_SKIP_LEVEL = re.compile(r"(?P<body>[\u4e00-\u9fff]{1,16}?)(?P<unit>厅|局|办|委|中心|管委会)(?:以[\u4e00-\u9fff]{1,6}(?:形式|名义))?"
                         r"直接(?:向(?P<to>国务院|党中央|中共中央|省人民政府|省政府|省委|市人民政府|市政府|市委|中央[\u4e00-\u9fff]{2,14}?(?:办公室|委员会|领导小组))(?P<how>报送|请示|行文|报告|上报|呈报)"
                         r"|(?:报|报送|上报|呈报)(?P<to2>国务院|党中央|中共中央|省人民政府|省政府|省委|市人民政府|市政府|市委))")
_ABOVE = {"省": ("国务院", "党中央", "中共中央"), "市": ("国务院", "党中央", "中共中央", "省人民政府", "省政府", "省委"),
          "县": ("国务院", "党中央", "中共中央", "省人民政府", "省政府", "省委", "市人民政府", "市政府", "市委")}
_ABOVE["区"] = _ABOVE["县"]


def skip_level(doc, kb):
    text = doc.text
    if "直接向" not in text and "直接报" not in text and "直接上报" not in text and "直接呈报" not in text:
        return
    for m in _SKIP_LEVEL.finditer(text):
        body = m.group("body")
        k = max(body.rfind(c) for c in "由经将请并，、")  # the body's name starts after these (会议同意由省口岸办)
        body, start = body[k + 1 :], m.start("body") + k + 1
        lv = body[0] if body[:1] in _ABOVE else ("市" if m.group("unit") == "管委会" else None)
        to = m.group("to") or m.group("to2")
        if lv and (to in _ABOVE[lv] or to.startswith("中央") and lv != "省"):  # (a city's office to 中央港澳工作办公室)
            yield Finding(start, m.end(), "policy", "warning", "policy.skip_level",
                          f"越级行文：部门一般不直接向{to}行文，应由本级人民政府（党委）报送（《党政机关公文处理工作条例》第十五条、第十六条）", None)


# 柳塘镇杏林村民委员会关于…的请示 / 岚江县人民政府：: a 请示 or 报告 sent past the level above the sender (条例第十五条
# 不越级行文): a 村 or 社区 writes to its 乡镇 or 街道, a county's department (or town) to the county, not to the city or
# province above. Read from the sender in the title (or the masthead above it) and the 主送机关 line under it.
_VILLAGE = re.compile(r"(?:村|社区)(?:民委员会|居民委员会|村民委员会|委会|居委会|党支部|党总支|股份经济合作社)?$")
_COUNTY_UNIT = re.compile(r"县[\u4e00-\u9fff]{1,14}(?:局|委员会|办公室|中心|镇人民政府|乡人民政府|街道办事处|镇党委|乡党委|街道党工委)$")
_ABOVE_COUNTY = re.compile(r"(?:^|[、，])(?:[\u4e00-\u9fff]{0,8}(?:市|省|自治区|州))(?:人民政府|政府|委)(?=[、，：:]|$)|国务院|党中央|中共中央")
_ABOVE_VILLAGE = re.compile(r"(?:县|区|市|省|州|旗)(?:人民政府|政府|委)(?=[、，：:]|$)|国务院")


def _sender(doc) -> str:
    """The sender named in the title (江岭县教育局关于…的请示), else in the masthead line above it (…文件)."""
    s = doc.title.stripped
    k = s.find("关于")
    if k >= 2:
        return s[:k]
    for ln in reversed(doc.nonblank[: doc.title_index]):
        t = ln.stripped
        if "〔" in t or "签发人" in t or len(t) > 40:
            continue
        return t.removesuffix("文件").strip()
    return ""


def skip_level_recipient(doc, kb):
    if doc.genre not in ("请示", "报告") or not _has_recipient(doc):
        return
    rec_line = doc.nonblank[doc.title_index + 1]
    rec = rec_line.stripped.rstrip("：:")
    sender = _sender(doc)
    village = bool(sender) and _VILLAGE.search(sender) is not None
    if not sender or "县" in rec and "县" in sender and not village:
        return
    if village:
        if any(w in rec for w in ("镇", "乡", "街道")):
            return
        m = _ABOVE_VILLAGE.search(rec)
        level = "乡镇人民政府或街道办事处"
    elif _COUNTY_UNIT.search(sender) and not sender.endswith(("县人民政府", "县委员会")):
        m = _ABOVE_COUNTY.search(rec)
        level = "县人民政府（县委）或上级对口业务部门"
    else:
        return
    if m is None:
        return
    start = rec_line.start + rec_line.text.find(rec)
    yield Finding(start, start + len(rec), "policy", "warning", "policy.skip_level",
                  f"越级行文：{sender}的{doc.genre}一般应主送{level}，不越级主送{m.group(0).strip('、，')}"
                  "（《党政机关公文处理工作条例》第十五条）", None)


_ASK_APPROVAL = re.compile(r"商请(?:同意|审定|审批|批准|支持|批复)|请求(?:批准|审批|同意)|申请(?:批准|审批)")
_OWN_GOVERNMENT = re.compile(r"^(?P<place>[\u4e00-\u9fff]{0,8}?)(?P<lv>县|市|区|省|州|旗)人民政府$")
_PLACE_LEVEL = re.compile(r"^(?P<place>[\u4e00-\u9fff]{1,8}?(?P<lv>省|市|县|区|州|旗))(?P<body>[\u4e00-\u9fff]{2,20})$")
_RANK = {"省": 3, "州": 2, "市": 2, "县": 1, "区": 1, "旗": 1}
_INSTITUTION = ("中心", "院", "站", "所", "馆")


def letter_upward(doc, kb):
    """A 函 that asks the body above the sender for approval (县农业农村局 → 县人民政府; 市工业和信息化局 → 省工业和信息化厅;
    市疾病预防控制中心 → 市卫生健康委员会): a request upward is a 请示 (《党政机关公文处理工作条例》第八条)."""
    if doc.genre != "函" or not _has_recipient(doc) or not _ASK_APPROVAL.search(doc.title.stripped):
        return
    rec = doc.nonblank[doc.title_index + 1].stripped.rstrip("：:")
    sender = _sender(doc)
    s, r = _PLACE_LEVEL.match(sender), _PLACE_LEVEL.match(rec)
    gov = _OWN_GOVERNMENT.match(rec)
    if s is None or "、" in rec or "，" in rec:
        return
    upward = False
    if gov is not None:  # its own government (县人民政府, 禾丰县人民政府) or a government above it
        upward = (not gov.group("place") or sender.startswith(gov.group("place") + gov.group("lv"))
                  or _RANK[gov.group("lv")] > _RANK[s.group("lv")])
    elif r is not None:
        core = lambda b: re.sub(r"(?:委员会|厅|局|委|办公室|办)$", "", b)  # noqa: E731
        same_line = core(r.group("body")) == core(s.group("body")) and len(core(s.group("body"))) >= 2
        upward = (same_line and _RANK[r.group("lv")] > _RANK[s.group("lv")]  # 市工业和信息化局 → 省工业和信息化厅
                  or r.group("place") == s.group("place") and s.group("body").endswith(_INSTITUTION)
                  and r.group("body").endswith(("委员会", "局")))  # 市疾病预防控制中心 → 市卫生健康委员会
    if upward:
        t = doc.title
        k = t.start + t.text.rstrip(" \t\u3000。").rfind("函")
        yield Finding(k, k + 1, "policy", "warning", "policy.document_type",
                      f"文种不当：{sender}向{rec}请求批准（支持）事项，属上行文，应使用“请示”，不用“函”"
                      "（“函”用于不相隶属机关之间商洽工作、询问和答复问题、请求批准；《党政机关公文处理工作条例》第八条）", "请示")


# 党内记过处分 / 政务严重警告处分: a sanction of the other kind (《中国共产党纪律处分条例》第八条: 警告、严重警告、撤销党内职务、
# 留党察看、开除党籍; 《中华人民共和国公职人员政务处分法》第七条: 警告、记过、记大过、降级、撤职、开除)
_SANCTION = re.compile(r"党内(?P<a>记过|记大过|降级|撤职)处分|政务(?P<b>严重警告|留党察看|撤销党内职务)处分|(?P<c>严重警告|留党察看|撤销党内职务)的?政务处分")
_PARTY_KINDS = "警告、严重警告、撤销党内职务、留党察看、开除党籍五种（《中国共产党纪律处分条例》第八条）"
_STATE_KINDS = "警告、记过、记大过、降级、撤职、开除六种（《中华人民共和国公职人员政务处分法》第七条）"
# 接待对象在10人以内的，陪餐人数不得超过3人（《党政机关国内公务接待管理规定》第十条）
_HOSTS = re.compile(r"接待对象(?:人数)?在?10人以内的?[，,]\s*陪餐人数不得?超过(?P<n>\d+|[一二三四五六七八九])人")
# 巡察发现的违纪违法问题线索，移交纪检监察机关（not the procuratorate or the police)
_CLUE_TO = re.compile(r"(?:违纪违法|违纪|职务违法)[^。；！？\n]{0,10}?问题线索[，,]?\s*(?:及时|按程序|依规依纪依法)?移交(?P<at>(?:[省市县区]|同级)?(?:人民检察院|检察机关|公安局|公安机关))")


_LETTER_ASKS = re.compile(r"(?:现将有关(?:情况|事项|问题)|现就有关(?:情况|事项|问题))请示如下|特此请示|现请示如下")


def letter_that_asks(doc, kb):
    """A 函 (to a body it does not lead or report to: 商请, 商洽) that writes 请示如下: 请示 goes only upward
    (《党政机关公文处理工作条例》第八条, 第十五条)."""
    t = doc.title
    if t is None or doc.genre != "函" or "请示" not in doc.text:
        return
    for m in _LETTER_ASKS.finditer(doc.text, t.end):
        yield Finding(m.start(), m.end(), "policy", "warning", "policy.genre",
                      "本文是“函”（不相隶属机关之间商洽工作、请求批准），正文不用“请示如下”，宜作“函告如下”或“商请如下”", None)


# 按照《国家中长期教育改革和发展规划纲要（2010—2020年）》关于…的要求 in a document of 2026: a plan whose period has ended
# cited as the ground of today's work
_PLAN_CITED = re.compile(r"(?:根据|依据|按照|落实|贯彻落实|贯彻)《(?P<t>[^《》\n]{4,60}?（(?:19|20)\d\d(?:—|－|-|～|至)(?P<b>(?:19|20)\d\d)年）)》")


def expired_plan(doc, kb):
    text = doc.text
    if "年）》" not in text:
        return
    from .fact import _doc_year  # noqa: PLC0415

    year = None
    for m in _PLAN_CITED.finditer(text):
        year = year or _doc_year(text)
        if year is not None and int(m.group("b")) < year - 1:
            yield Finding(m.start("t"), m.end("t"), "policy", "warning", "policy.expired_plan",
                          f"所依据的规划（纲要）期限已于{m.group('b')}年届满，本文成文于{year}年，请核对是否有接续的现行文件", None)


def sanctions_and_limits(doc, kb):
    """A sanction named with the wrong kind (党内记过处分, 政务严重警告处分); the number of hosts at an official meal
    (陪餐人数); clues of breaches of discipline handed to a procuratorate."""
    text = doc.text
    if "处分" in text:
        for m in _SANCTION.finditer(text):
            if m.group("a"):
                yield Finding(m.start(), m.end(), "policy", "error", "policy.sanction",
                              f"处分种类有误：党纪处分分为{_PARTY_KINDS}，没有“党内{m.group('a')}”；{m.group('a')}是政务处分", None)
            else:
                kind = m.group("b") or m.group("c")
                yield Finding(m.start(), m.end(), "policy", "error", "policy.sanction",
                              f"处分种类有误：政务处分分为{_STATE_KINDS}，没有“{kind}”；{kind}是党纪处分", None)
    if "陪餐" in text:
        for m in _HOSTS.finditer(text):
            n = m.group("n")
            if (int(n) if n.isdigit() else "一二三四五六七八九".index(n) + 1) != 3:
                yield Finding(m.start("n"), m.end(), "policy", "warning", "policy.limit",
                              "公务接待陪餐人数：接待对象在10人以内的，陪餐人数不得超过3人（《党政机关国内公务接待管理规定》第十条）", "3人")
    if "问题线索" in text:
        for m in _CLUE_TO.finditer(text):
            yield Finding(m.start("at"), m.end("at"), "policy", "warning", "policy.authority",
                          "违纪违法问题线索应移交纪检监察机关处置，不直接移交检察机关或公安机关（涉嫌犯罪的由监察机关依法移送）", None)


RULES = (document_type, genre_mentions, one_request_per_qingshi, law_revision, superseded_standard, issuer, reply_to_report,
         document_number_issuer, law_name, short_in_list, closing_formula, skip_level, skip_level_recipient, letter_upward,
         sanctions_and_limits, letter_that_asks, expired_plan)
