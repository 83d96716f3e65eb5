import { z } from 'zod';
import type { ReconcileResult } from '../resources';
import type { OperationView } from '../session';
import { event, request } from './define';

export const resourcesRequests = {
  /** Lists Danlu's resources (the journal's regions, or every region) and finishes interrupted work. */
  'resources.reconcile': request<ReconcileResult>()(z.strictObject({ allRegions: z.boolean().default(false) })),
  'resources.delete': request<ReconcileResult>()(
    z.strictObject({
      regionId: z.string().regex(/^[a-z]{2}-[a-z0-9-]+$/),
      kind: z.enum(['instance', 'disk', 'snapshot', 'image', 'securityGroup', 'keyPair', 'vpc', 'vswitch']),
      id: z.string().min(2).max(128),
      /** The id again, typed by the user: needed to delete what another install made. */
      confirm: z.string().max(128).optional(),
      /** A snapshot that holds a custom image is deleted only with the image, when this says so. */
      withImage: z.boolean().optional(),
    }),
  ),
};

export const resourcesEvents = {
  /** How far a reconcile is: a step per region, as each one answers. */
  'resources.progress': event<OperationView>(),
};
