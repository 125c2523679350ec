/** Trigger words of each relation type (general vocabulary of cooperation news). */
export const PAIRING_TRIGGERS = ["对口帮扶", "结对帮扶", "对口支援", "对口协作", "结成", "结对", "携手", "扶贫协作", "东西部协作", "东西协作", "帮扶", "对口", "牵手", "结为", "结亲"];
export const FUNDING_TRIGGERS = ["捐赠", "捐款", "捐资", "捐助", "捐出", "捐献", "送去", "送来", "资助", "出资", "投入", "拨付", "援助", "支持资金", "投资", "帮扶资金", "协作资金", "援助资金", "资金帮扶", "扶贫资金", "支援资金", "落实", "下达", "筹集", "筹措", "募集", "捐物", "给予", "划拨", "资金支持", "赠送", "送上", "安排", "提供", "拿出", "统筹", "注入", "追加", "整合", "兑现", "奖补", "善款", "经费", "发放", "认捐", "募捐", "捐建", "助学金", "慰问金", "奖学金", "赞助", "下拨", "拨款", "转移支付", "捐送"];
/** Nouns of aid money that state funding without a verb (各类协作资金2亿元, 对口支援资金…). */
export const FUNDING_NOUNS = /(?:帮扶|协作|援助|支援|扶贫|财政|援建|捐赠|捐助|援藏|援疆)[^，,。；]{0,6}?资金|(?:支持|扶持|帮助|补助|奖励)[^，,。；]{1,12}?资金/;
/** Money named right after its amount (300万元帮扶资金, 50万元的专项资金, 20万元善款): the amount is a transfer. */
export const FUNDING_NOUN_AFTER = /^(?:的)?[^，,。；、]{0,8}?(?:资金|善款|捐款|经费|款项|物资|款物|助学金|奖学金|慰问金|救助金)/;
export const BUILDING_TRIGGERS = ["援建", "捐建", "建设", "打造", "建成", "新建", "兴建", "共建", "规划建设", "建立"];
export const INVESTING_TRIGGERS = ["落户", "投资", "入驻", "引进", "建厂"];
export const AGREEMENT_TRIGGERS = /(?:签订|签署|签约|签下|达成)[^，。；]{0,50}?(?:协议|备忘录|合同|框架|共识|意向)/;
