/**
 * Draws a chart.js line chart over the figures of a table that is already on
 * the page. Only the chart.js parts a line chart needs are imported, and this
 * script is bundled only into pages that have a chart.
 */
import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartDataset, type Plugin } from 'chart.js';
import { DASHES, TARGET_STYLE, type LineChartData } from './chart-data';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip);

/** Writes the target's label just above the last point of its line, so the line is named where it is drawn. */
const targetLabel: Plugin<'line'> = {
  id: 'targetLabel',
  afterDatasetsDraw(chart) {
    const index = chart.data.datasets.findIndex((d) => (d as { isTarget?: boolean }).isTarget);
    const point = index === -1 ? undefined : chart.getDatasetMeta(index).data.at(-1);
    if (!point) return;
    const { ctx, chartArea } = chart;
    const text = chart.data.datasets[index]!.label ?? '';
    ctx.save();
    ctx.font = 'bold 14px "Helvetica Neue", Arial, sans-serif';
    ctx.fillStyle = TARGET_STYLE.colour;
    ctx.textAlign = 'right';
    // Below the line when it runs along the top of the chart, so the text stays inside it.
    const above = point.y - 18 > chartArea.top;
    ctx.textBaseline = above ? 'bottom' : 'top';
    ctx.fillText(text, chartArea.right - 4, above ? point.y - 4 : point.y + 4);
    ctx.restore();
  },
};

/** The target as a flat dataset: it shows in the legend with its own dash and has no points. */
function targetDataset(data: LineChartData): (ChartDataset<'line'> & { isTarget: true })[] {
  if (!data.target) return [];
  return [{
    label: data.target.label,
    data: data.labels.map(() => data.target!.value),
    borderColor: TARGET_STYLE.colour,
    backgroundColor: TARGET_STYLE.colour,
    borderDash: [...TARGET_STYLE.dash],
    borderWidth: TARGET_STYLE.width,
    pointRadius: 0,
    pointHoverRadius: 0,
    pointStyle: 'line',
    tension: 0,
    isTarget: true,
  }];
}

function draw(box: HTMLElement): void {
  const canvas = box.querySelector('canvas');
  const raw = box.dataset['chart'];
  if (!canvas || !raw) return;
  const data = JSON.parse(raw) as LineChartData;
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  box.hidden = false;
  new Chart(canvas, {
    type: 'line',
    data: {
      labels: data.labels,
      datasets: data.series.map((s) => ({
        label: s.label,
        data: s.values,
        borderColor: s.colour,
        backgroundColor: s.colour,
        borderDash: DASHES[s.style],
        borderWidth: 3,
        pointStyle: s.point,
        pointRadius: 4,
        pointHoverRadius: 6,
        spanGaps: false,
        tension: 0,
      } as ChartDataset<'line'>)).concat(targetDataset(data)),
    },
    plugins: [targetLabel],
    options: {
      animation: reduceMotion ? false : { duration: 400 },
      maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true, boxWidth: 8, boxHeight: 8, color: '#0b0c0c', font: { size: 14 } } },
        tooltip: { filter: (item) => !(item.dataset as { isTarget?: boolean }).isTarget, callbacks: { label: (ctx) => `${ctx.dataset.label ?? ''}: ${ctx.parsed.y === null ? 'no figure' : `${ctx.parsed.y}${data.unit}`}` } },
      },
      scales: {
        y: {
          min: 0,
          ...(data.yMax === undefined ? {} : { max: data.yMax }),
          title: { display: true, text: data.yLabel, color: '#0b0c0c' },
          ticks: { color: '#0b0c0c', callback: (v) => `${v}${data.tickUnit ?? data.unit}` },
          grid: { color: '#d9dadb' },
        },
        x: { ticks: { color: '#0b0c0c', autoSkip: true, autoSkipPadding: 12, maxRotation: 0 }, grid: { display: false } },
      },
    },
  });
}

document.querySelectorAll<HTMLElement>('[data-chart]').forEach(draw);
