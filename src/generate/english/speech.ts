// English words of reported speech: the verbs that report it, the words that make a statement an
// opinion or a forecast, and the templates of the questions asked about who said what.

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/**
 * Reporting verbs by lemma, with the past form a question asks with ("Who warned that ...?"). Some
 * are asked as "said": "..., he told the BBC." loses its object, "replied" and "added" lean on
 * what came before, "pointed" loses its "out".
 */
export const REPORTING_VERBS: ReadonlyMap<string, string> = new Map([
  ['say', 'said'],
  ['tell', 'said'],
  ['add', 'said'],
  ['explain', 'said'],
  ['continue', 'said'],
  ['agree', 'agreed'],
  ['warn', 'warned'],
  ['insist', 'insisted'],
  ['admit', 'admitted'],
  ['claim', 'claimed'],
  ['argue', 'argued'],
  ['suggest', 'suggested'],
  ['stress', 'stressed'],
  ['deny', 'denied'],
  ['note', 'noted'],
  ['predict', 'predicted'],
  ['reveal', 'revealed'],
  ['confirm', 'confirmed'],
  ['announce', 'announced'],
  ['maintain', 'maintained'],
  ['concede', 'conceded'],
  ['acknowledge', 'acknowledged'],
  ['promise', 'promised'],
  ['state', 'stated'],
  ['write', 'wrote'],
  ['counter', 'said'],
  ['respond', 'said'],
  ['reply', 'said'],
  ['urge', 'urged'],
  ['accuse', 'accused'],
  ['criticise', 'criticised'],
  ['criticize', 'criticized'],
  ['welcome', 'welcomed'],
  ['praise', 'praised'],
  ['reject', 'rejected'],
  ['dismiss', 'dismissed'],
  ['condemn', 'condemned'],
  ['defend', 'defended'],
  ['describe', 'described'],
  ['call', 'said'],
  ['point', 'said'],
]);

/** Verbs that report a clause: "warned (that) ...", not an object ("welcomed the decision"). */
export const CLAUSE_VERBS = set(`say tell add explain continue agree warn insist admit claim argue suggest stress
  deny note predict reveal confirm announce maintain concede acknowledge promise state write counter respond
  reply`);

/** Verbs that may stand after the quotation they report: '"...," said X.', '"...," X admitted.' */
export const AFTER_QUOTE_VERBS = set(`say tell add explain continue agree warn insist admit claim argue suggest
  stress note predict concede acknowledge state write counter respond reply point`);

/** "call for", "point out": a verb and the particle it needs. */
export const PARTICLE_VERBS: ReadonlyMap<string, string> = new Map([
  ['call', 'for'],
  ['point', 'out'],
]);

/**
 * Adverbs and auxiliaries between a speaker and the verb: "Mr Ebbers has always insisted", "She
 * categorically denied".
 */
export const BEFORE_VERB = set(`has have had will would also always previously repeatedly later once again
  emphatically categorically strongly publicly privately already then now firmly flatly`);

/** Participles that tack more onto a reported clause: "..., telling the BBC ...". */
export const TRAILING_PARTICIPLES = set('adding telling saying referring insisting arguing warning calling noting');

/**
 * Words for what someone is, in front of or after their name: "Yukos chief executive Steven
 * Theede", "David Naude, economist at Deutsche Bank". A name beside one is a person's.
 */
export const ROLE_WORDS = set(`analyst economist spokesman spokeswoman spokesperson executive chief boss director
  minister secretary leader chairman chairwoman president lawyer attorney coach manager captain player
  pundit expert official officer professor researcher scientist author editor reporter correspondent founder
  owner member head governor mayor councillor senator judge commissioner chancellor adviser advisor
  consultant strategist trader broker banker commentator critic campaigner activist organiser organizer
  MP mp deputy vice striker midfielder defender goalkeeper winger forward champion athlete actor actress
  singer star director producer writer designer father mother son daughter wife husband brother sister
  superintendent inspector sergeant constable detective`);

/**
 * Last words of names of firms and clubs that the shared list of organisations' words leaves out:
 * "Swiss Re", "Zurich Financial", "Aston Villa".
 */
export const ORGANISATION_ENDINGS = set(`re financial power energy capital securities insurance telecom
  communications media airways railways rail mail express united city rovers athletic villa wanderers albion
  hotspur county`);

/** Words of the quotation that make restating it unsafe: whose "I", "we", "you"? */
export const FIRST_OR_SECOND_PERSON = set(`i me my mine myself we us our ours ourselves you your yours yourself
  yourselves let's`);

/** Pronouns whose referent a reported clause would leave behind. */
export const THIRD_PERSON = set(`he him his himself she her hers herself it its itself they them their theirs
  themselves this these those`);

/** He, she and their forms: read as the speaker when the clause names no one else. */
export const PERSONAL_PRONOUNS = set('he him his himself she her hers herself');

/**
 * Nouns that "the" alone cannot pin down outside the article: "warned that firms could be
 * crippled by the move".
 */
export const VAGUE_NOUNS = set(`move moves plan plans decision decisions change changes proposal proposals idea
  ideas deal scheme measure measures findings result results claim claims allegation allegations charge charges
  comment comments remark remarks report reports offer bid ruling case situation issue issues problem matter
  figures numbers figure number total amount one ones way thing things process system policy statement`);

/** "I think", "we believe": an opener that makes what follows the speaker's opinion. */
export const BELIEF_VERBS = set('think believe feel reckon suspect expect hope');

/**
 * Words that make a statement a judgement rather than a checkable fact: obligation, evaluation,
 * belief.
 */
export const OPINION_WORDS = set(`should must ought need needs good bad excellent fantastic terrible awful
  wonderful disappointing disappointed important crucial vital essential wrong unfair fair ridiculous absurd
  desperate inadequate misdirected sensible foolish unacceptable acceptable cynical brilliant superb
  impressive exciting palatable deserve deserves deserved regrettable shameful disgraceful outrageous
  amazing incredible remarkable mistake believe believes think thinks feel feels hope hopes`);

/**
 * Words that make a statement a forecast, a plan or a guess: never a checkable fact, whatever
 * numbers it holds.
 */
export const NOT_YET_FACT = set(`will would could may might should must can shall expected expects expect
  likely unlikely forecast forecasts predicted predicts plans plan planned aims aim hopes hope set due
  possible possibly probably perhaps estimated estimate estimates believed thought feared fear fears if unless
  hoped aimed planning`);

/** Verbs of saying: a statement holding one is attributed, not a plain fact. */
export const ATTRIBUTION_WORDS = set(`said says told tells added claimed claims according argued argues insisted
  believes believed warned warns suggested suggests reported reports denied denies admitted admits quoted
  asked asks opinion view`);

/** A stance as a "How did ... respond?" answer says it ("By criticising it"), and the stances it rules out. */
export type Stance = string;
interface StanceEntry {
  readonly stance: Stance;
  readonly against: readonly Stance[];
}

// The stances ruled out differ from each other as much as from the answer: with "welcoming" and
// "praising" both offered, neither can be right, and the answer is found by elimination.
const APPROVED: StanceEntry = { stance: 'welcoming', against: ['criticising', 'ignoring', 'apologising for'] };
const PRAISED: StanceEntry = { stance: 'praising', against: ['criticising', 'ignoring', 'apologising for'] };
const CRITICISED: StanceEntry = { stance: 'criticising', against: ['welcoming', 'defending', 'ignoring'] };
const DEFENDED: StanceEntry = { stance: 'defending', against: ['criticising', 'apologising for', 'ignoring'] };
const DENIED: StanceEntry = { stance: 'denying', against: ['admitting', 'refusing to comment on', 'apologising for'] };

/**
 * Reporting verbs that carry a stance, by what they respond to: a thing done or proposed ("the
 * plan"), or a claim ("allegations he pressured ..."). "Dismissed the plan as desperate" is
 * criticism; "rejected allegations" is denial.
 */
export const STANCES: ReadonlyMap<string, { readonly thing?: StanceEntry; readonly claim?: StanceEntry }> = new Map([
  ['welcome', { thing: APPROVED }],
  ['praise', { thing: PRAISED }],
  ['criticise', { thing: CRITICISED }],
  ['criticize', { thing: CRITICISED }],
  ['condemn', { thing: CRITICISED }],
  ['dismiss', { thing: CRITICISED, claim: DENIED }],
  ['reject', { thing: CRITICISED, claim: DENIED }],
  ['deny', { claim: DENIED }],
  ['defend', { thing: DEFENDED }],
]);

type Slots = Readonly<Record<string, string>>;
const slot = (slots: Slots, name: string): string => slots[name] ?? '';

/**
 * Templates of the who-said questions; `english/templates.ts` takes them into its table. "who"
 * opens a body: it stands for the speaker, whom the reported words' "he" and "his" mean ("Who
 * insisted that he was unaware ...?").
 */
export const SPEECH_TEMPLATES = {
  /** "Who warned that many small firms could be "crippled"?": the report's own predicate. */
  'who-said': {
    render: (s: Slots) => `Who ${slot(s, 'predicate')}?`,
    body: (s: Slots) => `who ${slot(s, 'predicate')}`,
    situated: (s: Slots) => `In “${slot(s, 'title')}”, who ${slot(s, 'predicate')}?`,
  },
  /** 'Who said, “We have made a firm commitment”?': a quotation that cannot be restated. */
  'who-said-quote': {
    render: (s: Slots) => `Who ${slot(s, 'verb')}, “${slot(s, 'quote')}”?`,
    body: (s: Slots) => `who ${slot(s, 'verb')} “${slot(s, 'quote')}”`,
    situated: (s: Slots) => `In “${slot(s, 'title')}”, who ${slot(s, 'verb')}, “${slot(s, 'quote')}”?`,
  },
  /** "How did the Tories respond to the maternity pay plan?" */
  'said-stance': {
    render: (s: Slots) => `How did ${slot(s, 'speaker')} respond to ${slot(s, 'object')}?`,
    body: (s: Slots) => `${slot(s, 'speaker')} respond to ${slot(s, 'object')}`,
  },
  /** "Which statement from “Labour plans maternity pay rise” is an opinion rather than a fact?" */
  'fact-or-opinion': {
    render: (s: Slots) => `Which statement from “${slot(s, 'article')}” is an opinion rather than a fact?`,
    body: (s: Slots) => slot(s, 'article'),
    namesArticle: true,
  },
} as const;
