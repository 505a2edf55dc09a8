// One page read in a process of its own, so that peak memory is this page's alone.
// Usage: node --import tsx bench/html-child.ts <shape> <bytes>
import { readHtmlArticle } from '../src/generate/html.js';
import { HTML_SHAPES } from './html-shapes.js';

const [shape = 'article', bytes = '1000000'] = process.argv.slice(2);
const html = HTML_SHAPES[shape]!(Number(bytes));
const wall = performance.now();
const cpu = process.cpuUsage();
const page = await readHtmlArticle(html);
const used = process.cpuUsage(cpu);
process.stdout.write(
  `${JSON.stringify({ bytes: html.length, wall: performance.now() - wall, cpu: (used.user + used.system) / 1000, paragraphs: page ? page.text.split('\n\n').length : 0, maxRssMiB: process.resourceUsage().maxRSS / 1024 })}\n`,
);
