/** Says in the researcher's language why a write failed (disk full, database closed) instead of a raw browser error. */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { classifyWriteError } from '../../db/write-error';

/** Returns a function from a thrown write error to a translated sentence, with the raw detail for anything unclassified. */
export function useWriteErrorText(): (e: unknown) => string {
  const { t } = useTranslation('sharing');
  return useCallback(
    (e: unknown) => {
      const kind = classifyWriteError(e);
      if (kind !== 'other') return t(`writeErrors.${kind}`);
      return e instanceof Error ? e.message : String(e);
    },
    [t],
  );
}
