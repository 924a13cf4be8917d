/** The sweep for overdue attempts whose deadline job was lost runs this often. */
export const SWEEP_EVERY_MS = 60_000;
