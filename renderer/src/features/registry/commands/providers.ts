/**
 * Provider registry edits: add or edit a provider, and merge two providers into
 * one (every claim naming the merged one follows, aliases are united, the
 * merged row is deleted). Each is one transaction with an undo.
 */
import type { Claim, Provider, ProviderKind, ProviderOrigin } from '@shared/domain';
import { nfc } from '@shared/text/normalize';
import type { DossierDb } from '../../../db/database';
import { RegistryInputError } from './registry-error';
import { repointViews } from './views';

const KINDS: readonly ProviderKind[] = ['csp', 'msp', 'ai', 'other'];
const ORIGINS: readonly ProviderOrigin[] = ['domestic', 'foreign'];

export interface ProviderInput {
  name: { ko: string; en: string };
  /** Other names in either language; the canonical names need not be repeated. */
  aliases: string[];
  origin: ProviderOrigin;
  country: string;
  kind: ProviderKind;
}

/** Splits alias input on commas or new lines into unique trimmed NFC names. */
export function parseAliases(input: string): string[] {
  return uniqueNames(input.split(/[,，\n]/));
}

function uniqueNames(names: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of names) {
    const n = nfc(raw.trim());
    if (!n || seen.has(n.toLowerCase())) continue;
    seen.add(n.toLowerCase());
    out.push(n);
  }
  return out;
}

/** Validates and normalises provider input into a row with the given id. */
export function buildProvider(id: string, input: ProviderInput): Provider {
  const name = { ko: nfc(input.name.ko.trim()), en: nfc(input.name.en.trim()) };
  if (!name.ko && !name.en) throw new RegistryInputError('no-name', 'Give the provider a Korean or English name.');
  const country = input.country.trim().toUpperCase();
  if (country && !/^[A-Z]{2}$/.test(country)) throw new RegistryInputError('bad-country', `"${input.country}" is not a two-letter country code.`);
  if (!KINDS.includes(input.kind)) throw new RegistryInputError('bad-kind', `Unknown provider kind "${input.kind}".`);
  if (!ORIGINS.includes(input.origin)) throw new RegistryInputError('bad-origin', `Unknown origin "${input.origin}".`);
  return { id, name, aliases: uniqueNames(input.aliases), origin: input.origin, country, kind: input.kind };
}

/** Adds a provider (no `id`) or replaces an existing one's fields. */
export async function saveProvider(db: DossierDb, input: ProviderInput, id?: string): Promise<{ provider: Provider; undo: () => Promise<void> }> {
  const provider = buildProvider(id ?? `prov-${crypto.randomUUID()}`, input);
  const before = await db.transaction('rw', db.providers, async () => {
    const before = id ? await db.providers.get(id) : undefined;
    if (id && !before) throw new RegistryInputError('not-found', 'The provider no longer exists.');
    await db.providers.put(provider);
    return before;
  });
  return {
    provider,
    undo: async () => {
      if (before) await db.providers.put(before);
      else await db.providers.delete(provider.id);
    },
  };
}

/**
 * Merges provider `goneId` into `keepId`: claims naming it name `keepId`
 * instead (once), compare views and briefing charts follow, the gone provider's
 * names and aliases become aliases of the kept one, and its row is deleted.
 */
export async function mergeProviders(db: DossierDb, keepId: string, goneId: string, now = new Date()): Promise<{ claimsMoved: number; undo: () => Promise<void> }> {
  if (keepId === goneId) throw new RegistryInputError('same', 'Choose two different providers.');
  const iso = now.toISOString();
  const saved = await db.transaction('rw', [db.providers, db.claims, db.savedViews, db.briefings], async () => {
    const [keep, gone] = await db.providers.bulkGet([keepId, goneId]);
    if (!keep || !gone) throw new RegistryInputError('not-found', 'One of the providers no longer exists.');
    const claims = await db.claims.where('providerIds').equals(goneId).toArray();
    await db.claims.bulkPut(
      claims.map((c): Claim => ({ ...c, providerIds: [...new Set(c.providerIds.map((p) => (p === goneId ? keepId : p)))], updatedAt: iso })),
    );
    const own = new Set([keep.name.ko, keep.name.en].filter(Boolean).map((n) => n.toLowerCase()));
    const aliases = uniqueNames([...keep.aliases, gone.name.ko, gone.name.en, ...gone.aliases]).filter((a) => !own.has(a.toLowerCase()));
    await db.providers.put({ ...keep, aliases });
    await db.providers.delete(goneId);
    const views = await repointViews(db, 'provider', goneId, keepId);
    return { keep, gone, claims, views };
  });
  return {
    claimsMoved: saved.claims.length,
    undo: async () => {
      await db.transaction('rw', [db.providers, db.claims, db.savedViews, db.briefings], async () => {
        await db.providers.bulkPut([saved.keep, saved.gone]);
        await db.claims.bulkPut(saved.claims);
        await db.savedViews.bulkPut(saved.views.views);
        await db.briefings.bulkPut(saved.views.briefings);
      });
    },
  };
}
