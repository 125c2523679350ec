import { surnameLength } from "../lexicons/surnames.js";

/** An ISO date `YYYY-MM-DD` from 2021-02-07, 2021年2月7日, 2018/06/14 or a Date. */
export function isoDate(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value !== "string") return null;
  const match = /((?:19|20)\d{2})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/.exec(value);
  if (!match) return null;
  const [, year, month, day] = match;
  if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31) return null;
  return `${year}-${month!.padStart(2, "0")}-${day!.padStart(2, "0")}`;
}

/** The publisher a page states: 来源:百色日报, 本报讯（百色早报记者…）, （文章来源：河池日报）, 新华网广西新闻2月6日电. */
export function findSource(text: string): string | null {
  const stated = /(?:文章)?(?:来源|來源)\s*[:：]\s*([^\s|｜丨,，;；<>（）()\]]{2,20})/.exec(text);
  if (stated) return stated[1]!.replace(/[）)]+$/, "");
  const ownPaper = /本报讯\s*[（(]\s*([\p{Script=Han}]{2,10}?报)(?:记者|通讯员)/u.exec(text);
  if (ownPaper) return ownPaper[1]!;
  const dateline = /(?:^|\n)\s*([\p{Script=Han}A-Za-z]{2,12}?)(?:新闻)?\d{1,2}月\d{1,2}日电/u.exec(text);
  return dateline ? dateline[1]! : null;
}

/** People who wrote or edited the article, from bylines: 记者 黄晓明, 责任编辑:韦明, (覃明理 周 平 黄海), 作者：韦明 黄海. */
export function findAuthors(text: string): string[] {
  const authors = new Set<string>();
  const add = (name: string) => {
    const compact = name.replace(/\s+/g, "");
    if (compact.length >= 2 && compact.length <= 3 && surnameLength(compact) > 0) authors.add(compact);
  };
  // 记者 黄晓明, 记者 欧 明 通讯员 周萍 (a name split by a space, several names after one role).
  for (const match of text.matchAll(/(?:记者|記者|通讯员|通訊員|责任编辑|責任編輯)[ \t\u3000]*[:：]?[ \t\u3000]*((?:\p{Script=Han}{1,3}(?!\p{Script=Han})[ \t\u3000]*)+)/gu)) {
    for (const run of match[1]!.split(/(?:记者|記者|通讯员|通訊員|責任編輯|责任编辑)[:：]?/)) for (const name of spacedNames(run)) add(name);
  }
  for (const match of text.matchAll(/日电\s*[（(]([\p{Script=Han}\s]{2,30})[）)]/gu)) for (const name of spacedNames(match[1]!)) add(name);
  // 作者：甲乙 丙丁, 作者:张三、李四 (a medium as the author, 作者:甲日报, is a source: too long a name to be a person's).
  for (const match of text.matchAll(/(?:^|[\s|｜丨])(?:作者|作者們|作者们)[ \t\u3000]*[:：][ \t\u3000]*((?:\p{Script=Han}{1,3}(?!\p{Script=Han})[ \t\u3000、,，]*)+)/gu)) {
    for (const run of match[1]!.split(/[、,，]/)) for (const name of spacedNames(run)) add(name);
  }
  return [...authors];
}

/** The names of a run of pieces split by spaces, where one-character pieces pair up (覃明理 周 平 黄海). */
function spacedNames(run: string): string[] {
  const pieces = run.trim().split(/[\s\u3000]+/).filter(Boolean);
  const names: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (piece.length === 1 && pieces[i + 1] && pieces[i + 1]!.length <= 2) names.push(piece + pieces[++i]!);
    else names.push(piece);
  }
  return names;
}
