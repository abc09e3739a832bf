/**
 * anonymise/pseudonym.ts. Known answers computed independently with Python's
 * hmac + base64.b32encode: "P-" + b32(HMAC-SHA256(key, "tuff pseudonym v1\0" + id))[:12], key = bytes 0..31.
 */
import { describe, expect, it } from 'vitest';
import { createPseudonymiser, pseudonym } from '../../src/anonymise/pseudonym.js';

const KEY = Uint8Array.from({ length: 32 }, (_, i) => i);

describe('pseudonym', () => {
  it.each([
    ['K1', 'P-jqo5vmzuh4q7'],
    ['Søren', 'P-5lqxcdj7vwhl'],
    ['10', 'P-wg67xboucssr'],
    ['', 'P-xsw7swbllyu7'],
  ])('%j → %s', (id, expected) => {
    expect(pseudonym(KEY, id)).toBe(expected);
  });

  it('depends on the key and the exact id', () => {
    const other = Uint8Array.from({ length: 32 }, (_, i) => 31 - i);
    expect(pseudonym(other, 'K1')).not.toBe(pseudonym(KEY, 'K1'));
    expect(pseudonym(KEY, '010')).not.toBe(pseudonym(KEY, '10'));
  });

  it('is a letter-led, spreadsheet-safe token', () => {
    for (let i = 0; i < 200; i++) expect(pseudonym(KEY, `actor ${i}`)).toMatch(/^P-[a-z2-7]{12}$/);
  });

  it('the pseudonymiser gives the same answer and accepts repeats of one id', () => {
    const p = createPseudonymiser(KEY);
    expect(p('K1')).toBe('P-jqo5vmzuh4q7');
    expect(p('K1')).toBe('P-jqo5vmzuh4q7');
  });
});
