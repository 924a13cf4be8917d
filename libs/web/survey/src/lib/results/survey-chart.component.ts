import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type ElementRef,
  computed,
  effect,
  inject,
  input,
  viewChild,
} from '@angular/core';
import type { UiLocale } from '@bina-pustaka/shared-util';
import type { Chart as ChartInstance } from 'chart.js';
import { formatNumber } from './results-format';

type ChartJs = typeof import('chart.js');

/** Dark enough on white for bars (over 7:1) and told apart from each other: the first group, the second. */
export const CHART_COLOURS = { a: '#0b5d57', b: '#1f4e79' } as const;
const TEXT = '#1d2a2c';
const GRID = '#d8d2c6';

let chartJs: Promise<ChartJs> | null = null;

/** A long option reads in full in the table; on the chart's axis it is cut so the bars keep room on a phone. */
const shortLabel = (label: string) => (label.length > 28 ? `${label.slice(0, 27).trimEnd()}…` : label);

/**
 * chart.js comes only with the first chart (its own lazy chunk, never in the page's), with
 * only what a bar chart needs registered: no legend, no tooltip (the table beside it has
 * every figure).
 */
export function loadChartJs(): Promise<ChartJs> {
  chartJs ??= import('chart.js').then((module) => {
    module.Chart.register(module.BarController, module.BarElement, module.CategoryScale, module.LinearScale);
    return module;
  });
  return chartJs;
}

/**
 * A one-series bar chart: horizontal for a question's choices, upright for the IKM by
 * period. It is a picture for the eye only (aria-hidden): every figure in it is in the table
 * the page puts beside it, which screen readers read. When the chart cannot be drawn (no
 * canvas), the table still says everything.
 */
@Component({
  selector: 'bp-survey-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div class="survey-chart" aria-hidden="true" [style.height.px]="height()"><canvas #canvas></canvas></div>`,
  styles: `
    .survey-chart {
      position: relative;
      width: 100%;
    }
  `,
})
export class SurveyChartComponent {
  readonly labels = input.required<string[]>();
  readonly values = input.required<(number | null)[]>();
  readonly language = input.required<UiLocale>();
  readonly orientation = input<'horizontal' | 'vertical'>('horizontal');
  readonly colour = input<string>(CHART_COLOURS.a);
  /** The value axis's top (100 for the IKM); counts let chart.js choose. */
  readonly max = input<number | undefined>(undefined);
  /** Decimals of the value axis's numbers (0 for counts). */
  readonly decimals = input(0);

  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private chart: ChartInstance | null = null;
  /** Which drawing is the newest: an older one finishing late draws nothing. */
  private drawing = 0;

  protected readonly height = computed(() =>
    this.orientation() === 'horizontal' ? Math.max(120, this.labels().length * 34 + 40) : 220,
  );

  constructor() {
    effect(() => {
      void this.draw(this.labels(), this.values(), this.language());
    });
    inject(DestroyRef).onDestroy(() => {
      this.drawing++;
      this.chart?.destroy();
    });
  }

  private async draw(labels: string[], values: (number | null)[], language: UiLocale): Promise<void> {
    const turn = ++this.drawing;
    let module: ChartJs;
    try {
      module = await loadChartJs();
    } catch {
      return; // offline before the chunk came: the table has the figures
    }
    if (turn !== this.drawing) return;
    this.chart?.destroy();
    const horizontal = this.orientation() === 'horizontal';
    const decimals = this.decimals();
    const valueAxis = {
      beginAtZero: true,
      max: this.max(),
      grid: { color: GRID },
      ticks: {
        color: TEXT,
        precision: decimals,
        callback: (value: string | number) => formatNumber(Number(value), language, decimals),
      },
    };
    const categoryAxis = { grid: { display: false }, ticks: { color: TEXT, autoSkip: false } };
    const canvas = this.canvas().nativeElement;
    try {
      this.chart = new module.Chart(canvas, {
        type: 'bar',
        data: {
          labels: labels.map(shortLabel),
          datasets: [{ data: values, backgroundColor: this.colour(), maxBarThickness: 28 }],
        },
        options: {
          indexAxis: horizontal ? 'y' : 'x',
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          plugins: { legend: { display: false }, tooltip: { enabled: false } },
          scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
        },
      });
    } catch {
      // No canvas to draw on: the table stays the way to read it. A chart that failed while
      // starting is still registered on the canvas; let it go.
      module.Chart.getChart(canvas)?.destroy();
      this.chart = null;
    }
  }
}
