import QRCode from 'qrcode';

/**
 * A ticket's QR code as a PNG for the email (mail apps show no SVG). Margin 4 is the quiet
 * zone scanners need; 'M' correction survives a cracked phone screen.
 */
export function ticketQrPng(ticketCode: string): Promise<Buffer> {
  return QRCode.toBuffer(ticketCode, { type: 'png', errorCorrectionLevel: 'M', margin: 4, width: 480 });
}

/** The ticket page's QR code: one SVG path of the dark modules ('M' correction, as the PNG). */
export function ticketQrPath(ticketCode: string): { size: number; path: string } {
  const { modules } = QRCode.create(ticketCode, { errorCorrectionLevel: 'M' });
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) if (modules.get(row, col)) parts.push(`M${col} ${row}h1v1h-1z`);
  }
  return { size: modules.size, path: parts.join('') };
}
