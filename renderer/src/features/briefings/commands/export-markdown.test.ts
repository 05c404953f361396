import { beforeEach, describe, expect, it } from 'vitest';
import { strFromU8 } from 'fflate';
import { sampleBriefing, sampleContext } from '@shared/briefing/fixtures';
import { DossierDb } from '../../../db/database';
import { createMemoryPlatform } from '../../../platform/memory';
import { briefingFileName, exportBriefingMarkdown } from './export-markdown';

let db: DossierDb;
beforeEach(async () => {
  db = new DossierDb(`export-markdown-${Math.random()}`);
  const ctx = sampleContext();
  await db.transaction('rw', [db.articles, db.claims, db.providers, db.attributes, db.briefings], async () => {
    await db.articles.bulkPut([...ctx.articles]);
    await db.claims.bulkPut([...ctx.claims]);
    await db.providers.bulkPut([...ctx.providers]);
    await db.attributes.bulkPut([...ctx.attributes]);
    await db.briefings.put(sampleBriefing());
  });
});

describe('exportBriefingMarkdown', () => {
  it('saves the briefing as Markdown with footnoted quotes under a name from its title', async () => {
    const platform = createMemoryPlatform();
    const saved = await exportBriefingMarkdown(db, platform, 'b1', 'ko');
    expect(saved?.name).toBe('공공 클라우드 동향 2024.md');
    const md = strFromU8(platform.saved[0]!.data);
    expect(md.startsWith('# 공공 클라우드 \\<동향\\> \\| 2024\n')).toBe(true);
    expect(md).toContain('[^1]: "네이버클라우드의 지난해 매출은 1조4600억원으로 집계됐다"');
    expect(md).toContain('## 출처');
    expect(platform.saved[0]!.filters[0]!.extensions).toEqual(['md']);
  });

  it('refuses a briefing that does not exist', async () => {
    await expect(exportBriefingMarkdown(db, createMemoryPlatform(), 'nope', 'en')).rejects.toThrow(/does not exist/);
  });
});

describe('briefingFileName', () => {
  it('replaces characters file systems refuse and falls back when nothing is left', () => {
    expect(briefingFileName('a/b:c*?"<>|d', 'pdf', 'x')).toBe('a b c d.pdf');
    expect(briefingFileName('  ..  ', 'md', '브리핑')).toBe('브리핑.md');
    expect(briefingFileName('가'.repeat(300), 'md', 'x')).toHaveLength(123);
  });
});
