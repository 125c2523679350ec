import type { EntityType } from "../types.js";

/** A word that ends an organisation's name and tells its type (有限公司 → company). */
export interface OrganizationHead {
  word: string;
  type: EntityType;
}

const heads = (type: EntityType, words: string[]): OrganizationHead[] => words.map((word) => ({ word, type }));

/**
 * Heads of organisation names, by type. Longer heads win over shorter ones at the same
 * place (教育集团 is a school, 集团 a company; 人民医院 and 医院 are both hospitals).
 */
export const ORGANIZATION_HEADS: OrganizationHead[] = [
  ...heads("company", [
    "股份有限公司", "有限责任公司", "有限公司", "股份公司", "公司", "集团", "专业合作社", "合作社", "农民专业合作社",
    "丝厂", "工厂", "厂", "银行", "农商行", "商行", "酒店", "超市", "农场", "茶场", "牧场",
  ]),
  ...heads("school", [
    "教育集团", "中心小学", "小学", "中学", "初级中学", "高级中学", "大学", "学院", "职业学校",
    "实验学校", "学校", "幼儿园", "技工学校", "技校", "党校", "高中", "初中",
  ]),
  ...heads("hospital", ["人民医院", "中医医院", "中医院", "妇幼保健院", "医院", "卫生院", "卫生服务中心", "卫生室"]),
  ...heads("government", [
    "人民政府", "政府", "委员会", "党委", "纪委", "区委", "县委", "市委", "省委", "州委", "旗委",
    "办公室", "扶贫办", "协作办", "合作办", "乡村振兴局", "局", "厅", "政协", "人大常委会", "人大",
    "协作组", "工作组", "工作队", "管委会", "组织部", "宣传部", "统战部", "发改委", "国资委", "工信部",
    "指挥部", "领导小组",
  ]),
  ...heads("organization", [
    "日报", "晚报", "商报", "侨报", "早报", "报社", "电视台", "广播电台", "通讯社", "新闻网", "新闻社",
    "基金会", "协会", "商会", "联合会", "促进会", "研究院", "研究所", "红十字会", "工会", "妇联",
    "慈善会", "总会", "学会",
  ]),
  ...heads("park", [
    "产业园区", "产业园", "工业园区", "工业园", "科技园", "园区", "示范区", "示范基地", "种植基地",
    "养殖基地", "基地", "交易中心", "展销中心", "运营中心", "消费中心", "服务中心", "中心", "综合体",
    "试验区", "合作区", "开发区", "产业区", "小镇", "农家乐", "扶贫车间", "共享仓", "农商城",
    "交易平台", "人才飞地", "飞地", "家园", "产业带",
  ]),
];
