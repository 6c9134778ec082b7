/** File names for exports: ASCII only, so they survive every mail client, file system and chat app. */

export type ExportFormat = 'png' | 'svg' | 'csv';

/** The local calendar date as YYYY-MM-DD: the day the reader exported, not UTC's. */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Lower-case ASCII letters, digits and single hyphens; anything else is dropped. */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * e.g. ip-atlas_financing-pledge_2024-05-01_2x.png: an image's size is named
 * when it is not the screen's ("2x", "article", "wide-1of3").
 */
export function exportFileName(stem: string, format: ExportFormat, date: Date, size: string | null = null): string {
  const parts = ['ip-atlas', asciiSlug(stem) || 'view', localDate(date)];
  if (format === 'png' && size) parts.push(asciiSlug(size));
  return `${parts.join('_')}.${format}`;
}
