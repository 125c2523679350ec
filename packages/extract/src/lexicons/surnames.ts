/**
 * Chinese surnames (the 百家姓 and the common surnames of today, southern and
 * minority surnames such as 韦, 农, 覃, 蒙, 黄 included). A two- or three-character
 * name must start with one of them.
 */
const SINGLE =
  "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎" +
  "鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄" +
  "和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭" +
  "梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚" +
  "程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫" +
  "宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴郁胥能苍双" +
  "闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍却璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容" +
  "向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空" +
  "曾毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公覃韦黄莫闭凃涂鹿付卿揭练黎甫铁阳丛兰" +
  "闫贠招敬晋佘郄岳帅琚麦冼谌粟邝禤赫迟佟檀苟楚缑谯";

const COMPOUND = [
  "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "令狐",
  "夏侯", "轩辕", "端木", "独孤", "南宫", "西门", "百里", "呼延", "万俟", "澹台", "公冶", "太史", "申屠",
];

export const SINGLE_SURNAMES: ReadonlySet<string> = new Set(SINGLE);
export const COMPOUND_SURNAMES: readonly string[] = COMPOUND;

/** Length of the surname at the start of `name` (0 when it starts with none). */
export function surnameLength(name: string): number {
  if (COMPOUND_SURNAMES.some((surname) => name.startsWith(surname))) return 2;
  return SINGLE_SURNAMES.has(name[0] ?? "") ? 1 : 0;
}

/**
 * Family names of the Yi (彝族) of Liangshan and Guizhou, written with two characters before a
 * two-character given name (a 吉克 family's 吉克阿呷): after a title, such a name is taken whole.
 */
export const YI_FAMILY_NAMES: readonly string[] = [
  "阿侯", "阿鲁", "阿苏", "阿西", "阿尔", "阿约", "阿克", "阿的", "吉克", "吉伍", "吉木", "吉尔", "吉吉", "沙马",
  "曲比", "曲木", "马海", "海来", "俄木", "勒格", "罗洪", "果基", "比曲", "尔古", "瓦扎", "莫色", "日火", "拉马",
  "木乃", "金古", "毛尔", "衣木", "布约", "阿合", "马黑", "俄底", "时来", "苏呷", "且沙", "阿力", "补约", "的日",
];

/**
 * Words Tibetan personal names are made of, two characters each; a name joins two of them (or three),
 * with no family name: jieba breaks such names anywhere (巴/ns 桑次仁/nz, 才/d 让/v 多杰/x).
 */
export const TIBETAN_NAME_PARTS: ReadonlySet<string> = new Set([
  "扎西", "次仁", "多吉", "多杰", "才让", "卓玛", "格桑", "巴桑", "次旦", "尼玛", "拉姆", "央金", "德吉", "平措",
  "索朗", "洛桑", "顿珠", "益西", "丹增", "旦增", "罗布", "普布", "边巴", "白玛", "曲珍", "群培", "仁青", "阿旺",
  "强巴", "米玛", "桑珠", "贡布", "达瓦", "旺堆", "旺姆", "吉美", "加措", "嘉措", "坚赞", "索南", "拉毛", "卓嘎",
  "才旦", "更登", "尕藏", "完玛", "德庆", "次珍", "达娃", "拉巴", "央宗", "仁增", "旦巴", "土登", "贡觉", "朗杰",
  "欧珠", "琼达", "万玛", "桑杰", "南杰", "才仁", "公保", "周措", "措姆", "措毛", "泽仁", "泽郎", "赤列", "斯朗",
  "久美", "旦正", "尖措", "东智", "华旦", "完德", "更藏", "昂秀", "吉太", "玉珍", "次央", "普琼",
]);

/**
 * Words Mongolian personal names are made of (two or three characters); a name is one of them or
 * two joined (额尔敦巴特尔), with no family name: jieba reads them as nouns or breaks them (宝音/n).
 */
export const MONGOLIAN_NAME_PARTS: readonly string[] = [
  "巴特尔", "巴图", "宝音", "白音", "包音", "其木格", "其其格", "乌日娜", "娜仁", "那仁", "萨仁", "斯琴", "高娃", "图雅", "塔娜",
  "额尔敦", "额尔德尼", "朝鲁", "朝格图", "苏和", "苏日娜", "阿拉坦", "孟和", "格日勒", "敖登", "巴雅尔", "达来", "呼和",
  "特木尔", "毕力格", "乌力吉", "哈斯", "满都拉", "阿古拉", "布和", "那顺", "斯日古楞", "图门", "德力格尔", "乌云", "格根",
  "宝力道", "阿木古郎", "吉日嘎拉", "赛音", "乌恩", "巴音", "敖日格勒", "其力格尔", "道尔吉", "扎那", "宝力高", "额日和木",
];
