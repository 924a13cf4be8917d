/**
 * Whether a CSV's header row names the people by `email` or `nip`, as the api needs. Read
 * here first, so a wrong file is refused before it is sent. Commas or semicolons (Excel in
 * Indonesian saves with semicolons), any case, optional quotes and byte order mark.
 */
export function hasPersonColumn(csv: string): boolean {
  const header = csv.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return header
    .split(/[,;]/)
    .map((cell) =>
      cell
        .trim()
        .replace(/^"(.*)"$/, '$1')
        .trim()
        .toLowerCase(),
    )
    .some((cell) => cell === 'email' || cell === 'nip');
}
