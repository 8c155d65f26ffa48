/** Years of experience or track record demanded of the organisation or its staff. */
import type { TenderDocument } from '../../model/types';
import { testText } from '../../model/memo';
import type { Facts } from '../types';
import type { ExperienceDemand } from './types';
import { at, following, inSentence, sentencesAfter, type Sentence } from './sentences';

const EXPERIENCE_AFTER = /^['’]?s?\s+(?:of\s+)?(?:(?:relevant|proven|demonstrable|demonstrated|previous|direct|successful|continuous|practical|operational|sector)\s+){0,2}(?:experience|track\s+record|trading\s+history|history\s+of\s+(?:delivering|providing))/i;
const EXPERIENCE_BEFORE =
  /\b(?:(?:experience|track\s+record|trading\s+history)\s+(?:of|over|spanning|covering)|(?:trading|operating|established|in\s+business|existed)\s+for)\s+(?:at\s+least\s+|a\s+minimum\s+of\s+|not\s+less\s+than\s+|no\s+less\s+than\s+|more\s+than\s+|over\s+)?$/i;
const EXPERIENCE_DEMAND = /\b(?:must|shall|required?|minimum|at\s+least|not\s+less\s+than|no\s+less\s+than|need(?:s)?\s+to|should\s+(?:have|be\s+able)|will\s+(?:not\s+be\s+considered|be\s+excluded)|essential|only\s+(?:consider|accept))\b/i;
const STAFF =
  /\b(?:staff|personnel|employees?|managers?|workers?|practitioners?|co-?ordinators?|supervisors?|key\s+(?:persons?|personnel|staff)|team\s+(?:leaders?|members?)|individuals?|candidates?|consultants?|specialists?|developers?|engineers?|designers?|counsellors?|therapists?|nurses?|social\s+workers?|trainers?|advisers?|advisors?|volunteers?|lead\s+(?:officer|worker)|post-?holders?)\b/i;
const EXPERIENCE_ALTERNATIVE =
  /\bor\s+(?:an?\s+)?(?:equivalent|comparable|demonstrable|alternative|relevant\s+(?:qualifications?|work)|can\s+demonstrate)|\bnew\s+(?:organisations|providers|entrants|businesses|suppliers)\b|\bunless\b|\bwhere\s+(?:you|an\s+organisation)\s+(?:has|have)\s+(?:not|less)|\bor\s+(?:by\s+)?(?:their|its|your)\s+(?:staff|trustees|directors)/i;

export function experience(doc: TenderDocument, facts: Facts, sentences: Sentence[]): ExperienceDemand[] {
  const out: ExperienceDemand[] = [];
  for (const s of sentences) {
    for (const d of inSentence(facts.durations, s)) {
      if (d.unit !== 'year' || d.parts.length > 1) continue;
      const rel = d.start - s.start;
      const after = s.text.slice(d.end - s.start);
      const before = s.text.slice(Math.max(0, rel - 80), rel);
      if (!EXPERIENCE_AFTER.test(after) && !EXPERIENCE_BEFORE.test(before)) continue;
      if (/\b(?:in|within|during|over|for)\s+(?:the\s+)?(?:last|past|previous|preceding)\s+$/i.test(before)) continue;
      if (!testText(EXPERIENCE_DEMAND, s.text)) continue;
      const next = following(doc, s.block, 1).map((b) => b.text).join(' ');
      const rest = s.text.slice(rel);
      out.push({
        ...at(doc, s, rel, d.end - s.start),
        years: d.value,
        duration: d,
        subject: testText(STAFF, s.text) ? 'staff' : 'organisation',
        alternative: EXPERIENCE_ALTERNATIVE.test(rest) || EXPERIENCE_ALTERNATIVE.test(sentencesAfter(sentences, s)) || testText(EXPERIENCE_ALTERNATIVE, next),
      });
    }
  }
  return out;
}
