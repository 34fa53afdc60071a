// The HTTP layer: reads the body (≤ 1 MB), routes, applies faults, runs the handler and writes the
// response the way the real service does (x-amzn-RequestId, x-amzn-ErrorType + JSON {message}).
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { ApiError } from './errors.js';
import type { Faults } from './faults.js';
import { RawOutput, type Output } from './request.js';
import { parseQuery, type Router } from './router.js';
import type { Context } from './store.js';

export const MAX_BODY_BYTES = 1024 * 1024;

export interface ServerParts {
  router: Router;
  context: Context;
  faults: Faults;
  /** Called after every successful mutation (persists the state file). */
  onMutation?: () => void;
  /** Where unexpected handler errors are reported (they still answer InternalFailureException). */
  log?: (message: string) => void;
}

function readBody(req: IncomingMessage): Promise<{ text: string; tooLarge: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Keep draining past the limit so the client reads our error instead of a reset connection.
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve({ text: Buffer.concat(chunks).toString('utf8'), tooLarge: size > MAX_BODY_BYTES }));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: string): void {
  res.writeHead(status, { ...headers, 'Content-Length': String(Buffer.byteLength(body)) });
  res.end(body);
}

export function sendError(res: ServerResponse, requestId: string, error: ApiError): void {
  send(
    res,
    error.status,
    { 'Content-Type': 'application/json', 'x-amzn-RequestId': requestId, 'x-amzn-ErrorType': error.code },
    JSON.stringify({ message: error.message, ...error.extra }),
  );
}

function sendOutput(res: ServerResponse, requestId: string, output: Output): void {
  if (output instanceof RawOutput)
    send(res, output.status, { 'Content-Type': output.contentType, 'x-amzn-RequestId': requestId }, output.text);
  else send(res, 200, { 'Content-Type': 'application/json', 'x-amzn-RequestId': requestId }, JSON.stringify(output));
}

/**
 * Requests Node's HTTP parser rejects (malformed syntax, headers over its limit) still get a JSON error
 * in the service's format instead of a bare status line.
 */
export function onClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (!socket.writable) return void socket.destroy();
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const status = tooLarge ? 431 : 400;
  const body = JSON.stringify({ message: tooLarge ? 'Request headers are too large' : `Malformed HTTP request: ${error.message}` });
  socket.end(
    `HTTP/1.1 ${status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\nContent-Type: application/json\r\n` +
      `x-amzn-RequestId: ${randomUUID()}\r\nx-amzn-ErrorType: ${tooLarge ? 'RequestHeaderFieldsTooLargeException' : 'InvalidRequestException'}\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

export function requestListener(parts: ServerParts) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const requestId = randomUUID();
    let body: { text: string; tooLarge: boolean };
    try {
      body = await readBody(req);
    } catch {
      return void res.destroy(); // the client went away mid-request: nobody to answer
    }
    try {
      const { text, tooLarge } = body;
      await parts.faults.delay();
      if (tooLarge)
        throw new ApiError('RequestEntityTooLargeException', `Request body exceeds the ${MAX_BODY_BYTES} byte limit`);
      const url = req.url ?? '/';
      const q = url.indexOf('?');
      const { route, labels } = parts.router.match(req.method ?? 'GET', q < 0 ? url : url.slice(0, q));
      const query = parseQuery(q < 0 ? '' : url.slice(q + 1));
      parts.faults.inject(route.operation);
      const output = route.handle({ method: route.method, labels, query, body: text, headers: req.headers }, parts.context);
      if (route.mutates) parts.onMutation?.();
      sendOutput(res, requestId, output);
    } catch (e) {
      if (e instanceof ApiError) return sendError(res, requestId, e);
      parts.log?.(`internal error on ${req.method} ${req.url}: ${(e as Error)?.stack ?? String(e)}`);
      sendError(res, requestId, new ApiError('InternalFailureException', `Internal failure: ${(e as Error)?.message ?? String(e)}`));
    }
  };
}
