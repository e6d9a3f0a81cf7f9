/**
 * « guillemets » hold a no-break space on their inner side, so a closing « » » never starts
 * a line and an opening « « » never ends one. Messages are written with plain spaces in the
 * code, for readability; this sets them right once, where they leave for the UI.
 */
export const withGuillemetSpaces = (text: string): string =>
  text.replace(/«[ \u00A0\u202F]*/g, '«\u00A0').replace(/[ \u00A0\u202F]*»/g, '\u00A0»');
