/**
 * graphology's algorithm packages are CommonJS (`module.exports = fn`) with types that declare an
 * ES default export. Under NodeNext, TypeScript then types the default import as `{ default: fn }`
 * while Node hands over `fn` itself. These casts state what Node really does, in one place.
 */
import forceAtlas2Module from "graphology-layout-forceatlas2";
import louvainModule from "graphology-communities-louvain";

export const louvain = louvainModule as unknown as typeof louvainModule.default;
export const forceAtlas2 = forceAtlas2Module as unknown as typeof forceAtlas2Module.default;
