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
import { shot } from './helpers';

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

async function expectClaimStatus(page: Page, text: string, status: string) {
  const d = await editClaim(page, text);
  await expect(d.getByTestId('claim-status')).toHaveValue(status);
  await page.keyboard.press('Escape');
  await expect(d).toBeHidden();
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
  await expect(b.getByTestId('toasts')).toContainText(/undone|Undone/);
  await expectClaimStatus(b, CLAIM, 'verified');
  await ctxB.close();
});

test('refused files explain why and change nothing', async ({ page }, testInfo) => {
  await loadSample(page);
  await page.getByTestId('nav-claims').click();
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
