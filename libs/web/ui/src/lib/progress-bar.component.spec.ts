import { TestBed } from '@angular/core/testing';
import { ProgressBarComponent } from './progress-bar.component';

describe('ProgressBarComponent', () => {
  it('names itself and reports a clamped value', async () => {
    const fixture = TestBed.createComponent(ProgressBarComponent);
    fixture.componentRef.setInput('label', 'JP tahun ini');
    fixture.componentRef.setInput('value', 24);
    fixture.componentRef.setInput('max', 20);
    fixture.componentRef.setInput('valueText', '24 dari 20 JP');
    await fixture.whenStable();
    const bar = (fixture.nativeElement as HTMLElement).querySelector('[role="progressbar"]') as HTMLElement;
    expect(bar.getAttribute('aria-label')).toBe('JP tahun ini');
    expect(bar.getAttribute('aria-valuenow')).toBe('20');
    expect(bar.getAttribute('aria-valuemax')).toBe('20');
    expect(bar.getAttribute('aria-valuetext')).toBe('24 dari 20 JP');
    expect((bar.firstElementChild as HTMLElement).style.width).toBe('100%');
  });
});
