import { fileURLToPath } from "node:url";

/** Folder of the compact gazetteer index and the jieba user dictionary, built at install time. */
export const GENERATED_DIR = fileURLToPath(new URL("../../data/generated/", import.meta.url));
export const PLACES_FILE = `${GENERATED_DIR}places.tsv`;
/** Full names as the normalizer respells them (乾县 → 干县), with the code they name. */
export const RESPELLINGS_FILE = `${GENERATED_DIR}respellings.tsv`;
export const VILLAGES_FILE = `${GENERATED_DIR}villages.tsv`;
export const USER_DICT_FILE = `${GENERATED_DIR}userdict.txt`;
