import { EXACT_CODES } from '../classify-error';
import { DEPENDENCIES, QUOTAS } from '../error-messages';

export { toCloudError } from '../to-cloud-error';
export type { TransportFailure } from '../transport-failure';

/** One code of each family the client tells by its shape (Throttling…, QuotaExceed…, …NotFound…). */
const FAMILIES = [
  'Throttling.User',
  'Throttling.Api',
  'QuotaExceeded.Instance',
  'IncorrectInstanceStatus',
  'IncorrectDiskStatus.Initializing',
  'DependencyViolation.SecurityGroup',
  'InternalError',
  'ServiceUnavailable',
  'Forbidden.RAM',
  'InvalidSnapshotId.NotFound',
  'MissingParameter',
  'InvalidParameter',
  'InvalidRegionId.Malformed',
  'InvalidSystemDiskCategory.ValueNotSupported',
  // A code Danlu has never heard of.
  'Something.Entirely.New',
];

/**
 * Every cloud error code Danlu has its own words for, and one of each family it tells by shape:
 * what a test drives through the window to see each said in Danlu's words.
 */
export function knownCloudCodes(): string[] {
  return [...new Set([...Object.keys(EXACT_CODES), ...Object.keys(QUOTAS), ...Object.keys(DEPENDENCIES), ...FAMILIES])];
}
