import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The repository root (this file is at packages/graph/{src,dist}/cli/). */
export const REPO_ROOT = fileURLToPath(new URL("../../../../", import.meta.url));

/** `../shared` beside the checkout, where the answer key and the test corpus live (absent in a user's clone). */
export const SHARED_DIR = fileURLToPath(new URL("../../../../../shared/", import.meta.url));

export const DEFAULT_GOLD = `${SHARED_DIR}gold/seeds.gold.json`;
export const DEFAULT_CORPUS = `${SHARED_DIR}corpus`;
/** The development set: articles none of the rules were written on, with their answer key. */
export const DEV_GOLD = `${SHARED_DIR}gold/dev.gold.json`;
export const DEV_CORPUS = `${SHARED_DIR}corpus-dev`;

/** Whether the shared folder is there. */
export const hasShared = (): boolean => existsSync(DEFAULT_GOLD);
