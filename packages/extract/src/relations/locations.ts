import type { ResolvedMention } from "../mention.js";
import { clauseOf } from "./sentences.js";
import { PLACE_TYPES, type DocumentContext, type Finding } from "./context.js";

const isPlace = (m: ResolvedMention) => PLACE_TYPES.has(m.entity.type);
const contains = (outer: ResolvedMention, inner: ResolvedMention) =>
  outer.entity.code !== undefined && inner.entity.code !== undefined && inner.entity.code.length > outer.entity.code.length && inner.entity.code.startsWith(outer.entity.code);

/**
 * `located_in`: a place to the places containing it that the same clause names (the
 * gazetteer's hierarchy, so 广西百色靖西市 gives 靖西市 → 百色市 and → 广西), a village to the
 * town written right before it (坡荷乡弄必屯), and a park to the place its name starts with.
 */
export function findLocations(ctx: DocumentContext): Finding[] {
  const found: Finding[] = [];
  ctx.sentences.forEach((sentence, index) => {
    const mentions = ctx.mentionsIn(index);
    // Places inside names count too (广西河池生态经济试验区 says 百色 is in 广西); a one-character
    // abbreviation (粤) is too loose a statement to place anything.
    const places = ctx.mentionsIn(index, true).filter((m) => isPlace(m) && m.text.length > 1);
    for (const inner of places) {
      const [from, to] = clauseOf(ctx.doc.text, inner.start);
      const outers = places.filter((outer) => outer.start >= from && outer.end <= to && contains(outer, inner));
      // A town or village is placed in the nearest of them only (坡荷乡弄必屯: in 坡荷乡, not also 那坡县).
      const local = inner.entity.type === "town" || inner.entity.type === "village";
      const nearest = [...outers].sort((a, b) => b.entity.code!.length - a.entity.code!.length).slice(0, 1);
      for (const outer of local ? nearest : outers) found.push({ type: "located_in", source: inner, target: outer, sentence, rule: "locations.clause-hierarchy" });
    }
    // 那温村的山水人家农家乐: a park of a place.
    for (let i = 1; i < mentions.length; i++) {
      const [place, park] = [mentions[i - 1]!, mentions[i]!];
      if (isPlace(place) && park.entity.type === "park" && ctx.doc.text.slice(place.end, park.start) === "的") {
        found.push({ type: "located_in", source: park, target: place, sentence, rule: "locations.site-of-place" });
      }
    }
    for (let i = 1; i < places.length; i++) {
      const [before, village] = [places[i - 1]!, places[i]!];
      if (village.entity.type === "village" && !village.entity.code && before.end === village.start && (before.entity.type === "town" || before.entity.type === "village")) {
        found.push({ type: "located_in", source: village, target: before, sentence, rule: "locations.village-after-town" });
      }
    }
    const nested = ctx.mentionsIn(index, true).filter((m) => m.nested);
    for (const park of mentions.filter((m) => m.entity.type === "park")) {
      const inside = nested.filter((m) => m.start >= park.start && m.end <= park.end);
      const first = inside[0];
      // A name that opens with abbreviations (粤桂合作…) names a cooperation, not a location.
      if (!first || first.start !== park.start || first.text.length === 1) continue;
      // 广西河池生态经济试验区: the deepest of the places the name opens with.
      let place = first;
      for (const next of inside.slice(1)) if (next.start === place.end && contains(place, next)) place = next;
      found.push({ type: "located_in", source: park, target: place, sentence, rule: "locations.site-name" });
    }
  });
  return found;
}
