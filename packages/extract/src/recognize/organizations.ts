import { NOT_HEADS, ORGANIZATION_HEADS, ORGANS, type OrganizationHead } from "../lexicons/organization-heads.js";
import { ACTION_VERBS } from "../lexicons/action-verbs.js";
import { DESCRIPTIVE_WORDS, GENERIC_MODIFIERS, HEADS_NEEDING_MORE_THAN_A_PLACE, NAME_WORDS } from "../lexicons/name-words.js";
import { segmentShort, type Token } from "../segment/index.js";
import { tokenPositions, type TokenPositions } from "../segment/token-positions.js";
import { TITLES } from "../lexicons/titles.js";
import { candidate, type Candidate } from "./candidate.js";
import { WordIndex } from "./word-index.js";

const TITLE_SET: ReadonlySet<string> = new Set(TITLES);

const HEAD_INDEX = new WordIndex(
  ORGANIZATION_HEADS.map((h) => h.word),
  (word) => ORGANIZATION_HEADS.find((h) => h.word === word)!,
);
const NOT_HEAD_INDEX = new WordIndex(NOT_HEADS);
const MAX_NAME_LENGTH = 24;
const SINGLE_WORD_NAME_TYPES: ReadonlySet<string> = new Set(["school", "company", "hospital"]);

/** Tags of words that can be part of a name's modifier (verbs only from NAME_VERBS; idioms as in 扶贫济困协会). */
const NAME_TAGS = /^(?:n|nr|nrt|nrfg|nz|ns|nt|ng|x|j|eng|vn|an|s|b|a|ag|f|l|zg|g|i)$/;
/** Tags of words that make a modifier a proper name rather than a description. */
const PROPER_TAGS = /^(?:nr|nrt|nrfg|nz|ns|nt|x|j|eng)$/;
/** Single characters that stop a name on the left (prepositions, conjunctions, particles). */
const STOP_CHARS = /^[在向与和及或为对把将由给到是的了从于被让等共同原]$/;
/** Characters jieba sometimes fuses with the first word of a name (与定/x 夜村/x): the name starts after them. */
const FUSED_STOP = /^[在向与和及或为对把将由给到是的了从于被让等有据经]$/;
/** Numeral words that brands use as names (百年, 千禧, 万家), unlike counts (一批, 两家, 5个). */
const BRAND_NUMBER = /^[百千万][\p{Script=Han}]$/u;
/** A number with a measure word (三所, 两省, 5个): a count, never part of a name. */
const COUNT_WORD = /^[一二两三四五六七八九十百千万几\d]+[所个家名位座条项批户省市县区地所]$/;
/** A count right after a head (援建种植基地2处, 建成扶贫车间12个): the kind of site counted, no name. */
const COUNTED_AFTER = /^(?:[一二两三四五六七八九十几]|\d+)(?:[十百千]?)(?:处|个|座|所)/;
/** A quantity (5/x 万吨/m, 3000亩): a site's capacity or size (年产5万吨调味品生产基地), never part of its name. */
const QUANTITY_WORD = /^[\d.]*[十百千万亿]?(?:吨|亩|平方米|平米|公斤|千瓦|兆瓦|头|只|套|件|株|羽)$/;
/** A word with anything but Han characters, letters and digits (punctuation, spaces) ends a name; 那坡·龙岗 keeps its dot. */
const NOT_NAME_TEXT = /[^\p{Script=Han}A-Za-z0-9·]/u;

/**
 * Organisations named by their head word (有限公司, 小学, 人民医院, 产业园, 日报…): the
 * head, and to its left the words that belong to the name, stopping at verbs of action,
 * numbers, measure words, prepositions and punctuation. A name needs a proper word
 * in it (a place, an unknown word, a brand): 一所现代化小学 and 当地企业 are not names.
 */
export function findOrganizations(text: string, tokens: Token[]): Candidate[] {
  const positions = tokenPositions(tokens);
  // For each character, the index of the jieba word that covers it (heads inside words).
  const coveringToken = new Int32Array(text.length + 1).fill(-1);
  tokens.forEach((token, index) => coveringToken.fill(index, token.start, token.end));
  const endsWord = wordEndTest(tokens);
  const found: Candidate[] = [];
  for (const quoted of findQuotedNames(text)) found.push(quoted);
  for (let end = 1; end <= text.length; end++) {
    const head = headEndingAt(text, end);
    if (!head || !endsWord(end)) continue;
    // 专家团/n 队/n: jieba cut 团队 (a team, no body's head) after the head 专家团; the name is not the 专家团.
    if (head.word.endsWith("团") && text[end] === "队") continue;
    if (head.standalone && positions.get(end - head.word.length)?.end !== end) continue;
    const headStart = end - head.word.length;
    // 甲医院党委, 乙公司工会: an organ of a school, hospital or firm is named by that body, not a body of its own.
    if (ORGANS.has(head.word) && WORKPLACE_TYPES.has(HEAD_INDEX.longestEndingAt(text, headStart)?.value.type ?? "")) continue;
    const start = leftBoundary(text, tokens, positions, coveringToken, headStart, head);
    if (start === undefined) continue;
    // 福海实验学校(集团): a bracketed group marker belongs to the name.
    const group = /^[（(]集团[）)]/.exec(text.slice(end, end + 4));
    const stop = group ? end + group[0].length : end;
    // (甲中学、乙医院两个搬迁项目: a count after a list counts the names listed.)
    if (COUNTED_AFTER.test(text.slice(stop, stop + 5)) && !/[、和及与]/.test(text[start - 1] ?? "")) continue;
    const name = text.slice(start, stop);
    const type = head.type === "company" && isPlaceWorkshop(tokens, positions, start, headStart, head) ? "park" : head.type;
    found.push(candidate({ start, end: stop, text: name, type, name, priority: 4, confidence: headConfidence(head) }));
  }
  return found;
}

/**
 * A head must end where a word ends (局 in 格局 does not), or where a title begins
 * inside jieba's word (区委 in 区委书记).
 */
function wordEndTest(tokens: Token[]): (end: number) => boolean {
  const ends = new Set<number>();
  for (const token of tokens) {
    ends.add(token.end);
    for (let cut = 1; cut < token.word.length; cut++) {
      if (TITLE_SET.has(token.word.slice(cut))) ends.add(token.start + cut);
    }
  }
  return (end) => ends.has(end);
}

function headEndingAt(text: string, end: number): OrganizationHead | undefined {
  const head = HEAD_INDEX.longestEndingAt(text, end);
  if (!head) return undefined;
  const notHead = NOT_HEAD_INDEX.longestEndingAt(text, end);
  if (notHead && notHead.word.length >= head.word.length) return undefined; // 董事局 is a board, not a 局
  return head.value;
}

function leftBoundary(
  text: string,
  tokens: Token[],
  positions: TokenPositions,
  coveringToken: Int32Array,
  headStart: number,
  head: OrganizationHead,
): number | undefined {
  let index = positions.indexEndingAt(headStart);
  // The head may sit inside a jieba word (宝凌小学 as one word): the name then starts there.
  if (index === undefined) {
    const insideIndex = coveringToken[headStart] ?? -1;
    const inside = insideIndex >= 0 ? tokens[insideIndex] : undefined;
    if (!inside || inside.start >= headStart) return undefined;
    // 教育局, 宝凌小学: what precedes the head inside jieba's word must be a word of its own
    // (教育, 明德) — not the 中 of 中小学 nor the 新格 of 新格局.
    const before = text.slice(inside.start, headStart);
    const words = segmentShort(before);
    const unknownWhole = /^(?:x|nz|eng)$/.test(inside.tag);
    if (before.length < 2 || words.length !== 1 || (words[0]!.tag === "x" && !unknownWhole)) return undefined;
    index = insideIndex - 1;
    const proper = unknownWhole || PROPER_TAGS.test(words[0]!.tag);
    return extend(text, tokens, index, inside.start, proper, headStart, head);
  }
  return extend(text, tokens, index, headStart, false, headStart, head);
}

/** What a hospital does with another or with its staff, right after its name (与乙县人民医院…, 选派/派驻/派出…专家/医生). */
const HOSPITAL_ACTING_AFTER = /^(?:(?:与|和|同)[^，,。；、]{2,16}?(?:人民医院|中医院|中医医院|医院|卫生院)(?:签订|签署|开展|结对|建立|组建|结成)|(?:选派|派驻|派出|下派|组派)[^，,。；]{0,12}?(?:专家|医生|医师|医护人员|医务人员|骨干))/;

/** Posts that only a hospital has, right after its name or its department (院长, 副院长, 骨科医生, 儿科主任…). */
const HOSPITAL_POST_AFTER = /^(?:党委书记|副院长|院长|[\p{Script=Han}]{1,4}?科(?:主任|副主任|医生|医师|主任医师|护士长|护士)|医生|医师|主任医师|护士长|护士)/u;

function extend(
  text: string,
  tokens: Token[],
  index: number,
  start: number,
  proper: boolean,
  headStart: number,
  head: OrganizationHead,
): number | undefined {
  const modifier: Token[] = [];
  for (let i = index; i >= 0; i--) {
    const token = tokens[i]!;
    if (token.end !== start) break;
    if (token.word.length >= 2 && token.tag === "x" && FUSED_STOP.test(token.word[0]!)) {
      // 与新/x 和村/x 金果合作社: the name starts after the fused preposition.
      modifier.unshift({ ...token, word: token.word.slice(1), start: token.start + 1 });
      start = token.start + 1;
      break;
    }
    // 甲乙（丙）产业园, 甲“乙丙”产业园: a short name in brackets or quotes inside the name belongs to it.
    const group = enclosedGroupEndingAt(tokens, i, modifier.length > 0);
    if (group !== undefined) {
      if (headStart - tokens[group]!.start > MAX_NAME_LENGTH) break;
      const enclosed = text.slice(tokens[group]!.start, token.end);
      modifier.unshift({ word: enclosed, tag: "nz", start: tokens[group]!.start, end: token.end });
      start = tokens[group]!.start;
      i = group;
      continue;
    }
    // 甲县和美农业有限公司, 老恒和酿造有限公司, 甲市和乐慈善基金会: a 和 that jieba read as a conjunction inside a brand.
    if ((head.type === "company" || head.type === "organization") && isConjunctionInBrand(tokens[i - 1], token, modifier[0])) {
      const left = tokens[i - 1]!;
      modifier.unshift(token);
      start = token.start;
      // A lone character before it (同和, 恒和) is the brand's too, whatever jieba tagged it.
      if (left.word.length === 1 && !CLAUSE_CHARS.test(left.word)) {
        modifier.unshift(left);
        start = left.start;
        i--;
      }
      continue;
    }
    // 甲—乙协作产业园, 甲·乙帮扶工作领导小组: a dash or dot between two places joins them in the name.
    if (/^(?:—|——|－|-|·)$/.test(token.word) && head.type !== "organization" && modifier[0]?.tag === "ns" && tokens[i - 1]?.tag === "ns" && tokens[i - 1]!.end === token.start) {
      modifier.unshift(token);
      start = token.start;
      continue;
    }
    // 团队到/x 乙县人民医院: jieba fused a verb of going with the word before the name, which starts after it.
    if (token.tag === "x" && token.word.length >= 2 && /[到赴在向与和及为对给从于]$/.test(token.word) && modifier[0]?.tag === "ns") break;
    // 云岭客户端·南海新闻网: a dot after a medium's name separates two media.
    if (token.word === "·" && head.type === "organization" && headEndingAt(text, token.start)) break;
    const verbBeforeHead = modifier.length === 0 && /^v/.test(token.tag) && token.word.length <= 2 && !ACTION_VERBS.has(token.word) && PROPER_TAGS.test(tokens[i - 1]?.tag ?? "");
    // 对口帮扶工作领导小组 names a body; 甲医院对口帮扶乙县人民医院 is a verb before a workplace's name.
    const afterPairing = ACTION_VERBS.has(token.word) && tokens[i - 1]?.word === "对口" && !WORKPLACE_TYPES.has(head.type);
    // 文化广电/和/旅游局: with the head inside jieba's word after 和, what precedes the head there is the remit joined.
    const joined = modifier[0] ?? (token.end < headStart ? { word: text.slice(token.end, headStart), tag: "n", start: token.end, end: headStart } : undefined);
    const joinsDepartment = token.word === "和" && isDepartmentJoin(tokens, i, joined, head);
    // 甲区驻乙县帮扶工作组, 乙县帮扶工作队: a body's name says whom it helps (a place before the verb).
    const helpsPlace = PAIRING_WORDS.has(token.word) && head.type === "government" && tokens[i - 1]?.tag === "ns";
    // 甲开发区投资集团有限公司, 乙城市建设投资有限公司: a firm's trade, a verb elsewhere, names it before 集团 or its head.
    const firmTrade = head.type === "company" && FIRM_TRADES.has(token.word) && (modifier.length === 0 || FIRM_TRADES.has(modifier[0]!.word) || FIRM_GROUPS.has(modifier[0]!.word)) && NAME_TAGS.test(tokens[i - 1]?.tag ?? "");
    // 甲市第二批赴乙县帮扶工作队, 甲市援乙县干部人才工作队: a sent team's name says where it goes and whom it is made of.
    const sentTeamWord = TEAM_HEAD.test(head.word) && head.type !== "company" && isSentTeamWord(token, tokens[i - 1], modifier[0]);
    // 三/m 江源/ns 生态保护基金会: a numeral that opens a clause and a place's name with it is the name's (三江源 is no 江源区).
    const numeralOpening = token.tag === "m" && /^[一二三四五六七八九十]$/.test(token.word) && modifier[0]?.tag === "ns" && modifier[0].start === token.end && (i === 0 || NOT_NAME_TEXT.test(tokens[i - 1]!.word));
    if (!verbBeforeHead && !afterPairing && !joinsDepartment && !helpsPlace && !firmTrade && !sentTeamWord && !numeralOpening && !acceptsInName(token, tokens[i - 1], head)) break;
    if (headStart - token.start > MAX_NAME_LENGTH) break;
    // 中小学, 有关医院, 对口协作医院: a generic word just before the head makes it a description;
    // not before a body's head (甲区驻乙县帮扶工作组, 对口帮扶工作队 are names when a place opens them).
    if (modifier.length < 2 && GENERIC_MODIFIERS.has(token.word) && !(head.type === "government" && PAIRING_WORDS.has(token.word))) {
      // 甲区社会扶贫协会: a generic word inside an association's name, which a place opens.
      // 甲区爱心志愿者协会: a word of an association's remit may stand right before its head.
      if (head.type !== "organization" || (modifier.length === 0 && !ASSOCIATION_REMITS.has(token.word)) || tokens[i - 1]?.tag !== "ns") return undefined;
    }
    start = token.start;
    modifier.unshift(token);
  }
  // 甲区爱心企业乙实业有限公司: a firm's name starts after the words that describe it.
  if (head.type === "company") {
    const described = modifier.map((t) => DESCRIBED_FIRM.has(t.word)).lastIndexOf(true);
    if (described >= 0 && modifier.slice(described + 1).some((t) => PROPER_TAGS.test(t.tag))) modifier.splice(0, described + 1);
    // 甲集团所属乙能源有限公司, 甲集团旗下乙新能源有限公司: the name starts after the word that ties the firm to its parent.
    const parentage = modifier.map((t) => FIRM_PARENTAGE.has(t.word)).lastIndexOf(true);
    if (parentage >= 0 && parentage < modifier.length - 1) modifier.splice(0, parentage + 1);
  }
  // 当地…, 两地…: a generic word on the left is not part of the name; but a 中 that opens a clause and a firm's
  // name (，中储粮集团贵州分公司: jieba cut 中/f off the firm's short name) is the firm's.
  const stateFirmOpening = head.type === "company" && modifier.length >= 2 && modifier[0]!.word === "中" && /^(?:n|nz|j|x)$/.test(modifier[1]!.tag) && !GENERIC_MODIFIERS.has(modifier[1]!.word) && /^[，,。；;：:、\s]?$/.test(text[modifier[0]!.start - 1] ?? "");
  while (modifier.length > 0 && GENERIC_MODIFIERS.has(modifier[0]!.word) && !(stateFirmOpening && modifier[0]!.word === "中")) modifier.shift();
  if (modifier.length === 0 && !proper) return undefined;
  // 集团有限公司, 投资控股公司: a firm's generic words alone name no firm.
  if (head.type === "company" && !proper && modifier.every((t) => FIRM_GROUPS.has(t.word) || FIRM_TRADES.has(t.word))) return undefined;
  if (modifier.length > 0) start = modifier[0]!.start;
  if (headStart - start < 2) return undefined;
  // 用于产业园冷链仓储中心建设: a site whose name would open with a bare word for a site is a part of the site named before, no name.
  if (head.type === "park" && modifier.length >= 2 && SITE_WORDS.has(modifier[0]!.word)) return undefined;
  // 研发/j 中心: a word that only describes is no proper word, whatever jieba tagged it (parks only: 扶贫/j 办 is a body).
  // A mill or a cooperative is named by a place or a brand (甲镇茶叶加工厂, 华丰食品厂, 乙村青松合作社); by only what
  // it makes, raises or does it is a description (肉牛屠宰加工厂, 一座饲草料加工厂, 牦牛养殖合作社), as a park is.
  const mill = head.type === "company" && (WORKSHOP_HEADS.has(head.word) || COOPERATIVE_HEADS.has(head.word));
  const properWords = modifier.filter((t) => PROPER_TAGS.test(t.tag) && !((head.type === "park" || mill) && DESCRIPTIVE_WORDS.has(t.word)));
  const placeOnly = modifier.length === 1 && modifier[0]!.tag === "ns";
  // 甲县医院, 乙区医院, 丙市医院: a county's, district's or city's hospital is named by its full place name alone (a city's
  // short name before 医院 is no such name).
  const countyHospital = placeOnly && head.type === "hospital" && /^\p{Script=Han}{2,}[县区旗市]$/u.test(modifier[0]!.word);
  // 西青医院副院长甲, 乙医院医生丙: a place's short name and 医院 with a post of the hospital right after is that hospital's name.
  const titledHospital = placeOnly && head.type === "hospital" && HOSPITAL_POST_AFTER.test(text.slice(headStart + head.word.length, headStart + head.word.length + 10));
  // 甲医院与乙县人民医院结对, 甲医院选派专家: joined to another hospital, or sending its staff, it is a hospital too.
  const actingHospital = placeOnly && head.type === "hospital" && HOSPITAL_ACTING_AFTER.test(text.slice(headStart + head.word.length, headStart + head.word.length + 24));
  if (placeOnly && HEADS_NEEDING_MORE_THAN_A_PLACE.has(head.word) && !countyHospital && !titledHospital && !actingHospital) return undefined;
  if (proper || properWords.length > 0) return start;
  // No proper word: a name still, if it has two or more words that are not mere description
  // (宝安实验教育集团); parks and centres need a proper word (技术研究中心 is not a name).
  if (head.type === "park" || mill) return undefined;
  const distinctive = modifier.filter((t) => !DESCRIPTIVE_WORDS.has(t.word));
  if (modifier.length >= 2 && distinctive.length > 0 && headStart - start >= 4) return start;
  // A school, company or hospital may have a plain word for a name (光明实验学校).
  const single = modifier.length === 1 && distinctive.length === 1 && modifier[0]!.word.length >= 2;
  // …with a specific head (实验学校, 人民医院), not a bare 学校 (姊妹学校 is a description).
  const specificHead = head.word.length >= 3;
  return single && specificHead && SINGLE_WORD_NAME_TYPES.has(head.type) && /^(?:n|nz)$/.test(modifier[0]!.tag) ? start : undefined;
}

const WORKPLACE_TYPES: ReadonlySet<string> = new Set(["school", "hospital", "company"]);

/** Bare words for a site (产业园, 园区, 基地): one that opens a site's name stands for a site named elsewhere. */
const SITE_WORDS: ReadonlySet<string> = new Set(["产业园", "园区", "基地", "工业园", "产业园区", "工业园区", "示范园", "开发区"]);

/** Heads of a workshop or mill, which a town or village may run with no firm's name (甲镇茶叶加工厂). */
const WORKSHOP_HEADS: ReadonlySet<string> = new Set(["加工厂", "茶厂", "厂", "工厂", "糖厂", "酒厂", "食品厂", "服装厂", "制衣厂", "丝厂"]);

/** Heads of a farmers' cooperative (牦牛养殖合作社 names what it raises, 甲村青松合作社 a cooperative). */
const COOPERATIVE_HEADS: ReadonlySet<string> = new Set(["合作社", "专业合作社", "农民专业合作社"]);

/**
 * 甲镇茶叶加工厂, 乙村服装厂: a place's full name, then only what it makes, then the workshop: a site of
 * the place (a park, located in it), not a firm with a name of its own (丙丁服装厂).
 */
function isPlaceWorkshop(tokens: Token[], positions: TokenPositions, start: number, headStart: number, head: OrganizationHead): boolean {
  if (!WORKSHOP_HEADS.has(head.word)) return false;
  const words: Token[] = [];
  for (let token = positions.get(start); token && token.end <= headStart; token = positions.get(token.end)) words.push(token);
  if (words.length < 2 || words[words.length - 1]!.end !== headStart) return false;
  const [place, ...made] = words;
  return place!.tag === "ns" && /[镇乡村县区旗]$/.test(place!.word) && made.every((t) => /^(?:n|vn)$/.test(t.tag));
}

/**
 * Whether a 和/与/及 between two words is part of a firm's brand rather than a conjunction: a lone
 * character on one side of it (和/美, 同/和: no word to join), or an unknown word before it (老恒/x 和
 * 酿造) that is no place or person of its own. 甲县和乙县…公司 and 甲公司和乙公司 join two names.
 */
function isConjunctionInBrand(left: Token | undefined, conjunction: Token, right: Token | undefined): boolean {
  if (!/^[和与及]$/.test(conjunction.word) || !left || !right || left.end !== conjunction.start || right.start !== conjunction.end) return false;
  const han = (t: Token) => /^\p{Script=Han}+$/u.test(t.word);
  if (!han(left) || !han(right) || HEAD_INDEX.longestEndingAt(left.word, left.word.length)) return false;
  if (right.word.length === 1) return !STOP_CHARS.test(right.word);
  // …not a word that joins clauses (并与甲乡合作社签订: 并 and 与 open the clause, not a brand).
  if (left.word.length === 1) return !/^[的了是在]$/.test(left.word) && !CLAUSE_CHARS.test(left.word);
  return left.tag === "x" && left.word.length <= 3 && !/^(?:ns|nr|nrt|nrfg)$/.test(right.tag);
}

/** Single characters that join clauses or verbs (并, 还, 也): never a brand's, before a 和 or 与. */
const CLAUSE_CHARS = /^[并还也又都就均将再且而或]$/;

/** Brackets and quotes that may enclose part of a name, closing mark → opening mark. */
const ENCLOSING: Readonly<Record<string, string>> = { "）": "（", ")": "(", "”": "“", "」": "「" };
/** The longest enclosed part a name holds (甲“菜篮子”乙中心, 甲（乙县）产业园). */
const MAX_ENCLOSED = 8;

/**
 * The index of the opening mark when tokens[index] closes a bracket or quote around a short run of
 * Han words that belongs to a name: a place in brackets (甲（乙县）产业园), a quoted word after a place
 * that more words of the name follow (甲市“菜篮子”产品配送中心). Not a numbered slogan (“三区一中心”), and not a
 * quoted word right before the head, which labels a kind of site (“共享”农庄, “爱心”超市).
 */
function enclosedGroupEndingAt(tokens: Token[], index: number, wordsFollow: boolean): number | undefined {
  const opening = ENCLOSING[tokens[index]!.word];
  if (!opening) return undefined;
  for (let j = index - 1; j >= 0 && tokens[index]!.start - tokens[j]!.end <= MAX_ENCLOSED; j--) {
    const token = tokens[j]!;
    if (token.end !== tokens[j + 1]!.start) return undefined;
    if (token.word === opening) {
      const words = tokens.slice(j + 1, index);
      const inner = words.map((t) => t.word).join("");
      // In brackets, only a place (甲（乙县）产业园): 县委（县政府）办公室 joins two bodies, 甲（集团）… a firm's form.
      // A quoted word sits inside a name that a place opens (甲市“菜篮子”配送中心), not after a count (万吨以上“菜篮子”…基地).
      const before = tokens[j - 1]?.end === token.start ? tokens[j - 1] : undefined;
      // jieba cuts some places before their level (大湾/ns 区/n).
      const placeBefore = before !== undefined && (before.tag === "ns" || (/^[省市县区州旗镇乡村]$/.test(before.word) && tokens[j - 2]?.tag === "ns"));
      const fits = opening === "“" || opening === "「" ? wordsFollow && placeBefore && !isNumberedSlogan(inner) : words.length === 1 && words[0]!.tag === "ns";
      return inner.length > 0 && /^\p{Script=Han}+$/u.test(inner) && fits ? j : undefined;
    }
    if (!/^\p{Script=Han}+$/u.test(token.word)) return undefined;
  }
  return undefined;
}

/** 四馆一院一中心, 一园三区: a count of things, a programme's slogan, not a name. */
export function isNumberedSlogan(words: string): boolean {
  return /^[一二两三四五六七八九十]\p{Script=Han}{1,3}[一二两三四五六七八九十]/u.test(words);
}

/** Trades that name a firm (投资集团, 建设有限公司) though the segmenter tags them as verbs. */
const FIRM_TRADES: ReadonlySet<string> = new Set(["投资", "建设", "开发", "发展", "运营", "管理", "经营", "控股"]);

/** The words of a firm's form between its name and its head (投资集团有限公司, 控股有限公司). */
const FIRM_GROUPS: ReadonlySet<string> = new Set(["集团", "控股", "集团股份", "实业"]);

/** Words that describe a firm before its name (爱心企业, 龙头企业): never part of the name. */
const DESCRIBED_FIRM: ReadonlySet<string> = new Set(["企业", "爱心企业", "龙头企业", "民营企业", "国有企业", "央企", "国企", "民企"]);

/** Words that tie a firm to its parent before its name (甲集团所属乙公司, 甲集团旗下乙公司): the name starts after them. */
const FIRM_PARENTAGE: ReadonlySet<string> = new Set(["所属", "旗下", "下属"]);

/** Generic words that name what an association gathers or does (甲区爱心志愿者协会, 乙县社会扶贫协会). */
const ASSOCIATION_REMITS: ReadonlySet<string> = new Set(["爱心", "社会", "慈善", "扶贫", "青年", "妇女"]);

/** Words of pairing that belong to the names of the bodies that do it (帮扶工作组, 对口工作队). */
const PAIRING_WORDS: ReadonlySet<string> = new Set(["帮扶", "对口", "结对"]);

/**
 * 和 inside a department's name (乡村振兴和协作交流局, 东西部协作和对口支援工作领导小组): two words
 * of its remit joined, not two bodies or places (甲区和乙县教育局): words, no place, on both sides.
 */
function isDepartmentJoin(tokens: Token[], index: number, right: Token | undefined, head: OrganizationHead): boolean {
  const left = tokens[index - 1];
  // A word of a remit, not a body's name ending in a head of its own (教育局和卫健局 are two bodies); 广电/nz, 卫健/j are remits too.
  const remit = (t: Token | undefined) => t !== undefined && t.word.length >= 2 && /^(?:n|vn|v|nz|j)$/.test(t.tag) && !HEAD_INDEX.longestEndingAt(t.word, t.word.length);
  return head.type === "government" && remit(left) && (remit(right) || right?.word === "对口");
}

function acceptsInName(token: Token, before: Token | undefined, head: OrganizationHead): boolean {
  if (STOP_CHARS.test(token.word) || NOT_NAME_TEXT.test(token.word) || COUNT_WORD.test(token.word) || QUANTITY_WORD.test(token.word)) return false;
  // 教育发展基金会, 农牧发展有限公司: a verb of the name-word lexicon inside a body's name (after a word of the
  // name) belongs to it; sites (产业发展中心) are described that way too often to follow.
  if (ACTION_VERBS.has(token.word)) return head.type !== "park" && token.word === "发展" && before !== undefined && NAME_TAGS.test(before.tag) && !ACTION_VERBS.has(before.word) && !STOP_CHARS.test(before.word) && !NOT_NAME_TEXT.test(before.word);
  if (NAME_WORDS.has(token.word)) return true;
  // 第二扶贫协作组: an ordinal inside a name, but not 5个 or 600万元; 百年 in a brand (巴马百年食品) too.
  // 甲区第五批援乙医疗队: the count of a sent team is written inside its name (the place before it opens the name).
  if (token.tag === "m" && TEAM_COUNT.test(token.word)) return TEAM_HEAD.test(head.word) && before?.tag === "ns";
  // 第十/m 批/q: jieba may cut the count in two; the ordinal before it is read next.
  if (token.word === "批" && /^第[一二三四五六七八九十\d]+$/.test(before?.word ?? "")) return TEAM_HEAD.test(head.word);
  // 甲区乙一中心小学, 甲县二小学: a school's number after its place or local name, right before its head.
  if (token.tag === "m" && /^[一二三四五六七八九十]$/.test(token.word) && head.type === "school" && /^(?:ns|nz|x)$/.test(before?.tag ?? "")) return true;
  if (token.tag === "m") return (/^第[一二三四五六七八九十]+$/.test(token.word) || BRAND_NUMBER.test(token.word)) && before !== undefined;
  return NAME_TAGS.test(token.tag);
}

/** The count of a team sent in turns (第五批, 第12批). */
const TEAM_COUNT = /^第[一二三四五六七八九十\d]+批$/;
/** Heads of teams a place sends (医疗队, 工作队, 工作组, 专家团). */
const TEAM_HEAD = /[队组团]$/;

/**
 * Words of a sent team's name that would stop it elsewhere: 赴 between its sender (or its count) and the place it
 * goes to (甲市第二批赴乙县帮扶工作队), and 干部, a title to jieba, among whom it is made of (援乙县干部人才工作队).
 */
function isSentTeamWord(token: Token, before: Token | undefined, after: Token | undefined): boolean {
  if (token.word === "赴") return after?.tag === "ns" && before !== undefined && (before.tag === "ns" || TEAM_COUNT.test(before.word));
  return token.word === "干部" && after?.word === "人才";
}

/** Names in 「」 or “” that end with a head (「凌云县白毫茶交易中心」) are taken whole. */
function findQuotedNames(text: string): Candidate[] {
  const found: Candidate[] = [];
  // 据“甲发布”微信公众号消息, “乙融媒”客户端: an account or app named in quotes before the word for it is a medium.
  for (const match of text.matchAll(QUOTED_ACCOUNT)) {
    const inner = match[1]!;
    if (isNumberedSlogan(inner)) continue;
    const start = match.index + 1;
    found.push(candidate({ start, end: start + inner.length, text: inner, type: "organization", name: inner, priority: 5, confidence: 0.7 }));
  }
  for (const match of text.matchAll(/[「“]([^「」“”，。,]{3,30})[」”]/g)) {
    const inner = match[1]!;
    const last = HEAD_INDEX.longestEndingAt(inner, inner.length);
    const head = last && inner.length > last.word.length + 1 && !last.value.standalone ? last.value : undefined;
    // “甲企业+乙合作社”, “公司+合作社+农户”: a model of who works with whom, its parts joined by a plus, names none of them.
    if (!head || isNumberedSlogan(inner) || /[+＋]/.test(inner)) continue;
    const start = match.index + 1;
    // A quoted phrase is a name only if something in it is proper: “姊妹学校” is a description.
    if (!segmentShort(inner.slice(0, -head.word.length)).some((t) => PROPER_TAGS.test(t.tag))) continue;
    found.push(candidate({ start, end: start + inner.length, text: inner, type: head.type, name: inner, priority: 5, confidence: headConfidence(head) }));
  }
  return found;
}

/** A quoted name of two to twelve characters, then the word for an account or an app it is the name of. */
const QUOTED_ACCOUNT = /[「“]([\p{Script=Han}A-Za-z0-9·]{2,12})[」”](?=(?:官方)?(?:微信公众号|微信公众平台|公众号|微信号|客户端|APP|App|app|抖音号|视频号|微博|政务号|头条号))/gu;

/**
 * How sure a name read by its head word is: a registered firm's head (有限公司) or a school's
 * or hospital's says much; 中心, 基地 and 园区 name sites and descriptions alike.
 */
function headConfidence(head: OrganizationHead): number {
  if (head.type === "company") return /有限|股份|集团/.test(head.word) ? 0.85 : 0.7;
  if (head.type === "school" || head.type === "hospital") return 0.8;
  if (head.type === "park") return 0.6;
  return head.standalone ? 0.65 : 0.75;
}
