/**
 * What went wrong with a fetch, said so that a user can act on it: "DNS failure: no address for
 * news.example", "connection refused", "timed out after 10 s". Everything that comes from the
 * network (codes, host names, content types) is checked against a narrow pattern before it is
 * put in a message, so a server cannot write control characters into the user's terminal.
 */

const CODE = /^[A-Z][A-Z0-9_]{1,40}$/;
const HOST = /^[a-z0-9.:[\]-]{1,253}$/i;
const MIME = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,60}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,60}$/i;

/** A content type as it may be shown, or a quoted, shortened stand-in when it is odd. */
export const shownType = (type: string): string => (MIME.test(type) ? type.toLowerCase() : JSON.stringify(type.slice(0, 40)));

/** A host name as it may be shown. */
export const shownHost = (host: string): string => (HOST.test(host) ? host : JSON.stringify(host.slice(0, 60)));

/** Seconds for messages: `10 s`, `0.5 s`. */
export const seconds = (ms: number): string => `${Number((ms / 1000).toFixed(ms < 1000 ? 2 : 1))} s`;

/** Megabytes for messages: `20 MB`, `0.1 MB`. */
export const megabytes = (bytes: number): string => `${Number((bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1))} MB`;

/** The error code a failed fetch carries in its cause chain (`ENOTFOUND`, `ECONNREFUSED`, `UND_ERR_SOCKET`). */
function codeOf(error: unknown): string | undefined {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++)
    if (typeof e.code === 'string' && CODE.test(e.code)) return e.code;
  return undefined;
}

/** Why a fetch of `url` threw, for a user: the network's words, not undici's. */
export function describeFetchError(error: unknown, url: string): string {
  const host = shownHost(new URL(url).host);
  const code = codeOf(error);
  switch (code) {
    case 'ENOTFOUND':
      return `DNS failure: no address found for ${host}`;
    case 'EAI_AGAIN':
      return `DNS failure: the lookup of ${host} failed for now (try again later)`;
    case 'ECONNREFUSED':
      return `connection refused by ${host}`;
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
    case 'EPIPE':
      return `the connection to ${host} was closed before the page arrived`;
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `${host} cannot be reached from this network`;
    case 'UND_ERR_CONNECT_TIMEOUT':
    case 'ETIMEDOUT':
      return `connecting to ${host} timed out`;
    default:
      break;
  }
  if (code && /CERT|TLS|SSL|SELF_SIGNED|VERIFY/.test(code)) return `TLS certificate problem with ${host} (${code})`;
  return code ? `network error with ${host} (${code})` : `network error with ${host}`;
}
