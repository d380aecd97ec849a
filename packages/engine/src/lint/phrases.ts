import type { CompiledScenario } from '../compile/compiled-scenario';
import { beatPath } from '../model/paths';
import type { Problem } from '../runtime/types';

/** A phrase trauma-informed practice warns against, why, and what to say instead. */
export interface PhraseRule {
  phrase: string;
  why: string;
  instead: string;
}

/** The default list (C2, C4, C6 of the rubric). Matching ignores case, curly quotes and extra spaces. */
export const DEFAULT_PHRASES: PhraseRule[] = [
  {
    phrase: "why didn't you leave",
    why: '"why" questions about leaving blame the survivor',
    instead: 'validate: "It makes sense you did what you had to do to survive."',
  },
  {
    phrase: 'why did you stay',
    why: '"why" questions about staying blame the survivor',
    instead: 'ask what would help now',
  },
  {
    phrase: "why didn't you",
    why: '"why didn\'t you" questions blame the survivor',
    instead: 'ask an open question about what happened or what would help',
  },
  {
    phrase: 'you should have',
    why: 'hindsight judgement shames the survivor',
    instead: 'reflect what they did to cope',
  },
  {
    phrase: 'you can trust me',
    why: 'trust is earned through transparency, not asked for',
    instead: 'explain your role, what you can and cannot do, and confidentiality limits',
  },
  {
    phrase: 'trust me',
    why: 'trust is earned through transparency, not asked for',
    instead: 'explain your role and what happens next',
  },
  {
    phrase: 'you are safe now',
    why: "a promise you cannot keep; safety is the survivor's to judge",
    instead: 'ask "Is it safe to talk right now?"',
  },
  {
    phrase: "you're safe now",
    why: "a promise you cannot keep; safety is the survivor's to judge",
    instead: 'ask "Is it safe to talk right now?"',
  },
  {
    phrase: "you're safe here",
    why: 'a promise you cannot keep',
    instead: 'describe what this place can and cannot do',
  },
  {
    phrase: 'we will protect your family',
    why: 'a promise outside your control',
    instead: 'say what you can do and who could help',
  },
  {
    phrase: "you'll get a visa",
    why: 'guarantees an outcome nobody controls',
    instead: 'offer an immigration attorney referral; outcomes are not guaranteed',
  },
  { phrase: 'prostitute', why: 'a stigmatising label', instead: "use the person's own words" },
  {
    phrase: 'stockholm syndrome',
    why: 'a pathologising label',
    instead: 'name the feelings without a label, and ask before explaining trauma bonding',
  },
  {
    phrase: 'are you a trafficking victim',
    why: 'imposes a label and rarely gets an honest answer',
    instead: 'ask behaviour-based questions with permission (can you come and go freely?)',
  },
  {
    phrase: 'are you a victim',
    why: 'imposes a label',
    instead: 'ask behaviour-based questions with permission',
  },
  {
    phrase: 'illegal alien',
    why: 'a dehumanising label',
    instead: 'say "person" or use the person\'s own words',
  },
  { phrase: 'calm down', why: 'dismisses distress', instead: 'slow down and offer a break' },
];

function normalise(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/\s+/g, ' ');
}

/**
 * Language lint over the trainee's words: a listed phrase in a choice scored `best` is an error,
 * in an `acceptable` one a warning; in a `harmful` choice it is expected and fine.
 *
 * @example
 * lintPhrases(compiled) // => [{ rule: 'phrase-lint', severity: 'error', path: [...,'choices',0,'text'], ... }]
 */
export function lintPhrases(compiled: CompiledScenario, phrases: PhraseRule[] = DEFAULT_PHRASES): Problem[] {
  const rules = phrases.map((p) => ({
    ...p,
    re: new RegExp(`(^|[^a-z'])${normalise(p.phrase).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^a-z])`),
  }));
  const problems: Problem[] = [];
  for (const id of compiled.index.beatOrder) {
    const info = compiled.index.beats.get(id);
    if (!info) continue;
    info.beat.choices.forEach((c, i) => {
      if (c.verdict === 'harmful') return;
      const text = normalise(c.text);
      const hit = rules.find((r) => r.re.test(text));
      if (!hit) return;
      problems.push({
        severity: c.verdict === 'best' ? 'error' : 'warning',
        rule: 'phrase-lint',
        path: [...beatPath(info), 'choices', i, 'text'],
        message: `"${hit.phrase}" in a choice scored ${c.verdict}: ${hit.why}`,
        fix: `reword it (${hit.instead}), or score the choice harmful if that is the point`,
      });
    });
  }
  return problems;
}
