"""语言关: 的/地/得, duplicated characters and words, wrong collocations.

Miswritten words and idiom near-misses are dictionary entries (data/typos.tsv,
data/idiom_errors.tsv, generated idiom variants) found by the dictionary scan.
"""

from __future__ import annotations

import re

from ..document import CJK, after_last, first_of
from ..model import Finding
from ..pairs import pair_key

# -- 的/地/得 -------------------------------------------------------------------
_VERBS_DE = ("做|干|搞|抓|办|落实|执行|完成|开展|推进|发展|建设|管|管理|组织|准备|安排|布置|学|讲|写|说|跑|走|来|"
             "变|长|改|发挥|体现|把握|处理|协调|服务|保障|运行|实施|贯彻|宣传|整改|解决|推动|搞得|掌握|了解|理解|领会|认识|"
             "转化|进展|提升|改善|结合|融合|衔接|配合|对接|保存|保管|维护|开展|讲|搞|办|做|建|修|学|恢复|增长|回升|复苏|答复|回复|反馈|办理")
_ADJ_DE = ("好|很好|较好|更好|不好|扎实|很扎实|到位|不到位|出色|细|很细|实|很实|快|很快|慢|太慢|充分|不够|突出|明显|"
           "有效|圆满|顺利|精彩|热烈|红火|有声有色|井井有条|扎扎实实|风生水起|卓有成效|不错|有序|严|不严|松|"
           "规范|深入|透彻|清楚|明白|及时|主动|积极|实在|细致|扎实有效|不够细|不够实|不错|全面|准确|彻底|牢固|深刻|完善|"
           "紧密|密切|顺畅|平稳|完好|完整|缓慢|迟缓|滞后|不理想|怎么样|怎样|透|活|实|细|深|好|急|猛|早|晚|迟")
_DEGREE = "很|非常|十分|比较|更加|更|特别|相当|越来越|较为|尤为|还|不够|不太|最|较"
# four-character complements: set phrases and AABB adjectives (讲的深入浅出、做的扎扎实实); after them a
# 、 also closes the complement (讲的深入浅出、联系实际)
_COMPL4 = ("深入浅出|生动活泼|生动形象|淋漓尽致|恰到好处|热火朝天|如火如荼|轰轰烈烈|有板有眼|头头是道|有条不紊|"
           "细致入微|面面俱到|一丝不苟|滴水不漏|天衣无缝|扎实有力|扎实有序|稳妥有序|紧锣密鼓|清清楚楚|明明白白|"
           "实实在在|红红火火|踏踏实实|认认真真|仔仔细细|干干净净|稳稳当当|规规矩矩|整整齐齐|彻彻底底|漂漂亮亮|"
           "顺顺利利|平平稳稳|妥妥当当|透透彻彻|快快乐乐|热热闹闹|井然有序|有理有据|入情入理|声情并茂")
_V_DE_ADJ = re.compile(r"(?P<de>的)(?:都|也|还|就)?(?:(?:" + _DEGREE + r")?(?:" + _ADJ_DE
                       + r")(?=[，。；！？\n]|、[\u4e00-\u9fff]{1,2}得|、[\u4e00-\u9fff]{1,2}到位|的(?:单位|部门|地方|问题)|等(?:问题|情况|现象)|$)|(?:(?:" + _DEGREE + r")?(?:" + _COMPL4 + r"))(?=[，。；！？、\n]|$)"
                       # 落实的好不好: a complement asked as 好不好 (whether done well)
                       r"|(?:好不好|实不实|快不快|细不细|严不严|准不准|深不深|透不透|紧不紧|硬不硬|到不到位|扎不扎实|规不规范|好与不好)(?=[，。；！？、\n]|$)"
                       # 保存的较为完好的档案: a degree adverb and the complement inside an attribute
                       r"|(?:" + _DEGREE + r")(?:完好|完整|扎实|到位|规范|细致|充分|彻底|透彻|深入|及时)(?=的[\u4e00-\u9fff]))", re.M)
_VERBS_DE_T = tuple(_VERBS_DE.split("|"))
_ADV_T = None  # filled below
_ADV = ("积极|认真|切实|全面|深入|扎实|稳步|有序|有效|大力|极大|持续|主动|严格|广泛|充分|科学|依法|高效|精准|妥善|"
        "坚决|坚定|牢牢|紧紧|迅速|及时|逐步|不断|努力|扎扎实实|认认真真|踏踏实实|实实在在|稳妥|创造性|"
        "自觉|全力|彻底|正确|合理|统筹|系统|大胆|热情|耐心|细致|深刻|清醒|坚持不懈|持之以恒|毫不动摇|坚定不移|"
        "不折不扣|一丝不苟|实事求是|尽快|抓紧|加快|集中|主动积极|严肃|逐项|逐一|准确|客观|全方位|高质量|简单|"
        "深入细致|积极主动|耐心细致|扎实有效|积极稳妥|坚决果断|规范|热烈|有力|"
        # four-character adverbials of reports (卓有成效的开展了工作)
        "卓有成效|富有成效|有条不紊|紧锣密鼓|保质保量|不遗余力|尽心尽力|全力以赴|千方百计|想方设法|旗帜鲜明|"
        "理直气壮|争分夺秒|全面系统|系统全面|扎实有序|稳妥有序|有力有序|有序有效|全方位多层次|毫不松懈|一刻不停|锲而不舍|驰而不息")
_VERBS_DI = ("推进|推动|开展|落实|做好|抓好|加强|解决|完成|实施|贯彻|执行|学习|领会|把握|参与|配合|做到|"
             "抓紧|处置|应对|化解|回应|破解|纠正|整改|维护|履行|承担|投入|融入|对接|提升|提高|促进|研究|谋划|"
             "梳理|动态调整|调整|调配|受理|改善|交到|送到|交给|防范|防控|遏制|保管|看到|认识到|意识到|拿出|查处|排查|督促|执行|保护|保存|"
             "核实|核查|上报|报送|办理|回复|答复|传达|落细|完善|改进|贯彻落实|掌握|"
             "采取|跟踪|宣传|探索|感受到|看作|依法|投身|对待|看待|跟进|打赢|打好|守住|守牢|筑牢|织密|压实|"
             "扛起|抓实|推行|遏制|防范|防控|整治|清理|核对|查找|查摆|剖析|反思|总结|分析|研判|评估|判断|审视|"
             "担负|担负起|肩负|肩负起|负起|承担起|守护|捍卫|调动|激发|进行|讨论|交流|探讨|填写|填报|如实填写|上门|靠前|"
             "使用|建言献策|出谋划策|聆听|倾听")
# verbs that are as often nouns (客观的分析 "an objective analysis"): only after a modal, with an object
_WEAK_DI = frozenset("总结 分析 研判 评估 判断 审视 反思 剖析 整治 防范 防控 讨论 交流 探讨 上门 靠前".split())
_MODAL = ("要", "应", "应当", "应该", "必须", "须", "需", "需要", "务必", "将", "能", "能够", "会", "并", "来", "才能",
          "进一步", "不断", "持续", "始终", "坚持", "善于", "学会")
_ADV_T = tuple(_ADV.split("|"))
# 认真的逐项整改: an adverb that is no noun (not 系统 of 供配电系统的全面检修), 的, another adverb, a verb
_ADV_DE_ADV = re.compile(r"的(?=(?:逐项|逐一|逐步|逐条|逐个|尽快|及时|全面|切实|认真|严格|依法|主动|坚决|迅速)[\u4e00-\u9fff])"
                         r"(?:(?<=(?:认真|切实|积极|扎实|严格|坚决|主动|大力|全力|及时|深入|稳步|努力|迅速|依法|耐心|细致)的)"
                         r"|(?<=(?:扎扎实实|认认真真)的))")  # the literal 的 first: a pattern opening with words is slow to scan for
_NOMINALISING = ("进行", "作出", "做出", "开展", "给予", "予以", "加以", "得到", "受到", "经过")
# 实实在在的为基层减负, 坚持不懈的用理论武装: a four-character adverb, 的, a preposition that opens the verb phrase
_ADV4_DE_PREP = re.compile(r"的(?<=(?:" + "|".join(a for a in _ADV_T if len(a) == 4) + r")的)"
                           r"(?=(?:为|用|把|向|对|从|以|给|替|按|依|靠|同|跟)[\u4e00-\u9fff])"
                           r"(?!对策|对象|对手|用途|用品|用户|把手|向导|以来|以上|以下|依据|依托|同志|同事|同行|跟班)")
# 把全会精神学的更深更透: a complement 更A更B after a verb
_DE_MORE_MORE = re.compile(r"的(?=更[\u4e00-\u9fff]更[\u4e00-\u9fff](?![\u4e00-\u9fff]))(?<=[\u4e00-\u9fff]的)")
_VERB_BEFORE_DUN = frozenset("重视 部署 研究 动员 行动 响应 回应 安排 谋划 调度 会商 研判".split())
_ADV_DE_V = re.compile(r"的(?:(?:做好|抓好|做到|拿出|看到|认识到|意识到|感受到|看作)|把(?![握关手柄脉控持门头戏式子守玩])|(?:" + _VERBS_DI + r")"
                       r"(?!作用|工作(?!责任|任务|要求|部署)|措施|态度|方式|方法|作风|精神|力度|成效|效果|机制|情况|能力|水平|过程|举措|"
                       r"意识|环境|格局|经验|成果|目标|任务|要求|问题|基础|政策|姿态|行动|步伐|进程|条件|氛围|"
                       r"动力|手段|理念|路径|思路|重点|领域|活动|范围|年限|期限|寿命|说明|价值|声势|攻势|热潮|权|率|量|力|者|中|下|上|的))")
_DISPOSAL = re.compile(r"(?:(?<![即必])将|把)(?!握|关|手|柄|脉|控|持|门|头|戏|式|子|守|玩|来|近|要|会|于|在)[^，。；！？\n]{1,24}$")
_VERBS_DI_RE = re.compile("(?:" + "|".join(sorted(_VERBS_DI.split("|"), key=len, reverse=True)) + ")")
_NOUN_END = frozenset("。，；：！？）」』”和与及")
_ADV_DEI_V = re.compile(r"得(?=(?:做好|抓好|" + _VERBS_DI + r"))")
# adverbs whose last character makes a word with 得 (自觉得 = 自 + 觉得)
_DEI_WORD_BEFORE = frozenset("觉获取赢懂记值显使免省难舍来认晓落博求")
_DI_DE = re.compile(r"地的(?=(?:" + _VERBS_DI + r"))")
# 群众满意度明显的提升，: a subject (…度, …率, …感) then adverb + 的 + verb closing the clause — the verb is the predicate
# (有了明显的提升 is a noun phrase: a verb stands before the adverb there)
_SUBJ_ADV_DE_V = re.compile(r"[度率量感平力入境益模”](?:明显|显著|大幅|稳步|持续|不断|逐步|进一步|有序|扎实|平稳|顺利)(?P<de>的)"
                            r"(?:提升|提高|改善|增强|增加|下降|降低|减少|好转|加快|扩大|推进|实施|开展)(?=[，。；\n]|$)")
_ADJ_DE_N = re.compile(r"(?:可行|有效|有力|具体|扎实|管用|务实|必要|良好|显著|切实)(?P<de>得)"
                       r"(?=[\u4e00-\u9fff]{0,4}?(?:措施|办法|方案|举措|机制|制度|成效|成果|经验|做法|效果|手段|对策))")
_ADJ_DI_N = re.compile(r"(?:明显|显著|良好|积极|重要|突出|重大|长足|可喜|较大|很大|巨大|明确|有益|有力|深远|阶段性|"
                       r"实质性|决定性|根本性|历史性|全局性|关键性|很好|较好|更好|更大)(?P<di>地)"
                       r"(?=(?:成效|成果|成绩|效果|进展|作用|贡献|优势|意义|价值|基础|氛围|局面|态势)(?![\u4e00-\u9fff]))")
# 为游客提供更加优质地服务: what is provided is a thing, so its attribute takes 的
_PROVIDE_DI_N = re.compile(r"(?:提供|享受|享有|获得)(?:[^，。；、\n地]{0,4}?)(?:优质|高效|便捷|周到|贴心|精准|细致|热情|专业|规范|"
                           r"暖心|舒心|放心|更好|良好|优良|便利|快捷|多样|个性化|一站式|均等化|普惠|全方位|全周期|全流程)(?P<di>地)"
                           r"(?=(?:服务|保障|条件|环境|体验|帮助|产品|支持)(?:[，。；、\n]|$))")
_FIXED_DE = re.compile(
    r"值的(?=一提|注意|关注|肯定|学习|借鉴|信赖|称赞|推广|期待|重视|骄傲|思考|深思|警惕|一看|庆贺|欣慰)"
    r"|取的(?=了|显著|明显|积极|重大|新的|阶段性|良好|实效|成效|成绩|进展|突破|胜利|圆满|优异|可喜|较好|长足)"
    r"|获的(?=了|成效|成绩|进展|突破|荣誉|好评|认可|一等奖|二等奖|三等奖)"
    r"|显的(?=更加|十分|非常|格外|尤为|很|有些|比较|特别|尤其|越发|愈发)"
    r"|觉的(?=很|非常|十分|有些|比较|自己|我们|这|那)"
)
# characters before which the two characters are part of another word (价值的, 明显的, 视觉的 ...)
_FIXED_DE_NOT_AFTER = {"值": "价均数产比峰阈估增贬币面", "取": "攫汲读提争夺采截窃索榨获", "获": "捕斩缴查荣俘",
                       "显": "明凸彰浅突", "觉": "动使自视听知直味警感触嗅错幻察"}
_NOMINAL_BEFORE = ("进行", "开展", "作", "做", "经过", "通过", "有", "给予", "予以", "作出", "做出", "进行了", "开展了",
                   "作了", "做了", "有了", "给予了", "得到了", "受到了", "进行过", "作出了", "做出了",
                   "加以", "得到", "得不到", "受到", "需要", "要有", "的", "是", "以", "和", "与", "及", "、", "展开", "实现")
# 进行认真地研究: after 进行, 开展, 作出, 给予 … the verb is a noun (its object), so the adjective before it takes 的
_NOMINAL_DI = re.compile(r"(?P<v>进行|开展|作出|做出|给予|予以|加以)了?(?P<adv>[\u4e00-\u9fff]{2})(?P<di>地)(?=[\u4e00-\u9fff]{2})")
_FIXED_DE_FIX = {"值": "值得", "取": "取得", "获": "获得", "显": "显得", "觉": "觉得"}


_DE_ITEM_BEFORE = re.compile(r"[\u4e00-\u9fff]{1,2}(?P<de>[的得])[\u4e00-\u9fff]{1,2}$")
_DE_ITEM_AFTER = re.compile(r"[\u4e00-\u9fff]{1,2}(?P<de>[的得])[\u4e00-\u9fff]{1,2}(?![\u4e00-\u9fff])")
_PRONOUNS = ("我", "你", "他", "她", "它")


def _de_in_de_series(text: str):
    """引得进、留的住、用得好: an item of a 得 series written with 的 (each 、 and the items either side of it)."""
    if "得" not in text or "、" not in text:
        return
    seen = set()
    p = text.find("、")
    while p >= 0:
        a = _DE_ITEM_BEFORE.search(text, max(0, p - 5), p)
        b = _DE_ITEM_AFTER.match(text, p + 1) if a else None
        if a and b and a.group("de") != b.group("de") and not (a.group(0) + b.group(0)).startswith(_PRONOUNS):
            at = a.start("de") if a.group("de") == "的" else b.start("de")
            if at not in seen and not text[at - 1 : at + 1].startswith(_PRONOUNS):
                seen.add(at)
                yield Finding(at, at + 1, "language", "warning", "language.de",
                              "并列的动补结构中其他各项都用“得”，此处动词后接补语也应使用“得”", "得")
        p = text.find("、", p + 1)


# 刘阿姨高兴的说：“…”: a feeling before a verb of saying that opens a quotation
_FEELING_DE_SAY = re.compile(r"(?<=高兴|激动|感慨|动情|自豪|兴奋|开心|欣慰|深情|郑重|诚恳|由衷|风趣|幽默|感激|动容|感动|坦诚)"
                             r"(?P<de>的)(?:说|表示|讲|说道|讲道|告诉记者|介绍)(?=[：:，,]?[“\"]|。)")  # (or after the quotation: …”学生开心的说。)


def _clause_verb(text: str, a0: int, after: str) -> bool:
    """The adverb and its verb are the predicate of a clause with its own subject (同学们认真的聆听，…;
    …，市工商联积极的建言献策，…): a comma, semicolon or full stop follows, and the clause before the adverb holds no
    verb that would take the phrase as its object (进行, 作出, 有, 是 …, tested by the caller) nor a 的, and
    ends with a body or people (们, 局, 委, 人)."""
    if after not in "，；。":
        return False
    head = text[after_last(text, "，。；：！？\n", a0) : a0]
    return 2 <= len(head) <= 14 and "的" not in head and head[-1] in _SUBJECT_END


_SUBJECT_END = frozenset("们会联局委办部厅组队处所院校员家门位方人")


def de_di_de(doc, kb):
    text = doc.text
    for m in _V_DE_ADJ.finditer(text):
        if not text[max(0, m.start() - 4) : m.start()].endswith(_VERBS_DE_T):
            continue
        if (text[m.end() : m.end() + 1] == "的" and "、" in text[max(0, m.start() - 8) : m.start()]
                and text.endswith(("服务", "管理", "建设", "制造", "研发", "运营", "监测", "检测"), 0, m.start())):
            continue  # 整机制造、检测服务的较为完整的产业链条: the last noun of a list, no verb with its complement
        yield Finding(m.start("de"), m.end("de"), "language", "warning", "language.de",
                      "动词后接表示程度、结果的补语，应使用“得”（如“做得很好”）", "得")
    yield from _de_in_de_series(text)
    for m in _ADV_DE_V.finditer(text):
        s = m.start()
        before = text[max(0, s - 5) : s]
        adv = next((a for a in _ADV_T if before.endswith(a)), None)
        if adv is None:
            continue
        a0 = s - len(adv)
        while True:  # a chain of adverbs: 得到及时有效的处置, 进行认真、细致的研究
            joined = text[a0 - 1 : a0] in ("、", "和")
            b0 = a0 - 1 if joined else a0
            more = next((a for a in _ADV_T if text[max(0, b0 - 5) : b0].endswith(a)), None)
            if more is None:
                if joined and text[max(0, b0 - 2) : b0] in _VERB_BEFORE_DUN:
                    a0 = b0  # 高度重视、迅速的拿出: a verb, then the adverb of the next verb
                break
            a0 = b0 - len(more)
        nb = text[max(0, a0 - 4) : a0]
        if nb.endswith("作") and nb[-2:-1] in "工创合协操运动写制耕劳":
            nb = nb[:-1] + "□"  # 工作 is no 作 (作了……的研究)
        if text[a0 - 1 : a0] == "的" or nb.endswith(_NOMINAL_BEFORE):
            continue  # "进行深入的研究": an adjective before a verbal noun
        modal = text[max(0, a0 - 4) : a0].endswith(_MODAL)
        verb = _VERBS_DI_RE.match(text, s + 1)
        after = text[verb.end() : verb.end() + 1] if verb else ""
        verbal = text[s + 1] == "把" or (verb is not None and verb.group(0).endswith("到"))  # never a noun
        if not verbal and verb is not None and _DISPOSAL.search(text, max(0, a0 - 26), a0):
            verbal = True  # 将群众反映的问题及时的上报: the object moved before the verb by 将/把
        if (after in _NOUN_END or not after) and not modal and not verbal and not _clause_verb(text, a0, after):
            continue  # "作出深刻的调整。", "有效的调整和": the verb closes a noun phrase (no object, no modal)
        clause_head = text[a0 - 1 : a0] in ("，", "；") and text[s + 3 : s + 4] not in "的和与及等是也都"  # ，有效的防范资金风险
        if text[s + 1 : s + 3] in _WEAK_DI and text[s + 3 : s + 4] not in "了着" and not ((modal or clause_head)
                                                   and _CJK1.match(text[s + 3 : s + 4] or "。")
                                                   and text[s + 3 : s + 4] not in "的和与及等"):
            continue  # "缺乏客观的分析": a noun; "要客观的分析测评结果": a verb with its object
        yield Finding(s, s + 1, "language", "warning", "language.de",
                      "修饰动词的状语后应使用“地”（如“认真地落实”）", "地")
    for rx, example in ((_ADV_DE_ADV, "认真地逐项整改"), (_ADV4_DE_PREP, "实实在在地为群众办事")):
        for m in rx.finditer(text):
            if not any(v in text[max(0, m.start() - 10) : m.start()] for v in _NOMINALISING):  # 进行认真的逐项检查: a noun phrase
                yield Finding(m.start(), m.end(), "language", "warning", "language.de", f"修饰动词的状语后应使用“地”（如“{example}”）", "地")
    for m in _FEELING_DE_SAY.finditer(text):
        yield Finding(m.start("de"), m.end("de"), "language", "warning", "language.de",
                      "修饰动词的状语后应使用“地”（如“高兴地说”）", "地")
    for m in _DE_MORE_MORE.finditer(text):
        yield Finding(m.start(), m.end(), "language", "warning", "language.de",
                      "动词后接“更……更……”补语，应使用“得”（如“学得更深更透”）", "得")
    for m in (_SUBJ_ADV_DE_V.finditer(text) if "的" in text else ()):
        yield Finding(m.start("de"), m.end("de"), "language", "warning", "language.de",
                      "“满意度明显地提升”：状语修饰谓语动词，应使用“地”", "地")
    for m in (_ADV_DEI_V.finditer(text) if "得" in text else ()):
        s = m.start()
        before = text[max(0, s - 5) : s]
        adv = next((a for a in (*_ADV_T, "安全", "平安", "顺利") if before.endswith(a)), None)  # (将学生安全得交到家长手中)
        if adv is None or adv[-1] in _DEI_WORD_BEFORE:
            continue
        yield Finding(s, s + 1, "language", "warning", "language.de",
                      "修饰动词的状语后应使用“地”（如“有效地化解”），不用“得”", "地")
    for m in _DI_DE.finditer(text):
        yield Finding(m.start(), m.end(), "language", "error", "language.de",
                      "“地的”重复：修饰动词的状语后只用“地”", "地")
    for m in (_NOMINAL_DI.finditer(text) if "地" in text else ()):
        if m.group("adv") in _ADV_T:
            yield Finding(m.start("di"), m.end("di"), "language", "warning", "language.de",
                          f"“{m.group('v')}”后接名词性宾语，修饰它的定语用“的”（如“进行认真的研究”）", "的")
    for m in _ADJ_DE_N.finditer(text):
        yield Finding(m.start("de"), m.end("de"), "language", "warning", "language.de",
                      "修饰名词的定语后应使用“的”（如“切实可行的措施”）", "的")
    for m in (_ADJ_DI_N.finditer(text) if "地" in text else ()):
        yield Finding(m.start("di"), m.end("di"), "language", "warning", "language.de",
                      "修饰名词的定语后应使用“的”（如“取得明显的成效”），不用“地”", "的")
    for m in (_PROVIDE_DI_N.finditer(text) if "地" in text else ()):
        yield Finding(m.start("di"), m.end("di"), "language", "warning", "language.de",
                      "修饰名词的定语后应使用“的”（如“提供优质的服务”），不用“地”", "的")
    for m in _FIXED_DE.finditer(text):
        w = m.group(0)
        if m.start() and text[m.start() - 1] in _FIXED_DE_NOT_AFTER[w[0]]:
            continue
        yield Finding(m.start(), m.end(), "language", "error", "language.de",
                      f"“{w}”应写作“{_FIXED_DE_FIX[w[0]]}”", _FIXED_DE_FIX[w[0]])


# -- duplicates -------------------------------------------------------------------
_FUNC = "的地得了是和与及把被将都也而于之这那们"
_DUP1 = re.compile(r"([" + _FUNC + r"])\1")
_DUP_WORDS_OK = ("社社属", "社社务", "社社有")  # 供销合作社社属企业: 合作社 + 社属, a word ending and one starting
_DUP1_OK = ("等等", "了了之", "是是非非", "在在", "有有", "个个", "中中", "要要", "人人", "天天", *_DUP_WORDS_OK)
_CJK1 = re.compile(r"[\u4e00-\u9fff]")


def _straddles(words: frozenset, left: str, ab: str, right: str) -> bool:
    """X|AB|AB|Y read as XA + BA + BY: true when AB is no word and both ends are."""
    return bool(words) and ab not in words and left in words and right in words


_YAOYAO = re.compile(r"(?<![要需主重只必纪摘提概想首简切紧扼])要要(?![求素点件害闻职务塞领约挟冲道员案地目旨义账]|紧(?![扣盯跟抓贴绷]))")


_DENGDENG_N = re.compile(r"等等(?=(?:人员密集)?(?:场所|单位|部门|企业|人员|方面|领域|问题|地区|行业|机构|内容|措施|形式|活动|设施|群体|项目|方式))")


# two-character words ending in 目/标 after which 的的 is a slip (项目的的效果), unlike 目的 + 的 (达到目的的)
_MU_BIAO = frozenset("项目 节目 题目 科目 栏目 条目 数目 名目 书目 剧目 账目 帐目 盲目 醒目 瞩目 注目 面目 细目 曲目 "
                     "目标 指标 坐标 商标 达标 对标 超标 路标 锦标 航标 中标 招标 投标 竞标 夺标".split())
# 前前 after a time word (7月31日前前报送); 前前后后, 前前任 are words
_QIANQIAN = re.compile(r"(?<=[日月底末年节周天时之以])前前(?![后任辈])")
# a doubled character inside a frequent 3–4-character word (进一一步, 实事事求是, 党中中央)
_REP = re.compile(r"([" + CJK + r"]{1,6})\1")
_AA_WORD_FREQ = 30     # the word the text becomes without the repeat: at least this frequent (jieba)
_AA_EXPLAIN_FREQ = 5   # a word ending at the first and one starting at the second copy explain it (去年年底, 宣传部部长)
# a list with the same item twice: 职责不清、职责不清
_LIST_SEP = "、"
_ITEM_AFTER = re.compile(r"[\u4e00-\u9fff]{2,10}(?=[、，。；：！？\n）)”]|$)")
# the same word on both sides of spaces or a line break inside a paragraph (an edit left it twice)
_HEADING = re.compile(r"\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、])")


def _aa_slip(text, s, a, freq):
    """The frequent 3–4-character word the text at s (a doubled character a) becomes without the repeat."""
    left2, right2 = text[max(0, s - 2) : s], text[s + 2 : s + 4]
    c = left2 + a + right2  # the text without the repeat, around it
    k = len(left2)
    wins = (c[k - 1 : k + 2], c[k - 2 : k + 2] if k >= 2 else "", c[k - 1 : k + 3])
    word = max(wins, key=lambda w: freq.get(w, 0) if len(w) >= 3 else 0)
    if len(word) < 3 or freq.get(word, 0) < _AA_WORD_FREQ:
        return None
    if (any(freq.get(text[s - j : s + 1], 0) >= _AA_EXPLAIN_FREQ for j in (1, 2, 3) if s >= j)
            and any(freq.get(text[s + 1 : s + 1 + j], 0) >= _AA_EXPLAIN_FREQ for j in (2, 3, 4))):
        return None  # 去年 + 年底, 美国 + 国会: two words that share the character
    return word


# a doubled character that no word explains: 居民民参与 (居民 + 民参?), 在在采购 (在 + 在采?), 各各单位
_AA_LEFT_FREQ = 300    # the word ending at the first copy (居民) is at least this frequent
_AA_ALONE = {"在": "both", "对": "both", "各": "left"}
# one-character words that follow a word ending in the same character (主任任组长, 工作作了部署, 想到到北京)
_AA_SINGLE_WORD = frozenset("以到作任为是在有和与及对从向把被给让使用将就都也还又再才已于由自至按经据比同跟替帮请叫令"
                            "要会能可该应得着过上下中内外前后里年月日时天国省市县区乡镇村个名位次")
_AA_COUNT = frozenset("一二三四五六七八九十两几这那每某半整")  # prepositions/determiners doubled: 在在 unless 现在在, 在在建; 各各 unless …各各


def _rare_aa(text, s, a, aa, freq) -> bool:
    """加强强与: AA is a rare word (强强 of 强强联合) that starts no longer word here, after a frequent word ending in A."""
    return (aa < _AA_RARE and any(freq.get(text[s - j : s + 1], 0) >= 1000 for j in (1, 2) if s >= j)
            and not any(freq.get(text[s : s + j], 0) for j in (3, 4)))


_AA_RARE = 50  # jieba frequency under which a doubled character is read as a slip after a frequent word


def _aa_word_slip(text, s, a, freq, kb):
    """The word the text at s (a doubled character a, AA no word) reads as without the repeat, when
    no word ends at the first copy and starts at the second (人民民主 is 人民 + 民主)."""
    kind = _AA_ALONE.get(a)
    aa = freq.get(a + a, 0)
    if a + a in kb.reduplicable or (aa or a + a in kb.words2) and kind != "both" and not _rare_aa(text, s, a, aa, freq):
        return None
    e = s + 2
    left = max((text[s - j : s + 1] for j in (1, 2, 3) if s >= j), key=lambda w: freq.get(w, 0))
    right_ok = any(freq.get(text[s + 1 : s + 1 + j], 0) for j in (2, 3, 4) if s + 1 + j <= len(text))
    left_ok = freq.get(left, 0) >= _AA_EXPLAIN_FREQ
    if kind == "both":  # 在在2026年, 对对整改不到位的
        nxt = text[e : e + 1]
        return a if not left_ok and not right_ok and (_CJK1.match(nxt or "。") or nxt.isdigit()) else None
    if kind == "left":
        return a if not left_ok else None
    prev, nxt = text[s - 1], text[e : e + 1]
    if (right_ok or len(left) < 2 or freq.get(left, 0) < _AA_LEFT_FREQ or a in _AA_SINGLE_WORD
            or prev in _AA_COUNT or text[s - 2 : s - 1] == prev or not _CJK1.match(nxt or "。") or nxt in "的地"):
        return None  # 人民民主; 工作作了, 主任任组长 (a one-character word); 一座座; 干干净净; 甜蜜蜜的
    return left


def _repeated_items(text):
    at = text.find(_LIST_SEP)
    while at >= 0:
        m = _ITEM_AFTER.match(text, at + 1)  # the item after 、, up to the next separator
        if m:
            w = m.group(0)
            n = len(w)
            if text[at - n : at] == w:
                before = text[at - n - 1 : at - n] if at > n else ""
                if n >= 4 or not before or not _CJK1.match(before):
                    yield at, m.end(), w  # 副县长、县长 is two items: a short item needs its own start
        at = text.find(_LIST_SEP, at + 1)


_CELL_GAP = re.compile(r"[ \u3000\t]{2,}")


def _table_row(text: str, s: int, e: int) -> bool:
    """A gap of two spaces or more in a line with another such gap: cells of a table row (计划任务　　已完成　　完成率)."""
    if e - s < 2:
        return False
    ls, le = text.rfind("\n", 0, s) + 1, first_of(text, "\n", e, missing=len(text))
    return sum(1 for _ in _CELL_GAP.finditer(text, ls, le)) >= 2


def _repeats_across_gap(text):
    # inside a line: the same word on both sides of spaces
    for sp in (" ", "\u3000"):
        at = text.find(sp)
        while at >= 0:
            s = at
            e = at + 1
            while text[e : e + 1] in (" ", "\u3000", "\t"):
                e += 1
            if s and "\u4e00" <= text[s - 1] <= "\u9fff" and not _table_row(text, s, e):
                hit = _same_word(text, s, e)
                if hit:
                    yield hit
            at = text.find(sp, e)
    # across a line break inside a paragraph: a long line that does not end in punctuation
    at = text.find("\n")
    while at >= 0:
        s = at
        while s and text[s - 1] in " \u3000\t":
            s -= 1
        if s and "\u4e00" <= text[s - 1] <= "\u9fff":
            e = at + 1
            while text[e : e + 1] in (" ", "\u3000", "\t"):
                e += 1
            ls = text.rfind("\n", 0, s) + 1
            if s - ls >= 15 and not _HEADING.match(text, ls) and first_of(text, "，、；：", ls, s) >= 0:
                # (a line without a comma is a masthead or a title: 中共…局（公司）党组 / 党组会议纪要)
                hit = _same_word(text, s, e)
                if hit:
                    yield hit
        at = text.find("\n", at + 1)


def _same_word(text, s, e):
    """A word of 2–4 characters just before s repeated at e."""
    for n in (4, 3, 2):
        w = text[s - n : s]
        if text[e : e + n] == w and len(w) == n and w[0] != w[1] and _CJK_RUN.fullmatch(w):
            return e, e + n, w
    return None


_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_ABAB_DEGREE = frozenset("很最老好极")


def duplicates(doc, kb):
    text = doc.text
    freq = kb.nearmiss.freq if kb.nearmiss is not None else None
    for m in (_QIANQIAN.finditer(text) if "前前" in text else ()):
        yield Finding(m.start(), m.end(), "language", "error", "language.duplicate", "疑似多打了一个“前”", "前")
    for s, e, w in _repeated_items(text):
        yield Finding(s, e, "language", "warning", "language.duplicate",
                      f"并列成分“{w}”重复出现，疑似多打", "")
    for s, e, w in _repeats_across_gap(text):
        yield Finding(s, e, "language", "warning", "language.duplicate",
                      f"“{w}”在空格或换行前后重复出现，疑似多打", "")
    for m in _DENGDENG_N.finditer(text):
        yield Finding(m.start(), m.end(), "language", "warning", "language.usage",
                      "“等等”后面不再接概括性的名词，应作“等”", "等")
    for m in (_YAOYAO.finditer(text) if "要要" in text else ()):
        yield Finding(m.start(), m.end(), "language", "error", "language.duplicate", "疑似多打了一个“要”", "要")
    for m in _DUP1.finditer(text):
        s, e = m.start(), m.end()
        c = m.group(1)
        ctx = text[max(0, s - 2) : e + 2]
        if c in "个有中要在" or any(ok in ctx for ok in _DUP1_OK if ok.count(c) >= 2):
            continue
        if c == "了" and text[e : e + 1] == "之":
            continue
        if c == "是" and text[s - 1 : s] in ("就", "只", "但", "正", "也", "还", "倒", "总", "都", "要", "若", "凡", "于") :
            continue  # "就是是否" is rare; "正是是" style is still odd but avoid noise
        if c == "的" and (text[e : e + 2] == "确确" or (text[s - 1 : s] in ("目", "标")
                                                      and text[s - 2 : s] not in _MU_BIAO)):
            continue  # "的的确确"; "达到目的的" is 目的 + 的, but 项目的的 is 项目 + 的 + 的
        if c == "地" and freq and any(freq.get(text[s - j : s + 1], 0) >= _AA_EXPLAIN_FREQ for j in (3, 2, 1) if s >= j):
            continue  # 脚踏实地地, 因地制宜地: a word ending in 地, then the adverbial 地
        if c == "地" and (text[s - 1 : s] in "土各本外当基此两天园耕林草湿山田绿盆" or text[e : e + 1] in "下区方点块面域铁质图址震位段形貌理标产表税价名热球"):
            continue  # 土地地…, 各地地方…, 本地地…; 绿地地下空间 is 绿地 + 地下
        if _legit_pair(text, s, c):
            continue
        if s >= 2 and text[s - 2] == text[s - 1] != c:
            continue  # AABB: 暖暖和和, 清清楚楚
        yield Finding(s, e, "language", "error", "language.duplicate",  # both copies: either may be the one too many
                      f"疑似多打了一个“{c}”", c)
    for m in _REP.finditer(text):  # one scan for AA, ABAB and longer repeats
        w = m.group(1)
        n = len(w)
        if n == 1:
            if freq and m.start() and w not in _FUNC and not any(ok in text[m.start() - 2 : m.end() + 2] for ok in _DUP_WORDS_OK):
                word = _aa_slip(text, m.start(), w, freq) or _aa_word_slip(text, m.start(), w, freq, kb)
                if word:
                    yield Finding(m.start(), m.end(), "language", "error", "language.duplicate",
                                  f"疑似多打了一个“{w}”" + (f"（应为“{word}”）" if word != w else ""), w)
            continue
        if n >= 3:
            if w == "委员会" and "中共" in text[after_last(text, "\n。，", m.start()) : m.start()]:
                continue  # 中共…国有资产监督管理委员会委员会: the party committee of a 委员会
            if freq and m.start() and freq.get(text[m.start() - 1] + w[0], 0) >= _AA_EXPLAIN_FREQ and freq.get(w[:2], 0) < _AA_EXPLAIN_FREQ:
                continue  # 社区警务区警务室: 社区 + 警务区 + 警务室, the first copy split across two words
            if len(set(w)) > 1 and w[0] not in "一每":  # 一件事一件事地抓: one by one
                yield Finding(m.start() + n, m.end(), "language", "warning", "language.duplicate",
                              f"“{w}”重复出现，疑似多打", "")
            continue
        perfective = text[m.end() : m.end() + 1] == "了" and text[m.end() + 1 : m.end() + 2] != "解"
        if w[0] == w[1] or w in kb.reduplicable and not perfective or w[0] == "一" or w[0] in _ABAB_DEGREE or w[1] == "着":
            continue  # 很远很远, 最难最难 (emphasis); 听着听着 (V着V着); not 研究研究了 (a verb doubled is never perfective: 研究了研究)
        prev = text[m.start() - 1 : m.start()]
        if prev == w[1]:
            continue  # ABAB inside ...BABAB, e.g. 哈哈
        if w[1] in "即随边" and freq and prev and freq.get(prev + w[0], 0) >= _AA_EXPLAIN_FREQ:
            continue  # 做到即到即查即放, 做到随到随办: 做到 + 即到即查
        nxt = text[m.end() : m.end() + 1]
        if freq and prev and freq.get(prev + w[0], 0) >= _AA_EXPLAIN_FREQ and freq.get(text[m.start() + 1 : m.start() + 4], 0) >= _AA_EXPLAIN_FREQ:
            continue  # 带来越来越多: 带来 + 越来越
        if nxt and freq and freq.get(w + nxt, 0) >= _AA_EXPLAIN_FREQ:
            continue  # 执法大队大队长: 大队 + 大队长
        if prev and freq and freq.get(prev + w, 0) >= _AA_EXPLAIN_FREQ and freq.get(text[m.start() + 2 : m.start() + 6], 0) >= _AA_EXPLAIN_FREQ:
            continue  # 党组织组织生活: 党组织 + 组织生活
        if prev and nxt and _CJK1.match(prev) and _CJK1.match(nxt) and _straddles(kb.words2, prev + w[0], w, w[1] + nxt):
            continue  # 设施实施实时: 设施 + 实施 + 实时, the repeat straddles three words
        yield Finding(m.start() + 2, m.end(), "language", "warning", "language.duplicate",
                      f"“{w}”重复出现，疑似多打", "")


_LEGIT = ("和和", "为为", "以以", "对对", "将将", "就就", "而而", "这这", "那那", "其其", "之之", "于于", "也也",
          "都都", "并并", "从从", "向向", "把把", "被被", "与与", "及及", "们们")
_LEGIT_CTX = re.compile(r"和和美美|和和气气|为为人|对对子|之之乎|以以往|将将来|并并入|们们")


_NEXT_OK = {"地": "道", "了": "解之然结却断不", "是": "否非", "和": "谐睦平气美解好", "及": "时格早", "把": "关握脉手",
            "被": "子褥", "将": "来领军", "于": "是"}
_PREV_OK = {"与": "参给赋授", "都": "首古国成", "了": "甚", "是": "就只但正也还倒总都要若凡于",
            "将": "上大中少主武猛名老干良虎闯战宿女健骁"}  # 上将将应邀: 上将 + 将


def _legit_pair(text, s, c) -> bool:
    window = text[max(0, s - 2) : s + 4]
    if _LEGIT_CTX.search(window):
        return True
    if text[s + 2 : s + 3] and text[s + 2] in _NEXT_OK.get(c, ""):
        return True
    if s and text[s - 1] in _PREV_OK.get(c, ""):
        return True
    # "为为…": "作为为" (作为 + 为人民) reads wrongly; still a likely slip, keep
    nxt = text[s + 2 : s + 3]
    if c == "以" and nxt == "往":
        return True
    if c == "将" and nxt == "来":
        return True
    return False


# -- collocations -------------------------------------------------------------------
# the second field of each entry: a string (or strings) without which the pattern cannot match, tested first
_TWICE_YILAI = lambda t: t.count("以来") > 1  # noqa: E731
_LIST_HE = re.compile(r"([性感力心])和[^\W\d_和的]{1,4}?\1和[^\W\d_和的]{1,4}?\1")
class _Backward:
    """A pattern that ends in a literal (约为…30%左右): the literal is found with str.find, and the pattern
    is tried only in the few characters before it (a pattern without a literal start is slow to scan for)."""

    def __init__(self, literal: str, pattern: str, window: int):
        self.literal, self.window = literal, window
        self.rx = re.compile(pattern + r"$")
        self.pattern = pattern
        self.groupindex = self.rx.groupindex

    def search(self, text, pos=0):
        i = text.find(self.literal, pos)
        while i >= 0:
            e = i + len(self.literal)
            m = self.rx.search(text, max(pos, i - self.window), e)
            if m:
                return m
            i = text.find(self.literal, e)
        return None

    def finditer(self, text):
        pos = 0
        while (m := self.search(text, pos)) is not None:
            yield m
            pos = m.end()


class _Echo(_Backward):
    """A pattern ending in the literal whose group ``q`` is written again right after it (一支过硬的一支)."""

    def search(self, text, pos=0):
        while (m := super().search(text, pos)) is not None:
            if text.startswith(m.group("q"), m.end()):
                return m
            pos = m.end()
        return None


# 进一步 after the verb it modifies (加强进一步…): found by the literal (fast), the verb before it checked in code
_JINYIBU = re.compile(r"进一步(?=[\u4e00-\u9fff])")
_JINYIBU_VERBS = frozenset("加强 强化 完善 健全 提高 提升 深化 加大 优化 改进 扩大 加快 压实 夯实".split())
_CHA_QIANG = "“差强人意”意为大体上还能使人满意，不表示“不能令人满意”，宜作“不尽如人意”"
_BU_FU = "“不孚众望”指不能使大家信服（贬义），此处宜作“不负众望”"
_COLLOC = [
    (re.compile(r"加强(?:(?!加大|和|与|及|并)[^，。；、\n]){0,14}?的?力度"), "力度", "“力度”一般与“加大”搭配，宜作“加大……力度”", "加大", "warning"),
    (re.compile(r"(?:提高|提升)(?:(?!加大|和|与|及|并)[^，。；、\n]){0,14}?的?力度"), "力度", "“力度”一般与“加大”搭配，宜作“加大……力度”", "加大", "warning"),
    (re.compile(r"(?:加快|扩大)(?:(?!加大|和|与|及|并)[^，。；、\n]){0,14}?的?力度"), "力度", "“力度”一般与“加大”搭配，宜作“加大……力度”", "加大", "warning"),
    (re.compile(r"完善(?:(?!加大|和|与|及|并)[^，。；、\n]){0,14}?的?力度"), "力度", "“力度”一般与“加大”搭配，宜作“加大……力度”", "加大", "warning"),
    # 召开 takes a meeting (会议, 座谈会, 推进会); an 活动 is 开展ed: 召开志愿服务活动 (not 召开…活动推进会)
    (re.compile(r"召开(?:了)?(?:(?!会|座谈|论坛|仪式|典礼|部署|安排|研讨|讲评|听证|峰会|年会|发布)[^，。；、：\n《》]){0,16}?活动"
                r"(?=[，。；、\n]|$|\d)"), "活动",
     "“召开”的对象是会议；“活动”一般与“开展”“举办”搭配，宜作“开展……活动”", "开展", "warning"),
    # 进一步 modifies the verb and stands before it: 加强进一步采购需求论证 for 进一步加强
    (_JINYIBU, "进一步", "语序不当：状语“进一步”应放在动词之前（如“进一步加强”）", None, "warning"),
    (re.compile(r"(?:加大|增强|增加|改善|扩大|加强|健全)(?:(?!提高|提升)[^，。；、\n]){0,12}?的?(?:(?<!高)水平(?!线|的(?:监测|评估|分析|考核|调度|跟踪|测算|研判|监控))|(?<=高)水平(?![\u4e00-\u9fff]))"), "水平", "“水平”一般与“提高”“提升”搭配，宜作“提高……水平”", "提高", "warning"),
    (re.compile(r"截止(?=\s*(?:\d|[一二三四五六七八九十〇]+(?:年|月)|目前|今年|去年|本年|本月|上月|上年|当前|现在|年底|年末|月底|发稿|今天|昨天|本周|上周|[上下]半年))"),
     "截止", "“截止”表示到某时停止，后面不直接跟时间；表示截到某一时间，应作“截至”或“截止到”", "截至", "error"),
    (re.compile(r"截止(?![到于至日时期])(?=[^，。；\n]{1,10}?(?:前|底|末)(?:[，。；\n]|完成|全部|实现|要|将|已))"),
     "截止", "“截止”表示到某时停止，后面不直接跟时间；表示截到某一时间，应作“截至”，或写作“在……前”", "截至", "error"),
    (re.compile(r"截至(?=[。，；、\s]|日期|时间|期限|日$)"), "截至", "“截至”后应跟时间；单独表示停止应作“截止”", "截止", "error"),
    (re.compile(r"约(?:[有为计占达合需]|需要|要用|用时|耗时|历时)?(?:[\d一二三四五六七八九十百千万亿两.]+)[^，。；\n]{0,4}?左右"), "左右", "“约”与“左右”语义重复，二者保留其一", None, "warning"),
    (re.compile(r"约占(?<![节合签违履公条契预制隐邀特相婉简誓盟和大]约占)[^，。；\d\n]{1,8}?的\s*\d+(?:\.\d+)?\s*[%％]左右"), "左右", "“约”与“左右”语义重复，二者保留其一", None, "warning"),
    (_Backward("左右", r"(?:大概(?:有|为)?|(?<![节合签违履公条契预制隐邀特相婉简誓盟和大])约为[^，。；\d\n]{1,5}?)"
                      r"[\d一二三四五六七八九十百千万亿两.]+[^，。；\n\d]{0,4}?左右", 16), "左右",
     "“约”“大概”与“左右”语义重复，二者保留其一", None, "warning"),
    (_Backward("左右", r"(?<![\d一二三四五六七八九十百千万亿两.约])[\d一二三四五六七八九十百千万亿两.]+[余多][万亿]?"
                      r"[^，。；、\n\d一二三四五六七八九十百千万亿两]{0,6}?左右", 18), "左右",
     "“余（多）”与“左右”语义重复，二者保留其一", None, "warning"),
    (re.compile(r"约(?<![节合签违履公条契预制隐邀特相婉简誓盟和]约)[有为计占达合需]?(?:[\d一二三四五六七八九十百千万亿两.%％]+)[^，。；、\n\d]{0,4}?以[上下]"),
     ("以上", "以下"), "约数（“约”“大约”）与“以上”“以下”矛盾，二者保留其一", None, "warning"),
    (re.compile(r"(?:超过|多于|高于)(?:[\d,一二三四五六七八九十百千万亿两.%％]+)[^，。；\n]{0,4}?以上"), "以上", "“超过”与“以上”语义重复，二者保留其一", None, "warning"),
    (re.compile(r"防止[^，。；\n]{0,12}?不再"), "不再", "“防止”与“不再”连用造成否定不当，应删去“不”", None, "warning"),
    (re.compile(r"切忌不要|切勿不要"), None, "“切忌”与“不要”语义重复，应删去“不要”", None, "error"),
    # 即要看到…，又要看到…: the pair is 既…又…
    (re.compile(r"(?P<at>即)要(?=[^。；！？\n]{2,40}?[，,；;]\s*(?:又要|也要|更要))"), "即要", "“既……又（也）……”是关联词，“即”应作“既”", "既", "warning"),
    (re.compile(r"约(?:占|有|为)?[^，。；\d\n]{0,8}?(?:一半|半数|[一二三四五六七八九]成|[二三四五六七八九十]分之[一二三四五六七八九])左右"), "左右",
     "“约”与“左右”语义重复，二者保留其一", None, "warning"),
    # 确保项目按其建成投用: 按期 (on schedule)
    (re.compile(r"(?P<at>按其)(?=(?:建成|完成|竣工|交付|投用|投产|开工|办结|上报|报送|到位|实现|推进))"), "按其",
     "“按其”意为按照它的……，后面应接名词；表示按规定期限应作“按期”", "按期", "warning"),
    # 主要是由于…上升造成的: 由于… and …造成的 are two sentence patterns mixed
    (re.compile(r"是由于(?P<at>[^，,。；！？\n]{2,30}?(?:造成|导致|引起)的)(?=[。；！？\n]|$)"), "由于",
     "句式杂糅：“是由于……”与“是……造成的”混用，删去“由于”或“造成的”", None, "warning"),
    # 尽快的完成, 日益的增长: adverbs that are never adjectives take 地 before whatever follows
    (re.compile(r"的(?=[\u4e00-\u9fff])(?<=(?:尽快|抓紧|逐项|逐一|日益|尽早|及早|亲自|极力|竭力|务必|一律|逐年|逐月|全速)的)"),
     "的", "“尽快”“日益”等是副词，只修饰动词，其后应使用“地”", "地", "warning"),
    # 坚决杜绝重大事故的发生率: a rate is lowered, what is 杜绝ed is the thing itself
    (re.compile(r"杜绝[^，,。；！？\n]{0,20}?(?P<at>发生率)"), "发生率",
     "搭配不当：“杜绝”的对象应是事故、问题本身，“发生率”只能“降低”", None, "warning"),
    # 根据…部署要求为依据: 根据… and 以…为依据 mixed
    (re.compile(r"(?P<at>(?:根据|依据)(?:(?!以|，|,|。|；|！|？|\n).){2,40}?为依据)"), "为依据",
     "句式杂糅：“根据……”与“以……为依据”混用，删去“为依据”或改为“以……为依据”", None, "warning"),
    # 着力全面提升…水平和…素质得到明显提高: a verb and its 得到 passive mixed in one clause
    (re.compile(r"(?:提升|提高|加强|增强|改善|完善)(?P<at>(?:(?!使|让|促使|推动|确保|保证|，|,|。|；|！|？|\n).){2,30}?得到了?"
                r"(?:明显|显著|进一步|有效|大幅|全面|较大|很大|持续)?的?(?:提升|提高|加强|增强|改善|完善))"), "得到",
     "句式杂糅：“提升（提高）……”与“……得到提高”混用，二者取其一", None, "warning"),
    # 积极性得到充分发扬: 积极性 is 发挥ed or 调动ed; 发扬 takes 精神、作风、传统
    (re.compile(r"积极性[^，,。；！？\n]{0,6}?(?P<at>发扬)|(?P<at2>发扬)[^，,。；！？\n]{0,8}?积极性(?!和)"), "发扬",
     "搭配不当：“积极性”与“发挥”“调动”搭配，“发扬”的对象是精神、作风、传统", "发挥", "warning"),
    # 普遍存在…的问题较为突出: 存在…问题 and 问题较为突出 mixed
    (re.compile(r"存在(?!的)(?P<at>[^，,。；！？\n]{2,30}?问题(?:较为|比较|十分|非常|尤为|更为|日益|相当)突出)"), "突出",
     "句式杂糅：“存在……问题”与“……问题较为突出”混用，二者取其一", None, "warning"),
    (re.compile(r"至少(?P<at>[^，,。；！？\n]{0,10}?[\d一二三四五六七八九十百千万]+[^，,。；！？\n\d级]{0,3}?以上)"), "以上",
     "“至少”与“以上”语义重复，二者保留其一", None, "warning"),
    # 随着气温逐渐降低，使呼吸道传染病进入流行期: the sentence has no subject
    (re.compile(r"随着(?<![^。；！？\n\s　]..)[^，,。；！？\n]{2,24}[，,]\s*(?P<at>使)(?=[^，。；\n]{2,})"), "随着",
     "成分残缺：“随着……，使……”缺少主语，删去“使”或补出主语", None, "warning"),
    # 切实扛起网格化管理主体，: 主体 without its 责任
    (re.compile(r"(?:扛起|压实|落实|履行|担负|肩负|扛牢|夯实|强化)(?!职能的|职责的|义务的|使命的)[^，,。；！？\n]{0,12}?主体(?P<at>)(?=[，,。；！？\n]|$)"), "主体",
     "成分残缺：“扛起（落实）……主体”后缺少“责任”", None, "warning"),
    # 收入水平明显加快: a level rises (提高), a pace quickens (加快)
    (re.compile(r"水平(?:明显|显著|持续|不断|进一步|大幅|逐步)?(?P<at>加快)(?![\u4e00-\u9fff])"), "加快",
     "搭配不当：“水平”与“提高”“提升”搭配，“加快”的是速度、步伐、进度", "提高", "warning"),
    # 加快补齐农村基础设施短板和公共服务水平: 短板 is 补齐ed, a level is raised
    (re.compile(r"补齐[^，,。；！？\n]{0,20}?短板(?:和|及|与)[^，,。；！？\n]{1,10}?(?P<at>水平)(?=[，,。；！？\n]|$)"), "水平",
     "搭配不当：“补齐”的对象是“短板”，“水平”应“提升”，宜改为“补齐……短板、提升……水平”", None, "warning"),
    # 必须引起我们的高度重视起来: 引起…重视 and 重视起来 mixed
    (re.compile(r"引起[^，,。；！？\n]{0,10}?重视(?P<at>起来)"), "起来",
     "句式杂糅：“引起……重视”与“重视起来”混用，删去“起来”", None, "warning"),
    # 能否守住安全底线，是经济发展的重要保证: a two-sided subject (能否) against a one-sided predicate (保证)
    (re.compile(r"(?P<at>能否|是否)(?<![^。；！？\n\s　]..)[^。；！？\n，,]{2,30}?[，,]\s*(?:都|也|就)?(?:是|乃是|将是)"
                r"[^。；！？\n，,]{0,30}?的(?:重要|根本|基本|必要|首要|有力|坚强|坚实)?(?:保证|保障|前提|基础|关键)(?=[。；！？\n，,]|$)"
                # …能否经受住摔打磨砺，是提升其履职能力的重要途径: a way (途径) is one-sided too, wherever 能否 stands
                r"|(?P<at2>能否)[^。；！？\n，,]{2,30}?[，,]\s*(?:都|也|就)?是[^。；！？\n，,]{0,30}?的(?:重要|有效|关键)?(?:途径|举措|手段)(?=[。；！？\n，,]|$)"),
     ("能否", "是否"), "两面对一面：主语含“能否（是否）”两方面，谓语“保证（前提）”只对一面，宜删去“能否（是否）”", None, "warning"),
    # 公交服务质量能否提升，关键在于线网布局科学合理: 能否 has two sides, the key named after it one (是否科学合理); a key
    # that is an act (关键在于落实责任) is left alone
    (re.compile(r"(?P<at>能否|是否)[^。；！？\n，,]{2,30}?[，,]\s*(?:其)?关键(?:在于|是|就在于)"
                r"(?![^。；！？\n]*?(?:是否|能否|与否|好坏|高低|优劣|如何|怎样|成败|强弱))[^。；！？\n]{2,40}?"
                r"(?:合理|高效|到位|完善|健全|有力|有效|科学|充分|扎实|规范|畅通|顺畅|精准|及时|得当|对路)(?=[。；！？\n]|$)"),
     ("能否", "是否"), "两面对一面：前面说“能否（是否）”两方面，后面的“关键在于……”只说了一面，宜补上“是否”或删去“能否”", None, "warning"),
    # 充分发挥党员先锋模范。: the object 作用 left out
    (re.compile(r"发挥[^，,。；！？\n]{0,12}?(?:先锋模范|模范带头|战斗堡垒|桥梁纽带|示范引领|带头表率|主力军|生力军)(?P<at>)(?=[。；！？\n]|$)"),
     "发挥", "成分残缺：“发挥……先锋模范（战斗堡垒）”后缺少“作用”", None, "warning"),
    # 参训学院共60名: trainees are 学员
    (re.compile(r"(?P<at>学院)(?=共?\s*\d+\s*[名人])"), "学院", "疑似误写：表示受训人员应作“学员”", "学员", "warning"),
    (re.compile(r"(?:严禁|禁止|不准|不许)(?:不得|不准|不许|不要)(?!不)"), None, "“严禁（禁止）”与“不得”叠用，否定意思重复，二者保留其一", None, "error"),
    # 一名优秀的一名干部: the measure phrase written twice around its modifier
    (_Echo("的", r"(?P<q>[一两三四五六七八九十][名个位项件家支条])(?:[\u4e00-\u9fff]{0,4}?(?:优秀|高素质|专业化|过硬|坚强|合格|忠诚|"
                     r"廉洁|重要|良好|新型|高效|规范|完善|先进|典型|突出|有效|扎实|全面|强有力|高水平|高质量|年轻|杰出|出色|称职|负责任))的", 14), None,
     "数量词重复：同一数量词在修饰语前后各出现一次，删去其一", None, "warning"),
    # round 21 (fresh36): 防止出现…的发生 (出现 and 发生 both say it happens); 覆盖面达到全覆盖; 覆盖面…加大;
    # 前赴后继 of the fallen (前仆后继: 仆, to fall); a weight in 屯 (吨)
    (re.compile(r"(?:对[^，。；！？\n]{1,16}?(?:不太|不够|不甚|不|很|比较|较为|十分|非常|还不)?|不太|不够|不甚)(?P<at>熟习)"), "熟习",
     "“熟习”指对某种技术或学问学习得很熟练；对情况、工作、群众了解得清楚宜作“熟悉”", "熟悉", "warning"),
    (re.compile(r"由于(?<![^。；！？\n\s　]..)[^。；！？\n，,]{2,40}?[，,]\s*(?P<at>导致)"), "导致",
     "“由于……，导致……”使句子缺少主语，宜删去“导致”或删去“由于”", None, "warning"),
    (re.compile(r"(?:防止|避免|杜绝|严防|防范)出现[^，。；！？\n]{1,14}?(?:现象|问题|情况|行为|事件|事故)?的?(?P<at>发生)(?![\u4e00-\u9fff])"), "发生",
     "“出现”与“发生”语义重复：“防止出现……的发生”宜作“防止出现……”或“防止……的发生”", None, "warning"),
    (re.compile(r"覆盖(?:面|率)?(?:已|均|基本)?(?:达到|实现)了?全覆盖"), "全覆盖",
     "语义重复：“覆盖面达到全覆盖”宜作“实现全覆盖”", "实现全覆盖", "warning"),
    (re.compile(r"覆盖面(?:也|都)?(?:进一步|不断|持续|明显|有所|大幅)?加大"), "覆盖面",
     "“覆盖面”一般与“扩大”搭配，不说“覆盖面加大”（宜作“覆盖面……扩大”）", None, "warning"),
    (re.compile(r"前赴后继(?:(?=[^。；！？\n]{0,12}?(?:牺牲|捐躯|献身|流血|倒下))|(?<=(?:先烈|烈士|英烈)前赴后继))"), "前赴后继",
     "“前仆后继”指前面的人倒下了后面的人接着跟上（仆＝倒下），说先烈的牺牲宜作“前仆后继”", "前仆后继", "warning"),
    (re.compile(r"(?:屯)(?<=\d屯)(?![\u4e00-\u9fff])"), "屯",  # (?:) keeps _LEFT from widening the span
     "计量单位“吨”误写为“屯”", "吨", "error"),
    (re.compile(r"(?:避免|杜绝|严防|谨防|以免|防范)[^，。；\n]{0,12}?不再(?=发生|出现|重演|反弹|重犯|回潮|蔓延|滋生)"), "不再",
     "“避免（杜绝、严防）”与“不再”连用造成否定不当，应删去“不”", None, "warning"),
    (re.compile(r"(?:提高|提升)(?:(?!扩大)[^，。；、\n]){0,10}?的?规模(?=[，。；\n]|$)"), "规模",
     "“规模”一般与“扩大”搭配，宜作“扩大……规模”", "扩大", "warning"),
    (re.compile(r"缩短(?:(?!缩小)[^，。；、\n]){0,10}?的?差距"), "差距", "“差距”一般与“缩小”搭配，宜作“缩小……差距”", "缩小", "warning"),
    (re.compile(r"差距(?:[进一步不断逐步持续明显有所得到了大幅]{0,5})缩短"), "差距",
     "“差距”一般与“缩小”搭配，宜作“差距……缩小”", None, "warning"),
    (re.compile(r"发挥(?:(?!履行|落实|压实|承担|扛|担负|强化|明确|夯实|坚持|加强|负起|尽到|靠实|细化|，|。|；|\n).){0,10}?"
                r"(?:职责|主体责任|监督责任|领导责任|责任)(?![心感意作担制人书状清])"), None,
     "“职责”“责任”一般与“履行”“落实”搭配，宜作“履行……职责”", "履行", "warning"),
    (re.compile(r"(?P<fix>发扬|履行)(?:(?!发挥|起到|传统|精神|作风|，|。|；|\n).){0,18}?(?:作用|效能|优势)(?![发的])"), ("发扬", "履行"),
     "“作用”“优势”一般与“发挥”搭配；“发扬”接传统、精神、作风，“履行”接职责、义务", "发挥", "warning"),
    (re.compile(r"改善(?:(?!增强|提高|提升|树立|强化|，|。|；|\n).){0,8}?意识(?![形到])"), "意识",
     "“意识”一般与“增强”“提高”搭配，不说“改善……意识”", "增强", "warning"),
    (re.compile(r"水平(?:得到|有了|有所)?(?:了)?(?:显著|明显|进一步|持续|不断|大幅|全面|逐步|稳步|大大|极大|很大|有效)?的?(?:增强|加强)"),
     "水平", "“水平”一般与“提高”“提升”搭配，宜作“水平……提高”", None, "warning"),
    (re.compile(r"竖立(?=[^，。；\n]{0,10}?(?:导向|形象|意识|观念|理念|榜样|典型|标杆|信心|威信|目标|旗帜|新风|风气|正气|观))"),
     None, "“竖立”指物体直立；抽象的导向、形象、意识等应“树立”", "树立", "error"),
    (re.compile(r"取得(?:了)?(?:[^，。；\n]{0,6}?)(?:提高|提升)(?=[，。；\n]|$)"), None,
     "“取得”与“提高”“提升”搭配不当，宜作“得到……提高”或“取得……成效”", None, "warning"),
    (re.compile(r"有利(?=加强|推动|推进|保障|支撑|促进|维护|带动|指导|监督|打击|回击|遏制|抓手|举措)"), None,
     "“有利”（有好处）误用为“有力”（有力量）", "有力", "error"),
    (_LIST_HE, "和",
     "并列的多项之间连用“和”，前面的“和”宜改为顿号", None, "warning"),
    (re.compile(r"约(?=[^，。；\n]{0,3}?(?:近|将近|多))[^，。；\n]{0,3}?(?:近|将近)"), "近", "“约”与“近”语义重复", None, "warning"),
    (re.compile(r"过[^，。；\n]{2,30}?[，,](?:使|让)(?=[^，。；\n]{2,})"), ("使", "让"),
     "“通过……，使……”句式容易造成主语残缺，请检查句子是否缺少主语", None, "info"),
    (re.compile(r"不少于[\d一二三四五六七八九十百千万]+[^，。；\n]{0,4}?以上"), "以上", "“不少于”与“以上”语义重复", None, "warning"),
    # round 26: 超过3000余人, 超过500多家 (超过 already says more than: 余/多 repeats it)
    (re.compile(r"(?:超过|多于)(?:[\d,.]+|[一二三四五六七八九十两]+)[十百千万亿]*(?:余|多)(?=[个名人家户项件次元吨亩台辆所条座处批篇位场期套栋间公千万亿])"),
     ("超过", "多于"), "“超过（多于）”与“余”“多”语义重复，二者保留其一", None, "warning"),
    (re.compile(r"不(?:低|高)于[\d一二三四五六七八九十百千万.]+[%％]?[^，。；\n]{0,4}?以(?:上|下)"), ("不低于", "不高于"),
     "“不低于（不高于）”与“以上（以下）”语义重复", None, "warning"),
    (re.compile(r"(?:从|自)[^，。；\n]{1,12}?以来(?=.{0,2}?(?:以来))"), _TWICE_YILAI, "句中“以来”重复", None, "warning"),
    # round 9
    (re.compile(r"即(?=要[^。；\n]{2,40}?[，,]\s*又要)"), None, "“既要……又要……”是固定格式，“即”是误写", "既", "warning"),
    (re.compile(r"近[\d一二三四五六七八九十百千万两]+余(?=[\u4e00-\u9fff])"), "余",
     "“近”（不到）与“余”（超过）语义矛盾，二者保留其一", None, "warning"),
    (re.compile(r"(?P<fix>健全)(?:(?!增强|提高|树立|强化|机制|制度|体系|，|。|；|、|\n).){0,8}?意识(?![形到])"), "健全",
     "“意识”一般与“增强”“树立”搭配，不说“健全……意识”（“健全”接机制、制度、体系）", "增强", "warning"),
    (re.compile(r"增强(?:(?:(?!提高|提升|，|。|；|\n).){0,8}?(?<!高)质量(?![意观])"
                r"|(?:(?!提升|提高|，|。|；|、|\n).){0,10}?质量(?=[，。；\n]|$))"), "增强",  # round 16: a longer object before 。
     "“质量”一般与“提高”“提升”搭配，不说“增强……质量”", "提高", "warning"),
    (re.compile(r"虽然(?:(?!但|却|可是|然而|不过|仍|也|。|；|\n).){2,40}?[，,]\s*(?P<fix>因此|所以)"), ("因此", "所以"),
     "“虽然”后应以“但是”“却”转折，不用“因此”“所以”", "但", "warning"),
    # round 11
    (re.compile(r"虽然(?:(?!但|却|可是|然而|不过|仍|也|而且|并且|。|；|\n).){2,40}?[，,]\s*(?P<fix>而且|并且)"), ("而且", "并且"),
     "“虽然”后应以“但是”“却”转折，不用“而且”“并且”递进", "但", "warning"),
    (re.compile(r"改善(?:了)?(?:(?!提高|增强|提升|和|与|及|，|。|；|、|\n).){0,8}?能力(?![建提])"), "能力",
     "“能力”一般与“提高”“增强”搭配，不说“改善……能力”", "提高", "warning"),
    (re.compile(r"召开(?:了)?(?:(?!会|座谈|论坛|仪式|典礼|部署|研讨|发布)[^，。；、：\n《》]){0,14}?(?:文化节|旅游节|艺术节|美食节|丰收节|购物节|"
                r"博览会|展销会|交易会|运动会|大赛|比赛|展览|培训班|培训|讲座)(?=[，。；、\n\d]|$)"), "召开",
     "“召开”的对象是会议；节会、赛事、展览、培训班一般与“举办”搭配", "举办", "warning"),
    # round 10
    (re.compile(r"(?P<fix>只要)(?:(?!就|只有|。|；|\n).){2,40}?[，,]\s*才(?=能|会|可以|可|有|是)"), "只要",
     "“只要”与“就”搭配（充分条件），“只有”与“才”搭配（必要条件）；“只要……才……”关联词搭配不当", "只有", "warning"),
    (re.compile(r"只有(?![一二两三四五六七八九十几\d这那个少数部分极])(?:(?!才|只要|。|；|\n).){2,40}?[，,][^，,。；！？\n]{0,12}?(?P<fix>就)(?=能|会|可以|可|[\u4e00-\u9fff]{1,2}了)"), "就",
     "“只有”与“才”搭配（必要条件），“只要”与“就”搭配；“只有……就……”关联词搭配不当", "才", "warning"),
    (re.compile(r"发挥(?:(?!作出|做出|作用|，|。|；|\n).){0,8}?贡献"), "发挥",
     "“贡献”一般与“作出”搭配，“发挥”接作用、优势，宜作“作出……贡献”", "作出", "warning"),
    (re.compile(r"覆盖面(?:[^，。；、\n]{0,6}?)(?:提高|提升)"), ("提高", "提升"),
     "“覆盖面”一般与“扩大”“拓展”搭配，宜作“覆盖面……扩大”", "扩大", "info"),  # (提高覆盖面 is common in
    # official writing, and writers disagree: a hint)
    # round 13: 难以满足学生就餐问题 (满足 takes 需求, 需要; 问题 is 解决d); 如何加强居民参与积极性 (积极性 is 调动d, 提高d)
    (re.compile(r"满足(?:(?!需求|需要|要求|期待|期盼|愿望|条件|标准|，|。|；|、|\n).){0,10}?问题(?=[，。；\n]|$)"), "问题",
     "“问题”一般与“解决”搭配，“满足”接需求、需要、期待", "解决", "warning"),
    (re.compile(r"加强(?:(?!调动|提高|激发|增强|，|。|；|、|和|\n).){0,10}?(?:积极性|主动性|创造性)"), ("积极性", "主动性", "创造性"),
     "“积极性”“主动性”一般与“调动”“激发”“提高”搭配，不说“加强……积极性”", "调动", "warning"),
    # round 14: 首当其冲 is to bear the brunt, not 首要; 加大…意识, 增强…准确率 (意识 and rates are 增强d/提高d, not 加大d/增强d);
    # an order of acts (建立 before 执行); 差强人意 (passable) read as 不如人意
    (re.compile(r"首当其冲(?:的|地)(?=[^，。；\n]{0,4}?(?:任务|工作|重点|要务|大事|位置|职责|责任|目标|举措|事情))"), "首当其冲",
     "“首当其冲”比喻最先受到攻击或遭遇灾难，不表示“首要”，宜作“首要”或“重中之重”", "首要", "warning"),
    (re.compile(r"加大(?<!度加大)(?:(?!增强|提高|强化|树立|，|。|；|、|\n).){0,10}?意识(?![形到])"), "意识",
     "“意识”一般与“增强”“提高”搭配，不说“加大……意识”（“加大”接力度、投入）", "增强", "warning"),
    (re.compile(r"强(?<=增强|加强)(?:(?!提高|提升|，|。|；|、|\n).){0,10}?(?:准确率|覆盖率|利用率|合格率|达标率|满意率|知晓率|普及率|"
                r"使用率|通过率|完成率|准确性)(?![\u4e00-\u9fff])"), ("增强", "加强"),
     "比率一般与“提高”“提升”搭配，不说“增强（加强）……率”", "提高", "warning"),
    (re.compile(r"并(?<=执行并|落实并)(?:建立|制定)(?=[^，。；\n]{0,12}?(?:制度|机制|办法|规定|规程|细则))"), "并",
     "语序不当：制度应先建立（制定）后执行，宜作“建立并执行”", None, "warning"),
    # 诉源治理 (fewer lawsuits at their source) written 溯源治理 (tracing a pollution or problem to its source)
    # among the words of courts and disputes, within the sentence
    (re.compile(r"溯源治理(?=[^。；！？\n]{0,30}?(?:诉讼|法院|法庭|矛盾纠纷|纠纷|调解|成讼|诉前|非诉|解纷))"
                r"|(?:诉讼|法院|法庭|矛盾纠纷|纠纷|调解|成讼|诉前|非诉|解纷|源头预防|多元化解)[^。；！？\n]{0,30}?(?P<at>溯源治理)"), "溯源治理",
     "“诉源治理”指从源头上减少诉讼、化解矛盾纠纷；“溯源治理”多指追溯污染、问题来源的治理，请核对", "诉源治理", "warning"),
    # (round 16: also after 仍, 十分 …, and before 形同虚设, 未 …)
    # (只能说差强人意，与…还有差距: passable, said right)
    (re.compile(r"(?<!只能说)(?<!只能算)(?<!勉强)(?<!还算)差强人意(?=[^。；\n]{0,16}?(?:屡审屡犯|屡查屡犯|反弹|差距|不足|短板|亟待|有待|不高|较低|较差|不够|滞后|欠缺|薄弱|落后|意见较大|意见很大|不满|投诉|抱怨|流于形式|走过场|低了|下降|下滑|偏低|偏长|偏慢|偏弱|不理想|降低|引起高度重视|引起重视)"
                r"|[，,]?[^。；！？\n]{0,20}?(?:形同虚设|不到位|不力|滞后|差距|未|没有|不够|心不在焉|敷衍|应付))"
                r"|(?:(?<=仍|还|很|极|均|都)|(?<=依然|依旧|仍然|十分|非常|令人|实在|有些|较为|不尽|总是))差强人意"), "差强人意",
     _CHA_QIANG, "不尽如人意", "warning"),
    (_Backward("差强人意", r"(?:滞后|落后|缓慢|差距|不足|不力|不到位|老化|陈旧|短缺|薄弱|问题|降幅|下降|下滑|回落|负增长)[^。；！？\n]{0,30}?(?P<at>差强人意)", 40), "差强人意",
     _CHA_QIANG, "不尽如人意", "warning"),
    # round 27 (fresh47): 截止到…止 (截止 already ends it), 各行其是 for 各司其职, 把…首当其冲, 不孚众望 after a success,
    # 满意度…增多, 由…依照…的有关规定。 (no act: 予以处罚), 建立健全…评价 (评价 is no system)
    (re.compile(r"截止(?:到|至)?(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[（(]星期.[）)])?(?P<at>止)"), "截止",
     "语义重复：“截止”已含“止”，宜删去“止”（或作“截至……止”）", "", "warning"),
    (re.compile(r"各行其是(?=[、，,]?[^。；！？\n]{0,12}?(?:密切配合|协同|配合|形成合力|合力|联动))"), "各行其是",
     "“各行其是”指各自按自己认为对的去做（贬义），与“密切配合”矛盾，宜作“各司其职”", "各司其职", "warning"),
    (re.compile(r"把[^，,。；！？\n]{1,12}?(?P<at>首当其冲)"), "首当其冲",
     "“首当其冲”指最先受到冲击或遭遇灾难，不表示“放在首位”，宜作“摆在首位”", "摆在首位", "warning"),
    (_Backward("不孚众望", r"(?:提前|圆满|顺利|成功|荣获|出色|竣工|完成|实现|夺得|获得|优异)[^。；！？\n]{0,20}?(?P<at>不孚众望)", 30),
     "不孚众望", _BU_FU, "不负众望", "warning"),
    (re.compile(r"满意度(?:[^，,。；！？\n]{0,6}?)(?P<at>增多|增加|加大|扩大)"), "满意度",
     "搭配不当：“满意度”一般与“提高”“提升”搭配", "提高", "warning"),
    (re.compile(r"由[^。；！？\n]{2,30}?依照[^。；！？\n]{2,40}?的?有关(?P<at>规定)(?=。)"), "依照",
     "成分残缺：“由……依照……规定”后缺少谓语（如“予以处罚”“给予处理”）", None, "warning"),
    (re.compile(r"建立健全[^，,。；！？\n]{1,16}?(?P<at>评价|考核|评估)(?=[，,。；])"), "建立健全",
     "搭配不当：“建立健全”的对象应是制度、机制、体系（如“评价机制”“考核制度”）", None, "warning"),
    # round 28 (fresh49): 大多数…普遍 (a majority is not everyone), 在…的共同努力， (下 left out), 效能…增加
    (re.compile(r"(?:大多数|绝大多数|多数|大部分)[^，,。；！？\n]{1,10}?(?P<at>普遍)"), "普遍",
     "语义矛盾：“大多数”与“普遍”并用，宜删去“普遍”", "", "warning"),
    (re.compile(r"在[^，,。；！？\n]{2,40}?的(?:共同|不懈|大力|辛勤)(?P<fix>努力)(?=[，,])"), "努力",
     "句式残缺：“在……努力”后缺少“下”，宜作“在……共同努力下”", "努力下", "warning"),
    (re.compile(r"(?:效能|效率|质量|水平)(?:显著|明显|大幅|进一步|持续|不断)?(?P<at>增加|增多)"), ("效能", "效率", "质量", "水平"),
     "搭配不当：“效能（效率、质量、水平）”一般与“提升”“提高”搭配，不说“增加”", "提升", "warning"),
    # round 28 (fresh50): 近…左右 (近 and 左右 both approximate), 准确的预报了 (的 before a verb with 了), 不孚众望 before praise
    (re.compile(r"近(?:[一二三四五六七八九十两半\d]+(?:成|倍|个|年|万|千|百)?)(?P<at>左右)"), "左右",
     "语义重复：“近”与“左右”都表示约数，宜删去“左右”", "", "warning"),
    (re.compile(r"(?:准确|科学|有序|及时|认真|积极|全面|深入|扎实|有效|稳步|迅速|主动|精准|妥善)(?P<fix>的)[\u4e00-\u9fff]{2}了"), "的",
     "修饰动词的状语后应使用“地”（如“准确地预报了”）", "地", "warning"),
    (re.compile(r"(?P<at>不孚众望)(?=[，,]?[^。；！？\n]{0,12}?(?:肯定|表扬|好评|赞誉|认可|称赞|嘉奖|赞扬)"  # praise after it (round 28)
                r"|[，,]?[^。；！？\n]{0,10}?(?:获得|取得|夺得|荣获|斩获|摘得|勇夺|包揽|实现|完成)"  # a prize won (round 32)
                r"|[，,][^。；！？\n]{0,24}?(?:保持|实现|完成|取得|增长|稳中有进|圆满|顺利|突破|位居|名列|表现突出|提拔|表彰|好评))"  # a success (round 29)
                r"|(?<=冲锋在前、)不孚众望"), "不孚众望", _BU_FU, "不负众望", "warning"),
    # round 27 (fresh48): 在…方面上 (在…方面 and 在…上 run together; not 方面上档次, 方面上报)
    (re.compile(r"在[^，,。；！？\n]{1,30}?方面(?P<at>上)(?![档有报升级涨线门下市调马岗])"), "方面上",
     "句式杂糅：“在……方面”与“在……上”混用，宜删去“上”", "", "warning"),
    # round 15: idioms read by their surface — 首当其冲 as 首要, 七月流火 as midsummer heat (it is the star 火 going
    # down: the weather turns cool, 《诗经·豳风·七月》), 炙手可热 as 受欢迎 (it is 权势大、气焰盛), 始作俑者 as 开创者
    # (it is the one who starts something bad) — 《现代汉语词典》第7版
    (re.compile(r"首当其冲(?:的|地)?(?=(?:就)?(?:是要|是抓|是做|是加强|是推进|要|必须|应当|应该|就是|的是)|[，,]\s*(?:要|必须|应当|应)(?:作为|摆在|放在|列为))"), "首当其冲",
     "“首当其冲”比喻最先受到攻击或遭遇灾难，不表示“首要”，宜作“首要的是”或“首先”", "首先", "warning"),
    (re.compile(r"七月流火(?![，,]\s*九月授衣)"), "七月流火",
     "“七月流火”指农历七月大火星西行、天气转凉，不形容盛夏炎热", None, "warning"),
    (re.compile(r"炙手可热(?=的[\u4e00-\u9fff]{0,6}?(?:商品|产品|专业|岗位|行业|项目|品牌|景点|车型|技术|服务|产业|职业|话题|资源|人才|新品|消费|赛道|精品|作品|节目|课程|线路|宣讲))"),
     "炙手可热", "“炙手可热”比喻权势大、气焰盛，含贬义，不形容商品、行业受欢迎，宜作“备受青睐”“十分抢手”", "备受青睐", "warning"),
    (re.compile(r"(?:成为|打造成|建设成|当好|争当|争做|做|作为)(?:[^，。；！？\n]{0,20}?)始作俑者"), "始作俑者",
     "“始作俑者”指首开恶劣先例的人，含贬义，不表示“开创者”“引领者”", None, "warning"),
    # round 15: 提高营商环境 (an environment is 优化d or 改善d), 提升短板 (a weak spot is 补齐ed), 召开执法检查 (only a
    # meeting is 召开ed; an inspection is 开展ed)
    (re.compile(r"(?:提高)营商环境(?![\u4e00-\u9fff]{0,2}(?:质量|水平|满意度|便利度|指数|评价|竞争力))"), "营商环境",
     "“营商环境”一般与“优化”“改善”搭配，不说“提高营商环境”", "优化", "warning"),
    (re.compile(r"(?:提升|提高|加强|优化|完善)(?:(?!补齐|补足|弥补|补上|，|。|；|、|\n).){0,10}?短板(?![\u4e00-\u9fff])"), "短板",
     "“短板”一般与“补齐”“补足”“弥补”搭配，不说“提升短板”", "补齐", "warning"),
    (re.compile(r"召开(?:[^，。；、\n]{0,8}?)(?:执法检查|专项检查|督查|巡查|调研|演练|评估)(?=[，。；、\n\d一二三四五六七八九十]|$)"), "召开",
     "“召开”的对象是会议；检查、督查、调研、演练一般与“开展”“进行”搭配", "开展", "warning"),
    # round 15: verbs that do not govern the object (《现代汉语词典》第7版 and 公文写作教材的搭配辨析): a 步伐 is 加快ed,
    # a 速度 or 进度 加快ed, an 意识 树立ed or 增强ed (not 建立ed), a 效率 or 效益 提高ed, a 投入 加大ed, a 范围 扩大ed,
    # a 传统 or 作风 发扬ed (not 发挥ed: 发挥 takes 作用, 优势)
    (re.compile(r"(?:提升|提高|加强|加大|增强)(?:(?!加快|迈开|迈出|，|。|；|、|和|\n).){0,8}?步伐(?![\u4e00-\u9fff])"), "步伐",
     "“步伐”一般与“加快”搭配，不说“提升（加强）……步伐”", "加快", "warning"),
    (re.compile(r"(?:加大|加强)(?:(?!加快|提高|提升|，|。|；|、|和|\n).){0,8}?(?:速度|进度)(?![\u4e00-\u9fff])"), ("速度", "进度"),
     "“速度”“进度”一般与“加快”搭配，不说“加大（加强）……进度”", "加快", "warning"),
    (re.compile(r"建立(?:(?!增强|提高|树立|强化|机制|制度|体系|，|。|；|\n).){0,8}?意识(?![形到\u4e00-\u9fff])"), "意识",
     "“意识”一般与“树立”“增强”搭配，不说“建立……意识”", "树立", "warning"),
    (re.compile(r"(?:加大|加强|扩大|改善|增强)(?:(?!提高|提升|，|。|；|、|和|\n).){0,8}?(?:效率|效益|效能)(?![\u4e00-\u9fff])"), ("效率", "效益", "效能"),
     "“效率”“效益”“效能”一般与“提高”“提升”搭配，不说“加大（加强、改善）……效率”", "提高", "warning"),
    # round 18 (fresh29): a 质量 加大ed or 增多 (it is 提高ed); 在…领导下，使… leaves the sentence without a subject
    (re.compile(r"加大(?:(?!提高|提升|力度|投入|，|。|；|、|和|\n).){0,10}?质量(?![\u4e00-\u9fff])"), "质量",
     "“质量”一般与“提高”“提升”搭配，不说“加大……质量”", "提高", "warning"),
    # 切实加强项目建设质量，确保…: a 质量 加强ed as the object closing its clause (not 加强对…质量、安全的监督)
    (re.compile(r"加强(?:(?!对|提高|提升|管理|监管|监督|，|。|；|、|和|\n).){0,10}?质量(?=[，。；])"), "质量",
     "“质量”一般与“提高”“提升”搭配，不说“加强……质量”", "提高", "warning"),
    (re.compile(r"质量(?:也|还|都)?(?:明显|显著|大幅|进一步|不断|持续|有所)?(?:增多|增加)"), "质量",
     "“质量”说“提高”，不说“增多”“增加”", None, "warning"),
    (re.compile(r"(?P<at>切记)[“‘\"]?(?:麻痹|侥幸|松懈|大意|一刀切|盲目|急躁|浮躁|形式主义|走过场|简单粗暴|搞形式|层层加码|急于求成|好大喜功|生搬硬套|大包大揽|"
                r"眉毛胡子一把抓|顾此失彼|贪大求全|以文件落实文件|以会议落实会议|以文件贯彻文件|以会议贯彻会议|照搬照抄|照抄照搬|"
                r"搞“?一刀切|纸上谈兵|敷衍了事|一哄而上|大水漫灌|弄虚作假|铺张浪费|大拆大建|拆真建假|贪大求洋|千篇一律|乱拆乱建)"), "切记",
     "“切忌”指务必避免，后接应避免的做法；“切记”指牢牢记住，此处宜作“切忌”", "切忌", "warning"),
    # round 32 (fresh54, fresh53): 切忌在规定时间内完成 (切忌 is "be sure not to": before what must be done, 务必);
    # 以便出现拖欠…问题 (以便 brings a purpose, 以免 what is to be avoided); 以免日后查考利用 (the reverse)
    (re.compile(r"(?P<at>切忌)(?=在规定|按时|按期|按要求|按规定|及时|准时|如实|认真|严格|务必)"), "切忌",
     "“切忌”指务必避免，后接应避免的做法；此处后接应做的事，宜作“务必”", "务必", "warning"),
    (re.compile(r"(?P<at>以便)(?=(?:再次|重复|再)?(?:出现|发生|造成|导致|引发|酿成|滋生)(?![^，。；！？\n]{0,14}?(?:时|后|之后|的时候)))"), "以便",
     "“以便”引出希望达到的目的；后接要避免的情况，宜作“以免”", "以免", "warning"),
    (re.compile(r"(?P<at>以免)(?=(?:日后|今后|后期|将来|随时)?(?:查考|查阅|查询|利用|参考|借鉴|及时|方便|更好))"), "以免",
     "“以免”引出要避免的情况；后接希望达到的目的，宜作“以便”", "以便", "warning"),
    # round 32 (fresh62): 收到提案812篇 (件), 超标准办公室36栋 (间), 降低办事成本和效率, 我行是这一模式的始作俑者,
    # 各单位要无所不用其极 (both idioms are pejorative)
    (re.compile(r"提案(?:共)?\d+(?P<fix>篇)"), "篇", "提案的量词用“件”", "件", "warning"),
    (re.compile(r"(?:办公室|会议室|房间|值班室)(?:共)?\d+(?P<fix>栋)"), "栋", "办公室、房间的量词用“间”（“栋”用于楼房）", "间", "warning"),
    (re.compile(r"(?:降低|减少|压缩)(?:(?!提高|提升|，|。|；|\n).){0,10}?成本和(?P<at>效率)(?![\u4e00-\u9fff])"), "效率",
     "“效率”应“提高”，不能“降低”，宜作“降低……成本、提高……效率”", None, "warning"),
    (re.compile(r"(?:我|本单位|本行|本局)[^，。；！？\n]{0,16}?(?P<at>始作俑者)"), "始作俑者",
     "“始作俑者”比喻首开恶劣先例的人，含贬义，不能用于自身的首创，宜作“首创者”“开创者”", "首创者", "warning"),
    (re.compile(r"(?:要|应|须|必须|务必|切实|坚持|更加|各乡镇|各部门|各单位|各地|各级)(?P<at>无所不用其极)|(?P<at2>无所不用其极)(?=地(?:拓宽|拓展|推进|推动|服务|帮助|保障|落实|促进|提高|提升|做好))"), "无所不用其极",
     "“无所不用其极”指做坏事什么手段都使得出来，含贬义，宜作“竭尽全力”“想方设法”", "竭尽全力", "warning"),
    # round 32 (fresh59, fresh60): measure words (执法记录仪300辆, 加装电梯12栋, 户口簿一张, 文物326个, 126位台资企业),
    # 将近300多户 (将近 and 多 both approximate), 象…这样 (像), 丰富多彩地社教活动 (的 before a noun),
    # 差强人意的问题 (read as 不如人意); 不孚众望，共获得金牌: with the other look-aheads of 不孚众望 (round 28)
    (re.compile(r"(?:记录仪|执法仪|终端|电脑|计算机|打印机|空调|摄像头|摄像机|监控设备|无人机|设备|仪器)(?:共)?\d+(?P<fix>辆)"), "辆",
     "设备、仪器的量词用“台”（“辆”用于车辆）", "台", "warning"),
    (re.compile(r"电梯(?:共)?\d+(?P<fix>栋|个)"), "电梯", "电梯的量词用“部”或“台”", "部", "warning"),
    (re.compile(r"(?:户口簿|户口本|护照|存折|房产证|结婚证)(?:原件)?(?:一|1)(?P<fix>张)"), "张", "证件簿册的量词用“本”", "本", "warning"),
    (re.compile(r"(?:文物|藏品|展品)(?:共)?\d+(?P<fix>个)"), "个", "文物、藏品的量词用“件”（或“件/套”）", "件", "warning"),
    (re.compile(r"(?P<fix>位|名)(?<=[\d一两三四五六七八九十]位|[\d一两三四五六七八九十]名)(?<![前第]\d名)(?<![前第]\d\d名)(?<![前第]\d\d\d名)(?<![前第][一二三四五六七八九十]名)(?=(?:台资|外资|港资|澳资|侨资|民营|国有|重点|规上|规模以上|中小|科技型"
                r"|[^\d\W来自从在的为向到和与及等]{2})?企业(?!家|主|负责人|代表|职工|员工|高管|经营者|人才|管理|法人|法定代表人|联络员|股东|人员|工作人员|的))"), "企业",
     "企业的量词用“家”（“位”“名”用于人）", "家", "warning"),
    # round 34 (fresh67): 新配备3座森林防火巡护无人机 (a drone is counted with 架 or 台)
    (re.compile(r"[\d一两三四五六七八九十](?P<fix>座|辆|个)(?=[\u4e00-\u9fff]{0,10}?无人机(?!场|基地|机场|起降|站|库|中心|驾驶|小组|组|队|班|分队|中队|巡查|巡护|航线|飞手))"), "无人机",
     "无人机的量词用“架”或“台”", "架", "warning"),
    # round 35 (fresh68): 化解一条矛盾纠纷 (a dispute is counted with 起 or 件)
    (re.compile(r"(?P<fix>条|个)(?<=[\d一两三四五六七八九十][条个])(?=(?:长达[^，。；！？\n]{1,6}的)?(?:矛盾|民事|婚姻|家庭|邻里|土地|劳资|劳动|物业|医患|涉法涉诉"
                r"|宅基地|山林|土地承包|相邻|继承|债务|合同)?纠纷(?!的?(?:路|新路|机制|渠道|办法|经验|途径|模式|方法)))"), "纠纷",
     "纠纷的量词用“起”或“件”", "起", "warning"),
    # round 34 (leftovers): 有4项末按规定时限办结, 对末经业主大会决定 (未 "not" written 末 "end", a slip of shape), not after a
    # word of time or order that ends in 末 (期末经营, 周末能, 本末, 年末按), nor before a noun (末端, 末班)
    (re.compile(r"(?P<fix>末)(?<![期年周月季度岁纪清明本始篇句文排倒唐宋元秦汉春秋冬夏旬学世末0-9]末)(?=经|按(?!钮)|能(?!源|级|量)|及时|予以|被|达到|达标|纳入|列入|"
                r"发现|完成|落实|整改|建立|开展|办结|到位|通过|批准|取得|形成|签订|验收|实施|启动|录入|上报|报送)"), "末",
     "“末”（末尾）疑为“未”（没有）之误", "未", "warning"),
    # round 33 (fresh63): 发生3例流感聚集性疫情 (an outbreak is counted with 起; 例 counts cases), 配制相应的医护人员 (配备:
    # 配制 is to make up a medicine or a solution)
    (re.compile(r"\d(?P<fix>例)(?=[\u4e00-\u9fff]{0,8}?(?:聚集性疫情|暴发疫情|突发公共卫生事件))"), "例",
     "疫情、事件的量词用“起”（“例”用于病例）", "起", "warning"),
    (re.compile(r"(?P<at>配制)(?=(?:相应的?|必要的?|足够的?|专职|专门|一定数量的?|数量充足、结构合理的)?[\u4e00-\u9fff]{0,6}?(?:人员|医护|医生|护士|力量|干部|队伍|教师|师资))"), "配制",
     "“配制”指把原料按比例调和制作（配制药剂）；配人员用“配备”", "配备", "warning"),
    # 新建400米标准塑胶跑道一座 (a track is counted with 条), 学生对排球项目趋之若鹜 (a pejorative: people chasing what is
    # not worth it)
    (re.compile(r"(?:跑道|道路|公路|河道|航线|管线|生产线|绿道|步道)(?P<fix>[一两\d]+座)"), "座", "跑道、道路、线路的量词用“条”", None, "warning"),
    (re.compile(r"(?:学生|青少年|考生|群众|市民|家长|教师|干部|职工|游客)[^，。；！？\n]{0,16}?(?P<at>趋之若鹜)"), "趋之若鹜",
     "“趋之若鹜”比喻许多人争着去追逐（不好的事物），含贬义；称赞踊跃参与宜作“踊跃参与”“热情高涨”", None, "warning"),
    # round 33 (fresh65): 该视频内容纯属不刊之论 (不刊之论 is a truth that cannot be altered), 新闻通稿由县委宣传部统一颁布
    # (a law is 颁布ed; news is 发布ed), 拍摄制作一篇专题片 (部), 服务好广大客商们 (广大 already makes it plural)
    (re.compile(r"(?:纯属|属于|系|是|散布|编造|捏造|所谓)(?P<at>不刊之论)|(?P<at2>不刊之论)(?=[，,]?(?:却|但|引起|造成|误导|混淆))"), "不刊之论",
     "“不刊之论”指不可改动、不可磨灭的言论（正确的论断）；指荒谬虚假的内容宜作“无稽之谈”", "无稽之谈", "warning"),
    (re.compile(r"(?:通稿|新闻稿|新闻|消息|信息|稿件|公告|数据|预警|通报)[^，。；！？\n]{0,12}?(?P<at>颁布)"), "颁布",
     "“颁布”用于公布法令、条例等；新闻、信息、通稿用“发布”", "发布", "warning"),
    (re.compile(r"[一两\d](?P<fix>篇)(?=[^，。；！？、\d\n]{0,16}?(?:专题片|纪录片|宣传片|微电影|短视频|视频|影片))"), "篇",
     "专题片、纪录片、影视作品的量词用“部”（短视频用“条”）", "部", "warning"),
    (re.compile(r"广大[\u4e00-\u9fff]{1,6}?(?<![我你他她它咱])(?P<at>们)"), "们",
     "“广大”已表示人数众多，后面的名词不再加“们”", "", "warning"),
    # 特色农产品在展会上炙手可热, 循环快递箱在电商平台炙手可热 (炙手可热 is said of the powerful, 《现代汉语词典》: 比喻权势大、
    # 气焰盛; goods in demand are 供不应求, 备受青睐)
    (re.compile(r"(?:产品|农产品|商品|特产|土特产|展品|货品|快递箱|包装箱|服务|门票|项目|房源|车型|图书)[^，。；！？\n]{0,16}?(?P<at>炙手可热)"), "炙手可热",
     "“炙手可热”比喻权势大、气焰盛（含贬义），不用于商品畅销，宜作“供不应求”“备受青睐”", "备受青睐", "warning"),
    # 对一些“小节”不以为然，抱有侥幸心理 (不以为意: not minding it; 不以为然 is disagreeing)
    (re.compile(r"(?P<at>不以为然)(?:(?<=小节不以为然)|(?<=小节”不以为然)|(?<=苗头不以为然)|(?<=隐患不以为然)|(?=[，,]?(?:抱有|抱着|心存|存在)?(?:侥幸|麻痹|掉以轻心))|(?=[，,](?:没有|未|未能|没能)(?:及时|认真)?(?:解释|回应|处理|整改|答复)))"),
     "不以为然", "“不以为然”指不认为是对的（表示不同意）；不放在心上、不重视宜作“不以为意”", "不以为意", "warning"),
    # round 33 (fresh66): 《中华人民共和国反洗钱法》…自2025年1月1日起实行 (a law takes effect: 施行, 立法法第六十一条)
    (re.compile(r"《[^《》\n]{2,40}(?:法|条例)》[^。；\n]{0,40}?自\d{4}年\d{1,2}月\d{1,2}日起(?P<at>实行)"), "起实行",
     "法律、法规生效用“施行”（“自……起施行”，《中华人民共和国立法法》第六十一条）；“实行”指实施制度、政策", "施行", "warning"),
    (re.compile(r"近(?<![最附靠邻就]近)\d+(?P<at>多|余)(?=[\u4e00-\u9fff])"), "近",
     "语义重复：“将近（近）”与“多（余）”都表示约数，宜删去其一", "", "warning"),
    (re.compile(r"(?P<at>象)(?:(?<=[，。；！？\n：]象)|(?<=^象))(?=[^，。；！？\n]{1,12}?(?:这样|那样|一样|这种|那种|这类))", re.M), "象",
     "表示比方、举例的“像”不写作“象”（《现代汉语词典》第7版）", "像", "warning"),
    (re.compile(r"(?:丰富多彩|形式多样|多种多样|各种各样|五彩缤纷|琳琅满目|多姿多彩)(?P<at>地)(?=[\u4e00-\u9fff]{0,6}(?:活动|作品|节目|内容|展览|产品|服务|课程))"),
     "地", "修饰名词的定语后应使用“的”（如“丰富多彩的活动”）", "的", "warning"),
    (re.compile(r"(?P<at>差强人意)(?=的(?:问题|情况|现象|局面))"), "差强人意", _CHA_QIANG, "不尽如人意", "warning"),
    # round 32 (fresh61): 不小于20米左右 (a bound and an estimate at once), 3条水库 (座)
    (re.compile(r"(?:不小于|不少于|不低于|不超过|不大于|不高于|至少|最多|最少|以上)\d+(?:\.\d+)?[^\d，。；！？\n]{0,3}?(?P<at>左右)"), "左右",
     "语义矛盾：“不小于（不少于、至少）”是确数的界限，不再加表示约数的“左右”，宜删去", "", "warning"),
    (re.compile(r"(?P<fix>条)(?<=\d条)(?=(?:小型|中型|大型|小\(一\)型|小（一）型|小（二）型)?水库)"), "水库", "水库的量词用“座”", "座", "warning"),
    (re.compile(r"在[^。；！？\n]{2,30}?(?:领导|带领|帮助|支持|指导|关心|关怀|推动|努力)下[，,]\s*(?P<at>使)"), "下，使",
     "“在……下，使……”使句子缺少主语，宜删去“使”（或删去“在……下”改为主语）", None, "warning"),
    (re.compile(r"(?:提高|提升)(?:(?!加大|增加|扩大|，|。|；|、|和|\n).){0,8}?投入(?![\u4e00-\u9fff])"), "投入",
     "“投入”一般与“加大”“增加”搭配，不说“提高……投入”", "加大", "warning"),
    (re.compile(r"发挥(?:(?!发扬|弘扬|作用|优势|，|。|；|、|和|\n).){0,8}?(?:优良传统|光荣传统|优良作风|好作风|传统)(?![\u4e00-\u9fff])"), "传统",
     "“传统”“作风”一般与“发扬”“弘扬”搭配，“发挥”接作用、优势", "发扬", "warning"),
    # round 15 (fresh23/24): 约…余 (both approximate), 原因是…造成的 (two constructions mixed), 即使…但 (即使 takes 也),
    # 事倍功半 as a good result (it is the bad one: 事半功倍), 鼎力 of one's own help (鼎力 honours another's),
    # a 满意度 that 增强s (it 提高s)
    (re.compile(r"约[有为计达需]?[\d一二三四五六七八九十百千万两.]+余(?=[\u4e00-\u9fff])"), "余",
     "“约”与“余”都表示概数，不宜同时使用", None, "warning"),
    (re.compile(r"原因(?:[，,]\s*(?:主要|根本|直接|主要还)?|主要|根本|直接)?是(?!多方面)(?:(?!。|；|\n).){2,45}?(?:造成|引起|导致|所致)(?:的)?(?=[。；，\n]|$)"), "原因",
     "句式杂糅：“原因是……”与“……造成的”混用，宜作“原因是……”或“是……造成的”", None, "warning"),
    # round 36 (fresh85): 4至5人左右 (a range is itself approximate), 召开专题学习 (召开 takes a meeting), 在…的有力指导， (no 下)
    (_Backward("左右", r"[\d一二三四五六七八九十]+(?:\.\d+)?[个名人家项天次年月%％]?(?:至|到|—|－|～|~)[\d一二三四五六七八九十]+(?:\.\d+)?[^，。；\n\d至到]{0,3}?左右", 16),
     "左右", "“X至Y”已表示大致范围，不再加“左右”，二者保留其一", None, "warning"),
    (re.compile(r"召开(?:专题|集中)学习(?=[，。；、\n]|$)"), "召开",
     "“召开”与“学习”搭配不当：召开的是会议，宜作“开展专题学习”或“召开专题学习会”", None, "warning"),
    (re.compile(r"在(?<![^，。；：\n\u3000]在)(?:(?!。|；|，|\n).){2,20}?的(?:有力|正确|坚强|精心|大力|悉心|亲切|具体)?(?P<at>指导|领导|支持|帮助|关心|关怀|带领)[，,]"), ("指导，", "领导，", "支持，", "帮助，", "关心，", "关怀，", "带领，"),
     "句式残缺：“在……的指导（领导）”后缺少“下”，宜作“在……的指导下，”", None, "warning"),
    # round 36 (fresh89): 由于…的共同努力，使… (no subject: the cause and 使 both take it), 本着…为原则 (本着…原则 and
    # 以…为原则 mixed)
    (re.compile(r"由于(?<![^。！？；\n\u3000]由于)(?:(?!。|；|！|？|\n).){2,40}?[，,]\s*(?P<at>使)(?=[\u4e00-\u9fff])"), "由于",
     "句子缺少主语：“由于……，使……”的主语被介词结构吞没，宜删去“使”或“由于”", None, "warning"),
    (re.compile(r"本着(?:(?!。|；|，|\n).){1,30}?(?P<at>为原则)"), "为原则",
     "句式杂糅：“本着……原则”与“以……为原则”混用，宜作“本着……的原则”或“以……为原则”", None, "warning"),
    # round 36 (fresh88): 维护…合法权益不受侵害 (维护权益 and 保障权益不受侵害 mixed), 维护购房群众。 (its object left out)
    (re.compile(r"维护(?:(?!。|；|，|\n).){1,20}?(?P<at>权益不受(?:侵害|侵犯|损害))"), "权益不受",
     "句式杂糅：“维护……合法权益”与“保障……合法权益不受侵害”混用", None, "warning"),
    (re.compile(r"维护(?:广大|购房|困难|受灾|被征收|涉事|当地|辖区)?群众(?=[。；！])"), "维护",
     "宾语残缺：“维护”的应是群众的利益、权益，宜作“维护……群众的合法权益”", None, "warning"),
    # round 36 (fresh87): 由于…的坚强领导下 (由于… and 在…下 mixed)
    (re.compile(r"由于(?:(?!。|；|，|\n).){1,24}?(?:领导|指导|支持|帮助|关心)下"), ("领导下", "指导下", "支持下", "帮助下", "关心下"),
     "句式杂糅：“由于……”与“在……下”混用，宜作“在……的领导下”或删去“下”", None, "warning"),
    # round 36 (fresh86): 按照…的要求下 (按照…要求 and 在…要求下 mixed), 机制…提高 (a mechanism is 完善d), 增强…率 (a rate is 提高d)
    (re.compile(r"按照(?:(?!。|；|，|\n).){1,30}?(?P<at>要求下)"), "要求下",
     "句式杂糅：“按照……要求”与“在……要求下”混用，宜删去“下”", None, "warning"),
    (re.compile(r"机制(?:进一步|不断|持续|逐步|明显|得到)?(?P<at>提高|提升)(?=[，。；,]|$)"), "机制",
     "主谓搭配不当：“机制”说“完善”“健全”，不说“提高”", "完善", "warning"),
    (re.compile(r"增强(?:(?!，|。|；|、|和|\n).){0,10}?(?:完好|合格|达标|覆盖|利用|完成|到位|满意|知晓)率"), ("完好率", "合格率", "达标率", "覆盖率", "利用率", "完成率", "到位率", "满意率", "知晓率"),
     "“增强”与“……率”搭配不当：比率说“提高”", "提高", "warning"),
    # round 36 (fresh84): 本着…的原则下 (本着…原则 and 在…原则下 mixed), 针对…问题上 (针对…问题 and 在…问题上)
    (re.compile(r"本着(?:(?!。|；|，|\n).){1,30}?(?P<at>原则下)"), "原则下",
     "句式杂糅：“本着……原则”与“在……原则下”混用，宜作“本着……的原则”", None, "warning"),
    (re.compile(r"(?:针对|对于|关于)(?:(?!。|；|，|\n).){1,24}?问题(?P<at>上)(?=[，,])"), "问题上",
     "句式杂糅：“针对……问题”与“在……问题上”混用，宜删去“上”或改作“在……问题上”", None, "warning"),
    # round 36 (fresh83): …的原因，主要得益于… (原因是… and 得益于… mixed)
    (re.compile(r"原因(?:[，,]\s*)?(?:主要|首先|根本上|更)?(?:是|在于)?(?P<at>得益于)"), "得益于",
     "句式杂糅：“……的原因是……”与“得益于……”混用，宜删去“的原因”或改作“原因主要是……”", None, "warning"),
    (re.compile(r"即使(?:(?!也|都|还|仍|亦|。|；|\n).){2,40}?[，,]\s*但(?![^，。；\n]{0,10}?也)"), "即使",
     "关联词搭配不当：“即使”与“也”搭配，表示转折的“但”与“虽然”搭配", None, "warning"),
    (re.compile(r"(?:取得|收到|达到|起到|实现)(?:了)?事倍功半"), "事倍功半",
     "“事倍功半”指费力大而收效小，此处应为“事半功倍”", None, "warning"),
    (re.compile(r"(?:将|会|定将|必将|一定|愿意?|我们|我市|我局|我委|我办|我部|我单位|本单位)(?:[^，。；\n]{0,4}?)鼎力(?:支持|相助|协助|配合)"), "鼎力",
     "“鼎力”是敬辞，用于称谢对方的帮助，不用于自己一方（可作“全力”）", None, "warning"),
    (re.compile(r"满意度(?:得到|有了|有所)?(?:了)?(?:显著|明显|进一步|持续|不断|大幅|全面|逐步|稳步|大大|极大|很大|有效)?的?(?:增强|加强)"),
     "满意度", "“满意度”一般与“提高”“提升”搭配", None, "warning"),
    # round 16: 首当其冲 of a unit that led the way (集团首当其冲，建成…; 在优化营商环境中首当其冲: it is to bear the
    # brunt, 《现代汉语词典》), 抛砖引玉 of another's experience (it is a modest word for one's own), 推进…质量 (a quality
    # is 提升ed; 推进 takes 工作, 进程, 改革)
    (re.compile(r"(?:在(?:优化|推进|深化|加快|推动|建设|改革|创新|发展|打造|服务)[^，。；！？\n]{0,14}?中)?首当其冲"
                r"(?:(?<=中首当其冲)(?=[，。；])|(?=[，,]?[^。；！？\n]{0,6}?(?:建成|率先|带头|取得|实现了|打造|推出|创建|建立|完成|领先|示范|争当|勇当|走在|引领|当好|作表率|做表率|先行先试|靠前|冲在|身先|挺身)))"
                r"|(?<=[要应须])首当其冲(?=[，,、])"),
     "首当其冲", "“首当其冲”比喻最先受到攻击或遭遇灾难，不表示“带头”“走在前列”（可作“率先垂范”“走在前列”）", None, "warning"),
    (re.compile(r"(?:对(?:我|我们|我省|我市|我县|我区|我局|我委|我办|我校|我院)[^，。；！？\n]{0,14}?|贵[^，。；！？\n]{1,20}?)(?:起到|发挥)了?抛砖引玉"), "抛砖引玉",
     "“抛砖引玉”是谦辞，用于自己一方的发言或做法，不用于称道别人的经验（可作“借鉴”“示范”）", None, "warning"),
    (re.compile(r"(?P<fix>推进)(?:(?!提升|提高|，|。|；|、|和|\n).){0,8}?质量(?=[，。；\n]|$)"), "质量",
     "“质量”一般与“提升”“提高”搭配，不说“推进……质量”", "提升", "warning"),
    # round 16 (fresh25/26): 上行下效 praised (it is pejorative: subordinates copy their superiors' bad ways), 差强人意
    # blamed (see round 14's entry), 深受…所欢迎 (深受…欢迎 and 为…所欢迎 mixed), 解决…需求 (a need is
    # 满足ed), 覆盖面达到100% (a surface has no percentage: 覆盖率), 解决的不彻底
    (re.compile(r"上行下效(?=[、，,]?[^。；！？\n]{0,10}?(?:良好|风清气正|蔚然成风|氛围|局面|新风|正气))"), "上行下效",
     "“上行下效”多含贬义，指上面怎么做下面就跟着学（多指坏的），称道良好风气时宜作“以上率下”“上率下行”", None, "info"),
    (re.compile(r"深受[^，。；！？\n]{1,8}?所(?:欢迎|喜爱|好评|青睐|信赖|称赞)"), "深受",
     "句式杂糅：“深受……欢迎”与“为……所欢迎”混用，宜删去“所”", None, "warning"),
    (re.compile(r"(?P<fix>解决)(?:(?!满足|，|。|；|、|\n).){0,8}?(?<!用工|融资)需求(?=[，。；\n]|$)"), "需求",
     "“需求”一般与“满足”搭配，不说“解决……需求”（可作“满足……需求”或“解决……问题”）", "满足", "warning"),
    (re.compile(r"(?P<fix>覆盖面)(?:要|将|应|须|必须)?(?:达到|达|为)\s*\d+(?:\.\d+)?\s*[%％]"), "覆盖面",
     "“覆盖面”指覆盖的范围，用百分比衡量时应作“覆盖率”", "覆盖率", "warning"),
    (re.compile(r"的(?=(?:不|还不|很不|不够)(?:彻底|(?:到位|扎实|及时|细致|深入)(?![\u4e00-\u9fff]{0,1}的)))(?<=(?:解决|落实|执行|整改|处理|贯彻|推进|化解|整治|查处|排查)的)"), ("的不", "的还不", "的很不"),
     "动词后接补语（解决得不彻底）应使用“得”", "得", "warning"),
    # measure words (《现代汉语词典》第7版量词用法): enterprises are counted in 家, vehicles in 辆 (台), boats in 艘
    (re.compile(r"名(?<![前第]\d名)(?<![前第]\d\d名)(?<![前第]\d\d\d名)(?<![前第][一二三四五六七八九十]名)(?<=[\d一二三四五六七八九十两百千]名)(?=(?:中小微|小微|中小|民营|规上|规模以上|科技型|高新技术|重点|外资|国有)?(?:企业|公司|市场主体|经营主体|商户)"
                r"(?![\u4e00-\u9fff]{0,3}?(?:家|负责人|代表|职工|员工|人员|法人|主|老板|高管|管理者)))"), "名",
     "量词不当：企业、公司用“家”计数，“名”用于人", "家", "warning"),
    (re.compile(r"架(?<![^\d一二两三四五六七八九十]架)(?=[^，。；、\n]{0,6}?(?:汽车|发电车|客车|货车|救护车|消防车|指挥车|工程车|巡逻车|通勤车|车辆)(?![\u4e00-\u9fff]))"), "架",
     "量词不当：车辆用“辆”或“台”计数，“架”用于飞机", "辆", "warning"),
    (re.compile(r"辆(?<![^\d一二两三四五六七八九十]辆)(?=[^，。；、\n]{0,6}?(?:拖轮|轮船|船舶|渔船|货船|客船|游船|巡逻艇|快艇|执法艇|冲锋舟|橡皮艇|救生艇|皮划艇|舟艇)(?![\u4e00-\u9fff]))"), "辆",
     "量词不当：船舶用“艘”计数，“辆”用于车", "艘", "warning"),
    (re.compile(r"座(?=(?:校外)?(?:供餐|生产|食品|化工|餐饮|民营|小微|中小)?(?:企业|公司|商户|门店))(?<=[每一两三四五六七八九十\d]座)"), "座",
     "量词不当：企业、公司用“家”计数，“座”用于建筑物、山等", "家", "warning"),
    (re.compile(r"\d(?:(?<=(?:拖轮|轮船|船舶|渔船|货船|客船|游船|快艇|舟艇)\d)|(?<=(?:冲锋舟|橡皮艇|救生艇|皮划艇|巡逻艇|执法艇)\d))\d*(?P<fix>辆)"), "辆",
     "量词不当：船艇用“艘”计数，“辆”用于车", "艘", "warning"),
    # round 17 (fresh27/28): objects that the verb does not govern — 加强…的监督管理和质量 (质量 is 提高ed), 调动…积极性和
    # 主体作用 (作用 is 发挥ed), 意识…改善 (意识 is 增强ed), 提高…素养和工作作风 (作风 is 改进ed); 聆听 is for what one
    # respects (聆听报告), a body 倾听s the masses; schools are counted in 所, people in 名
    (re.compile(r"加[强快](?:(?!提高|提升|，|。|；|\n).){1,14}?(?:和|与|及)质量(?=[，。；\n]|$)"), "质量",
     "“质量”一般与“提高”“提升”搭配，“加强（加快）……和质量”搭配不当（可作“加快……进度，提高……质量”）", None, "warning"),
    # round 18 (fresh30): 已 for the preposition 以 in 以……为契机 (at the head of a clause; not 已将…列为, 已成为);
    # 召开 an action (行动 is 开展ed)
    (re.compile(r"(?P<at>已)(?<![^。，；：\n]已)(?:(?!将|把|被|经|由|成|列|评|定|作|改|转|确|认|视|称|命名|调整)[^，。；\n]){2,16}?为"
                r"(?:契机|抓手|载体|依托|重点|平台|目标|核心|主线|引领|导向|突破口|切入点|着力点|支撑|龙头|纽带|牵引)"), "已",
     "介词“以”误作“已”：“以……为契机（抓手、载体）”", "以", "warning"),
    (re.compile(r"召开(?:(?!会|座谈|论坛|仪式|典礼|部署|研讨|发布)[^，。；、：\n《》]){0,24}?(?:专项行动|整治行动|攻坚行动|集中行动|百日行动|"
                r"排查整治|专项整治)(?=[，。；、\n]|$)"), "召开",
     "“召开”的对象是会议；行动、整治一般与“开展”搭配", "开展", "warning"),
    (re.compile(r"调动(?:(?!发挥|，|。|；|\n).){0,12}?积极性(?:和|与|及)[\u4e00-\u9fff]{0,4}?作用"), "作用",
     "“作用”与“发挥”搭配，“调动……积极性和……作用”搭配不当（可作“调动……积极性，发挥……作用”）", None, "warning"),
    (re.compile(r"意识(?:(?!和|与|及|、|，|。|；|\n).){0,6}?改善"), "改善",
     "“意识”一般与“增强”“提高”搭配，不说“改善”", None, "warning"),
    (re.compile(r"提高(?:(?!改进|转变|改善|，|。|；|、|\n).){0,10}?(?:和|与|及)(?:工作)?作风(?![建])"), "作风",
     "“作风”一般与“改进”“转变”搭配，“提高……和作风”搭配不当", None, "warning"),
    (re.compile(r"(?P<fix>聆听)(?:广大)?(?:群众|基层|民众|企业|居民|村民|职工|百姓)(?:的)?(?:意见|呼声|心声|诉求|建议)"), "聆听",
     "“聆听”是敬辞，用于听取尊者、长者的话（聆听报告）；听取群众意见宜作“倾听”", "倾听", "warning"),
    (re.compile(r"家(?=(?:公办|民办|寄宿制|九年一贯制|完全)?(?:小学|中学|初中|高中|学校)(?![\u4e00-\u9fff、和及与]))(?<=[一两三四五六七八九十\d]家)"), "家",
     "量词不当：学校用“所”计数", "所", "warning"),
    (re.compile(r"(?:书记|干部|党员|代表|委员|教师|医生|民警|辅警|志愿者|选调生|网格员|队员|村医)\d+个(?=[，。；、\n]|$)"), "个",
     "量词不当：人用“名”计数", None, "warning"),
    # round 12: 应当提前想县委办公室报备 — the preposition of the one reported to is 向 (same sound, the input method's slip)
    (re.compile(r"想(?<![思理梦设构幻联畅妄回随感猜料着所]想)(?![向到去在找请把让给和与跟办要法起必来])(?=[^，。；、：\n]{0,14}?(?:办公室|人民政府|政府|党委|党组|委员会|局|委|办|中心|上级|组织)"
                r"(?:书面|口头|及时|如实|提前)?(?:报备|报告|汇报|请示|申请|备案|报送|提交|递交|反映情况|说明情况))"), "想",
     "表示动作对象的介词是“向”：“向……报告（报备、请示）”", "向", "error"),
    # round 22 (fresh38): an 氛围 提升ed (it is 营造ed), a 获得 without 感 after 提高, 对…的进行 (a 的 too many)
    (re.compile(r"提升(?:了)?(?:(?!营造|浓厚|，|。|；|、|\n).){0,16}?氛围(?![感\u4e00-\u9fff])"), "氛围",
     "“氛围”一般与“营造”“浓厚”搭配，不说“提升……氛围”", "营造", "warning"),
    (re.compile(r"(?:提高|增强|提升)(?:(?!，|。|；|\n).){0,16}?的(?P<at>获得)(?=[，。；、\n]|$)"), "的获得",
     "“获得”是动词，此处缺少中心语，应为“获得感”", "获得感", "warning"),
    (re.compile(r"听取(?:了)?[^，。；：\n]{0,30}?关于[^，。；：\n]{2,40}?(?P<at>工作|问题|事项|情况)(?=[，。；])"), "听取",
     "“听取……关于……工作”缺少中心语：听取的是汇报、报告，应为“听取……关于……工作的汇报（报告）”", None, "warning"),
    # round 29 (fresh51, fresh52, fresh54): 严禁…不得 (two prohibitions cancel out), 不孚众望 before a success (with round 28's),
    # 大约控制在30%左右 (大约 and 左右 both approximate, a verb between)
    (re.compile(r"严禁[^，。；：\n]{1,12}?不得"), "严禁", "“严禁”与“不得”叠用，否定过度，意思反了，二者保留其一", None, "warning"),
    (re.compile(r"大约[^，。；\n\d]{1,6}?[\d.]+[^，。；\n]{0,4}?左右"), "左右", "“大约”与“左右”语义重复，二者保留其一", None, "warning"),
    # round 29 (fresh55): 支出降低了2倍 (a fall is no multiple: 降低了三分之二, 降低了50%)
    (re.compile(r"(?:降低|减少|下降|缩小|缩减|压减|减轻)了?\s*(?:\d+(?:\.\d+)?|[二两三四五六七八九十])倍"), "倍",  # (降低了一倍: usage.tsv, 一半)
     "减少、降低不能用倍数表示，应改用分数或百分数（GB/T 15835-2011；如“降低了三分之二”“下降50%”）", None, "warning"),
    # round 30 (fresh56): 从2021年开始起实施 (开始 and 起 both mark the start), 不以为然 for 不以为意 (not minding)
    (re.compile(r"开始(?P<fix>起)(?=实施|施行|执行|推行|开展|启动)"), "开始起", "“开始”与“起”语义重复，二者保留其一", "", "warning"),
    (re.compile(r"不以为然(?=[，,]认为[^。；\n]{0,12}?(?:人之常情|无关紧要|不影响|小事|没什么|无所谓|无伤大雅))"), "不以为然",
     "“不以为然”指不认为是对的（不同意），此处说不放在心上，宜作“不以为意”", "不以为意", "warning"),
    # round 30 (fresh57): 截至…为止 (截至 already names the end)
    (re.compile(r"截至(?!目前为止)(?:[^，。；\n]{1,14}?)(?P<fix>为止)"), "截至", "“截至”已表示到某时为止，不再加“为止”", "", "warning"),
    # round 29 (fresh54): 研讨会期间中， (期间 already a span of time; not 暴雨期间中心城区)
    (re.compile(r"期间(?P<fix>中)(?=[，,])"), "期间中", "“期间”已表示时段，不再加“中”", "", "warning"),
    # round 29 (fresh51–53): …的必须条件, 供应的必须设施 (a thing needed is 必需; 必须 is the modal)
    (re.compile(r"(?<=的)(?P<fix>必须)(?=(?:条件|设施|前提|环节|物资|保障|支出|开支|费用|经费|资金)[，。；、])"), "必须",
     "“必需”指不可缺少的（必需条件、必需设施）；“必须”是副词，表示一定要", "必需", "warning"),
    # round 22 (fresh37): 防止…不发生 (a negation too many), 主要以…为主 (主要 and 为主 say it twice)
    (_Backward("不发生", r"(?:防止|避免|杜绝|严防|防范)[^，。；：\n]{0,20}?(?P<fix>不发生)", 26), "不发生",
     "“防止（避免、杜绝）……不发生”否定过度，意思反了，应删去“不”", "发生", "warning"),
    (re.compile(r"主要以[^，。；：\n]{1,20}?为主"), "主要以",
     "“主要”与“以……为主”语义重复，二者保留其一", None, "warning"),
    # (对工作不力的进行约谈: the 的 phrase names those concerned, and 进行 is their verb)
    (_Backward("的进行", r"对[^，。；：\n]{1,20}?(?<!不力|突出|严重|较差|落后|滞后|违规|违纪|失职|不实|逾期|超标|超期)"
                        r"(?<!不到位|不合格|不达标|不及时|不作为|乱作为)的进行", 24), "的进行",
     "“对……的进行……”多了“的”：“进行”是谓语动词，应为“对……进行……”", None, "warning"),
    # round 23 (fresh39): 隐患 counted in 家; 提高…的实战 (no 能力), 提高…能力和装备 (装备 has a 水平), 完善…漏洞 (a gap is
    # 堵塞ed), 实现…新局面 (a situation is 开创ed), 履行…安全生产 (履行 takes 职责, 责任), 经过…努力下 (经过… and 在…下 mixed)
    (re.compile(r"隐患\d+(?P<at>家)(?![\u4e00-\u9fff]{0,2}?(?:企业|单位|场所))"), "隐患",
     "量词不当：隐患用“处”“项”“个”计数，“家”用于企业、单位", "处", "warning"),
    (re.compile(r"(?:提高|提升|增强)(?:了)?[^，。；：\n]{0,16}?的(?P<at>实战)(?=[，。；\n]|$)"), "实战",
     "“提高……的实战”缺少中心语，应为“实战能力”（“实战水平”）", "实战能力", "warning"),
    (re.compile(r"(?:提高|提升)(?:(?!，|。|；|\n).){0,16}?(?:和|与|及)(?P<at>装备)(?=[，。；\n]|$)"), "装备",
     "“装备”不能“提高”，搭配不当，可作“……和装备水平”或“改善装备”", "装备水平", "warning"),
    (re.compile(r"(?P<at>完善)(?:(?!堵塞|弥补|封堵|填补|，|。|；|、|\n).){0,14}?漏洞"), "漏洞",
     "“漏洞”一般与“堵塞”“弥补”搭配，“完善……漏洞”搭配不当", "堵塞", "warning"),
    (re.compile(r"实现(?:(?!开创|打开|出现|形成|呈现|展现|迎来|，|。|；|\n).){0,20}?(?P<at>新局面)"), "新局面",
     "“新局面”一般与“开创”“打开”搭配，“实现……新局面”搭配不当", None, "warning"),
    (re.compile(r"履行(?:(?!责任|职责|义务|职能|使命|承诺|合同|程序|手续|协议|约定|，|。|；|\n).){1,16}?(?P<at>质量|安全生产)(?=[，。；\n]|$)"), "履行",
     "“履行”的对象应是职责、责任、义务，“履行……质量（安全生产）”缺少中心语，可作“……安全生产责任（职责）”", None, "warning"),
    (re.compile(r"经过[^，。；：\n]{2,24}?(?:努力|帮助|支持|指导|关心|推动)下(?=[，,])"), "经过",
     "句式杂糅：“经过……努力”与“在……努力下”混用，删去“下”或改为“在……下”", None, "warning"),
    (re.compile(r"不(?:但|仅)是(?:全国|全省|省级|国家级|国家)[^，。；\n]{0,12}?[，,]\s*(?:而且|更|还|也|并且)是?(?P<at>(?:全市|全县|全区|我市|我县|我区|本市|本县|本区|市级|县级|区级))"),
     ("不但是", "不仅是"),
     "递进关系颠倒：“不但（不仅）……而且……”应由小到大，先说市（县、区）再说全省（全国）", None, "warning"),
    # round 23 (fresh40): 1260名次 (人次), 避免…不出现, 加深…合作 (深化), 实效性…扩大,
    # 各位…们, 在…领导， (no 下), 营造…平台, 增强…相互了解 (增进), 对…问题不以为然 (不以为意)
    (re.compile(r"名次(?<=\d名次)(?<![前第]\d名次)(?<![前第]\d\d名次)"), "名次",
     "量词不当：走访、慰问、服务的人数用“人次”计，“名次”指排名的位次", "人次", "warning"),
    (_Backward("不出现", r"(?:防止|避免|杜绝|严防|防范)[^，。；：\n]{0,20}?(?P<fix>不出现)", 26), "不出现",
     "“避免（防止、杜绝）……不出现”否定过度，意思反了，应删去“不”", "出现", "warning"),
    (re.compile(r"(?P<at>加深)(?<!更加深)(?![切刻入])(?:(?!认识|理解|了解|印象|感情|友谊|情谊|，|。|；|\n).){0,16}?合作(?!的?(?:认识|理解|了解|印象))"), "合作",
     "“合作”一般与“深化”“加强”搭配，“加深……合作”搭配不当", "深化", "warning"),
    (re.compile(r"实效性(?:不断|进一步|持续|逐步|明显)?(?P<at>扩大)"), "实效性",
     "“实效性”不能“扩大”，宜作“增强”（“覆盖面”才“扩大”）", "增强", "warning"),
    (re.compile(r"各位[\u4e00-\u9fff]{1,4}?(?P<at>们)(?=[，,：:、！])"), "各位",
     "“各位”与“们”语义重复，删去“们”", "", "warning"),
    (re.compile(r"(?P<at>营造)(?:(?!，|。|；|\n).){0,12}?(?:服务平台|综合平台|平台)(?![\u4e00-\u9fff])"), "平台",
     "“平台”一般与“搭建”“打造”搭配，“营造”的对象是氛围、环境", "搭建", "warning"),
    (re.compile(r"(?P<at>增强)(?:(?!，|。|；|\n).){0,14}?(?:相互了解|相互理解|友谊|情谊)"), "增强",
     "“了解（友谊）”一般与“增进”搭配，不说“增强”", "增进", "warning"),
    (_Backward("不以为然", r"对[^，。；：\n]{1,20}?(?:问题|诉求|意见|投诉|反映|呼声|求助)[^，。；：\n]{0,2}?(?P<at>不以为然)", 28),
     "不以为然", "“不以为然”指不认为是对的；对问题、诉求不放在心上、不当回事，应为“不以为意”（或“漠然置之”）", "不以为意", "warning"),
    # round 24 (fresh41): 提升…意识的提高 (the verb said twice), 降低…时间 (缩短), 解决…安全 (保障), 增加了得到提高 (two
    # predicates mixed), 即有利于…，又有利于 (既), 率达89.6%，较上年提高2.3% (个百分点), 有有一个, 提升…先期处置 (no 能力)
    (re.compile(r"(?:提升|提高|增强)(?<!的提升|的提高|的增强)(?:(?!，|。|；|、|！|？|\n).){1,20}?(?P<at>的(?:提高|提升|增强))(?=[，。；！？\n]|$)"), ("的提高", "的提升", "的增强"),
     "语义重复：前有“提升（提高、增强）”，后面的“的提高（提升）”多余，应删去", "", "warning"),
    (re.compile(r"(?P<at>降低)(?:(?!，|。|；|、|\n).){0,10}?时间(?![\u4e00-\u9fff])"), "时间",
     "“时间”一般与“缩短”搭配，“降低……时间”搭配不当", "缩短", "warning"),
    (re.compile(r"(?P<at>解决)了?(?:(?!，|。|；|、|\n).){0,12}?(?:生命财产|财产|人身|生命)安全(?=[，。；！\n]|$)"), "安全",
     "“解决……安全”搭配不当，宜作“保障（保护）……安全”", "保障", "warning"),
    (re.compile(r"(?:增加|提高|提升|改善|增强|加强)(?P<at>了得到)(?=提高|提升|改善|增强|加强|巩固)"), "了得到",
     "句式杂糅：“增加了”与“得到提高”两种说法混用，二者保留其一", None, "warning"),
    (re.compile(r"(?P<at>即)(?<![随立当旋亦]即)(?=有利于|能够|可以)[^。；！？\n]{2,40}?[，,]\s*(?:又|也)(?:有利于|能够|可以)"), "有利于",
     "关联词误用：“既……又……”的“既”误作“即”", "既", "warning"),
    (re.compile(r"率(?:达到|达|为|是)?\s*\d+(?:\.\d+)?[%％][，,]\s*(?:较|比)[^，。；\d]{0,8}?(?:提高|上升|下降|降低|提升|增加|减少)了?\s*\d+(?:\.\d+)?(?P<at>[%％])"),
     "率", "比率的增减应以“个百分点”表示：两个百分数相比，差值不用“%”", "个百分点", "warning"),
    (re.compile(r"有(?P<at>有)(?=[一二两三四五六七八九十几\d])(?<!所有有)(?<!没有有)(?<!只有有)(?<!还有有)(?<!拥有有)(?<!具有有)"), "有有",
     "字词重复：“有有”多了一个“有”", "", "warning"),
    (re.compile(r"(?:提升|提高|增强)(?:(?!能力|水平|，|。|；|、|\n).){0,12}?(?:先期|应急|快速)(?P<at>处置)(?=[，。；\n]|$)"), "处置",
     "“提升……处置”缺少中心语，应为“处置能力（水平）”", "处置能力", "warning"),
    # round 24 (fresh41, fresh42): 发挥…桥梁纽带， / 发挥了…第一道防线， (no 作用), 做的更实 (得), 迫切的希望 (地)
    (re.compile(r"发挥(?:了|好|出)?(?:(?!作用|，|。|；|\n).){0,16}?(?P<at>桥梁纽带|纽带|防线|堡垒|主力军|生力军|排头兵)(?=[，。；！\n]|$)"), "发挥",
     "“发挥……纽带（防线）”缺少中心语，应为“……作用”", None, "warning"),
    (re.compile(r"(?:做|干|抓|办|搞|落实|推进)(?P<at>的)(?=更(?:实|细|好|优|快|强|严|准|深|稳|精|足|活|早)(?:[、，。；！]|$))"), "的更",
     "动词后接“更……”补语，应使用“得”（如“做得更实”）", "得", "warning"),
    (re.compile(r"迫切(?P<at>的)(?=希望(?:县|市|省|区|上级|领导|政府|各级|能|尽快|早日))"), "迫切的",
     "修饰动词的状语后应使用“地”（“迫切地希望”）", "地", "warning"),
    # round 25 (fresh43): 加大…力度和范围 (扩大范围), 改善…效率 (提高), 实现了快速地增长 (的: the object of 实现 is a noun),
    # 截至10月底止 (截至 and 止 both), 在要充分论证的基础上 (要 inside the 在…的基础上 frame)
    (re.compile(r"加大(?:(?!，|。|；|\n).){0,14}?力度和(?P<at>范围)"), "力度和范围",
     "“加大”与“范围”搭配不当，宜作“加大……力度、扩大……范围”", "扩大范围", "warning"),
    (re.compile(r"(?P<at>改善)(?:(?!，|。|；|、|\n).){0,14}?效率(?=[，。；！\n]|$)"), "效率",
     "“改善……效率”搭配不当，“效率”一般与“提高”“提升”搭配", "提高", "warning"),
    (re.compile(r"(?:实现|保持|取得)了?(?:快速|稳步|稳定|平稳|较快|持续|大幅|显著|跨越式|突破性|历史性|高速)(?P<at>地)"
                r"(?=(?:增长|发展|提升|提高|突破|跨越|转变|好转|回升|下降)(?:[，。；、\n]|$))"), "地",
     "“实现（保持）了……增长”中，“增长”是名词性宾语，修饰它的定语应使用“的”", "的", "warning"),
    (re.compile(r"截至(?:[^，。；！？\n]{1,12}?)(?:底|末|\d日|\d月|年)(?P<at>止)(?=[，。；\n]|$)"), "止",
     "“截至”已表示截到某一时间，后面不再加“止”（或作“到……止”）", "", "warning"),
    (re.compile(r"在(?P<at>要)(?=(?:充分|认真|深入|广泛|全面|科学)[\u4e00-\u9fff]{1,8}?的基础上)"), "的基础上",
     "句式杂糅：“在……的基础上”中多了“要”", "", "warning"),
    # round 25 (fresh44): 加大…精准性和及时性 (提高), 落实地扎实有效 (得: a complement), 有针对性的制定 (地)
    (re.compile(r"(?P<at>加大)(?:(?!，|。|；|\n).){0,12}?(?:精准性|及时性|准确性|针对性|有效性|实效性|时效性|规范性|科学性|稳定性)"), "性",
     "“加大”与“……性”搭配不当，宜作“提高（增强）……性”", "提高", "warning"),
    (re.compile(r"(?:落实|推进|开展|执行|完成|做|干|抓|办|搞)(?P<at>地)(?=(?:更加|十分|非常|较为|比较)?(?:扎实有效|扎实|到位|有力|细致|深入|彻底|出色|圆满|顺利)"
                r"(?:[，。；！\n]|$))"), "地",
     "动词后接表示程度、结果的补语，应使用“得”（如“落实得扎实有效”）", "得", "warning"),
    (re.compile(r"有针对性(?P<at>的)(?=(?:制定|开展|做好|加强|解决|推进|落实|采取|提出|改进|整改|帮扶|指导|研究)(?!的|工作|措施|方案|办法|服务|意见|建议|政策|活动))(?<!开展有针对性的)(?<!提供有针对性的)(?<!进行有针对性的)"), "有针对性的",
     "修饰动词的状语后应使用“地”（“有针对性地制定”）", "地", "warning"),
    # round 26 (probe): 实实在在地成效 (的: before a noun), 把工作做的扎实细致 (得), 发扬光大优良传统 (takes no object),
    # 对于这个问题，引起了… (no subject), 确保不发生…事故的发生 (发生 twice)
    (re.compile(r"(?:实实在在|扎扎实实|明明白白|清清楚楚|踏踏实实|真真切切|实打实)(?P<at>地)(?=(?:成效|效果|成果|变化|实惠|好处|获得感|进展|成绩|业绩|贡献|收获|帮助|举措|措施|行动)"
                r"(?:[，。；、！\n和]|$))"), "地",
     "修饰名词的定语后应使用“的”（如“实实在在的成效”）", "的", "warning"),
    (re.compile(r"(?P<at>的)(?:(?<=[做干抓办搞]的)|(?<=(?:落实|推进|开展)的))(?=(?:扎实细致|扎实有效|扎实|细致|到位|出色|有声有色|井井有条|红红火火|风生水起|卓有成效)"
                r"(?:[，。；！\n]|$))"), "的",
     "动词后接表示程度、结果的补语，应使用“得”（如“做得扎实细致”）", "得", "warning"),
    # round 26 (fresh46): 群众反映的十分强烈, 村容村貌保持的还不够好, 确保问题整改的彻底、 (得 before a complement)
    (re.compile(r"(?P<at>的)(?<=(?:反映|保持|整改|落实|推进|开展|完成|执行|处理|解决|发展|管理|维护|建设|表现|进行|准备|部署|宣传|组织|安排|衔接|配合|处置|核查|办理|回应|共享|更新|对接|协同|沟通|融合|联动|互通|整合|归集)的)"
                r"(?=(?:(?:十分|非常|很|特别|比较|较为|还不够|不够|还不|不太|不很|更加|越来越|相当|极为|尤为)[\u4e00-\u9fff]{1,3}"
                r"|(?:彻底|到位|及时|扎实|细致|全面|深入|有力|顺利|圆满))(?:[，。；！、\n]|$))"), "的",
     "动词后接表示程度、结果的补语，应使用“得”（如“反映得十分强烈”“整改得彻底”）", "得", "warning"),
    (re.compile(r"加强(?:(?!增强|提升|提高|，|。|；|、|和|\n).){0,12}?(?:获得感|幸福感|安全感|认同感|归属感|荣誉感)"), "感",
     "“加强”与“……感”搭配不当，宜作“增强……感”", "增强", "warning"),
    # round 26 (fresh45): 问题亟待满足 (a problem is 解决d; a need is 满足ed)
    (re.compile(r"(?:问题|矛盾|困难|难题|短板|漏洞)(?:亟待|亟需|亟须|有待|急需|仍需|尚需)(?P<at>满足)"), "满足",
     "“问题（困难）”与“满足”搭配不当，宜作“解决”", "解决", "warning"),
    (re.compile(r"(?P<at>发扬光大)(?=(?:优良|光荣|革命|红色|伟大|优秀|中华|民族|老一辈|传统|精神|作风|美德))"), "发扬光大",
     "“发扬光大”不带宾语，宜作“发扬……”或“把……发扬光大”", "发扬", "warning"),
    (re.compile(r"(?P<at>对于)(?<![^。！？\n\s　]..)[^，。；！？\n]{2,20}，(?=引起了?|受到了?)"), "对于",
     "句式杂糅：“对于……”作状语，句子缺少主语，宜删去“对于”（“这个问题引起了……”）", "", "warning"),
    (re.compile(r"不发生[^，。；！？\n]{1,14}?(?:现象|问题|情况|行为|事件|事故)?的(?P<at>发生)(?![\u4e00-\u9fff])"), "不发生",
     "“不发生……的发生”语义重复，删去后一个“的发生”", "", "warning"),
    # round 35 (older leftovers): 罄竹难书 of good deeds (it counts crimes), 始作俑者 praised, 按照…为准 (按照… and
    # 以…为准 run together), 在…其间 (a period is 期间), 侦察 of a criminal case (侦查), 不服…申述 (an appeal is 申诉)
    # round 35 (fresh73): 近三成以上 (近 and 以上 contradict), 引导家长提高…理念 (a 理念 is 树立ed), 做了…专题发言 (作 for a
    # report or speech: 作报告, 作发言), 除颤器3部 (a device is counted with 台), 40座中小学 (a school is counted with 所)
    (re.compile(r"近(?:[一二三四五六七八九十两半\d]+(?:\.\d+)?(?:成|倍|个|年|万|千|百|[%％])?)(?P<at>以上)"), "以上",
     "语义矛盾：“近”表示接近而不到，与“以上”并用，宜删去“以上”", "", "warning"),
    (re.compile(r"(?:提高|提升|加强|增强)(?:(?!树立|确立|践行|，|。|；|\n).){0,20}?理念(?![\u4e00-\u9fff])"), "理念",
     "“理念”一般与“树立”“践行”搭配，不说“提高（加强）……理念”", "树立", "warning"),
    (re.compile(r"(?P<fix>做)(?<![叫称当看]做)(?!好|实|细|到|出|强|大|优|深|足|成|起)了?[\u4e00-\u9fff]{0,12}?(?:专题发言|重要讲话|讲话|发言|工作报告|报告|说明|指示|批示)(?=[，。；、\n])"), "做",
     "“作报告”“作发言”“作讲话”“作说明”：抽象的动作用“作”", "作", "warning"),
    (re.compile(r"(?:除颤器|AED[）)]?|监护仪|呼吸机|心电图机|B超机|彩超机|血压计)(?:共)?\d+(?P<fix>部)"), "部",
     "医疗设备的量词用“台”", "台", "warning"),
    (re.compile(r"(?:脱水机|压滤机|鼓风机|水泵|风机|发电机|空压机|除尘器|锅炉|变压器)(?:共)?\d+(?P<fix>座|部|辆)"), ("脱水机", "压滤机", "鼓风机", "水泵", "风机", "发电机", "空压机", "除尘器", "锅炉", "变压器"),
     "机器设备的量词用“台”", "台", "warning"),
    (re.compile(r"(?P<fix>取得)了?(?=(?:积极|重要|明显|良好|显著|关键|很好的|较好的)?作用)"), "作用",
     "“作用”一般与“发挥”搭配，不说“取得……作用”", "发挥", "warning"),
    (re.compile(r"(?P<fix>座)(?<=[\d一两三四五六七八九十]座)(?=(?:中小学|学校|小学|中学|幼儿园|高中|初中|医院|卫生院|高校|技师学院|技工学校|职业学校|学院|大学))"), "座",
     "学校、医院的量词用“所”", "所", "warning"),
    # round 35 (fresh74): 稳定的保持 (地 before a verb), 供电煤耗288.6千克 (coal per kWh is in grams), 风电场3台 (a plant is
    # counted with 座), 趋之若鹜 of a good cause (it is said of a rush for something bad), 既 without 又 or 也 (即 meant)
    (re.compile(r"(?P<fix>的)(?:(?<=稳定的|平稳的|足额的|按时的|如期的|持续的|及时的|全额的)|(?<=按时足额的))(?=(?:保持|缴付|缴纳|拨付|支付|发放|兑现|偿还)(?!的))"),
     ("保持", "缴付", "缴纳", "拨付", "支付", "发放", "兑现", "偿还"),
     "修饰动词的状语后应使用“地”（如“稳定地保持”“按时足额地缴付”）", "地", "warning"),
    (re.compile(r"煤耗[^，。；\n]{0,12}?[1-9]\d{2}(?:\.\d+)?(?P<fix>千克)(?=标准煤/千瓦时|标煤/千瓦时)"), "煤耗",
     "供电（发电）煤耗以“克标准煤/千瓦时”计（数值约为三百），不是“千克”", "克", "warning"),
    (re.compile(r"(?:风电场|光伏电站|电站|变电站|升压站|水电站|储能电站|充电站|换电站|闸坝|水闸|拦河闸|水库|塘坝)(?:共)?\d+(?P<fix>台|辆|部|家)(?!机组)"), ("站", "风电场", "闸", "坝", "水库"),
     "电站、风电场的量词用“座”（机组、设备用“台”）", "座", "warning"),
    (re.compile(r"趋之若鹜(?=地?(?:参与|参加|加入|投身|申报|报名|创建|投入|落户|签约|响应))|(?:推动|引导|吸引|鼓励|带动)[^，。；！？\n]{0,10}?(?P<at>趋之若鹜)"),
     "趋之若鹜", "“趋之若鹜”比喻许多人争着去追逐（不好的事物），含贬义，宜作“踊跃”“争相”", "踊跃", "warning"),
    (re.compile(r"(?P<at>既)(?<!不既)(?:作为|是|为)(?:(?!又|也|还|且|更|同时|并|。|；|\n).){2,30}?[。；]"), "既",
     "“既”须与“又”“也”等呼应；此处表示“就是”，应为“即”", "即", "warning"),
    # round 35 (fresh71): 做出部署 (作出 a decision, a plan or instructions), 作品美轮美奂 (said of buildings), 关键在于能否
    # (one side after a question of two: 能否…关键在于…)
    (re.compile(r"(?P<fix>做)出(?=(?:“[^”]{1,16}”)?[\u4e00-\u9fff]{0,8}?(?:部署|决策)(?![\u4e00-\u9fff])|决定(?!性)|批示|重要指示|指示|判决|裁定|处理决定|处分决定|处罚决定)"), "做出",
     "“作出”用于决定、部署、批示等抽象事物（“做出”多用于具体的成品、成绩）", "作", "warning"),
    (re.compile(r"(?:作品|展品|工艺品|手工艺品|表演|节目|画面|绣品|书画)[^，。；！？\n]{0,6}?(?P<at>美轮美奂)"), "美轮美奂",
     "“美轮美奂”形容建筑物高大华美，不形容作品、表演，宜作“精美绝伦”", "精美绝伦", "warning"),
    (re.compile(r"关键(?:就|还)?在于(?P<at>能否|是否)"), "关键",
     "两面对一面：“能否（是否）”含正反两面，“关键在于”只对应一面，宜删去“能否”", "", "warning"),
    # round 35 (fresh72): 即抓新建，又抓 (既…又), 验收合格后既可 (即可), 灌排渠道23座 (a channel is counted with 条),
    # 建设的又好又快 (得 before a complement)
    (re.compile(r"(?P<at>即)(?=[\u4e00-\u9fff]{1,12}[，,]\s*又)"), "即",
     "关联词搭配不当：“既……又……”，此处应为“既”", "既", "warning"),
    (re.compile(r"(?P<at>既)可(?:(?!也|又|还|，|,|。|；|\n).){1,20}?[。；]"), "既可",
     "“既”须与“也”“又”呼应；此处表示“就可以”，应为“即”", "即", "warning"),
    (re.compile(r"(?:渠道|沟渠|渠系|管道|管网|道路|公路|便道|堤防|背街小巷|小巷|街巷|巷道|街道)(?:共)?\d+(?P<fix>座|个)(?![\u4e00-\u9fff]*(?:闸|站|桥|涵))"), "座",
     "渠道、道路、管道的量词用“条”", "条", "warning"),
    (re.compile(r"(?:建设|发展|推进|落实|完成)(?P<fix>的)(?=又好又快|又快又好)"), "又好又快",
     "动词后接表示程度、结果的补语，应使用“得”（“建设得又好又快”）", "得", "warning"),
    # round 35 (fresh69, fresh70): 景区几乎万人空巷 (it means everyone out in the streets to see: crowded), 1名品牌首店 (a shop is
    # counted with 家), 开展…专题会议 (a meeting is 召开ed), 调动…作用 (a role is 发挥ed), 一把报警器 (个 or 台)
    (re.compile(r"(?:稀少|冷清|寥寥|萧条|人迹罕至|门可罗雀|空空荡荡)[^。；！？\n]{0,8}?(?P<at>万人空巷)|万人空巷(?=[^。；！？\n]{0,8}?(?:稀少|冷清|寥寥|萧条|有待))"), "万人空巷",
     "“万人空巷”指人们都从家里出来（观看、庆祝），形容轰动热闹，不表示冷清，宜作“门可罗雀”“冷冷清清”", "门可罗雀", "warning"),
    (re.compile(r"[\d一两三四五六七八九十](?P<fix>名|位)(?=[\u4e00-\u9fff]{0,4}?(?:首店|门店|旗舰店|品牌店|体验店|专卖店))"), "店",
     "商店、门店的量词用“家”", "家", "warning"),
    (re.compile(r"(?P<fix>开展)(?=[\u4e00-\u9fff]{0,6}?(?:专题会议|座谈会|联席会议|工作会议|调度会|推进会|协调会)(?:[，。；、\n]|$))"), "开展",
     "“会议”一般与“召开”“举行”搭配，不说“开展……会议”", "召开", "warning"),
    (re.compile(r"(?P<fix>调动)(?:(?!积极性|主动性|创造性|力量|资源|，|。|；|\n).){1,16}?(?<!积极)作用(?![\u4e00-\u9fff])"), "作用",
     "“作用”一般与“发挥”搭配（“调动”接积极性、力量）", "发挥", "warning"),
    (re.compile(r"(?P<fix>把)(?<=[一两三四五六七八九十\d]把)(?=[\u4e00-\u9fff]{0,4}?(?:报警器|探测器))"), ("报警器", "探测器"),
     "报警器、探测器的量词用“个”或“台”", "个", "warning"),
    # round 35 (fresh75): 一只…队伍 (支), 关心关爱无所不至 (无微不至: 无所不至 is of wrongdoing), 改善…传播力 (提升),
    # ，既…（no 又） (即 names what it is), 提高…结构 (优化), 召开一项…会议 (次), 增强…引导 (加强), 不但在全国…而且在全省 (a wider
    # field first: 递进 goes from narrow to wide)
    (re.compile(r"(?P<fix>只)(?<=[一两三四五六七八九十\d]只)(?=[^，。；！？\n]{0,20}?(?:队伍|服务队|突击队|分队|小分队|志愿队))"), "队",
     "队伍的量词用“支”", "支", "warning"),
    (re.compile(r"(?:关心|关怀|关爱|照顾|呵护|帮助)[^。；！？\n]{0,12}?(?P<at>无所不至)"), "无所不至",
     "“无所不至”指没有达不到的地方（多指坏事做尽），形容关怀细致应作“无微不至”", "无微不至", "warning"),
    (re.compile(r"(?P<fix>改善)(?:(?!提升|提高|增强|，|。|；|\n).){0,12}?(?:传播力|引导力|影响力|公信力|竞争力|凝聚力)"),
     ("传播力", "引导力", "影响力", "公信力", "竞争力", "凝聚力"),
     "“传播力、影响力”一般与“提升”“增强”搭配，不说“改善”", "提升", "warning"),
    (re.compile(r"(?P<at>既)(?<=[，,（(]既)(?!有|是|要|能|可|然|往|定|得|成|如此|不)(?=[\u4e00-\u9fff“]{2})(?:(?!又|也|还|且|更|同时|并|。|；|\n).){2,40}?[。；）)]"), "既",
     "“既”须与“又”“也”等呼应；此处引出解释，应为“即”", "即", "warning"),
    (re.compile(r"(?P<fix>提高|提升)(?:(?!优化|调整|，|。|；|\n).){0,12}?结构(?![\u4e00-\u9fff])"), "结构",
     "“结构”一般与“优化”“调整”搭配，不说“提高……结构”", "优化", "warning"),
    (re.compile(r"召开[一两三四五六七八九十\d]{1,2}(?P<fix>项)(?=[“\u4e00-\u9fff”]{0,14}?会议?)"), "召开",
     "会议的量词用“次”", "次", "warning"),
    (re.compile(r"(?P<fix>增强)(?:(?!加强|，|。|；|\n).){0,16}?(?:引导|引领)(?!力|员|者|作用|性)"), ("引导", "引领"),
     "“引导”“引领”一般与“加强”搭配（“增强”接意识、能力、实效）", "加强", "warning"),
    (re.compile(r"(?:不但|不仅)在?(?:全国|国内|国际上?)[^。；！？\n]{2,30}?(?:而且|还|也)在?(?P<at>全省|全市|省内|市内|本地)"), "不但",
     "递进关系颠倒：由小到大（先全省、后全国），宜作“不但在全省……，而且在全国……”", None, "warning"),
    (re.compile(r"(?P<fix>象)(?<=[，,：:]象)(?!征|棋|牙|形|素|声|山|鼻|群|限)(?=[\u4e00-\u9fff]{2,12}、)"), "象",
     "举例、比方用“像”（像学习记录照抄照搬、会议记录…）；“象”指形象、现象、大象", "像", "warning"),
    # round 35 (fresh77): 认识到，能否…，是…的重要保障 (two sides against one), 加大…能力 (提升), 3件生产安全事故 (起)
    (re.compile(r"(?P<at>能否|是否)(?<=[到白出调]，能否|[到白出调]，是否)[^。；！？\n，,]{2,30}?[，,]\s*(?:都|也|就)?(?:是|乃是|将是)[^。；！？\n，,]{0,30}?"
                r"(?:保障|途径|举措|手段|前提|基础|标志|关键)(?=[。；！？\n，,]|$)"), ("能否", "是否"),
     "两面对一面：“能否（是否）”含正反两面，后文只对应一面，宜删去“能否”", "", "warning"),
    (re.compile(r"(?P<fix>加大)(?:(?!力度|投入|，|。|；|\n).){0,12}?能力(?![\u4e00-\u9fff])"), "能力",
     "“能力”一般与“提升”“增强”搭配，不说“加大……能力”（“加大”接力度、投入）", "提升", "warning"),
    (re.compile(r"(?P<fix>件|个)(?<=[\d一两三四五六七八九十][件个])(?=(?:较大|重大|一般|特别重大)?(?:生产安全事故|安全事故|交通事故|事故|火灾|险情)(?!起数|数|率|隐患|风险|防控|预防))"), ("事故", "火灾", "险情"),
     "事故、火灾、险情的量词用“起”", "起", "warning"),
    # round 35 (fresh78): 只有…，就 (只要…就 or 只有…才), 会既…座谈会 (暨 joins two events), 主要用于…为主 (two structures),
    # 如何加强…意识 (增强)
    (re.compile(r"(?P<at>只有)(?<=[。；，,\n]只有)(?=[^。；！？\n，,]{2,30}[，,]\s*就(?!是))"), "只有",
     "关联词搭配不当：“只有……才……”“只要……就……”，此处宜作“只要”", "只要", "warning"),
    (re.compile(r"(?P<fix>既)(?<=[会班训导活动]既)(?=[\u4e00-\u9fff]{2,20}?(?:会|会议|活动|仪式|论坛|培训班))"), "既",
     "连接两项活动（会议）名称用“暨”（“……辅导暨……座谈会”）", "暨", "warning"),
    (re.compile(r"主要用于[^。；！？\n]{2,40}?(?P<at>为主)(?=[，。；])"), "为主",
     "句式杂糅：“主要用于……”与“以……为主”混用，宜删去“为主”", "", "warning"),
    (re.compile(r"(?P<fix>加强)(?:(?!增强|提高|树立|强化|教育|，|。|；|、|\n).){0,10}?意识(?![形到教培宣])"), "意识",
     "“意识”一般与“增强”“提高”搭配，不说“加强……意识”", "增强", "warning"),
    (_Backward("罄竹难书", r"(?:事迹|成绩|功绩|贡献|成就|好人好事|善举|感人故事|作品|佳作|成果)[^。；！？，\n]{0,8}?(?P<at>罄竹难书)", 20),
     "罄竹难书", "“罄竹难书”形容罪行多得写不完，含贬义，不用于好人好事、成绩作品，宜作“不胜枚举”", "不胜枚举", "warning"),
    (re.compile(r"始作俑者(?=[，,]?[^。；！？\n]{0,10}?(?:功不可没|功劳|贡献|值得|赞扬|表扬|肯定|点赞|好评|可敬|可贵))"
                r"|(?:可以说是|堪称|称得上|不愧是|可谓|当之无愧的)[^。；！？\n]{0,30}?(?P<at>始作俑者)"), "始作俑者",
     "“始作俑者”指首开恶劣先例的人，含贬义，不表示“开创者”“引领者”", "开创者", "warning"),
    (re.compile(r"(?:按照|依照|根据)(?P<fix>)[^，,。；！？\n以]{1,20}?为(?:准|依据|标准|遵循)"), "为",
     "句式杂糅：“按照……”与“以……为准”混用，宜作“以……为准”", "", "warning"),
    (_Backward("其间", r"在[\u4e00-\u9fff]{1,5}[^\W\d_在这那此其](?P<at>其间)", 10), "其间",
     "“在……其间”指某段时间之内，应作“期间”（“其间”指那段时间、那中间，前面不带时段）", "期间", "warning"),
    (re.compile(r"侦察(?=此案|该案|本案|案件|终结|犯罪|刑事)|(?:立案|刑事|公安机关依法|依法立案)(?P<at>侦察)"
                r"|(?:专案组|犯罪团伙|涉案|犯罪嫌疑人)[^。；！？\n]{0,16}?(?P<at2>侦察)"), "侦察",
     "刑事案件的调查取证是“侦查”；“侦察”指军事上探察敌情", "侦查", "warning"),
    (re.compile(r"(?:不服[^。；！？\n]{0,16}?|依法)(?P<at>申述)(?!理由|意见|观点|自己)"), "申述",
     "不服裁判、决定请求复查处理是“申诉”；“申述”指详细说明理由", "申诉", "warning"),
    (re.compile(r"不以为然(?=[，,][^。；！？\n]{0,12}?(?:质量不高|不到位|敷衍|应付|拖延|放松|疏忽|导致|酿成|造成|小事拖大|积小成大))"), "不以为然",
     "“不以为然”指不认为是对的（不同意），不表示“不放在心上”，宜作“不以为意”", "不以为意", "warning"),
]


# patterns that start from a literal and look behind for the rest of their first word (强(?<=增强|加强)…: a
# pattern that starts with an alternation or a lookbehind is tried at every position): the finding starts
# that many characters before the match
_LEFT = {rx: len(rx.pattern.split("(?<=")[1].split("|")[0]) - 1 for rx, *_ in _COLLOC
         if re.match(r"[\u4e00-\u9fff]\(\?<=", getattr(rx, "pattern", ""))}


def _needs() -> tuple:
    """Every literal an entry of _COLLOC needs, once (several entries share one: 水平, 力度, 意识)."""
    out = set()
    for _, need, *_ in _COLLOC:
        if isinstance(need, str):
            out.add(need)
        elif isinstance(need, tuple):
            out.update(need)
    return tuple(out)



_NEEDS = _needs()
_NEEDS_LONG = tuple((n, pair_key(n[:2])) for n in _NEEDS if len(n) >= 2 and max(n[:2]) <= "\uffff")
_NEEDS_SHORT = tuple(n for n in _NEEDS if len(n) < 2 or max(n[:2]) > "\uffff")

_SAYS = ("指出，", "强调，", "认为，", "表示，", "要求，", "提出，")


def collocations(doc, kb):
    text = doc.text
    pairs = doc.pairs  # a literal's first two characters looked up in the document's pairs before the text is scanned
    present = {n for n, k in _NEEDS_LONG if k in pairs and (len(n) == 2 or n in text)}
    present.update(n for n in _NEEDS_SHORT if n in text)
    for rx, need, msg, sugg, sev in _COLLOC:
        if need is not None:
            if isinstance(need, str):
                if need not in present:
                    continue
            elif isinstance(need, tuple):
                if present.isdisjoint(need):
                    continue
            elif not need(text):
                continue
        pos = 0
        while True:
            m = rx.search(text, pos)
            if m is None:
                break
            groups = getattr(rx, "groupindex", ())
            s, e = (m.span("at") if "at" in groups and m.group("at") else
                    m.span("at2") if "at2" in groups and m.group("at2") else m.span())
            pos = e
            if "fix" in groups:  # the whole phrase is marked; the suggestion is the phrase with the word in "fix" replaced
                f0, f1 = m.span("fix")
                yield Finding(s, e, "language", sev, "language.collocation", msg, text[s:f0] + sugg + text[f1:e] if sugg else None)
                continue
            w0 = m.group(0)[0]
            if w0 == "约" and text[s - 1 : s] == "大":
                s -= 1  # 大约
            elif w0 == "过":
                if text[s - 1 : s] not in ("通", "经"):
                    pos = s + 1  # 过 of another word: look again from the next character
                    continue
                s -= 1  # 通过……，使……
            if need == "水平" and m.group(0).startswith("水平") and text[max(0, s - 3) : s] in ("能力和", "能力、", "能力与"):
                continue  # 能力和水平得到增强: 能力 is what is 增强
            if rx is _JINYIBU:
                if text[s - 2 : s] not in _JINYIBU_VERBS:
                    continue
                s -= 2  # the verb before 进一步
            if rx is _LIST_HE:  # back to the start of the first item: 积极性和主动性和创造性
                k = s - 1
                while k > 0 and s - k < 4 and _CJK1.match(text[k - 1]) and text[k - 1] not in "的和与及、":
                    k -= 1
                s = k
            s -= _LEFT.get(rx, 0)
            fsev = sev
            if sev == "info" and (s == 0 or text[s - 1] in "。！？；\n\u3000 " or text.endswith(_SAYS, 0, s)):
                fsev = "warning"  # sentence-initial 通过……，使……: the sentence has no subject (also what 会议指出，… reports)
            if sugg == "提高" and need == "水平" and m.group(0).startswith("加大"):
                # 加大…水平: either 提高…水平 or 加大…力度, the whole phrase is marked and no single fix
                msg2 = "“加大”与“水平”搭配不当，宜作“提高……水平”或“加大……力度”"
                yield Finding(s, e, "language", fsev, "language.collocation", msg2, None)
                continue
            if text.startswith(("加强", "提高", "提升", "加大", "增强", "增加", "改善", "加快", "扩大", "缩短",
                                "发挥", "竖立", "完善", "召开", "满足", "建立"), s) and sugg:
                if e - s > 2 and len(sugg) == 2:  # the verb and its object (提高…力度): the phrase, with the verb replaced
                    yield Finding(s, e, "language", fsev, "language.collocation", msg, sugg + text[s + 2 : e])
                    continue
                e = s + 2
            elif sugg in ("截至", "截止", "有力"):
                e = s + 2
            yield Finding(s, e, "language", fsev, "language.collocation", msg, sugg)


# 首当其冲 is to bear the brunt of a blow: a sentence that names no blow, loss or pressure uses it for 带头 or
# 首要 (优化营商环境，政务服务首当其冲). The patterns of _COLLOC mark the usual misuses whatever the sentence.
_BRUNT_CUES = re.compile(r"遭|受|冲击|影响|灾|洪|涝|汛|台风|暴雨|降雨|降雪|寒潮|干旱|高温|疫|风险|危机|损失|打击|波及|压力|困境|"
                         r"挑战|威胁|高峰|雨雪|冰冻|低温|冰雪|恶劣|极端|不足|偏低|下跌|下滑|萎缩|亏损|裁员|污染|隐患|攻击|事故|险|破坏|批评|问责|矛头|压缩|削减|"
                         r"精简|撤|关|封|停|减|降|砍|裁|缩|淘汰|整治|查处|清理|拆|罚|难|苦|累|首先.{0,4}(?:是|为)|一旦|往往|总是|最先|首先")


def brunt(doc, kb):
    text = doc.text
    at = text.find("首当其冲")
    if at < 0:
        return
    marked = [m.span() for rx, need, *_ in _COLLOC if need == "首当其冲" for m in rx.finditer(text)]
    while at >= 0:
        if any(ms <= at < me or at <= ms < at + 4 for ms, me in marked):
            at = text.find("首当其冲", at + 4)
            continue  # a misuse collocations() names already
        s = after_last(text, "。！？\n", at)
        e = first_of(text, "。！？\n", at, missing=len(text))
        if not _BRUNT_CUES.search(text, s, e):
            yield Finding(at, at + 4, "language", "warning", "language.collocation",
                          "“首当其冲”比喻最先受到攻击或遭遇灾难，句中未见所受冲击，不表示“带头”“首要”，请核对（可作“率先”“首要”）", None)
        at = text.find("首当其冲", at + 4)


RULES = (de_di_de, duplicates, collocations, brunt)
