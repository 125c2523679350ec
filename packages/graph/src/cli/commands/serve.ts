import { join } from "node:path";
import type { Command } from "commander";
import { ServeError, startGraphServer } from "../../serve/start.js";
import { parseWholeNumber } from "../parseWholeNumber.js";
import { REPO_ROOT } from "../repo-paths.js";
import { UsageError } from "../usage-error.js";

/** The built viewer, next to this package in the repository. */
export const VIEWER_DIR = join(REPO_ROOT, "packages", "viewer", "dist");

/** `xiezuo serve [DIR] [--port N]`: the viewer and DIR's graph files on 127.0.0.1, until Ctrl-C. */
export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("serve the viewer and a build folder's graph files on http://127.0.0.1 (nothing else)")
    .argument("[dir]", "folder written by `xiezuo build`", "out/sample")
    .option("-p, --port <n>", "port (0 picks a free one)", parseWholeNumber("--port"), 5178)
    .action(async (dir: string, options: { port: number }) => {
      try {
        const { url } = await startGraphServer({ graphDir: dir, viewerDir: VIEWER_DIR, port: options.port });
        console.log(`xiezuo: serving ${dir} at ${url}  (Ctrl-C to stop)`);
      } catch (error) {
        // Problems the user can fix get the CLI's one-line message and exit code 2.
        throw error instanceof ServeError ? new UsageError(error.message) : error;
      }
    });
}
