/**
 * graphology's algorithm packages are CommonJS (`module.exports = fn`) with types that declare an
 * ES default export. Under NodeNext, TypeScript then types the default import as `{ default: fn }`
 * while Node hands over `fn` itself. These casts state what Node really does, in one place.
 */
import forceAtlas2Module from "graphology-layout-forceatlas2";
import louvainModule from "graphology-communities-louvain";

/** The function a CommonJS module hands over, whichever way the importing tsconfig resolves its types (NodeNext or Bundler). */
type ModuleValue<T> = T extends { default: infer D } ? D : T;

export const louvain = louvainModule as unknown as ModuleValue<typeof louvainModule>;
export const forceAtlas2 = forceAtlas2Module as unknown as ModuleValue<typeof forceAtlas2Module>;
