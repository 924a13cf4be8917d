import {
  awardedToLine,
  certificateLayout,
  coOrganisersLine,
  holderDetailLine,
  qrCodeLineBox,
  qrOrigin,
  signatoryColumns,
  signatoryPlaces,
} from './certificate-layout';

describe('certificate layout', () => {
  it('keeps every part inside the inner frame on both orientations', () => {
    for (const orientation of ['landscape', 'portrait'] as const) {
      const layout = certificateLayout(orientation);
      for (const box of [layout.title, layout.holderName, layout.body, layout.number, layout.coOrganisers]) {
        expect(box.x).toBeGreaterThan(layout.frame.inner);
        expect(box.x + box.width).toBeLessThan(layout.width - layout.frame.inner);
        expect(box.y).toBeLessThan(layout.signatories.top);
      }
      // Signatures never run into the QR code, whichever corner it takes.
      const { centres, width } = signatoryColumns(layout, 3);
      const qrRight = layout.qr.margin + layout.qr.size;
      expect(centres[0] - width / 2).toBeGreaterThan(qrRight);
      expect(centres[2] + width / 2).toBeLessThan(layout.width - qrRight);
      expect(centres[1] - centres[0]).toBeGreaterThan(width);
    }
  });

  it('stacks each signatory column: position, signature inside the column, name, detail', () => {
    const layout = certificateLayout('landscape');
    const { centres, width } = signatoryColumns(layout, 2);
    const [first, second] = signatoryPlaces(layout, 2);
    expect(first.position).toEqual({ x: centres[0] - width / 2, y: layout.signatories.top, width, fontSize: 10 });
    expect(second.name.x + second.name.width / 2).toBeCloseTo(centres[1]);
    expect(first.signature.y).toBe(layout.signatories.top + 28);
    expect(first.signature.x - first.position.x).toBe(10);
    expect(first.signature.x + first.signature.width).toBe(first.position.x + width - 10);
    expect(first.name.y).toBe(first.signature.y + first.signature.height + 4);
    expect(first.detail.y).toBe(first.name.y + 11 + 4);
  });

  it('puts the QR code in the chosen bottom corner with its code line centred under it', () => {
    for (const orientation of ['landscape', 'portrait'] as const) {
      const layout = certificateLayout(orientation);
      expect(qrOrigin(layout, 'bottom-left')).toEqual({ x: 58, y: layout.height - 58 - 66 - 12 });
      const right = qrOrigin(layout, 'bottom-right');
      expect(right.x + layout.qr.size).toBeCloseTo(layout.width - layout.qr.margin);
      const line = qrCodeLineBox(layout, 'bottom-right');
      expect(line.x + line.width / 2).toBeCloseTo(right.x + layout.qr.size / 2);
      expect(line.y).toBe(right.y + layout.qr.size + 6);
      expect(line.y + line.fontSize).toBeLessThan(layout.height - layout.frame.inner);
    }
  });

  it('prints the fixed lines: English only for a bilingual design, the holder detail without blanks', () => {
    expect(awardedToLine({ titleEn: null, bodyEn: null })).toBe('Diberikan kepada');
    expect(awardedToLine({ titleEn: null, bodyEn: 'for' })).toBe('Diberikan kepada  ·  Presented to');
    expect(holderDetailLine({ nip: '198703122010012003', instansi: 'Dinas' })).toBe('NIP 198703122010012003  ·  Dinas');
    expect(holderDetailLine({ nip: '', instansi: 'Dinas' })).toBe('Dinas');
    expect(holderDetailLine({ nip: '', instansi: '' })).toBe('');
  });

  it('names co-organisers on one line, below the body and clear of the signatories', () => {
    for (const orientation of ['landscape', 'portrait'] as const) {
      const layout = certificateLayout(orientation);
      const { coOrganisers, body, signatories } = layout;
      expect(coOrganisers.y).toBeGreaterThan(body.y + 4 * (body.fontSize + body.lineGap));
      // One line of it (pdfkit's line is ~1.4 times the font size) ends above the signatories' positions.
      expect(coOrganisers.y + 1.4 * coOrganisers.fontSize).toBeLessThan(signatories.top);
      expect([coOrganisers.x, coOrganisers.width]).toEqual([body.x, body.width]);
    }
    expect(coOrganisersLine(['Universitas Sukamaju', 'Komunitas Literasi Sukamaju Membaca'])).toBe(
      'Bekerja sama dengan: Universitas Sukamaju, Komunitas Literasi Sukamaju Membaca',
    );
    expect(coOrganisersLine([])).toBe('');
    expect(coOrganisersLine(['  ', '\u200b'])).toBe('');
  });

  it('prints names as they read: line breaks, tabs and bidirectional overrides are not obeyed', () => {
    expect(coOrganisersLine(['Taman\nBaca\t  Melati', '\u202eTBM Pelangi\u202c', 'Rumah\u200bBaca'])).toBe(
      'Bekerja sama dengan: Taman Baca Melati, TBM Pelangi, RumahBaca',
    );
  });
});
