import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { Subject } from 'rxjs';
import { UploadFieldComponent, type UploadEvent } from './upload-field.component';

const WORDS = {
  hint: 'Jenis berkas: {{kinds}}. Ukuran maksimal {{max}}.',
  progressLabel: 'Mengunggah {{name}}',
  percent: '{{percent}}%',
  cancel: 'Batalkan unggahan',
  tooLarge: 'Berkas terlalu besar. Ukuran maksimal {{max}}.',
  done: '{{name}} berhasil diunggah.',
};

describe('UploadFieldComponent', () => {
  let uploads: Subject<UploadEvent<string>>;

  async function render() {
    await TestBed.configureTestingModule({
      imports: [
        UploadFieldComponent,
        TranslocoTestingModule.forRoot({
          langs: { id: { feature: { upload: WORDS }, errors: { network: 'Tidak dapat terhubung.' } } },
          translocoConfig: { availableLangs: ['id'], defaultLang: 'id' },
        }),
      ],
    }).compileComponents();
    uploads = new Subject();
    const fixture = TestBed.createComponent(UploadFieldComponent<string>);
    fixture.componentRef.setInput('inputId', 'berkas');
    fixture.componentRef.setInput('limit', { accept: '.pdf', kinds: 'PDF', maxBytes: 1000 });
    fixture.componentRef.setInput('words', 'feature.upload.');
    fixture.componentRef.setInput('upload', () => uploads);
    fixture.componentRef.setInput('failureOf', () => ({ status: 0, code: 'network', message: null }));
    fixture.componentRef.setInput('formatSize', (bytes: number) => `${bytes} B`);
    await fixture.whenStable();
    return fixture;
  }

  async function choose(fixture: Awaited<ReturnType<typeof render>>, bytes: number): Promise<HTMLInputElement> {
    const picker = (fixture.nativeElement as HTMLElement).querySelector('input[type=file]') as HTMLInputElement;
    Object.defineProperty(picker, 'files', { value: [new File(['x'.repeat(bytes)], 'modul.pdf')], configurable: true });
    picker.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    return picker;
  }

  it('says what it takes, uploads with progress and says when the file is there', async () => {
    const fixture = await render();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('#berkas')?.getAttribute('aria-describedby')).toContain('bp-upload-hint-');
    expect(element.textContent).toContain('Jenis berkas: PDF. Ukuran maksimal 1000 B.');
    const stored: string[] = [];
    fixture.componentInstance.uploaded.subscribe((result) => stored.push(result));
    const picker = await choose(fixture, 10);
    expect(picker.disabled).toBe(true);
    expect(element.textContent).toContain('Mengunggah modul.pdf');
    uploads.next({ state: 'progress', fraction: 0.4 });
    await fixture.whenStable();
    expect(element.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')).toBe('40');
    uploads.next({ state: 'done', result: 'file-1' });
    uploads.complete();
    await fixture.whenStable();
    expect(stored).toEqual(['file-1']);
    expect(element.textContent).toContain('modul.pdf berhasil diunggah.');
    expect(picker.disabled).toBe(false);
  });

  it('refuses a file over the limit before uploading, and says why an upload failed', async () => {
    const fixture = await render();
    const element = fixture.nativeElement as HTMLElement;
    await choose(fixture, 2000);
    expect(element.querySelector('[role="alert"]')?.textContent).toContain(
      'Berkas terlalu besar. Ukuran maksimal 1000 B.',
    );
    await choose(fixture, 10);
    uploads.error(new Error('offline'));
    await fixture.whenStable();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Tidak dapat terhubung.');
  });
});
