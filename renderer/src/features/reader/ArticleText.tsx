/**
 * The article body as plain text spans (never HTML): claim highlights as
 * <mark>, coloured by status or by the claim's first tag, and provider
 * mentions underlined. Clicking a highlight reports its claims.
 */
import { memo, useMemo, type CSSProperties, type ReactNode, type Ref } from 'react';
import type { Claim, Tag } from '@shared/domain';
import { toRuns } from './segments';

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

/** Plain text of [start, end) with provider mentions inside it as underlined spans. */
function withMentions(text: string, start: number, end: number, mentions: MentionSpan[], from: number): ReactNode[] {
  const out: ReactNode[] = [];
  let at = start;
  for (let i = from; i < mentions.length && mentions[i]!.start < end; i++) {
    const m = mentions[i]!;
    const s = Math.max(m.start, start);
    const e = Math.min(m.end, end);
    if (e <= s) continue;
    if (s > at) out.push(text.slice(at, s));
    out.push(
      <span key={s} className="mention" title={m.label} data-testid="provider-mention">
        {text.slice(s, e)}
      </span>,
    );
    at = e;
  }
  if (at < end) out.push(text.slice(at, end));
  return out;
}

/** Index of the first mention ending after `pos` (mentions are sorted and never overlap). */
function firstMentionAfter(mentions: MentionSpan[], pos: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const ArticleText = memo(function ArticleText(p: ArticleTextProps) {
  const claimById = useMemo(() => new Map(p.placed.map((x) => [x.claim.id, x.claim])), [p.placed]);
  const runs = useMemo(() => toRuns(p.text.length, p.placed.map((x) => ({ id: x.claim.id, start: x.start, end: x.end }))), [p.text, p.placed]);

  return (
    <div ref={p.textRef} className="reader-text" data-testid="article-text" onMouseUp={p.onSelectionChange} onKeyUp={p.onSelectionChange}>
      {runs.map((r) => {
        const content = withMentions(p.text, r.start, r.end, p.mentions, firstMentionAfter(p.mentions, r.start));
        if (!r.ids.length) return <span key={r.start}>{content}</span>;
        const first = claimById.get(r.ids[0]!)!;
        const tag = p.highlightBy === 'tag' ? first.tagIds.map((id) => p.tags.get(id)).find(Boolean) : undefined;
        const colour = p.highlightBy === 'tag' ? (tag ? ' hl-tag' : ' hl-unverified') : ` hl-${first.status}`;
        const active = p.activeClaimId && r.ids.includes(p.activeClaimId) ? ' hl-active' : '';
        const flash = p.flashClaimId && r.ids.includes(p.flashClaimId) ? ' hl-flash' : '';
        const style = tag ? ({ '--tag': tag.color } as CSSProperties) : undefined;
        return (
          <mark
            key={r.start}
            className={`hl${colour}${active}${flash}`}
            style={style}
            data-claims={r.ids.join(' ')}
            tabIndex={-1}
            title={r.ids.map((id) => p.describe(claimById.get(id)!)).join('\n')}
            onClick={() => {
              if (window.getSelection()?.isCollapsed !== false) p.onClaimClick(r.ids);
            }}
          >
            {content}
          </mark>
        );
      })}
    </div>
  );
});
