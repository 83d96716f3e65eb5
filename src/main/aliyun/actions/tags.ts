import type { CallOptions, CloudCaller } from '../cloud-caller';
import { type Tag, wireTags } from '../danlu-tags';
import { allByToken } from '../paging';
import { items, optText, text } from '../response-fields';
import type { Done } from './shared-types';

/** ECS resource types TagResources and ListTagResources know (lower case, as the API wants). */
export type TaggableResourceType =
  | 'instance'
  | 'disk'
  | 'snapshot'
  | 'image'
  | 'securitygroup'
  | 'keypair'
  | 'eni'
  | 'launchtemplate';

/** TagResources: adds tags to up to 50 ECS resources of one type. */
export async function tagResources(
  c: CloudCaller,
  input: { regionId: string; resourceType: TaggableResourceType; resourceIds: string[]; tags: Tag[] },
  options?: CallOptions,
): Promise<Done> {
  const body = await c.call(
    'TagResources',
    input.regionId,
    { ResourceType: input.resourceType, ResourceId: input.resourceIds, Tag: wireTags(input.tags) },
    options,
  );
  return { requestId: text(body, 'RequestId') };
}

export interface ListTagResourcesInput {
  regionId: string;
  resourceType: TaggableResourceType;
  /** At most 50. At least one of resourceIds, tags or tagFilters is required. */
  resourceIds?: string[];
  /** Exact matches. */
  tags?: Tag[];
  /** Fuzzy matches: a key and any of its values. */
  tagFilters?: { tagKey: string; tagValues?: string[] }[];
  nextToken?: string;
}

/** One (resource, tag) pair: a resource with three tags gives three rows. */
export interface TagResource {
  resourceId: string;
  resourceType: string;
  tagKey: string;
  tagValue: string;
}

export async function listTagResources(
  c: CloudCaller,
  input: ListTagResourcesInput,
  options?: CallOptions,
): Promise<{ requestId: string; tagResources: TagResource[]; nextToken?: string }> {
  const body = await c.call(
    'ListTagResources',
    input.regionId,
    {
      ResourceType: input.resourceType,
      ResourceId: input.resourceIds,
      Tag: wireTags(input.tags),
      TagFilter: input.tagFilters?.map((f) => ({ TagKey: f.tagKey, TagValues: f.tagValues })),
      NextToken: input.nextToken,
    },
    options,
  );
  const tagResources = items(body, 'TagResources', 'TagResource').map((r) => ({
    resourceId: text(r, 'ResourceId'),
    resourceType: text(r, 'ResourceType'),
    tagKey: text(r, 'TagKey'),
    tagValue: text(r, 'TagValue'),
  }));
  return { requestId: text(body, 'RequestId'), tagResources, nextToken: optText(body, 'NextToken') };
}

/** Every page of ListTagResources. */
export function listAllTagResources(
  c: CloudCaller,
  input: Omit<ListTagResourcesInput, 'nextToken'>,
  options?: CallOptions,
): Promise<TagResource[]> {
  return allByToken('ListTagResources', async (nextToken) => {
    const page = await listTagResources(c, { ...input, nextToken }, options);
    return { items: page.tagResources, nextToken: page.nextToken };
  });
}
