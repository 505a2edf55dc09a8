// The QTI package checked as Canvas's importer expects it to be: every file valid against the QTI
// 1.2 and IMS Content Packaging schemas (tests/fixtures/qti), with xmllint as the validator. CI
// installs xmllint (Debian's libxml2-utils, .ci/run); a machine without it skips these.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../../src/render/export/formats.js';
import { BUNDLED_BANK, FIXTURE_BANKS, loadFixtureBank, MINI_BANK, ROOT } from '../../helpers.js';

const hasXmllint = spawnSync('xmllint', ['--version']).error === undefined;
const SCHEMAS = join(ROOT, 'tests/fixtures/qti');
const QTI_SCHEMA = join(SCHEMAS, 'ims_qtiasiv1p2-citequiz.xsd');
const MANIFEST_SCHEMA = join(SCHEMAS, 'imscp_v1p1-citequiz.xsd');

/** xmllint's verdict on one document: null when valid, else what it said. */
function validate(xml: string, schema: string): string | null {
  const file = join(mkdtempSync(join(tmpdir(), 'citequiz-qti-')), 'document.xml');
  writeFileSync(file, xml);
  const result = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, file], { encoding: 'utf8' });
  return result.status === 0 ? null : result.stderr;
}

async function packageFiles(dir: string) {
  const zip = unzipSync(await EXPORT_FORMATS.qti.render(await loadFixtureBank(dir)));
  const assessment = Object.keys(zip).find((path) => path !== 'imsmanifest.xml')!;
  return { manifest: strFromU8(zip['imsmanifest.xml']!), assessment: strFromU8(zip[assessment]!) };
}

describe.skipIf(!hasXmllint && !process.env.CI)('the QTI package against the QTI 1.2 schema (xmllint)', () => {
  it.each([
    ['the bundled bank', BUNDLED_BANK],
    ['the mini fixture bank', MINI_BANK],
    ['the fixture bank of LMS metacharacters', `${FIXTURE_BANKS}/lms-metacharacters`],
  ])('%s: the manifest and the assessment are valid', async (_name, dir) => {
    const { manifest, assessment } = await packageFiles(dir);
    expect(validate(manifest, MANIFEST_SCHEMA)).toBeNull();
    expect(validate(assessment, QTI_SCHEMA)).toBeNull();
  });

  it('catches what Canvas would refuse: an item whose parts are out of order', async () => {
    const { assessment } = await packageFiles(MINI_BANK);
    const reordered = assessment.replace(
      /(<itemmetadata>[\s\S]*?<\/itemmetadata>\n)(\s*<presentation>[\s\S]*?<\/presentation>\n)/,
      '$2$1',
    );
    expect(reordered).not.toBe(assessment);
    expect(validate(reordered, QTI_SCHEMA)).toMatch(/itemmetadata.*not expected/);
  });
});
