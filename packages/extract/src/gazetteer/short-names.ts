import { ETHNIC_GROUPS } from "../lexicons/ethnic-groups.js";
import type { PlaceLevel } from "./levels.js";

const ETHNIC_AUTONOMY = new RegExp(`(?:各族|(?:${ETHNIC_GROUPS.join("|")})族?)+自治(?:区|州|县|旗)$`);

/** Bases so generic that, as a bare word, they never name one place (市中区 → 市中). */
const GENERIC_BASES = new Set(["市中", "城中", "城东", "城西", "城南", "城北", "郊", "矿", "城", "新", "开发", "高新", "经济", "新城", "市辖"]);

/**
 * The short forms a place goes by in news text: 广西壮族自治区 → 广西, 深圳市 → 深圳,
 * 隆林各族自治县 → 隆林, 龙岗区 → 龙岗. Towns and villages get none: their bare
 * names are too often ordinary words.
 */
export function shortNames(name: string, level: PlaceLevel): string[] {
  if (level === "street" || level === "village") return [];
  const bases = new Set<string>();
  const withoutAutonomy = name.replace(ETHNIC_AUTONOMY, "");
  if (withoutAutonomy !== name) bases.add(withoutAutonomy);
  if (level === "province") {
    const base = name.replace(/(?:省|市|特别行政区|自治区)$/, "");
    bases.add(base);
    // 广西壮族自治区 is also 广西区 (广西区党委).
    if (name.endsWith("自治区")) bases.add(`${withoutAutonomy === name ? base : withoutAutonomy}区`);
  } else {
    const stripped = withoutAutonomy.replace(/(?:市|区|县|地区|盟|林区|自治旗|旗)$/, "");
    bases.add(stripped);
  }
  return [...bases].filter((base) => base !== name && base.length >= 2 && !GENERIC_BASES.has(base));
}
