import { UsageError } from "./usage-error.js";

/** A commander parser for `--max-file-mb`: a positive number of megabytes, returned in bytes. */
export function parseMegabytes(option: string): (value: string) => number {
  return (value) => {
    const megabytes = Number(value.trim());
    if (!/^\d+(?:\.\d+)?$/.test(value.trim()) || !(megabytes > 0)) throw new UsageError(`${option} expects a positive number of megabytes, got "${value}"`);
    return Math.round(megabytes * 1024 * 1024);
  };
}
