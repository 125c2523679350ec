import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { USER_DICT_FILE } from "../gazetteer/paths.js";

const require = createRequire(import.meta.url);

/** A word of the segmented body with its part-of-speech tag and offsets. */
export interface Token {
  word: string;
  /** jieba's tag: ns place, nr person, v verb, m numeral, x unknown (HMM) word… */
  tag: string;
  start: number;
  end: number;
}

// tag() reads neither; jieba's own 6 MB IDF table would cost every worker time at start-up.
const UNUSED_IDF_FILE = fileURLToPath(new URL("../../data/jieba/unused-idf.utf8", import.meta.url));
const UNUSED_STOP_WORDS_FILE = fileURLToPath(new URL("../../data/jieba/unused-stop-words.utf8", import.meta.url));

interface JiebaOptions {
  userDict?: string;
  idfDict?: string;
  stopWordDict?: string;
}

interface Jieba {
  load(options: JiebaOptions): void;
  /** The patch's addition: builds the dictionaries on a thread of libuv's pool. */
  loadAsync?(options: JiebaOptions): Promise<boolean>;
  tag(text: string): { word: string; tag: string }[];
}

const OPTIONS: JiebaOptions = { userDict: USER_DICT_FILE, idfDict: UNUSED_IDF_FILE, stopWordDict: UNUSED_STOP_WORDS_FILE };

let jieba: Jieba | undefined;
let loading: Promise<void> | undefined;

/**
 * jieba with the gazetteer's user dictionary, loaded once per process. nodejs-jieba is patched
 * (patches/nodejs-jieba@0.3.0.patch) so that load() builds its dictionary once, not twice.
 */
function loadJieba(): Jieba {
  if (jieba) return jieba;
  // Asked for before a `loadSegmenter()` finished: load now; the other load's result is the same.
  const loaded = require("nodejs-jieba") as Jieba;
  loaded.load(OPTIONS);
  jieba = loaded;
  return loaded;
}

/**
 * Starts loading jieba's dictionaries off this thread (about 0.7 s), so that the caller can
 * load the gazetteer meanwhile; resolves when `segment` is ready. Without the patch's
 * `loadAsync` (an unpatched prebuilt addon) it loads synchronously.
 */
export function loadSegmenter(): Promise<void> {
  if (jieba) return Promise.resolve();
  loading ??= (async () => {
    const loaded = require("nodejs-jieba") as Jieba;
    if (loaded.loadAsync) await loaded.loadAsync(OPTIONS);
    else loaded.load(OPTIONS);
    jieba = loaded;
  })();
  return loading;
}

/** Segments text into tagged tokens whose offsets index into `text` (HMM on, so unknown names stay whole). */
export function segment(text: string): Token[] {
  const tokens: Token[] = [];
  let cursor = 0;
  // jieba's own objects become the tokens (their offsets added): a second object per word was a fifth of what segmenting allocates.
  for (const token of loadJieba().tag(text) as Token[]) {
    const word = token.word;
    // jieba drops nothing, but re-find each word so offsets stay right even if it normalises spaces.
    const start = text.startsWith(word, cursor) ? cursor : text.indexOf(word, cursor);
    if (start < 0) continue;
    token.start = start;
    token.end = start + word.length;
    tokens.push(token);
    cursor = start + word.length;
  }
  return tokens;
}

const shortWords = new Map<string, Token[]>();
const MAX_REMEMBERED = 50_000;

/**
 * `segment` for the short strings recognizers ask about again and again (is 新农村 one
 * dictionary word? what is the word before this head?): answers are remembered, so a
 * recognizer costs no extra jieba call per repeated question.
 */
export function segmentShort(text: string): Token[] {
  let tokens = shortWords.get(text);
  if (!tokens) {
    tokens = segment(text);
    if (shortWords.size >= MAX_REMEMBERED) shortWords.clear();
    shortWords.set(text, tokens);
  }
  return tokens;
}
