import type { ServerResponse } from 'node:http';
import { z } from 'zod';
import { unkindInputSchema } from '../config/unkind';
import { faultConfigSchema, faultRuleSchema } from '../faults/fault-config';
import type { RawRequest } from '../transport/read-request';
import type { SimulatorControl } from './simulator-control';
import type { OfferKind } from './spot-offers';

const clockSchema = z.object({ speed: z.number().min(0).optional(), advanceMs: z.number().min(0).optional() });
const reclaimSchema = z.object({ instanceId: z.string(), noticeMs: z.number().min(0).optional() });
const priceSchema = z.object({
  regionId: z.string(),
  zoneId: z.string(),
  instanceType: z.string(),
  price: z.number().positive(),
  from: z.number().optional(),
  until: z.number().optional(),
});
const stockSchema = z.object({
  regionId: z.string().optional(),
  zoneId: z.string().optional(),
  instanceType: z.string().optional(),
  stock: z.enum(['WithStock', 'ClosedWithStock', 'WithoutStock']),
});
const balanceSchema = z.object({ balance: z.number() });
const instanceSchema = z.object({ instanceId: z.string() });

class AdminError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The `kind` query of the offers listing: gpu, cpu or all; anything else lists the GPU offers. */
function offerKind(value: string | undefined): OfferKind | undefined {
  return value === 'cpu' || value === 'all' || value === 'gpu' ? value : undefined;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json;charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

function parseBody<T>(raw: RawRequest, schema: z.ZodType<T>): T {
  let value: unknown = {};
  const text = raw.body.toString('utf8').trim();
  if (text) {
    try {
      value = JSON.parse(text);
    } catch {
      throw new AdminError(400, 'the body is not JSON');
    }
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AdminError(400, z.prettifyError(parsed.error));
  return parsed.data;
}

/** The admin API under /_sim/ (see README.md); loopback only, no signature. */
export async function handleAdmin(control: SimulatorControl, res: ServerResponse, raw: RawRequest): Promise<void> {
  const path = raw.path.replace(/\/+$/, '') || '/_sim';
  const route = `${raw.method} ${path}`;
  const q = (name: string) => raw.query.get(name) || undefined;
  try {
    const meta = /^\/_sim\/metadata\/([^/]+)(\/.*)$/.exec(raw.path);
    if (meta) {
      const answer = control.metadata(meta[1] as string, {
        method: raw.method,
        path: meta[2] as string,
        headers: raw.headers,
      });
      res.writeHead(answer.status, { 'content-type': 'text/plain' });
      res.end(answer.body);
      return;
    }
    switch (route) {
      case 'GET /_sim':
        return json(res, 200, control.info());
      case 'GET /_sim/clock':
        return json(res, 200, control.clockState());
      case 'POST /_sim/clock': {
        const body = parseBody(raw, clockSchema);
        if (body.speed !== undefined) control.clock.setSpeed(body.speed);
        if (body.advanceMs !== undefined) await control.clock.advance(body.advanceMs);
        return json(res, 200, control.clockState());
      }
      case 'GET /_sim/faults':
        return json(res, 200, control.faults.get());
      case 'PUT /_sim/faults':
        return json(res, 200, control.faults.set(parseBody(raw, faultConfigSchema)));
      case 'POST /_sim/faults':
        return json(res, 200, control.faults.add(parseBody(raw, faultConfigSchema)));
      case 'POST /_sim/faults/rules':
        return json(res, 200, control.faults.add({ rules: [parseBody(raw, faultRuleSchema)] }));
      case 'DELETE /_sim/faults':
        control.faults.clear();
        return json(res, 200, control.faults.get());
      case 'GET /_sim/unkind':
        return json(res, 200, control.unkind.get());
      case 'PUT /_sim/unkind':
        return json(res, 200, control.unkind.set(parseBody(raw, unkindInputSchema)));
      case 'PATCH /_sim/unkind':
        return json(res, 200, control.unkind.update(parseBody(raw, unkindInputSchema)));
      case 'POST /_sim/reclaim': {
        const body = parseBody(raw, reclaimSchema);
        return json(
          res,
          200,
          control.reclaim(body.instanceId, body.noticeMs === undefined ? {} : { noticeMs: body.noticeMs }),
        );
      }
      case 'POST /_sim/os-shutdown':
        return json(res, 200, control.osShutdown(parseBody(raw, instanceSchema).instanceId));
      case 'GET /_sim/ledger':
        return json(res, 200, control.ledger());
      case 'GET /_sim/resources':
        return json(res, 200, control.resources());
      case 'GET /_sim/validate':
        return json(res, 200, control.validate());
      case 'GET /_sim/spot-offers':
        return json(
          res,
          200,
          control.spotOffers({
            regionId: q('regionId'),
            zoneId: q('zoneId'),
            instanceType: q('instanceType'),
            kind: offerKind(q('kind')),
          }),
        );
      case 'POST /_sim/spot-price': {
        const b = parseBody(raw, priceSchema);
        control.setSpotPrice(b);
        return json(res, 200, { ok: true });
      }
      case 'DELETE /_sim/spot-price':
        control.clearSpotPrices();
        return json(res, 200, { ok: true });
      case 'POST /_sim/spot-stock':
        control.setSpotStock(parseBody(raw, stockSchema));
        return json(res, 200, { ok: true });
      case 'DELETE /_sim/spot-stock':
        control.clearSpotStock();
        return json(res, 200, { ok: true });
      case 'GET /_sim/balance':
        return json(res, 200, { balance: control.balance(), currency: 'CNY' });
      case 'PUT /_sim/balance':
      case 'POST /_sim/balance':
        control.setBalance(parseBody(raw, balanceSchema).balance);
        return json(res, 200, { balance: control.balance(), currency: 'CNY' });
      case 'POST /_sim/reset':
        await control.reset();
        return json(res, 200, { ok: true });
      case 'GET /_sim/requests':
        return json(res, 200, control.requests(q('limit') ? Number(q('limit')) : undefined));
      case 'DELETE /_sim/requests':
        control.clearRequests();
        return json(res, 200, { ok: true });
      case 'GET /_sim/events':
        return json(res, 200, control.events());
      default:
        throw new AdminError(404, `no admin route ${route}`);
    }
  } catch (error) {
    if (error instanceof AdminError) return json(res, error.status, { error: error.message });
    return json(res, 400, { error: error instanceof Error ? error.message : String(error) });
  }
}
