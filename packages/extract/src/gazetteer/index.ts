import { readFileSync } from "node:fs";
import { ancestorCodes, levelOfCode, placeType, type Place } from "./levels.js";
import { PLACES_FILE, RESPELLINGS_FILE, VILLAGES_FILE } from "./paths.js";
import { decodePlaceLines } from "./places-file.js";
import { decodeRespellings } from "./respellings.js";

export type { Place, PlaceLevel } from "./levels.js";
export { ancestorCodes, isAncestorCode, levelOfCode } from "./levels.js";

/** A surface form that names a place: its full name, or a short form (龙岗 for 龙岗区). */
export interface PlaceName {
  place: Place;
  short: boolean;
}

/** China's administrative divisions, by code and by every name they go by. */
export interface Gazetteer {
  byCode: ReadonlyMap<string, Place>;
  /** Full and short names of provinces, cities, districts/counties and towns. */
  byName: ReadonlyMap<string, readonly PlaceName[]>;
  /** Named villages and communities of one district or county (loaded on first use). */
  villagesOf(areaCode: string): ReadonlyMap<string, Place>;
  /** Reads the village file now rather than on the first `villagesOf` (a warm-up while other work waits). */
  preloadVillages(): void;
  /** The place and its ancestors, province first. */
  pathOf(code: string): Place[];
}

let cached: Gazetteer | undefined;

/** Loads the compact gazetteer index built at install time (villages only when asked for). */
export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  let text: string;
  try {
    text = readFileSync(PLACES_FILE, "utf8");
  } catch {
    throw new Error(
      `@xiezuo/extract: the gazetteer index ${PLACES_FILE} is missing; run \`pnpm install\` (or \`pnpm --filter @xiezuo/extract build\`) to build it.`,
    );
  }
  const byCode = new Map<string, Place>();
  const byName = new Map<string, PlaceName[]>();
  const addName = (name: string, entry: PlaceName) => {
    const list = byName.get(name);
    if (list) list.push(entry);
    else byName.set(name, [entry]);
  };
  decodePlaceLines(text, (code, name, fullName, shortNames) => {
    const placeLevel = levelOfCode(code);
    const place: Place = { code, name, level: placeLevel, type: placeType(placeLevel, name) };
    byCode.set(code, place);
    if (fullName) addName(name, { place, short: false });
    if (shortNames) for (const short of shortNames.split(",")) addName(short, { place, short: true });
  });
  // 干县 in a text OpenCC converted is the gazetteer's 乾县 (see respellings.ts).
  decodeRespellings(readFileSync(RESPELLINGS_FILE, "utf8"), (respelled, code) => {
    const place = byCode.get(code);
    if (place) addName(respelled, { place, short: false });
  });
  const { villages, preload } = lazyVillages();
  const gazetteer: Gazetteer = {
    byCode,
    byName,
    villagesOf: villages,
    preloadVillages: preload,
    pathOf: (code) =>
      [...ancestorCodes(code).reverse(), code]
        .map((c) => byCode.get(c) ?? villages(c.slice(0, 6)).get(c))
        .filter((p): p is Place => p !== undefined),
  };
  cached = gazetteer;
  return gazetteer;
}

/**
 * Village lookups per area. The village file (12 MB, one line per area) is read once as bytes
 * and only the lines of the areas asked for are decoded and parsed: decoding and splitting the
 * whole file cost a worker most of a second on its first article.
 */
function lazyVillages(): { villages: (areaCode: string) => ReadonlyMap<string, Place>; preload: () => void } {
  let lines: Map<string, [number, number]> | undefined;
  let bytes: Buffer | undefined;
  const parsed = new Map<string, Map<string, Place>>();
  const preload = () => {
    if (lines) return;
    bytes = readFileSync(VILLAGES_FILE);
    lines = new Map();
    // Each line is "<6-digit area code>\t<villages>": the code is ASCII, so bytes are characters.
    for (let start = 0; start < bytes.length; ) {
      const newline = bytes.indexOf(0x0a, start);
      const end = newline < 0 ? bytes.length : newline;
      const tab = bytes.indexOf(0x09, start);
      if (tab > start && tab < end) lines.set(bytes.toString("latin1", start, tab), [tab + 1, end]);
      start = end + 1;
    }
  };
  const villages = (areaCode: string): ReadonlyMap<string, Place> => {
    const done = parsed.get(areaCode);
    if (done) return done;
    preload();
    const span = lines!.get(areaCode);
    const line = span ? bytes!.toString("utf8", span[0], span[1]) : "";
    const villages = new Map<string, Place>();
    for (const item of line.split(",")) {
      const colon = item.indexOf(":");
      if (colon < 0) continue;
      const code = areaCode + item.slice(0, colon);
      villages.set(code, { code, name: item.slice(colon + 1), level: "village", type: "village" });
    }
    parsed.set(areaCode, villages);
    return villages;
  };
  return { villages, preload };
}
