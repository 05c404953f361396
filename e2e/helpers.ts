/** Shared helpers for the browser e2e specs. */
import { expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const ARTIFACTS = join(process.cwd(), 'e2e', 'artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

/** Saves a full-page screenshot under e2e/artifacts for a person to look at. */
export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: false });
}

/** Selects the first occurrence of `needle` in the reader's article text, as a user's drag would. */
export async function selectInArticle(page: Page, needle: string): Promise<void> {
  // The reader renders the text after the article loads from IndexedDB; on a
  // slow machine the click that opened it can land before that, so wait first.
  await expect(page.locator('div[data-testid="article-text"]')).toContainText(needle);
  const found = await page.evaluate((needle) => {
    const root = document.querySelector('div[data-testid="article-text"]');
    if (!root) return false;
    const text = root.textContent ?? '';
    const at = text.indexOf(needle);
    if (at < 0) return false;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let pos = 0;
    let start: [Node, number] | null = null;
    let end: [Node, number] | null = null;
    while (walker.nextNode()) {
      const n = walker.currentNode as Text;
      const len = n.data.length;
      if (!start && at < pos + len) start = [n, at - pos];
      if (start && at + needle.length <= pos + len) {
        end = [n, at + needle.length - pos];
        break;
      }
      pos += len;
    }
    if (!start || !end) return false;
    const range = document.createRange();
    range.setStart(start[0], start[1]);
    range.setEnd(end[0], end[1]);
    const sel = window.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
    root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    return true;
  }, needle);
  expect(found, `"${needle}" in the article text`).toBe(true);
}

/**
 * Waits until a table's count line no longer says it is loading: the library and claims
 * tables show a first screen, then every row (`data-loading="true"` until then).
 */
export async function waitForWholeTable(page: Page, countTestId: 'library-count' | 'claims-count', timeout = 60_000): Promise<void> {
  await expect(page.getByTestId(countTestId)).toBeVisible({ timeout });
  await expect(page.getByTestId(countTestId)).not.toHaveAttribute('data-loading', 'true', { timeout });
}

/** Runs a poppler tool and returns its stdout. */
export function poppler(tool: 'pdftotext' | 'pdffonts' | 'pdfinfo', args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8' });
}

/** Clears this origin's IndexedDB so each test starts from an empty library. */
export async function resetStorage(page: Page): Promise<void> {
  await page.goto('/');
  await page.evaluate(async () => {
    const dbs = await indexedDB.databases();
    await Promise.all(
      dbs.map(
        (d) =>
          new Promise<void>((resolve) => {
            const req = indexedDB.deleteDatabase(d.name!);
            req.onsuccess = req.onerror = req.onblocked = () => resolve();
          }),
      ),
    );
  });
  await page.goto('/');
}
