/**
 * Every relation rule, by stable id, with how sure it is. A relation's `rule` names the rule
 * that read it and its `confidence` is the rule's: the lower end of the Wilson interval of its
 * precision one standard deviation wide (tp / (tp + 1) for a rule never seen wrong), rounded
 * down to 0.05 (at least 0.3), from `pnpm eval --details` (relations by rule, which counts the
 * read part only) on the seeds and the dev set's read part, so that a rule seen right only a
 * few times, or wrong now and then, is not trusted much; the held-out
 * part of the dev set checks the values (relations by confidence). A rule not yet seen on
 * either keeps its first estimate, at most 0.75, so it never enters the trusted band unmeasured.
 */
export const RULES = {
  // pairs_with
  "pairs.conjunction": { confidence: 0.9, example: "甲区与乙县结对帮扶: both sides before the trigger" },
  "pairs.verb-object": { confidence: 0.9, example: "甲区对口帮扶乙县、丙县: the helper before, the helped listed after" },
  "pairs.latter-list": { confidence: 0.75, example: "…前者…与后者乙村、丙村结对: 后者's list are the helped" },
  "pairs.marked-pair": { confidence: 0.8, example: "甲市—乙县对口支援, 甲·乙扶贫协作, 甲、乙两地结成协作关系" },
  "pairs.joint-helpers": { confidence: 0.65, example: "由甲市和乙市结对帮扶丙州: both help 丙州" },
  "pairs.made-partners": { confidence: 0.8, example: "甲街道把乙村、丙村新增为结对对象" },
  "pairs.marked-object": { confidence: 0.7, example: "甲区对乙县的帮扶, 甲区对乙县开展帮扶" },
  "pairs.clause-pair": { confidence: 0.85, example: "乙县是甲区对口支援的县: an eastern and a western place in the trigger's clause" },
  "pairs.passive": { confidence: 0.5, example: "乙县由甲市负责对口帮扶" },
  "pairs.under-help": { confidence: 0.75, example: "在甲区的帮扶下，乙县…: the helper before 的帮扶下, the helped after it" },
  "pairs.visit": { confidence: 0.8, example: "甲区党政代表团赴乙县、丙县开展对口帮扶" },
  "pairs.sentence-subject": { confidence: 0.65, example: "甲市坚持…，帮扶乙州: the eastern place the sentence opens with" },
  "pairs.in-name": { confidence: 0.5, example: "甲市对口支援乙县工作组: a body named for a pairing" },
  "pairs.as-helper": { confidence: 0.75, example: "作为乙县的帮扶方，甲区…: the actor after the comma helps the one named in the phrase" },
  "pairs.as-helped": { confidence: 0.75, example: "作为甲区的结对县，乙县…: the actor in the phrase helps the one after the comma" },
  "pairs.pair-list": { confidence: 0.75, example: "甲镇与乙镇、丙镇与丁镇分别结对: every pair of the list" },
  "pairs.respective": { confidence: 0.7, example: "甲镇、乙镇分别与丙镇、丁镇结对: the lists paired in order" },
  "pairs.with-list": { confidence: 0.75, example: "甲区与乙县、丙县结对: the party before 与 pairs with every member of the list" },
  "pairs.abbreviations": { confidence: 0.8, example: "粤桂协作: two province abbreviations before 协作" },
  "pairs.east-west-cooperation": { confidence: 0.6, example: "甲区(east)同乙县(west)深化合作: an eastern and a western place said to cooperate" },
  // funds
  "funds.marked-receiver": { confidence: 0.9, example: "甲区向乙县捐赠100万元" },
  "funds.marked-no-amount": { confidence: 0.8, example: "甲区向乙县捐赠物资, 甲区出资，为乙县…" },
  "funds.verb-object": { confidence: 0.75, example: "甲区援助乙县资金500万元: the object of the verb of giving receives" },
  "funds.latter": { confidence: 0.5, example: "甲镇向后者捐赠: the second party of 甲与乙" },
  "funds.given-to": { confidence: 0.7, example: "捐赠100万元给乙县, 100万元用于乙县" },
  "funds.named-site": { confidence: 0.5, example: "100万元用于该园区: the park named before" },
  "funds.into-site": { confidence: 0.7, example: "投入乙产业园100万元" },
  "funds.spent-in": { confidence: 0.6, example: "甲区在乙县投入资金100万元: the place the money is spent in" },
  "funds.visited-place": { confidence: 0.55, example: "甲会来到乙镇。活动中，丙公司捐赠20万元: the place visited the sentence before" },
  "funds.each-partner": { confidence: 0.75, example: "捐赠给每个结对村: every paired village" },
  "funds.counted-partners": { confidence: 0.6, example: "甲镇与乙镇、丙镇结对。甲镇投入300万元帮助两镇…: as many partners as counted, all of them" },
  "funds.partner-in-sentence": { confidence: 0.55, example: "甲区投入100万元…乙县: the partner the sentence names" },
  "funds.received-from": { confidence: 0.7, example: "乙县争取到甲区帮扶资金300万元: the subject receives" },
  "funds.received-gift": { confidence: 0.75, example: "乙小学收到甲公司捐赠的图书: the giver of the relative clause, the subject receives" },
  "funds.under-support": { confidence: 0.7, example: "在甲区的支持下，乙校获得资金300万元: the supporter gives" },
  "funds.passive-subject": { confidence: 0.7, example: "乙校的教学楼由甲会出资300万元援建: the subject before 由 receives" },
  "funds.received-in-partner": { confidence: 0.55, example: "甲区与乙县结对。乙县丙镇获得协作资金300万元: from the one helper of the county the receiver lies in" },
  "funds.arrived-from-helper": { confidence: 0.6, example: "甲区对口帮扶乙县以来，累计到位资金4.6亿元: the helper of the sentence's pairing gives to the one it helps" },
  "funds.received-from-partner": { confidence: 0.6, example: "乙县今年到位协作资金300万元: from the places that pair with 乙县" },
  "funds.containing-partner": { confidence: 0.7, example: "甲市投入100万元: 甲市 pairs with 乙州 and counties of it, and 乙州 receives" },
  "funds.only-partner": { confidence: 0.85, example: "甲区投入100万元: the one place 甲区 pairs with in the article" },
  "funds.previous-subject": { confidence: 0.55, example: "甲市向乙州选派干部。累计投入资金1亿元: the helper the sentence before opens with" },
  "funds.passive-by": { confidence: 0.7, example: "乙校的教学楼，由甲会出资800万元援建; 150万元由甲会提供: the subject before 由 receives" },
  "funds.scholarship": { confidence: 0.6, example: "甲公司在乙中学设立奖学金, 甲会出资50万元，设立乙小学助学金: the school or place the fund is for" },
  "funds.goods-handed": { confidence: 0.7, example: "甲会向乙校发放助学金, 为乙校带去书包, 为乙校提供设备" },
  "funds.paid-for": { confidence: 0.7, example: "甲会出资修缮乙校校舍, 筹资为乙村…" },
  "funds.only-body-partner": { confidence: 0.6, example: "甲小学与乙小学结对。甲小学捐赠价值5万元的图书: a body's one partner body" },
  "funds.respective": { confidence: 0.7, example: "甲公司、乙协会分别向丙县捐赠20万元、10万元: each giver its own amount" },
  "funds.ceremony-site": { confidence: 0.55, example: "捐赠仪式在乙小学举行。…甲公司捐款20万元: 乙小学 receives" },
  "funds.title-helper": { confidence: 0.55, example: "甲区东西部协作工作总结 … 全年向乙县拨付资金1亿元: the eastern place of the title gives" },
  "funds.part-of-total": { confidence: 0.6, example: "甲区向乙县捐款500万元，其中丙公司捐款300万元: the part goes where the total went" },
  "funds.article-pair": { confidence: 0.6, example: "甲区与乙县结对。…累计投入资金1亿元: no giver named, the article's one pairing" },
  "funds.main-pair": { confidence: 0.55, example: "甲区与乙县结对，甲镇与丙镇结对。…累计投入资金1亿元: no giver named, the article's one pairing of districts and counties" },
  // builds, invests_in
  "builds.verb-object": { confidence: 0.7, example: "甲区援建乙小学" },
  "builds.relative-clause": { confidence: 0.5, example: "甲市出资100万元援建的乙小学" },
  "builds.noun-before": { confidence: 0.65, example: "推进乙产业园建设" },
  "builds.named-next-sentence": { confidence: 0.65, example: "建设一所小学。…乙小学开学" },
  "builds.joint-partners": { confidence: 0.6, example: "甲区与乙县结对。…由两地共同建设的丙产业园: both partners build" },
  "builds.passive": { confidence: 0.6, example: "乙卫生院由甲区援建, 乙中医院是甲区援建的项目: the builders after 由/是" },
  "builds.under-support": { confidence: 0.5, example: "在甲区的帮扶下，乙卫生院建成并投入使用: the supporter builds the site completed" },
  "invests.company-place": { confidence: 0.75, example: "甲公司落户乙县, 甲公司在乙县建设厂房" },
  "invests.brought-in": { confidence: 0.6, example: "乙县引进甲公司投资2亿元建设…: the place that brings the firm in" },
  "invests.company-amount-site": { confidence: 0.7, example: "甲公司计划投资3.5亿元，在乙县丙产业园建设工厂" },
  "invests.firm-pronoun": { confidence: 0.6, example: "甲公司总经理张三表示，企业将在乙产业园投资1.5亿元: the firm named before 企业/公司" },
  // located_in
  "locations.built-at": { confidence: 0.5, example: "在乙县建设丙小学: the site is where it was built" },
  "locations.nearest-named": { confidence: 0.95, example: "甲市乙县: the nearest containing place the article names, in the same sentence" },
  "locations.nearest-named-apart": { confidence: 0.65, example: "甲市…。…乙县: the nearest containing place the article names, in another sentence" },
  "locations.site-of-place": { confidence: 0.65, example: "乙村的丙农家乐" },
  "locations.village-after-town": { confidence: 0.8, example: "乙乡丙屯: a village unknown to the gazetteer after its town" },
  "locations.town-after-county": { confidence: 0.75, example: "甲县乙乡: a town unknown to the gazetteer after its county" },
  "locations.town-in-county-list": { confidence: 0.6, example: "甲县乙乡小学、丙乡小学: a town unknown to the gazetteer, in a list the county opens" },
  "locations.site-name": { confidence: 0.55, example: "乙县丙产业园: the place the site's name opens with" },
  // holds_position, works_for
  "positions.body-title-person": { confidence: 0.95, example: "乙县委书记张三" },
  "positions.short-body-title": { confidence: 0.75, example: "市委书记张三: 市委 read as the article's city's party committee" },
  "positions.title-chain": { confidence: 0.85, example: "乙县委副书记、县长张三: 县长 at 乙县人民政府" },
  "positions.dispatched": { confidence: 0.5, example: "甲区派驻乙县的挂职干部张三: 挂职干部 at 乙县" },
  "positions.sent-to-host": { confidence: 0.7, example: "选派主任医师张三到乙医院挂职副院长: the post at the host the person goes to" },
  "positions.dispatched-copula": { confidence: 0.5, example: "驻村第一书记张三是甲局派驻乙村的干部: 第一书记 at 乙村" },
  "positions.byline-medium": { confidence: 0.9, example: "甲日报讯（记者 张三 通讯员 李四）" },
  "positions.reporter-of-publisher": { confidence: 0.75, example: "（记者 张三）, in an article of the medium" },
  "positions.apposition": { confidence: 0.7, example: "张三，乙镇党委书记，…: a body and title in apposition after the name" },
  "works.apposition": { confidence: 0.7, example: "张三，乙医院院长，…" },
  "positions.title-after": { confidence: 0.65, example: "甲小学张三校长" },
  "works.title-after": { confidence: 0.65, example: "甲小学张三校长" },
  "works.body-title-person": { confidence: 0.65, example: "乙医院院长张三" },
  "works.body-person": { confidence: 0.65, example: "乙医院张三、李四: the workplace right before a list of names" },
  "positions.listed-department": { confidence: 0.7, example: "乙医院骨科医生张三、儿科护士长李四: 护士长 at 乙医院" },
  "works.listed-department": { confidence: 0.65, example: "乙医院骨科医生张三、儿科护士长李四: 李四 works for 乙医院" },
  "works.of-body": { confidence: 0.75, example: "乙医院的张三" },
  "works.from-body": { confidence: 0.7, example: "来自乙医院的医生张三" },
  "works.dispatched": { confidence: 0.5, example: "甲区派驻乙县的张三" },
  "works.copula": { confidence: 0.7, example: "张三是乙医院的医生: the workplace after the copula, a role there after it" },
  "works.seconded-from": { confidence: 0.6, example: "甲区挂职干部、乙县委常委、副县长张三: 张三 works for 甲区, who sent them" },
  "works.dispatched-copula": { confidence: 0.5, example: "张三是甲局派驻乙村的干部: 张三 works for 甲局" },
  "works.of-body-title": { confidence: 0.65, example: "乙医院的主治医师张三: a title after 的" },
  "works.comes-from": { confidence: 0.65, example: "支教老师张三来自甲小学" },
  "works.sent-by": { confidence: 0.6, example: "甲医院选派主任医师张三到乙医院挂职: the workplace that sends" },
  "works.byline-medium": { confidence: 0.9, example: "甲日报讯（记者 张三 通讯员 李四）" },
  "works.reporter-of-publisher": { confidence: 0.75, example: "（记者 张三）, in an article of the medium" },
  "works.dateline-byline": { confidence: 0.75, example: "…电（张三 李四）" },
  // agreement_with
  "agreements.adjacent-places": { confidence: 0.75, example: "甲乙两地签订协议" },
  "agreements.pair-list": { confidence: 0.65, example: "甲镇同乙镇、丙村同丁村签下结对协议" },
  "pairs.agreement": { confidence: 0.5, example: "甲区与乙县签署结对帮扶协议: a pairing agreement pairs its parties" },
  "agreements.with-list": { confidence: 0.75, example: "甲区与乙县、丙县签署协议" },
  "agreements.respective": { confidence: 0.7, example: "甲镇、乙镇分别与丙镇、丁镇签订协议: the lists paired in order" },
  "agreements.both-sides": { confidence: 0.6, example: "甲区与乙县结对。…双方签订了劳务协作协议: the article's one pairing signs" },
  "agreements.main-pair": { confidence: 0.6, example: "甲区与乙县结对，甲镇与丙镇结对。…双方签订了协议: the article's one pairing of districts and counties signs" },
} as const satisfies Record<string, { confidence: number; example: string }>;

/** The id of a relation rule. */
export type RuleId = keyof typeof RULES;

/** How sure a rule is. */
export function confidenceOf(rule: RuleId): number {
  return RULES[rule].confidence;
}
