import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { ChipsInputComponent } from './chips-input.component';

@Component({
  imports: [ChipsInputComponent, ReactiveFormsModule],
  template: `<label for="units">Unit SKKNI</label>
    <bp-chips-input inputId="units" transform="upper" [formControl]="control" />`,
})
class HostComponent {
  readonly control = new FormControl<string[]>(['PUS.01'], { nonNullable: true });
}

describe('ChipsInputComponent', () => {
  it('adds on Enter and comma, normalises, skips duplicates and removes by button', async () => {
    await TestBed.configureTestingModule({
      imports: [
        HostComponent,
        TranslocoTestingModule.forRoot({
          langs: { id: { chips: { remove: 'Hapus {{value}}', hint: 'Tekan Enter' } } },
          translocoConfig: { availableLangs: ['id'], defaultLang: 'id' },
        }),
      ],
    }).compileComponents();
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const input = element.querySelector('input') as HTMLInputElement;

    input.value = 'pus.02, pus.01';
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    await fixture.whenStable();
    expect(fixture.componentInstance.control.value).toEqual(['PUS.01', 'PUS.02']);

    const remove = element.querySelector('button[aria-label="Hapus PUS.01"]') as HTMLButtonElement;
    remove.click();
    await fixture.whenStable();
    expect(fixture.componentInstance.control.value).toEqual(['PUS.02']);
  });
});
