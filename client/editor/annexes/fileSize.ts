const UNITS = ['Ko', 'Mo', 'Go'] as const;

/** At most one decimal, and none from 100 on: « 1,2 », « 24,5 », « 240 ». */
const rounded = (value: number): number => (value >= 99.95 ? Math.round(value) : Math.round(value * 10) / 10);

/**
 * A file size as French readers write it: « 512 octets », « 240 Ko », « 1,2 Mo », in units of
 * 1,024 as the server states its limit (« 20 Mo »); a no-break space keeps the number with its
 * unit (E2).
 */
export function frenchFileSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '';
  if (bytes < 1024) return `${bytes}\u00A0${bytes < 2 ? 'octet' : 'octets'}`;
  let value = bytes / 1024;
  let unit = 0;
  // 1,048,000 bytes round to « 1 Mo », not « 1023 Ko ».
  while (rounded(value) >= 1000 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${String(rounded(value)).replace('.', ',')}\u00A0${UNITS[unit]}`;
}
