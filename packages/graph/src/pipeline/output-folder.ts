import { constants } from "node:fs";
import { copyFile, lstat, mkdir, readdir, readlink, rename, rm, symlink } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { STORE_FILE } from "../store/store.js";

/** What a build folder may hold: a folder of only these can be replaced by a build (an older build's). */
const BUILD_ENTRIES = new Set(["graph.json", "graph.gexf", "extraction.json", "viewer.json", "overview.json", "evidence", STORE_FILE, `${STORE_FILE}.wal`]);

/**
 * A build in progress: it writes into `dir`, a fresh folder beside the output path, and
 * `publish()` makes the output path point to it in one rename. The output path is a
 * symbolic link to the current build's folder, so a build killed at any moment leaves
 * the old build whole, or the new one.
 */
export interface PendingBuild {
  /** The folder the new build writes into. */
  dir: string;
  /** The folder of the build the output path shows now, if any. */
  previous?: string;
  /** Makes the new build the output; removes the old one and any abandoned build. */
  publish: () => Promise<void>;
  /** Removes the new build's folder (a build that failed). */
  abandon: () => Promise<void>;
}

/** Prepares a new build of the output path `out`, with the previous build's store copied in for reuse. */
export async function startBuild(out: string): Promise<PendingBuild> {
  const path = resolve(out);
  const parent = dirname(path);
  const name = basename(path);
  await mkdir(parent, { recursive: true });
  const current = await lstat(path).catch(() => undefined);
  let previous: string | undefined;
  let plainFolder = false;
  if (current?.isSymbolicLink()) {
    previous = resolve(parent, await readlink(path));
  } else if (current?.isDirectory()) {
    const entries = await readdir(path);
    const foreign = entries.filter((entry) => !BUILD_ENTRIES.has(entry));
    if (foreign.length > 0) throw new OutputFolderError(`${out} is a folder xiezuo did not build (it holds ${foreign.slice(0, 3).join(", ")}); choose another --out`);
    previous = path;
    plainFolder = true;
  } else if (current) {
    throw new OutputFolderError(`${out} exists and is not a folder`);
  }

  const stamp = `${Date.now().toString(36)}-${process.pid}`;
  const dir = join(parent, `.${name}.build-${stamp}`);
  await mkdir(dir);
  const store = previous ? join(previous, STORE_FILE) : undefined;
  // A copy, so the running build never changes the store the published build holds (a reflink where the file system has them).
  if (store && (await lstat(store).catch(() => undefined))) await copyFile(store, join(dir, STORE_FILE), constants.COPYFILE_FICLONE);

  return {
    dir,
    ...(previous ? { previous } : {}),
    publish: async () => {
      const link = join(parent, `.${name}.link-${stamp}`);
      await symlink(basename(dir), link);
      if (plainFolder) {
        // An output folder from before builds were versioned: moved aside first (the one moment the output path is missing).
        const aside = join(parent, `.${name}.replaced-${stamp}`);
        await rename(path, aside);
        await rename(link, path);
        await rm(aside, { recursive: true, force: true });
      } else {
        await rename(link, path);
      }
      await removeAbandoned(parent, name, dir);
    },
    abandon: () => rm(dir, { recursive: true, force: true }),
  };
}

/** Every earlier build folder of `name` but the published one: the replaced build, and those of builds that were killed. */
async function removeAbandoned(parent: string, name: string, published: string): Promise<void> {
  const prefix = `.${name}.`;
  for (const entry of await readdir(parent)) {
    if (!entry.startsWith(prefix) || join(parent, entry) === published) continue;
    if (!/^\.(?:build|link|replaced)-[0-9a-z]+-\d+$/.test(entry.slice(prefix.length - 1))) continue;
    await rm(join(parent, entry), { recursive: true, force: true });
  }
}

/** The output path cannot take a build. */
export class OutputFolderError extends Error {}
