import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { createGraphServer } from "../../serve/server.js";
import { parseWholeNumber } from "../parseWholeNumber.js";
import { REPO_ROOT } from "../repo-paths.js";
import { UsageError } from "../usage-error.js";

const VIEWER_DIR = join(REPO_ROOT, "packages", "viewer", "dist");

/** `xiezuo serve [DIR] [--port N]`: the viewer and DIR's graph on 127.0.0.1. */
export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("serve the viewer and a build folder's graph on http://127.0.0.1")
    .argument("[dir]", "folder written by `xiezuo build`", "out/sample")
    .option("-p, --port <n>", "port (0 picks a free one)", parseWholeNumber("--port"), 5178)
    .action(async (dir: string, options: { port: number }) => {
      if (!existsSync(join(dir, "graph.json"))) {
        throw new UsageError(`${dir} has no graph.json; build one first: pnpm xiezuo build <articles> --out ${dir}`);
      }
      if (!existsSync(join(VIEWER_DIR, "index.html"))) {
        throw new UsageError(`the viewer is not built (${VIEWER_DIR}); run pnpm install or pnpm --filter @xiezuo/viewer build`);
      }
      const server = createGraphServer({ graphDir: dir, viewerDir: VIEWER_DIR, port: options.port });
      await new Promise<void>((listening, failed) => {
        server.once("error", (error: NodeJS.ErrnoException) =>
          failed(error.code === "EADDRINUSE" ? new UsageError(`port ${options.port} is taken; pass --port N (or --port 0 for any free port)`) : error),
        );
        server.listen(options.port, "127.0.0.1", listening);
      });
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : options.port;
      console.log(`serving ${dir} on http://127.0.0.1:${port}/  (Ctrl-C to stop)`);
    });
}
