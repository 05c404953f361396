/**
 * Start-up guard for the researcher's data, rendered once inside the app's
 * providers: asks the browser to keep storage persistent, writes the daily
 * backup when due (at start and every few hours while the app stays open),
 * and imports a `.dossier` file dropped anywhere on the window.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/context';
import { useNotify } from '../../app/notifications';
import { BACKUP_CHECK_MS, backupIfDue } from './commands/backups';
import { ImportFlow } from './ImportFlow';
import { backupBytesOffThread } from './bundle-client';
import { isBundleName, useImport } from './use-import';
import { requestPersistentStorage } from './storage';

/**
 * How long after start-up the first daily-backup check waits. Writing a backup reads the
 * whole library; at start-up that read would compete with the library table's first read
 * and the search index's resume for the same IndexedDB, so it waits until those settle.
 */
export const BACKUP_FIRST_CHECK_MS = 20_000;

/** Runs `backupIfDue` after `firstAfterMs`, then every `everyMs`; reports a failure once per session. */
export function useDailyBackup(everyMs = BACKUP_CHECK_MS, firstAfterMs = BACKUP_FIRST_CHECK_MS): void {
  const { db, platform, appVersion } = useServices();
  const { notifyError } = useNotify();
  const { t } = useTranslation('sharing');
  const warned = useRef(false);
  useEffect(() => {
    let running = false;
    const run = async () => {
      if (running) return;
      running = true;
      try {
        await backupIfDue(db, platform, appVersion, Date.now(), backupBytesOffThread);
      } catch (e) {
        if (!warned.current) notifyError(t('backups.dailyFailed'), e);
        warned.current = true;
      } finally {
        running = false;
      }
    };
    const first = setTimeout(() => void run(), firstAfterMs);
    const timer = setInterval(() => void run(), everyMs);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [db, platform, appVersion, everyMs, firstAfterMs, notifyError, t]);
}

/**
 * Imports a single .dossier file dropped anywhere on the window (caught before
 * other drop zones see it). Other file drops pass through to the zones that
 * handle them; a file dropped where nothing handles it is ignored rather than
 * letting the browser navigate away from the app to show it.
 */
function useBundleDrop(start: (bytes: Uint8Array, name: string) => Promise<void>): void {
  useEffect(() => {
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const onDropCapture = (e: DragEvent) => {
      const files = Array.from(e.dataTransfer?.files ?? []);
      if (files.length !== 1 || !isBundleName(files[0]!.name)) return;
      e.preventDefault();
      e.stopPropagation();
      void files[0]!.arrayBuffer().then((b) => start(new Uint8Array(b), files[0]!.name));
    };
    const onDragOver = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const onDrop = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    window.addEventListener('drop', onDropCapture, true);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('drop', onDropCapture, true);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [start]);
}

export function DataSafety() {
  const imp = useImport();
  useDailyBackup();
  useBundleDrop(imp.start);
  useEffect(() => {
    void requestPersistentStorage();
  }, []);
  return <ImportFlow imp={imp} />;
}
