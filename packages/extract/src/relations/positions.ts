import type { ResolvedMention } from "../mention.js";
import { BODY_TYPES, PLACE_TYPES, type DocumentContext, type Finding } from "./context.js";
import type { RuleId } from "./rules.js";
import type { Sentence } from "./sentences.js";
import { GOVERNMENT_HEAD, NOT_A_POST, PARTY_TITLE, PRESS_TITLE, titleEndingAt, type TitleAt } from "./titles.js";

/** Bodies of the press, by their head words: a journalist of one works for it. */
const MEDIUM = /(?:报|报社|网|台|客户端|新闻|融媒体中心|杂志|通讯社|新闻社)$/;
/** Where a person works for the body whose title they hold: companies, hospitals, schools and media (not associations). */
const isWorkplace = (m: ResolvedMention) => ["company", "hospital", "school"].includes(m.entity.type) || (m.entity.type === "organization" && MEDIUM.test(m.entity.name));

/** Organs of a body written between it and a title: 董事局, 董事会, 党委 (of a company, a school). */
const ORGAN = /^(?:董事局|董事会|理事会|监事会|党委|党总支|党支部|工会)$/;

/** Words that say a post is (or was) held, before a chain joined to its holder by 的 (时任…的张三). */
const HOLDING_BEFORE = /(?:时任|现任|曾任|担任|原任|历任|身为|作为|挂职|挂任|兼任)$/;

/** What follows the body that sent someone, in a chain of posts (乙医院派驻专家, 丙区选派的干部). */
const DISPATCHED = /^(?:派驻|选派|援派|下派|派出)的?(?:专家|医生|医师|教师|干部|骨干|人才)?$/;
/** A verb of holding office after a 、 inside a chain (甲局副局长、挂任乙局副局长的张三). */
const HOLDING_INSIDE = /[、，,](?:挂任|兼任|现任|挂职)/;

/** A note in brackets between a title and what follows it: （挂职）, （兼）, （援藏）. */
const NOTE_AFTER_TITLE = /[（(](?:挂职|兼|挂任|援派|援藏|援疆)[）)]\s*$/;

/** One link of a chain of titles: a body and the titles written after it (or titles alone). */
interface ChainItem {
  body?: ResolvedMention;
  titles: TitleAt[];
  /** Titles written after a body the recognizer did not find: they give nothing. */
  unknownBody?: boolean;
  /** Titles held on secondment (乙医院副院长（挂职）): the person does not work for that body. */
  seconded?: boolean;
}

/** What a person's titles gave: the findings, and the body the last of them belongs to. */
interface Held {
  person: ResolvedMention;
  findings: Finding[];
  body?: ResolvedMention;
}

/**
 * `holds_position` and `works_for` from the titles before a person: a chain of bodies and
 * titles (甲县委副书记、县长张三 → 甲县委 and 甲县人民政府, or the place 甲县 when the article
 * names no government), a title shared by a list (县领导张三、李四; 甲医院张三、李四), journalists of a medium in a byline
 * (甲日报讯（记者 张三 通讯员 李四）), `X的Y` and `X派驻…Y`.
 */
export function findPositions(ctx: DocumentContext): Finding[] {
  const found: Finding[] = [];
  const text = ctx.doc.text;
  const publisher = ctx.mentions.find((m) => m.entity.type === "organization" && m.entity.name === ctx.doc.info.source);
  // The medium whose byline opens the article (甲日报讯): a 校对 or 编辑 on a line of their own works for it.
  const ownMedium = ctx.mentions.find((m) => m.entity.type === "organization" && MEDIUM.test(m.entity.name) && /^\s*讯/.test(text.slice(m.end, m.end + 3))) ?? publisher;
  ctx.sentences.forEach((sentence, index) => {
    // 该院院长张三, 该县副县长李四: a pronoun names the body as well as its name would.
    const mentions = ctx.mentionsWithPronouns(index);
    let previous: Held | undefined;
    for (const [k, person] of mentions.entries()) {
      if (person.entity.type !== "person") continue;
      const chain = chainBefore(text, mentions, k, sentence.start);
      // 时任甲县教育局局长的张三: a chain of titles joined to the name by 的, after a word of holding office.
      if (!chain.length && text[person.start - 1] === "的") {
        const held = chainBefore(text, mentions, k, sentence.start, person.start - 1);
        const opened = held.length > 0 && HOLDING_BEFORE.test(text.slice(Math.max(sentence.start, chainStart(held, person) - 3), chainStart(held, person)));
        // 甲局副局长、挂任乙局副局长的张三: the verb of holding office may open a later item of the chain.
        const inside = held.length > 1 && HOLDING_INSIDE.test(text.slice(chainStart(held, person), person.start));
        if (opened || inside) chain.push(...held);
      }
      const listed = previous && /^\s*[、和及与]?\s*$/.test(text.slice(previous.person.end, chain.length ? chainStart(chain, person) : person.start));
      // 区政协主席张三，副主席李四: a comma lists people too when the titles after it fit the body before.
      const listedByComma = !listed && previous !== undefined && chain.length > 0 && /^\s*[，,]\s*$/.test(text.slice(previous.person.end, chainStart(chain, person))) && fitsBody(chain, previous);
      // 甲医院骨科医生张三、儿科护士长李四: a department with no hospital before it is a department of the hospital listed before.
      const listedDepartment = !listed && previous?.body?.entity.type === "hospital" && chain.length === 1 && chain[0]!.unknownBody === true && isListedDepartment(text.slice(previous.person.end, chainStart(chain, person)), chain[0]!);
      let held: Held;
      if (listedDepartment && previous) {
        const inDepartment = holdings(ctx, person, [{ titles: chain[0]!.titles }], sentence, previous.body);
        held = { ...inDepartment, findings: inDepartment.findings.map((f) => ({ ...f, rule: f.type === "works_for" ? "works.listed-department" : "positions.listed-department" })) };
      } else if (chain.length === 0 && listed && previous) {
        // 县领导张三、李四: the second person holds what the first holds.
        held = { person, body: previous.body, findings: previous.findings.map((f) => ({ ...f, source: person, sentence })) };
      } else {
        // 甲县委书记张三、县长李四: titles without a body of their own are held in the body of the person listed before.
        held = holdings(ctx, person, chain, sentence, (listed && previous?.body && (isWorkplace(previous.body) || fitsBody(chain, previous))) || listedByComma ? previous!.body : undefined);
      }
      // A journalist with no medium of their own writes for the byline's media; the article's
      // publisher only for a bracketed byline of its own (reposts keep the first medium's bylines).
      // 乙/文 丙/图 in a byline: the role written after the name makes a journalist too.
      const press = chain.flatMap((c) => c.titles).find((t) => PRESS_TITLE.test(t.word)) ?? roleAfter(text, person);
      const media = press && (!held.body || isWorkplace(held.body)) ? mediaBefore(text, mentions, k) : [];
      // （记者 张三） on its own: the article's publisher's journalist.
      const bracketed = press && /[（(]\s*$/.test(text.slice(Math.max(sentence.start, press.start - 3), press.start));
      if (press && !held.body && !media.length && bracketed && publisher) media.push(publisher);
      // 校对 乙 on a line of its own: the article's own medium's.
      const ownLine = press && /(?:^|\n)[ \t\u3000]*$/.test(text.slice(Math.max(0, press.start - 4), press.start));
      if (press && !held.body && !media.length && ownLine && ownMedium) media.push(ownMedium);
      if (press && media.length) {
        held = { person, body: media[media.length - 1]!, findings: media.flatMap((medium): Finding[] => [
          { type: "holds_position", source: person, target: medium, sentence, title: press.word, rule: medium === publisher || ownLine ? "positions.reporter-of-publisher" : "positions.byline-medium" },
          { type: "works_for", source: person, target: medium, sentence, rule: medium === publisher || ownLine ? "works.reporter-of-publisher" : "works.byline-medium" },
        ]) };
      }
      // 甲小学张三校长: the title after the name, the body before it.
      const body = k > 0 ? mentions[k - 1] : undefined;
      const after = titleAfter(text, person.end, k + 1 < mentions.length ? mentions[k + 1]!.start : sentence.end);
      if (!held.findings.length && body && after && !NOT_A_POST.has(after) && body.end === person.start && (BODY_TYPES.has(body.entity.type))) {
        const target = targetOf(ctx, body, after);
        if (target) held.findings.push({ type: "holds_position", source: person, target, sentence, title: after, rule: "positions.title-after" });
        if (isWorkplace(body)) held.findings.push({ type: "works_for", source: person, target: body, sentence, rule: "works.title-after" });
      }
      // 选派主任医师张三到乙医院挂职副院长: the post held where the person was sent (GUIDELINES, 挂职).
      const host = hostPost(ctx, mentions, k, sentence);
      if (host) held.findings.push(host);
      // 甲医院张三、李四: a workplace written right before the name, with no title (GUIDELINES, lists).
      if (!held.findings.length && !chain.length && !listed && body && isWorkplace(body) && body.end === person.start && /^[、和及]/.test(text.slice(person.end, person.end + 1))) {
        held = { person, body, findings: [{ type: "works_for", source: person, target: body, sentence, rule: "works.body-person" }] };
      }
      // 张三，甲县乙镇党委书记，…: a body and a title in apposition after the name.
      if (!held.findings.length) held.findings.push(...apposition(ctx, mentions, k, sentence));
      // 张三（甲县委常委、副县长）, 张三担任甲村第一书记: the chain written after the name.
      // 甲中学副校长张三现任乙中学副校长（挂职）: a verb of holding office adds the posts after it to those before.
      if (!held.findings.length || HOLDING_AFTER_NAME.test(text.slice(person.end, person.end + 6))) held.findings.push(...chainAfter(ctx, mentions, k, sentence));
      found.push(...held.findings);
      previous = held;
      // Only where people work (GUIDELINES: companies, hospitals, schools, media): a member of an association does not work for it.
      if (body && isWorkplace(body) && text.slice(body.end, person.start) === "的") {
        found.push({ type: "works_for", source: person, target: body, sentence, rule: "works.of-body" });
      }
      // 来自甲医院的医生张三: the workplace the person comes from, a word for people between.
      const between = body ? text.slice(body.end, person.start) : "";
      if (body && isWorkplace(body) && between !== "的" && /^的[\p{Script=Han}]{1,6}$/u.test(between) && titleEndingAt(text, person.start, body.end + 1)?.start === body.end + 1) {
        // 甲医院的主治医师张三: without 来自 too, the title after 的 says the person works there.
        const from = /来自$/.test(text.slice(Math.max(sentence.start, body.start - 2), body.start));
        // …but not 派驻乙医院的挂职干部张三: the host of one sent there (works.dispatched reads the sender).
        const host = /(?:派驻|选派到|派到|派往|挂职)$/.test(text.slice(Math.max(sentence.start, body.start - 3), body.start)) || /^的(?:挂职|驻村|帮扶)/.test(between);
        if (from || !host) found.push({ type: "works_for", source: person, target: body, sentence, rule: from ? "works.from-body" : "works.of-body-title" });
      }
      // 支教老师张三来自甲小学: the workplace right after 来自.
      const origin = mentions[k + 1];
      if (origin && isWorkplace(origin) && /^[，,]?(?:均|都)?来自$/.test(text.slice(person.end, origin.start)) && /^(?:的|[，,。；、）)]|$)/.test(text.slice(origin.end, origin.end + 1))) {
        found.push({ type: "works_for", source: person, target: origin, sentence, rule: "works.comes-from" });
      }
      // 甲医院选派主任医师张三到乙医院…, 甲医院派出的医生张三: the workplace that sent the person.
      const sentBy = sentByWorkplace(text, body, person);
      if (sentBy) found.push({ type: "works_for", source: person, target: sentBy, sentence, rule: "works.sent-by" });
      const before = text.slice(Math.max(sentence.start, person.start - 40), person.start);
      const sender = mentions.slice(0, k).findLast((m) => text.slice(m.end, m.end + 2) === "派驻");
      if (sender && before.includes("派驻")) {
        found.push({ type: "works_for", source: person, target: sender, sentence, rule: "works.dispatched" });
        // 甲区派驻乙县的挂职干部张三: the post of the one sent is held where it was sent (GUIDELINES, 挂职/派驻).
        const host = mentions.slice(0, k).find((m) => m.start === sender.end + 2 && isBody(m));
        // …and 派驻乙医院的挂职副院长张三: a post of the host's own, held on secondment.
        const post = host && (/^的?((?:挂职|驻村|帮扶)干部)$/.exec(text.slice(host.end, person.start)) ?? secondedPost(text, host.end, person.start));
        if (post) found.push({ type: "holds_position", source: person, target: host, sentence, title: post[1]!, rule: "positions.dispatched" });
      }
    }
    if (publisher) found.push(...bylineJournalists(ctx, index, publisher));
  });
  return found;
}

/**
 * Whether titles written without a body belong to the body of the person listed before: the
 * same post or its deputy (主席张三、副主席李四), or a post of the body's own level (甲县委书记张三、县长李四).
 */
function fitsBody(chain: ChainItem[], previous: Held): boolean {
  const first = chain[0];
  if (!first || first.body || first.unknownBody || !previous.body) return false;
  const plain = (title: string) => title.replace(/^(?:常务)?副/, "");
  const before = new Set(previous.findings.flatMap((f) => (f.title ? [plain(f.title)] : [])));
  const level = /([县区市州旗镇乡])(?:委|党委|党工委|人民政府|政府)?$/.exec(previous.body.entity.name)?.[1];
  return first.titles.every((t) => before.has(plain(t.word)) || (level !== undefined && new RegExp(`^(?:常务)?副?${level}(?:长|委)`).test(t.word)));
}

function chainStart(chain: ChainItem[], person: ResolvedMention): number {
  const first = chain[0]!;
  return first.body?.start ?? first.titles[first.titles.length - 1]?.start ?? person.start;
}

/**
 * The chain written right before the k-th mention, left to right: items joined by 、, each a
 * body followed by titles (甲县委副书记), or titles alone (县长).
 */
function chainBefore(text: string, mentions: ResolvedMention[], k: number, sentenceStart: number, end = mentions[k]!.start): ChainItem[] {
  const items: ChainItem[] = [];
  let at = end;
  let m = k - 1;
  while (at > sentenceStart) {
    const limit = m >= 0 ? mentions[m]!.end : sentenceStart;
    // 副县长（挂职）张三, 县委副书记（挂职）、乙局副主任张三: a note in brackets after the title of any item.
    const note = NOTE_AFTER_TITLE.exec(text.slice(Math.max(sentenceStart, at - 8), at));
    const noted = note !== null && at - note[0].length >= limit;
    if (noted) at -= note[0].length;
    const seconded = noted && /挂职|挂任/.test(note[0]);
    while (at > limit && /\s/.test(text[at - 1]!)) at--;
    const titles: TitleAt[] = [];
    for (let title = titleEndingAt(text, at, limit); title; title = titleEndingAt(text, at, limit)) {
      titles.push(title);
      at = title.start;
    }
    // 甲医院副院长、乙医院派驻专家张三: the body that sent the person (works.dispatched reads it)
    // holds no post of theirs; the chain goes on before it.
    const sender = m >= 0 ? mentions[m]! : undefined;
    const sent = sender && isBody(sender) && DISPATCHED.test(text.slice(sender.end, at)) ? sender : undefined;
    if (sent && /[、，,]/.test(text[sent.start - 1] ?? "")) {
      at = sent.start - 1;
      m--;
      continue;
    }
    if (!titles.length) break;
    // A medium may stand apart from its journalist's title: 甲日报  记者 张三.
    let gapEnd = at;
    while (gapEnd > limit && /\s/.test(text[gapEnd - 1]!)) gapEnd--;
    const candidate = m >= 0 ? mentions[m]! : undefined;
    // 甲集团董事局主席, 甲公司党委书记: an organ of the body between it and the title.
    // 甲医院骨科主任, 甲医院内科医生: a hospital's department between it and the title.
    const department = candidate?.entity.type === "hospital" && /^\p{Script=Han}{1,5}科/u.test(text.slice(candidate.end, at) + text.slice(at, at + 1)) && /^\p{Script=Han}{0,5}$/u.test(text.slice(candidate.end, at));
    const organ = candidate && (ORGAN.test(text.slice(candidate.end, at)) || department);
    const body = candidate && isBody(candidate) && (candidate.end === at || organ || (candidate.end === gapEnd && MEDIUM.test(candidate.entity.name))) ? candidate : undefined;
    if (body) {
      items.unshift({ titles: titles.reverse(), body, ...(seconded ? { seconded } : {}) });
      at = body.start;
      m--;
    } else {
      // 、乙局副局长张三 with 乙局 not recognised: the titles belong to a body we do not know.
      const unknown = /[^、，,。；\s]{2,16}$/.exec(text.slice(Math.max(limit, at - 16), at));
      const beforeUnknown = unknown ? at - unknown[0].length : at;
      const known = unknown && /[、，,]/.test(text[beforeUnknown - 1] ?? "") && beforeUnknown > limit;
      // 甲区某某局副局长: an unknown body that opens with a place the recognizer found.
      const opensWithPlace = unknown && beforeUnknown === limit && candidate && PLACE_TYPES.has(candidate.entity.type);
      items.unshift({ titles: titles.reverse(), ...(known || opensWithPlace ? { unknownBody: true } : {}) });
      if (known) at = beforeUnknown;
      if (opensWithPlace) {
        at = candidate.start;
        m--;
      }
    }
    // Items are joined by 、 (甲县委副书记、县长), or by ， when a title ends the item before; 兼 joins two titles of one body.
    if (text[at - 1] === "兼") {
      at--;
      continue;
    }
    // 甲局副局长、挂任乙局副局长: a verb of holding office opens the item after the 、.
    const holding = /(?:挂任|兼任|现任|挂职)$/.exec(text.slice(Math.max(sentenceStart, at - 2), at));
    if (holding && /[、，,]/.test(text[at - 3] ?? "")) at -= 2;
    if (!/[、，,]/.test(text[at - 1] ?? "")) break;
    at--;
  }
  return items;
}

/** Between two people of a list, the department of the second's title (、儿科护士长, 、放射科主任): a hospital's. */
function isListedDepartment(between: string, item: ChainItem): boolean {
  const title = item.titles[item.titles.length - 1];
  return /^、\p{Script=Han}{1,5}$/u.test(between) && (between.endsWith("科") || title?.word.startsWith("科") === true);
}

/** 的挂职副院长 between the host and the person: the post (挂职副院长) when what follows 挂职 is a title, written whole. */
function secondedPost(text: string, from: number, to: number): RegExpExecArray | null {
  const match = /^的?(挂职(\p{Script=Han}{2,6}))$/u.exec(text.slice(from, to));
  const title = match && titleEndingAt(text, to, to - match[2]!.length);
  return match && title && title.start === to - match[2]!.length && !NOT_A_POST.has(title.word) ? match : null;
}

/** Verbs by which a workplace sends its people to help elsewhere (选派, 派出的, 下派). */
const SENDING = /^(?:选派|派出|下派|援派|委派|抽调)了?的?/;

/**
 * 甲医院选派骨科主任医师张三, 甲小学派出的教师张三: the workplace right before the verb of sending
 * (a title may stand between the verb and the name, not another word).
 */
function sentByWorkplace(text: string, body: ResolvedMention | undefined, person: ResolvedMention): ResolvedMention | undefined {
  if (!body || !isWorkplace(body)) return undefined;
  const verb = SENDING.exec(text.slice(body.end, person.start));
  if (!verb) return undefined;
  const from = body.end + verb[0].length;
  if (from === person.start) return body;
  // 骨科主任医师: a department before the title is fine, nothing else is.
  const title = titleEndingAt(text, person.start, from);
  return title && /^\p{Script=Han}{0,4}$/u.test(text.slice(from, title.start)) ? body : undefined;
}

/** 张三，甲镇党委书记，他说…: the body right after the comma and its title, closed by a comma or the sentence's end. */
function apposition(ctx: DocumentContext, mentions: ResolvedMention[], k: number, sentence: Sentence): Finding[] {
  const text = ctx.doc.text;
  const person = mentions[k]!;
  let body = mentions[k + 1];
  if (!body || body.start !== person.end + 1 || !/[，,]/.test(text[person.end]!)) return [];
  // 甲县乙镇党委: the innermost body of a chain of places.
  for (let next = mentions[k + 2], i = k + 2; next && next.start === body.end; next = mentions[++i]) body = next;
  if (!isBody(body)) return [];
  const title = titleAfter(text, body.end, sentence.end);
  if (!title || NOT_A_POST.has(title) || !/^[，,。；;]/.test(text.slice(body.end + title.length, body.end + title.length + 1))) return [];
  const target = targetOf(ctx, body, title);
  const found: Finding[] = target ? [{ type: "holds_position", source: person, target, sentence, title, rule: "positions.apposition" }] : [];
  if (isWorkplace(body)) found.push({ type: "works_for", source: person, target: body, sentence, rule: "works.apposition" });
  return found;
}

/** 张三（…）, 张三担任…, 张三现任…, 张三，目前担任…, 张三，甲县委常委、副县长，…: where the chain after a name starts, and what closes it. */
const CHAIN_AFTER = /^(?:[（(]([^（()）]{2,30})[）)]|(?:[，,]?(?:目前|现在|同时|已经|已|还|并)?(?:担任|现任|出任|兼任|挂任|挂职|任)|[，,])([^，,。；;（(]{2,30}?)(?=(?:[（(](?:挂职|兼|挂任|援派|援藏|援疆)[）)])?(?:[，,。；;]|$)))/;

/** 张三现任…, 张三，目前担任…: a verb of holding office right after the name (not 任务, 任职期间…). */
const HOLDING_AFTER_NAME = /^[，,]?(?:目前|现在|同时|已经|已|还|并)?(?:担任|现任|出任|兼任|挂任|挂职)/;

/** The posts of a chain written after the name, in brackets or after a verb of holding office (GUIDELINES: titles in apposition). */
function chainAfter(ctx: DocumentContext, mentions: ResolvedMention[], k: number, sentence: Sentence): Finding[] {
  const text = ctx.doc.text;
  const person = mentions[k]!;
  const match = CHAIN_AFTER.exec(text.slice(person.end, sentence.end));
  if (!match) return [];
  const open = person.end + match[0].length - (match[1] ?? match[2]!).length - (match[1] !== undefined ? 1 : 0);
  const close = open + (match[1] ?? match[2]!).length;
  let next = k + 1;
  while (next < mentions.length && mentions[next]!.start < close) next++;
  const chain = chainBefore(text, mentions, next, open, close);
  // 担任甲县乙镇丙村第一书记: the places written before the body only locate it.
  let from = open;
  for (const m of mentions.slice(k + 1, next)) if (m.start === from && PLACE_TYPES.has(m.entity.type) && m.end < close) from = m.end;
  const start = chain.length ? chainStart(chain, person) : -1;
  if (start < open || start > from) return [];
  const rule = (f: Finding): Finding => ({ ...f, rule: f.type === "works_for" ? "works.apposition" : "positions.apposition" });
  // 挂职乙中学副校长, 乙中学副校长（挂职）: a post held on secondment; the person works for the body that sent them (GUIDELINES, 挂职).
  // 甲医院派驻乙医院的挂职干部张三担任该院副院长: so is a post of one the sentence says was sent.
  const seconded = /挂职|挂任/.test(text.slice(person.end, open)) || /^[（(](?:挂职|挂任)[）)]/.test(text.slice(close, close + 4)) || /派驻|挂职/.test(text.slice(Math.max(sentence.start, person.start - 30), person.start));
  return holdings(ctx, person, chain, sentence).findings.filter((f) => !(seconded && f.type === "works_for")).map(rule);
}

/** The byline role written after a name (丙/图, 乙/文, 丁/摄) as the title it stands for. */
function roleAfter(text: string, person: ResolvedMention): TitleAt | undefined {
  const role = /^\s*[/／](文|图|摄影|摄)(?![\p{Script=Han}])/u.exec(text.slice(person.end, person.end + 5));
  return role ? { word: role[1] === "文" ? "记者" : "摄影", start: person.start } : undefined;
}

/** 张三到乙医院挂职副院长, 张三赴乙县挂任副县长: a verb of going, the host, a verb of serving and the post. */
const TO_HOST = /^(?:到|赴|至|前往)$/;
const SERVING = /^(?:挂职|挂任|担任|任)/;

function hostPost(ctx: DocumentContext, mentions: ResolvedMention[], k: number, sentence: Sentence): Finding | undefined {
  const text = ctx.doc.text;
  const person = mentions[k]!;
  let host = mentions[k + 1];
  if (!host || !isBody(host) || !TO_HOST.test(text.slice(person.end, host.start))) return undefined;
  // 到甲县乙镇丙村任第一书记: the innermost body of a chain of places.
  for (let i = k + 2; mentions[i] && mentions[i]!.start === host.end && isBody(mentions[i]!); i++) host = mentions[i]!;
  const serving = SERVING.exec(text.slice(host.end, host.end + 2));
  if (!serving) return undefined;
  const title = titleAfter(text, host.end + serving[0].length, sentence.end);
  if (!title || NOT_A_POST.has(title)) return undefined;
  const target = targetOf(ctx, host, title);
  return target ? { type: "holds_position", source: person, target, sentence, title: /挂/.test(serving[0]) ? `挂职${title}` : title, rule: "positions.sent-to-host" } : undefined;
}

/** What a place's cadre on secondment is called before the posts held where they serve. */
const SECONDED_CADRE = /^(?:挂职|援派|帮扶|援疆|援藏)?干部$/;

/** The title written right after a name (张三校长, 李四书记), the longest that fits before `limit`. */
function titleAfter(text: string, start: number, limit: number): string | undefined {
  for (let end = Math.min(limit, start + 8); end > start; end--) {
    const title = titleEndingAt(text, end, start);
    if (title && title.start === start) return title.word;
  }
  return undefined;
}

const isBody = (m: ResolvedMention) => BODY_TYPES.has(m.entity.type) || PLACE_TYPES.has(m.entity.type);

/**
 * The findings of a person's chain, each title at its body; titles before any body take
 * `inherited`, the workplace of the person listed before (甲医院院长张三、副院长李四).
 */
function holdings(ctx: DocumentContext, person: ResolvedMention, chain: ChainItem[], sentence: Sentence, inherited?: ResolvedMention): Held {
  const findings: Finding[] = [];
  let body = inherited;
  chain.forEach((item, i) => {
    const own = Boolean(item.body);
    if (item.body) body = item.body;
    if (!body || item.unknownBody) return;
    // 甲区挂职干部、乙县委常委、副县长张三: the place that sent the cadre, posts held at another body after it (GUIDELINES, 挂职).
    const sender = own && PLACE_TYPES.has(body.entity.type) && item.titles.length === 1 && SECONDED_CADRE.test(item.titles[0]!.word) && chain.slice(i + 1).some((c) => c.body && c.body.entity.id !== body!.entity.id);
    if (sender) {
      findings.push({ type: "works_for", source: person, target: body, sentence, rule: "works.seconded-from" });
      return;
    }
    for (const [t, title] of item.titles.entries()) {
      if (NOT_A_POST.has(title.word)) continue;
      const target = targetOf(ctx, body, title.word);
      if (!target) continue;
      // 市委书记张三: a body written short was resolved to the article's place, which is less sure.
      const short = body.text.length < body.entity.name.length && body.entity.name.endsWith(body.text);
      const rule: RuleId = own && t === 0 ? (short ? "positions.short-body-title" : "positions.body-title-person") : "positions.title-chain";
      findings.push({ type: "holds_position", source: person, target, sentence, title: title.word, rule });
    }
    const workplace = item.body ?? (item === chain[0] ? inherited : undefined);
    if (workplace && isWorkplace(workplace) && !item.seconded) findings.push({ type: "works_for", source: person, target: workplace, sentence, rule: "works.body-title-person" });
  });
  return { person, findings, ...(body ? { body } : {}) };
}

/**
 * Where a title is held: a government title at X人民政府 when the article names it, else at
 * the place X (甲县委 + 县长 → 甲县人民政府, or 甲县); any other title at the body itself.
 */
function targetOf(ctx: DocumentContext, body: ResolvedMention, title: string): ResolvedMention | undefined {
  const isPlace = PLACE_TYPES.has(body.entity.type);
  const isParty = body.entity.type === "government" && /(?:党委|党工委|委)$/.test(body.entity.name) && !/委员会$/.test(body.entity.name);
  // 甲县县委书记, 甲镇党委副书记: a party title after a place is held at the place's party body when the article names it.
  if (isPlace && PARTY_TITLE.test(title)) {
    const party = ctx.mentions.find((m) => m.entity.type === "government" && [`${body.entity.name}委`, `${body.entity.name}党委`, `${body.entity.name}党工委`].includes(m.entity.name));
    return party ?? body;
  }
  if (!GOVERNMENT_HEAD.test(title) || (!isPlace && !isParty)) return body;
  // 甲市市委 (a level word written twice) is 甲市's.
  const place = isPlace ? body.entity.name : body.entity.name.replace(/(?:党工委|党委|委)$/, "").replace(/([县区市州旗镇乡])\1$/, "$1");
  // 甲县乙镇党委 + 镇长: the places its name opens with only locate it; the post is 乙镇's.
  const names = isPlace ? [place] : placeSuffixes(place);
  for (const name of names) {
    const government = ctx.mentions.find((m) => m.entity.type === "government" && m.entity.name === `${name}人民政府`);
    if (government) return government;
  }
  if (isPlace) return body;
  for (const name of names) {
    const named = ctx.mentions.find((m) => PLACE_TYPES.has(m.entity.type) && m.entity.name === name);
    if (named) return named;
  }
  return undefined;
}

/** A place's written name and the shorter names it ends with, longest first: 甲县乙镇, 县乙镇, 乙镇 (two characters at least). */
function placeSuffixes(name: string): string[] {
  const names: string[] = [];
  for (let cut = 0; name.length - cut >= 2; cut++) names.push(name.slice(cut));
  return names;
}

/** The media named before the k-th mention in its sentence: 甲日报讯（记者 张三）, 甲客户端·乙网讯（记者 张三）. */
function mediaBefore(text: string, mentions: ResolvedMention[], k: number): ResolvedMention[] {
  let i = k - 1;
  while (i >= 0 && mentions[i]!.entity.type === "person") i--;
  const nearest = mentions[i];
  if (!nearest || nearest.entity.type !== "organization" || !MEDIUM.test(nearest.entity.name)) return [];
  // The byline follows the medium closely: 甲日报讯（, 据甲日报报道（, 来源：甲日报  记者.
  if (mentions[k]!.start - nearest.end > 40 || /[，。；]/.test(text.slice(nearest.end, mentions[k]!.start))) return [];
  const media = [nearest];
  for (let j = i - 1; j >= 0; j--) {
    const m = mentions[j]!;
    if (m.entity.type !== "organization" || !MEDIUM.test(m.entity.name) || !/^\s*[·、和与]\s*$/.test(text.slice(m.end, media[0]!.start))) break;
    media.unshift(m);
  }
  return media;
}

/** (张三 李四 王五) after a dateline, （记者 张三）: the article's journalists work for its publisher. */
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
