/** Modules per side of the sample code (a version 2 QR code is 25 × 25). */
export const SAMPLE_QR_MODULES = 25;

/**
 * A stand-in for the QR code in the preview: the three finder squares and a pattern
 * derived from the seed, as path data in module units. The PDF carries the real code,
 * which points at the certificate's verify page (there is none before it is issued).
 */
export function sampleQrPath(seed: string): string {
  const n = SAMPLE_QR_MODULES;
  let state = 2166136261;
  for (const char of seed) state = Math.imul(state ^ char.charCodeAt(0), 16777619) >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  const inFinder = (row: number, column: number) =>
    (row < 8 && column < 8) || (row < 8 && column >= n - 8) || (row >= n - 8 && column < 8);
  const parts: string[] = [];
  for (const [row, column] of [
    [0, 0],
    [0, n - 7],
    [n - 7, 0],
  ]) {
    // Outer 7 × 7 ring, then the 3 × 3 centre.
    parts.push(`M${column} ${row}h7v7h-7zM${column + 1} ${row + 1}v5h5v-5z`, `M${column + 2} ${row + 2}h3v3h-3z`);
  }
  for (let row = 0; row < n; row += 1) {
    for (let column = 0; column < n; column += 1) {
      if (!inFinder(row, column) && next() < 0.48) parts.push(`M${column} ${row}h1v1h-1z`);
    }
  }
  return parts.join('');
}
