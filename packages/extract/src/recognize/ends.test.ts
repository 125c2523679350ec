import { describe, expect, it } from "vitest";
import { loadGazetteer } from "../gazetteer/index.js";
import { canonicalName } from "../resolve/names.js";
import { segment } from "../segment/index.js";
import { recognize } from "./index.js";

// The ends relations need: streets, parks, firms and sites the recognizers read by their shape.
// Sentences and names are invented; the places are the gazetteer's.
const gazetteer = loadGazetteer();
const all = (text: string) => recognize(text, segment(text), gazetteer).map((c) => `${c.type} ${c.name}${c.nested ? " (nested)" : ""}`);
const found = (text: string) => all(text).filter((f) => !f.endsWith("(nested)"));

describe("recognize: streets named after a road", () => {
  it("reads X路街道 whole, alone or after its district, not the gazetteer's shorter street inside it", () => {
    expect(found("区领导表示，和平西路街道将继续推进帮扶工作。")).toContain("town 和平西路街道");
    expect(all("宜兴市和平西路街道办事处与当地签订协议。")).toEqual(
      expect.arrayContaining(["county 宜兴市 (nested)", "town 和平西路街道 (nested)", "government 宜兴市和平西路街道办事处"]),
    );
    expect(all("宜兴市和平西路街道办事处与当地签订协议。")).not.toContain("town 西路街道 (nested)");
    expect(found("人民东路街道党工委书记张德旺带队调研。")).toEqual(expect.arrayContaining(["government 人民东路街道党工委", "person 张德旺"]));
  });
  it("stops the road's name at a verb, a preposition or punctuation", () => {
    expect(found("工作组到和平北路街道调研。")).toContain("town 和平北路街道");
    expect(found("工作组到和平北路街道调研。")).not.toContain("town 到和平北路街道");
  });
  it("names a street's body without the district before it (甲区和平东路街道办事处 → 和平东路街道办事处)", () => {
    expect(canonicalName("宜兴市和平西路街道办事处", "government", gazetteer)).toBe("和平西路街道办事处");
  });
});

describe("recognize: parks whose name brackets a place or quotes a word", () => {
  it("takes a place in brackets into the park's name (甲（乙县）产业园)", () => {
    expect(found("宜兴市在泰来县建设的宜兴（泰来）农业产业园投产。")).toContain("park 宜兴（泰来）农业产业园");
  });
  it("takes a quoted word after a place when more of the name follows it, not right before the head", () => {
    expect(found("建成泰来县“米袋子”产品配送中心。")).toContain("park 泰来县“米袋子”产品配送中心");
    expect(found("建成万吨以上“米袋子”蔬菜生产基地。").filter((f) => f.startsWith("park"))).toEqual([]);
    expect(found("村里开办“共享”农庄。").filter((f) => f.startsWith("park"))).toEqual([]);
  });
  it("reads no park in a numbered slogan (“三馆一中心”)", () => {
    expect(found("了解泰来县“三馆一中心”建设项目。").filter((f) => f.startsWith("park"))).toEqual([]);
  });
  it("joins two places written with a dash or a dot in a name (甲—乙协作产业园)", () => {
    expect(found("宜兴—泰来东西部协作产业园投产。")).toContain("park 宜兴—泰来东西部协作产业园");
  });
});

describe("recognize: firms, associations and hospitals whose names jieba splits", () => {
  it("keeps a 和 of the brand in a foundation's name, and a remit word before an association's head", () => {
    expect(found("宜兴市和乐慈善基金会捐款。")).toContain("organization 宜兴市和乐慈善基金会");
    expect(found("宜兴市丁蜀镇爱心志愿者协会捐款。")).toContain("organization 宜兴市丁蜀镇爱心志愿者协会");
    expect(found("宜兴市相关协会捐款。").filter((f) => f.startsWith("organization"))).toEqual([]);
  });
  it("keeps a 和 of the brand in a firm's name (甲县和美农业有限公司, 老丰和酿造有限公司)", () => {
    expect(found("泰来县和美农业发展有限公司在当地投资。")).toContain("company 泰来县和美农业发展有限公司");
    expect(found("宜兴同和电器有限公司捐赠物资。")).toContain("company 宜兴同和电器有限公司");
    expect(found("宜兴老恒和酿造有限公司捐赠物资。")).toContain("company 宜兴老恒和酿造有限公司");
  });
  it("reads a holding firm's trade words (投资控股有限公司), a rural commercial bank and a union of cooperatives", () => {
    expect(found("宜兴市国有资产投资控股有限公司捐款。")).toContain("company 宜兴市国有资产投资控股有限公司");
    expect(found("宜兴陶都农村商业银行捐款。")).toContain("company 宜兴陶都农村商业银行");
    expect(found("泰来县供销合作社联合社捐款。")).toContain("company 泰来县供销合作社联合社");
    expect(found("当地农村商业银行捐款。").filter((f) => f.startsWith("company"))).toEqual([]);
  });
  it("still reads 和 between two places as a conjunction", () => {
    expect(found("宜兴市和泰来县农业发展有限公司签约。")).toContain("company 泰来县农业发展有限公司");
  });
  it("starts a name after a verb of going that jieba fused with the word before it (团队到/x)", () => {
    expect(found("宜兴市人民医院专家团队到泰来县人民医院开展义诊。")).toContain("hospital 泰来县人民医院");
  });
});

describe("recognize: towns the gazetteer lacks, opening their school's or clinic's name", () => {
  it("reads 甲乙乡小学 as a school with the town inside it, in a list and after its county", () => {
    const text = "泰来县尔古乡小学、木其乡小学和依洛乡卫生院获得捐赠。";
    expect(all(text)).toEqual(
      expect.arrayContaining(["town 尔古乡 (nested)", "school 木其乡小学", "town 木其乡 (nested)", "hospital 依洛乡卫生院", "town 依洛乡 (nested)"]),
    );
    expect(canonicalName("泰来县尔古乡小学", "school", gazetteer)).toBe("尔古乡小学");
  });
  it("leaves a town the gazetteer knows to the gazetteer, with no words of the sentence before it (用于丁蜀镇中心小学)", () => {
    expect(found("资金用于丁蜀镇中心小学建设。")).not.toContain("school 用于丁蜀镇中心小学");
  });
  it("reads no town in a word that describes one (贫困乡, 民族乡)", () => {
    expect(all("贫困乡小学和民族乡中学获得捐赠。").filter((f) => f.startsWith("town"))).toEqual([]);
  });
});

// Probes written apart from the sentences the rules above were built on (other provinces, other shapes).
describe("recognize: the shapes of ends on fresh text", () => {
  it("reads a park that brackets its place and one that quotes a word after its county", () => {
    expect(found("平湖（和龙）现代农业产业园正式投产。")).toContain("park 平湖（和龙）现代农业产业园");
    expect(found("安吉县“白茶”产品展销中心建成。")).toContain("park 安吉县“白茶”产品展销中心");
    expect(found("推进“一中心四平台”建设。").filter((f) => f.startsWith("park"))).toEqual([]);
  });
  it("keeps 同和 of a brand after a city's short form (湖州同和机械有限公司)", () => {
    expect(found("湖州同和机械有限公司捐赠物资。")).toContain("company 湖州同和机械有限公司");
  });
  it("reads towns the gazetteer lacks from a list of their schools and clinics", () => {
    expect(all("石门县青木乡小学、白岩乡小学和花溪乡卫生院获得捐赠。")).toEqual(
      expect.arrayContaining(["school 石门县青木乡小学", "school 白岩乡小学", "town 白岩乡 (nested)"]),
    );
  });
  it("reads no street from a bare direction after a place (重庆北路街道 is no 北路街道)", () => {
    expect(all("工作组到重庆北路街道调研。")).not.toContain("town 北路街道");
    expect(all("工作组到重庆北路街道调研。")).not.toContain("town 北路街道 (nested)");
  });
});

describe("recognize: no park in a description or a designation", () => {
  it("reads no park where only descriptive words precede the head (研发/j 中心, 新时代文明实践中心)", () => {
    expect(found("双方在校企共建研发中心等方面加强合作。").filter((f) => f.startsWith("park"))).toEqual([]);
    expect(found("建设新时代文明实践中心。").filter((f) => f.startsWith("park"))).toEqual([]);
    expect(found("打造研学实践基地，建设冷链物流中心。").filter((f) => f.startsWith("park"))).toEqual([]);
    expect(found("建设泰来县冷链物流中心。")).toContain("park 泰来县冷链物流中心");
  });
  it("reads no park in a city's national designation (先行示范区)", () => {
    expect(found("支持宜兴建设先行示范区。").filter((f) => f.startsWith("park"))).toEqual([]);
  });
});

describe("recognize: long names of minority people after a title", () => {
  it("takes a name of five or six characters that jieba does not know whole (书记额尔敦巴特尔)", () => {
    expect(found("旗委书记额尔敦巴特尔出席。")).toContain("person 额尔敦巴特尔");
    expect(found("县委书记要求各地做好工作。").filter((f) => f.startsWith("person"))).toEqual([]);
  });
  it("goes on with a list at a Yi family name jieba took for a place (阿苦拉哈、沙马尔日)", () => {
    expect(found("副县长阿苦拉哈、沙马尔日出席。")).toEqual(expect.arrayContaining(["person 阿苦拉哈", "person 沙马尔日"]));
  });
});

describe("recognize: descriptions and minority names on fresh text", () => {
  it("reads no park from 技术研发中心 or a programme, but keeps a district's own centre", () => {
    const text = "两所学校在共建技术研发中心等方面深化合作。全县推进新时代文明实践中心建设。临安区农业科技研发中心揭牌。";
    expect(found(text).filter((f) => f.startsWith("park"))).toEqual(["park 临安区农业科技研发中心"]);
  });
  it("reads a Mongolian name of five characters after a village post (书记额尔德木图)", () => {
    expect(found("嘎查党支部书记额尔德木图介绍情况。")).toContain("person 额尔德木图");
  });
  it("goes on with a list of officers at a Yi family name (吉克阿伍、沙马拉哈)", () => {
    expect(found("副县长吉克阿伍、沙马拉哈出席活动。")).toEqual(expect.arrayContaining(["person 吉克阿伍", "person 沙马拉哈"]));
  });
});

describe("recognize: brands and remits of associations on fresh text", () => {
  it("keeps 和 of a foundation's brand after a city (和乐, 和美)", () => {
    expect(found("温州市和乐慈善基金会捐款。")).toContain("organization 温州市和乐慈善基金会");
    expect(found("衢州市和美公益基金会捐款。")).toContain("organization 衢州市和美公益基金会");
  });
  it("reads a town's volunteer association whole (甲市乙镇爱心志愿者协会)", () => {
    expect(found("瑞安市塘下镇爱心志愿者协会捐款。")).toContain("organization 瑞安市塘下镇爱心志愿者协会");
  });
});

describe("recognize: a city's everyday short form opening a body's name", () => {
  it("reads 河源-like short forms, tagged as common nouns, as the place before a medium's head when the article names the city", () => {
    // 酒泉 (wine spring) is an everyday word to jieba (酒泉/n), and so not among the gazetteer's short forms.
    expect(found("酒泉市与宜兴市协作。酒泉日报记者到场。")).toContain("organization 酒泉日报");
  });
});

describe("recognize: everyday short forms and village posts on fresh text", () => {
  it("reads 大同 (an adverb to jieba) as the city opening its media's names when the article names 大同市", () => {
    const text = "大同市与某市开展协作。大同日报记者到场采访。大同广播电视台进行了报道。";
    expect(found(text)).toEqual(expect.arrayContaining(["organization 大同日报", "organization 大同广播电视台"]));
  });
  it("reads a name after the title of a sumu's deputy head (副苏木达)", () => {
    expect(found("副苏木达萨仁高娃陪同。")).toContain("person 萨仁高娃");
  });
});

describe("recognize: villages after a town the gazetteer lacks", () => {
  it("reads a village of up to four characters, not a verb phrase ending in 村 (推进村)", () => {
    expect(found("泰来县尔古乡阿木瓦西村的村民用上了自来水。")).toContain("village 阿木瓦西村");
    expect(found("泰来县尔古乡全面推进村级建设。").filter((f) => f.startsWith("village"))).toEqual([]);
  });
});

describe("recognize: villages after unlisted towns on fresh text", () => {
  it("reads a four-character village after a town the gazetteer lacks, and no 打造村 or 推进村", () => {
    expect(found("盐源县青松乡阿吉拉达村的村民用上了自来水。")).toContain("village 阿吉拉达村");
    expect(found("盐源县青松乡大力推进村级道路建设。").filter((f) => f.startsWith("village"))).toEqual([]);
    expect(found("盐源县红星乡着力打造村集体经济。").filter((f) => f.startsWith("village"))).toEqual([]);
  });
});

describe("recognize: a body's short form in brackets, and a place's workshop", () => {
  it("makes a same-type name in brackets after a full name its short form, before and after it (甲镇归侨侨眷联合会（甲镇侨联）)", () => {
    const text = "宜兴市丁蜀镇侨联携手乡亲。宜兴市丁蜀镇归侨侨眷联合会（丁蜀镇侨联）主席陈某某说，丁蜀镇侨联将继续捐赠。";
    const orgs = found(text).filter((f) => f.startsWith("organization"));
    expect(new Set(orgs)).toEqual(new Set(["organization 宜兴市丁蜀镇归侨侨眷联合会"]));
    expect(orgs).toHaveLength(4);
  });
  it("reads a town's or village's workshop named only by what it makes as a site (甲镇茶叶加工厂), a branded one as a firm", () => {
    expect(found("丁蜀镇茶叶加工厂去年投产。")).toContain("park 丁蜀镇茶叶加工厂");
    expect(found("丁蜀镇农产品加工车间去年投产。")).toContain("park 丁蜀镇农产品加工车间");
  });
});

describe("recognize: bracketed short forms and place workshops on fresh text", () => {
  it("makes 周巷镇侨联 the short form of the federation it follows in brackets, before and after it", () => {
    const text = "慈溪市周巷镇侨联携手乡亲。慈溪市周巷镇归国华侨联合会（周巷镇侨联）主席王某某说，周巷镇侨联将继续捐赠。";
    expect(new Set(found(text).filter((f) => f.startsWith("organization")))).toEqual(new Set(["organization 慈溪市周巷镇归国华侨联合会"]));
  });
  it("reads a town's tea mill, processing workshop and aid factory as sites, a village's branded one as a firm", () => {
    const text = "梅雨镇茶叶加工厂去年投产。梅雨镇农产品加工车间吸纳就业。梅雨镇扶贫工厂生产手套。金凤服装厂也参与。";
    expect(found(text)).toEqual(
      expect.arrayContaining(["park 梅雨镇茶叶加工厂", "park 梅雨镇农产品加工车间", "park 梅雨镇扶贫工厂", "company 金凤服装厂"]),
    );
  });
});

describe("recognize: new areas the gazetteer lacks", () => {
  it("reads 甲乙新区 after a name-like word as a district, not 城市新区 or 建设新区", () => {
    expect(found("宜兴市与丁山新区结对。丁山新区党工委书记出席。")).toContain("district 丁山新区");
    expect(found("推进城市新区和建设新区的规划。").filter((f) => f.startsWith("district"))).toEqual([]);
  });
});

describe("recognize: new areas on fresh text", () => {
  it("reads 江北新区 and 赣江新区 as districts, and no area in 产业新区, 东部新区, 城北新区 or 南部新区", () => {
    expect(found("江北新区与安顺市结对帮扶。江北新区党工委书记出席。江西赣江新区向贫困村捐款。")).toEqual(
      expect.arrayContaining(["district 江北新区", "district 赣江新区"]),
    );
    const described = "该市打造产业新区，规划建设东部新区和城北新区。南部新区发展迅速。";
    expect(found(described).filter((f) => f.startsWith("district"))).toEqual([]);
  });
});

describe("recognize: more heads of bodies, hospitals and sites", () => {
  it("reads a street office by its short form, a medical group and a consumption outlet", () => {
    expect(found("丁蜀镇街道办与泰来县结对。")).toContain("government 丁蜀镇街道办");
    expect(found("宜兴市人民医院医疗集团派出专家。")).toContain("hospital 宜兴市人民医院医疗集团");
    expect(found("泰来县消费帮扶专馆开业。")).toContain("park 泰来县消费帮扶专馆");
    expect(found("泰来县妇幼保健计划生育服务中心获赠设备。")).toContain("hospital 泰来县妇幼保健计划生育服务中心");
    expect(found("泰来县职业技术教育中心与塔子城镇九年一贯制学校获赠设备。")).toEqual(
      expect.arrayContaining(["school 泰来县职业技术教育中心", "school 塔子城镇九年一贯制学校"]),
    );
  });
});

describe("recognize: heads of offices, hospitals and outlets on fresh text", () => {
  it("reads 街道办, a hospital's medical group, an emergency centre and a county's outlets", () => {
    expect(found("城关街道办与某县结对。")).toContain("government 城关街道办");
    const hospitals = "海宁市人民医院医疗集团派出专家。海宁市急救中心参加义诊。";
    expect(found(hospitals)).toEqual(expect.arrayContaining(["hospital 海宁市人民医院医疗集团", "hospital 海宁市急救中心"]));
    expect(found("盐源县消费帮扶专馆开业。盐源县农特产品直营店同时营业。")).toEqual(
      expect.arrayContaining(["park 盐源县消费帮扶专馆", "park 盐源县农特产品直营店"]),
    );
  });
});

describe("recognize: a province's abbreviated body when the article names only its cities", () => {
  it("reads 省委 as the committee of the one province all the article's places lie in", () => {
    expect(found("省委副书记、齐齐哈尔市委书记王某某到泰来县调研。")).toContain("government 黑龙江省委");
    expect(found("省委副书记王某某到宜兴市和泰来县调研。").filter((f) => f.endsWith("省委"))).toEqual([]);
  });
});

describe("recognize: an unnamed province's body on fresh text", () => {
  it("reads 省委 as the host province's when the title chains on to a body of one of its cities", () => {
    expect(found("省委常委、长治市委书记周建华主持会议。")).toContain("government 山西省委");
  });
  it("reads no province in a visit, where 省委 is as often the visitors' (率团到乙州考察, 赴甲市考察)", () => {
    const visit = "6月5日，省委常委、常务副省长李某某率考察团到延边州考察。在珲春市，考察团参观了边境经济合作区。";
    expect(found(visit).filter((f) => f.endsWith("省委"))).toEqual([]);
    const trip = "本报讯 省委副书记王某某率团赴安顺市考察东西部协作工作，并与安顺市委书记座谈。";
    expect(found(trip).filter((f) => f.endsWith("省委"))).toEqual([]);
  });
});

describe("recognize: people jieba breaks up or a byline writes its own way", () => {
  it("reads a name after an office that jieba broke into words of the sentence (副书记（挂职）蒙/v 小/a 军/n 主持)", () => {
    expect(found("泰来县委副书记（挂职）蒙小军主持会议。")).toContain("person 蒙小军");
    expect(found("县长要求各部门做好工作。").filter((f) => f.startsWith("person"))).toEqual([]);
  });
  it("reads bylines that put the role before a slash or a colon (文/甲 图/乙, 责任编辑：丙)", () => {
    expect(found("文/黄志远 图/韦春兰")).toEqual(["person 黄志远", "person 韦春兰"]);
    expect(found("责任编辑：陆文辉")).toContain("person 陆文辉");
  });
  it("reads a name that leads or helps with no title (在甲的带领下), not a word of another kind (在东西部的帮扶下)", () => {
    expect(found("在蒙小军的带领下，村民脱贫。")).toContain("person 蒙小军");
    expect(found("在东西部的帮扶下，村民脱贫。").filter((f) => f.startsWith("person"))).toEqual([]);
  });
  it("keeps the third character of a name jieba split before 的 (韦小/nrt 芳/nr 的)", () => {
    expect(found("学生韦小芳的父亲韦大明说。")).toContain("person 韦小芳");
  });
});

describe("recognize: split names and bylines on fresh text", () => {
  it("reads a name jieba broke into a verb and words after a post (嘎查达包/v 金山), and none after a bare post", () => {
    expect(found("嘎查达包金山介绍情况。")).toContain("person 包金山");
    for (const text of ["副县长要求各乡镇出席。", "县委书记代表全县人民感谢。", "副县长（挂职）带领干部参加。"]) {
      expect(found(text).filter((f) => f.startsWith("person"))).toEqual([]);
    }
  });
  it("reads a byline with slashes and an editor after a colon", () => {
    expect(found("文/刘晓梅 图/陈海波")).toEqual(["person 刘晓梅", "person 陈海波"]);
    expect(found("责任编辑：周小燕")).toContain("person 周小燕");
  });
});

describe("recognize: media named by a place and a word of the trade, and apps with a plus", () => {
  it("reads 甲县新闻记者, 甲县融媒记者, 甲市发布消息 and 甲乙+的记者 as media", () => {
    expect(found("泰来新闻记者陆文辉报道。")).toContain("organization 泰来新闻");
    expect(found("泰来融媒记者陆文辉报道。")).toContain("organization 泰来融媒");
    expect(found("北疆+的记者来到泰来县。")).toContain("organization 北疆+");
    expect(found("宜兴市发布了通知。").filter((f) => f.startsWith("organization"))).toEqual([]);
  });
});

describe("recognize: media before a reporter on fresh text", () => {
  it("reads a district's news, media centre, headline app and account before their reporters or reports", () => {
    expect(found("鹿城新闻记者周小燕报道。")).toContain("organization 鹿城新闻");
    expect(found("长治融媒记者刘晓梅报道。")).toContain("organization 长治融媒");
    expect(found("潞州头条记者陈海波报道。")).toContain("organization 潞州头条");
    expect(found("据鹿城发布消息，该区将举办活动。")).toContain("organization 鹿城发布");
    expect(found("安吉+的记者来到盐源县。")).toContain("organization 安吉+");
  });
  it("reads no medium when a city written in full announces something (甲市发布消息称)", () => {
    expect(found("温州市发布消息称，将出台新政策。").filter((f) => f.startsWith("organization"))).toEqual([]);
  });
});

describe("recognize: trades jieba does not know, on fresh text", () => {
  it("reads no park from 光伏发电基地, 直播电商中心, 康养产业园 or 研学教育基地 alone, but keeps a county's", () => {
    expect(found("两地共建光伏发电基地和直播电商中心。推进康养产业园和研学教育基地建设。").filter((f) => f.startsWith("park"))).toEqual([]);
    expect(found("盐源县光伏产业园并网发电。鹿城区直播电商基地开播。")).toEqual(
      expect.arrayContaining(["park 盐源县光伏产业园", "park 鹿城区直播电商基地"]),
    );
  });
});

describe("recognize: a name that leads or helps, on fresh text", () => {
  const people = (text: string) => found(text).filter((f) => f.startsWith("person"));
  it("reads names of two to four characters (在陈立新的带领下, 在王强的指导下, 在欧阳明的带动下)", () => {
    expect(people("在陈立新的带领下，村民增收。")).toEqual(["person 陈立新"]);
    expect(people("在王强的指导下，村民增收。")).toEqual(["person 王强"]);
    expect(people("在欧阳明的带动下，村民增收。")).toEqual(["person 欧阳明"]);
  });
  it("reads no name from a surname and a title or a form of address, a clan, or a body", () => {
    for (const who of ["吴总", "于书记", "师傅", "王县长", "赵老师", "张姐", "温氏", "政府", "大家", "向导"]) {
      expect(people(`在${who}的帮助下，村民增收。`)).toEqual([]);
    }
  });
});

describe("recognize: hospital heads on fresh text", () => {
  it("reads a district's maternal and family-planning centre, a street's health station and a city's rehabilitation hospital", () => {
    expect(found("长治市潞州区妇幼保健计划生育服务中心获赠设备。")).toContain("hospital 长治市潞州区妇幼保健计划生育服务中心");
    expect(found("鹿城区五马街道社区卫生服务站开展义诊。")).toContain("hospital 鹿城区五马街道社区卫生服务站");
    expect(found("温州市康复医院派出专家。")).toContain("hospital 温州市康复医院");
    expect(found("推进社区卫生服务站建设。").filter((f) => f.startsWith("hospital"))).toEqual([]);
  });
});

describe("recognize: holding firms, rural banks and cooperative unions on fresh text", () => {
  it("reads them whole after their places", () => {
    expect(found("长治市城市建设投资控股有限公司捐款。")).toContain("company 长治市城市建设投资控股有限公司");
    expect(found("浙江鹿城农村商业银行捐款。")).toContain("company 浙江鹿城农村商业银行");
    expect(found("盐源县农村信用合作联社捐款。")).toContain("company 盐源县农村信用合作联社");
    expect(found("鹿城区供销合作社联合社捐款。")).toContain("company 鹿城区供销合作社联合社");
    expect(found("当地村镇银行捐款。").filter((f) => f.startsWith("company"))).toEqual([]);
  });
});

describe("recognize: school heads on fresh text", () => {
  it("reads a county's vocational centre and nine- and twelve-year schools, none without a place", () => {
    expect(found("盐源县职业技术教育中心获赠设备。")).toContain("school 盐源县职业技术教育中心");
    expect(found("梅雨镇九年一贯制学校和鹿城区十二年一贯制学校结对。")).toEqual(
      expect.arrayContaining(["school 梅雨镇九年一贯制学校", "school 鹿城区十二年一贯制学校"]),
    );
    expect(found("推进九年一贯制学校建设。").filter((f) => f.startsWith("school"))).toEqual([]);
  });
});

describe("recognize: a new area needs the marks of a district", () => {
  it("reads a new area as a district when the article writes its bodies or subdistricts, or its province before it", () => {
    expect(found("丁山新区与某县结对。丁山新区管委会主任出席。")).toContain("district 丁山新区");
    expect(found("梅岭新区葵涌街道与某镇结对。")).toContain("district 梅岭新区");
  });
  it("reads no district in a resettlement site or a town quarter named 新区 (搬迁群众入住甲市乙新区)", () => {
    expect(found("搬迁群众入住安顺市梅岭新区。").filter((f) => f.startsWith("district"))).toEqual([]);
  });
});
