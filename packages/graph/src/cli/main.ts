#!/usr/bin/env node
/** The `xiezuo` command: every subcommand lives in ./commands, one file each. */
import { Command, CommanderError } from "commander";
import { registerCommands } from "./commands/index.js";
import { UsageError } from "./usage-error.js";

const program = new Command("xiezuo")
  .description("Turn Chinese news articles about regional cooperation into a knowledge graph.")
  .showHelpAfterError()
  .exitOverride();

registerCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // commander already printed its message (unknown option, missing argument, --help).
    process.exitCode = error.exitCode;
  } else if (error instanceof UsageError) {
    console.error(`xiezuo: ${error.message}`);
    process.exitCode = 2;
  } else {
    // Unexpected failures still get a one-line message; the stack only when asked for.
    console.error(`xiezuo: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.XIEZUO_DEBUG) console.error(error);
    process.exitCode = 1;
  }
}
