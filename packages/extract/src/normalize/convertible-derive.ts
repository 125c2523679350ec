import * as OpenCC from "opencc-js";

type Convert = (text: string) => string;

/**
 * Every code point that OpenCC's hk→cn then tw→cn conversion (as `toSimplifiedString` runs it)
 * can change: the characters it changes on their own, and the characters it changes inside a
 * phrase made only of characters it leaves alone (OpenCC turns 打坏 into 打坯, so 坏 counts).
 * Text without any of them comes out of the conversion unchanged. Derived from opencc-js's
 * dictionaries; `convertible.ts` holds the result so that simplified text never loads them.
 */
export function deriveConvertibleCodePoints(): number[] {
  const converters: Convert[] = [OpenCC.Converter({ from: "hk", to: "cn" }), OpenCC.Converter({ from: "tw", to: "cn" })];
  const chain = (text: string) => converters.reduce((converted, convert) => convert(converted), text);
  const groups = [...OpenCC.Locale.from.hk!, ...OpenCC.Locale.from.tw!, ...OpenCC.Locale.to.cn!];
  const keys: string[] = [];
  for (const group of groups) {
    for (const dict of group as readonly unknown[]) {
      if (typeof dict !== "string") throw new Error("opencc-js: expected its dictionaries as strings");
      for (const entry of dict.split("|")) {
        const key = entry.split(" ")[0];
        if (key) keys.push(key);
      }
    }
  }
  const changedAlone = new Set<number>();
  for (const key of keys) for (const char of key) if (chain(char) !== char) changedAlone.add(char.codePointAt(0)!);
  const changedInPhrase = new Set<number>();
  for (const key of keys) {
    const chars = [...key];
    if (chars.some((char) => changedAlone.has(char.codePointAt(0)!))) continue;
    const out = [...chain(key)];
    chars.forEach((char, i) => {
      if (out.length !== chars.length || out[i] !== char) changedInPhrase.add(char.codePointAt(0)!);
    });
  }
  return [...new Set([...changedAlone, ...changedInPhrase])].sort((a, b) => a - b);
}

/** Code points as compact hex ranges, `4e7e,4e82-4e86,…` (the form `convertible.ts` stores). */
export function toHexRanges(codePoints: readonly number[]): string {
  const ranges: string[] = [];
  for (let i = 0; i < codePoints.length; ) {
    let j = i;
    while (j + 1 < codePoints.length && codePoints[j + 1] === codePoints[j]! + 1) j++;
    ranges.push(i === j ? codePoints[i]!.toString(16) : `${codePoints[i]!.toString(16)}-${codePoints[j]!.toString(16)}`);
    i = j + 1;
  }
  return ranges.join(",");
}
