import type { ResolvedMention } from "../mention.js";
import { BODY_TYPES, PLACE_TYPES, type DocumentContext, type Finding } from "./context.js";

/**
 * 张三是甲区商务局派驻乙村的干部, 驻村第一书记张三系甲局选派到乙村的挂职干部: the person first,
 * then a copula, the body or place that sent them, a verb of sending and the host. As in
 * "甲派驻乙的挂职干部张三" (GUIDELINES, 挂职/派驻), the person works for the sender and holds
 * the post at the host: the post written after 的, or the 第一书记 written before the name.
 */
export function findCopulaSecondments(ctx: DocumentContext): Finding[] {
  const text = ctx.doc.text;
  const found: Finding[] = [];
  ctx.sentences.forEach((sentence, index) => {
    if (!SENT_ANYWHERE.test(sentence.text)) return;
    const mentions = ctx.mentionsIn(index);
    mentions.forEach((person, k) => {
      const sender = mentions[k + 1];
      const first = mentions[k + 2];
      if (person.entity.type !== "person" || !sender || !first || !isParty(sender) || !isParty(first)) return;
      if (!COPULA.test(text.slice(person.end, sender.start)) || !SENT.test(text.slice(sender.end, first.start))) return;
      // …派驻甲市乙镇丙村的干部: the host is the innermost place of the chain written there.
      let host = first;
      for (let next = k + 3; mentions[next]?.start === host.end && isParty(mentions[next]!); next++) host = mentions[next]!;
      const post = POST_AFTER_HOST.exec(text.slice(host.end, host.end + 10))?.[1];
      if (!post) return;
      const before = FIRST_SECRETARY_BEFORE.exec(text.slice(Math.max(sentence.start, person.start - 6), person.start))?.[1];
      found.push({ type: "works_for", source: person, target: sender, sentence, rule: "works.dispatched-copula" });
      found.push({ type: "holds_position", source: person, target: host, sentence, title: post === "干部" && before ? before : post, rule: "positions.dispatched-copula" });
    });
  });
  return found;
}

/** The person's copula: 是, 系, 为 (张三是…, 张三系…). */
const COPULA = /^(?:是|系)$/;
/** Verbs of sending someone to serve elsewhere, written between the sender and the host. */
const SENT = /^(?:派驻到?|选派到|选派至|派到|派往|下派到|委派到)$/;
const SENT_ANYWHERE = /(?:派驻|选派|派到|派往|下派|委派)/;
/** What the one sent is called after the host: 的干部, 的挂职干部, 的驻村第一书记, 的帮扶干部. */
const POST_AFTER_HOST = /^的((?:挂职|驻村|帮扶|援派)?(?:干部|第一书记|工作队队员|工作队员))(?![\p{Script=Han}]*(?:之一))/u;
/** 驻村第一书记张三是…: a first secretary's title just before the name. */
const FIRST_SECRETARY_BEFORE = /(?:驻村)?(第一书记)$/;

/**
 * 张三是乙医院的医生, 李四是甲小学的一名教师, 王五是丙公司总经理: the person first, a copula, a
 * workplace (GUIDELINES: companies, hospitals, schools, media) and what the person is there.
 */
export function findCopulaWorkplaces(ctx: DocumentContext): Finding[] {
  const text = ctx.doc.text;
  const found: Finding[] = [];
  ctx.sentences.forEach((sentence, index) => {
    if (!/[是系]/.test(sentence.text)) return;
    const mentions = ctx.mentionsIn(index);
    mentions.forEach((person, k) => {
      const body = mentions[k + 1];
      if (person.entity.type !== "person" || !body || !isWorkplaceMention(body)) return;
      if (!COPULA.test(text.slice(person.end, body.start)) || !ROLE_AT_WORKPLACE.test(text.slice(body.end, body.end + 12))) return;
      found.push({ type: "works_for", source: person, target: body, sentence, rule: "works.copula" });
    });
  });
  return found;
}

/** What one is at a workplace, after it: 的医生, 的一名骨干教师, 院长, 的支教老师 (not 的学生, 的患者). */
const ROLE_AT_WORKPLACE = /^的?(?:一名|一位)?[\p{Script=Han}]{0,4}?(?:医生|医师|护士|护士长|老师|教师|员工|职工|工程师|技术员|记者|编辑|主任|副主任|院长|副院长|校长|副校长|经理|总经理|董事长|干部|专家)(?![\p{Script=Han}]*(?:患者|学生|家属))/u;

const MEDIUM_NAME = /(?:报|报社|网|台|客户端|新闻|融媒体中心|杂志|通讯社|新闻社)$/;

function isWorkplaceMention(mention: ResolvedMention): boolean {
  return ["company", "hospital", "school"].includes(mention.entity.type) || (mention.entity.type === "organization" && MEDIUM_NAME.test(mention.entity.name));
}

function isParty(mention: ResolvedMention): boolean {
  return BODY_TYPES.has(mention.entity.type) || PLACE_TYPES.has(mention.entity.type);
}
