/**
 * A briefing laid out as a printed document: cover, contents, summary, numbered
 * sections, numbered notes and sources. Pure rendering from the briefing and
 * the library records; the print page (and the in-app preview through it) wraps
 * it with loading and the ready signal.
 *
 * Markup safety: text sections go through `renderMarkdownHtml` and charts
 * through the shared SVG renderers; both escape every piece of input by
 * contract, which is the only reason `dangerouslySetInnerHTML` is used here.
 * Everything else is React text.
 */
import { useMemo, type ReactNode } from 'react';
import { localName, type Briefing, type BriefingSection, type Claim, type Lang } from '@shared/domain';
import { collectCitations, type Citations, type Note, type Source } from '@shared/briefing/citations';
import { BRIEFING_LABELS } from '@shared/briefing/labels';
import { renderMarkdownHtml, safeUrl } from '@shared/briefing/markdown-render';
import { briefingOutline, sectionAnchor, sectionTitle } from '@shared/briefing/outline';
import { renderSectionChartSvg, sectionChart, sectionMatrix, type BriefingContext } from '@shared/briefing/sections';
import { axisLabel, cellText } from '@shared/compare/csv';
import { COMPARE_LABELS } from '@shared/compare/labels';
import { dropEmptyLines, layoutMatrix } from '@shared/compare/matrix';
import { formatAsOf, formatValue } from '@shared/format/value';
import { PRINT_FONT } from './page-css';

/** Width of charts in CSS pixels: about the text width of an A4 page with 16 mm side margins. */
const CHART_WIDTH = 640;

export interface BriefingDocumentProps {
  briefing: Briefing;
  ctx: BriefingContext;
  lang: Lang;
}

/** The whole document. Headings are real h1/h2/h3 so Chromium builds PDF bookmarks from them. */
export function BriefingDocument({ briefing, ctx, lang }: BriefingDocumentProps) {
  const labels = BRIEFING_LABELS[lang];
  const citations = useMemo(() => collectCitations(briefing, ctx), [briefing, ctx]);
  const outline = briefingOutline(briefing, lang, citations.notes.length > 0);
  const title = briefing.title.trim() || '—';
  const meta: [string, string][] = (
    [
      [labels.author, briefing.author],
      [labels.organisation, briefing.organisation],
      [labels.date, briefing.date],
    ] as [string, string][]
  ).filter(([, v]) => v.trim());

  return (
    <article className="print-doc" lang={lang}>
      <section className="sheet cover" data-testid="print-cover">
        <div className="cover-body">
          <h1 className="cover-title">{title}</h1>
          {briefing.subtitle.trim() && <p className="cover-subtitle">{briefing.subtitle}</p>}
          {meta.length > 0 && (
            <dl className="cover-meta">
              {meta.map(([k, v]) => (
                <div key={k}>
                  <dt>{k}</dt>
                  <dd>{v}</dd>
                </div>
              ))}
            </dl>
          )}
        </div>
      </section>

      <section className="sheet toc" aria-labelledby="toc" data-testid="print-toc">
        <h2 id="toc">{labels.contents}</h2>
        <ol>
          {outline.map((e) => (
            <li key={e.id}>
              <a href={`#${e.anchor}`}>
                {e.label && <span className="toc-num">{e.label}</span>}
                <span className="toc-title">{e.title}</span>
              </a>
            </li>
          ))}
        </ol>
      </section>

      <div className="sheet flow">
        {briefing.summary.trim() && (
          <section className="summary" aria-labelledby="summary">
            <h2 id="summary">{labels.summary}</h2>
            {briefing.summary
              .trim()
              .split(/\n\s*\n/)
              .map((p, i) => (
                <p key={i}>{p}</p>
              ))}
          </section>
        )}
        {briefing.sections.map((section, i) => (
          <section key={section.id} className={`doc-section kind-${section.kind}`} aria-labelledby={sectionAnchor(section.id)} data-testid={`print-section-${section.kind}`}>
            <h2 id={sectionAnchor(section.id)}>
              {i + 1}. {sectionTitle(section, lang)}
            </h2>
            <SectionBody section={section} ctx={ctx} lang={lang} citations={citations} />
          </section>
        ))}
      </div>

      {citations.notes.length > 0 && (
        <div className="sheet flow back-matter">
          <section className="notes" aria-labelledby="notes" data-testid="print-notes">
            <h2 id="notes">{labels.notes}</h2>
            <ol>
              {citations.notes.map((n) => (
                <NoteItem key={n.number} note={n} lang={lang} />
              ))}
            </ol>
          </section>
          <section className="sources" aria-labelledby="sources" data-testid="print-sources">
            <h2 id="sources">{labels.sources}</h2>
            <ol>
              {citations.sources.map((s) => (
                <SourceItem key={s.number} source={s} />
              ))}
            </ol>
          </section>
        </div>
      )}
    </article>
  );
}

function NoteRef({ citations, claimId, lang }: { citations: Citations; claimId: string; lang: Lang }) {
  const n = citations.noteNumber.get(claimId);
  if (n === undefined) return null;
  return (
    <sup className="note-ref">
      <a href={`#note-${n}`} aria-label={`${BRIEFING_LABELS[lang].notes} ${n}`}>
        {n}
      </a>
    </sup>
  );
}

function SectionBody({ section, ctx, lang, citations }: { section: BriefingSection; ctx: BriefingContext; lang: Lang; citations: Citations }) {
  switch (section.kind) {
    case 'text':
      // renderMarkdownHtml escapes all input and emits only a fixed set of attribute-free tags.
      return <div className="md" dangerouslySetInnerHTML={{ __html: renderMarkdownHtml(section.markdown, { headingOffset: 2 }) }} />;
    case 'claims':
      return <ClaimsList claimIds={section.claimIds} ctx={ctx} lang={lang} citations={citations} />;
    case 'compare':
      return <CompareTable section={section} ctx={ctx} lang={lang} citations={citations} />;
    case 'chart':
      return <Chart section={section} ctx={ctx} lang={lang} citations={citations} />;
  }
}

function ClaimsList({ claimIds, ctx, lang, citations }: { claimIds: string[]; ctx: BriefingContext; lang: Lang; citations: Citations }) {
  const labels = BRIEFING_LABELS[lang];
  const byId = useMemo(() => new Map<string, Claim>(ctx.claims.map((c) => [c.id, c])), [ctx.claims]);
  if (claimIds.length === 0) return <p className="muted">{labels.noClaims}</p>;
  return (
    <ul className="claims">
      {claimIds.map((id, i) => {
        const claim = byId.get(id);
        if (!claim) return <li key={`${id}-${i}`} className="muted">{labels.missingClaim}</li>;
        return (
          <li key={`${id}-${i}`} data-testid="print-claim">
            <ClaimLine claim={claim} ctx={ctx} lang={lang} />
            <NoteRef citations={citations} claimId={id} lang={lang} />
          </li>
        );
      })}
    </ul>
  );
}

function ClaimLine({ claim, ctx, lang }: { claim: Claim; ctx: BriefingContext; lang: Lang }) {
  const cl = COMPARE_LABELS[lang];
  const providers = claim.providerIds.map((id) => {
    const p = ctx.providers.find((x) => x.id === id);
    return p ? localName(p.name, lang) : id;
  });
  const attribute = ctx.attributes.find((a) => a.id === claim.attributeId);
  const asOf = formatAsOf(claim.asOf, lang);
  const flagged = claim.status === 'disputed' || claim.status === 'outdated';
  const statement = claim.statement.trim();
  return (
    <>
      <strong>{providers.join(', ')}</strong> · {attribute ? localName(attribute.name, lang) : claim.attributeId}: <span className="value">{formatValue(claim.value, lang)}</span>
      {asOf && <span className="as-of"> ({cl.asOfPhrase(asOf)})</span>}
      {flagged && <span className={`status status-${claim.status}`}> [{cl.status[claim.status]}]</span>}
      {statement && <span className="statement"> — {statement}</span>}
    </>
  );
}

function CompareTable({ section, ctx, lang, citations }: { section: Extract<BriefingSection, { kind: 'compare' }>; ctx: BriefingContext; lang: Lang; citations: Citations }) {
  const cl = COMPARE_LABELS[lang];
  const layout = useMemo(() => {
    const matrix = sectionMatrix(section, ctx);
    // "None ticked" means all providers and attributes with claims: empty lines cite nothing,
    // so dropping them changes no note number.
    const open = section.view.providerIds.length === 0 || section.view.attributeIds.length === 0;
    return layoutMatrix(open ? dropEmptyLines(matrix) : matrix);
  }, [section, ctx]);
  if (layout.rows.length === 0 || layout.columns.length === 0) return <p className="muted">{cl.noData}</p>;
  const corner = section.view.transposed ? cl.attribute : cl.provider;
  // Wide comparisons get a smaller type size rather than columns squeezed to a character.
  const density = layout.columns.length > 6 ? 'dense' : layout.columns.length > 3 ? 'medium' : '';
  return (
    <table className={density ? `compare ${density}` : 'compare'} data-testid="print-compare">
      <thead>
        <tr>
          <th scope="col">{corner}</th>
          {layout.columns.map((c) => (
            <th key={c.id} scope="col">
              {axisLabel(c, lang)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {layout.rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{axisLabel(row, lang)}</th>
            {layout.columns.map((col) => {
              const cell = layout.cell(row, col);
              return (
                <td key={col.id} className={cell.conflict ? 'conflict' : undefined}>
                  {cell.current ? (
                    <>
                      {cellText(cell, lang)}
                      <NoteRef citations={citations} claimId={cell.current.id} lang={lang} />
                    </>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Chart({ section, ctx, lang, citations }: { section: Extract<BriefingSection, { kind: 'chart' }>; ctx: BriefingContext; lang: Lang; citations: Citations }) {
  const cl = COMPARE_LABELS[lang];
  const chart = useMemo(() => sectionChart(section, ctx, lang), [section, ctx, lang]);
  const name = chart.type === 'bar' ? chart.data.attributeName : chart.attributeName;
  const svg = useMemo(
    () => renderSectionChartSvg(chart, { width: CHART_WIDTH, height: 200, title: name, lang, idPrefix: `chart-${section.id.replace(/[^A-Za-z0-9_-]/g, '_')}`, fontFamily: PRINT_FONT }),
    [chart, name, lang, section.id],
  );
  let items: { key: string; claimId: string; text: ReactNode }[];
  if (chart.type === 'bar') {
    items = chart.data.bars.map((b) => ({
      key: b.providerId,
      claimId: b.claimId,
      text: `${b.label}: ${b.formatted}${b.asOfText ? ` (${cl.asOfPhrase(b.asOfText)})` : ''}${b.conflict ? ` [${cl.conflict}]` : ''}`,
    }));
  } else {
    items = chart.events.map((e) => ({ key: `${e.claimId}-${e.source}`, claimId: e.claimId, text: `${e.date} — ${e.label}: ${e.detail}` }));
  }
  return (
    <figure className="chart" data-testid="print-chart">
      {/* The shared SVG renderers escape every text they draw (see shared/compare/chart-svg.ts). */}
      <div className="chart-svg" dangerouslySetInnerHTML={{ __html: svg }} />
      {items.length > 0 && (
        <figcaption>
          <ul className="chart-data">
            {items.map((it) => (
              <li key={it.key}>
                {it.text}
                <NoteRef citations={citations} claimId={it.claimId} lang={lang} />
              </li>
            ))}
          </ul>
        </figcaption>
      )}
    </figure>
  );
}

function NoteItem({ note, lang }: { note: Note; lang: Lang }) {
  const labels = BRIEFING_LABELS[lang];
  const url = safeUrl(note.url);
  const parts = [note.outlet, note.author, note.date].filter((p) => p.trim());
  if (note.page !== undefined) parts.push(labels.page(note.page));
  return (
    <li id={`note-${note.number}`} value={note.number} data-testid="print-note">
      <q className="quote">{note.quote.trim()}</q>
      {note.articleTitle.trim() && <cite> {note.articleTitle}</cite>}
      {parts.length > 0 && <span> — {parts.join(', ')}</span>}
      {url ? (
        <>
          {' '}
          <a className="url" href={url} rel="noreferrer" target="_blank">
            {url}
          </a>
        </>
      ) : (
        note.url.trim() && <span className="url"> {note.url}</span>
      )}
    </li>
  );
}

function SourceItem({ source }: { source: Source }) {
  const url = safeUrl(source.url);
  const parts = [source.author, source.date].filter((p) => p.trim());
  return (
    <li value={source.number} data-testid="print-source">
      {source.outlet.trim() && <span>{source.outlet}, </span>}
      <cite>{source.title.trim() || '—'}</cite>
      {parts.length > 0 && <span>, {parts.join(', ')}</span>}.
      {url ? (
        <>
          {' '}
          <a className="url" href={url} rel="noreferrer" target="_blank">
            {url}
          </a>
        </>
      ) : (
        source.url.trim() && <span className="url"> {source.url}</span>
      )}
    </li>
  );
}
