import { ETHNIC_GROUPS } from "../lexicons/ethnic-groups.js";
import type { PlaceLevel } from "./levels.js";

const ETHNIC_AUTONOMY = new RegExp(`(?:各族|(?:${ETHNIC_GROUPS.join("|")})族?)+自治(?:区|州|县|旗)$`);

/**
 * Bases so generic that, as a bare word, they never name one place (市中区 → 市中); and bases that are
 * everyday verbs far more often than a district (新建了一座桥, 新建农村公路: 新建区 is written in full).
 */
const GENERIC_BASES = new Set(["市中", "城中", "城东", "城西", "城南", "城北", "郊", "矿", "城", "新", "开发", "高新", "经济", "新城", "市辖", "新建"]);

const ETHNIC_TOWNSHIP = new RegExp(`^(.{2,}?)(?:(?:${ETHNIC_GROUPS.join("|")})族)+(乡|镇)$`);

/**
 * The short forms a place goes by in news text: 广西壮族自治区 → 广西, 深圳市 → 深圳,
 * 隆林各族自治县 → 隆林 and 隆林县, 黔南布依族苗族自治州 → 黔南州, 龙岗区 → 龙岗.
 * Towns keep their level word (甲苗族彝族乡 → 甲乡, 乙街道 → 乙街): their bare
 * names are too often ordinary words. Villages get none.
 */
export function shortNames(name: string, level: PlaceLevel): string[] {
  if (level === "village") return [];
  if (level === "street") {
    const township = ETHNIC_TOWNSHIP.exec(name);
    if (township) return [`${township[1]}${township[2]}`];
    return /^.{2,}街道$/.test(name) ? [name.replace(/道$/, "")] : [];
  }
  const bases = new Set<string>();
  const withoutAutonomy = name.replace(ETHNIC_AUTONOMY, "");
  if (withoutAutonomy !== name) {
    bases.add(withoutAutonomy);
    // 巴马瑶族自治县 is also 巴马县, 临夏回族自治州 临夏州 (自治区 keeps its own rule below).
    const unit = /自治(州|县|旗)$/.exec(name)?.[1];
    if (unit && withoutAutonomy.length >= 2) bases.add(`${withoutAutonomy}${unit}`);
  }
  if (level === "province") {
    const base = name.replace(/(?:省|市|特别行政区|自治区)$/, "");
    bases.add(base);
    // 广西壮族自治区 is also 广西区 (广西区党委).
    if (name.endsWith("自治区")) bases.add(`${withoutAutonomy === name ? base : withoutAutonomy}区`);
  } else {
    const stripped = withoutAutonomy.replace(/(?:市|区|县|地区|盟|林区|自治旗|旗)$/, "");
    bases.add(stripped);
    // 科尔沁右翼前旗 → 科右前旗, 察哈尔右翼后旗 → 察右后旗: the usual abbreviation of a banner of a wing.
    const wing = /^(\p{Script=Han})\p{Script=Han}*?([左右])翼([前中后])旗$/u.exec(name);
    if (wing) bases.add(`${wing[1]}${wing[2]}${wing[3]}旗`);
  }
  return [...bases].filter((base) => base !== name && base.length >= 2 && !GENERIC_BASES.has(base));
}
