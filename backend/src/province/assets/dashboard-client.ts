import {
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

/**
 * The dashboard's only script, bundled with Chart.js by esbuild and served from this backend (CSP: script-src
 * 'self'). It draws the progress chart from the page's JSON block and wires the print buttons; everything else
 * works without it.
 */
Chart.register(
  LineController,
  LineElement,
  PointElement,
  LinearScale,
  CategoryScale,
  Legend,
  Tooltip,
  Filler,
);

interface ProgressData {
  days: { day: string; peopleTotal: number; peopleComplete: number; certifiedOrgs: number }[];
  labels: { total: string; complete: string; certified: string };
}

function drawProgress(): void {
  const canvas = document.getElementById('progress-chart');
  const block = document.getElementById('progress-data');
  if (!(canvas instanceof HTMLCanvasElement) || !block?.textContent) return;
  const data = JSON.parse(block.textContent) as ProgressData;
  const font = { family: 'Sarabun, sans-serif' };
  new Chart(canvas, {
    type: 'line',
    data: {
      labels: data.days.map((d) => d.day),
      datasets: [
        {
          label: data.labels.total,
          data: data.days.map((d) => d.peopleTotal),
          borderColor: '#1f5fa8',
          yAxisID: 'people',
        },
        {
          label: data.labels.complete,
          data: data.days.map((d) => d.peopleComplete),
          borderColor: '#067647',
          yAxisID: 'people',
        },
        {
          label: data.labels.certified,
          data: data.days.map((d) => d.certifiedOrgs),
          borderColor: '#b54708',
          yAxisID: 'orgs',
        },
      ],
    },
    options: {
      animation: false,
      responsive: true,
      plugins: { legend: { labels: { font } } },
      scales: {
        x: { ticks: { font } },
        people: { type: 'linear', position: 'left', beginAtZero: true, ticks: { font } },
        orgs: {
          type: 'linear',
          position: 'right',
          beginAtZero: true,
          grid: { drawOnChartArea: false },
          ticks: { font },
        },
      },
    },
  });
  canvas.dataset.drawn = 'true';
}

document.addEventListener('DOMContentLoaded', () => {
  drawProgress();
  for (const button of document.querySelectorAll('[data-print]'))
    button.addEventListener('click', () => window.print());
});
