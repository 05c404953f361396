/** Live maps of providers, attributes, tags and article titles, for tables that show names. */
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Attribute, Provider, Tag } from '@shared/domain';
import { useDb } from '../../app/context';

export interface Lookups {
  providers: Map<string, Provider>;
  attributes: Map<string, Attribute>;
  tags: Map<string, Tag>;
}

/** `undefined` while loading. */
export function useLookups(): Lookups | undefined {
  const db = useDb();
  const providers = useLiveQuery(() => db.providers.toArray(), [db]);
  const attributes = useLiveQuery(() => db.attributes.toArray(), [db]);
  const tags = useLiveQuery(() => db.tags.toArray(), [db]);
  return useMemo(
    () =>
      providers && attributes && tags
        ? {
            providers: new Map(providers.map((p) => [p.id, p])),
            attributes: new Map(attributes.map((a) => [a.id, a])),
            tags: new Map(tags.map((t) => [t.id, t])),
          }
        : undefined,
    [providers, attributes, tags],
  );
}
