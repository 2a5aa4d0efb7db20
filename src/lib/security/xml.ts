/**
 * Characters in the files feed readers, calendar apps and search engines parse. XML 1.0 forbids
 * most control characters outright (even written as `&#11;`): one vertical tab pasted from a word
 * processor into a newsletter made `/rss.xml` unreadable, and a feed reader drops the whole feed,
 * not just the item. Every writer of XML, iCalendar and JSON-LD passes its text through
 * `withoutForbiddenCharacters`, and the build checks every feed and sitemap it wrote with
 * `xmlProblem` (see src/lib/security/output-check.ts), so no such file is ever published.
 */

/**
 * What XML 1.0 cannot hold (§2.2): C0 controls other than tab, line feed and carriage return,
 * U+FFFE and U+FFFF, and halves of a surrogate pair that have lost their other half.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The text with every character XML 1.0 forbids replaced: a vertical tab or form feed (a word
 * processor's line and page breaks) becomes a space, so the words on either side stay apart; a
 * lone surrogate becomes U+FFFD, which is what a UTF-8 file would hold for it anyway; the other
 * control characters, U+FFFE and U+FFFF go. Tab, line feed and carriage return stay.
 */
export function withoutForbiddenCharacters(text: string): string {
  return text.replace(FORBIDDEN, (c) => (c === '\u000B' || c === '\u000C' ? ' ' : c.length === 1 && c >= '\uD800' && c <= '\uDFFF' ? '\uFFFD' : ''));
}

/** Where in a document an offset is, as an editor counts: `line 3, column 7`. */
export function position(text: string, offset: number): string {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return `line ${line}, column ${offset - start + 1}`;
}

/** A character for a message: `U+000B`. */
export function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Any character outside XML 1.0's `Char` production (§2.2), surrogate halves included. */
const NOT_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

// XML 1.0 (fifth edition) names, §2.3. The ranges hold combining marks and joiners on purpose
// (the standard allows them in names), which ESLint would take for a mistaken character class.
/* eslint-disable no-misleading-character-class */
const NAME_START =
  ':A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const NAME = `[${NAME_START}][${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F\\u2040]*`;
const START_TAG = new RegExp(`<(${NAME})`, 'uy');
const END_TAG = new RegExp(`</(${NAME})[ \\t\\r\\n]*>`, 'uy');
const ATTRIBUTE = new RegExp(`[ \\t\\r\\n]+(${NAME})[ \\t\\r\\n]*=[ \\t\\r\\n]*(?:"([^"]*)"|'([^']*)')`, 'uy');
const TAG_END = /[ \t\r\n]*(\/?)>/y;
const PI = new RegExp(`<\\?(${NAME})(?:[ \\t\\r\\n][\\s\\S]*?)?\\?>`, 'uy');
const XML_DECLARATION =
  /<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(["'])1\.[0-9]+\1(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(["'])[A-Za-z][A-Za-z0-9._-]*\2)?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(["'])(?:yes|no)\3)?[ \t\r\n]*\?>/y;
/* eslint-enable no-misleading-character-class */
const REFERENCE = /&(?:(amp|lt|gt|quot|apos)|#([0-9]+)|#x([0-9a-fA-F]+));/y;

/** The first `&` in `text` that is not a reference XML knows without a DTD (or that names a forbidden character), as an offset and a reason. */
function badReference(text: string): { at: number; reason: string } | undefined {
  for (let at = text.indexOf('&'); at !== -1; at = text.indexOf('&', at + 1)) {
    REFERENCE.lastIndex = at;
    const m = REFERENCE.exec(text);
    if (!m) {
      const entity = /^&[^\s&;<]+;/.exec(text.slice(at, at + 40))?.[0];
      return { at, reason: entity ? `an entity XML does not know without a DTD (${entity})` : 'an & that does not start a character reference (write &amp;)' };
    }
    if (m[1] === undefined) {
      const value = m[2] !== undefined ? Number(m[2]) : parseInt(m[3]!, 16);
      if (value > 0x10ffff || NOT_CHAR.test(String.fromCodePoint(value))) return { at, reason: `a reference to a character XML does not allow (${m[0]})` };
    }
  }
  return undefined;
}

/**
 * Why `doc` is not a well-formed XML 1.0 document (namespaces included), with the line and column,
 * or undefined when it is one. Checks what feed readers and search engines refuse: characters XML
 * forbids (also as references), unknown entities, tags that do not nest, a stray `<` or `&`, a
 * repeated attribute, an undeclared namespace prefix, `]]>` in text, `--` in a comment, text or
 * a second element outside the root. A document type declaration is refused: the site never
 * writes one, and without one only the five predefined entities exist.
 */
export function xmlProblem(doc: string): string | undefined {
  const fail = (at: number, reason: string) => `${position(doc, at)}: ${reason}.`;
  const badChar = NOT_CHAR.exec(doc);
  if (badChar) return fail(badChar.index, `a character XML does not allow (${codePoint(badChar[0])})`);
  const stack: { name: string; prefixes: Set<string> }[] = [];
  let rootSeen = false;
  let pos = doc.startsWith('\uFEFF') ? 1 : 0;
  XML_DECLARATION.lastIndex = pos;
  if (XML_DECLARATION.exec(doc)) pos = XML_DECLARATION.lastIndex;
  else if (doc.startsWith('<?xml', pos) && /[ \t\r\n?]/.test(doc[pos + 5] ?? '')) return fail(pos, 'an XML declaration that is not well formed');
  const inScope = (prefix: string) => prefix === 'xml' || stack.some((e) => e.prefixes.has(prefix));
  while (pos < doc.length) {
    const lt = doc.indexOf('<', pos);
    const textEnd = lt === -1 ? doc.length : lt;
    if (textEnd > pos) {
      const text = doc.slice(pos, textEnd);
      if (stack.length === 0) {
        if (/[^ \t\r\n]/.test(text))
          return fail(pos + text.search(/[^ \t\r\n]/), rootSeen ? 'text after the end of the document' : 'text before the document starts');
      } else {
        const ref = badReference(text);
        if (ref) return fail(pos + ref.at, ref.reason);
        const cdataEnd = text.indexOf(']]>');
        if (cdataEnd !== -1) return fail(pos + cdataEnd, '“]]>” in text (write ]]&gt;)');
      }
    }
    if (lt === -1) break;
    pos = lt;
    if (doc.startsWith('<!--', pos)) {
      const end = doc.indexOf('-->', pos + 4);
      if (end === -1) return fail(pos, 'a comment that is never closed');
      const dashes = doc.indexOf('--', pos + 4);
      if (dashes < end) return fail(dashes, '“--” inside a comment');
      pos = end + 3;
    } else if (doc.startsWith('<![CDATA[', pos)) {
      if (stack.length === 0) return fail(pos, 'a CDATA section outside the root element');
      const end = doc.indexOf(']]>', pos + 9);
      if (end === -1) return fail(pos, 'a CDATA section that is never closed');
      pos = end + 3;
    } else if (doc.startsWith('<?', pos)) {
      PI.lastIndex = pos;
      const m = PI.exec(doc);
      if (!m) return fail(pos, 'a processing instruction that is not well formed');
      if (m[1]!.toLowerCase() === 'xml') return fail(pos, 'an XML declaration that is not at the very start');
      pos = PI.lastIndex;
    } else if (doc.startsWith('<!', pos)) {
      return fail(
        pos,
        doc.startsWith('<!DOCTYPE', pos) ? 'a document type declaration, which the site never writes' : 'a “<!” that starts no comment or CDATA section',
      );
    } else if (doc.startsWith('</', pos)) {
      END_TAG.lastIndex = pos;
      const m = END_TAG.exec(doc);
      if (!m) return fail(pos, 'an end tag that is not well formed');
      const open = stack.pop();
      if (!open) return fail(pos, `an end tag </${m[1]}> with no element open`);
      if (open.name !== m[1]) return fail(pos, `</${m[1]}> where </${open.name}> was expected`);
      pos = END_TAG.lastIndex;
    } else {
      START_TAG.lastIndex = pos;
      const m = START_TAG.exec(doc);
      if (!m) return fail(pos, 'a “<” that does not start a tag (write &lt;)');
      if (stack.length === 0 && rootSeen) return fail(pos, 'a second root element');
      const name = m[1]!;
      const attributes = new Map<string, string>();
      let at = START_TAG.lastIndex;
      for (;;) {
        ATTRIBUTE.lastIndex = at;
        const a = ATTRIBUTE.exec(doc);
        if (!a) break;
        const value = a[2] ?? a[3]!;
        if (attributes.has(a[1]!)) return fail(at, `the attribute ${a[1]} twice`);
        if (value.includes('<')) return fail(at + a[0].indexOf('<'), 'a “<” in an attribute value (write &lt;)');
        const ref = badReference(value);
        if (ref) return fail(at + a[0].length - value.length - 1 + ref.at, ref.reason);
        attributes.set(a[1]!, value);
        at = ATTRIBUTE.lastIndex;
      }
      TAG_END.lastIndex = at;
      const end = TAG_END.exec(doc);
      if (!end) return fail(at, `a <${name}> tag that is not well formed`);
      const prefixes = new Set([...attributes.keys()].filter((n) => n.startsWith('xmlns:')).map((n) => n.slice(6)));
      stack.push({ name, prefixes });
      for (const qualified of [name, ...[...attributes.keys()].filter((n) => !n.startsWith('xmlns:'))]) {
        const parts = qualified.split(':');
        if (parts.length > 2 || parts.some((p) => p === '')) return fail(pos, `the name “${qualified}”, which is not a valid qualified name`);
        if (parts.length === 2 && !inScope(parts[0]!)) return fail(pos, `the prefix “${parts[0]}:” without its xmlns:${parts[0]} declaration`);
      }
      rootSeen = true;
      if (end[1]) stack.pop();
      pos = TAG_END.lastIndex;
    }
  }
  if (stack.length) return fail(doc.length, `the end of the file while <${stack.at(-1)!.name}> is still open`);
  if (!rootSeen) return fail(0, 'no root element');
  return undefined;
}
