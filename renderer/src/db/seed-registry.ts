/**
 * On first start the provider and attribute registries are filled with the
 * starter sets, so a researcher can mark claims before defining anything.
 * Only missing ids are added: edits the researcher made are never overwritten.
 */
import { STARTER_ATTRIBUTES } from '@shared/registry/attributes';
import { STARTER_PROVIDERS } from '@shared/registry/providers';
import type { DossierDb } from './database';

export async function seedRegistries(db: DossierDb): Promise<void> {
  await db.transaction('rw', db.providers, db.attributes, db.settings, async () => {
    const seeded = await db.settings.get('registrySeeded');
    if (seeded) return;
    const haveP = new Set(await db.providers.toCollection().primaryKeys());
    const haveA = new Set(await db.attributes.toCollection().primaryKeys());
    await db.providers.bulkPut(STARTER_PROVIDERS.filter((p) => !haveP.has(p.id)));
    await db.attributes.bulkPut(STARTER_ATTRIBUTES.filter((a) => !haveA.has(a.id)));
    await db.settings.put({ key: 'registrySeeded', value: true });
  });
}
