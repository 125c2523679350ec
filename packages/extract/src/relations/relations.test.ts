import { describe, expect, it } from "vitest";
import { findAmounts } from "./amounts.js";
import { sentenceDate } from "./dates.js";
import { RULES } from "./index.js";
import { relationsOf } from "./test-support/relations-of.js";

const lines = (text: string) => relationsOf(text).map((r) => r.line);

describe("findAmounts", () => {
  it("reads amounts in yuan, with digits or Chinese numerals, and marks approximations", () => {
    const amounts = (text: string) => findAmounts(text).map((a) => [a.yuan, a.approximate]);
    expect(amounts("捐赠600万元")).toEqual([[6000000, false]]);
    expect(amounts("投入2.592亿元，另有2640.93万元")).toEqual([[259200000, false], [26409300, false]]);
    expect(amounts("出资1.10万元")).toEqual([[11000, false]]);
    expect(amounts("捐款捐物共计二十多亿元")).toEqual([[2000000000, true]]);
    expect(amounts("约2000万元")).toEqual([[20000000, true]]);
    expect(amounts("三千万元和一百五十万元")).toEqual([[30000000, false], [1500000, false]]);
    expect(amounts("投资数千万元")).toEqual([]);
    expect(amounts("捐款一万二千元，另捐两千万元")).toEqual([[12000, false], [20000000, false]]);
    // Hong Kong dollars count one for one, as an approximation.
    expect(amounts("捐出100万港元")).toEqual([[1000000, true]]);
  });
});

describe("sentenceDate", () => {
  it("takes the date the sentence states, else the article's", () => {
    expect(sentenceDate("2020年11月20日成功脱贫", "2021-02-07")).toBe("2020-11-20");
    expect(sentenceDate("4月13日，书记一行到县里", "2017-05-01")).toBe("2017-04-13");
    expect(sentenceDate("两地继续合作", "2017-05-01")).toBe("2017-05-01");
  });

  it("takes a year or a month as written, to that precision", () => {
    expect(sentenceDate("2022年，旅顺口区向饶河县投入资金200万元", "2024-01-15")).toBe("2022");
    expect(sentenceDate("2023年5月，两地签订协议", "2024-01-15")).toBe("2023-05");
    expect(sentenceDate("3月，两地签订协议", "2024-06-15")).toBe("2024-03");
    expect(sentenceDate("两地于2023年举办展会，11月5日签约", "2024-01-15")).toBe("2023");
  });

  it("counts 今年, 去年 and 前年 from the article's year, and a later month-day as the year before", () => {
    expect(sentenceDate("去年12月，旅顺口区捐赠100万元", "2024-01-15")).toBe("2023-12");
    expect(sentenceDate("今年投入资金300万元", "2024-01-15")).toBe("2024");
    expect(sentenceDate("前年5月3日签约", "2024-01-15")).toBe("2022-05-03");
    expect(sentenceDate("12月20日，两地签约", "2024-01-15")).toBe("2023-12-20");
    expect(sentenceDate("1月15日，两地签约", "2024-01-15")).toBe("2024-01-15");
    expect(sentenceDate("去年捐赠100万元", null)).toBeNull();
  });

  it("dates no period by one of its ends (2021年以来, 截至2023年底, 2021—2023年)", () => {
    expect(sentenceDate("2021年以来，累计投入1.2亿元", "2024-01-15")).toBe("2024-01-15");
    expect(sentenceDate("截至2023年底，累计投入1.2亿元", "2024-01-15")).toBe("2024-01-15");
    expect(sentenceDate("2021—2023年，投入1.2亿元", "2024-01-15")).toBe("2024-01-15");
    expect(sentenceDate("自2017年起，两地结对", "2024-01-15")).toBe("2024-01-15");
    expect(sentenceDate("今年以来，投入资金300万元", "2024-01-15")).toBe("2024-01-15");
  });
});

describe("relateDocument", () => {
  it("finds pairings, helper first, over a list of helped places", () => {
    expect(lines("2017年起，宝安区开始结对帮扶凌云县、乐业县。")).toEqual(
      expect.arrayContaining(["pairs_with 宝安区 → 凌云县", "pairs_with 宝安区 → 乐业县"]),
    );
    expect(lines("福田区与巴马瑶族自治县开展扶贫协作以来成效明显。")).toContain("pairs_with 福田区 → 巴马瑶族自治县");
  });

  it("finds funds with the amount, the giver before 向 and the receiver after it", () => {
    const found = relationsOf("座谈会上，宝安区向凌云县捐赠800万元，用于当地帮扶工作。");
    const funds = found.filter((r) => r.line.startsWith("funds"));
    expect(funds.map((r) => r.line)).toEqual(["funds 宝安区 → 凌云县"]);
    expect(funds[0]!.relation.amountYuan).toBe(8000000);
    expect(funds[0]!.relation.evidence[0]!.sentence).toContain("捐赠800万元");
  });

  it("finds positions with their titles, and journalists for their paper", () => {
    const found = relationsOf("本报讯（百色日报记者 黄晓明）宝安区委书记王建军到凌云县调研，凌云县委副书记、县长李志强陪同。凌云县人民政府表示欢迎。");
    const lines = found.map((r) => r.line);
    expect(lines).toEqual(expect.arrayContaining([
      "holds_position 王建军 → 宝安区委",
      "holds_position 李志强 → 凌云县委",
      "holds_position 李志强 → 凌云县人民政府",
      "holds_position 黄晓明 → 百色日报",
      "works_for 黄晓明 → 百色日报",
    ]));
    expect(found.find((r) => r.line === "holds_position 李志强 → 凌云县人民政府")!.relation.title).toBe("县长");
  });

  it("places places in the places the same clause names, by the gazetteer", () => {
    expect(lines("深圳市宝安区与广西百色市凌云县携手。")).toEqual(
      expect.arrayContaining(["located_in 宝安区 → 深圳市", "located_in 凌云县 → 百色市", "located_in 百色市 → 广西壮族自治区"]),
    );
  });

  it("finds builds, investments and agreements", () => {
    const found = lines("宝安区援建了凌云县第一小学。深圳恒达科技有限公司在凌云县投资建设厂房。宝安区人民政府与凌云县人民政府签订合作框架协议。");
    expect(found).toEqual(expect.arrayContaining([
      "builds 宝安区 → 凌云县第一小学",
      "invests_in 深圳恒达科技有限公司 → 凌云县",
      "agreement_with 宝安区人民政府 → 凌云县人民政府",
    ]));
  });

  it("resolves 后者 to the second party and reads amounts put to a use", () => {
    expect(lines("西乡街道与凌云县泗城镇举行结对仪式，西乡街道向后者捐赠帮扶资金120万元。")).toContain("funds 西乡街道 → 泗城镇");
    const found = lines("两地正在建设凌云宝安茶产业园。宝安区今年500万元专项资金中，300万元用于该园区的道路建设。");
    expect(found).toContain("funds 宝安区 → 凌云宝安茶产业园");
  });

  it("does not count the parts of a total, nor take the helped for the giver", () => {
    const total = relationsOf("宝安区与凌云县结对帮扶。宝安区共投入帮扶资金3亿元，其中财政资金2亿元，社会捐款1亿元。");
    expect(total.find((r) => r.line === "funds 宝安区 → 凌云县")!.relation.amountYuan).toBe(300000000);
    expect(lines("广东各界多方面援助广西，捐款捐物共计二十多亿元。")).toContain("funds 广东省 → 广西壮族自治区");
  });

  it("puts the eastern helper first and gives the funds of A与B结对 to A", () => {
    expect(lines("黔粤协作结出硕果。")).toContain("pairs_with 广东省 → 贵州省");
    expect(lines("东莞市虎门镇与赫章县野马川镇结对帮扶，累计投入帮扶资金3200万元。")).toContain("funds 虎门镇 → 野马川镇");
  });

  it("ties 建设一所…小学 to the school the next sentence names, built where 在 says, by both bodies of 区委区政府", () => {
    const found = lines("宝安区委区政府投资数千万元，在凌云县城东建设一所现代化小学。2020年9月，宝凌小学正式开学。");
    expect(found).toEqual(expect.arrayContaining([
      "builds 宝安区委 → 宝凌小学",
      "builds 宝安区人民政府 → 宝凌小学",
      "located_in 宝凌小学 → 凌云县",
    ]));
  });

  it("merges a relation stated twice into one with both pieces of evidence and both amounts", () => {
    const found = relationsOf("宝安区向凌云县捐赠800万元。次年，宝安区再向凌云县捐赠200万元。");
    const funds = found.filter((r) => r.line === "funds 宝安区 → 凌云县");
    expect(funds).toHaveLength(1);
    expect(funds[0]!.relation.evidence).toHaveLength(2);
    expect(funds[0]!.relation.amountYuan).toBe(10000000);
  });

  it("says which rule read each relation and how sure it is; merged, the most confident rule leads", () => {
    const found = relationsOf("宝安区与凌云县结对帮扶。宝安区对口帮扶凌云县。宝安区委书记王建军到凌云县调研。");
    const pairing = found.find((r) => r.line === "pairs_with 宝安区 → 凌云县")!.relation;
    expect(pairing.evidence.map((e) => e.rule)).toEqual(["pairs.conjunction", "pairs.verb-object"]);
    const best = (["pairs.conjunction", "pairs.verb-object"] as const).reduce((a, b) => (RULES[b].confidence > RULES[a].confidence ? b : a));
    expect(pairing).toMatchObject({ rule: best, confidence: RULES[best].confidence });
    for (const { relation } of found) {
      expect(Object.keys(RULES)).toContain(relation.rule);
      expect(relation.confidence).toBeGreaterThan(0);
      expect(relation.confidence).toBeLessThanOrEqual(1);
      expect(relation.confidence).toBe(Math.max(...relation.evidence.map((e) => e.confidence)));
    }
    expect(found.find((r) => r.line === "holds_position 王建军 → 宝安区委")!.relation.rule).toBe("positions.body-title-person");
  });

  it("places a place in the nearest containing place the article names, even in another sentence, and no further", () => {
    const found = lines("广西百色市召开帮扶会议。凌云县泗城镇的干部也来了。会后，凌云县代表发言。");
    expect(found).toEqual(expect.arrayContaining(["located_in 泗城镇 → 凌云县", "located_in 凌云县 → 百色市", "located_in 百色市 → 广西壮族自治区"]));
    expect(found).not.toContain("located_in 泗城镇 → 百色市");
    expect(found).not.toContain("located_in 凌云县 → 广西壮族自治区");
  });

  it("gives one holds_position per body of a chain of titles, the government title at the place when no government is named", () => {
    const found = lines("凌云县委常委、副县长、某某工作组组长黄晓明和其他干部到凌云县的村里。");
    expect(found).toEqual(expect.arrayContaining(["holds_position 黄晓明 → 凌云县委", "holds_position 黄晓明 → 凌云县"]));
    const chain = lines("乐业县委副书记，凌云县副县长、宝安区某某局副局长李志强出席。");
    expect(chain).toEqual(expect.arrayContaining(["holds_position 李志强 → 凌云县"]));
  });

  it("gives funds to the object of the verb of giving, to the place a pronoun stands for, and to the partner containing the others", () => {
    const object = relationsOf("宝安区与凌云县结对帮扶。宝安区红十字会捐助凌云县人民医院医疗设备价值60万元。");
    const gift = object.find((r) => r.line === "funds 宝安区红十字会 → 凌云县人民医院")!.relation;
    expect([gift.amountYuan, gift.rule]).toEqual([600000, "funds.verb-object"]);
    expect(lines("宝安区与凌云县结对帮扶。今年以来，宝安区共投入凌云县东西部协作资金5000万元。")).toContain("funds 宝安区 → 凌云县");
    expect(lines("凌云县召开座谈会。会上，宝安区向我县捐赠图书一批。")).toContain("funds 宝安区 → 凌云县");
    const containing = relationsOf("宝安区对口帮扶百色市，结对帮扶凌云县、乐业县。宝安区累计投入帮扶资金2亿元。").filter((r) => r.line.startsWith("funds"));
    expect(containing.map((r) => [r.line, r.relation.rule])).toEqual([["funds 宝安区 → 百色市", "funds.containing-partner"]]);
  });

  it("pairs two parties joined by a conjunction after an adverb (甲还与乙结对)", () => {
    expect(lines("南海区桂城街道还与美姑县巴普镇结成帮扶对子。")).toContain("pairs_with 桂城街道 → 巴普镇");
    expect(lines("宝安区已经和凌云县结对帮扶。")).toContain("pairs_with 宝安区 → 凌云县");
  });

  it("pairs two parties joined by a conjunction after a time since when (甲自2019年起与乙结对)", () => {
    expect(lines("萧山区侨联自2019年起与绿水镇结对。")).toContain("pairs_with 萧山区侨联 → 绿水镇");
    expect(lines("武进区2018年10月以来同石阡县结对帮扶。")).toContain("pairs_with 武进区 → 石阡县");
  });

  it("gives a proofreader on a line of their own to the medium whose byline opens the article", () => {
    const found = lines("江城晚报讯（记者 黄晓明）宝安区与凌云县结对帮扶。\n校对 陆春燕");
    expect(found).toEqual(expect.arrayContaining([
      "holds_position 陆春燕 → 江城晚报", "works_for 陆春燕 → 江城晚报", "holds_position 黄晓明 → 江城晚报",
    ]));
    // Inside a sentence, a 校对 with no medium is nobody's.
    expect(lines("江城晚报讯（记者 黄晓明）宝安区的校对陆春燕说。").filter((l) => l.includes("陆春燕 →"))).toEqual([]);
  });

  it("holds the post of a cadre sent from one place to another where they were sent, and works for the sender", () => {
    const found = lines("宝安区与凌云县结对帮扶。宝安区派驻凌云县的挂职干部李卫民说。");
    expect(found).toEqual(expect.arrayContaining(["holds_position 李卫民 → 凌云县", "works_for 李卫民 → 宝安区"]));
    expect(lines("宝安区派驻凌云县的医生李卫民说。")).not.toContain("holds_position 李卫民 → 凌云县");
  });

  it("gives a title or a body to every member of a list", () => {
    const found = lines("凌云县人民医院院长黄晓明、副院长李志强，凌云县中学校长王建军参加活动。");
    expect(found).toEqual(expect.arrayContaining([
      "works_for 黄晓明 → 凌云县人民医院",
      "works_for 李志强 → 凌云县人民医院",
      "holds_position 李志强 → 凌云县人民医院",
      "works_for 王建军 → 凌云县中学",
    ]));
    expect(found).not.toContain("works_for 王建军 → 凌云县人民医院");
  });

  it("ties the journalists of a byline to its media, two media joined by a dot included", () => {
    const found = lines("百色日报讯（全媒体记者 黄晓明 通讯员 李志强）宝安区与凌云县举行座谈。");
    expect(found).toEqual(expect.arrayContaining([
      "holds_position 黄晓明 → 百色日报", "works_for 黄晓明 → 百色日报", "holds_position 李志强 → 百色日报", "works_for 李志强 → 百色日报",
    ]));
  });

  it("reads pairings written as 甲—乙, 由甲负责, delegations visiting, and pairing agreements", () => {
    expect(lines("宝安区—凌云县扶贫协作工作座谈会召开。")).toContain("pairs_with 宝安区 → 凌云县");
    expect(lines("凌云县由宝安区负责对口帮扶。")).toContain("pairs_with 宝安区 → 凌云县");
    expect(lines("宝安区党政代表团赴凌云县、乐业县开展对口帮扶工作。")).toEqual(expect.arrayContaining(["pairs_with 宝安区 → 凌云县", "pairs_with 宝安区 → 乐业县"]));
    expect(lines("凌云县党政代表团赴宝安区开展对口帮扶考察。")).not.toContain("pairs_with 宝安区 → 凌云县");
    // A county's own officials visiting one of its villages: no pairing, even in a sentence about a pairing's work team.
    expect(lines("抚远市乡村振兴局副局长刘青说，旅顺口区东西部协作工作队队长、抚远市委常委、副市长王强多次到浓桥镇调研。").filter((l) => l.startsWith("pairs_with"))).toEqual([]);
    expect(lines("旅顺口区委常委王强带队到抚远市浓桥镇开展东西部协作调研。")).toContain("pairs_with 旅顺口区委 → 浓桥镇");
    const signed = lines("西乡街道同泗城镇、福永街道同加尤镇签下了结对协议。");
    expect(signed).toEqual(expect.arrayContaining([
      "agreement_with 西乡街道 → 泗城镇", "agreement_with 福永街道 → 加尤镇", "pairs_with 西乡街道 → 泗城镇", "pairs_with 福永街道 → 加尤镇",
    ]));
  });

  it("funds every receiver of a list with the stated amount, the giver of a second clause, and gifts without an amount", () => {
    const found = relationsOf("宝安区向凌云县、乐业县各捐赠帮扶资金50万元，向田林县捐赠20万元。");
    const funds = found.filter((r) => r.line.startsWith("funds"));
    expect(funds.map((r) => r.line).sort()).toEqual(["funds 宝安区 → 乐业县", "funds 宝安区 → 凌云县", "funds 宝安区 → 田林县"]);
    expect(funds.find((r) => r.line === "funds 宝安区 → 乐业县")!.relation.amountYuan).toBe(500000);
    expect(funds.find((r) => r.line === "funds 宝安区 → 田林县")!.relation.amountYuan).toBe(200000);
    expect(lines("宝安区人民政府出资，为凌云县贫困户开展技能培训。")).toContain("funds 宝安区人民政府 → 凌云县");
    // The subject of 接受 receives: the gift goes from the giver of the relative clause to it, never the other way.
    expect(lines("凌云县接受盐田区捐赠的物资。")).not.toContain("funds 凌云县 → 盐田区");
  });

  it("pairs joint helpers, a helped place after 对, a list made partners, and the two regions of a trigger's clause", () => {
    expect(lines("确定由杭州市和湖州市结对帮扶阿坝藏族羌族自治州。")).toEqual(expect.arrayContaining([
      "pairs_with 杭州市 → 阿坝藏族羌族自治州", "pairs_with 湖州市 → 阿坝藏族羌族自治州",
    ]));
    expect(lines("确定由杭州市和湖州市结对帮扶阿坝藏族羌族自治州。")).not.toContain("pairs_with 杭州市 → 湖州市");
    expect(lines("萧山区对松潘县的帮扶力度不断加大。")).toContain("pairs_with 萧山区 → 松潘县");
    expect(lines("萧山区瓜沥镇今年又把松潘县川主寺镇林坡村、山巴村等2个村新增为结对对象。")).toEqual(expect.arrayContaining([
      "pairs_with 瓜沥镇 → 林坡村", "pairs_with 瓜沥镇 → 山巴村",
    ]));
    expect(lines("松潘县是萧山区对口支援的县。")).toContain("pairs_with 萧山区 → 松潘县");
    // Two eastern places in one clause are no pair of helper and helped.
    expect(lines("萧山区是滨江区对口支援的重点。").filter((l) => l.startsWith("pairs_with"))).toEqual([]);
    expect(lines("萧山区第一人民医院与松潘县人民医院签订帮扶协议。")).toContain("pairs_with 萧山区第一人民医院 → 松潘县人民医院");
  });

  it("pairs the party before 与 with every member of the list after it (甲区与乙县、丙县结对)", () => {
    expect(lines("萧山区与松潘县、黑水县结对。")).toEqual(expect.arrayContaining(["pairs_with 萧山区 → 松潘县", "pairs_with 萧山区 → 黑水县"]));
    // 和 may join two helpers: 甲和乙、丙结对 is left to the other rules.
    expect(lines("萧山区和松潘县、黑水县结对。")).not.toContain("pairs_with 萧山区 → 黑水县");
    // 分别 pairs helpers and helped one by one: no helper pairs with the whole list.
    expect(lines("萧山区、滨江区分别与松潘县、黑水县结对。")).not.toContain("pairs_with 滨江区 → 松潘县");
    // One helper and a list of helped ones that 分别 pair with it (each member the innermost place of its chain).
    expect(lines("惠阳区镇隆镇与蒙山县西河镇、陈塘镇分别结对。")).toEqual(expect.arrayContaining(["pairs_with 镇隆镇 → 西河镇", "pairs_with 镇隆镇 → 陈塘镇"]));
  });

  it("reads 在甲区对口帮扶下 without 的, and an agreement named for 东西部协作 as a pairing", () => {
    expect(lines("在萧山区对口帮扶下，松潘县脱贫摘帽。")).toContain("pairs_with 萧山区 → 松潘县");
    expect(lines("萧山区与松潘县签订东西部协作协议。")).toEqual(expect.arrayContaining(["agreement_with 萧山区 → 松潘县", "pairs_with 萧山区 → 松潘县"]));
  });

  it("reads the builder of a relative clause (甲区出资…援建的乙小学, 由甲区投资建设的乙产业园)", () => {
    expect(lines("在萧山区出资500万元援建的松潘县川主寺镇中心小学，学生们正在上课。")).toEqual(expect.arrayContaining([
      "builds 萧山区 → 川主寺镇中心小学", "funds 萧山区 → 川主寺镇中心小学",
    ]));
    expect(lines("由萧山区投资建设的松潘县高原农业产业园已经投产。")).toContain("builds 萧山区 → 松潘县高原农业产业园");
    expect(lines("萧山区向松潘县中学援建的操场捐赠了器材。").filter((l) => l.startsWith("builds"))).toEqual([]);
  });

  it("funds the subject of 争取到/到位 from the giver named after the verb, else from its helpers", () => {
    const text = "萧山区与松潘县结对帮扶。松潘县共争取到萧山区帮扶资金3000万元。松潘县今年到位东西部协作资金8000万元。";
    const funds = relationsOf(text).filter((r) => r.line.startsWith("funds"));
    expect(funds.map((r) => r.line)).toEqual(["funds 萧山区 → 松潘县"]);
    expect(funds[0]!.relation.evidence.map((e) => e.rule).sort()).toEqual(["funds.received-from", "funds.received-from-partner"]);
  });

  it("funds from every giver of a list, from the innermost place of a chain, and from a noun of aid money", () => {
    expect(lines("萧山区、滨江区分别向松潘县捐赠100万元。")).toEqual(expect.arrayContaining(["funds 萧山区 → 松潘县", "funds 滨江区 → 松潘县"]));
    const chain = lines("瓜沥镇新港村向川主寺镇林坡村捐赠了10万元。").filter((l) => l.startsWith("funds"));
    expect(chain).toEqual(["funds 新港村 → 林坡村"]);
    expect(lines("萧山区与松潘县结对帮扶。萧山区对口松潘县财政援建资金达1.2亿元。")).toContain("funds 萧山区 → 松潘县");
    expect(lines("萧山区安排对口支援资金2000万元支持松潘县建设产业园。")).toContain("funds 萧山区 → 松潘县");
  });

  it("reads two titles of one body joined by 兼", () => {
    expect(lines("萧山区扶贫协会副会长兼秘书长赵红说。")).toEqual(expect.arrayContaining(["holds_position 赵红 → 萧山区扶贫协会"]));
    const titles = relationsOf("萧山区扶贫协会副会长兼秘书长赵红说。").find((r) => r.line === "holds_position 赵红 → 萧山区扶贫协会")!.relation;
    expect(titles.title).toBeDefined();
  });

  it("reads a title written after the name, and an organ between a company and a title", () => {
    expect(lines("凌云县中学王建军校长致辞。")).toEqual(expect.arrayContaining(["holds_position 王建军 → 凌云县中学", "works_for 王建军 → 凌云县中学"]));
    expect(lines("深圳恒达科技有限公司董事会董事长李志强出席。")).toEqual(expect.arrayContaining([
      "holds_position 李志强 → 深圳恒达科技有限公司", "works_for 李志强 → 深圳恒达科技有限公司",
    ]));
  });

  it("reads the many ways a transfer of money is written: verbs of allocating, money named after the amount, 元 left out", () => {
    const funds = (text: string) => relationsOf(text).filter((r) => r.line.startsWith("funds")).map((r) => [r.line, r.relation.amountYuan]);
    expect(funds("海珠区向荔波县提供300万元帮扶资金。")).toEqual([["funds 海珠区 → 荔波县", 3000000]]);
    expect(funds("海珠区为荔波县安排1200万元东西部协作资金。")).toEqual([["funds 海珠区 → 荔波县", 12000000]]);
    expect(funds("海珠区今年落实荔波县财政援助资金1.2亿元。")).toEqual([["funds 海珠区 → 荔波县", 120000000]]);
    expect(funds("海珠区累计支持荔波县资金3.5亿元。")).toEqual([["funds 海珠区 → 荔波县", 350000000]]);
    expect(funds("海珠区统筹资金2000万元，重点支持荔波县易地搬迁安置点建设。")).toEqual([["funds 海珠区 → 荔波县", 20000000]]);
    expect(funds("海珠区拿出1000万元，用于荔波县产业发展。")).toEqual([["funds 海珠区 → 荔波县", 10000000]]);
    expect(funds("海珠区投入帮扶资金300万，用于荔波县道路建设。")).toEqual([["funds 海珠区 → 荔波县", 3000000]]);
    // A count of goods or people is not money, with 元 or without.
    expect(funds("海珠区向荔波县捐赠大米10万斤，带动就业1万人。")).toEqual([["funds 海珠区 → 荔波县", undefined]]);
  });

  it("reads amounts without 元 only after a word of money", () => {
    const amounts = (text: string) => findAmounts(text).map((a) => [a.yuan, a.approximate]);
    expect(amounts("投入资金1.2亿，实施项目30个")).toEqual([[120000000, false]]);
    expect(amounts("头一笔捐资就有1330万左右。")).toEqual([[13300000, true]]);
    expect(amounts("帮扶资金300万元，善款20余万。")).toEqual([[3000000, false], [200000, true]]);
    expect(amounts("销售农产品3万吨，惠及群众12万。")).toEqual([]);
  });

  it("gives what the article's one pairing states without a giver to its helper, but not what a common noun gave", () => {
    const text = "海珠区与荔波县结对帮扶。三年来，累计投入帮扶资金1.2亿元，实施项目80个。";
    const gift = relationsOf(text).find((r) => r.line === "funds 海珠区 → 荔波县")!.relation;
    expect([gift.amountYuan, gift.rule]).toEqual([120000000, "funds.article-pair"]);
    expect(lines("海珠区与荔波县结对帮扶。这些企业实际投入已超过1.7亿元。")).not.toContain("funds 海珠区 → 荔波县");
    // Two pairings: which one gave is not said.
    expect(lines("海珠区与荔波县、独山县结对帮扶。累计投入资金5亿元。").filter((l) => l.startsWith("funds"))).toEqual([]);
  });

  it("reads a part of a total with a giver of its own, and gifts to 该校 or gathered for a place", () => {
    const found = lines("广州市对口帮扶黔南州。五年来，广州市累计投入黔南州财政帮扶资金30亿元，其中海珠区投入荔波县3亿元。");
    expect(found).toEqual(expect.arrayContaining(["funds 广州市 → 黔南布依族苗族自治州", "funds 海珠区 → 荔波县"]));
    expect(lines("海珠区一行来到荔波县第一小学。随后，海珠区向该校捐赠价值5万元的体育器材。")).toContain("funds 海珠区 → 荔波县第一小学");
    expect(lines("海珠区慈善会为荔波县500名贫困学生筹集了过冬衣物。")).toContain("funds 海珠区慈善会 → 荔波县");
    // A place inside a quoted project name does not give.
    expect(lines("海珠区慈善会设立“黔南州助学项目”，为荔波县学生筹集了过冬衣物。").filter((l) => l.startsWith("funds"))).not.toContain("funds 黔南布依族苗族自治州 → 荔波县");
    // Nor does a place that names a campaign.
    const campaign = lines("海珠区慈善会启动2023黔南暖冬行动 为荔波县两所小学募集冬衣。").filter((l) => l.startsWith("funds"));
    expect(campaign).toEqual(["funds 海珠区慈善会 → 荔波县"]);
  });

  it("holds titles whose body is implicit: the body of the person listed before, a pronoun, a note in brackets, 挂职", () => {
    const found = lines("荔波县与海珠区结对。荔波县委书记张明、县长李卫出席；海珠区政协主席刘强，副主席赵勇参加。");
    expect(found).toEqual(expect.arrayContaining([
      "holds_position 张明 → 荔波县委", "holds_position 李卫 → 荔波县", "holds_position 刘强 → 海珠区政协", "holds_position 赵勇 → 海珠区政协",
    ]));
    // A title of another level or body is not inherited.
    expect(lines("荔波县与海珠区结对。荔波县委书记张明、区长李卫出席。")).not.toContain("holds_position 李卫 → 荔波县");
    expect(lines("记者从荔波县人民医院了解到，该院院长韩秋生表示。")).toContain("holds_position 韩秋生 → 荔波县人民医院");
    expect(lines("荔波县召开会议。该县副县长吴军主持。")).toContain("holds_position 吴军 → 荔波县");
    expect(lines("荔波县委常委、副县长（挂职）王建国说。荔波县与海珠区结对。")).toEqual(expect.arrayContaining(["holds_position 王建国 → 荔波县委", "holds_position 王建国 → 荔波县"]));
    const seconded = relationsOf("荔波县挂职副县长王建国表示。").find((r) => r.line === "holds_position 王建国 → 荔波县")!.relation;
    expect(seconded.title).toBe("挂职副县长");
    expect(lines("江西省赣州市市委常委、副市长邵德林说。")).toContain("holds_position 邵德林 → 赣州市");
  });

  it("gives 市委书记乙 another city's 市委 when the article names another holder of the first city's", () => {
    const found = lines("苏州市委书记欧阳致远到铜仁市调研。\n铜仁市、苏州市的干部参加。\n会见中，市委书记钟晓楠、市长李卫民陪同考察。");
    expect(found).toEqual(expect.arrayContaining(["holds_position 钟晓楠 → 铜仁市委", "holds_position 李卫民 → 铜仁市"]));
    expect(found).not.toContain("holds_position 钟晓楠 → 苏州市委");
  });

  it("does not read the total size of projects (总投资额) as money given", () => {
    const text = "海珠区与荔波县结对帮扶。当天开工的是海珠区帮扶的12个项目，总投资额达到15亿元。";
    expect(lines(text).filter((l) => l.startsWith("funds"))).toEqual([]);
    expect(lines("海珠区与荔波县结对帮扶。海珠区今年投资1亿元。")).toContain("funds 海珠区 → 荔波县");
  });

  it("gives a gift the subject received (乙小学收到甲公司捐赠的图书) from the giver of the relative clause to the subject", () => {
    const funds = (text: string) => lines(text).filter((l) => l.startsWith("funds"));
    expect(funds("盐田区与凌云县开展协作。凌云县第一中学收到惠州市海丰源实业有限公司捐赠的电脑100台。")).toEqual([
      "funds 惠州市海丰源实业有限公司 → 凌云县第一中学",
    ]);
    expect(funds("盐田区与凌云县开展协作。凌云县第一中学接受了盐田区慈善会捐赠的图书。")).toEqual(["funds 盐田区慈善会 → 凌云县第一中学"]);
    // A gift the giver made, not one received, keeps its giver first.
    expect(funds("盐田区与凌云县开展协作。盐田区慈善会向凌云县第一中学捐赠图书。")).toEqual(["funds 盐田区慈善会 → 凌云县第一中学"]);
  });

  it("funds the subject of a passive clause (乙校的教学楼由甲会出资援建) and the receiver of money got with someone's support", () => {
    const funds = (text: string) => lines(text).filter((l) => l.startsWith("funds"));
    expect(funds("盐田区与凌云县结对帮扶。凌云县第一中学的新教学楼由盐田区慈善会出资300万元援建。")).toEqual(["funds 盐田区慈善会 → 凌云县第一中学"]);
    expect(funds("盐田区与凌云县结对帮扶。凌云县第一中学新教学楼是盐田区慈善会捐资300万元建设的。")).toEqual(["funds 盐田区慈善会 → 凌云县第一中学"]);
    expect(funds("盐田区与凌云县结对帮扶。在盐田区的支持下，凌云县第一中学获得了300万元的建设资金。")).toEqual(["funds 盐田区 → 凌云县第一中学"]);
    // The giver of a passive clause is the one after 由, never its subject.
    expect(funds("盐田区与凌云县结对帮扶。凌云县第一中学的新教学楼由盐田区慈善会出资300万元援建。")).not.toContain("funds 凌云县第一中学 → 盐田区慈善会");
  });

  it("pairs two province abbreviations before 协作 with the words of the cooperation between them (甲乙东西部协作, 甲乙两地协作)", () => {
    expect(lines("沪陕东西部协作不断走深走实。")).toContain("pairs_with 上海市 → 陕西省");
    expect(lines("沪陕两地协作扎实推进。")).toContain("pairs_with 上海市 → 陕西省");
    expect(lines("沪皖协作持续深化。")).toContain("pairs_with 上海市 → 安徽省");
  });

  it("reads a chain of titles whose later item opens with a verb of holding office (甲局副局长、挂任乙局副局长的张三)", () => {
    const holds = (text: string) => lines(text).filter((l) => l.startsWith("holds_position"));
    expect(holds("盐田区与凌云县结对帮扶。盐田区商务局副局长、挂任凌云县商务局副局长的李红说。")).toEqual(
      expect.arrayContaining(["holds_position 李红 → 盐田区商务局", "holds_position 李红 → 凌云县商务局"]),
    );
    expect(holds("盐田区与凌云县结对帮扶。盐田区商务局副局长、挂任凌云县商务局副局长李红说。")).toEqual(
      expect.arrayContaining(["holds_position 李红 → 盐田区商务局", "holds_position 李红 → 凌云县商务局"]),
    );
  });

  it("keeps 专职 and 驻会 in the title they qualify (民进甲市委会专职副主委张三)", () => {
    const held = relationsOf("民进惠州市委会专职副主委张华到凌云县调研。").find((r) => r.line === "holds_position 张华 → 民进惠州市委会");
    expect(held?.relation.title).toBe("专职副主委");
  });

  it("gives works_for to the workplace a person comes from (来自甲医院的医生张三), and to a firm's staff and a school's teachers", () => {
    const works = (text: string) => lines(text).filter((l) => l.startsWith("works_for"));
    expect(works("来自盐田区人民医院的医生张华在凌云县坐诊。")).toEqual(["works_for 张华 → 盐田区人民医院"]);
    expect(works("惠州市海丰源实业有限公司员工黄明说。")).toEqual(["works_for 黄明 → 惠州市海丰源实业有限公司"]);
    expect(works("盐田区第一实验学校支教老师刘芳来到凌云县。")).toEqual(["works_for 刘芳 → 盐田区第一实验学校"]);
    // A hospital's department between it and the title (甲医院骨科主任, 甲医院内科医生).
    expect(works("盐田区人民医院内科医生李丽为群众义诊。")).toEqual(["works_for 李丽 → 盐田区人民医院"]);
    expect(lines("盐田区人民医院骨科主任张华为患者做手术。")).toContain("holds_position 张华 → 盐田区人民医院");
    // Staff and teachers hold no post.
    expect(lines("惠州市海丰源实业有限公司员工黄明说。").filter((l) => l.startsWith("holds_position"))).toEqual([]);
  });

  it("pairs the actor after 作为乙县的帮扶方， with the one the phrase names", () => {
    expect(lines("作为凌云县的帮扶方，盐田区投入大量资金。")).toContain("pairs_with 盐田区 → 凌云县");
    expect(lines("作为凌云县的对口帮扶地区，盐田区选派干部。")).toContain("pairs_with 盐田区 → 凌云县");
  });

  it("reads 手拉手, 包联 and 对口合作 as words of pairing", () => {
    expect(lines("盐田区与凌云县开展手拉手活动。")).toContain("pairs_with 盐田区 → 凌云县");
    expect(lines("盐田区沙头角街道包联凌云县泗城镇。")).toContain("pairs_with 沙头角街道 → 泗城镇");
  });

  it("places a town the gazetteer does not list in the county written right before it", () => {
    const found = relationsOf("美姑县巴古乡的孩子们收到了冬衣。").find((r) => r.line === "located_in 巴古乡 → 美姑县");
    expect(found?.relation.rule).toBe("locations.town-after-county");
  });

  it("gives money stated without a giver to the helper the sentence before opens with", () => {
    const text = "海珠区对口帮扶荔波县、独山县。海珠区先后向荔波县选派干部30名。财政援助资金累计投入2.4亿元。";
    const gift = relationsOf(text).find((r) => r.line === "funds 海珠区 → 荔波县")?.relation;
    expect([gift?.amountYuan, gift?.rule]).toEqual([240000000, "funds.previous-subject"]);
    // Not across a paragraph, nor when a common noun gave.
    expect(lines("海珠区对口帮扶荔波县、独山县。海珠区先后向荔波县选派干部30名。\n财政援助资金累计投入2.4亿元。").filter((l) => l.startsWith("funds"))).toEqual([]);
  });

  it("takes the worth stated later in the sentence as the amount of a gift in goods", () => {
    const gift = relationsOf("海珠区某服装公司积极响应，为荔波县全部中小学的学生每人捐赠1套校服，合计1.2万套，价值人民币150万元。")
      .find((r) => r.line.startsWith("funds") && r.line.endsWith("→ 荔波县"))?.relation;
    expect(gift?.amountYuan).toBe(1500000);
  });
  it("pairs the two places of a clause written each inside its city, a helper under whose help a place goes on, and 牵手/结为", () => {
    expect(lines("宝鸡市陈仓区是苏州市吴中区的东西部协作结对区。")).toContain("pairs_with 吴中区 → 陈仓区");
    expect(lines("在苏州市昆山市的帮扶下，铜仁市碧江区实现脱贫摘帽。")).toContain("pairs_with 昆山市 → 碧江区");
    expect(lines("常州市武进区牵手汉中市勉县，共同推进乡村振兴。")).toContain("pairs_with 武进区 → 勉县");
    expect(lines("常州第二中学与勉县第一中学结为友好学校。")).toContain("pairs_with 常州第二中学 → 勉县第一中学");
  });

  it("funds after 助力, to the innermost place of a chain, and from 发放 of a grant to a school's pupils", () => {
    expect(lines("江宁区商会捐款20万元，助力云盖寺镇柳湾村发展产业。")).toContain("funds 江宁区商会 → 柳湾村");
    expect(lines("江宁区慈善协会为镇安中学的200名学生发放助学金10万元。")).toContain("funds 江宁区慈善协会 → 镇安中学");
    expect(lines("江宁区人民医院向镇安县医院捐赠医疗设备一批，价值100万元。")).toContain("funds 江宁区人民医院 → 镇安县医院");
  });
  it("reads a short place name by the level word of its body (文山市委 is the city's, not the 州's), an assistant to the head, and a body in apposition", () => {
    expect(lines("文山市委书记马国华出席。")).toContain("holds_position 马国华 → 文山市委");
    expect(lines("湖里区人民政府区长助理黄志勇介绍。")).toContain("holds_position 黄志勇 → 湖里区人民政府");
    expect(lines("县长钱国平会见了客人。钱国平，宾川县金牛镇党委书记，他说要干实事。")).toContain("holds_position 钱国平 → 金牛镇党委");
  });

  it("ends an organisation's name at a verb of meeting that jieba tags as a noun", () => {
    expect(lines("弥渡县县长马麒麟会见湖里区教育局局长陈红一行。")).toEqual(expect.arrayContaining(["holds_position 马麒麟 → 弥渡县", "holds_position 陈红 → 湖里区教育局"]));
  });
  it("reads the federations of Hong Kong associations (联会) as givers", () => {
    expect(lines("香港大埔社团联会捐出100万港元，资助梅州市平远县的学生。")).toContain("funds 香港大埔社团联会 → 平远县");
  });
  it("makes journalists of the names a byline marks with a role after them (乙/文 丙/图)", () => {
    expect(lines("云岭新闻网2021年9月1日讯（记者 王丽 通讯员 李兰/文 赵文康/图）近日，甲县召开会议。")).toEqual(
      expect.arrayContaining(["holds_position 赵文康 → 云岭新闻网", "works_for 赵文康 → 云岭新闻网", "works_for 李兰 → 云岭新闻网"]),
    );
  });
  it("reads a chain of titles joined to its holder by 的 after 时任 (时任甲县教育局局长的张三)", () => {
    expect(lines("王建国表示，那年开工了。在时任榕江县教育局局长的王建国看来，这一天值得铭记。")).toContain("holds_position 王建国 → 榕江县教育局");
    expect(lines("榕江县教育局的王建国表示欢迎。")).not.toContain("holds_position 王建国 → 榕江县教育局");
  });
  it("pairs two places joined by a dash or 、…两地 when each is written inside its city (甲市乙区—丙市丁县)", () => {
    expect(lines("苏州市吴中区—宝鸡市陈仓区东西部协作取得新进展。")).toContain("pairs_with 吴中区 → 陈仓区");
    expect(lines("苏州市吴中区、宝鸡市陈仓区两地结成协作关系。")).toContain("pairs_with 吴中区 → 陈仓区");
  });
  it("funds the place money is spent in, the receiver after an amount put to a use, and givers named by a post in a body", () => {
    expect(lines("吴兴区在台江县投入帮扶资金3000万元。")).toContain("funds 吴兴区 → 台江县");
    expect(lines("武进区出资200万元在江口县建设扶贫车间。")).toContain("funds 武进区 → 江口县");
    expect(lines("海淀区捐资300万元为巫溪县建设一所学校。")).toContain("funds 海淀区 → 巫溪县");
    expect(lines("武进区扶贫济困协会赞助江口县民族中学30万元。")).toContain("funds 武进区扶贫济困协会 → 江口县民族中学");
    expect(lines("武进区向江口县拨付帮扶资金。")).toContain("funds 武进区 → 江口县");
    expect(lines("巫溪县获海淀区援助资金1000万元。")).toContain("funds 海淀区 → 巫溪县");
    // A person named by a post gives for the body; 个人 makes the gift the person's own.
    const represented = lines("常州市武进区扶贫济困协会会长孙建平一行来到江口县，向江口县民族中学捐赠助学金，价值共计35万元。");
    expect(represented).toContain("funds 武进区扶贫济困协会 → 江口县民族中学");
    expect(represented).not.toContain("funds 孙建平 → 江口县民族中学");
    expect(lines("武进区扶贫济困协会会长孙建平个人捐款5万元，用于江口县民族中学。")).toContain("funds 孙建平 → 江口县民族中学");
    // Every giver of a list gives, with or without an amount.
    expect(lines("武进区归国华侨联合会、武进区妇女联合会向江口县捐赠物资。")).toEqual(
      expect.arrayContaining(["funds 武进区归国华侨联合会 → 江口县", "funds 武进区妇女联合会 → 江口县"]),
    );
    // Money others are brought to invest is no gift.
    expect(lines("武进区为江口县引进投资2亿元。")).not.toContain("funds 武进区 → 江口县");
  });
  it("funds the place the sentence before says was visited when a gift's sentence names no receiver", () => {
    const found = relationsOf("5月10日，武进区工商联一行来到江口县太平镇开展捐赠活动。活动中，常州天虹纺织有限公司捐赠帮扶资金20万元。");
    const gift = found.find((r) => r.line === "funds 常州天虹纺织有限公司 → 太平镇")!.relation;
    expect([gift.amountYuan, gift.rule]).toEqual([200000, "funds.visited-place"]);
    // …not across a paragraph.
    expect(lines("武进区工商联一行来到江口县太平镇。\n常州天虹纺织有限公司捐赠帮扶资金20万元。")).not.toContain("funds 常州天虹纺织有限公司 → 太平镇");
  });
  it("funds a receiver named by its pairing (向结对的乙镇), givers joined by 联合, the giver behind a channel (通过乙会), and the innermost giver of a chain after 收到", () => {
    expect(lines("其中，武进区湖塘镇向结对的太平镇投入资金300万元，用于乡村旅游。")).toContain("funds 湖塘镇 → 太平镇");
    expect(lines("武进区牛塘镇联合常州天虹纺织有限公司向江口县凯德街道捐赠物资，折款12.6万元。")).toEqual(
      expect.arrayContaining(["funds 牛塘镇 → 凯德街道", "funds 常州天虹纺织有限公司 → 凯德街道"]),
    );
    const channel = lines("常州天虹纺织有限公司通过武进区扶贫济困协会向江口县民族中学捐赠30万元。");
    expect(channel).toContain("funds 常州天虹纺织有限公司 → 江口县民族中学");
    expect(channel).not.toContain("funds 武进区扶贫济困协会 → 江口县民族中学");
    const received = lines("江口县太平镇收到武进区湖塘镇捐赠的帮扶资金20万元。").filter((l) => l.startsWith("funds"));
    expect(received).toEqual(["funds 湖塘镇 → 太平镇"]);
  });
  it("pairs every pair of a list (甲与乙、丙与丁分别结对) and a body with a village written inside its town (甲公司与乙县丙镇丁村结对)", () => {
    expect(lines("武进区湖塘镇与江口县太平镇、武进区牛塘镇与江口县凯德街道分别结对。")).toEqual(
      expect.arrayContaining(["pairs_with 湖塘镇 → 太平镇", "pairs_with 牛塘镇 → 凯德街道"]),
    );
    expect(lines("常州天虹纺织有限公司与江口县太平镇云舍村开展村企结对。")).toContain("pairs_with 常州天虹纺织有限公司 → 云舍村");
  });
  it("reads posts written after the name, in brackets or after 担任, and a name a verb jieba fused into one word follows (龙海波签订协议)", () => {
    expect(lines("活动由何志远（江口县委常委、副县长）主持。")).toContain("holds_position 何志远 → 江口县委");
    expect(lines("去年，张卫东担任江口县太平镇云舍村第一书记。")).toContain("holds_position 张卫东 → 云舍村");
    expect(lines("常州天虹纺织有限公司总经理徐明、江口县民族中学校长龙海波签订协议。")).toContain("holds_position 龙海波 → 江口县民族中学");
  });
  it("reads associations of people from one place abroad (同乡会, 联合总会, 狮子会) as givers, and the body of a post held in its board (董事局主席)", () => {
    expect(lines("香港武进同乡会向江口县捐款。")).toContain("funds 香港武进同乡会 → 江口县");
    expect(lines("澳门常州联合总会向江口县捐款。")).toContain("funds 澳门常州联合总会 → 江口县");
    expect(lines("武进区狮子会向江口县捐赠物资。")).toContain("funds 武进区狮子会 → 江口县");
    expect(lines("香港恒丰集团董事局主席黄志明向江口县捐款。")).toContain("funds 香港恒丰集团 → 江口县");
  });
  it("gives works_for after 的 only for workplaces, not associations", () => {
    expect(lines("香港武进同乡会的张明表示。")).not.toContain("works_for 张明 → 香港武进同乡会");
    expect(lines("武进区人民医院的周华表示。")).toContain("works_for 周华 → 武进区人民医院");
  });
  it("reads a chain of posts in apposition after a comma (张三，甲县委常委、副县长，…), not a place of origin", () => {
    expect(lines("武进区与江口县结对。李建国，江口县委常委、副县长，他说要干实事。")).toEqual(
      expect.arrayContaining(["holds_position 李建国 → 江口县委", "holds_position 李建国 → 江口县"]),
    );
    expect(lines("张明，武进区人，说话算数。").filter((l) => l.startsWith("holds_position"))).toEqual([]);
  });
});
