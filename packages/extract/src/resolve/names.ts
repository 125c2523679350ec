import type { Gazetteer } from "../gazetteer/index.js";
import { isAncestorCode } from "../gazetteer/index.js";
import type { EntityType } from "../types.js";

/**
 * The full name an organisation goes by: spaces removed, 鼓楼区政府 → 鼓楼区人民政府, and a
 * leading city dropped before its own district (深圳市宝安区人民医院 → 宝安区人民医院).
 */
export function canonicalName(name: string, type: EntityType, gazetteer: Gazetteer): string {
  if (type === "person") return withoutSpaces(name);
  // The same names come back in every article (a county's 人民政府, a paper): each is worked out once per gazetteer.
  let known = canonicalNames.get(gazetteer);
  if (!known) canonicalNames.set(gazetteer, (known = new Map()));
  const key = `${type}\u0000${name}`;
  let canonical = known.get(key);
  if (canonical === undefined) {
    canonical = canonicalNameOf(name, type, gazetteer);
    if (known.size >= MAX_REMEMBERED) known.clear();
    known.set(key, canonical);
  }
  return canonical;
}

const canonicalNames = new WeakMap<Gazetteer, Map<string, string>>();
/** Names remembered per gazetteer at most (a corpus of many distinct names would otherwise grow it without end). */
const MAX_REMEMBERED = 50_000;

/** A team a place sends to help another (援甘医疗队, 援疆工作队, 援藏工作组): 援 and a team's head. */
const SENT_TEAM = /援\p{Script=Han}{1,6}(?:医疗队|工作队|工作组|服务队|专家团|队)$/u;

const withoutSpaces = (name: string) => name.replace(/[\s\u3000]+/g, "");

function canonicalNameOf(name: string, type: EntityType, gazetteer: Gazetteer): string {
  let canonical = withoutSpaces(name);
  if (type === "government") canonical = canonical.replace(/^(.+?[区县市省州旗])政府$/, "$1人民政府");
  // A team sent by a place is named by its sender as written (甲市乙区援丙医疗队 keeps 甲市), once for all
  // its turns: 甲市乙区第五批援丙医疗队 is the same team as 甲市乙区援丙医疗队.
  if (SENT_TEAM.test(canonical)) return canonical.replace(/第[一二三四五六七八九十\d]+批/, "");
  return dropRedundantParent(canonical, gazetteer);
}

/**
 * A town the gazetteer may not list, opening a body's name: a street named after a road (和平东路街道办事处)
 * or a town's own school or clinic (甲乙乡小学, see recognize/towns-in-sites).
 */
const UNLISTED_TOWN_OPENING = /^\p{Script=Han}{2,5}路街道.|^\p{Script=Han}{2,4}[乡镇](?:中心小学|中心学校|中心校|完全小学|完小|小学|初级中学|中学|幼儿园|卫生院)$/u;

function dropRedundantParent(name: string, gazetteer: Gazetteer): string {
  for (let outer = Math.min(10, name.length - 2); outer >= 2; outer--) {
    const outerPlaces = gazetteer.byName.get(name.slice(0, outer));
    if (!outerPlaces) continue;
    // 甲区和平东路街道办事处 → 和平东路街道办事处, as 甲县乙镇人民政府 → 乙镇人民政府.
    if (outerPlaces.some((o) => !o.short && o.place.level !== "street") && UNLISTED_TOWN_OPENING.test(name.slice(outer))) return name.slice(outer);
    for (let inner = Math.min(12, name.length - outer - 1); inner >= 2; inner--) {
      const innerPlaces = gazetteer.byName.get(name.slice(outer, outer + inner));
      if (!innerPlaces) continue;
      const nested = outerPlaces.some((o) => innerPlaces.some((i) => isAncestorCode(o.place.code, i.place.code)));
      if (nested && innerPlaces.some((i) => !i.short)) return name.slice(outer);
    }
    return name;
  }
  return name;
}
