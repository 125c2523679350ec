import { UsageError } from "./usage-error.js";

/** A commander argument parser for whole numbers ≥ 0 that fails with a one-line UsageError. */
export function parseWholeNumber(option: string): (value: string) => number {
  return (value) => {
    if (!/^\d+$/.test(value.trim())) throw new UsageError(`${option} expects a whole number, got "${value}"`);
    return Number(value);
  };
}
