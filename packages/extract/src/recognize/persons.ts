import { BYLINE_TITLES, PERSON_NOUNS, REPORTING_VERBS, TITLES, TITLES_AFTER_NAME } from "../lexicons/titles.js";
import { MONGOLIAN_NAME_PARTS, surnameLength, TIBETAN_NAME_PARTS, YI_FAMILY_NAMES } from "../lexicons/surnames.js";
import { segmentShort, type Token } from "../segment/index.js";
import { tokenPositions, type TokenPositions } from "../segment/token-positions.js";
import { candidate, type Candidate } from "./candidate.js";
import { AFTER_NAME, belongsToSentence, isHan, VERBS_AFTER_NAME } from "./chars.js";
import { WordIndex } from "./word-index.js";

const TITLE_INDEX = new WordIndex(TITLES);
/** Titles and words for people (学生, 村民) and ages (26岁的) that a name may follow. */
const BEFORE_NAME_INDEX = new WordIndex([...TITLES, ...PERSON_NOUNS, "岁的"]);
const TITLE_SET: ReadonlySet<string> = new Set(TITLES);
const AFTER_NAME_TITLES = new WordIndex(TITLES_AFTER_NAME);
const VERB_AFTER_NAME_INDEX = new WordIndex(VERBS_AFTER_NAME);
const REPORTING_INDEX = new WordIndex(REPORTING_VERBS);
/** jieba tags of a word that can be a person's name (HMM-found unknown words are `x`). */
const NAME_TAGS = /^(?:nr|nrfg|nrt|x)$/;
/** Tags of single characters that never start a name (prepositions, adverbs, particles, verbs…). */
const FUNCTION_TAGS = /^(?:p|c|d|u|uj|ul|uz|ug|uv|v|vd|r|m|q|f|y|e|o|ad)$/;
/** Tags of the word after a name that end it: verbs, prepositions, conjunctions, adverbs, particles. */
const FOLLOWING_TAGS = /^(?:v|vd|vg|p|c|d|u|uj|ul|uz|ug|uv|y|f|ad)$/;
/** Tags that a word inside a given name never has (particles, pronouns, numerals, measure words). */
const NOT_IN_NAME_TAGS = /^(?:p|c|u|uj|ul|uz|ug|uv|r|m|q|y|e|o|nnt)$/;
/** Words right after a name that end it (王明等, 李华一行, 王强同志). */
const FOLLOWING_WORDS = new WordIndex(["等", "一行", "一起", "一同", "同志", "先后", "分别", "亲自", "带队", "带领", "陪同"]);
/** Surnames that are far more often prepositions, conjunctions or verbs (从, 向, 和, 于, 来…). */
const FUNCTION_SURNAMES = /^[从向和于能都时来过将把被让给同与对在为以及经]$/;
/** A number and a measure word for people right before a title (71名干部, 三位专家). */
const COUNTED = /(?:\d|[一二两三四五六七八九十百千万余多])(?:名|位|个|批|户)$/;
/** A note in brackets after a title that says how the post is held (（挂职）, （兼）, （正处级）). */
const TITLE_NOTE = /^[（(](?:挂职|兼|兼任|挂任|援派|援藏|援疆|代理|正处级|副处级|正科级|副科级|主持工作)[）)]/;
/** How sure each way of finding a person is (see `Entity.confidence`). */
const CONFIDENCE = { titled: 0.9, byline: 0.9, listed: 0.8, beforeTitle: 0.8, reporting: 0.75, apposition: 0.75, unknownSurname: 0.7 } as const;

/** What the person finder reads: the text and jieba's words by offset. */
interface Words {
  text: string;
  tokenAt: TokenPositions;
}

/**
 * People: names after a title (区委书记王建军, 记者 蒙小燕) and every further name of a list
 * the title governs (县领导韦明、黄立新), names before a reporting verb (赵国平说) or a
 * title (李华校长, 杨国强总书记), and the names of a byline in brackets ((覃明理 周 平
 * 黄海), (记者 甲 通讯员 乙/文 丙/图)). A name starts with a known surname, except right
 * after a title, where a name jieba does not know (扎尔布, 吉克阿呷) is taken whole.
 */
export function findPersons(text: string, tokens: Token[]): Candidate[] {
  const tokenAt = tokenPositions(tokens);
  const words: Words = { text, tokenAt };
  const found: Candidate[] = [];
  const add = (start: number, name: string, confidence: number, surface = name) =>
    found.push(candidate({ start, end: start + surface.length, text: surface, type: "person", name, priority: 5, confidence }));

  for (const title of BEFORE_NAME_INDEX.scan(text)) {
    if (title.word === "岁的" && !/[\d十]$/.test(text[title.start - 1] ?? "")) continue; // 26岁的赵磊
    // 71名干部来桂: a counted group, not the title of one person.
    if (COUNTED.test(text.slice(Math.max(0, title.start - 4), title.start))) continue;
    const byline = BYLINE_TITLES.has(title.word);
    let start = skipSpaces(text, title.end);
    // 责任编辑：张三: a byline's role and its name, a colon between.
    if (byline && /^[：:]$/.test(text[start] ?? "")) start = skipSpaces(text, start + 1);
    // 副县长（挂职）张三: a note in brackets between a title and the name is no part of either.
    const note = TITLE_NOTE.exec(text.slice(start, start + 8));
    if (note) start = skipSpaces(text, start + note[0].length);
    let listed = false;
    const office = TITLE_SET.has(title.word);
    // 现任乙镇党委副书记的张三: 的 between an office and a name jieba tags as one (a word of the
    // sentence after 的 — 书记的讲话 — is none).
    if (office && text[start] === "的") {
      const name = nameAt(text, tokenAt, start + 1, true);
      if (name && tokenAt.get(start + 1)!.word.length === name.length && endsName(words, start + 1 + name.length)) add(start + 1, name, CONFIDENCE.listed);
      continue;
    }
    for (;;) {
      // 董事长甲、乙县副县长丙: a place that jieba knows ends the list of names.
      // Not a Yi family name jieba took for a place (阿苦拉哈、沙马尔日).
      if (listed && tokenAt.get(start)?.tag === "ns" && !YI_FAMILY_NAMES.some((family) => text.startsWith(family, start))) break;
      const padded = paddedNameAt(words, start);
      const length = padded ? 3 : nameAfterTitle(words, start, office);
      if (length === 0) break;
      const confidence = surnameLength(text.slice(start)) === 0 ? CONFIDENCE.unknownSurname : listed || !office ? CONFIDENCE.listed : CONFIDENCE.titled;
      add(start, padded ?? text.slice(start, start + length), confidence, text.slice(start, start + length));
      const next = nextListMember(text, start + length, byline);
      if (next === undefined) break;
      start = next;
      listed = true;
    }
  }
  for (const [index, token] of tokens.entries()) {
    const next = tokens[index + 1];
    // 刘/zg 长庚/nrt 表示: jieba may split a surname from its given name.
    if (token.word.length === 1 && surnameLength(token.word) === 1 && next && /^(?:nr|nrt|nrfg)$/.test(next.tag) && next.word.length <= 2) {
      if (REPORTING_INDEX.longestAt(text, next.end)) add(token.start, token.word + next.word, CONFIDENCE.reporting);
      // 乡贤黄/a 志远/nrfg 先生: the same split name before a title written after names.
      else if (AFTER_NAME_TITLES.longestAt(text, next.end)) add(token.start, token.word + next.word, CONFIDENCE.beforeTitle);
    }
    // 沙马拉且表示: a Yi family name and a given name of two characters before a reporting verb.
    const yi = yiNameBeforeReporting(text, token.start);
    if (yi) add(token.start, yi, CONFIDENCE.reporting);
    if (!NAME_TAGS.test(token.tag)) continue;
    const name = nameAt(text, tokenAt, token.start, true);
    if (!name) continue;
    const end = token.start + name.length;
    if (REPORTING_INDEX.longestAt(text, end)) {
      add(token.start, name, CONFIDENCE.reporting);
    } else if (text[end] === "是" && CLAUSE_OPENING.test(text[token.start - 1] ?? "\n") && isRoleClause(text, end + 1)) {
      add(token.start, name, CONFIDENCE.reporting); // 刘青是乙医院的医生: a name a clause opens with, said to be someone's worker
    } else if (name.length === token.word.length && AFTER_NAME_TITLES.longestAt(text, end)) {
      add(token.start, name, CONFIDENCE.beforeTitle); // 新港小学王明书记: a name jieba kept whole, then a title
    } else if (token.word.length === surnameLength(token.word) + 1 && next?.word.length === 1 && isHan(next.word) && AFTER_NAME_TITLES.longestAt(text, next.end)) {
      add(token.start, token.word + next.word, CONFIDENCE.beforeTitle); // 宋明/nr 勇/n 校长: jieba split the name
    }
  }
  for (const byline of bylineNames(text)) add(byline.start, byline.name, CONFIDENCE.byline, byline.surface);
  // 在张三的带领下: a name that leads, helps or guides, with no title.
  for (const match of text.matchAll(LED_BY)) {
    const name = match[1]!;
    const surname = surnameLength(name);
    // Not a word jieba knows as something else (在东西部的帮扶下).
    const words = segmentShort(name);
    const word = words.length === 1 && !/^(?:nr|nrt|nrfg|x)$/.test(words[0]!.tag);
    // Not a surname and a title or a form of address (在于书记的帮助下, 在吴总的带领下, 在师傅的指导下).
    const addressed = [...name].some((_, at) => at > 0 && (TITLE_INDEX.longestAt(name, at)?.word.length ?? 0) === name.length - at) || FORMS_OF_ADDRESS.test(name);
    if (surname > 0 && !word && !addressed && name.length - surname >= 1 && name.length - surname <= 2 && !TITLE_INDEX.longestAt(name, 0)) add(match.index + 1, name, CONFIDENCE.apposition);
  }
  // 文/张三 图/李四: a byline that puts the role before a slash.
  for (const match of text.matchAll(SLASH_BYLINE)) {
    const name = match[1]!;
    if (surnameLength(name) > 0 && !TITLE_INDEX.longestAt(name, 0)) add(match.index + match[0].length - name.length, name, CONFIDENCE.byline);
  }
  for (const named of namesInApposition(words)) add(named.start, named.name, CONFIDENCE.apposition);
  for (const start of afterOrganizationOf(text)) {
    const name = nameAt(text, tokenAt, start, true);
    if (name) add(start, name, CONFIDENCE.reporting);
  }
  for (const named of listsAfterWorkplace(words)) add(named.start, named.name, CONFIDENCE.listed);
  return found;
}

/**
 * 甲医院张三、李四: a list of two names or more right after a workplace's head, with no title
 * between (GUIDELINES, lists). One name alone could be a word of the sentence; a list is people.
 */
function listsAfterWorkplace(words: Words): { start: number; name: string }[] {
  const { text, tokenAt } = words;
  const found: { start: number; name: string }[] = [];
  for (const match of text.matchAll(/(?:医院|卫生院|学校|小学|中学|公司)(?=[\p{Script=Han}])/gu)) {
    const names: { start: number; name: string }[] = [];
    for (let start: number | undefined = match.index + match[0].length; start !== undefined; ) {
      const name = nameAt(text, tokenAt, start, true);
      if (!name) break;
      names.push({ start, name });
      start = nextListMember(text, start + name.length, false);
    }
    if (names.length >= 2) found.push(...names);
  }
  return found;
}

const skipSpaces = (text: string, at: number): number => {
  while (text[at] === " " || text[at] === "\u3000") at++;
  return at;
};

/**
 * Where the next name of a list starts (韦明、黄立新; 韦明和黄立新; in a byline also 韦明 黄立新),
 * or undefined when the list ends.
 */
function nextListMember(text: string, end: number, byline: boolean): number | undefined {
  const ch = text[end];
  if (ch === "、" || ch === "和" || ch === "及") return skipSpaces(text, end + 1);
  if (byline && (ch === " " || ch === "\u3000")) {
    const at = skipSpaces(text, end);
    return TITLE_INDEX.longestAt(text, at) ? undefined : at;
  }
  return undefined;
}

/** Prepositions and conjunctions that jieba may glue to the end of an unknown name. */
const FUSED_PREPOSITION = /^[向和与在到为对将把从给被让同及等]$/;

/**
 * The length of the name right after a title at `start`, or 0. jieba's word there is the
 * name when it is tagged as one; otherwise a surname and one or two characters, ending
 * where a jieba word ends and the sentence goes on (记者何静 通讯员…, 总经理黄国栋一起,
 * 副书记陆文涛等). Without a known surname, only words jieba does not know make a name
 * (县委书记扎尔布向…). After a word for people that is no office (学生, 村民, 26岁的), only
 * a surname's name that ends where the sentence goes on.
 */
/**
 * 书记刘　强, 县长王 伟: a name of two characters padded to three with a space (pages align
 * names so), read after a title as the name without it. Null when `start` opens no such name.
 */
function paddedNameAt(words: Words, start: number): string | null {
  const { text } = words;
  if (!PADDING.test(text[start + 1] ?? "") || !isHan(text[start + 2]) || surnameLength(text[start]!) !== 1 || FUNCTION_SURNAMES.test(text[start]!)) return null;
  if (TITLE_INDEX.longestAt(text, start + 2) || !endsName(words, start + 3)) return null;
  return text[start]! + text[start + 2]!;
}

/** The space a page pads a two-character name with: ASCII, no-break or ideographic. */
const PADDING = /^[ \u00a0\u3000]$/;

function nameAfterTitle(words: Words, start: number, office: boolean): number {
  const { text, tokenAt } = words;
  const token = tokenAt.get(start);
  if (!token || !isHan(text[start]) || TITLE_INDEX.longestAt(text, start)) return 0;
  // 县长阿西木呷, 书记吉克石日: a Yi family name and a given name of two characters, whatever jieba made of them.
  if (office && YI_FAMILY_NAMES.some((family) => text.startsWith(family, start))) {
    for (const length of [4, 3]) {
      const span = text.slice(start, start + length);
      // 石哈说/x: jieba may fuse the reporting verb after an unknown given name into it.
      const ends = tokenAt.has(start + length) || REPORTING_INDEX.longestAt(text, start + length) !== undefined || FOLLOWING_WORDS.longestAt(text, start + length) !== undefined;
      if ([...span].every(isHan) && ends && endsName(words, start + length) && !TITLE_INDEX.longestAt(text, start + 2)) return length;
    }
  }
  // 第一书记巴桑次仁, 乡长才让多杰: a Tibetan name of two or three parts, whatever jieba made of them.
  if (office) {
    const tibetan = tibetanNameLength(text, start);
    if (tibetan > 0 && endsName(words, start + tibetan)) return tibetan;
    // 旗长宝音, 书记额尔敦巴特尔: a Mongolian name of one or two parts.
    const mongolian = mongolianNameLength(text, start);
    if (mongolian > 0 && endsName(words, start + mongolian)) return mongolian;
  }
  const surname = surnameLength(text.slice(start));
  // 书记马力/n 说, 县长万里/m 、: after an office, a word of the dictionary that a surname opens is a name when a verb
  // that follows names, or the mark of a list, comes right after it (not 县长信箱。).
  if (office && surname === 1 && token.word.length === 2 && /^(?:n|m|nz)$/.test(token.tag) && !FUNCTION_SURNAMES.test(text[start]!) && wordAfterName(text, token.end)) return 2;
  // 记者从县里了解到, 干部来桂: a surname that is also a preposition or verb needs jieba to call the word a name.
  if (surname === 1 && FUNCTION_SURNAMES.test(text[start]!) && !/^(?:nr|nrt|nrfg)$/.test(token.tag)) return 0;
  if (surname > 0) {
    const known = nameAt(text, tokenAt, start, false);
    if (known && NAME_TAGS.test(token.tag) && known.length === token.word.length) {
      // 吉克/x 阿呷/x: a Yi name of four characters that jieba split in two unknown words.
      const next = tokenAt.get(token.end);
      if (next?.tag === "x" && token.word.length + next.word.length <= 4 && isNameSpan(words, start, token.word.length + next.word.length, true)) {
        return token.word.length + next.word.length;
      }
      // 陈立/x 明到/x 乙医院: jieba fused the name's last character with the preposition or verb of going after it.
      if (token.word.length === surname + 1 && next?.tag === "x" && next.word.length === 2 && FUSED_PREPOSITION.test(next.word[1]!) && isHan(next.word[0]) && !AFTER_NAME.has(next.word[0]!)) {
        return token.word.length + 1;
      }
      // 韦德/nr 林/ng 、: a two-character name jieba knows, and one more character of the name before the list goes on.
      if (token.word.length === surname + 1 && next?.word.length === 1 && /^(?:ng|nr|nrfg|x|ag)$/.test(next.tag) && !AFTER_NAME.has(next.word) && /^[、，,。；的]/.test(text[next.end] ?? "")) {
        return token.word.length + 1;
      }
      // 赵国/nr 强/a 参加: one more character jieba read as an adjective, then a verb of the sentence.
      const afterNext = next && tokenAt.get(next.end);
      // (欧阳明/nr 远/a 主持会议/n: the verb may open a longer word.)
      if (token.word.length === surname + 1 && next?.word.length === 1 && /^(?:a|ag|ng)$/.test(next.tag) && afterNext && afterNext.word.length >= 2 && (/^v/.test(afterNext.tag) || VERB_AFTER_NAME_INDEX.longestAt(text, next.end) !== undefined)) {
        return token.word.length + 1;
      }
      // 吉克/x 阿/j 呷/v: Yi given names often start with 阿 after a two-character family name.
      if (token.word.length === 2 && text[token.end] === "阿" && isHan(text[token.end + 1]) && tokenAt.has(token.end + 2) && endsName(words, token.end + 2)) {
        return 4;
      }
      return known.length;
    }
    for (const length of [surname + 2, surname + 1]) {
      // 赵/nr 东来/t 陪同: 来 ends a given name jieba keeps as one word; 王明来到 or 张三向 it does not.
      // Not a verb that ends in the sentence's own word (朱/nr 明说/v: 朱明 says).
      const given = tokenAt.get(start + surname);
      const givenWhole = given?.end === start + length && given.word.length === 2 && !/^v/.test(given.tag);
      if (length === surname + 2 && belongsToSentence(text, start + length - 1) && !givenWhole) continue;
      if (isNameSpan(words, start, length, false)) return extendBeforeReportingVerb(text, start, length, surname);
    }
    if (known && office) return known.length;
    // 副书记（挂职）蒙/v 小/a 军/n 主持: jieba broke a name it does not know into words of the sentence; after an
    // office, a surname and two characters that a verb of the sentence or a mark follows are the name.
    if (office && surname === 1) {
      const end = start + 3;
      const given = text.slice(start + 1, end);
      // Not a place jieba knows (代表江口县接受…).
      const place = tokenAt.get(start)?.tag === "ns" || PLACE_SUFFIX.test(text.slice(start, end));
      // 安立/v 军说/x: jieba may fuse the reporting verb after the name into its last word.
      const reporting = REPORTING_INDEX.longestAt(text, end);
      // Not a particle before the verb (书记高兴地说: 地说/x is 地 and 说).
      const fusedReporting = reporting !== undefined && tokenAt.has(end + reporting.word.length) && !/[的地得着了过]$/.test(given);
      if (!place && [...given].every((ch) => isHan(ch) && !AFTER_NAME.has(ch)) && (end >= text.length || tokenAt.has(end) || fusedReporting) && !TITLE_INDEX.longestAt(text, start + 1) && strongNameEnd(text, end)) return 3;
    }
    return 0;
  }
  if (office) {
    // 书记额尔敦巴特尔: a Mongolian or Tibetan name of five or six characters, every word one jieba does not know.
    for (const length of [6, 5]) if (isNameSpan(words, start, length, true) && tokenAt.get(start)!.end < start + length) return length;
    for (const length of [4, 3, 2]) {
      if (!isNameSpan(words, start, length, true)) continue;
      // 扎尔/nrt 布向/x 代表团: jieba fused the preposition after a name it did not know into the name's last word.
      return length === 4 && FUSED_PREPOSITION.test(text[start + 3]!) ? 3 : length;
    }
  }
  return 0;
}

/** The length of the Mongolian name of one or two parts at `start` (宝音, 额尔敦巴特尔), or 0. */
function mongolianNameLength(text: string, start: number): number {
  const part = (at: number) => MONGOLIAN_NAME_PARTS.filter((p) => text.startsWith(p, at)).reduce((a, p) => Math.max(a, p.length), 0);
  const first = part(start);
  return first ? first + part(start + first) : 0;
}

/** The length of the Tibetan name of two or three parts at `start` (巴桑次仁, 才让多杰), or 0. */
function tibetanNameLength(text: string, start: number): number {
  let length = 0;
  while (length < 6 && TIBETAN_NAME_PARTS.has(text.slice(start + length, start + length + 2))) length += 2;
  return length >= 4 ? length : 0;
}

/** A four-character Yi name (family name of two characters, given name of two) right before a reporting verb. */
function yiNameBeforeReporting(text: string, start: number): string | undefined {
  if (!YI_FAMILY_NAMES.some((family) => text.startsWith(family, start)) || isHan(text[start - 1]) && !/[的和与及、]/.test(text[start - 1]!)) return undefined;
  const name = text.slice(start, start + 4);
  return [...name].every(isHan) && name.length === 4 && !TITLE_INDEX.longestAt(text, start + 2) && REPORTING_INDEX.longestAt(text, start + 4) ? name : undefined;
}

/** 田祖明说: jieba cut the name short before a reporting verb; take the third character. */
function extendBeforeReportingVerb(text: string, start: number, length: number, surname: number): number {
  const next = text[start + length];
  if (length === surname + 1 && isHan(next) && !AFTER_NAME.has(next!) && REPORTING_INDEX.longestAt(text, start + length + 1)) return length + 1;
  return length;
}

/**
 * Whether text[start, start + length) reads as a name: Han characters that end where a
 * jieba word ends, followed by what ends a name, and made of words that can be part of
 * one (not 高度, 从县里, 和县长). With `unknownOnly`, every word must be one jieba does not
 * know or tags as a name.
 */
function isNameSpan(words: Words, start: number, length: number, unknownOnly: boolean): boolean {
  const { text, tokenAt } = words;
  const end = start + length;
  if (end > text.length) return false;
  for (let i = start; i < end; i++) if (!isHan(text[i])) return false;
  if (end < text.length && !tokenAt.has(end)) return false;
  if (!endsName(words, end)) return false;
  const first = tokenAt.get(start)!;
  for (let at = start; at < end; ) {
    const token = tokenAt.get(at);
    if (!token || token.end > end) return false;
    if (unknownOnly && !NAME_TAGS.test(token.tag)) return false;
    if (TITLE_SET.has(token.word)) return false;
    if (token === first) {
      // The surname's word: alone (戴/v 敏捷/a), or a word tagged as a name or place (苏志/ns 杰).
      if (token.word.length > 1 && !NAME_TAGS.test(token.tag) && token.tag !== "ns") return false;
      // 代表江口县接受…: a place's full name that jieba keeps whole is no name, though it opens with a surname.
      if (token.tag === "ns" && token.end === end && PLACE_SUFFIX.test(token.word)) return false;
    } else if (NOT_IN_NAME_TAGS.test(token.tag) || (FUNCTION_TAGS.test(first.tag) && !/^(?:nr|nrt|nrfg|x|ns|a|ag|ng)$/.test(token.tag)) || isReportingWord(text, token)) {
      return false;
    }
    at = token.end;
  }
  return true;
}

/** A word of two or more characters that jieba keeps whole and that is a reporting verb (强调, 指出, 表示). */
function isReportingWord(text: string, token: Token): boolean {
  return token.word.length >= 2 && /^v/.test(token.tag) && REPORTING_INDEX.longestAt(text, token.start)?.word === token.word;
}

/** The level word that ends a place's full name (江口县, 湖塘镇, 云舍村). */
const PLACE_SUFFIX = /.[省市县区州盟旗镇乡村]$/;

/** Whether a name may end at `end`: the text ends, a non-Han character, or a word that goes on with the sentence. */
function endsName(words: Words, end: number): boolean {
  const { text, tokenAt } = words;
  if (end >= text.length || !isHan(text[end])) return true;
  if (AFTER_NAME.has(text[end]!) || FOLLOWING_WORDS.longestAt(text, end) || VERB_AFTER_NAME_INDEX.longestAt(text, end) || REPORTING_INDEX.longestAt(text, end) || TITLE_INDEX.longestAt(text, end)) return true;
  const next = tokenAt.get(end);
  return next !== undefined && FOLLOWING_TAGS.test(next.tag);
}

/** A reporting verb, a verb that follows names, a word that does (等, 一行, 陪同), or the 、 of a list, right at `end`. */
function wordAfterName(text: string, end: number): boolean {
  return text[end] === "、" || REPORTING_INDEX.longestAt(text, end) !== undefined || VERB_AFTER_NAME_INDEX.longestAt(text, end) !== undefined || FOLLOWING_WORDS.longestAt(text, end) !== undefined;
}

/** A clear end of a name: a mark, a reporting verb, a verb that follows names, or a title. */
function strongNameEnd(text: string, end: number): boolean {
  return end >= text.length || !isHan(text[end]) || REPORTING_INDEX.longestAt(text, end) !== undefined || VERB_AFTER_NAME_INDEX.longestAt(text, end) !== undefined || FOLLOWING_WORDS.longestAt(text, end) !== undefined || PREPOSITION_AFTER_NAME.test(text.slice(end, end + 2));
}

/**
 * A preposition that opens what the person named does (局长张立新就…进行座谈, 在会上讲话, 向…介绍,
 * 与…签订, 率队): ends a name jieba broke, as a verb does. 在 only before a place of the
 * sentence (会上, 会议, 现场), not as part of a verb (在建).
 */
const PREPOSITION_AFTER_NAME = /^(?:就[^是要]|向|对[^于口]|与|同[^志意]|率|在[会现座]|为)/;

/** What stands between a name and the post it holds, written after it: 担任, 现任, 出任, 兼任, 挂任, 任. */
const HOLDING_AFTER = /^(?:担任|现任|出任|兼任|挂任|挂职|任)/;
/** Where a name may start: the text's start, a mark, or a word that only introduces it (由, 和, 是). */
const BEFORE_APPOSED = /^(?:[^\p{Script=Han}]|[由和与及是为请据])$/u;

/**
 * Names that a post follows rather than precedes: 何志远（乙县委常委、副县长）, 张三担任乙村第一书记,
 * 李四现任乙县副县长, 王五，乙县委常委、副县长，… — the bracket or the clause after the verb or comma ends with a title.
 */
function namesInApposition(words: Words): { start: number; name: string }[] {
  const { text, tokenAt } = words;
  const found: { start: number; name: string }[] = [];
  // Two passes: a comma's clause may hold a 担任 clause (去年，张三担任…) that must be read on its own.
  const apposed = [
    ...text.matchAll(/[（(]([^（()）\n]{2,30})[）)]|(?:担任|现任|出任|兼任|挂任|挂职|任)([^，,。；;\n（(]{2,30}?)(?=[，,。；;]|$)/gu),
    // (Group 1, of brackets only, stays empty here.)
    ...text.matchAll(/(?:(\u0000))?[，,]([^，,。；;\n（(]{2,30}?)(?=[，,。；;]|$)/gu),
  ];
  for (const match of apposed) {
    const close = match.index + match[0].length - (match[1] !== undefined ? 1 : 0);
    if (!TITLE_INDEX.longestEndingAt(text, close, match.index)) continue;
    const at = match.index;
    for (const length of [3, 2, 4]) {
      const start = at - length;
      if (start < 0 || (start > 0 && !BEFORE_APPOSED.test(text[start - 1]!))) continue;
      const name = nameAt(text, tokenAt, start, false);
      if (name && start + name.length === at && (match[1] !== undefined || HOLDING_AFTER.test(text.slice(at, at + 2)) || /^[，,]/.test(match[0]))) {
        found.push({ start, name });
        break;
      }
    }
  }
  return found;
}

/** 人民医院的李华, 有限公司的陈刚: a name right after an organisation head and 的. */
function afterOrganizationOf(text: string): number[] {
  const starts: number[] = [];
  for (const match of text.matchAll(/(?:医院|卫生院|公司|集团|学校|小学|中学|大学|政府|办公室|局|报社?)的/g)) {
    starts.push(match.index + match[0].length);
  }
  return starts;
}

/**
 * The person's name starting at `start`, or undefined: a surname and one or two more
 * characters, as jieba's word there says, cut back when the third character belongs
 * to the sentence (刘长庚率 → 刘长庚).
 */
function nameAt(text: string, tokenAt: TokenPositions, start: number, requireNameTag: boolean): string | undefined {
  const surname = surnameLength(text.slice(start));
  if (surname === 0) return undefined;
  const token = tokenAt.get(start);
  if (requireNameTag && (!token || !NAME_TAGS.test(token.tag))) return undefined;
  let length: number;
  const next = token ? tokenAt.get(token.end) : undefined;
  // 书记李/nr 强调/v: a reporting verb jieba keeps whole right after the surname is the sentence's, no given name.
  if (token && token.word.length === surname && next && isReportingWord(text, next)) return undefined;
  if (token && token.word.length === surname && next && /^(?:nr|nrt|nrfg)$/.test(next.tag) && next.word.length <= 2) {
    // 张/q 荣华/nr: jieba took the surname for a measure word, the given name it knows.
    return text.slice(start, next.end);
  }
  if (token && NAME_TAGS.test(token.tag) && token.word.length >= surname + 1 && token.word.length <= surname + 2) {
    length = token.word.length;
  } else if (token && (token.word.length > 1 || FUNCTION_TAGS.test(token.tag)) && !NAME_TAGS.test(token.tag)) {
    return undefined; // a dictionary word (高度, 向记者) or a function word (从县里) is not a name
  } else {
    length = surname + (isHan(text[start + surname + 1]) && !belongsToSentence(text, start + surname + 1) ? 2 : 1);
  }
  length = extendBeforeReportingVerb(text, start, length, surname);
  const name = text.slice(start, start + length);
  // 刘长庚率 → 刘长庚, 王明强调 → 王明; but 陈国强/nr 表示: a name jieba knows whole keeps its last character.
  const knownWhole = token !== undefined && token.end === start + length && /^(?:nr|nrt|nrfg)$/.test(token.tag);
  // 赵国/nr 强/a 参加: a last character jieba reads as a word of its own that is no verb or particle stays in the name.
  const lastWord = tokenAt.get(start + length - 1);
  const standsAlone = lastWord !== undefined && lastWord.word.length === 1 && !FOLLOWING_TAGS.test(lastWord.tag) && !FUNCTION_TAGS.test(lastWord.tag);
  if (name.length === surname + 2 && belongsToSentence(text, start + length - 1) && !knownWhole && !standsAlone) return name.slice(0, -1);
  if (![...name].every(isHan) || name.length < 2) return undefined;
  return name;
}

/** What a clause opens after: the start of a line or sentence, a comma, a colon or a quote. */
const CLAUSE_OPENING = /^[\n。！？；，,：:“"「]$/;
/** Words for what a person is at a workplace (乙医院的医生, 甲局派驻的干部), besides the titles. */
const ROLE_NOUNS = new WordIndex(["医生", "护士", "老师", "教师", "干部", "专家", "队员", "职工", "员工", "技术员", "村医", "支教老师", "志愿者", "工程师", "记者", "通讯员"]);

/** The clause after 是 names a role: 是乙医院的医生, 是甲区派驻乙村的第一书记 (a title or a role noun within it). */
function isRoleClause(text: string, start: number): boolean {
  const clause = /^[^，,。；！？\n]{1,30}/.exec(text.slice(start, start + 30))?.[0] ?? "";
  for (let at = 0; at < clause.length; at++) {
    if (TITLE_INDEX.longestAt(clause, at) || ROLE_NOUNS.longestAt(clause, at)) return true;
  }
  return false;
}

/** A byline with no brackets: role words and names, spaced, to the end of the line. */
const UNBRACKETED_BYLINE = /(?:^|[\s\u3000])((?:全媒体|融媒体|本报)?(?:记者|通讯员|见习记者|特约记者)[\s\u3000][\p{Script=Han}\s\u3000/]{1,60}?)[ \t\u3000]*(?=\n|$)/gu;

/** Words that address or refer to someone without naming them (吴总, 师傅, 赵老师, 王姐), or a clan or its firm (温氏). */
const FORMS_OF_ADDRESS = /(?:氏|总|师傅|老师|书记|主任|经理|老板|哥|姐|叔|姨|伯|婶)$/;

/** 在张三的带领下, 在李四的帮助下: 在, a name of two or three characters, 的, a verb of leading or helping, 下. */
const LED_BY = /在(\p{Script=Han}{2,3})的(?:带领|带动|帮助|帮扶|指导|引领|组织|鼓励|支持)下/gu;

/** 文/张三 图/李四 (撰文, 摄影): a role, a slash, a name of two or three characters, then a space or the line's end. */
const SLASH_BYLINE = /(?<=^|[\s\u3000|｜])(?:文|图|摄|摄影|撰文|图文|文图|编辑|校对)[/／]([\p{Script=Han}]{2,3})(?=[\s\u3000]|$)/gmu;

/** Role words of a byline that are not names: (记者 甲 通讯员 乙/文 丙/图 丁 摄). */
const BYLINE_ROLE = /^(?:全媒体|融媒体|本报|本台)?(?:记者|通讯员|见习记者|特约记者|实习生|摄影|摄像|编辑|校对)|\/(?:文|图|摄|摄影)$|^(?:文|图|摄)$/u;

/**
 * Names of a byline in brackets: (覃明理 周 平 黄海), where one-character pieces pair up,
 * and (记者 谢明 通讯员 戴兰/文 甘康/图) with role words around the names.
 */
function bylineNames(text: string): { start: number; name: string; surface: string }[] {
  const found: { start: number; name: string; surface: string }[] = [];
  const bylines = [
    ...[...text.matchAll(/[（(]([^（()）\n]{2,60})[）)]/gu)].map((m) => ({ inner: m[1]!, offset: m.index + 1 })),
    // 来源:甲日报 记者 乙 丙 通讯员 丁: a byline without brackets that runs to the end of its line.
    ...[...text.matchAll(UNBRACKETED_BYLINE)].map((m) => ({ inner: m[1]!, offset: m.index + m[0].length - m[1]!.length })),
  ];
  for (const { inner, offset } of bylines) {
    const spaced = /[\s\u3000]/.test(inner.trim());
    const role = /^[\s\u3000]*(?:全媒体|融媒体|本报)?(?:记者|通讯员|见习记者|特约记者|实习生|摄影)/.test(inner);
    if (!spaced && !role) continue;
    // Pieces are runs of Han characters; role words at either end of a piece are cut off.
    const pieces: { at: number; text: string }[] = [];
    for (const piece of inner.matchAll(/[\p{Script=Han}/]+/gu)) {
      let at = piece.index;
      let word = piece[0];
      for (let cut = BYLINE_ROLE.exec(word); cut && word; cut = BYLINE_ROLE.exec(word)) {
        if (cut.index === 0) {
          at += cut[0].length;
          word = word.slice(cut[0].length);
        } else word = word.slice(0, cut.index);
      }
      word = word.replace(/\//g, "");
      if (word) pieces.push({ at, text: word });
    }
    const names: { start: number; name: string; surface: string }[] = [];
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i]!;
      if (TITLE_SET.has(piece.text)) continue;
      const next = pieces[i + 1];
      if (piece.text.length === 1 && next && next.text.length <= 2) {
        const surface = inner.slice(piece.at, next.at + next.text.length);
        names.push({ start: offset + piece.at, name: piece.text + next.text, surface });
        i++;
      } else {
        names.push({ start: offset + piece.at, name: piece.text, surface: piece.text });
      }
    }
    if (names.length > 0 && names.every((n) => n.name.length >= 2 && n.name.length <= 3 && surnameLength(n.name) > 0)) found.push(...names);
  }
  return found;
}
