import { existsSync } from "node:fs";
import type { Command } from "commander";
import { evaluate, extract, formatEvaluation, readGold } from "@xiezuo/extract";
import { DEFAULT_CORPUS, DEFAULT_GOLD } from "../repo-paths.js";
import { UsageError } from "../usage-error.js";

/** `xiezuo eval`: scores the extractor against a gold file (by default ../shared's answer key). */
export function registerEval(program: Command): void {
  program
    .command("eval")
    .description("score the extractor against a gold answer key: P/R/F1 per entity and relation type")
    .option("--gold <file>", "gold file (default: ../shared/gold/seeds.gold.json)", DEFAULT_GOLD)
    .option("--corpus <folder>", "articles the gold file annotates (default: ../shared/corpus)", DEFAULT_CORPUS)
    .option("--json", "print the scores as JSON")
    .option("--details", "also list every miss and every spurious find")
    .action(async (options: { gold: string; corpus: string; json?: boolean; details?: boolean }) => {
      if (!existsSync(options.gold)) {
        throw new UsageError(`no gold file at ${options.gold} (it lives in ../shared/gold beside the checkout; pass --gold FILE)`);
      }
      if (!existsSync(options.corpus)) throw new UsageError(`no corpus folder at ${options.corpus} (pass --corpus FOLDER)`);
      const gold = readGold(options.gold);
      const started = performance.now();
      const result = await extract([options.corpus]);
      const seconds = (performance.now() - started) / 1000;
      const evaluation = evaluate(result, gold);
      if (options.json) {
        const { missed, spurious, ...scores } = evaluation;
        console.log(JSON.stringify(options.details ? evaluation : { ...scores, seconds }, null, 2));
      } else {
        console.log(formatEvaluation(evaluation, { details: options.details }));
        console.log(`\nextraction time: ${seconds.toFixed(2)} s (${result.documents.length} documents)`);
      }
    });
}
