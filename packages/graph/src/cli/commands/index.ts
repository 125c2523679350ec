import type { Command } from "commander";
import { registerEval } from "./eval.js";
import { registerExtract } from "./extract.js";

/** Adds every subcommand to the program; one line per command file. */
export function registerCommands(program: Command): void {
  registerExtract(program);
  registerEval(program);
}
