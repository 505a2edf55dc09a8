// fast-xml-parser, an independent parser, checks that every XML export is well-formed and reads
// its structure back.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect } from 'vitest';

/** Elements that may repeat, read as arrays even when there is one. */
const REPEATED = new Set([
  'question',
  'answer',
  'tag',
  'item',
  'response_label',
  'varequal',
  'qtimetadatafield',
  'respcondition',
  'resource',
  'file',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) => REPEATED.has(name),
});

/** The document as objects, after asserting it is well-formed XML. */
export function readXml(xml: string): any {
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- still in fast-xml-parser 5, which the code under test uses too
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml);
}
