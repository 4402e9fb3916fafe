/**
 * Lighthouse on pages of a built, served site (issue 13: 1.0 in all four
 * categories on the front page, the search page and the longest item page,
 * built with --site). A check for a person to run, not part of `npm test`:
 * its scores depend on the machine's load.
 *
 *   npx referat build --input DIR --out /tmp/site --site https://referater.example.dk
 *   npx referat serve /tmp/site --port 4400
 *   npm run check:lighthouse -- http://127.0.0.1:4400/ http://127.0.0.1:4400/soeg/ http://127.0.0.1:4400/<longest item>/
 *
 * Prints each page's four category scores and, for each score below 1, the
 * audits that cost it; exits 1 when a score is below --min (default 1).
 * Uses Debian's Chromium (src/utils/chromium.ts), headless, no sandbox.
 */
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from '../src/utils/chromium.ts';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    min: { type: 'string', default: '1' },
    'form-factor': { type: 'string', default: 'mobile' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help || positionals.length === 0) {
  console.error('usage: npm run check:lighthouse -- [--min 0.9] [--form-factor mobile|desktop] URL…');
  process.exit(values.help ? 0 : 2);
}
const min = Number(values.min);
const formFactor = values['form-factor'] === 'desktop' ? 'desktop' : 'mobile';
for (const url of positionals) {
  if (!URL.canParse(url)) {
    console.error(`lighthouse: not a URL: ${url}`);
    process.exit(2);
  }
}

interface AuditLine {
  id: string;
  title: string;
  score: number | null;
  displayValue?: string;
}

const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
let failed = false;
try {
  for (const url of positionals) {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] },
      formFactor === 'desktop'
        ? { extends: 'lighthouse:default', settings: { formFactor: 'desktop', screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false }, throttlingMethod: 'simulate' } }
        : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = categories.map((id) => ({ id, score: lhr.categories[id]?.score ?? null }));
    console.log(`${url}\n  ${scores.map(({ id, score }) => `${id} ${score === null ? '–' : score.toFixed(2)}`).join('  ')}`);
    for (const { id, score } of scores) {
      if (score !== null && score >= min) continue;
      failed = true;
      // The weighted audits that did not pass: what keeps the category below 1 (unweighted ones do not count).
      for (const ref of lhr.categories[id]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id] as AuditLine | undefined;
        if (!audit || audit.score === null || audit.score >= 1 || ref.weight === 0) continue;
        console.log(`    ${id}: ${audit.id} (${audit.score.toFixed(2)}) ${audit.title}${audit.displayValue ? ` — ${audit.displayValue}` : ''}`);
      }
    }
  }
} finally {
  await chrome.kill();
}
process.exit(failed ? 1 : 0);
