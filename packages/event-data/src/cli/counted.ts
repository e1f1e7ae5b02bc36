/** "1 article", "6 articles": a count with its noun in the number it needs, for messages. */
export const counted = (n: number, noun: string, plural = `${noun}s`): string => `${n} ${n === 1 ? noun : plural}`;
