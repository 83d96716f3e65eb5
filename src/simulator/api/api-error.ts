import { ERROR_CATALOG } from './error-catalog';

/** An error the API answers with: the real code, HTTP status and message. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Builds the error for a catalogued code; `message` replaces the catalogue text when the real API fills in details. */
export function apiError(code: string, message?: string, status?: number): ApiError {
  const known = ERROR_CATALOG[code];
  return new ApiError(code, status ?? known?.status ?? 400, message ?? known?.message ?? code);
}

export function missingParameter(name: string): ApiError {
  return apiError(
    'MissingParameter',
    `The input parameter "${name}" that is mandatory for processing this request is not supplied.`,
  );
}

export function invalidParameter(name: string, code = 'InvalidParameter'): ApiError {
  return apiError(code, `The specified parameter "${name}" is not valid.`);
}
