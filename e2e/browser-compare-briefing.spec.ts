/**
 * Compare and publish, end to end in Chromium through the real UI: load the
 * sample dataset, import a bundle with a claim that contradicts it, see the
 * conflict flagged and resolve it in the evidence panel, save a view, chart it,
 * export CSV, add the comparison to a briefing, compose text, claims and chart
 * sections, and print the briefing to PDF; the PDF is checked with poppler and
 * qpdf and its pages are rendered for a person to look at. A second test prints
 * a long briefing and measures how long it takes.
 */
import { test, expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, poppler, shot } from './helpers';
import { CONFLICT_CLAIM_ID, CONFLICT_QUOTE, CONFLICT_TITLE, LONG_BRIEFING_ID, LONG_TITLE, WIDE_ATTRIBUTES, conflictBundle, longBriefingBundle, wideCompareBundle, wideCoupangQuote } from './fixtures/compare/bundles';

test.use({ locale: 'ko-KR' });

const SAMPLE_SHARE_QUOTE = '2019~2021년 국내 클라우드 시장에서 AWS의 점유율은 70% 안팎으로 1위였고';
const BRIEFING_TITLE = '외국계 클라우드의 공공 시장 진입';
const BODY = '공공 부문 클라우드 보안인증은 상·중·하 세 등급으로 나뉜다';

async function importBundle(page: Page, name: string, bytes: Uint8Array) {
  await page.getByTestId('nav-library').click();
  const chooserPromise = page.waitForEvent('filechooser');
  await page.getByTestId('import-bundle').click();
  const chooser = await chooserPromise;
  await chooser.setFiles({ name, mimeType: 'application/zip', buffer: Buffer.from(bytes) });
  await expect(page.getByTestId('import-preview')).toBeVisible();
  await page.getByTestId('import-confirm').click();
}

/** Prints the print route of a briefing to PDF the way the browser platform does, and times it. */
async function printPdf(page: Page, briefingId: string, file: string): Promise<{ path: string; ms: number }> {
  const started = Date.now();
  const printPage = await page.context().newPage();
  await printPage.goto(`/#/print/briefing/${briefingId}`);
  await expect(printPage.locator('[data-print-ready="true"]')).toBeAttached({ timeout: 60_000 });
  const pdf = await printPage.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
  const ms = Date.now() - started;
  const path = join(ARTIFACTS, file);
  writeFileSync(path, pdf);
  await shot(printPage, file.replace(/\.pdf$/, '-screen'));
  await printPage.close();
  return { path, ms };
}

function checkPdfStructure(path: string, minPages: number): { pages: number; text: string } {
  const info = poppler('pdfinfo', [path]);
  expect(info).toMatch(/Tagged:\s+yes/);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  expect(pages).toBeGreaterThanOrEqual(minPages);
  const fontRows = poppler('pdffonts', [path]).split('\n').slice(2).filter(Boolean);
  expect(fontRows.length).toBeGreaterThan(0);
  // Column "emb" is yes for every font: nothing depends on the reader's machine.
  for (const row of fontRows) expect(row).toMatch(/\s+yes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/);
  // qpdf exits non-zero on a damaged file, which fails the test here.
  expect(execFileSync('qpdf', ['--check', path], { encoding: 'utf8' })).toMatch(/No syntax or stream encoding errors/);
  return { pages, text: poppler('pdftotext', ['-layout', path, '-']) };
}

function renderPages(path: string, prefix: string, last = 6): void {
  for (const f of readdirSync(ARTIFACTS)) if (f.startsWith(`${prefix}-`) && f.endsWith('.png')) rmSync(join(ARTIFACTS, f));
  execFileSync('pdftoppm', ['-png', '-r', '60', '-l', String(last), path, join(ARTIFACTS, prefix)]);
}

test('compare with a conflict, resolve it, save a view, and publish a briefing PDF', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('load-sample').click();
  await expect(page.getByTestId('library-table')).toContainText('Coupang');
  await importBundle(page, 'share-estimate.dossier', conflictBundle());
  await expect(page.getByTestId('library-table')).toContainText(CONFLICT_TITLE);

  // The two market-share claims for AWS overlap in time and disagree: the cell says so.
  await page.getByTestId('nav-compare').click();
  const table = page.getByTestId('compare-table');
  const awsRow = table.locator('tr', { hasText: '아마존웹서비스' });
  await expect(awsRow.getByTestId('conflict-badge')).toBeVisible();
  await shot(page, 'compare-conflict');

  // Resolve it in the evidence panel: keep the survey figure, mark the estimate outdated.
  await awsRow.getByTestId('conflict-badge').click();
  const panel = page.getByTestId('evidence-panel');
  await expect(panel.getByTestId('evidence-conflict')).toBeVisible();
  await expect(panel).toContainText(CONFLICT_QUOTE);
  await panel.locator(`[data-claim-id="${CONFLICT_CLAIM_ID}"]`).getByTestId('evidence-status').selectOption('outdated');
  await panel.locator('[data-claim-id="sample-claim-aws-share"]').getByTestId('evidence-prefer').click();
  await expect(panel.getByTestId('evidence-conflict')).toHaveCount(0);
  await expect(awsRow.getByTestId('conflict-badge')).toHaveCount(0);
  await expect(awsRow.getByTestId('compare-value').filter({ hasText: '70%' })).toBeVisible();
  await shot(page, 'compare-evidence');

  // Foreign providers only, without the partnership column; banded by origin is off for one origin.
  await page.getByTestId('compare-origin').selectOption('foreign');
  await page.locator('[data-testid=column-chooser] summary').click();
  await page.getByTestId('column-chooser').locator('li', { hasText: '협력' }).getByTestId('column-visible').uncheck();
  await page.locator('[data-testid=column-chooser] summary').click();
  await expect(table.locator('th', { hasText: '협력' })).toHaveCount(0);
  await expect(table).not.toContainText('네이버클라우드');
  await page.getByTestId('save-view').click();
  await page.getByTestId('view-name').fill('해외 사업자 비교');
  await page.getByTestId('view-name-confirm').click();
  await expect(page.getByTestId('saved-view-select').locator('option', { hasText: '해외 사업자 비교' })).toHaveCount(1);

  // The saved view comes back after a reload.
  await page.reload();
  await page.getByTestId('saved-view-select').selectOption({ label: '해외 사업자 비교' });
  await expect(page.getByTestId('compare-origin')).toHaveValue('foreign');
  await expect(table.locator('th', { hasText: '협력' })).toHaveCount(0);

  // Chart of the view, labelled in Korean.
  await page.getByTestId('toggle-chart').click();
  await page.getByTestId('chart-attribute-select').selectOption('attr-market-share');
  await expect(page.getByTestId('compare-chart').locator('svg[role="img"]')).toContainText('시장 점유율');
  await shot(page, 'compare-view-chart');

  // CSV of the view: UTF-8 with BOM, Korean intact.
  const downloadPromise = page.waitForEvent('download');
  await page.getByTestId('export-csv').click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const csvPath = join(ARTIFACTS, 'compare-view.csv');
  await download.saveAs(csvPath);
  const csv = readFileSync(csvPath);
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csvText = csv.subarray(3).toString('utf8');
  expect(csvText.split('\r\n')[0]).toMatch(/^사업자,/);
  expect(csvText).toContain('아마존웹서비스');
  expect(csvText).toContain('70%');
  expect(csvText).not.toContain('네이버클라우드');

  // Add the comparison to a new briefing; the editor opens on it.
  await page.getByTestId('add-to-briefing').click();
  const dialog = page.getByTestId('add-to-briefing-dialog');
  await dialog.getByTestId('add-section-title').fill('해외 사업자 비교표');
  await dialog.getByTestId('add-new-title').fill(BRIEFING_TITLE);
  await dialog.getByTestId('add-confirm').click();
  await expect(page.getByTestId('briefing-title')).toHaveValue(BRIEFING_TITLE);
  await expect(page.getByTestId('section-compare')).toHaveCount(1);
  const briefingId = decodeURIComponent(page.url().split('/').pop()!);

  // Compose: subtitle, summary, a text section, a claims section and a chart.
  await page.getByTestId('briefing-subtitle').fill('CSAP 인증과 시장 점유율');
  await page.getByTestId('briefing-summary').fill('외국계 사업자가 공공 부문 인증을 받기 시작했고, 민간 시장 점유율은 여전히 높다.');
  await page.getByTestId('add-section-text').click();
  await page.getByTestId('section-text').getByTestId('section-title').fill('배경');
  await page.getByTestId('section-markdown').fill(`## 인증 제도\n\n${BODY}. **하 등급**은 민감도가 낮은 시스템에 쓰인다.\n\n- 2024년 12월 첫 외국계 인증\n- 2025년 추가 인증 예상`);
  await page.getByTestId('add-section-claims').click();
  await page.getByTestId('section-claims').getByTestId('section-title').fill('주요 주장');
  const picks = page.getByTestId('section-claims').getByTestId('claim-pick');
  const pickCount = await picks.count();
  for (let i = 0; i < Math.min(pickCount, 6); i++) await picks.nth(i).check();
  await page.getByTestId('add-section-chart').click();
  await page.getByTestId('section-chart').getByTestId('section-title').fill('시장 점유율');
  await page.getByTestId('chart-attribute').selectOption('attr-market-share');
  await expect(page.getByTestId('autosave-state')).toHaveText(/저장됨|saved/i);
  await page.getByTestId('toggle-preview').click();
  const preview = page.frameLocator('[data-testid=briefing-preview]');
  await expect(preview.locator('[data-print-ready="true"]')).toBeAttached();
  // The preview follows the editor: a saved edit shows up without reopening it.
  await page.getByTestId('briefing-subtitle').fill('CSAP 인증과 시장 점유율 (수정 중)');
  await expect(preview.locator('body')).toContainText('(수정 중)', { timeout: 15_000 });
  await page.getByTestId('briefing-subtitle').fill('CSAP 인증과 시장 점유율');
  await expect(preview.locator('body')).not.toContainText('(수정 중)', { timeout: 15_000 });
  await shot(page, 'briefing-editor');

  // Print to PDF through the print page and check what a reader gets.
  const { path, ms } = await printPdf(page, briefingId, 'print-briefing.pdf');
  console.log(`briefing PDF (${path}) printed in ${ms} ms`);
  const { text } = checkPdfStructure(path, 3);
  const flat = text.replace(/\s+/g, '');
  expect(text).toContain(BRIEFING_TITLE);
  expect(flat).toContain(BODY.replace(/\s+/g, ''));
  expect(flat).toContain(SAMPLE_SHARE_QUOTE.replace(/\s+/g, ''));
  expect(text).toContain('출처');
  expect(text).toContain('Dossier 예제 브리핑');
  expect(text).toContain('https://example.org/dossier-sample/csap-azure');
  // Running header and n / N page numbers from the @page margin boxes.
  expect(text).toMatch(/\b2\s*\/\s*\d+\b/);
  // PDF bookmarks from the headings: title, then contents, summary, numbered sections, notes, sources.
  const outline = JSON.parse(execFileSync('qpdf', ['--json', '--json-key=outlines', path], { encoding: 'utf8' })) as { outlines: { title: string; kids: { title: string }[] }[] };
  expect(outline.outlines[0]!.title).toBe(BRIEFING_TITLE);
  expect(outline.outlines[0]!.kids.map((k) => k.title)).toEqual(['목차', '요약', '1. 해외 사업자 비교표', '2. 배경', '3. 주요 주장', '4. 시장 점유율', '주', '출처']);
  renderPages(path, 'print-briefing-page');
});

test('a long briefing prints with every note, in bundled fonts, on US Letter', async ({ page }) => {
  await page.goto('/');
  await importBundle(page, 'long-briefing.dossier', longBriefingBundle());
  await expect(page.getByTestId('library-table')).toContainText('분기 매출 보고서');
  const { path, ms } = await printPdf(page, LONG_BRIEFING_ID, 'print-long-briefing.pdf');
  const { pages, text } = checkPdfStructure(path, 25);
  console.log(`long briefing: ${pages} pages printed in ${ms} ms`);
  expect(text).toContain(LONG_TITLE);
  // The last of 192 notes is there with its quote.
  expect(text).toMatch(/192\.\s/);
  expect(poppler('pdfinfo', [path])).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  expect(ms).toBeLessThan(60_000);
  renderPages(path, 'print-long-page', 4);
});

test('a comparison wider than the window renders only the columns in view and still opens every cell', async ({ page }) => {
  await page.goto('/');
  await importBundle(page, 'wide-compare.dossier', wideCompareBundle());
  await expect(page.getByTestId('library-table')).toContainText('지표가 많은 비교 시험 기사');
  await page.getByTestId('nav-compare').click();
  const table = page.getByTestId('compare-table');
  const grid = table.locator('table');
  // Every column counts for assistive technology; only those in view (plus a little overscan) are in the DOM.
  await expect(grid).toHaveAttribute('aria-colcount', String(WIDE_ATTRIBUTES + 1));
  await expect(table.locator('tbody tr[data-index]')).toHaveCount(3);
  const headers = grid.locator('thead th:not(.col-spacer)');
  const shown = await headers.count();
  expect(shown).toBeGreaterThan(4);
  expect(shown).toBeLessThan(WIDE_ATTRIBUTES + 1);
  const firstHeader = (await headers.nth(1).innerText()).trim();
  const firstHeaderOnly = new RegExp(`${firstHeader}(?!\\d)`);
  // The row keeps its full scroll width, so scrolling right brings in the last column.
  await table.evaluate((el) => (el.scrollLeft = el.scrollWidth));
  await expect(headers.last()).toHaveAttribute('aria-colindex', String(WIDE_ATTRIBUTES + 1));
  await expect(headers.last()).toBeVisible();
  await expect(grid.locator('thead th', { hasText: firstHeaderOnly })).toHaveCount(0);
  const lastMetric = Number(/(\d+)\s*$/.exec((await headers.last().innerText()).replace(/[▲▼]/g, '').trim())?.[1]);
  // The pinned provider column stays at the left edge while scrolled.
  const coupang = table.locator('tbody tr', { hasText: '쿠팡' });
  const axis = await coupang.locator('td').first().boundingBox();
  const box = await table.boundingBox();
  expect(Math.abs(axis!.x - box!.x)).toBeLessThan(4);
  await shot(page, 'compare-wide-scrolled');
  await coupang.getByTestId('compare-cell').last().click();
  await expect(page.getByTestId('evidence-panel')).toContainText(wideCoupangQuote(lastMetric));
  // Back to the left edge: the first columns come back.
  await table.evaluate((el) => (el.scrollLeft = 0));
  await expect(grid.locator('thead th', { hasText: firstHeaderOnly })).toBeVisible();
});
