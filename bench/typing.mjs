// The edits the editor benchmark types: short words inserted into prose lines spread through the whole document, or
// removed again, as LSP incremental changes. Used by bench/editor-latency.mjs.
import { random } from './corpus.mjs';


const INSERTS = ['new ', 'local ', 'agreed ', 'all ', 'further '];

/** Lines that hold prose (no headings, tables, list items, quotes, code or front matter). */
function proseLines(lines) {
  const out = [];
  let fence = false;
  let front = lines[0]?.replace(/\r$/, '') === '---';
  for (let i = front ? 1 : 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    if (front) {
      if (line === '---' || line === '...') front = false;
      continue;
    }
    if (/^\s*(```|~~~)/.test(line)) {
      fence = !fence;
      continue;
    }
    if (fence || !line.trim()) continue;
    if (/^\s*(#|\||>|[-*+]\s|\d+[.)]\s|<|\[\^?[^\]]*\]:)/.test(line) || /^ {4}|^\t/.test(line)) continue;
    if (!/[A-Za-z]{3}.*\s[A-Za-z]/.test(line)) continue;
    out.push(i);
  }
  return out;
}

/**
 * A seeded sequence of small edits on `lines` (mutated as edits are made). Inserts a short word at the start of a
 * word in a prose line, or removes one of the words inserted earlier, so the document stays about the same size.
 * Lines are chosen by a golden-ratio sequence, so positions jump around the whole document.
 */
export function editor(lines, seed) {
  let candidates = proseLines(lines);
  if (!candidates.length) candidates = lines.map((l, i) => (l.trim() ? i : -1)).filter((i) => i >= 0);
  if (!candidates.length) throw new Error('the document has no text to edit');
  const rnd = random(seed);
  const inserted = []; // { line, character, length }
  let step = 0;
  return function next() {
    step++;
    if (inserted.length && rnd() < 0.5) {
      const [ins] = inserted.splice(Math.floor(rnd() * inserted.length), 1);
      const text = lines[ins.line];
      lines[ins.line] = text.slice(0, ins.character) + text.slice(ins.character + ins.length);
      for (const o of inserted) if (o.line === ins.line && o.character > ins.character) o.character -= ins.length;
      return {
        line: ins.line,
        change: { range: { start: { line: ins.line, character: ins.character }, end: { line: ins.line, character: ins.character + ins.length } }, text: '' },
      };
    }
    const line = candidates[Math.floor(((0.5 + step * 0.6180339887) % 1) * candidates.length)];
    const text = lines[line].replace(/\r$/, '');
    const starts = [];
    for (let i = 0; i < text.length; i++) if ((i === 0 || text[i - 1] === ' ') && /[A-Za-z]/.test(text[i])) starts.push(i);
    const character = starts.length ? starts[Math.floor(rnd() * starts.length)] : 0;
    const word = INSERTS[Math.floor(rnd() * INSERTS.length)];
    lines[line] = lines[line].slice(0, character) + word + lines[line].slice(character);
    for (const o of inserted) if (o.line === line && o.character >= character) o.character += word.length;
    inserted.push({ line, character, length: word.length });
    return { line, change: { range: { start: { line, character }, end: { line, character } }, text: word } };
  };
}
