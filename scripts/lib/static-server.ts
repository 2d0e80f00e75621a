/**
 * A static file server for the built site that applies `public/_headers` (copied to the build
 * root) the way Netlify and Cloudflare Pages read it, so what is tested is what ships.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseHeadersFile, headersForPath, type HeaderRule } from './headers-file.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

export interface StaticServerOptions {
  /** Folder to serve. */
  root: string;
  /** Port to listen on; 0 picks a free one. */
  port?: number;
  host?: string;
  /** Apply `<root>/_headers` (default true). */
  applyHeadersFile?: boolean;
}

export interface RunningServer {
  server: Server;
  /** Origin without trailing slash, e.g. `http://127.0.0.1:4321`. */
  origin: string;
  close(): Promise<void>;
}

async function fileAt(path: string): Promise<string | undefined> {
  try {
    const info = await stat(path);
    if (info.isFile()) return path;
    if (info.isDirectory()) return fileAt(join(path, 'index.html'));
  } catch {
    // Missing files are answered with the 404 page.
  }
  return undefined;
}

export async function startStaticServer(options: StaticServerOptions): Promise<RunningServer> {
  const root = resolve(options.root);
  const host = options.host ?? '127.0.0.1';
  let rules: HeaderRule[] = [];
  if (options.applyHeadersFile !== false) {
    try {
      rules = parseHeadersFile(await readFile(join(root, '_headers'), 'utf8'));
    } catch {
      rules = [];
    }
  }

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      response.writeHead(400).end('Bad request');
      return;
    }
    const target = normalize(join(root, pathname));
    const inside = target === root || target.startsWith(root + sep);
    // A folder URL without its trailing slash is redirected, as static hosts do.
    if (inside && !pathname.endsWith('/') && !extname(pathname)) {
      const folderIndex = await fileAt(join(target, 'index.html'));
      if (folderIndex) {
        response.writeHead(301, { Location: `${pathname}/${url.search}` }).end();
        return;
      }
    }
    const file = inside ? await fileAt(target) : undefined;
    const status = file ? 200 : 404;
    const served = file ?? (await fileAt(join(root, '404.html')));
    const headers: Record<string, string> = {
      // Revalidate whatever `_headers` does not let browsers keep.
      'cache-control': 'no-cache',
      ...headersForPath(rules, pathname),
      'Content-Type': (served && CONTENT_TYPES[extname(served)]) || 'application/octet-stream',
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, headers).end();
      return;
    }
    const body = served ? await readFile(served) : Buffer.from('Not found');
    response.writeHead(status, { ...headers, 'Content-Length': String(body.length) });
    response.end(request.method === 'HEAD' ? undefined : body);
  });

  await new Promise<void>((done) => server.listen(options.port ?? 0, host, done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    server,
    origin: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
