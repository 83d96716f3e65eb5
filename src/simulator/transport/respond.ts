import type { ServerResponse } from 'node:http';
import type { Product } from '../api/action';
import { regionEndpoint } from '../catalog/regions';
import { toXml } from './xml-body';

/** How one answer is written: JSON (or XML for v1 calls that did not ask for JSON). */
export interface AnswerStyle {
  xml: boolean;
  contentType: string;
  product: Product | undefined;
  action: string;
  regionId: string;
  requestId: string;
}

/** The endpoint host named in error bodies. */
function hostId(product: Product | undefined, regionId: string): string {
  if (product === 'vpc')
    return regionId && regionId !== 'cn-hangzhou' ? `vpc.${regionId}.aliyuncs.com` : 'vpc.aliyuncs.com';
  return regionId ? regionEndpoint(regionId) : 'ecs.aliyuncs.com';
}

export function sendSuccess(res: ServerResponse, style: AnswerStyle, body: Record<string, unknown>): void {
  const full = { RequestId: style.requestId, ...body };
  send(res, 200, style, full, `${style.action || 'Unknown'}Response`);
}

export function sendError(
  res: ServerResponse,
  style: AnswerStyle,
  status: number,
  code: string,
  message: string,
): void {
  const product = style.product === 'vpc' ? 'Vpc' : 'Ecs';
  const body = {
    RequestId: style.requestId,
    HostId: hostId(style.product, style.regionId),
    Code: code,
    Message: message,
    Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(code)}&product=${product}&requestId=${style.requestId}`,
  };
  send(res, status, style, body, 'Error');
}

function send(
  res: ServerResponse,
  status: number,
  style: AnswerStyle,
  body: Record<string, unknown>,
  root: string,
): void {
  const text = style.xml ? toXml(root, body) : JSON.stringify(body);
  res.writeHead(status, {
    'content-type': style.xml ? 'text/xml;charset=utf-8' : style.contentType,
    'x-acs-request-id': style.requestId,
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** A body that is not the API's envelope (proxy pages, empty bodies) for the fault injector. */
export function sendRaw(res: ServerResponse, status: number, contentType: string, text: string): void {
  res.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export const GATEWAY_PAGE = (status: number, title: string) =>
  `<html>\r\n<head><title>${status} ${title}</title></head>\r\n<body>\r\n<center><h1>${status} ${title}</h1></center>\r\n<hr><center>Tengine</center>\r\n</body>\r\n</html>\r\n`;
