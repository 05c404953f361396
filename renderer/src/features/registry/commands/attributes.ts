/** Attribute registry edits: add or edit an attribute; the UI warns before a type change that affects claims. */
import { VALUE_KINDS, type Attribute, type ValueKind } from '@shared/domain';
import { nfc } from '@shared/text/normalize';
import type { DossierDb } from '../../../db/database';
import { RegistryInputError } from './registry-error';

export interface AttributeInput {
  name: { ko: string; en: string };
  valueType: ValueKind;
  unit: string;
  /** Allowed categories in display order (category attributes only). */
  categories: string[];
  description: string;
}

/** Splits category input on commas, `·` or new lines, keeping order. */
export function parseCategories(input: string): string[] {
  return [...new Set(input.split(/[,，·ㆍ\n]/).map((s) => nfc(s.trim())).filter(Boolean))];
}

/** Validates and normalises attribute input into a row with the given id. */
export function buildAttribute(id: string, input: AttributeInput): Attribute {
  const name = { ko: nfc(input.name.ko.trim()), en: nfc(input.name.en.trim()) };
  if (!name.ko && !name.en) throw new RegistryInputError('no-name', 'Give the attribute a Korean or English name.');
  if (!VALUE_KINDS.includes(input.valueType)) throw new RegistryInputError('bad-type', `Unknown value type "${input.valueType}".`);
  const categories = [...new Set(input.categories.map((c) => nfc(c.trim())).filter(Boolean))];
  if (input.valueType === 'category' && !categories.length) throw new RegistryInputError('no-categories', 'A category attribute needs at least one category.');
  const unit = input.valueType === 'quantity' ? input.unit.trim() : '';
  return {
    id,
    name,
    valueType: input.valueType,
    ...(unit ? { unit } : {}),
    ...(input.valueType === 'category' ? { categories } : {}),
    description: nfc(input.description.trim()),
  };
}

/** How many claims use the attribute (a type change would leave their values of the old kind). */
export function countAttributeClaims(db: DossierDb, attributeId: string): Promise<number> {
  return db.claims.where('attributeId').equals(attributeId).count();
}

/** Adds an attribute (no `id`) or replaces an existing one's fields. */
export async function saveAttribute(db: DossierDb, input: AttributeInput, id?: string): Promise<{ attribute: Attribute; undo: () => Promise<void> }> {
  const attribute = buildAttribute(id ?? `attr-${crypto.randomUUID()}`, input);
  const before = await db.transaction('rw', db.attributes, async () => {
    const before = id ? await db.attributes.get(id) : undefined;
    if (id && !before) throw new RegistryInputError('not-found', 'The attribute no longer exists.');
    await db.attributes.put(attribute);
    return before;
  });
  return {
    attribute,
    undo: async () => {
      if (before) await db.attributes.put(before);
      else await db.attributes.delete(attribute.id);
    },
  };
}
