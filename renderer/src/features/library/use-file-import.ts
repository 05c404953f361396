/**
 * The import workflow as a hook: run a batch of files with progress and
 * cancel, then hold the outcomes for the summary dialog.
 */
import { useCallback, useRef, useState } from 'react';
import type { OpenedFile } from '@shared/ipc';
import { useDb } from '../../app/context';
import type { BatchProgress } from './import/batch';
import { extractHtmlArticle } from './import/html-article';
import { extractPdf } from './import/pdf-extract';
import type { FileReaders } from './import/read-file';
import { importFiles, type ImportOutcome } from './commands/import-files';

/** The browser's readers: DOMParser-based HTML and pdf.js in its worker. */
export const browserReaders: FileReaders = { html: (html) => extractHtmlArticle(html), pdf: (bytes) => extractPdf(bytes) };

export interface ImportSummary {
  outcomes: ImportOutcome[];
  cancelled: boolean;
  /** Files never started because the batch was cancelled. */
  notStarted: number;
}

export function useFileImport() {
  const db = useDb();
  const [progress, setProgress] = useState<BatchProgress | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const abort = useRef<AbortController | null>(null);

  const run = useCallback(
    async (files: OpenedFile[]) => {
      if (!files.length || abort.current) return;
      const ctrl = new AbortController();
      abort.current = ctrl;
      setProgress({ done: 0, total: files.length, current: files[0]!.name });
      try {
        const r = await importFiles(db, files, browserReaders, { signal: ctrl.signal, onProgress: setProgress });
        setSummary({ outcomes: r.results, cancelled: r.cancelled, notStarted: files.length - r.results.length });
      } finally {
        abort.current = null;
        setProgress(null);
      }
    },
    [db],
  );

  const cancel = useCallback(() => abort.current?.abort(), []);
  const closeSummary = useCallback(() => setSummary(null), []);
  return { run, progress, summary, cancel, closeSummary };
}

/** Reads dropped or picked browser File objects into OpenedFile records. */
export function readBrowserFiles(files: Iterable<File>): Promise<OpenedFile[]> {
  return Promise.all([...files].map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
}
