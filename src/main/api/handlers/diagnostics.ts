import type { diagnosticsRequests } from '../../../shared/contract/diagnostics';
import type { DiagnosticsService } from '../../diagnostics/diagnostics-service';
import type { AreaHandlers } from '../handler';

/** The diagnostics file, and a problem report filled in with the same summary. */
export function diagnosticsHandlers(
  diagnostics: Pick<DiagnosticsService, 'export' | 'reportUrl'>,
): AreaHandlers<typeof diagnosticsRequests> {
  return {
    'diagnostics.export': () => diagnostics.export(),
    'diagnostics.report': async () => ({ url: await diagnostics.reportUrl() }),
  };
}
