import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

/** Debian's Chromium, as the browser tests and the benchmark drive it (never a downloaded browser). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** The flags this machine needs: headless, no sandbox in containers, no network chatter, software WebGL. */
export const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--enable-unsafe-swiftshader",
];

/** A running Chromium with one window, and how to close it (and remove its profile). */
export interface Chromium {
  context: BrowserContext;
  close: () => Promise<void>;
}

/**
 * Launches headless Chromium with a fresh profile (`--user-data-dir` in a new temporary folder,
 * removed on close). Fails, rather than skipping, when Chromium is not installed: CI installs it.
 */
export async function launchChromium(viewport = { width: 1280, height: 800 }): Promise<Chromium> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `no Chromium at ${CHROMIUM}: the browser tests need Debian's package — run \`apt-get update && apt-get install -y chromium\` (or bash scripts/setup.sh --test), or set CHROMIUM_PATH`,
    );
  }
  const profile = mkdtempSync(join(tmpdir(), "xiezuo-chromium-"));
  // launchPersistentContext is playwright's way to pass --user-data-dir (it refuses it in args).
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    acceptDownloads: true,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
