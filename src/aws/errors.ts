// One-line, actionable errors for everything that can go wrong talking to AWS (issue #4):
// no credentials, no region, access denied, unreachable endpoint, and the service's own answers.
import { classify } from './retry.js';

/** A failed AWS call, already explained for a user. `code` is the AWS error code (e.g. `VersionConflictException`). */
export class AwsError extends Error {
  constructor(
    message: string,
    readonly operation: string,
    readonly code: string,
    readonly resource?: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'AwsError';
  }
}

const ACCESS_DENIED = new Set([
  'AccessDeniedException',
  'AccessDenied',
  'UnauthorizedException',
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'ExpiredToken',
  'ExpiredTokenException',
  'InvalidSignatureException',
  'SignatureDoesNotMatch',
]);

interface SdkLikeError {
  name?: string;
  code?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
}

/** Turns whatever the SDK threw into an AwsError naming the operation and the resource. */
export function explainAwsError(error: unknown, operation: string, resource?: string, endpoint?: string): AwsError {
  if (error instanceof AwsError) return error;
  const e = (error ?? {}) as SdkLikeError;
  const on = `${operation}${resource ? ` ${resource}` : ''}`;
  const detail = (e.message ?? String(error)).split('\n')[0]!.trim();
  const code = e.name && e.name !== 'Error' ? e.name : (e.code ?? 'Error');
  if (e.name === 'CredentialsProviderError' || /credential/i.test(e.name ?? '')) {
    return new AwsError(
      `no AWS credentials found (${on})`,
      operation,
      'NoCredentials',
      resource,
      'Set AWS_PROFILE (and run `aws sso login` for SSO), or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY; use --local for the embedded emulator.',
    );
  }
  if (detail === 'Region is missing') {
    return new AwsError(`no AWS region (${on})`, operation, 'NoRegion', resource, 'Pass --region, set AWS_REGION, or give the environment a region in defender-gitops.yaml.');
  }
  if (ACCESS_DENIED.has(e.name ?? '') || e.$metadata?.httpStatusCode === 403) {
    return new AwsError(`access denied: ${on}: ${detail}`, operation, code, resource, `The credentials in use need permission for iot:${operation}.`);
  }
  if (e.code === 'ENOTFOUND' || classify(error) === 'network') {
    return new AwsError(
      `cannot reach ${endpoint ?? 'the AWS IoT endpoint'} (${on}): ${detail}`,
      operation,
      e.code ?? code,
      resource,
      'Check --endpoint-url / --region and the network; is the emulator running?',
    );
  }
  return new AwsError(`${on} failed: ${code}: ${detail}`, operation, code, resource);
}
