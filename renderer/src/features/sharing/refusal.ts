/**
 * Turns a refused import's error into what the refusal dialog shows: which
 * kind of refusal (translated by code), the needed format version when the
 * file is newer, and the English detail from the pipeline.
 */
import type { AppError } from '@shared/result';
import { BUNDLE_ERRORS } from '@shared/bundle/read';
import { FORMAT_VERSION } from '@shared/bundle/write';

/** A refused file, ready for the dialog. */
export interface Refusal {
  fileName: string;
  /** Key under `refusal.` in the sharing catalogue. */
  reason: RefusalReason;
  /** The detail sentence from the pipeline (English; shown under "Details"). */
  detail: string;
  /** For `newerVersion`: the file's format version. */
  fileVersion?: number;
  /** The newest format this Dossier reads. */
  supportedVersion: number;
}

export type RefusalReason = 'notBundle' | 'corrupt' | 'tooLarge' | 'checksum' | 'newerVersion' | 'olderVersion' | 'unreadable';

const BY_CODE: Record<string, RefusalReason> = {
  [BUNDLE_ERRORS.notZip]: 'notBundle',
  [BUNDLE_ERRORS.notBundle]: 'notBundle',
  [BUNDLE_ERRORS.corrupt]: 'corrupt',
  [BUNDLE_ERRORS.badJson]: 'corrupt',
  [BUNDLE_ERRORS.badManifest]: 'corrupt',
  [BUNDLE_ERRORS.tooLarge]: 'tooLarge',
  [BUNDLE_ERRORS.checksum]: 'checksum',
  [BUNDLE_ERRORS.newerVersion]: 'newerVersion',
  [BUNDLE_ERRORS.olderVersion]: 'olderVersion',
};

/** Classifies a refusal; unknown codes read as `unreadable` and keep their detail. */
export function refusalOf(fileName: string, error: AppError): Refusal {
  const reason = BY_CODE[error.code] ?? 'unreadable';
  const out: Refusal = { fileName, reason, detail: error.message, supportedVersion: FORMAT_VERSION };
  if (reason === 'newerVersion') {
    const m = /format (\d+)/.exec(error.message);
    if (m) out.fileVersion = Number(m[1]);
  }
  return out;
}
