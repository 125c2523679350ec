/**
 * A character trie over a lexicon, so a recognizer reads the text once and asks at each
 * position which lexicon word starts (or ends) there, instead of trying every word of the
 * lexicon at every position.
 */
export class WordIndex<T = true> {
  private readonly root: TrieNode<T> = new Map();
  /** The words backwards, built on the first `longestEndingAt`: most indexes are only read forwards. */
  private reversedRoot: TrieNode<T> | undefined;
  private readonly entries: [string, T][] = [];

  /** Indexes the words; with `value`, each word carries what `value` returns for it. */
  constructor(words: Iterable<string>, value?: (word: string) => T) {
    for (const word of words) {
      if (!word) continue;
      const data = value ? value(word) : (true as T);
      // UTF-16 units, as the text is indexed.
      insert(this.root, word, false, data);
      this.entries.push([word, data]);
    }
  }

  private get reversed(): TrieNode<T> {
    if (!this.reversedRoot) {
      this.reversedRoot = new Map();
      for (const [word, data] of this.entries) insert(this.reversedRoot, word, true, data);
    }
    return this.reversedRoot;
  }

  /** The longest word that starts at `at`, or undefined. */
  longestAt(text: string, at: number): { word: string; value: T } | undefined {
    let node: TrieNode<T> | undefined = this.root;
    let best: TrieEntry<T> | undefined;
    for (let i = at; i < text.length && node; i++) {
      const next: TrieEntry<T> | undefined = node.get(text.charCodeAt(i));
      if (!next) break;
      if (next.word !== undefined) best = next;
      node = next.children;
    }
    return best && { word: best.word!, value: best.value! };
  }

  /** The longest word that ends right before `end` (and starts at `limit` or later), or undefined. */
  longestEndingAt(text: string, end: number, limit = 0): { word: string; value: T } | undefined {
    let node: TrieNode<T> | undefined = this.reversed;
    let best: TrieEntry<T> | undefined;
    for (let i = end - 1; i >= limit && node; i--) {
      const next: TrieEntry<T> | undefined = node.get(text.charCodeAt(i));
      if (!next) break;
      if (next.word !== undefined) best = next;
      node = next.children;
    }
    return best && { word: best.word!, value: best.value! };
  }

  /** The longest match at every position where one starts (matches may overlap). */
  matchesEverywhere(text: string): { start: number; end: number; word: string; value: T }[] {
    const found: { start: number; end: number; word: string; value: T }[] = [];
    for (let i = 0; i < text.length; i++) {
      const match = this.longestAt(text, i);
      if (match) found.push({ start: i, end: i + match.word.length, ...match });
    }
    return found;
  }

  /** Every non-overlapping longest match, scanning left to right. */
  scan(text: string): { start: number; end: number; word: string; value: T }[] {
    const found: { start: number; end: number; word: string; value: T }[] = [];
    for (let i = 0; i < text.length; i++) {
      const match = this.longestAt(text, i);
      if (!match) continue;
      found.push({ start: i, end: i + match.word.length, ...match });
      i += match.word.length - 1;
    }
    return found;
  }
}

/** Children by UTF-16 unit (a number: reading `text[i]` would allocate a string per character). */
type TrieNode<T> = Map<number, TrieEntry<T>>;
interface TrieEntry<T> {
  word?: string;
  value?: T;
  children?: TrieNode<T>;
}

/** Adds `word` (its UTF-16 units, last to first when `backwards`); the first value given a word stays. */
function insert<T>(root: TrieNode<T>, word: string, backwards: boolean, value: T): void {
  let node = root;
  const last = word.length - 1;
  for (let index = 0; index <= last; index++) {
    const ch = word.charCodeAt(backwards ? last - index : index);
    let entry = node.get(ch);
    if (!entry) node.set(ch, (entry = {}));
    if (index === last) {
      if (entry.word === undefined) {
        entry.word = word;
        entry.value = value;
      }
    } else {
      node = entry.children ??= new Map();
    }
  }
}
