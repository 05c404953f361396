/**
 * React context for the three things every feature needs: the Platform, the
 * database and the settings. Created once at start-up in main.tsx.
 */
import { createContext, useContext } from 'react';
import type { Platform } from '@shared/platform';
import type { DossierDb } from '../db/database';

export interface AppServices {
  platform: Platform;
  db: DossierDb;
  appVersion: string;
}

export const ServicesContext = createContext<AppServices | null>(null);

export function useServices(): AppServices {
  const s = useContext(ServicesContext);
  if (!s) throw new Error('useServices outside ServicesContext');
  return s;
}

export const useDb = () => useServices().db;
export const usePlatform = () => useServices().platform;
