import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { ChartConfiguration } from 'chart.js';
import { SurveyChartComponent } from './survey-chart.component';
import { settle } from './testing';

/** What the chart was asked to draw, in place of chart.js (loaded by the component's dynamic import). */
const drawn: { config: ChartConfiguration<'bar'>; destroy: jest.Mock }[] = [];
const register = jest.fn();

jest.mock('chart.js', () => {
  class Chart {
    static register = (...parts: unknown[]) => register(...parts);
    destroy = jest.fn();
    constructor(_canvas: HTMLCanvasElement, config: ChartConfiguration<'bar'>) {
      drawn.push({ config, destroy: this.destroy });
    }
  }
  return {
    Chart,
    BarController: 'BarController',
    BarElement: 'BarElement',
    CategoryScale: 'CategoryScale',
    LinearScale: 'LinearScale',
    LineController: 'LineController',
    Legend: 'Legend',
    Tooltip: 'Tooltip',
  };
});

@Component({
  imports: [SurveyChartComponent],
  template: `@if (shown()) {
    <bp-survey-chart [labels]="labels()" [values]="values()" language="id" />
  }`,
})
class HostComponent {
  readonly shown = signal(true);
  readonly labels = signal(['Ya', 'Tidak, karena jadwal kerja yang bertabrakan dengan pelatihan']);
  readonly values = signal<(number | null)[]>([1250, 3]);
}

describe('SurveyChartComponent', () => {
  it('loads chart.js on first use with only the bar parts, and draws one series without a legend', async () => {
    const fixture = TestBed.createComponent(HostComponent);
    await settle(fixture);

    expect(register).toHaveBeenCalledTimes(1);
    expect(register).toHaveBeenCalledWith('BarController', 'BarElement', 'CategoryScale', 'LinearScale');
    expect(drawn).toHaveLength(1);
    const { config } = drawn[0];
    expect(config.type).toBe('bar');
    expect(config.options?.indexAxis).toBe('y');
    expect(config.options?.plugins?.legend?.display).toBe(false);
    expect(config.data.datasets).toHaveLength(1);
    expect(config.data.datasets[0].data).toEqual([1250, 3]);
    // A long option is cut on the axis; the table beside the chart has it whole.
    expect(config.data.labels).toEqual(['Ya', 'Tidak, karena jadwal kerja…']);
    const ticks = config.options?.scales?.['x']?.ticks as { callback: (value: number) => string };
    expect(ticks.callback(1250)).toBe('1.250');
    const box = fixture.nativeElement.querySelector('.survey-chart') as HTMLElement;
    expect(box.getAttribute('aria-hidden')).toBe('true');

    // New figures (another filter): the old chart goes, a new one is drawn.
    fixture.componentInstance.values.set([10, 20]);
    await settle(fixture);
    expect(drawn).toHaveLength(2);
    expect(drawn[0].destroy).toHaveBeenCalled();
    expect(drawn[1].config.data.datasets[0].data).toEqual([10, 20]);

    fixture.componentInstance.shown.set(false);
    await settle(fixture);
    expect(drawn[1].destroy).toHaveBeenCalled();
    expect(register).toHaveBeenCalledTimes(1);
  });
});
