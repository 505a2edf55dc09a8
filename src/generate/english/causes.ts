// The English of cause and effect: the connectives and verbs a news sentence gives a reason with,
// and the words a question about a reason is asked in.

/** What follows a connective: a clause ("because prices rose"), a noun phrase, or a purpose. */
export type CauseShape = 'clause' | 'noun' | 'purpose';

export interface Connective {
  /** The connective's words, lower case, as the tokens spell them. */
  readonly words: readonly string[];
  readonly shape: CauseShape;
  /** How many of its last words the restated reason keeps: "on [fears] that", "so that", "in a bid [to]". */
  readonly keep?: number;
  /**
   * Temporal words that give a cause only after an effect of a certain kind ("shares fell after
   * the firm warned"): "after" the holiday, "following" a meeting, are mostly no reason.
   */
  readonly onlyAfterReactions?: true;
  /** What the reason must open with: "as part of" gives one only before "a plan to", "its aim to". */
  readonly opens?: RegExp;
}

/**
 * Connectives, longest first so that "because of" is read before "because". Not "as" or "since":
 * they are as often temporal ("as the market opened") and a wrong "why" is worse than none.
 */
export const CONNECTIVES: readonly Connective[] = [
  { words: ['as', 'a', 'result', 'of'], shape: 'noun' },
  { words: ['in', 'an', 'attempt', 'to'], shape: 'purpose', keep: 1 },
  { words: ['in', 'a', 'bid', 'to'], shape: 'purpose', keep: 1 },
  { words: ['in', 'the', 'wake', 'of'], shape: 'noun' },
  { words: ['in', 'order', 'to'], shape: 'purpose', keep: 1 },
  { words: ['in', 'light', 'of'], shape: 'noun' },
  {
    words: ['as', 'part', 'of'],
    shape: 'noun',
    opens: /^(a|an|its|their|his|her|the) (\w+ )?(plan|aim|effort|drive|bid|strategy|attempt|push|campaign) to /i,
  },
  { words: ['because', 'of'], shape: 'noun' },
  { words: ['due', 'to'], shape: 'noun' },
  { words: ['owing', 'to'], shape: 'noun' },
  { words: ['thanks', 'to'], shape: 'noun' },
  { words: ['on', 'fears'], shape: 'noun', keep: 1 },
  { words: ['on', 'speculation'], shape: 'noun', keep: 1 },
  { words: ['on', 'hopes'], shape: 'noun', keep: 1 },
  { words: ['on', 'concerns'], shape: 'noun', keep: 1 },
  { words: ['so', 'that'], shape: 'purpose', keep: 2 },
  { words: ['because'], shape: 'clause' },
  { words: ['amid'], shape: 'noun' },
  { words: ['after'], shape: 'clause', onlyAfterReactions: true },
  { words: ['following'], shape: 'noun', onlyAfterReactions: true },
];

/**
 * Verbs (lemmas) of an effect that a following "after" gives the reason for: a market moving, a
 * person quitting, people forced out. "The bridge reopened after repairs" is only a sequence.
 */
export const REACTIONS = new Set(
  `rise fall drop climb jump surge soar rally slide slip tumble plunge plummet slump sink dip regain
  gain lose weaken strengthen quit resign withdraw retire force evacuate expel sack fire suspend ban
  deport cancel postpone close apologise apologize collapse`.split(/\s+/),
);

/**
 * Verbs whose subject is the cause and whose object the effect: "The flooding forced 300 people
 * from their homes", "The ruling led to protests". With "by" after them, the other way round.
 */
export const CAUSING_VERBS = new Set(
  'cause lead prompt trigger spark force drive boost fuel hurt hit result pave push'.split(' '),
);

/**
 * Their past forms, by lemma: the tagger reads some as nouns ("earnings in 2005 drove the index"),
 * so a causing verb is known by its form as well as by its tag.
 */
export const CAUSING_FORMS: ReadonlyMap<string, string> = new Map([
  ['caused', 'cause'],
  ['led', 'lead'],
  ['prompted', 'prompt'],
  ['triggered', 'trigger'],
  ['sparked', 'spark'],
  ['forced', 'force'],
  ['drove', 'drive'],
  ['boosted', 'boost'],
  ['fuelled', 'fuel'],
  ['fueled', 'fuel'],
  ['hurt', 'hurt'],
  ['hit', 'hit'],
  ['resulted', 'result'],
  ['paved', 'pave'],
  ['pushed', 'push'],
]);

/** What must follow some of them for them to cause: "led to", "pushed down", "paved the way". */
export const CAUSING_PARTICLES: Readonly<Record<string, RegExp>> = {
  lead: /^to$/i,
  result: /^in$/i,
  push: /^(up|down)$/i,
  pave: /^the$/i,
};

/** Words that stand for a reason in a question: a prompt made of these alone asks nothing. */
export const QUESTION_WORDS = { why: 'Why', what: 'What' } as const;
