import { existsSync } from "node:fs";
import { UsageError } from "./usage-error.js";

/** Fails with a usage message when none of the given inputs exists (a typo, not a damaged file). */
export function checkInputsExist(inputs: string[]): void {
  const missing = inputs.filter((input) => !existsSync(input));
  if (missing.length === inputs.length) {
    throw new UsageError(`no such file or folder: ${missing.join(", ")}`);
  }
}
