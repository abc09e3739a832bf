/**
 * util/vulnerable.ts: the one reading of the vulnerable flag, shared by the
 * recommendations, the HTML report and compare. Expected values follow the
 * module header.
 */
import { describe, expect, it } from 'vitest';
import { isVulnerable, isVulnerableValue, vulnerableValue } from '../../src/util/vulnerable.js';

describe('isVulnerableValue', () => {
  it('reads ja / yes / true / 1 / x / sårbar as vulnerable, case-insensitively and trimmed', () => {
    for (const v of ['ja', 'JA', ' Ja ', 'yes', 'Yes', 'true', 'TRUE', '1', 'x', 'X', ' x ', 'sårbar', 'Sårbar', 'vulnerable']) {
      expect(isVulnerableValue(v), v).toBe(true);
    }
  });
  it('reads everything else as not vulnerable', () => {
    for (const v of ['nej', 'no', 'false', '0', '-', 'xx', '', 'måske', '2', 'ikke sårbar', undefined]) {
      expect(isVulnerableValue(v), String(v)).toBe(false);
    }
  });
  it('finds the flag under `vulnerable` or a `sårbar` header', () => {
    expect(vulnerableValue({ id: 'a', label: null, sector: null, attributes: { vulnerable: 'ja' } })).toBe('ja');
    expect(vulnerableValue({ id: 'a', label: null, sector: null, attributes: { Sårbar: 'ja' } })).toBe('ja');
    expect(vulnerableValue({ id: 'a', label: null, sector: null, attributes: { område: 'Nord' } })).toBeUndefined();
  });
});

describe('isVulnerable', () => {
  it('reads an Actor and a ReportActor alike, whatever the header spelling', () => {
    expect(isVulnerable({ attributes: { vulnerable: 'Ja' } })).toBe(true);
    expect(isVulnerable({ attributes: { 'sårbar': 'ja' } })).toBe(true);
    // A hand-built dataset or report may keep the header as written: the HTML report used to miss these.
    expect(isVulnerable({ attributes: { Sårbar: 'yes' } })).toBe(true);
    expect(isVulnerable({ attributes: { ' Vulnerable ': '1' } })).toBe(true);
    expect(isVulnerable({ id: 'a', label: null, sector: null, attributes: { vulnerable: 'nej' } })).toBe(false);
  });
  it('prefers the canonical `vulnerable` attribute over another spelling', () => {
    expect(isVulnerable({ attributes: { Sårbar: 'ja', vulnerable: 'nej' } })).toBe(false);
    expect(isVulnerable({ attributes: { Sårbar: 'nej', vulnerable: 'ja' } })).toBe(true);
  });
  it('says no for an actor that is not there or has no flag', () => {
    expect(isVulnerable(undefined)).toBe(false);
    expect(isVulnerable({ attributes: {} })).toBe(false);
    expect(isVulnerable({ attributes: { område: 'ja' } })).toBe(false);
  });
});
