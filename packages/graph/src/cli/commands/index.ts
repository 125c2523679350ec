import type { Command } from "commander";
import { registerBuild } from "./build.js";
import { registerEval } from "./eval.js";
import { registerExport } from "./export.js";
import { registerExtract } from "./extract.js";
import { registerPath } from "./path.js";
import { registerServe } from "./serve.js";
import { registerStats } from "./stats.js";

/** Adds every subcommand to the program; one line per command file. */
export function registerCommands(program: Command): void {
  registerExtract(program);
  registerEval(program);
  registerBuild(program);
  registerExport(program);
  registerStats(program);
  registerPath(program);
  registerServe(program);
}
