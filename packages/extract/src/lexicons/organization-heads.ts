import type { EntityType } from "../types.js";

/** A word that ends an organisation's name and tells its type (有限公司 → company). */
export interface OrganizationHead {
  word: string;
  type: EntityType;
  /** A head that is an everyday character too (网, 厂): it counts only as a jieba word of its own. */
  standalone?: boolean;
}

const heads = (type: EntityType, words: string[]): OrganizationHead[] => words.map((word) => ({ word, type }));
const standalone = (type: EntityType, words: string[]): OrganizationHead[] => words.map((word) => ({ word, type, standalone: true }));

/** Words that end in a head but name no body (董事局 is a company's board, 当局 the authorities). */
export const NOT_HEADS: ReadonlySet<string> = new Set([
  "董事局", "董事会", "当局", "布局", "格局", "结局", "大局", "全局", "时局", "邮局",
  // a city's national designation, not a site (甲市建设先行示范区)
  "先行示范区",
]);

/** Organs inside a body (its party committee, union, youth league): 甲医院党委书记 holds a post at 甲医院. */
export const ORGANS: ReadonlySet<string> = new Set(["党委", "党总支", "党总支部", "党支部", "总支部", "工会", "团委", "纪委"]);

/**
 * Heads of organisation names, by type. Longer heads win over shorter ones at the same
 * place (教育集团 is a school, 集团 a company; 人民医院 and 医院 are both hospitals).
 */
export const ORGANIZATION_HEADS: OrganizationHead[] = [
  ...heads("company", [
    "股份有限公司", "有限责任公司", "有限公司", "股份公司", "公司", "集团", "专业合作社", "合作社", "农民专业合作社",
    "丝厂", "工厂", "分公司", "子公司", "茶厂", "糖厂", "酒厂", "服装厂", "制衣厂", "食品厂", "加工厂", "供销社", "农庄", "山庄", "民宿", "饭店", "餐厅", "工作室", "银行", "农商行", "商行", "酒店", "超市", "农场", "茶场", "牧场", "支行", "分行", "家庭农场",
    // banks by their usual forms (甲农村商业银行: 农村 is no description there), unions of cooperatives
    "农村商业银行", "商业银行", "农商银行", "村镇银行", "农村信用合作联社", "信用合作联社", "合作联社", "联合社",
  ]),
  ...standalone("company", ["厂"]),
  ...heads("school", [
    "教育集团", "中心小学", "小学", "中学", "初级中学", "高级中学", "大学", "学院", "职业学校",
    "实验学校", "学校", "幼儿园", "技工学校", "技校", "党校", "高中", "初中", "希望小学", "希望学校",
    "特殊教育学校", "职业技术学校", "职业中学", "职业技术学院", "一中", "二中", "三中", "四中", "五中", "六中",
    "七中", "八中", "一小", "二小", "三小", "四小", "五小", "六小", "实验小学", "实验中学",
    "中心校", "中心学校", "完小", "完全小学", "职业教育中心", "职教中心", "职业技术教育中心", "九年一贯制学校", "十二年一贯制学校", "一贯制学校", "分校", "附中", "附小", "教学点",
  ]),
  ...heads("hospital", ["医疗集团", "保健院", "急救中心", "妇幼保健计划生育服务中心", "卫生服务站", "康复医院", "分院", "诊所", "卫生所", "人民医院", "中医医院", "中医院", "妇幼保健院", "医院", "卫生院", "卫生服务中心", "卫生室"]),
  ...heads("government", [
    "人民政府", "政府", "委员会", "党委", "纪委", "区委", "县委", "市委", "省委", "州委", "旗委",
    "办公室", "扶贫办", "协作办", "合作办", "乡村振兴局", "局", "厅", "政协", "人大常委会", "人大",
    "协作组", "工作组", "工作队", "管委会", "组织部", "宣传部", "统战部", "发改委", "国资委", "工信部",
    "指挥部", "领导小组", "办公厅", "办事处", "党工委", "工委", "党总支部", "党总支", "党支部", "总支部",
    "监委", "卫健委", "卫生健康委", "教体委", "农业农村委", "工作小组", "小组", "工作站", "联络组", "前方指挥部", "工作专班",
    // police stations and public health bodies, which the 中心 and 所 of sites would mistype
    "派出所", "公安分局", "疾病预防控制中心", "疾控中心",
    // a street office by its usual short form (甲街道办)
    "街道办",
    // committees and offices of a party committee or a government that end in no common head
    "政法委", "人武部", "武装部", "编办", "对口办", "协作处", "合作交流处", "联络处", "对口支援处", "接待办", "支援办", "援藏办", "援疆办", "帮扶办", "乡村振兴办", "委办", "政府办", "网信办", "台办", "侨办", "外事办", "外办", "研究室", "消防救援大队", "消防救援支队", "交警大队", "代表处", "联络办",
    // courts and procuratorates, and departments whose standard names hold 和 or a generic word
    "人民法院", "法院", "人民检察院", "检察院", "农业农村局", "人力资源和社会保障局", "人力资源社会保障局",
    "住房和城乡建设局", "文化和旅游局", "文化广电旅游局", "自然资源和规划局", "工业和信息化局", "卫生健康局",
    "卫生和计划生育局", "科学技术局", "商务和投资促进局", "生态环境局", "退役军人事务局",
  ]),
  ...heads("organization", [
    "日报", "晚报", "青年报", "妇女报", "法治报", "法制报", "农民报", "科技报", "商报", "侨报", "早报", "快报", "卫视", "报社", "电视台", "广播电台", "通讯社", "新闻网", "新闻社",
    "基金会", "协会", "商会", "联合会", "促进会", "研究院", "研究所", "红十字会", "工会", "妇联",
    "慈善会", "总会", "学会", "晨报", "导报", "时报", "都市报", "周报", "画报", "新闻网", "客户端",
    "广播电视台", "杂志社", "出版社", "服务团", "志愿服务队", "志愿者协会", "家委会", "家长委员会", "研究会",
    "联谊会", "校友会", "工商联", "侨联", "团委", "基层委员会", "总商会", "义工联", "青联",
    // people's organisations by their usual short forms, alliances, academies and newsrooms
    "总工会", "残联", "科协", "文联", "社科联", "台联", "关工委", "联盟", "科学院", "农科院", "农业科学院",
    "设计院", "规划院", "同乡联谊会", "乡贤会", "乡贤理事会", "联会", "社团联会", "同乡总会", "同乡会", "联合总会", "狮子会", "扶轮社", "救援队", "服务队", "志愿者服务队", "医疗队", "专家团", "艺术团", "书画院", "画院", "俱乐部", "周刊", "月刊", "杂志", "频道", "之声", "图书馆", "文化馆", "博物馆", "纪念馆", "档案馆", "科技馆", "美术馆", "同学会", "知联会", "新联会", "新阶联", "侨商会", "青商会", "融媒体中心", "新闻中心", "传媒中心", "报业集团", "传媒集团", "日报社", "晚报社", "广播电视总台",
  ]),
  ...standalone("organization", ["网"]),
  ...heads("park", [
    "产业园区", "产业园", "工业园区", "工业园", "科技园", "园区", "示范区", "示范基地", "种植基地",
    "养殖基地", "基地", "交易中心", "展销中心", "运营中心", "消费中心", "服务中心", "中心", "综合体",
    "试验区", "合作区", "开发区", "产业区", "小镇", "农家乐", "扶贫车间", "共享仓", "农商城",
    "交易平台", "人才飞地", "飞地", "家园", "产业带", "产业城", "转移园", "产业转移园", "示范园", "种植园",
    "分中心", "物流园", "科技城", "创业园", "孵化园", "孵化基地", "农业园",
    // parks the two sides of a pairing build together (甲—乙产业合作园, 甲乙协作园, 共建园)
    "合作园", "产业合作园", "协作园", "产业协作园", "共建园",
    // workshops and halls of the pairing's employment and consumption programmes (甲镇就业帮扶车间, 乙县消费帮扶馆)
    "帮扶车间", "加工车间", "扶贫工厂", "帮扶工厂", "就业帮扶车间", "就业车间", "乡村振兴车间", "工坊", "帮扶工坊", "乡村振兴工坊", "帮扶馆", "消费帮扶馆", "展销馆", "体验馆",
    "景区", "生态园", "茶园", "果园", "高新区", "工业区", "保税区",
    // demonstration sites and the outlets of the consumption programme (甲县消费帮扶专馆)
    "专馆", "消费帮扶专馆", "直营店", "体验店",
  ]),
];
