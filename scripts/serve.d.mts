import type { Server } from 'node:http';

export interface Served {
  /** e.g. http://localhost:8000/ */
  url: string;
  server: Server;
}
/** Starts the demo server (the page, /event-timeline.js, /events.json, /articles/*.txt). */
export function serve(options?: { port?: number; host?: string }): Promise<Served>;
/** Serves the files of a folder. */
export function serveDirectory(dir: string, options?: { port?: number; host?: string }): Promise<Served>;
