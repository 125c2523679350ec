import type { ResolvedMention } from "../mention.js";
import { TITLES } from "../lexicons/titles.js";
import { BODY_TYPES, PLACE_TYPES, type DocumentContext, type Finding } from "./context.js";

const TITLES_LONGEST_FIRST = [...TITLES].sort((a, b) => b.length - a.length);
/** Titles of a government's head, held at the 人民政府 of the place whose party committee is named. */
const GOVERNMENT_HEAD = /^(?:自治区|省|市|县|区)?(?:常务)?副?(?:县长|区长|市长|省长|州长|旗长|主席)$/;
/** Titles that are not posts in a body (村民, 党员, 专家…): no holds_position for them. */
const NOT_A_POST = new Set(["村民", "党员", "专家", "代表", "教授", "医生", "老师", "教师", "干部"]);

/**
 * `holds_position` and `works_for`: a person after a title after a body (龙岗区委书记王建军,
 * 那坡县委副书记、县长李志强, 国务院扶贫办主任赵国平, 百色早报记者 蒙小燕), a journalist of a
 * byline for the article's publisher, `X的Y` (人民医院的李华) and `X派驻…Y`.
 */
export function findPositions(ctx: DocumentContext): Finding[] {
  const found: Finding[] = [];
  const text = ctx.doc.text;
  const entities = ctx.entities();
  const publisher = ctx.mentions.find((m) => m.entity.type === "organization" && m.entity.name === ctx.doc.info.source);
  ctx.sentences.forEach((sentence, index) => {
    const mentions = ctx.mentionsIn(index);
    for (const [k, person] of mentions.entries()) {
      if (person.entity.type !== "person") continue;
      const titles = titlesBefore(text, person.start, k > 0 ? mentions[k - 1]!.end : sentence.start);
      const body = k > 0 ? mentions[k - 1] : undefined;
      const titlesStart = titles.length ? titles[titles.length - 1]!.start : person.start;
      const adjacent = body && body.end === titlesStart;
      if (titles.length && adjacent && (BODY_TYPES.has(body.entity.type) || PLACE_TYPES.has(body.entity.type))) {
        titles.forEach((title, t) => {
          if (NOT_A_POST.has(title.word)) return;
          // The first title (next to the body) is held there; 县长 after 县委副书记 at the county's government.
          const target = t === titles.length - 1 ? body : governmentOf(body, title.word, entities, ctx);
          if (target) found.push({ type: "holds_position", source: person, target, sentence, title: title.word, rule: t === titles.length - 1 ? "positions.body-title-person" : "positions.title-chain" });
        });
        if (body.entity.type === "organization" || body.entity.type === "company" || body.entity.type === "hospital" || body.entity.type === "school") {
          found.push({ type: "works_for", source: person, target: body, sentence, rule: "works.body-title-person" });
        }
      } else if (publisher && titles.some((t) => t.word === "记者" || t.word === "通讯员")) {
        found.push({ type: "holds_position", source: person, target: publisher, sentence, title: "记者", rule: "positions.reporter-of-publisher" });
        found.push({ type: "works_for", source: person, target: publisher, sentence, rule: "works.reporter-of-publisher" });
      }
      const before = text.slice(Math.max(sentence.start, person.start - 40), person.start);
      if (body && BODY_TYPES.has(body.entity.type) && text.slice(body.end, person.start) === "的") {
        found.push({ type: "works_for", source: person, target: body, sentence, rule: "works.of-body" });
      }
      const sender = mentions.slice(0, k).reverse().find((m) => text.slice(m.end, m.end + 2) === "派驻");
      if (sender && before.includes("派驻")) found.push({ type: "works_for", source: person, target: sender, sentence, rule: "works.dispatched" });
    }
    if (publisher) found.push(...bylineJournalists(ctx, index, publisher));
  });
  return found;
}

/** The titles written right before a person, nearest last: 县委副书记、县长 → [县长, 副书记]. */
function titlesBefore(text: string, end: number, limit: number): { word: string; start: number }[] {
  const titles: { word: string; start: number }[] = [];
  let at = end;
  while (at > limit) {
    while (at > limit && /[\s、]/.test(text[at - 1]!)) at--;
    const title = TITLES_LONGEST_FIRST.find((t) => at - t.length >= limit && text.slice(at - t.length, at) === t);
    if (!title) break;
    titles.push({ word: title, start: at - title.length });
    at -= title.length;
  }
  return titles;
}

/** 那坡县委 + 县长 → 那坡县人民政府, when the article names that government. */
function governmentOf(body: ResolvedMention, title: string, entities: { id: string; name: string; type: string }[], ctx: DocumentContext): ResolvedMention | undefined {
  if (!GOVERNMENT_HEAD.test(title)) return body;
  const place = body.entity.name.replace(/(?:党委|委)$/, "");
  const government = entities.find((e) => e.type === "government" && e.name === `${place}人民政府`);
  return government ? ctx.mentions.find((m) => m.entity.id === government.id) : undefined;
}

/** (覃明理 沈 永 黄海) after a dateline, （记者 韦明）: the article's journalists work for its publisher. */
function bylineJournalists(ctx: DocumentContext, index: number, publisher: ResolvedMention): Finding[] {
  const sentence = ctx.sentences[index]!;
  const found: Finding[] = [];
  for (const match of sentence.text.matchAll(/电\s*[（(]([^）)]{2,40})[）)]/g)) {
    const from = sentence.start + match.index;
    const to = from + match[0].length;
    for (const person of ctx.mentionsIn(index).filter((m) => m.entity.type === "person" && m.start >= from && m.end <= to)) {
      found.push({ type: "works_for", source: person, target: publisher, sentence, rule: "works.dateline-byline" });
    }
  }
  return found;
}
