import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const f of process.argv.slice(2)) {
  const page = await browser.newPage();
  await page.goto('file://' + f);
  await page.pdf({ path: f.replace(/\.html$/, '.pdf'), preferCSSPageSize: true });
  await page.close();
}
await browser.close();
