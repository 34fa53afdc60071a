// Wire details the SDK hides: raw headers and bodies, botocore-style requests with no body and no
// Content-Type, percent-encoded labels, and requests that must never crash the server.
import { describe, expect, it } from 'vitest';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { ACCOUNT, useEmulator } from './helpers.js';

describe('wire protocol', () => {
  const t = useEmulator();
  const call = (path: string, init: RequestInit = {}) => fetch(`${t.emulator.url}${path}`, init);
  const json = (body: unknown): RequestInit => ({ body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });

  it('answers success with x-amzn-RequestId, JSON, epoch-second timestamps, and omits absent collections', async () => {
    const created = await call('/security-profiles/wire-a', { method: 'POST', ...json({}) });
    expect(created.status).toBe(200);
    expect(created.headers.get('content-type')).toBe('application/json');
    expect(created.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await created.json()).toEqual({ securityProfileName: 'wire-a', securityProfileArn: `arn:aws:iot:us-east-1:${ACCOUNT}:securityprofile/wire-a` });
    const described = await (await call('/security-profiles/wire-a')).json();
    expect(Object.keys(described).sort()).toEqual(['creationDate', 'lastModifiedDate', 'securityProfileArn', 'securityProfileName', 'version']);
    expect(typeof described.creationDate).toBe('number');
    expect(described.creationDate).toBeGreaterThan(1.7e9);
    expect(described.creationDate).toBeLessThan(1e10);
  });

  it('answers errors with x-amzn-ErrorType and a JSON {message} body', async () => {
    const res = await call('/security-profiles/never-made');
    expect(res.status).toBe(404);
    expect(res.headers.get('x-amzn-errortype')).toBe('ResourceNotFoundException');
    expect(res.headers.get('x-amzn-requestid')).toBeTruthy();
    expect(await res.json()).toEqual({ message: 'Security profile never-made does not exist' });
  });

  it('accepts botocore-style requests with no body and no Content-Type', async () => {
    await call('/security-profiles/wire-nobody', { method: 'POST' });
    await call('/thing-groups/wire-g', { method: 'POST' });
    const target = encodeURIComponent(`arn:aws:iot:us-east-1:${ACCOUNT}:thinggroup/wire-g`);
    const attach = await call(`/security-profiles/wire-nobody/targets?securityProfileTargetArn=${target}`, { method: 'PUT' });
    expect(attach.status).toBe(200);
    expect(await attach.json()).toEqual({});
    const del = await call('/security-profiles/wire-nobody?expectedVersion=1', { method: 'DELETE' });
    expect(del.status).toBe(200);
  });

  it('decodes %3A in path labels', async () => {
    expect((await call('/security-profiles/wire%3Acolon', { method: 'POST' })).status).toBe(200);
    const described = await (await call('/security-profiles/wire:colon')).json();
    expect(described.securityProfileName).toBe('wire:colon');
  });

  it('rejects malformed JSON, wrong types, bad percent-encoding, unknown routes and huge bodies with JSON errors', async () => {
    const cases: [string, RequestInit, number, string, string][] = [
      ['/security-profiles/wire-bad', { method: 'POST', body: '{"behaviors": [', headers: { 'Content-Type': 'application/json' } }, 400, 'InvalidRequestException', 'Malformed JSON'],
      ['/security-profiles/wire-bad', { method: 'POST', body: '[1]' }, 400, 'InvalidRequestException', 'JSON object'],
      ['/security-profiles/wire-bad', { method: 'POST', ...json({ behaviors: 'x' }) }, 400, 'InvalidRequestException', 'behaviors'],
      ['/security-profiles/wire-bad', { method: 'POST', ...json({ behaviors: [{ name: 'b', criteria: { value: { count: -1 } } }] }) }, 400, 'InvalidRequestException', 'count'],
      ['/security-profiles/wire-bad', { method: 'POST', ...json({ securityProfileDescription: 5 }) }, 400, 'InvalidRequestException', 'securityProfileDescription'],
      ['/security-profiles/wire%ZZbad', { method: 'POST' }, 400, 'InvalidRequestException', 'percent-encoding'],
      ['/security-profiles?maxResults=%E0%A4%A', {}, 400, 'InvalidRequestException', 'percent-encoding'],
      ['/security-profiles?maxResults=ten', {}, 400, 'InvalidRequestException', 'maxResults'],
      ['/no/such/route', {}, 404, 'UnknownOperationException', 'GET /no/such/route'],
      ['/security-profiles', { method: 'PUT' }, 404, 'UnknownOperationException', 'PUT'],
      ['/security-profiles/wire-big', { method: 'POST', body: `{"securityProfileDescription":"${'x'.repeat(1024 * 1024 + 10)}"}` }, 413, 'RequestEntityTooLargeException', 'limit'],
      ['/security-profiles/wire-bad?expectedVersion=1.5', { method: 'DELETE' }, 400, 'InvalidRequestException', 'expectedVersion'],
      ['/security-profiles-for-target?securityProfileTargetArn=x&recursive=yes', {}, 400, 'InvalidRequestException', 'securityProfileTargetArn'],
    ];
    for (const [path, init, status, code, text] of cases) {
      const res = await call(path, init);
      expect(res.status, path).toBe(status);
      expect(res.headers.get('x-amzn-errortype'), path).toBe(code);
      expect(((await res.json()) as { message: string }).message, path).toContain(text);
    }
    // Still serving after all that.
    expect((await call('/security-profiles')).status).toBe(200);
  });

  it('sends STS GetCallerIdentity as awsQuery XML', async () => {
    const res = await call('/', { method: 'POST', body: 'Action=GetCallerIdentity&Version=2011-06-15', headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8' } });
    expect(res.status).toBe(200);
    const xml = await res.text();
    expect(xml).toMatch(/^<GetCallerIdentityResponse xmlns="https:\/\/sts.amazonaws.com\/doc\/2011-06-15\/"><GetCallerIdentityResult>/);
    expect(xml).toContain(`<Account>${ACCOUNT}</Account>`);
    expect(xml).toContain(`<Arn>arn:aws:iam::${ACCOUNT}:user/emulator</Arn>`);
    const wrong = await call('/', { method: 'POST', body: 'Action=AssumeRole' });
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain('<Code>InvalidAction</Code>');
  });

  it('answers requests the HTTP parser rejects with a JSON error', async () => {
    const url = new URL(t.emulator.url);
    const raw = (text: string) =>
      new Promise<string>((resolve) => {
        const socket = connect(Number(url.port), url.hostname, () => socket.end(text));
        let answer = '';
        socket.on('data', (d) => (answer += d)).on('close', () => resolve(answer));
      });
    const garbage = await raw('THIS IS NOT HTTP\r\n\r\n');
    expect(garbage).toMatch(/^HTTP\/1.1 400 /);
    expect(garbage).toContain('x-amzn-ErrorType: InvalidRequestException');
    expect(JSON.parse(garbage.slice(garbage.indexOf('\r\n\r\n') + 4)).message).toContain('Malformed HTTP request');
    const huge = await raw(`GET /security-profiles HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(huge).toMatch(/^HTTP\/1.1 431 /);
    expect((await call('/security-profiles')).status).toBe(200);
  });

  it('survives a client that disconnects mid-body', async () => {
    const url = new URL(t.emulator.url);
    await new Promise<void>((resolve) => {
      const req = httpRequest({ host: url.hostname, port: url.port, method: 'POST', path: '/security-profiles/wire-cut', headers: { 'Content-Length': '1000' } });
      req.on('error', () => resolve());
      req.write('{"securityProfileDescription": "');
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 20);
    });
    expect((await call('/security-profiles')).status).toBe(200);
  });
});
