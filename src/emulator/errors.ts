// The modeled IoT errors (reference §4.1) and how the emulator raises them.

export type ErrorCode =
  | 'InvalidRequestException'
  | 'ThrottlingException'
  | 'ResourceNotFoundException'
  | 'ResourceAlreadyExistsException'
  | 'VersionConflictException'
  | 'LimitExceededException'
  | 'InternalFailureException'
  // Not modeled by IoT, but what an AWS front end answers for these cases.
  | 'UnknownOperationException'
  | 'RequestEntityTooLargeException';

const STATUS: Record<ErrorCode, number> = {
  InvalidRequestException: 400,
  ThrottlingException: 400,
  ResourceNotFoundException: 404,
  ResourceAlreadyExistsException: 409,
  VersionConflictException: 409,
  LimitExceededException: 410,
  InternalFailureException: 500,
  UnknownOperationException: 404,
  RequestEntityTooLargeException: 413,
};

export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Extra body members: resourceId / resourceArn for ResourceAlreadyExistsException. */
    readonly extra: Record<string, string> = {},
  ) {
    super(message);
    this.status = STATUS[code];
  }
}

export const invalid = (message: string) => new ApiError('InvalidRequestException', message);
export const notFound = (message: string) => new ApiError('ResourceNotFoundException', message);
export const limitExceeded = (message: string) => new ApiError('LimitExceededException', message);
export const alreadyExists = (message: string, resourceId: string, resourceArn: string) =>
  new ApiError('ResourceAlreadyExistsException', message, { resourceId, resourceArn });

/** Optimistic locking: an `expectedVersion` that is not the current one is a VersionConflictException. */
export function checkExpectedVersion(expected: number | undefined, current: number, what: string): void {
  if (expected !== undefined && expected !== current)
    throw new ApiError('VersionConflictException', `expectedVersion ${expected} does not match the current version ${current} of ${what}`);
}
