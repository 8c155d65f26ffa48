/**
 * A small XML scanner for editing OOXML parts as text: it records where every element starts and ends (its
 * start tag, content and end tag offsets) without building values, so that a writer can insert markup at exact
 * offsets and leave every other byte of the part as it was. It handles the XML Word writes: the declaration,
 * processing instructions, comments, CDATA sections, quoted attribute values holding `>`; it refuses a DTD
 * (already refused by `safety.ts`) and mismatched or unclosed tags.
 */

export interface XmlElement {
  name: string;
  /** Offset of the `<` of the start tag. */
  start: number;
  /** Offset just after the `>` of the start tag. */
  openEnd: number;
  /** Offset of the `</` of the end tag (equal to `openEnd` for an empty-element tag). */
  closeStart: number;
  /** Offset just after the element (after its end tag). */
  end: number;
  selfClosing: boolean;
  /** The raw attribute text of the start tag (between the name and `>` or `/>`), with its leading space. */
  attrs: string;
  children: XmlElement[];
  parent: XmlElement | null;
}

export class XmlScanError extends Error {}

const START_TAG = /<([^\s/>!?]+)((?:[^>"'/]|"[^"]*"|'[^']*'|\/(?!>))*)(\/?)>/y;

/** Scans an XML text into its element tree; the returned root is a synthetic `#document` element. */
export function scanXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', start: 0, openEnd: 0, closeStart: xml.length, end: xml.length, selfClosing: false, attrs: '', children: [], parent: null };
  let current = root;
  let i = 0;
  for (;;) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x3f /* ? */) {
      const close = xml.indexOf('?>', lt + 2);
      if (close < 0) throw new XmlScanError(`unterminated processing instruction at ${lt}`);
      i = close + 2;
    } else if (next === 0x21 /* ! */) {
      if (xml.startsWith('<!--', lt)) {
        const close = xml.indexOf('-->', lt + 4);
        if (close < 0) throw new XmlScanError(`unterminated comment at ${lt}`);
        i = close + 3;
      } else if (xml.startsWith('<![CDATA[', lt)) {
        const close = xml.indexOf(']]>', lt + 9);
        if (close < 0) throw new XmlScanError(`unterminated CDATA section at ${lt}`);
        i = close + 3;
      } else {
        throw new XmlScanError(`DTD or unknown markup at ${lt}`);
      }
    } else if (next === 0x2f /* / */) {
      const close = xml.indexOf('>', lt + 2);
      if (close < 0) throw new XmlScanError(`unterminated end tag at ${lt}`);
      const name = xml.slice(lt + 2, close).trim();
      if (current === root || current.name !== name) throw new XmlScanError(`end tag </${name}> at ${lt} does not close <${current.name}>`);
      current.closeStart = lt;
      current.end = close + 1;
      current = current.parent!;
      i = close + 1;
    } else {
      START_TAG.lastIndex = lt;
      const m = START_TAG.exec(xml);
      if (!m) throw new XmlScanError(`malformed start tag at ${lt}`);
      const end = lt + m[0].length;
      const selfClosing = m[3] === '/';
      const el: XmlElement = { name: m[1]!, start: lt, openEnd: end, closeStart: end, end, selfClosing, attrs: m[2]!, children: [], parent: current };
      current.children.push(el);
      if (!selfClosing) current = el;
      i = end;
    }
  }
  if (current !== root) throw new XmlScanError(`element <${current.name}> is not closed`);
  return root;
}

/** The value of an attribute (entity references decoded), or undefined. */
export function attr(el: XmlElement, name: string): string | undefined {
  const re = new RegExp(`(?:^|\\s)${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
  const m = re.exec(el.attrs);
  if (!m) return undefined;
  return decodeText(m[1] ?? m[2] ?? '').text;
}

/** The first child element of the given name. */
export function child(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c) => c.name === name);
}

/** Every descendant element of the given name, in document order. */
export function descendants(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (c.name === name) out.push(c);
    descendants(c, name, out);
  }
  return out;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Decodes the character data of an element's content as an XML parser would (entity and character references,
 * CDATA sections, line ends normalised to `\n`), keeping for each decoded UTF-16 unit the offset in `raw` where
 * the character it belongs to starts; `offsets[text.length]` is `raw.length`. Markup other than CDATA is skipped.
 */
export function decodeText(raw: string): { text: string; offsets: number[] } {
  let text = '';
  const offsets: number[] = [];
  let i = 0;
  const push = (s: string, at: number) => {
    for (let k = 0; k < s.length; k++) offsets.push(at);
    text += s;
  };
  while (i < raw.length) {
    const ch = raw[i]!;
    if (ch === '&') {
      const semi = raw.indexOf(';', i);
      const name = semi > i ? raw.slice(i + 1, semi) : '';
      let value: string | undefined;
      if (name.startsWith('#x') || name.startsWith('#X')) value = safeCodePoint(parseInt(name.slice(2), 16));
      else if (name.startsWith('#')) value = safeCodePoint(parseInt(name.slice(1), 10));
      else value = NAMED[name];
      if (value === undefined) {
        push('&', i);
        i++;
      } else {
        push(value, i);
        i = semi + 1;
      }
    } else if (ch === '<') {
      if (raw.startsWith('<![CDATA[', i)) {
        const close = raw.indexOf(']]>', i + 9);
        const stop = close < 0 ? raw.length : close;
        for (let k = i + 9; k < stop; k++) push(raw[k]!, k);
        i = close < 0 ? raw.length : close + 3;
      } else {
        const close = raw.indexOf('>', i);
        i = close < 0 ? raw.length : close + 1;
      }
    } else if (ch === '\r') {
      push('\n', i);
      i += raw[i + 1] === '\n' ? 2 : 1;
    } else {
      push(ch, i);
      i++;
    }
  }
  offsets.push(raw.length);
  return { text, offsets };
}

function safeCodePoint(n: number): string | undefined {
  if (!Number.isFinite(n) || n < 0 || n > 0x10ffff) return undefined;
  return String.fromCodePoint(n);
}

/** Escapes text for XML character data and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}
