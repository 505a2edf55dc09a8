/**
 * The only module that loads the NLP library. wink-nlp with its lite English model tags parts of
 * speech, lemmas and numeric entities (dates, counts, money, percentages) at about a million words
 * in four seconds on one core; it is imported on first use so that no other command pays for it.
 */

/** Universal part-of-speech tags, as wink-nlp names them. */
export type Pos =
  | 'ADJ'
  | 'ADP'
  | 'ADV'
  | 'AUX'
  | 'CCONJ'
  | 'DET'
  | 'INTJ'
  | 'NOUN'
  | 'NUM'
  | 'PART'
  | 'PRON'
  | 'PROPN'
  | 'PUNCT'
  | 'SCONJ'
  | 'SYM'
  | 'VERB'
  | 'X'
  | 'SPACE';

export interface Token {
  readonly text: string;
  readonly pos: Pos;
  readonly lemma: string;
  /** Offsets into the analysed text. */
  readonly start: number;
  readonly end: number;
}

/** A numeric entity the model recognises, over tokens [first, last]. */
export interface NumericEntity {
  readonly type: string;
  readonly first: number;
  readonly last: number;
}

export interface Analysis {
  readonly tokens: readonly Token[];
  readonly entities: readonly NumericEntity[];
}

export type Analyse = (text: string) => Analysis;

/** A title that a name follows: what comes after it is the name, whatever the model says. */
const TITLE_BEFORE_NAME = /^(Mr|Mrs|Ms|Dr)\.?$/;

let loaded: Promise<Analyse> | undefined;

/** Loads the model once (about 0.2 s) and returns the analyser. */
export function loadAnalyser(): Promise<Analyse> {
  loaded ??= (async () => {
    const [{ default: winkNLP }, { default: model }] = await Promise.all([
      import('wink-nlp'),
      import('wink-eng-lite-web-model'),
    ]);
    const nlp = winkNLP(model);
    const its = nlp.its;
    return (text: string): Analysis => {
      const doc = nlp.readDoc(text);
      const all = doc.tokens();
      const values = all.out() as string[];
      const spaces = all.out(its.precedingSpaces) as string[];
      const tags = all.out(its.pos) as Pos[];
      // The lemma function's declared type does not match what `out` accepts; it works at run time.
      const lemmas = all.out(its.lemma as Parameters<typeof all.out>[0]) as string[];
      const tokens: Token[] = [];
      let offset = 0;
      for (const [i, value] of values.entries()) {
        offset += spaces[i]!.length;
        // The model gives some words no lemma ("cannot"): the word stands for itself.
        const lemma = lemmas[i] ?? value;
        // "Ms Cooper told ...": the model may tag the name after a title as a verb.
        const named = i > 0 && TITLE_BEFORE_NAME.test(values[i - 1]!) && /^\p{Lu}\p{Ll}/u.test(value);
        const pos = named ? 'PROPN' : tags[i]!;
        tokens.push({ text: value, pos, lemma: named ? value : lemma, start: offset, end: offset + value.length });
        offset += value.length;
      }
      const entities: NumericEntity[] = [];
      const spans = doc.entities().out(its.span) as unknown as [number, number][];
      const types = doc.entities().out(its.type) as string[];
      for (const [i, [first, last]] of spans.entries()) entities.push({ type: types[i]!, first, last });
      return { tokens, entities };
    };
  })();
  return loaded;
}
