/** Central bodies named without a place (they are government entities wherever they appear). */
export const NATIONAL_BODIES = [
  "党中央", "中共中央", "国务院", "全国人大", "全国政协", "中央军委", "国务院扶贫办", "国家乡村振兴局",
  "国家发展改革委", "国家发改委", "财政部", "教育部", "民政部", "人力资源社会保障部", "农业农村部",
  "商务部", "国家卫生健康委", "国家卫健委", "中央组织部", "中组部", "中央统战部",
];
