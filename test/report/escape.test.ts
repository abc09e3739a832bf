/**
 * The escaping functions every shareable output goes through: hostile strings
 * must come out as inert text in HTML, in a JSON script block, in XML and in
 * Markdown tables. Expected strings are written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { escapeHtml, jsonForScript, markdownText, xmlAttr, xmlNumber, xmlText } from '../../src/report/escape.js';

describe('escapeHtml', () => {
  it('turns the five markup characters into references', () => {
    expect(escapeHtml(`<script>alert(1)</script>`)).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeHtml(`"><img src=x onerror=alert(1)>`)).toBe('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeHtml(`a & b 'c'`)).toBe('a &amp; b &#39;c&#39;');
  });

  it('does not double-escape and keeps other text as is', () => {
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
    expect(escapeHtml('Bøgely – Café “Torvet” 🙂')).toBe('Bøgely – Café “Torvet” 🙂');
  });

  it('replaces control characters that HTML cannot carry, keeps tab and newlines', () => {
    expect(escapeHtml('a\u0000b\u0007c\u007fd')).toBe('a\ufffdb\ufffdc\ufffdd');
    expect(escapeHtml('a\tb\nc\r')).toBe('a\tb\nc\r');
  });
});

describe('jsonForScript', () => {
  it('writes no "<", so no </script> or <!-- can end the block, and parses back to the same value', () => {
    const value = { name: '</script><script>alert(1)</script><!--', sep: 'a\u2028b\u2029c' };
    const text = jsonForScript(value);
    expect(text).not.toContain('<');
    expect(text).not.toMatch(/[\u2028\u2029]/);
    expect(text).toContain('\\u003c/script>');
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('xmlText / xmlAttr', () => {
  it('escapes markup and keeps attribute whitespace as references', () => {
    expect(xmlText('a < b & c > d')).toBe('a &lt; b &amp; c &gt; d');
    expect(xmlAttr('say "hi"\tnow\nthen\r')).toBe('say &quot;hi&quot;&#9;now&#10;then&#13;');
  });

  it('replaces characters XML 1.0 cannot represent with U+FFFD', () => {
    expect(xmlText('bell\u0007 nul\u0000 \ufffe\uffff')).toBe('bell\ufffd nul\ufffd \ufffd\ufffd');
    expect(xmlText('lone \ud800 and \udc00')).toBe('lone \ufffd and \ufffd');
    expect(xmlText('pair \ud83d\ude42')).toBe('pair \ud83d\ude42');
  });

  it('writes numbers in xs:double form and refuses non-finite ones', () => {
    expect(xmlNumber(0.1)).toBe('0.1');
    expect(xmlNumber(-0)).toBe('0');
    expect(xmlNumber(1e-7)).toBe('1e-7');
    expect(() => xmlNumber(Number.NaN)).toThrow();
    expect(() => xmlNumber(Number.POSITIVE_INFINITY)).toThrow();
  });
});

describe('markdownText', () => {
  it('keeps a pipe inside one table cell', () => {
    expect(markdownText('a | b')).toBe('a \\| b');
  });

  it('renders HTML, emphasis and links as their characters', () => {
    expect(markdownText('<script>x</script>')).toBe('\\<script\\>x\\</script\\>');
    expect(markdownText('*a* _b_ [c](d) `e` ~f~')).toBe('\\*a\\* \\_b\\_ \\[c\\](d) \\`e\\` \\~f\\~');
    expect(markdownText('back\\slash')).toBe('back\\\\slash');
  });

  it('escapes a heading or list marker at the start and an entity-like ampersand, not ordinary ones', () => {
    expect(markdownText('# not a heading')).toBe('\\# not a heading');
    expect(markdownText('-3')).toBe('\\-3');
    expect(markdownText('a-b #1')).toBe('a-b #1');
    expect(markdownText('Hansen & Søn &amp;')).toBe('Hansen & Søn \\&amp;');
  });

  it('folds line breaks so a label stays on one line', () => {
    expect(markdownText('two\nlines\r\nhere')).toBe('two lines here');
  });
});
