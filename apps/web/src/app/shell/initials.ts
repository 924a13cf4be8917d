/**
 * Two letters for the account button: the first and last word of the name, without the
 * academic titles Indonesian names carry ("Dr. Siti Rahmawati, M.Hum." → "SR").
 */
export function initialsOf(fullName: string): string {
  const [name = ''] = fullName.split(',');
  const words = name.split(/\s+/).filter((word) => word && !word.endsWith('.'));
  if (words.length === 0) return fullName.trim().charAt(0).toUpperCase();
  const first = words[0].charAt(0);
  const last = words.length > 1 ? words[words.length - 1].charAt(0) : '';
  return (first + last).toUpperCase();
}
