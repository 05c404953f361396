/**
 * Sharing a dataset by file between two browser profiles, through the real
 * UI: export from one, import into another that has its own edits, resolve
 * the conflict in the preview, undo the import (toast and Settings), restore
 * a backup from Settings and undo that; refusals change nothing.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync, strFromU8 } from 'fflate';
import type { Article, Claim, LibraryData } from '../shared/domain';
import { sampleLibrary } from '../shared/bundle/fixtures';
import { writeBundle } from '../shared/bundle/write';
import { shot, waitForWholeTable } from './helpers';

const CLAIM = 'Microsoft was second';

async function loadSample(page: Page) {
  await page.goto('/');
  await page.getByTestId('load-sample').click();
  await expect(page.getByTestId('library-table')).toContainText('AI');
}

/** Opens the claim editor for the claim whose statement contains `text`. */
async function editClaim(page: Page, text: string) {
  await page.getByTestId('nav-claims').click();
  await page.getByTestId('claims-filter-text').fill(text);
  await expect(page.getByTestId('claim-edit')).toHaveCount(1);
  await page.getByTestId('claim-edit').click();
  return page.getByTestId('claim-dialog');
}

async function setClaimStatus(page: Page, text: string, status: string) {
  const d = await editClaim(page, text);
  await d.getByTestId('claim-status').selectOption(status);
  await d.getByTestId('claim-save').click();
  await expect(d).toBeHidden();
}

/** The editor reads the claim when it opens, so a change landing just after is seen by opening it again. */
async function expectClaimStatus(page: Page, text: string, status: string) {
  await expect(async () => {
    const d = await editClaim(page, text);
    const value = await d.getByTestId('claim-status').inputValue();
    await page.keyboard.press('Escape');
    await expect(d).toBeHidden();
    expect(value).toBe(status);
  }).toPass({ timeout: 15_000 });
}

/** Clicks Undo on the toast that says `text` (other toasts may offer their own undo). */
async function toastUndo(page: Page, text: string) {
  await page.getByTestId('toasts').locator('.toast', { hasText: text }).getByTestId('toast-undo').click();
}

async function pickBundle(page: Page, file: string) {
  await page.getByTestId('nav-library').click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-bundle').click();
  await (await chooser).setFiles(file);
}

test('export from one profile, import into another with its own edits, resolve, undo, restore a backup and undo it', async ({ browser }, testInfo) => {
  // Profile A: the colleague disputes a claim and exports the library.
  const ctxA = await browser.newContext();
  const a = await ctxA.newPage();
  await loadSample(a);
  await a.getByTestId('nav-settings').click();
  await a.getByTestId('settings-author').fill('Researcher A');
  await a.getByTestId('settings-author-save').click();
  await setClaimStatus(a, CLAIM, 'disputed');
  await a.getByTestId('nav-library').click();
  const download = a.waitForEvent('download');
  await a.getByTestId('export-bundle').click();
  const bundle = join(testInfo.outputPath(), 'from-a.dossier');
  await (await download).saveAs(bundle);
  await ctxA.close();

  // Profile B: the same sample, but this researcher marked the claim outdated.
  const ctxB = await browser.newContext();
  const b = await ctxB.newPage();
  await loadSample(b);
  await setClaimStatus(b, CLAIM, 'outdated');

  await pickBundle(b, bundle);
  const preview = b.getByTestId('import-preview');
  await expect(preview).toBeVisible();
  await expect(preview).toContainText('Researcher A');
  await expect(b.getByTestId('summary-claims').locator('td').nth(3)).toHaveText('1');
  await expect(b.getByTestId('summary-articles').locator('td').nth(2)).toHaveText('3');
  const conflict = b.getByTestId('import-conflict');
  await expect(conflict).toHaveCount(1);
  await expect(conflict).toContainText(CLAIM);
  await expect(conflict.getByTestId('conflict-diff')).toContainText('Outdated');
  await expect(conflict.getByTestId('conflict-diff')).toContainText('Disputed');
  await expect(conflict.getByTestId('choice-mine')).toBeChecked();
  await shot(b, 'sharing-01-preview-conflict');
  await conflict.getByTestId('choice-theirs').check();
  await b.getByTestId('import-confirm').click();
  await expect(preview).toBeHidden();
  await expect(b.getByTestId('toasts')).toContainText('1 replaced');
  await shot(b, 'sharing-02-imported-toast');
  await toastUndo(b, 'Imported');
  await expect(b.getByTestId('toasts')).toContainText(/undone|Undone/);
  await expectClaimStatus(b, CLAIM, 'outdated');

  // Import again, taking theirs for everything, and undo from Settings this time.
  await pickBundle(b, bundle);
  await b.getByTestId('import-bulk-choice').selectOption('theirs');
  await expect(b.getByTestId('import-conflict').getByTestId('choice-theirs')).toBeChecked();
  await b.getByTestId('import-confirm').click();
  await expectClaimStatus(b, CLAIM, 'disputed');
  await b.getByTestId('nav-settings').click();
  await expect(b.getByTestId('import-history-last')).toContainText('from-a.dossier');
  await shot(b, 'sharing-03-settings');
  await b.getByTestId('undo-last-import').click();
  // The import before it (the sample dataset) is now the last one.
  await expect(b.getByTestId('import-history-last')).toContainText('sample.dossier');
  await expectClaimStatus(b, CLAIM, 'outdated');

  // A later edit, then restore the backup written before the import: the edit goes, and undo brings it back.
  await setClaimStatus(b, CLAIM, 'verified');
  await b.getByTestId('nav-settings').click();
  const beforeImport = b.locator('[data-testid="backup-item"][data-reason="before-import"]');
  await expect(beforeImport.first()).toBeVisible();
  await shot(b, 'sharing-04-backups');
  await beforeImport.last().getByTestId('backup-restore').click();
  await expect(b.getByTestId('toasts')).toContainText('Restored');
  await expect(b.locator('[data-testid="backup-item"][data-reason="before-restore"]')).toHaveCount(1);
  await expectClaimStatus(b, CLAIM, 'outdated');
  await b.getByTestId('nav-settings').click();
  await toastUndo(b, 'Restored');
  // Undoing a restore is itself a restore: it takes one more safety backup, then the list refreshes when it is done.
  await expect(b.locator('[data-testid="backup-item"][data-reason="before-restore"]')).toHaveCount(2);
  await expectClaimStatus(b, CLAIM, 'verified');
  await ctxB.close();
});

test('refused files explain why and change nothing', async ({ page }, testInfo) => {
  await loadSample(page);
  await page.getByTestId('nav-claims').click();
  await waitForWholeTable(page, 'claims-count');
  const count = await page.getByTestId('claims-count').textContent();

  await pickBundle(page, join(process.cwd(), 'e2e/fixtures/sharing/not-a-bundle.dossier'));
  const refused = page.getByTestId('import-refused');
  await expect(refused).toBeVisible();
  await expect(page.getByTestId('refusal-reason')).toContainText('not a Dossier bundle');
  await page.getByTestId('refusal-close').click();

  // A bundle from a future Dossier: the message names the version needed.
  await page.getByTestId('nav-library').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('export-bundle').click();
  const valid = join(testInfo.outputPath(), 'valid.dossier');
  await (await download).saveAs(valid);
  const files = unzipSync(new Uint8Array(readFileSync(valid)));
  const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as { formatVersion: number };
  manifest.formatVersion = 9;
  files['manifest.json'] = strToU8(JSON.stringify(manifest));
  const future = join(testInfo.outputPath(), 'future.dossier');
  writeFileSync(future, zipSync(files));
  await pickBundle(page, future);
  await expect(page.getByTestId('refusal-reason')).toContainText('format 9');
  await expect(page.getByTestId('refusal-reason')).toContainText('format 1 or older');
  await shot(page, 'sharing-05-refused-newer');
  await page.getByTestId('refusal-close').click();

  await page.getByTestId('nav-claims').click();
  await expect(page.getByTestId('claims-count')).toHaveText(count!);
});

test('share a tag as claims CSV from Settings', async ({ page }) => {
  await loadSample(page);
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('share-open').click();
  const d = page.getByTestId('share-dialog');
  await d.getByTestId('share-scope').selectOption('tag');
  await expect(d.getByTestId('share-counts')).toContainText('claims');
  await d.getByTestId('share-format').selectOption('claims-csv');
  await shot(page, 'sharing-06-share-dialog');
  const download = page.waitForEvent('download');
  await d.getByTestId('share-save').click();
  const csv = await download;
  expect(csv.suggestedFilename()).toMatch(/-claims-.*\.csv$/);
  const bytes = readFileSync(await csv.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
});

test.describe('in Korean', () => {
  test.use({ locale: 'ko-KR' });

  test('the preview and a cancelled import read in Korean and change nothing', async ({ page }, testInfo) => {
    await loadSample(page);
    await page.getByTestId('nav-library').click();
    const download = page.waitForEvent('download');
    await page.getByTestId('export-bundle').click();
    const own = join(testInfo.outputPath(), 'own.dossier');
    await (await download).saveAs(own);
    await setClaimStatus(page, CLAIM, 'outdated');

    await pickBundle(page, own);
    const preview = page.getByTestId('import-preview');
    await expect(preview).toContainText('양쪽에서 바뀐 기록 1건');
    await expect(preview.getByTestId('conflict-diff')).toContainText('상태');
    await expect(preview.getByTestId('conflict-diff')).toContainText('지난 정보');
    await shot(page, 'sharing-07-preview-ko');
    await page.getByTestId('import-preview-cancel').click();
    await expect(preview).toBeHidden();
    await expectClaimStatus(page, CLAIM, 'outdated');
  });
});

/** A library of `n` articles with ten claims each, texts varied enough that the zip does not flatter the size. */
function largeLibrary(n: number): LibraryData {
  const base = sampleLibrary();
  const articles: Article[] = [];
  const claims: Claim[] = [];
  const words = ['클라우드', '공공', '시장', '점유율', '인증', '투자', '데이터센터', 'AI', '사업자', '보안', '규제', '매출', '이용자', '전환', '계약'];
  for (let i = 0; i < n; i++) {
    let text = '';
    let x = i * 7919 + 1;
    for (let s = 0; s < 12; s++) {
      const parts: string[] = [];
      for (let w = 0; w < 10; w++) {
        x = (x * 1103515245 + 12345) % 2147483648;
        parts.push(words[x % words.length]! + (x % 97));
      }
      text += `${parts.join(' ')}.\n`;
    }
    const a: Article = { ...base.articles[1]!, id: `art-${i}`, title: `시장 동향 ${i}`, url: `https://example.com/large/${i}`, text, contentHash: (i + 1).toString(16).padStart(64, '0'), tagIds: [] };
    articles.push(a);
    for (let j = 0; j < 10; j++) {
      const start = j * 20;
      const exact = text.slice(start, start + 15);
      claims.push({
        ...base.claims[0]!,
        id: `clm-${i}-${j}`,
        articleId: a.id,
        statement: `Claim ${j} about article ${i}`,
        target: { quote: { type: 'TextQuoteSelector', exact, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(start + 15, start + 47) }, position: { type: 'TextPositionSelector', start, end: start + 15 } },
        value: { kind: 'quantity', amount: (i * 10 + j) / 1e5, unit: 'ratio', original: `${j}%` },
        tagIds: [],
      });
    }
  }
  return { ...base, articles, claims, briefings: [] };
}

test('a 10,000-article, 100,000-claim bundle imports without freezing the window', async ({ page }, testInfo) => {
  test.skip(!process.env.DOSSIER_SCALE, 'opt-in scale measurement (several minutes on 10,000 articles; `npm run bench` measures the same import): set DOSSIER_SCALE=1 to run it');
  test.setTimeout(600_000);
  const n = Number(process.env.DOSSIER_SCALE_ARTICLES ?? 10_000);
  let t = Date.now();
  const bytes = writeBundle(largeLibrary(n), { appVersion: '0.1.0', exportedBy: 'scale', exportedAt: new Date().toISOString() });
  const writeMs = Date.now() - t;
  const file = join(testInfo.outputPath(), 'large.dossier');
  writeFileSync(file, bytes);

  await page.goto('/');
  await expect(page.getByTestId('library-empty')).toBeVisible();
  // Longest gap between animation frames while the import runs: a frozen window shows as a long gap.
  await page.evaluate(() => {
    const w = window as unknown as { __maxGap: number; __last: number };
    w.__maxGap = 0;
    w.__last = performance.now();
    const tick = (now: number) => {
      w.__maxGap = Math.max(w.__maxGap, now - w.__last);
      w.__last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const maxGap = () => page.evaluate(() => Math.round((window as unknown as { __maxGap: number }).__maxGap));
  const resetGap = () => page.evaluate(() => void ((window as unknown as { __maxGap: number }).__maxGap = 0));

  t = Date.now();
  await pickBundle(page, file);
  await expect(page.getByTestId('import-preview')).toBeVisible({ timeout: 300_000 });
  const prepareMs = Date.now() - t;
  const prepareGap = await maxGap();
  await expect(page.getByTestId('summary-claims').locator('td').nth(1)).toHaveText(String(n * 10));
  await resetGap();
  t = Date.now();
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('toasts')).toContainText('Imported', { timeout: 300_000 });
  const commitMs = Date.now() - t;
  const commitGap = await maxGap();
  const line =
    `large import: ${n} articles, ${n * 10} claims; bundle ${(bytes.length / 1024 / 1024).toFixed(1)} MiB (written in ${writeMs} ms in Node); ` +
    `pick to preview ${prepareMs} ms (longest frame gap ${prepareGap} ms); commit incl. backup ${commitMs} ms (longest frame gap ${commitGap} ms)`;
  console.log(line);
  writeFileSync(join(testInfo.outputPath(), 'large-import.txt'), line);
});
