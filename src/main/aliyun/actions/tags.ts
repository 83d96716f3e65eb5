import { allPagesByToken, cloudAction } from '../cloud-action';
import { type Tag, wireTags } from '../danlu-tags';
import { items, optText, text } from '../response-fields';

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
export const tagResources = cloudAction(
  'TagResources',
  (input: { regionId: string; resourceType: TaggableResourceType; resourceIds: string[]; tags: Tag[] }) => ({
    ResourceType: input.resourceType,
    ResourceId: input.resourceIds,
    Tag: wireTags(input.tags),
  }),
);

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

export const listTagResources = cloudAction(
  'ListTagResources',
  (input: ListTagResourcesInput) => ({
    ResourceType: input.resourceType,
    ResourceId: input.resourceIds,
    Tag: wireTags(input.tags),
    TagFilter: input.tagFilters?.map((f) => ({ TagKey: f.tagKey, TagValues: f.tagValues })),
    NextToken: input.nextToken,
  }),
  (body) => ({
    requestId: text(body, 'RequestId'),
    tagResources: items(body, 'TagResources', 'TagResource').map(
      (r): TagResource => ({
        resourceId: text(r, 'ResourceId'),
        resourceType: text(r, 'ResourceType'),
        tagKey: text(r, 'TagKey'),
        tagValue: text(r, 'TagValue'),
      }),
    ),
    nextToken: optText(body, 'NextToken'),
  }),
);

/** Every page of ListTagResources. */
export const listAllTagResources = allPagesByToken(listTagResources, (page) => page.tagResources);
