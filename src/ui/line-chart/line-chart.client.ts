/**
 * Draws a chart.js line chart over the figures of a table that is already on
 * the page. Only the chart.js parts a line chart needs are imported, and this
 * script is bundled only into pages that have a chart.
 */
import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { DASHES, type LineChartData } from './chart-data';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip);

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
      })),
    },
    options: {
      animation: reduceMotion ? false : { duration: 400 },
      maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true, boxWidth: 8, boxHeight: 8, color: '#0b0c0c', font: { size: 14 } } },
        tooltip: { callbacks: { label: (ctx) => `${ctx.dataset.label ?? ''}: ${ctx.parsed.y === null ? 'no figure' : `${ctx.parsed.y}${data.unit}`}` } },
      },
      scales: {
        y: {
          min: 0,
          ...(data.yMax === undefined ? {} : { max: data.yMax }),
          title: { display: true, text: data.yLabel, color: '#0b0c0c' },
          ticks: { color: '#0b0c0c', callback: (v) => `${v}${data.unit}` },
          grid: { color: '#d9dadb' },
        },
        x: { ticks: { color: '#0b0c0c', autoSkip: true, maxRotation: 0 }, grid: { display: false } },
      },
    },
  });
}

document.querySelectorAll<HTMLElement>('[data-chart]').forEach(draw);
