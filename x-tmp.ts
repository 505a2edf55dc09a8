import { renderGift } from './src/render/export/gift.js';
import { loadFixtureBank, MINI_BANK } from './tests/helpers.js';
import { createRequire } from 'node:module';
const { parse } = createRequire(import.meta.url)('gift-pegjs');
const bank = await loadFixtureBank(MINI_BANK);
const g = renderGift(bank);
console.log(g);
console.log(JSON.stringify(parse(g), null, 1).slice(0, 3000));
