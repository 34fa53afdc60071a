// clientRequestToken semantics of CreateDimension / CreateCustomMetric (reference §5.11): a retry with
// the same name, token and request succeeds; the same name otherwise is ResourceAlreadyExistsException;
// a token already used for another name is rejected.
import { alreadyExists, invalid } from '../errors.js';

export interface Tokened {
  name: string;
  arn: string;
  clientRequestToken: string;
}

/**
 * Returns true when the request is a retry of the create that made `existing` (answer it again);
 * throws when it conflicts; returns false when the create may go ahead.
 */
export function isRetry(kind: string, existing: Tokened | undefined, others: Iterable<Tokened>, token: string, sameRequest: boolean): boolean {
  if (existing) {
    if (existing.clientRequestToken === token && sameRequest) return true;
    throw alreadyExists(`${kind} ${existing.name} already exists`, existing.name, existing.arn);
  }
  for (const other of others)
    if (other.clientRequestToken === token)
      throw invalid(`clientRequestToken '${token}' was already used to create ${kind.toLowerCase()} ${other.name}; use a new token`);
  return false;
}
