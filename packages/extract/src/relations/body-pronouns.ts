import type { ResolvedMention } from "../mention.js";
import type { DocumentContext } from "./context.js";

/**
 * 该公司, 这家企业, 该集团, 该基金会, 该协会: a body named by a pronoun and its head word; a sent team by
 * its head alone opening a clause that gives or brings (工作队投入资金…, 医疗队捐赠…).
 * 企业负责人/公司代表 opening a clause (企业负责人表示，将…捐赠) names the company the text is about
 * too; so does the body a person speaks for (会长张三代表协会…). (A bare 学校 after 向/为/给, the
 * school named before, lifted only the read part of the dev set and is left out.)
 */
const BODY_PRONOUN = /(?:该|这家|此|这个)(公司|企业(?!家)|集团|基金会|慈善会|协会|商会|医院|工作队|工作组|医疗队)|(?<=^|[，,。；：:\s])(企业|公司)(?=负责人|代表|董事长|总经理|总裁)|(?<=代表)(公司|企业(?!家)|集团|基金会|协会|商会|学校|医院)|(?<=^|[，,。；：:\s])(工作队|工作组|医疗队)(?=[^\p{Script=Han}]|投入|出资|捐|援|筹|争取|落实|协调|引进|拨付)/gu;

/** Which bodies a head word names: 公司/企业 any company; 基金会, 协会… an organisation with that head. */
function fits(head: string, mention: ResolvedMention): boolean {
  const { type, name } = mention.entity;
  if (head === "公司" || head === "企业") return type === "company";
  if (head === "集团") return type === "company" && /集团/.test(name);
  if (head === "医院") return type === "hospital";
  if (head === "学校") return type === "school";
  // 工作队投入…: the team a place sent, named before (甲省第十批援藏工作队), a body of either kind.
  if (head === "工作队" || head === "工作组" || head === "医疗队") return (type === "government" || type === "organization") && name.endsWith(head);
  return type === "organization" && name.endsWith(head);
}

/** How far back a pronoun may reach for its body: the paragraph it is in and the one before it. */
const PARAGRAPHS_BACK = 2;

/**
 * The body pronouns of a sentence as mentions of the body they stand for: the nearest body of
 * the fitting kind named before, in the pronoun's paragraph or the one before it. No mention
 * when none is named there (该企业 in a text about many, unnamed, firms names no one).
 */
export function bodyPronouns(ctx: DocumentContext, index: number): ResolvedMention[] {
  const text = ctx.doc.text;
  const sentence = ctx.sentences[index]!;
  const found: ResolvedMention[] = [];
  for (const match of sentence.text.matchAll(BODY_PRONOUN)) {
    const start = sentence.start + match.index;
    // 该公司 inside a longer name (该公司党支部 is read as a name of its own elsewhere) or a named mention: skip.
    if (ctx.mentions.some((m) => m.start <= start && m.end > start)) continue;
    const head = (match[1] ?? match[2] ?? match[3] ?? match[4])!;
    const from = paragraphStart(text, start, PARAGRAPHS_BACK);
    const named = (m: ResolvedMention) => m.end <= start && m.start >= from && !m.nested && fits(head, m);
    // 该公司 after 甲公司出资的乙加工厂: a firm named 公司 (or 集团) before any other firm.
    const body = (head === "公司" ? ctx.mentions.findLast((m) => named(m) && /公司|集团/.test(m.entity.name)) : undefined) ?? ctx.mentions.findLast(named);
    if (body) found.push({ entity: body.entity, start, end: start + match[0].length, text: match[0], nested: false });
  }
  return found;
}

/** Where the paragraph `count - 1` paragraphs before the one holding `at` starts. */
function paragraphStart(text: string, at: number, count: number): number {
  let from = at;
  for (let k = 0; k < count && from > 0; k++) {
    from = text.lastIndexOf("\n", from - 1);
    if (from < 0) return 0;
    // Blank lines between paragraphs are one break.
    while (from > 0 && /\s/.test(text[from - 1]!)) from--;
  }
  return from;
}
