/**
 * Draws a chart.js line chart over the figures of a table that is already on
 * the page. Only the chart.js parts a line chart needs are imported, and this
 * script is bundled only into pages that have a chart. A canvas keeps the
 * colours it was drawn in, so in forced-colours mode (Windows High Contrast)
 * the chart is drawn in the system colours, and again whenever the mode changes.
 */
import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartDataset, type Plugin } from 'chart.js';
import { chartColours, DASHES, TARGET_STYLE, type ChartColours, type LineChartData } from './chart-data';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip);

const forcedColours = window.matchMedia('(forced-colors: active)');

/** What the page's styles make of a system colour's name (`CanvasText`), as a colour the canvas can use. */
function resolveColour(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

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
    ctx.fillStyle = String(chart.data.datasets[index]!.borderColor ?? TARGET_STYLE.colour);
    ctx.textAlign = 'right';
    // Below the line when it runs along the top of the chart, so the text stays inside it.
    const above = point.y - 18 > chartArea.top;
    ctx.textBaseline = above ? 'bottom' : 'top';
    ctx.fillText(text, chartArea.right - 4, above ? point.y - 4 : point.y + 4);
    ctx.restore();
  },
};

/** The target as a flat dataset: it shows in the legend with its own dash and has no points. */
function targetDataset(data: LineChartData, colour: string): (ChartDataset<'line'> & { isTarget: true })[] {
  if (!data.target) return [];
  return [{
    label: data.target.label,
    data: data.labels.map(() => data.target!.value),
    borderColor: colour,
    backgroundColor: colour,
    borderDash: [...TARGET_STYLE.dash],
    borderWidth: TARGET_STYLE.width,
    pointRadius: 0,
    pointHoverRadius: 0,
    pointStyle: 'line',
    tension: 0,
    isTarget: true,
  }];
}

/** Puts the colours on a drawn chart: every dataset, the legend, the axes and the grid. */
function paint(chart: Chart<'line'>, colours: ChartColours): void {
  // Written on the canvas too, so a test (or anyone curious) can see which colours were used.
  chart.canvas.dataset['textColour'] = colours.text;
  chart.data.datasets.forEach((d, i) => {
    const colour = (d as { isTarget?: boolean }).isTarget ? colours.target : (colours.series[i] ?? colours.text);
    d.borderColor = colour;
    d.backgroundColor = colour;
  });
  const o = chart.options;
  if (o.plugins?.legend?.labels) o.plugins.legend.labels.color = colours.text;
  for (const axis of [o.scales?.['x'], o.scales?.['y']]) {
    if (!axis) continue;
    if (axis.ticks) axis.ticks.color = colours.text;
    if ('title' in axis && axis.title) axis.title.color = colours.text;
    if (axis.grid) axis.grid.color = colours.grid;
  }
}

function draw(box: HTMLElement): void {
  const canvas = box.querySelector('canvas');
  const raw = box.dataset['chart'];
  if (!canvas || !raw) return;
  const data = JSON.parse(raw) as LineChartData;
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  box.hidden = false;
  const colours = chartColours(data, forcedColours.matches, resolveColour);
  const chart = new Chart(canvas, {
    type: 'line',
    data: {
      labels: data.labels,
      datasets: data.series.map((s, i) => ({
        label: s.label,
        data: s.values,
        borderColor: colours.series[i],
        backgroundColor: colours.series[i],
        borderDash: DASHES[s.style],
        borderWidth: 3,
        pointStyle: s.point,
        pointRadius: 4,
        pointHoverRadius: 6,
        spanGaps: false,
        tension: 0,
      } as ChartDataset<'line'>)).concat(targetDataset(data, colours.target)),
    },
    plugins: [targetLabel],
    options: {
      animation: reduceMotion ? false : { duration: 400 },
      maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true, boxWidth: 8, boxHeight: 8, color: colours.text, font: { size: 14 } } },
        tooltip: { filter: (item) => !(item.dataset as { isTarget?: boolean }).isTarget, callbacks: { label: (ctx) => `${ctx.dataset.label ?? ''}: ${ctx.parsed.y === null ? 'no figure' : `${ctx.parsed.y}${data.unit}`}` } },
      },
      scales: {
        y: {
          min: 0,
          ...(data.yMax === undefined ? {} : { max: data.yMax }),
          title: { display: true, text: data.yLabel, color: colours.text },
          ticks: { color: colours.text, callback: (v) => `${v}${data.tickUnit ?? data.unit}` },
          grid: { color: colours.grid },
        },
        x: { ticks: { color: colours.text, autoSkip: true, autoSkipPadding: 12, maxRotation: 0 }, grid: { display: false } },
      },
    },
  });
  chart.canvas.dataset['textColour'] = colours.text;
  forcedColours.addEventListener('change', () => {
    paint(chart, chartColours(data, forcedColours.matches, resolveColour));
    chart.update('none');
  });
}

document.querySelectorAll<HTMLElement>('[data-chart]').forEach(draw);
