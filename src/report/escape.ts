/**
 * Escaping for the outputs people open in other programs. Every string that
 * comes from the input (ids, labels, attribute names and values, messages that
 * quote them) passes through exactly one of these before it reaches HTML, XML
 * or Markdown; renderers never build markup from raw input.
 *
 * - `escapeHtml`: text and double-quoted attribute values in HTML. The five
 *   markup characters become character references; C0 controls other than
 *   tab/LF/CR (which HTML would turn into U+FFFD or drop) become U+FFFD, so the
 *   file is the same whatever the browser does with them.
 * - `jsonForScript`: JSON for a `<script type="application/json">` block.
 *   Every `<` is written `\u003c`, so no `</script>` or `<!--` can end or
 *   alter the block; U+2028/U+2029 are escaped too. `JSON.parse` restores them.
 * - `xmlText` / `xmlAttr`: XML 1.0 character data and double-quoted attribute
 *   values. Characters XML 1.0 cannot carry at all (C0 controls but tab/LF/CR,
 *   U+FFFE, U+FFFF, unpaired surrogates) become U+FFFD — a well-formed file
 *   matters more than a control character. In attributes tab/LF/CR are written
 *   as character references so attribute-value normalisation keeps them.
 * - `markdownText`: backslash-escapes the ASCII punctuation that CommonMark
 *   (and GitHub's tables) would read as markup — `\ ` * _ [ ] < > | ~`,
 *   a leading `#`, `+` or `-` (heading or list marker at the start of a
 *   line) and `&` before an entity-like name — and folds line breaks to
 *   spaces, so a label stays one table cell and renders as the text it is.
 */

const HTML_SPECIAL = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const HTML_REPLACEMENT: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(HTML_SPECIAL, (c) => HTML_REPLACEMENT[c] ?? '\ufffd');
}

export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Characters that XML 1.0 cannot represent, even as character references. */
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlText(text: string): string {
  return text
    .replace(XML_INVALID, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

export function xmlAttr(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

export function markdownText(text: string): string {
  return text
    .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\ufffd')
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/^([#+-])/, '\\$1')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
}

/** A finite number for an XML file (xs:double lexical form: JavaScript's shortest round-trip digits). */
export function xmlNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`XML value is ${value}: not a finite number`);
  return Object.is(value, -0) ? '0' : String(value);
}
