import QRCode from 'qrcode';

/**
 * A ticket's QR code as a PNG for the email (mail apps show no SVG). Margin 4 is the quiet
 * zone scanners need; 'M' correction survives a cracked phone screen.
 */
export function ticketQrPng(ticketCode: string): Promise<Buffer> {
  return QRCode.toBuffer(ticketCode, { type: 'png', errorCorrectionLevel: 'M', margin: 4, width: 480 });
}
