/**
 * The walking skeleton, end to end in Chromium through the real UI: add an
 * article, mark a claim, compare, compose and print a briefing to PDF, export
 * the library as a bundle and import it into a fresh profile.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, poppler, selectInArticle, shot } from './helpers';

// The researcher's system is Korean: the UI starts in Korean (numbers show as 1조 원).
test.use({ locale: 'ko-KR' });

const TITLE = '네이버클라우드, AI 연구개발 투자 확대';
const QUOTE = '네이버클라우드는 지난해 AI 연구개발에 1조원을 투자했다';
const TEXT = [
  '국내 클라우드 시장에서 토종 사업자들의 대응이 빨라지고 있다.',
  `${QUOTE}고 밝혔다. 회사는 공공 부문 수요가 늘 것으로 본다.`,
  'KT클라우드와 NHN클라우드도 공공 클라우드 전환 사업에 참여하고 있다.',
].join('\n\n');

async function addArticle(page: Page) {
  await page.getByTestId('add-article').first().click();
  const d = page.getByTestId('add-article-dialog');
  await d.getByTestId('article-title').fill(TITLE);
  await d.getByTestId('article-outlet').fill('테스트 일보');
  await d.getByTestId('article-date').fill('2024-12-12');
  await d.getByTestId('article-url').fill('https://example.org/test/naver-cloud-ai');
  await d.getByTestId('article-text').fill(TEXT);
  await d.getByTestId('article-save').click();
  await expect(page.getByTestId('reader-title')).toHaveText(TITLE);
}

async function markClaim(page: Page) {
  await selectInArticle(page, QUOTE);
  await page.getByTestId('new-claim').click();
  const d = page.getByTestId('claim-dialog');
  await expect(d.getByTestId('claim-quote')).toContainText(QUOTE);
  // The provider was recognised from its Korean alias in the selection.
  await expect(d.getByTestId('provider-prov-naver-cloud')).toBeChecked();
  await d.getByTestId('claim-attribute').selectOption('attr-ai-rnd-investment');
  await expect(d.getByTestId('claim-value')).toHaveValue('1조원');
  await expect(d.getByTestId('claim-value-preview')).toContainText('1조');
  await d.getByTestId('claim-status').selectOption('verified');
  await d.getByTestId('claim-tags').fill('ai/investment, 국내');
  await d.getByTestId('claim-statement').fill('Naver Cloud invested KRW 1 trillion in AI R&D last year.');
  await d.getByTestId('claim-save').click();
  await expect(page.locator('mark.hl')).toHaveText(QUOTE);
}

test('a researcher walks the whole day: article, claim, compare, briefing PDF, bundle round trip', async ({ page, browser }) => {
  await page.goto('/');
  await expect(page.getByTestId('library-empty')).toBeVisible();
  await shot(page, '01-library-empty');

  // 1. Add an article by pasting; it is listed in the library table.
  await addArticle(page);
  await page.getByTestId('nav-library').click();
  await expect(page.getByTestId('library-table')).toContainText(TITLE);
  await shot(page, '02-library');

  // 2. Open it, select a passage, create a claim; the passage shows highlighted.
  await page.getByTestId('library-title').first().click();
  await markClaim(page);
  await shot(page, '03-reader-highlight');

  // Data persists across a reload.
  await page.reload();
  await expect(page.locator('mark.hl')).toHaveText(QUOTE);
  const stored = await page.evaluate(async () => {
    const req = indexedDB.open('dossier');
    const db: IDBDatabase = await new Promise((res, rej) => {
      req.onsuccess = () => res(req.result);
      req.onerror = () => rej(req.error);
    });
    const tx = db.transaction('claims');
    const all: Array<{ target: { quote: { type: string; exact: string }; position: { type: string; start: number; end: number } } }> = await new Promise((res) => {
      const r = tx.objectStore('claims').getAll();
      r.onsuccess = () => res(r.result);
    });
    db.close();
    return all;
  });
  expect(stored).toHaveLength(1);
  expect(stored[0]!.target.quote).toMatchObject({ type: 'TextQuoteSelector', exact: QUOTE });
  expect(stored[0]!.target.position.type).toBe('TextPositionSelector');
  expect(TEXT.slice(stored[0]!.target.position.start, stored[0]!.target.position.end)).toBe(QUOTE);

  await page.getByTestId('nav-claims').click();
  await expect(page.getByTestId('claims-table')).toContainText('1조 원');
  await shot(page, '04-claims');

  // 3. Compare: providers as rows, attributes as columns, value and source count.
  await page.getByTestId('nav-compare').click();
  const table = page.getByTestId('compare-table');
  await expect(table).toContainText('네이버클라우드');
  await expect(table.getByTestId('compare-value').first()).toContainText('1조');
  await expect(table.getByTestId('compare-sources').first()).toContainText('1');
  await table.getByTestId('compare-cell').first().click();
  await expect(page.getByTestId('evidence-panel')).toContainText(QUOTE);
  await shot(page, '05-compare');

  // 4. Briefing: pick the claim and print to PDF through the print page.
  await page.getByTestId('nav-briefings').click();
  await page.getByTestId('new-briefing').click();
  await page.getByTestId('briefing-title').fill('클라우드 시장 브리핑');
  await page.getByTestId('briefing-summary').fill('국내 사업자의 AI 투자 현황을 정리했다.');
  await page.getByTestId('add-section-claims').click();
  await page.getByTestId('section-title').fill('투자');
  await page.getByTestId('claim-pick').first().check();
  await expect(page.getByTestId('autosave-state')).toHaveText(/saved|저장됨/i);
  await shot(page, '06-briefing-editor');
  const popupPromise = page.waitForEvent('popup');
  await page.getByTestId('export-pdf').click();
  const popup = await popupPromise;
  expect(popup.url()).toContain('#/print/briefing/');
  await popup.close();

  const printUrl = page.url().replace(/#.*$/, '') + '#/print/briefing/' + page.url().split('/').pop();
  const printPage = await page.context().newPage();
  await printPage.goto(printUrl);
  await expect(printPage.locator('[data-print-ready="true"]')).toBeAttached();
  await shot(printPage, '07-print-page');
  const pdfPath = join(ARTIFACTS, 'thin-path-briefing.pdf');
  writeFileSync(pdfPath, await printPage.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true }));
  await printPage.close();
  const text = poppler('pdftotext', ['-layout', pdfPath, '-']);
  expect(text).toContain('클라우드 시장 브리핑');
  expect(text.replace(/\s+/g, '')).toContain(QUOTE.replace(/\s+/g, ''));
  const fonts = poppler('pdffonts', [pdfPath]);
  const fontRows = fonts.split('\n').slice(2).filter(Boolean);
  expect(fontRows.length).toBeGreaterThan(0);
  // Column "emb" is yes for every font: nothing depends on the reader's machine.
  for (const row of fontRows) expect(row).toMatch(/\s+yes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/);

  // 5. Share: export the whole library as a bundle ...
  await page.getByTestId('nav-library').click();
  const downloadPromise = page.waitForEvent('download');
  await page.getByTestId('export-bundle').click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.dossier$/);
  const bundlePath = join(ARTIFACTS, 'thin-path.dossier');
  await download.saveAs(bundlePath);

  // ... and import it into an empty library in a fresh profile.
  const other = await browser.newContext();
  const page2 = await other.newPage();
  await page2.goto('/');
  await expect(page2.getByTestId('library-empty')).toBeVisible();
  const chooserPromise = page2.waitForEvent('filechooser');
  await page2.getByTestId('import-bundle').click();
  const chooser = await chooserPromise;
  await chooser.setFiles({ name: 'thin-path.dossier', mimeType: 'application/zip', buffer: readFileSync(bundlePath) });
  const preview = page2.getByTestId('import-preview');
  await expect(preview.getByTestId('summary-articles')).toContainText('1');
  await expect(preview.getByTestId('summary-claims')).toContainText('1');
  await shot(page2, '08-import-preview');
  await preview.getByTestId('import-confirm').click();
  await expect(page2.getByTestId('library-table')).toContainText(TITLE);
  await page2.getByTestId('library-title').first().click();
  await expect(page2.locator('mark.hl')).toHaveText(QUOTE);
  await other.close();
});

test('the sample dataset loads through the import pipeline on an empty library', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('load-sample').click();
  await expect(page.getByTestId('library-table')).toContainText('Coupang');
  await page.getByTestId('nav-compare').click();
  await expect(page.getByTestId('compare-table')).toContainText('70%');
  await shot(page, '09-compare-sample');
});
