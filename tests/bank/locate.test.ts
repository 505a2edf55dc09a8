import { describe, expect, it } from 'vitest';
import { ArticleReadError, insideBank, loadBank, locateDiagnostics } from '../../src/bank/load.js';
import { numberWordsToDigits } from '../../src/bank/number-words.js';
import { parseYaml } from '../../src/bank/yaml-source.js';
import type { Diagnostic } from '../../src/errors.js';

describe('where in bank.yaml a problem is', () => {
  const YAML =
    'title: T\narticles:\n  - id: a\n    file: a.txt\nquestions:\n  - id: q\n    sources:\n      - article: a\n';
  const at = (path: Diagnostic['path']): Diagnostic => ({ file: 'bank.yaml', code: 'schema', message: 'm', path });

  it('is the line and column of the value, else of its nearest parent that exists, else the top', async () => {
    const located = await locateDiagnostics(YAML, [
      at(['questions', 0, 'sources', 0, 'article']),
      at(['questions', 0, 'sources', 0, 'quote']),
      at(['articles', 0, 'id']),
      at(['nothing', 'here']),
      { ...at(['questions']), line: 99, column: 9 },
      { file: 'bank.yaml', code: 'schema', message: 'no path' },
    ]);
    expect(located.map((d) => [d.line, d.column])).toEqual([
      [8, 18],
      [8, 9],
      [3, 9],
      [1, 1],
      [99, 9],
      [undefined, undefined],
    ]);
  });

  it('is left as it is when nothing needs placing', async () => {
    const placed = { ...at(['x']), line: 2, column: 3 };
    expect(await locateDiagnostics(YAML, [placed])).toEqual([placed]);
  });

  const syntaxOf = (yaml: string): Diagnostic => {
    const parsed = parseYaml(yaml);
    if (parsed.ok) throw new Error('expected a syntax error');
    return {
      file: 'bank.yaml',
      code: 'yaml-syntax',
      line: parsed.line,
      column: parsed.column,
      message: parsed.message,
    };
  };

  it('of a syntax error the other parser finds earlier: there, with where reading broke', async () => {
    const yaml = 'title: T\n  bad: indent\n';
    const syntax = syntaxOf(yaml);
    expect(syntax).toMatchObject({ line: 2, column: 6, message: 'bad indentation of a mapping entry' });
    expect(await locateDiagnostics(yaml, [syntax, at(['questions'])])).toEqual([
      {
        ...syntax,
        line: 1,
        column: 8,
        message:
          'Nested mappings are not allowed in compact mappings (YAML reads on to line 2: bad indentation of a mapping entry)',
      },
    ]);
  });

  it('of a syntax error both parsers place on the same line: as the reader of banks says', async () => {
    const yaml = 'a: 1\na: 2\n';
    const syntax = syntaxOf(yaml);
    expect(syntax).toMatchObject({ line: 2, column: 1, message: 'duplicated mapping key' });
    expect(await locateDiagnostics(yaml, [syntax])).toEqual([syntax]);
  });

  it('of an unclosed quote: the line reading broke on, in words a bank author knows', async () => {
    const yaml = 'title: "T\narticles: []\nquestions: []\n';
    expect(syntaxOf(yaml)).toMatchObject({
      line: 4,
      message: 'unexpected end of the stream within a double quoted scalar',
    });
  });
});

describe('an article file that cannot be read', () => {
  it.each<[ArticleReadError, string, string]>([
    [new ArticleReadError('missing'), 'article-missing', 'article file not found: bank/a.txt'],
    [new ArticleReadError('unreadable', 'EACCES'), 'article-unreadable', 'cannot read bank/a.txt (EACCES)'],
    [new ArticleReadError('not-a-file'), 'article-unreadable', 'bank/a.txt is not a regular file'],
  ])('%s', (error, code, message) => {
    const { diagnostics } = loadBank({
      id: 'b',
      file: 'bank.yaml',
      dir: 'bank',
      yaml: 'title: T\narticles: [{id: a, file: a.txt, title: A}]\nquestions: []\n',
      readArticle: () => {
        throw error;
      },
    });
    expect(diagnostics).toEqual([{ file: 'bank.yaml', code, message, path: ['articles', 0, 'file'] }]);
    expect(error.name).toBe('ArticleReadError');
  });

  it("any other failure is not the bank author's: it is thrown", () => {
    const load = () =>
      loadBank({
        id: 'b',
        file: 'bank.yaml',
        dir: 'bank',
        yaml: 'title: T\narticles: [{id: a, file: a.txt, title: A}]\nquestions: []\n',
        readArticle: () => {
          throw new RangeError('bug');
        },
      });
    expect(load).toThrow(RangeError);
  });
});

describe('a path inside the bank folder', () => {
  it.each<[string, string | undefined]>([
    ['articles/a.txt', 'articles/a.txt'],
    ['./articles/../a.txt', 'a.txt'],
    ['articles\\a.txt', 'articles/a.txt'],
    ['articles/a:b.txt', 'articles/a:b.txt'],
    ['a:b.txt', undefined], // read as a drive letter
    ['..', undefined],
    ['../a.txt', undefined],
    ['.', undefined],
    ['articles/..', undefined],
    ['/etc/passwd', undefined],
    ['C:/a.txt', undefined],
    ['c:a.txt', undefined],
  ])('%s: %s', (file, inside) => {
    expect(insideBank(file)).toBe(inside);
  });
});

describe('number words as digits', () => {
  it.each([
    ['twenty', '20'],
    ['twenty-one', '21'],
    ['one hundred and five', '105'],
    ['two hundred', '200'],
    ['a hundred', 'a 100'],
    ['nine', '9'],
    ['ten', '10'],
    ['three thousand four hundred', '3400'],
    ['five  people', '5 people'],
    ['and then', 'and then'],
    ['hundred', '100'],
    ['nothing here', 'nothing here'],
  ])('%s: %s', (words, digits) => {
    expect(numberWordsToDigits(words)).toBe(digits);
  });
});
