/**
 * Escaping for markup built as strings (SVG charts, the safe Markdown renderer).
 * Everything that came from a person or a file passes through here before it
 * becomes part of markup, so text can never turn into tags or attributes.
 */

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for XML/HTML element content and quoted attribute values alike. Also drops
 * characters XML 1.0 forbids (C0 controls other than tab, LF, CR; lone surrogates; U+FFFE/F),
 * which would make an SVG fail to parse.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
}
