/**
 * One-character abbreviations of provincial-level divisions (粤 = 广东, 桂 = 广西).
 * Only the unambiguous ones are listed: 云, 贵, 新, 青, 宁, 吉, 黑 are everyday characters.
 */
export const PROVINCE_ABBREVIATIONS: Record<string, string> = {
  京: "北京市", 津: "天津市", 冀: "河北省", 晋: "山西省", 辽: "辽宁省", 沪: "上海市", 苏: "江苏省",
  浙: "浙江省", 皖: "安徽省", 闽: "福建省", 赣: "江西省", 鲁: "山东省", 豫: "河南省", 鄂: "湖北省",
  湘: "湖南省", 粤: "广东省", 桂: "广西壮族自治区", 琼: "海南省", 渝: "重庆市", 川: "四川省",
  黔: "贵州省", 滇: "云南省", 陕: "陕西省", 陇: "甘肃省", 藏: "西藏自治区", 蒙: "内蒙古自治区",
};

/**
 * Abbreviations that are everyday characters too (甘, 宁, 青, 云, 贵): read as provinces only
 * in a pair with an abbreviation of the list above (津甘协作, 闽宁协作, 沪滇合作 uses 滇; 鲁青两省).
 */
export const PAIRED_PROVINCE_ABBREVIATIONS: Record<string, string> = {
  甘: "甘肃省", 宁: "宁夏回族自治区", 青: "青海省", 云: "云南省", 贵: "贵州省",
};
