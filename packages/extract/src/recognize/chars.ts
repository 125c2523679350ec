/** Character classes the recognizers share. */
export const isHan = (ch: string | undefined): boolean => ch !== undefined && /\p{Script=Han}/u.test(ch);

/**
 * Characters that, right after a 2-character name, belong to the sentence rather than
 * the name (刘长庚率…, 李华以…, 王建军表示…): a three-character reading ending in one of
 * them is cut back to two.
 */
export const AFTER_NAME = new Set([..."率说等在和与到为是也将对向一及就从把被让给同称表指强介带赴来去前亲主参出陪视调会还则都已曾又再要所的以了于而并共称现任"]);
