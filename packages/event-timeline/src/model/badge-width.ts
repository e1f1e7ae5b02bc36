/** Width of a count badge ("+12") in px. */
export const badgeWidth = (count: number) => 16 + (String(count).length + 1) * 6.5;
