/**
 * Lines of page chrome: navigation, breadcrumbs, widgets, photo file names, counters,
 * copyright and ICP lines, contact lines. They are never article text.
 */
const CHROME_LINE = [
  /\.(?:jpe?g|png|gif|bmp|webp)\s*$/i,
  /微信图片_/,
  /ICP|备案号|版权所有|Copyright|All Rights Reserved|©|未经授权|不得转载|不得复制/i,
  /^(?:当前位置|您的位置|您现在的位置|位置)\s*[:：]/,
  /首页\s*[>›»]/,
  /^(?:字号|字体)\s*[:：]?/,
  /^搜\s*索$/,
  /Flash\s*Player/i,
  /点击(?:数|量|率)?\s*[:：]?\s*\d*\s*次/,
  /^(?:责任编辑|编辑|审核|校对|来源|作者|发表时间|发布时间|时间|日期|文号)\s*[:：]/,
  /主办单位|承办单位|技术支持|网站标识码|访问者|网警|联系电话|联系我们|投稿邮箱|邮箱\s*[:：]|E-?mail\s*[:：]|地址\s*[:：]|邮编\s*[:：]|传真\s*[:：]/i,
  /^-*\s*天气/,
  /^(?:分享到|分享|打印|关闭|收藏|返回顶部|打印本页|关闭窗口)/,
  /^(?:上一篇|下一篇)/,
  /^\[[^\]]*\]\([^)]*\)/,
  /PDF$/,
];

/** Lines after which only chrome follows (footer starts). */
const FOOTER_START = /^(?:责任编辑|【(?:责任编辑|编辑)|相关(?:新闻|阅读|链接|文章)|打印本页|关闭窗口|上一篇|下一篇|分享到|版权所有|Copyright|主办单位|\[返回)/i;

/**
 * Whether a line reads as article text: long (50 Han characters or more), with sentence punctuation.
 * Chrome patterns (联系电话, 地址:, ©…) may occur inside such a line; the line is still kept.
 */
export function readsAsArticleText(line: string): boolean {
  return line.length >= 50 && /[。！？]/.test(line) && FIFTY_HAN.test(line);
}

/** Fifty Han characters, anything else between them: one test, not a match object per character counted. */
const FIFTY_HAN = /(?:\p{Script=Han}\P{Script=Han}*){50}/u;

/** Whether a line is page chrome (never a line that reads as article text). */
export function isChromeLine(line: string): boolean {
  if (readsAsArticleText(line)) return false;
  const trimmed = line.trim().replace(/^[•·●◆■▪>\-\s]+/, "");
  return CHROME_LINE.some((pattern) => pattern.test(trimmed));
}

/** Whether a line starts the page footer (a line that reads as article text never does). */
export function isFooterStart(line: string): boolean {
  return FOOTER_START.test(line.trim()) && !readsAsArticleText(line);
}

/** Lines that carry the article's metadata (来源:…, 发表时间:…, 时间:…). */
export function isMetadataLine(line: string): boolean {
  return /(?:来源|來源|发表时间|發表時間|发布时间|發佈時間|时间|時間)\s*[:：]/.test(line) && line.trim().length < 120;
}
