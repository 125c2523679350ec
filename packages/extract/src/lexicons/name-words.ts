/** Heads that a bare place does not make a name of (深圳学校, 龙岗中心 are descriptions). */
export const HEADS_NEEDING_MORE_THAN_A_PLACE: ReadonlySet<string> = new Set([
  "学校", "医院", "公司", "集团", "中心", "基地", "园区", "企业", "工厂", "厂", "合作社", "家园", "小镇",
]);

/**
 * Verbs and adverbs that do occur inside institution names (扶贫协作办公室, 开发开放试验区,
 * 农副产品展销中心), so a name's left edge does not stop at them.
 */
export const NAME_WORDS: ReadonlySet<string> = new Set([
  "开发", "开放", "扶贫", "帮扶", "协作", "合作", "发展", "振兴", "实验", "示范", "交易", "展销", "运营", "消费",
  "种植", "养殖", "加工", "服务", "管理", "研究", "创新", "保障", "监督", "共享", "培训", "促进", "对口",
  "育才", "育英", "实业", "生产", "流通", "孵化", "创业", "就业", "移民", "搬迁", "安置", "特别", "综合", "联合",
  "支援", "对口支援", "援藏", "援疆", "援青", "援黔", "援桂", "援滇", "援川", "驻", "转移", "配送", "购销",
  "露营", "采摘", "研学", "培育", "教育", "保护",
  // 区东西部协作领导小组, 东西部协作办公室: jieba tags it a direction (东西部/f)
  "东西部",
  // who an association gathers (青年企业家协会, 妇女儿童发展基金会): jieba tags some as times
  "青年", "妇女", "儿童", "老年", "少年", "青少年",
]);

/**
 * Words that, right before the head, make "X + head" a description rather than a name
 * (当地企业, 有关医院, 结对学校, 各级产业园区, 中小学).
 */
export const GENERIC_MODIFIERS: ReadonlySet<string> = new Set([
  "中", "有关", "相关", "对口", "公立", "专门", "乡镇", "村级", "镇级", "中职", "高职", "定点", "指定", "综合", "私立", "各级", "各类", "联盟", "结对", "帮扶", "贫困", "当地",
  "本地", "其他", "其它", "重点", "特色", "龙头", "一批", "现代化", "标准化", "乡村", "农村", "城市", "县级",
  "市级", "省级", "国家级", "自治区级", "区域", "该", "这些", "这所", "这家", "新", "大型", "小型", "知名",
  "优质", "省内", "区内", "东部", "西部", "两地", "双方", "深度", "民营", "国有", "企业", "社会", "爱心",
  "全国", "全省", "全市", "全区", "全县",
  // jieba does not know these and tags them as unknown (x), which would read as a proper word: 驻村工作队 is no name
  "驻村", "驻镇", "驻乡",
]);

/** Everyday words that alone never make a modifier a name (现代农业产业园区 is a description). */
export const DESCRIPTIVE_WORDS: ReadonlySet<string> = new Set([
  ...GENERIC_MODIFIERS, "现代农业", "产业", "农业", "工业", "研发", "示范", "家园", "中心", "项目", "生态", "科技",
  "文化", "旅游", "教育", "医疗", "卫生", "健康", "物流", "电商", "扶贫", "协作", "合作", "发展", "振兴", "党委",
  "政府", "领导", "技术", "社区", "股份", "集体", "村级", "研究", "生产", "供应", "就业", "农产品", "蔬菜", "水果", "田园", "残疾人",
  // jieba reads 文明 as a person's name (新时代文明实践中心 is every county's programme, no named site)
  "文明", "时代", "实践",
  // trades jieba does not know and tags as unknown words, which would read as proper (研学/x 基地, 冷链/x 物流中心)
  "研学", "冷链", "光伏", "直播", "康养",
  // what a mill does, which jieba reads as a person's name (肉牛屠宰/nr 加工厂 is no firm's name)
  "屠宰",
]);
