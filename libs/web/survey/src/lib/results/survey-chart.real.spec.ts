import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { SurveyChartComponent, loadChartJs } from './survey-chart.component';
import { settle } from './testing';

/**
 * The real chart.js with the component's own options: the few parts it registers are all
 * a horizontal and an upright bar chart need (chart.js throws on a missing one). jsdom has
 * no canvas drawing, so the canvas gets a context that does nothing, and no ResizeObserver
 * (a responsive chart's), which the first case lends it.
 */
function inertContext(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const state: Record<string | symbol, unknown> = {};
  return new Proxy(state, {
    get: (target, name) => {
      if (name in target) return target[name];
      if (name === 'canvas') return canvas;
      if (name === 'measureText') return () => ({ width: 8 });
      return () => undefined;
    },
    set: (target, name, value) => {
      target[name] = value;
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
}

@Component({
  imports: [SurveyChartComponent],
  template: `
    <bp-survey-chart [labels]="['Ya', 'Tidak']" [values]="[12, 3]" language="id" />
    <bp-survey-chart
      [labels]="['Oktober 2026', 'November 2026']"
      [values]="[84.38, null]"
      language="id"
      orientation="vertical"
      [max]="100"
    />
  `,
})
class HostComponent {}

async function drawnCharts() {
  const fixture = TestBed.createComponent(HostComponent);
  await settle(fixture);
  await settle(fixture);
  const { Chart } = await loadChartJs();
  const canvases = Array.from(fixture.nativeElement.querySelectorAll('canvas')) as HTMLCanvasElement[];
  expect(canvases).toHaveLength(2);
  return { fixture, charts: () => canvases.map((canvas) => Chart.getChart(canvas)) };
}

describe('SurveyChartComponent with the real chart.js', () => {
  beforeEach(() => {
    jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (this: HTMLCanvasElement) {
      return inertContext(this);
    } as never);
  });

  afterEach(() => {
    jest.restoreAllMocks();
    delete (globalThis as { ResizeObserver?: unknown }).ResizeObserver;
  });

  it('draws both charts without an error, and lets them go with the page', async () => {
    // Sizes never change here: an observer that watches nothing will do.
    (globalThis as { ResizeObserver?: unknown }).ResizeObserver = class {
      observe = jest.fn();
      unobserve = jest.fn();
      disconnect = jest.fn();
    };
    const errors = jest.spyOn(console, 'error');
    const { fixture, charts } = await drawnCharts();
    expect(charts().map((chart) => chart?.options.indexAxis)).toEqual(['y', 'x']);
    expect(errors).not.toHaveBeenCalled();
    fixture.destroy();
    expect(charts()).toEqual([undefined, undefined]);
  });

  it('leaves no half-made chart when one cannot be drawn (the table has the figures)', async () => {
    const { charts } = await drawnCharts();
    expect(charts()).toEqual([undefined, undefined]);
  });
});
