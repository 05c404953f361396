/**
 * The article body as plain text spans (never HTML): claim highlights as
 * <mark>, coloured by status or by the claim's first tag, and provider
 * mentions underlined. Clicking a highlight reports its claims.
 */
import { memo, useMemo, type CSSProperties, type Ref } from 'react';
import type { Claim, Tag } from '@shared/domain';
import { toRuns, type Highlight } from './segments';

export interface MentionSpan {
  start: number;
  end: number;
  /** Shown on hover: the provider's name. */
  label: string;
}

export interface ArticleTextProps {
  text: string;
  placed: Array<{ claim: Claim; start: number; end: number }>;
  mentions: MentionSpan[];
  highlightBy: 'status' | 'tag';
  tags: ReadonlyMap<string, Tag>;
  activeClaimId?: string;
  flashClaimId?: string;
  describe: (claim: Claim) => string;
  onClaimClick: (claimIds: string[]) => void;
  textRef: Ref<HTMLDivElement>;
  onSelectionChange: () => void;
}

const MENTION = 'm:';

export const ArticleText = memo(function ArticleText(p: ArticleTextProps) {
  const claimById = useMemo(() => new Map(p.placed.map((x) => [x.claim.id, x.claim])), [p.placed]);
  const runs = useMemo(() => {
    const hs: Highlight[] = p.placed.map((x) => ({ id: x.claim.id, start: x.start, end: x.end }));
    p.mentions.forEach((m, i) => hs.push({ id: `${MENTION}${i}`, start: m.start, end: m.end }));
    return toRuns(p.text.length, hs);
  }, [p.text, p.placed, p.mentions]);

  return (
    <div ref={p.textRef} className="reader-text" data-testid="article-text" onMouseUp={p.onSelectionChange} onKeyUp={p.onSelectionChange}>
      {runs.map((r) => {
        const s = p.text.slice(r.start, r.end);
        const claimIds = r.ids.filter((id) => !id.startsWith(MENTION));
        const mentionId = r.ids.find((id) => id.startsWith(MENTION));
        const mention = mentionId ? p.mentions[Number(mentionId.slice(MENTION.length))] : undefined;
        const mentionClass = mention ? ' mention' : '';
        if (!claimIds.length) {
          return mention ? (
            <span key={r.start} className="mention" title={mention.label} data-testid="provider-mention">
              {s}
            </span>
          ) : (
            <span key={r.start}>{s}</span>
          );
        }
        const first = claimById.get(claimIds[0]!)!;
        const tag = p.highlightBy === 'tag' ? first.tagIds.map((id) => p.tags.get(id)).find(Boolean) : undefined;
        const colour = p.highlightBy === 'tag' ? (tag ? ' hl-tag' : ' hl-unverified') : ` hl-${first.status}`;
        const active = p.activeClaimId && claimIds.includes(p.activeClaimId) ? ' hl-active' : '';
        const flash = p.flashClaimId && claimIds.includes(p.flashClaimId) ? ' hl-flash' : '';
        const style = tag ? ({ '--tag': tag.color } as CSSProperties) : undefined;
        return (
          <mark
            key={r.start}
            className={`hl${colour}${active}${flash}${mentionClass}`}
            style={style}
            data-claims={claimIds.join(' ')}
            tabIndex={-1}
            title={[...claimIds.map((id) => p.describe(claimById.get(id)!)), mention?.label].filter(Boolean).join('\n')}
            onClick={() => {
              if (window.getSelection()?.isCollapsed !== false) p.onClaimClick(claimIds);
            }}
          >
            {s}
          </mark>
        );
      })}
    </div>
  );
});
