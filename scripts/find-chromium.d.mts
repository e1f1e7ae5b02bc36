/** Usual install paths of Chrome and Chromium, in the order they are tried. */
export const CANDIDATES: string[];
/** The browser to use: $CHROME_PATH if set, else the first usual install path that exists. */
export function findChromium(): string | undefined;
/** Flags for headless Chromium on a CI machine. */
export const CHROMIUM_ARGS: string[];
