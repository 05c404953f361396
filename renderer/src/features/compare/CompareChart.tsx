/**
 * Charts of the view on screen: a bar chart of one numeric attribute across the
 * providers shown (in the table's row order), or a timeline of the dated claims
 * of one attribute. The SVG comes from shared/compare/chart, the same markup the
 * print page uses, labelled in the UI language.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localName, type Attribute, type Claim, type Lang, type Provider } from '@shared/domain';
import { barChartData, renderBarChartSvg, renderTimelineSvg, timelineData } from '@shared/compare/chart';
import type { Matrix } from '@shared/compare/matrix';

export type ChartChoice = { type: 'bar' | 'timeline'; attributeId: string };

export interface CompareChartProps {
  matrix: Matrix;
  claims: readonly Claim[];
  attributes: readonly Attribute[];
  providers: readonly Provider[];
  choice: ChartChoice;
  onChange: (choice: ChartChoice) => void;
  lang: Lang;
}

export function CompareChart({ matrix, claims, attributes, providers, choice, onChange, lang }: CompareChartProps) {
  const { t } = useTranslation('compare');
  const candidates = attributes.filter((a) => (choice.type === 'bar' ? a.valueType === 'quantity' : true));
  const attribute = attributes.find((a) => a.id === choice.attributeId);

  const { svg, skipped } = useMemo(() => {
    if (!attribute) return { svg: '', skipped: [] as string[] };
    const title = localName(attribute.name, lang);
    if (choice.type === 'bar') {
      // Bars follow the rows on screen (filters, hidden providers, sort), hidden columns or not.
      const data = barChartData({ ...matrix, columns: matrix.columns.some((a) => a.id === attribute.id) ? matrix.columns : [...matrix.columns, attribute] }, attribute.id, lang);
      return {
        svg: renderBarChartSvg(data, { width: 720, height: 240, title, lang, idPrefix: 'compare-bar' }),
        skipped: data.skipped.filter((s) => s.reason !== 'no-value').map((s) => s.label),
      };
    }
    const shown = new Set(matrix.rows.map((p) => p.id));
    const events = timelineData(
      claims.filter((c) => c.attributeId === attribute.id && c.providerIds.some((p) => shown.has(p))),
      attributes,
      providers,
      lang,
    );
    return { svg: renderTimelineSvg(events, { width: 720, height: 160, title, lang, idPrefix: 'compare-timeline' }), skipped: [] };
  }, [attribute, choice.type, matrix, claims, attributes, providers, lang]);

  return (
    <section className="card compare-chart" aria-label={t('chart.label')} data-testid="compare-chart">
      <div className="toolbar">
        <label>
          {t('chart.type')}{' '}
          <select value={choice.type} onChange={(e) => onChange({ ...choice, type: e.target.value as ChartChoice['type'] })} data-testid="chart-type">
            <option value="bar">{t('chart.bar')}</option>
            <option value="timeline">{t('chart.timeline')}</option>
          </select>
        </label>
        <label>
          {t('attribute')}{' '}
          <select value={choice.attributeId} onChange={(e) => onChange({ ...choice, attributeId: e.target.value })} data-testid="chart-attribute-select">
            <option value="">{t('chart.choose')}</option>
            {candidates.map((a) => (
              <option key={a.id} value={a.id}>
                {localName(a.name, lang)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {svg ? (
        // The shared renderers escape every text they draw (shared/compare/chart-svg.ts).
        <div className="chart-svg" dangerouslySetInnerHTML={{ __html: svg }} />
      ) : (
        <p className="muted">{t('chart.hint')}</p>
      )}
      {skipped.length > 0 && <p className="muted">{t('chart.skipped', { names: skipped.join(', ') })}</p>}
    </section>
  );
}
