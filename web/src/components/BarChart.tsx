export interface Bar {
  key: string;
  /** Under the bar (short). */
  label: string;
  /** In the table screen readers read (full). */
  longLabel: string;
  value: number;
}

interface BarChartProps {
  id: string;
  title: string;
  /** One line saying what the chart shows in total, for everyone. */
  summary: string;
  /** The header of the table's first column ("Month", "State", "Week"). */
  category: string;
  /** The header of the table's value column ("Number"). */
  valueHeader: string;
  bars: readonly Bar[];
  /** Columns over time (months); rows for categories, whose names are longer. */
  layout?: 'columns' | 'rows';
}

const width = 360;
const height = 140;
const top = 18;
const labelBand = 20;
const rowHeight = 24;
const rowLabelWidth = 150;

function Columns({ bars }: { bars: readonly Bar[] }) {
  const highest = Math.max(1, ...bars.map((bar) => bar.value));
  const slot = width / Math.max(1, bars.length);
  const floor = height - labelBand;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false" className="bar-chart-drawing">
      {bars.map((bar, index) => {
        const barHeight = ((floor - top) * bar.value) / highest;
        const x = index * slot + slot * 0.15;
        const middle = x + slot * 0.35;
        return (
          <g key={bar.key}>
            <rect className="bar-chart-bar" x={x} y={floor - barHeight} width={slot * 0.7} height={barHeight} rx={2} />
            {bar.value > 0 && (
              <text className="bar-chart-value" x={middle} y={floor - barHeight - 4} textAnchor="middle">
                {bar.value}
              </text>
            )}
            <text className="bar-chart-label" x={middle} y={height - 5} textAnchor="middle">
              {bar.label}
            </text>
          </g>
        );
      })}
      <line className="bar-chart-axis" x1={0} x2={width} y1={floor - 0.5} y2={floor - 0.5} />
    </svg>
  );
}

function Rows({ bars }: { bars: readonly Bar[] }) {
  const highest = Math.max(1, ...bars.map((bar) => bar.value));
  const room = width - rowLabelWidth - 30;
  const total = bars.length * rowHeight;
  return (
    <svg viewBox={`0 0 ${width} ${total}`} aria-hidden="true" focusable="false" className="bar-chart-drawing">
      {bars.map((bar, index) => {
        const y = index * rowHeight;
        const length = (room * bar.value) / highest;
        return (
          <g key={bar.key}>
            <text className="bar-chart-label" x={rowLabelWidth - 6} y={y + rowHeight / 2 + 4} textAnchor="end">
              {bar.label}
            </text>
            <rect className="bar-chart-bar" x={rowLabelWidth} y={y + 4} width={length} height={rowHeight - 8} rx={2} />
            <text className="bar-chart-value" x={rowLabelWidth + length + 4} y={y + rowHeight / 2 + 4}>
              {bar.value}
            </text>
          </g>
        );
      })}
      <line className="bar-chart-axis" x1={rowLabelWidth - 0.5} x2={rowLabelWidth - 0.5} y1={0} y2={total} />
    </svg>
  );
}

/**
 * Bars with their values and labels. The drawing is decoration for assistive technology: the
 * same figures are in a table read by screen readers, and the summary is written out for everyone.
 */
export function BarChart({ id, title, summary, category, valueHeader, bars, layout = 'columns' }: BarChartProps) {
  return (
    <figure className="bar-chart" aria-labelledby={`${id}-title`}>
      <figcaption>
        <h3 id={`${id}-title`}>{title}</h3>
        <p className="field-hint">{summary}</p>
      </figcaption>
      {layout === 'columns' ? <Columns bars={bars} /> : <Rows bars={bars} />}
      <div className="visually-hidden">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{category}</th>
              <th scope="col">{valueHeader}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.key}>
                <th scope="row">{bar.longLabel}</th>
                <td>{bar.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
