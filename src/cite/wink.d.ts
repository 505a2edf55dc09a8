// wink-bm25-text-search and wink-porter2-stemmer ship no types; these are the parts citequiz uses.
declare module 'wink-bm25-text-search' {
  interface Bm25Config {
    fldWeights: Record<string, number>;
    bm25Params?: { k1?: number; b?: number; k?: number };
    ovFldNames?: string[];
  }
  interface Bm25Engine {
    defineConfig(config: Bm25Config): boolean;
    definePrepTasks(tasks: ((input: string) => string[])[], field?: string): number;
    addDoc(doc: Record<string, string>, id: number | string): number;
    consolidate(precision?: number): boolean;
    /** `[id, score]` pairs, best first; ids come back as the strings they were keyed by. */
    search(text: string, limit?: number): [string, number][];
    /** After consolidation: per document, each term's BM25 weight, keyed by the term's number. */
    getDocs(): Record<string, { freq: Record<string, number> }>;
    /** Each term's number. */
    getTokens(): Record<string, number>;
  }
  const bm25: () => Bm25Engine;
  export default bm25;
}

declare module 'wink-porter2-stemmer' {
  const stem: (word: string) => string;
  export default stem;
}
