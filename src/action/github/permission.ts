// A token that may not write (fork pull requests, missing `pull-requests: write`) is not an error
// for the Action: it reports through the job summary instead (conventions §8.6).
interface HttpError {
  status?: number;
  message?: string;
}

export function isPermissionDenied(error: unknown): boolean {
  const { status } = (error ?? {}) as HttpError;
  return status === 403 || status === 401;
}

export function describeHttpError(error: unknown): string {
  const { status, message } = (error ?? {}) as HttpError;
  const text = (message ?? String(error)).split('\n', 1)[0];
  return status ? `HTTP ${status}: ${text}` : String(text);
}
