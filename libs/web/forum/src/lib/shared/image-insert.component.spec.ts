import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { forumTranslocoTesting, settle } from '../testing';
import { ImageInsertComponent, insertIntoBox } from './image-insert.component';

describe('ImageInsertComponent', () => {
  async function open() {
    TestBed.configureTestingModule({
      imports: [forumTranslocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    const fixture = TestBed.createComponent(ImageInsertComponent);
    fixture.componentRef.setInput('forumId', 'f1');
    const inserted: string[] = [];
    fixture.componentInstance.inserted.subscribe((markdown) => inserted.push(markdown));
    await settle(fixture);
    const element = fixture.nativeElement as HTMLElement;
    const input = element.querySelector('input[type="file"]') as HTMLInputElement;
    const choose = async (file: File) => {
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      input.dispatchEvent(new Event('change'));
      await settle(fixture);
    };
    return { fixture, element, input, choose, inserted, http: TestBed.inject(HttpTestingController) };
  }

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('uploads the picture to the forum, forum first, and hands over its Markdown', async () => {
    const { element, choose, inserted, http, fixture } = await open();
    expect(element.textContent).toContain('Sisipkan gambar');
    expect(element.textContent).toContain('PNG, JPEG, WebP');
    await choose(new File([new Uint8Array(10)], 'denah [lantai] 2.png', { type: 'image/png' }));
    const request = http.expectOne('/api/forum-images');
    const body = request.request.body as FormData;
    expect([...body.keys()]).toEqual(['forumId', 'file']);
    expect(body.get('forumId')).toBe('f1');
    request.flush({
      id: 'img-1',
      name: 'denah [lantai] 2.png',
      contentType: 'image/png',
      sizeBytes: 10,
      purpose: 'forum-image',
      url: '/api/files/img-1/content',
    });
    await settle(fixture);
    expect(inserted).toEqual(['![denah  lantai  2](file:img-1)']);
    expect(element.querySelector('[role="status"]')?.textContent).toContain('Gambar disisipkan');
  });

  it('refuses a far too large picture before uploading it, and shows a refusal from the api', async () => {
    const { element, choose, http, fixture, inserted } = await open();
    await choose(new File([new Uint8Array(6 * 1024 * 1024)], 'besar.png', { type: 'image/png' }));
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Gambar terlalu besar');
    http.expectNone('/api/forum-images');
    await choose(new File([new Uint8Array(10)], 'teks.png', { type: 'image/png' }));
    http
      .expectOne('/api/forum-images')
      .flush({ code: 'files.wrongType', message: 'Jenis berkas tidak diterima.' }, { status: 415, statusText: 'x' });
    await settle(fixture);
    expect(element.textContent).toContain('Jenis berkas tidak diterima.');
    expect(inserted).toEqual([]);
  });
});

describe('insertIntoBox', () => {
  const boxWith = (value: string, at = value.length) => {
    const box = document.createElement('textarea');
    document.body.append(box);
    box.value = value;
    box.setSelectionRange(at, at);
    return box;
  };
  afterEach(() => document.querySelectorAll('textarea').forEach((box) => box.remove()));

  it('puts the Markdown in a paragraph of its own at the cursor and leaves the cursor after it', () => {
    const box = boxWith('Denah kami:Terima kasih.', 11);
    expect(insertIntoBox(box, '![denah](file:x)')).toBe('Denah kami:\n\n![denah](file:x)\n\nTerima kasih.');
    expect(box.selectionStart).toBe(31);
  });

  it('ends a list before the picture, adds no blank lines that are there already, none at the start', () => {
    expect(insertIntoBox(boxWith('- satu\n- dua\n'), '![rak](file:x)')).toBe('- satu\n- dua\n\n![rak](file:x)\n\n');
    expect(insertIntoBox(boxWith('Awal\n\n\nAkhir', 6), '![rak](file:x)')).toBe('Awal\n\n![rak](file:x)\n\nAkhir');
    expect(insertIntoBox(boxWith(''), '![rak](file:x)')).toBe('![rak](file:x)\n\n');
  });
});
