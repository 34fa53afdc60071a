// A small fake of the GitHub REST API on 127.0.0.1, so the Action is tested through the real
// toolkit client (@actions/github's Octokit) over real HTTP. It implements only the endpoints the
// Action calls, with GitHub's shapes, pagination (Link headers) and permission errors.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeUser {
  login: string;
  type: 'Bot' | 'User';
}

export interface FakeComment {
  id: number;
  body: string;
  user: FakeUser;
  created_at: string;
  updated_at: string;
}

export interface FakePull {
  number: number;
  state: 'open' | 'closed';
  merged_at: string | null;
  merge_commit_sha: string | null;
  head: { sha: string };
}

export interface RecordedRequest {
  method: string;
  path: string;
  body?: unknown;
}

export interface FakeGitHubOptions {
  /** Writes answer 403 "Resource not accessible by integration", as the token of a fork pull request does. */
  readOnly?: boolean;
  /** The user behind a personal access token: /user answers it and new comments are theirs. Default: the workflow token (github-actions[bot], /user forbidden). */
  tokenUser?: FakeUser;
}

/** The identity behind the workflow token (GITHUB_TOKEN). */
export const ACTIONS_BOT: FakeUser = { login: 'github-actions[bot]', type: 'Bot' };

export interface FakeGitHub {
  url: string;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  options: FakeGitHubOptions;
  /** Comments of one issue or pull request, oldest first. */
  comments(issue: number): FakeComment[];
  addComment(issue: number, body: string, user?: FakeUser): FakeComment;
  /** Pull requests listed for a commit (repos.listPullRequestsAssociatedWithCommit). */
  setPullsForCommit(sha: string, pulls: FakePull[]): void;
  /** Files changed by a pull request (pulls.listFiles). */
  setPullFiles(pull: number, files: string[]): void;
  close(): Promise<void>;
}

const FORBIDDEN = {
  message: 'Resource not accessible by integration',
  documentation_url: 'https://docs.github.com/rest',
  status: '403',
};

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const requests: RecordedRequest[] = [];
  const commentsByIssue = new Map<number, FakeComment[]>();
  const pullsByCommit = new Map<string, FakePull[]>();
  const filesByPull = new Map<number, string[]>();
  let nextId = 1000;
  let clock = Date.parse('2026-01-01T00:00:00Z');

  const now = () => new Date((clock += 1000)).toISOString();
  const commentsOf = (issue: number) => {
    let list = commentsByIssue.get(issue);
    if (!list) commentsByIssue.set(issue, (list = []));
    return list;
  };
  const addComment = (issue: number, body: string, user: FakeUser = ACTIONS_BOT): FakeComment => {
    const at = now();
    const comment = { id: nextId++, body, user, created_at: at, updated_at: at };
    commentsOf(issue).push(comment);
    return comment;
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, 500, { message: String(error) }));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const raw = await readBody(req);
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
    requests.push({ method, path: url.pathname, ...(body ? { body } : {}) });

    if (!/^(token|Bearer) \S+$/.test(req.headers.authorization ?? '')) {
      return send(res, 401, { message: 'Requires authentication', status: '401' });
    }
    const isWrite = method !== 'GET' && method !== 'HEAD';
    if (isWrite && options.readOnly) return send(res, 403, FORBIDDEN);

    const route = (pattern: RegExp) => pattern.exec(url.pathname);
    let m: RegExpExecArray | null;

    // Installation tokens (GITHUB_TOKEN) cannot read /user.
    if (method === 'GET' && url.pathname === '/user') return options.tokenUser ? send(res, 200, options.tokenUser) : send(res, 403, FORBIDDEN);

    if ((m = route(/^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/))) {
      const issue = Number(m[1]);
      if (method === 'GET') return sendPage(req, res, url, commentsOf(issue).map(toApiComment));
      if (method === 'POST') {
        const text = body?.body;
        if (typeof text !== 'string' || text === '') return send(res, 422, { message: 'body is missing' });
        if (text.length > 65536) return send(res, 422, { message: 'Body is too long (maximum is 65536 characters)' });
        return send(res, 201, toApiComment(addComment(issue, text, options.tokenUser)));
      }
    }
    if ((m = route(/^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/)) && method === 'PATCH') {
      const id = Number(m[1]);
      const comment = [...commentsByIssue.values()].flat().find((c) => c.id === id);
      if (!comment) return send(res, 404, { message: 'Not Found' });
      const text = body?.body;
      if (typeof text !== 'string' || text.length > 65536) return send(res, 422, { message: 'Validation Failed' });
      comment.body = text;
      comment.updated_at = now();
      return send(res, 200, toApiComment(comment));
    }
    if ((m = route(/^\/repos\/[^/]+\/[^/]+\/commits\/([^/]+)\/pulls$/)) && method === 'GET') {
      return sendPage(req, res, url, pullsByCommit.get(m[1]!) ?? []);
    }
    if ((m = route(/^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/files$/)) && method === 'GET') {
      const files = (filesByPull.get(Number(m[1])) ?? []).map((filename) => ({ filename, status: 'modified' }));
      return sendPage(req, res, url, files);
    }
    return send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  }

  function toApiComment(c: FakeComment) {
    return { ...c, html_url: `https://github.com/o/r/issues#issuecomment-${c.id}` };
  }

  // GitHub pagination: per_page (default 30, max 100), page, and a Link header naming the next and last pages.
  function sendPage(req: IncomingMessage, res: ServerResponse, url: URL, items: unknown[]): void {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
    const page = Number(url.searchParams.get('page') ?? 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const links: string[] = [];
    const link = (p: number, rel: string) => {
      const u = new URL(url.pathname + url.search, `http://${req.headers.host}`);
      u.searchParams.set('page', String(p));
      u.searchParams.set('per_page', String(perPage));
      links.push(`<${u.href}>; rel="${rel}"`);
    };
    if (page < last) {
      link(page + 1, 'next');
      link(last, 'last');
    }
    if (links.length) res.setHeader('link', links.join(', '));
    send(res, 200, items.slice((page - 1) * perPage, page * perPage));
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    options,
    comments: (issue) => commentsOf(issue),
    addComment,
    setPullsForCommit: (sha, pulls) => void pullsByCommit.set(sha, pulls),
    setPullFiles: (pull, files) => void filesByPull.set(pull, files),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
