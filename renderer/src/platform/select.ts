import type { Platform } from '@shared/platform';
import { createBrowserPlatform } from './browser';
import { createElectronPlatform } from './electron';

/** Chooses the platform at start-up: the preload bridge when present, else the browser. */
export function selectPlatform(appVersion: string): Platform {
  return window.dossier ? createElectronPlatform(window.dossier) : createBrowserPlatform(appVersion);
}
