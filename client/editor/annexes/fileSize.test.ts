import { describe, expect, it } from 'vitest';
import { frenchFileSize } from './fileSize';

describe('frenchFileSize (M12: an attached file shows its size)', () => {
  it('M12: writes sizes in octets, Ko, Mo with a decimal comma and a no-break space', () => {
    expect(frenchFileSize(0)).toBe('0\u00A0octet');
    expect(frenchFileSize(512)).toBe('512\u00A0octets');
    expect(frenchFileSize(1023)).toBe('1023\u00A0octets');
    expect(frenchFileSize(245_760)).toBe('240\u00A0Ko');
    expect(frenchFileSize(1_536)).toBe('1,5\u00A0Ko');
    expect(frenchFileSize(1_258_291)).toBe('1,2\u00A0Mo');
    expect(frenchFileSize(20 * 1024 * 1024)).toBe('20\u00A0Mo');
    expect(frenchFileSize(1_048_000)).toBe('1\u00A0Mo');
  });
});
