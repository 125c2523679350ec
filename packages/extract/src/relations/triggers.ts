/** Trigger words of each relation type (general vocabulary of cooperation news). */
export const PAIRING_TRIGGERS = ["对口帮扶", "结对帮扶", "对口支援", "对口协作", "结成", "结对", "携手", "扶贫协作", "东西部协作", "东西协作", "帮扶", "对口"];
export const FUNDING_TRIGGERS = ["捐赠", "捐款", "捐资", "捐助", "资助", "出资", "投入", "拨付", "援助", "支持资金", "投资"];
export const BUILDING_TRIGGERS = ["援建", "捐建", "建设", "打造", "建成", "新建", "兴建", "共建", "规划建设", "建立"];
export const INVESTING_TRIGGERS = ["落户", "投资", "入驻", "引进", "建厂"];
export const AGREEMENT_TRIGGERS = /(?:签订|签署|签约|签下|达成)[^，。；]{0,50}?(?:协议|备忘录|合同|框架|共识|意向)/;
