/**
 * Preloaded by `pnpm bench` (node --import) into a CLI run: writes the process's peak resident
 * memory (all threads) to stderr as it exits, as `xiezuo-peak-rss-kib=N`.
 */
import { writeSync } from "node:fs";

process.on("exit", () => writeSync(2, `\nxiezuo-peak-rss-kib=${process.resourceUsage().maxRSS}\n`));
