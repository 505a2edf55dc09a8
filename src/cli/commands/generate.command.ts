import { InvalidArgumentError, type Command } from '@commander-js/extra-typings';
import { QUESTION_TYPES, type QuestionType, SKILLS, type Skill } from '../../bank/index.js';
import { DEFAULT_PER_ARTICLE } from '../../generate/defaults.js';
import { defineCommand, type OptionsOf } from '../command.js';
import { collect, nonEmpty, positiveInteger, questionType } from '../options.js';

const declare = (command: Command) =>
  command
    .description('write a new bank of cited questions from articles (.txt, .md, .html, .pdf, .docx), offline')
    .argument('<paths...>', 'article files, or folders holding them')
    .requiredOption('-o, --out <dir>', 'the new bank folder, e.g. questions/my-bank')
    .option('--per-article <n>', `most questions kept per article (default: ${DEFAULT_PER_ARTICLE})`, positiveInteger)
    .option(
      '--types <types>',
      `question types to write, comma-separated: ${QUESTION_TYPES.join(', ')} (default: all)`,
      questionTypes,
    )
    .option('--skills <skills>', `skills to ask about, comma-separated: ${SKILLS.join(', ')} (default: all)`, skillList)
    .option('--seed <seed>', 'the same articles and seed give the same bank, byte for byte (default: a fixed seed)')
    .option('--title <title>', "the bank's title", nonEmpty)
    .option('--report', 'print, per article, how many candidates were made, kept and rejected, and why')
    .option('--force', 'replace the --out folder if it exists')
    .option('--json', 'print a summary as JSON')
    .option(
      '--outlet <[path=]name>',
      'the outlet of every article, or (path=name) of a file or of every file under a folder; repeat for more; "none" for none',
      collect,
    )
    .option(
      '--date <[path=]date>',
      'the publication date (2024-03-05 or 5 March 2024), of every article or (path=date) of a file or folder; repeat for more; "none" for none',
      collect,
    )
    .addHelpText(
      'after',
      '\nArticles: .txt, .md, .html, .pdf and .docx files. The title, outlet and date are taken from the article where it states them; --outlet and --date say them where you know better, and the most specific path wins.\n\nExamples:\n  citequiz generate articles/ --out questions/week-12\n  citequiz generate a.txt b.md page.html report.pdf --out questions/mixed --types multiple-choice,true-false --report\n  citequiz generate bbc/ guardian.pdf --outlet bbc/="BBC News" --outlet guardian.pdf="The Guardian" --date guardian.pdf=2024-03-05 --out questions/week-13',
    );

/** `--outlet` and `--date` are each `VALUE` or `PATH=VALUE`, in the order given. */
export type GenerateOptions = OptionsOf<typeof declare>;

export const generate = defineCommand({
  name: 'generate',
  declare,
  // The generator, its NLP model and its YAML writer load only here: a quiz needs none of them.
  run: async (paths, options, io) => (await import('./generate.js')).generateCommand(paths, options, io),
});

function questionTypes(value: string, previous: QuestionType[] | undefined): QuestionType[] {
  const types = value
    .split(',')
    .map((type) => type.trim())
    .filter(Boolean);
  if (types.length === 0) throw new InvalidArgumentError(`expected one or more of: ${QUESTION_TYPES.join(', ')}.`);
  return types.reduce((list, type) => questionType(type, list), previous ?? []);
}

function skillList(value: string, previous: Skill[] | undefined): Skill[] {
  const skills = value
    .split(',')
    .map((skill) => skill.trim())
    .filter(Boolean);
  if (skills.length === 0) throw new InvalidArgumentError(`expected one or more of: ${SKILLS.join(', ')}.`);
  for (const skill of skills) {
    if (!(SKILLS as readonly string[]).includes(skill))
      throw new InvalidArgumentError(`"${skill}" is not a skill; expected one or more of: ${SKILLS.join(', ')}.`);
  }
  return [...new Set([...(previous ?? []), ...(skills as Skill[])])];
}
