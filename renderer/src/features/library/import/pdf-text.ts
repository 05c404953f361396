/**
 * Assembles article text from a PDF's text layer, keeping where each page
 * starts so a quote can cite its page. Offsets are computed on text that is
 * already clean (`cleanArticleText` leaves it unchanged), so they stay true
 * after the article is stored.
 */
import type { PageOffset } from '@shared/domain';
import { cleanArticleText } from '@shared/text/normalize';

/** The parts of a pdf.js TextItem this module reads. */
export interface PdfTextItem {
  str: string;
  /** pdf.js sets this when a line ends after the item. */
  hasEOL?: boolean;
  /** Transform matrix; [4] is x and [5] is y, used to see line breaks pdf.js did not flag. */
  transform?: number[];
  height?: number;
}

/** One page's text from its items: items joined, line ends kept, a blank line where the gap between lines is large. */
export function pageText(items: readonly PdfTextItem[]): string {
  let out = '';
  let lastY: number | undefined;
  let lastHeight = 0;
  for (const item of items) {
    const y = item.transform?.[5];
    if (lastY !== undefined && y !== undefined && out && !out.endsWith('\n')) {
      // A y jump without an EOL flag is still a new line (some producers never set hasEOL).
      if (Math.abs(y - lastY) > Math.max(lastHeight, 1) * 0.5) out += '\n';
    }
    if (lastY !== undefined && y !== undefined && lastHeight > 0 && out.endsWith('\n') && !out.endsWith('\n\n') && lastY - y > lastHeight * 1.8) {
      out += '\n'; // a tall gap between lines reads as a paragraph break
    }
    out += item.str;
    if (item.hasEOL) out += '\n';
    if (y !== undefined && item.str.trim()) {
      lastY = y;
      lastHeight = item.height ?? lastHeight;
    }
  }
  return out;
}

/** The article text of all pages (pages separated by a blank line) and where each page starts in it. */
export function assemblePdfText(pages: readonly (readonly PdfTextItem[])[]): { text: string; pages: PageOffset[] } {
  let text = '';
  const offsets: PageOffset[] = [];
  pages.forEach((items, i) => {
    const clean = cleanArticleText(pageText(items));
    if (clean && text) text += '\n\n';
    offsets.push({ page: i + 1, start: text.length });
    text += clean;
  });
  return { text, pages: offsets };
}

/** The 1-based page holding `offset`, from a stored page list (1 when the list is empty). */
export function pageAt(pages: readonly PageOffset[], offset: number): number {
  let page = pages[0]?.page ?? 1;
  for (const p of pages) {
    if (p.start <= offset) page = p.page;
    else break;
  }
  return page;
}
