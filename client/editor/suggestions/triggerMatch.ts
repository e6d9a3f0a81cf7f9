/**
 * What the text just before the caret asks for: « /… » an insertion, « @… » a speaker,
 * « #… » or « mesure 22 » a plan measure. Pure, so every pattern is tested without a browser.
 */
export type TriggerKind = 'command' | 'speaker' | 'measure';

export interface TriggerMatch {
  kind: TriggerKind;
  /** What opened the menu; « mesure » is typed as ordinary prose, the others are signs. */
  trigger: '/' | '@' | '#' | 'mesure';
  /** What was typed after the trigger, to filter the choices. */
  query: string;
  /** Where the trigger starts in the text: the span from here to the caret gets replaced. */
  start: number;
}

interface TriggerPattern {
  kind: TriggerKind;
  trigger: TriggerMatch['trigger'];
  /** Group 1 is the whole trigger text, group 2 the query. */
  pattern: RegExp;
}

// A trigger starts a word: « 22/11 », « contact@asso.fr » or « n°#3 » open nothing.
const PATTERNS: readonly TriggerPattern[] = [
  { kind: 'command', trigger: '/', pattern: /(?:^|\s)(\/([\p{L}\p{N}]{0,24}))$/u },
  // Names have spaces (« Hors la Rue »), so a speaker query may have single spaces between words.
  { kind: 'speaker', trigger: '@', pattern: /(?:^|\s)(@((?:[\p{L}\p{N}'’().-]+ ?){0,6}))$/u },
  { kind: 'measure', trigger: '#', pattern: /(?:^|\s)(#([\p{L}\p{N}]{0,24}))$/u },
  { kind: 'measure', trigger: 'mesure', pattern: /(?:^|\s)(mesure\s(\d{1,4}))$/iu },
];

export function matchTrigger(textBeforeCaret: string): TriggerMatch | null {
  for (const { kind, trigger, pattern } of PATTERNS) {
    const match = pattern.exec(textBeforeCaret);
    if (!match) continue;
    const whole = match[1] ?? '';
    return { kind, trigger, query: match[2] ?? '', start: textBeforeCaret.length - whole.length };
  }
  return null;
}
