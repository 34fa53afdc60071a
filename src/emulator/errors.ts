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
export const versionConflict = (message: string) => new ApiError('VersionConflictException', message);
