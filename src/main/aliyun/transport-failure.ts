/** Why a request produced no usable answer, as the transport saw it (before classification). */
export type TransportFailure =
  /** The cloud answered with an error body carrying `Code`. */
  | { type: 'api'; code: string; message: string; requestId?: string; status?: number }
  /** An HTTP error status with a JSON body but no `Code` (pop-core would have called it success). */
  | { type: 'http'; status: number; message: string; requestId?: string }
  | { type: 'timeout'; phase: 'connect' | 'read'; ms: number }
  /** A socket-level failure; `code` is Node's (ECONNRESET, ECONNREFUSED, …). */
  | { type: 'network'; code: string; message: string }
  /** The body was not JSON (an HTML error page from a proxy, an empty body, …). */
  | { type: 'not_json'; snippet: string };

/** Thrown by the transport; the caller turns it into a CloudError. */
export class TransportError extends Error {
  readonly failure: TransportFailure;

  constructor(failure: TransportFailure) {
    super(`cloud transport failure: ${failure.type}`);
    this.name = 'TransportError';
    this.failure = failure;
  }
}
