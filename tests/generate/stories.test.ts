// Story sets: several reports of one event. A fact several report is asked once, citing them all;
// a report published twice is asked about once; "which article" has one right answer; readers'
// comments are never cited.
import { beforeAll, describe, expect, it } from 'vitest';
import { generateQuestions, type Generated } from '../../src/generate/generate.js';
import { loadAnalyser, type Analyse } from '../../src/generate/nlp.js';
import type { SourceArticle } from '../../src/generate/sentences.js';
import type { BankMaterial } from '../../src/generate/kinds/kind.js';
import { ROOT } from '../helpers.js';
import { readSet } from './rubric.js';
import { kindOf } from '../../src/generate/kinds/index.js';
import { renderPrompt } from '../../src/generate/prompt.js';
import { article, materialOf, paragraphs } from './helpers.js';
import { loadLanguage } from '../../src/generate/resources/index.js';

const options = { perArticle: 8, types: ['multiple-choice', 'true-false', 'short-answer'] as const, seed: 's' };
/** A sentence every report of the Kelderby stories shares, so that they are one story. */
const common = 'Kelderby port owner Portline and union leader Ada Quist met officials from Nordhavn council.';
/** The sentences of other reports found to state what sentence `index` of `article` states. */
const echoesOf = (bank: BankMaterial, article: string, index: number) =>
  [...bank.echoes].find(([s]) => s.article === article && s.index === index)?.[1].map((e) => `${e.article}#${e.index}`);
const cited = (q: Generated['questions'][number]) =>
  [q.candidate.draft.sentence, ...(q.candidate.draft.support ?? [])].map((s) => `${s.article}#${s.index}`);

describe('a story told by several articles', () => {
  let analyse: Analyse;
  let all: SourceArticle[];
  const generate = (ids: readonly string[]) =>
    generateQuestions(
      all.filter((a) => ids.includes(a.id)),
      analyse,
      options,
    );
  beforeAll(async () => {
    analyse = await loadAnalyser();
    all = await readSet(ROOT, 'tests/fixtures/generate/stories');
  });

  it('asks a fact two reports give once, citing both, and names the two when only they say it', () => {
    const bank = generate(['port-fire-a', 'port-fire-b', 'port-fire-c']);
    const both = bank.questions.filter((q) => q.candidate.draft.kind === 'both-report');
    const adeyemi = both.find((q) => q.candidate.prompt.includes('Ruth Adeyemi'))!;
    expect(adeyemi.candidate.answer).toBe(
      '“Fire destroys warehouse at Kelderby port” and “Kelderby port blaze halts ferries”',
    );
    expect(cited(adeyemi)).toEqual(['port-fire-a#2', 'port-fire-b#1']);
    expect(adeyemi.candidate.choices).toHaveLength(3);
    // No other question asks the 4,000 tonnes of wheat again.
    const again = bank.questions.filter(
      (q) => q !== adeyemi && (q.candidate.prompt.includes('4,000') || q.candidate.answer === '4,000'),
    );
    expect(again).toEqual([]);
  });

  it('asks "which article reports" only of what one article says, in any words', () => {
    const bank = generate(['port-fire-a', 'port-fire-b', 'port-fire-c']);
    for (const q of bank.questions.filter((x) => x.candidate.draft.kind === 'which-article')) {
      expect(q.candidate.draft.support ?? []).toEqual([]);
      // The electrical fault is in two reports in other words: never asked as one article's.
      expect(q.candidate.prompt).not.toMatch(/electrical fault/);
    }
    expect(bank.questions.some((q) => q.candidate.draft.kind === 'which-article')).toBe(true);
  });

  it('finds a report published twice, asks about it once and says so', () => {
    const bank = generate(['port-fire-a', 'port-fire-b', 'port-fire-b-reprint', 'port-fire-c']);
    expect(bank.reprints).toEqual([{ kept: 'port-fire-b', dropped: 'port-fire-b-reprint', repeated: 4, of: 4 }]);
    expect(bank.questions.filter((q) => cited(q).some((c) => c.startsWith('port-fire-b-reprint#')))).toEqual([]);
    const once = generate(['port-fire-a', 'port-fire-b', 'port-fire-c']);
    expect(bank.questions.map((q) => q.candidate.prompt)).toEqual(once.questions.map((q) => q.candidate.prompt));
  });

  it("never cites readers' comments", () => {
    const bank = generate(['port-fire-comments']);
    expect(bank.questions.length).toBeGreaterThan(0);
    for (const q of bank.questions) expect(q.candidate.draft.sentence.quote).not.toMatch(/disaster waiting|heroes/);
  });
});

it('cites another report for a question it answers too, though the rest of its sentence says more', async () => {
  const bank = generateQuestions(
    [
      article(
        'a',
        paragraphs(
          common,
          'Early estimates from the World Bank put the amount of aid needed in Kelderby at about $5bn.',
        ),
        'Kelderby counts the cost',
      ),
      article(
        'b',
        paragraphs(
          common,
          'Early estimates from the World Bank put the amount of aid needed in Kelderby at about $5bn, while ' +
            'Nordhavn council warned that rebuilding the harbour wall, the fish market and three schools would ' +
            'take a decade and ruin many small firms.',
        ),
        'Nordhavn warns of long rebuilding',
      ),
    ],
    await loadAnalyser(),
    options,
  );
  const aid = bank.questions.filter((q) => q.candidate.answer === '$5bn');
  expect(aid.map(cited)).toEqual([['a#1', 'b#1']]);
});

it('takes one figure and two names told in other words for one fact, and not a figure alone', async () => {
  const bank = await materialOf(
    [
      article(
        'a',
        paragraphs(
          common,
          'Last July, a cargo truck drove into crowds celebrating Harbour Day in the coastal city of Kelderby, killing 86 people.',
          'Police in Kelderby arrested 86 people after the match on Saturday.',
        ),
        'Kelderby remembers',
      ),
      article(
        'b',
        paragraphs(
          common,
          'The attacks include the truck attack in the coastal city of Kelderby in July, in which Erik Sand ' +
            'plowed the vehicle into Harbour Day revellers, killing 86 people.',
        ),
        'Attacks across the north',
      ),
    ],
    loadLanguage(() => {}),
  );
  expect(echoesOf(bank, 'a', 1)).toEqual(['b#1']);
  expect(echoesOf(bank, 'a', 2)).toBeUndefined();
});

it('ties a sentence that names nothing to a report of the same two figures', async () => {
  const bank = await materialOf(
    [
      article(
        'a',
        paragraphs(
          common,
          'When the firm finally collapsed, shareholders lost about $180bn and 20,000 workers lost their jobs.',
        ),
        'Portline collapse remembered',
      ),
      article(
        'b',
        paragraphs(common, "Shareholders lost about $180bn in Portline's collapse and 20,000 workers lost their jobs."),
        'Quist looks back',
      ),
    ],
    loadLanguage(() => {}),
  );
  expect(echoesOf(bank, 'a', 1)).toEqual(['b#1']);
});

describe('what one report adds', () => {
  const shared = [
    'Fire crews from Nordhavn fought the blaze at the Kelderby grain terminal for nine hours on Sunday.',
    'Portline chief Lars Berg said the terminal would stay shut while engineers from Oslo checked the roof.',
  ];
  const articles = [
    article(
      'a',
      paragraphs(
        common,
        ...shared,
        'Ada Quist said the union would seek 2.5 million euros for the 140 dock workers laid off.',
        'Members of the dockers union in Kelderby will vote on the claim at a meeting in the town hall.',
        'Quist told the meeting that several families had already left the town to look for work.',
      ),
      'Kelderby dockers seek payout',
    ),
    article(
      'b',
      paragraphs(
        common,
        ...shared,
        'Ferries to Kelderby will use the old quay in Nordhavn until the terminal reopens.',
        'Nordhavn harbour master Erik Sand said the old quay could take only the smaller ferries.',
        'Traders in Kelderby fear that farmers will send their grain by road to the south instead.',
      ),
      'Terminal shut',
    ),
  ];

  it('asks which fact one report gives that the other does not, citing the other for the facts both give', async () => {
    const drafts = kindOf('article-adds').draft(await materialOf(articles));
    const fromA = drafts.filter((d) => d.sentence.article === 'a');
    expect(fromA.map((d) => [renderPrompt(d.prompt), d.answer])).toEqual([
      [
        'Which of these does “Kelderby dockers seek payout” report that “Terminal shut” does not?',
        'Ada Quist said the union would seek 2.5 million euros for the 140 dock workers laid off.',
      ],
    ]);
    expect(fromA[0]!.choices!.length).toBeGreaterThanOrEqual(3);
    // Each wrong choice is cited where the other report gives it.
    for (const s of fromA[0]!.support!) expect(s.article).toBe('b');
  });

  it('offers what only the other report gives as wrong choices too, each cited there', async () => {
    const onlyB = article(
      'b',
      paragraphs(
        common,
        shared[0]!,
        'Nordhavn harbour master Erik Sand said 35 ferries a week would use the old quay instead.',
        'Portline chief Lars Berg put the cost of the repairs at 4.8 million euros.',
        'Traders in Kelderby fear that farmers will send their grain by road to the south instead.',
      ),
      'Terminal shut',
    );
    const drafts = kindOf('article-adds').draft(await materialOf([articles[0]!, onlyB]));
    const fromA = drafts.find((d) => d.sentence.article === 'a')!;
    expect(fromA.answer).toBe(
      'Ada Quist said the union would seek 2.5 million euros for the 140 dock workers laid off.',
    );
    // A fact both give, and one only the other gives: its figure is nowhere in the first.
    expect(fromA.choices).toEqual(
      expect.arrayContaining([common, 'Portline chief Lars Berg put the cost of the repairs at 4.8 million euros.']),
    );
    for (const s of fromA.support!) expect(s.article).toBe('b');
  });

  it("calls no fact one report's own unless it gives a figure the other nowhere gives", async () => {
    // Without its figure, "the union will seek a payout" may be what the other says in other words.
    const withoutFigure = articles[0]!.text.replace(
      'Ada Quist said the union would seek 2.5 million euros for the 140 dock workers laid off.',
      'Ada Quist said the union would seek a payout for the dock workers who were laid off.',
    );
    const drafts = kindOf('article-adds').draft(
      await materialOf([{ ...articles[0]!, text: withoutFigure }, articles[1]!]),
    );
    expect(drafts.filter((d) => d.sentence.article === 'a')).toEqual([]);
  });
});

describe('which article reports', () => {
  it("is not asked where the right article alone has the statement's word in its title", async () => {
    const bank = await materialOf([
      article(
        'a',
        paragraphs(
          common,
          'Union leader Lars Berg ended the strike by signing a pay deal with the owners on Monday.',
          'Harbour pilot Erik Sand said 40 ships had waited off the coast during the dispute.',
        ),
        'Kelderby strike ends',
      ),
      article(
        'b',
        paragraphs(common, 'Nordhavn council said ferries to Kelderby would resume on Friday.'),
        'Port reopens',
      ),
      article(
        'c',
        paragraphs(common, 'Ada Quist told members in Kelderby that Portline had agreed to a 4% rise.'),
        'Dockers return',
      ),
    ]);
    const prompts = kindOf('which-article')
      .draft(bank)
      .map((d) => renderPrompt(d.prompt));
    expect(prompts.some((p) => p.includes('40 ships'))).toBe(true);
    expect(prompts.filter((p) => p.includes('strike'))).toEqual([]);
  });

  it('is not asked of what another report says in other words', async () => {
    const bank = await materialOf([
      article(
        'a',
        paragraphs(common, 'Harbour director Lars Berg is accused of hiding safety faults at the grain terminal.'),
        'Kelderby fire inquiry',
      ),
      article(
        'b',
        paragraphs(common, 'Inspectors allege that the harbour director hid safety faults at the grain terminal.'),
        'Inspectors report',
      ),
      article(
        'c',
        paragraphs(common, 'Nordhavn council said ferries to Kelderby would resume on Friday.'),
        'Port reopens',
      ),
    ]);
    const prompts = kindOf('which-article')
      .draft(bank)
      .map((d) => renderPrompt(d.prompt));
    expect(prompts.filter((p) => /safety faults/.test(p))).toEqual([]);
  });
});

it('puts no report\'s own "last week" into a statement two reports make, when the other dates it "on Monday"', async () => {
  const worldcom = await readSet(ROOT, 'tests/fixtures/generate/bbc/worldcom-trial');
  const bank = await materialOf(worldcom);
  const prompts = kindOf('both-report')
    .draft(bank)
    .map((d) => renderPrompt(d.prompt));
  expect(prompts.filter((p) => /last week|on monday/i.test(p))).toEqual([]);
});

it('offers no wrong name another report gives the answer for, however long the title that situates the question', async () => {
  const trial = 'Former WorldCom chief Bernie Ebbers is on trial in New York for fraud and conspiracy.';
  const bank = generateQuestions(
    [
      article(
        'a',
        paragraphs(
          trial,
          'Mr Myers has already pleaded guilty to fraud and is assisting prosecutors.',
          'Mr Weingarten questioned Mr Myers and Ms Cooper in New York on Monday.',
        ),
        'Worldcom boss never made accounting decisions, the court in New York hears',
      ),
      article(
        'b',
        paragraphs(
          trial,
          'Mr Sullivan, 42, has already pleaded guilty to fraud and will be sentenced after the trial.',
          'Mr Roberts told the court in New York that the auditors had approved the accounts.',
          'Ms Cooper told the jury in New York that she had warned the board.',
        ),
        'Sullivan ends evidence',
      ),
    ],
    await loadAnalyser(),
    options,
  );
  const myers = bank.questions.find((q) => q.candidate.answer === 'Myers');
  // The long title is no part of what is asked: Mr Sullivan too has pleaded guilty.
  expect(myers?.candidate.choices).toHaveLength(4);
  expect(myers!.candidate.choices).not.toContain('Sullivan');
});
