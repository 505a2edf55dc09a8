import { normalizeAnswer } from '../bank/index.js';
import { aboutWords, type Candidate } from './candidate.js';
import { citedSentences } from './draft.js';
import { sentenceFacts, sharedWords } from './distractors.js';
import { kindOf } from './kinds/index.js';
import type { BankMaterial } from './kinds/kind.js';
import { promptBody } from './prompt.js';
import { givesAway, readAs, sameQuestion, type Read } from './quiz-coherence.js';
import type { WorkingSentence } from './sentences.js';

/**
 * What the bank has asked so far, as the articles are picked one after another: a later article's
 * question may not repeat an earlier one, give its answer away, or ask again a fact that another
 * article reports (that question already cites it).
 */
export class BankCoherence {
  private readonly prompts = new Set<string>();
  private readonly byAnswer = new Map<string, Candidate[]>();
  private readonly readOf = new Map<string, Read[]>();
  /** Sentences whose fact a kept question asks: its own, and the other articles' that echo it. */
  private readonly asked = new Set<WorkingSentence>();
  /** Sentences a kept comparison of figures cites: their figures are compared once. */
  private readonly compared = new Set<WorkingSentence>();

  constructor(private readonly bank: Pick<BankMaterial, 'echoes' | 'index' | 'sameStory' | 'sentencesOf'>) {}

  /** Why `c` would not hang together with the bank so far and `keptHere`, or undefined. */
  clash(c: Candidate, keptHere: readonly Candidate[], sameStory: ReadonlySet<string>): string | undefined {
    if (this.prompts.has(c.prompt)) return 'the same prompt as another question';
    if (this.asked.has(c.draft.sentence)) return 'another article reports the same, and is asked';
    // A comparison asks every figure it compares: one already asked is not compared again.
    const comparesFigures = kindOf(c.draft.kind).comparesFigures === true;
    if (comparesFigures && citedSentences(c.draft).some((s) => this.compared.has(s)))
      return 'another question compares the same';
    const key = answerKey(c);
    // Two outlets reporting one fact give two copies of a question: the bank asks it once.
    if (key !== undefined && (this.byAnswer.get(key) ?? []).some((other) => sameQuestion(other, c)))
      return 'another article gives the same question';
    return givesAway(readAs(c), [
      ...[...sameStory].flatMap((id) => this.readOf.get(id) ?? []),
      ...keptHere.map(readAs),
    ]);
  }

  /**
   * An article's kept questions, each citing too the sentences of other articles that report the
   * same answer; their facts are not asked again.
   */
  keep(article: string, kept: readonly Candidate[]): Candidate[] {
    const cited = kept.map((c) => this.withEchoes(c));
    this.readOf.set(article, cited.map(readAs));
    for (const c of cited) {
      this.prompts.add(c.prompt);
      const key = answerKey(c);
      if (key !== undefined) this.byAnswer.set(key, [...(this.byAnswer.get(key) ?? []), c]);
      // Its own fact, wherever it is reported; a figure's comparison, every report it compares
      // ("According to the first report ..." then "According to the second ..." would ask one toll
      // twice).
      this.asked.add(c.draft.sentence);
      if (kindOf(c.draft.kind).comparesFigures)
        for (const s of citedSentences(c.draft)) {
          this.asked.add(s);
          this.compared.add(s);
        }
      // Every report that gives its answer: a question on one of them would ask it again.
      for (const s of [...(this.bank.echoes.get(c.draft.sentence) ?? []), ...citedSentences(c.draft)])
        this.asked.add(s);
    }
    return cited;
  }

  /** The question citing every other article's sentence that gives its answer. */
  private withEchoes(c: Candidate): Candidate {
    const mine = new Set(citedSentences(c.draft).map((s) => s.article));
    const evidence = echoEvidence(c);
    if (evidence === undefined) return c;
    const more = [...(this.bank.echoes.get(c.draft.sentence) ?? []), ...alsoAnswering(c, evidence, this.bank)].filter(
      (s) => {
        if (mine.has(s.article)) return false;
        if (evidence !== '' && !` ${sentenceFacts(s).normal} `.includes(` ${evidence} `)) return false;
        mine.add(s.article);
        return true;
      },
    );
    if (more.length === 0) return c;
    return { ...c, draft: { ...c.draft, support: [...(c.draft.support ?? []), ...more] } };
  }
}

/**
 * How much of what a question asks another report's sentence must say, beside its answer, to be
 * cited as giving that answer too: well above the half that makes a wrong answer unsafe to offer
 * (distractors.ts), since a citation must answer the question.
 */
const ALSO_ANSWERS = 0.6;
/** Fewer words than this say too little of what is asked to match a sentence on. */
const FEWEST_WORDS_ASKED = 3;

/**
 * Sentences of the story's other reports that hold the answer taken from the text and most of
 * the words of the question: "Fill in the blank: Early estimates from the World Bank put the
 * amount of aid needed at about _____" is answered by another report's "Early estimates from the
 * World Bank put the amount of aid needed for the worst affected countries at about $5bn".
 */
function alsoAnswering(
  c: Candidate,
  evidence: string,
  bank: Pick<BankMaterial, 'index' | 'sameStory' | 'sentencesOf'>,
): readonly WorkingSentence[] {
  if (evidence === '') return [];
  const { article } = c.draft.sentence;
  const story = bank.sameStory.get(article);
  if (!story || story.size < 2) return [];
  const answer = aboutWords(evidence);
  const about = new Set([...aboutWords(promptBody(c.draft.prompt))].filter((w) => !answer.has(w)));
  if (about.size < FEWEST_WORDS_ASKED) return [];
  return (bank.index.sentencesWith.get(evidence) ?? []).filter(
    (s) =>
      s.article !== article &&
      story.has(s.article) &&
      s.unfit === undefined &&
      // A reprint is asked about from the copy kept, and cited from it alone.
      (bank.sentencesOf.get(s.article)?.length ?? 0) > 0 &&
      sharedWords(about, sentenceFacts(s).words) >= ALSO_ANSWERS * about.size,
  );
}

const answerKey = (c: Candidate) =>
  typeof c.answer === 'string' ? `${c.type}:${normalizeAnswer(c.answer)}` : undefined;

/**
 * The words another article's sentence must hold to be cited for this question: its answer where
 * that is words of the text, the fact a false statement changed; '' where the whole fact is what
 * is asked (a true statement, a reason, a response). Undefined where echoes cite nothing (a main
 * point, a meaning, a comparison): see `citesEchoes`.
 */
function echoEvidence(c: Candidate): string | undefined {
  const kind = kindOf(c.draft.kind);
  if (kind.citesEchoes === false) return undefined;
  if (c.draft.changed) return normalizeAnswer(c.draft.changed.from);
  if (typeof c.answer === 'string' && kind.answerFromText) return normalizeAnswer(c.answer);
  return '';
}
