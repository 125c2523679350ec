/** Central bodies named without a place (they are government entities wherever they appear). */
export const NATIONAL_BODIES = [
  "党中央", "中共中央", "国务院", "全国人大", "全国政协", "中央军委", "国务院扶贫办", "国家乡村振兴局",
  "国家发展改革委", "国家发改委", "财政部", "教育部", "民政部", "人力资源社会保障部", "农业农村部",
  "商务部", "国家卫生健康委", "国家卫健委", "中央组织部", "中组部", "中央统战部",
  "中共中央办公厅", "国务院办公厅", "中央办公厅", "中办", "国办", "全国人大常委会", "中央农办", "国家民委",
  "国务院国资委", "国家林草局", "国家医保局", "文化和旅游部", "生态环境部", "自然资源部", "交通运输部",
  "水利部", "工业和信息化部", "科技部", "公安部", "司法部", "审计署", "国家统计局",
  "全国妇联", "全国工商联", "团中央", "共青团中央",
];

/**
 * The central media, which sign bylines without a place in their names (人民日报记者…): the
 * head-word rule needs a proper word before 日报/网/社 and 人民, 光明, 经济 are none.
 */
export const CENTRAL_MEDIA = [
  "新华社", "新华网", "人民日报", "人民日报社", "人民网", "光明日报", "光明网", "经济日报", "中国日报", "中国日报网",
  "中央广播电视总台", "中央电视台", "央视", "央视网", "央视新闻", "中央人民广播电台", "央广网", "中国之声", "中国国际广播电台",
  "中国青年报", "中青网", "工人日报", "农民日报", "法治日报", "科技日报", "中国教育报", "中国妇女报",
  "中国经济网", "国际在线", "新京报", "澎湃新闻", "第一财经", "21世纪经济报道",
];

/** The central people's organisations among them, which the guidelines make organisations (工商联, 共青团, 妇联). */
export const NATIONAL_ORGANIZATIONS: ReadonlySet<string> = new Set(["全国妇联", "全国工商联", "团中央", "共青团中央", ...CENTRAL_MEDIA]);
