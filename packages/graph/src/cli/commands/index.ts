import type { Command } from "commander";
import { registerExtract } from "./extract.js";

/** Adds every subcommand to the program; one line per command file. */
export function registerCommands(program: Command): void {
  registerExtract(program);
}
