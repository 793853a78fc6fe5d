/**
 * A static file server for dist/, as a CDN would serve it: text responses gzip-compressed when the
 * browser accepts it, `/dir/` answered by `/dir/index.html`, and 404.html for missing paths.
 * `astro preview` compresses nothing, which would skew Lighthouse's transfer sizes and timings.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { GZIP_LEVEL } from './stats.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** Types a CDN compresses; Pagefind's index, fragment and wasm files are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves `root` on 127.0.0.1:`port` until `close()`. */
export async function serveStatic(dir: string, port: number): Promise<StaticServer> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    respond(root, req, res).catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function respond(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
  const file = await resolveFile(root, pathname);
  if (file === 'directory') {
    // Static hosts add the trailing slash the site's addresses always have.
    res.writeHead(301, { location: `${pathname}/` }).end();
    return;
  }
  const status = file ? 200 : 404;
  const path = file ?? join(root, '404.html');
  const type = CONTENT_TYPES[extname(path)] ?? 'application/octet-stream';
  let body = await readFile(path);
  const headers: Record<string, string> = { 'content-type': type, vary: 'Accept-Encoding' };
  if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    body = gzipSync(body, { level: GZIP_LEVEL });
    headers['content-encoding'] = 'gzip';
  }
  headers['content-length'] = String(body.length);
  res.writeHead(status, headers).end(req.method === 'HEAD' ? undefined : body);
}

/** The file a path names inside `root`, 'directory' for a directory without its slash, or undefined. */
async function resolveFile(root: string, pathname: string): Promise<string | 'directory' | undefined> {
  const path = normalize(join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
  if (!path.startsWith(root + sep)) return undefined; // no way out of root with ../
  const info = await stat(path).catch(() => undefined);
  if (info?.isFile()) return path;
  if (info?.isDirectory()) return (await stat(join(path, 'index.html')).catch(() => undefined)) ? 'directory' : undefined;
  return undefined;
}
