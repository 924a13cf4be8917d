/** One problem the server found in an imported file, placed for a person to find it. */
export interface ImportIssue {
  /** 1-based question number in the file, or null for the file as a whole. */
  question: number | null;
  /** The rest of the field path ("body.options"), '' when the issue is on the question itself. */
  field: string;
  message: string;
}

/** The server's issues (`questions.3.body.options` → question 4, "body.options"), in file order. */
export function importIssues(issues: Record<string, string>): ImportIssue[] {
  return Object.entries(issues)
    .map(([path, message]) => {
      const match = /^questions\.(\d+)(?:\.(.*))?$/.exec(path);
      return match
        ? { question: Number(match[1]) + 1, field: match[2] ?? '', message }
        : { question: null, field: path, message };
    })
    .sort((a, b) => (a.question ?? 0) - (b.question ?? 0));
}

/** The file's text as JSON, or null when it is not JSON at all (nothing is sent then). */
export function parseBankFile(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch {
    return null;
  }
}

/** "bank-soal-evaluasi-katalogisasi.json" from a course title. */
export function bankFileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `bank-soal${slug ? `-${slug}` : ''}.json`;
}
