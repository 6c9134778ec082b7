/**
 * CSV as RFC 4180 has it (CRLF line ends; fields with commas, quotes or line
 * breaks in double quotes, quotes doubled), behind a UTF-8 byte-order mark so
 * that Excel reads the Chinese as UTF-8 rather than the system code page.
 */

export const BOM = '\uFEFF';

/**
 * One field. Text that a spreadsheet would run as a formula (=, +, -, @ first)
 * gets a leading apostrophe; numbers, negative ones included, are left as they are.
 */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text) && !/^[-+]?\d/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(columns: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const lines = [columns, ...rows].map((row) => row.map(csvField).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
