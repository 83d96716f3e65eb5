import { allPagesByToken, cloudAction } from '../cloud-action';
import { items, num, optText, strings, text } from '../response-fields';

export interface DescribeInstanceTypesInput {
  /** Specific types (the API takes at most 10 per call). */
  instanceTypes?: string[];
  instanceTypeFamily?: string;
  instanceTypeFamilies?: string[];
  /** Fuzzy GPU filter, e.g. "NVIDIA" or "NVIDIA A10". */
  gpuSpec?: string;
  gpuSpecs?: string[];
  minimumGpuAmount?: number;
  maximumGpuAmount?: number;
  /** e.g. "Compute-optimized with GPU". */
  instanceCategory?: string;
  cpuArchitecture?: 'X86' | 'ARM';
  minimumCpuCoreCount?: number;
  maximumCpuCoreCount?: number;
  minimumMemorySize?: number;
  maximumMemorySize?: number;
  /** Page size, at most 100. */
  maxResults?: number;
  nextToken?: string;
}

/** An instance type's specification (not its availability). */
export interface InstanceTypeSpec {
  instanceTypeId: string;
  instanceTypeFamily: string;
  instanceCategory: string;
  cpuCoreCount: number;
  /** GiB. */
  memorySize: number;
  gpuAmount: number;
  /** e.g. "NVIDIA A10"; undefined for CPU-only types. */
  gpuSpec?: string;
  /** GiB per GPU. */
  gpuMemorySize: number;
  cpuArchitecture?: string;
  physicalProcessorModel?: string;
  /** "required" for NVMe-attached disks, "unsupported" otherwise. */
  nvmeSupport?: string;
  localStorageCategory?: string;
  localStorageAmount: number;
  /** GiB per local disk. */
  localStorageCapacity: number;
  eniQuantity: number;
  instanceFamilyLevel?: string;
  supportedBootModes: string[];
}

export interface DescribeInstanceTypesOutput {
  requestId: string;
  instanceTypes: InstanceTypeSpec[];
  nextToken?: string;
}

/**
 * The region is optional: instance type specs are global, but a region routes the call to
 * that region's endpoint.
 */
export const describeInstanceTypes = cloudAction(
  'DescribeInstanceTypes',
  (input: DescribeInstanceTypesInput & { regionId?: string }) => ({
    InstanceTypes: input.instanceTypes,
    InstanceTypeFamily: input.instanceTypeFamily,
    InstanceTypeFamilies: input.instanceTypeFamilies,
    GPUSpec: input.gpuSpec,
    GpuSpecs: input.gpuSpecs,
    MinimumGPUAmount: input.minimumGpuAmount,
    MaximumGPUAmount: input.maximumGpuAmount,
    InstanceCategory: input.instanceCategory,
    CpuArchitecture: input.cpuArchitecture,
    MinimumCpuCoreCount: input.minimumCpuCoreCount,
    MaximumCpuCoreCount: input.maximumCpuCoreCount,
    MinimumMemorySize: input.minimumMemorySize,
    MaximumMemorySize: input.maximumMemorySize,
    MaxResults: input.maxResults,
    NextToken: input.nextToken,
  }),
  (body): DescribeInstanceTypesOutput => ({
    requestId: text(body, 'RequestId'),
    instanceTypes: items(body, 'InstanceTypes', 'InstanceType').map((t) => ({
      instanceTypeId: text(t, 'InstanceTypeId'),
      instanceTypeFamily: text(t, 'InstanceTypeFamily'),
      instanceCategory: text(t, 'InstanceCategory'),
      cpuCoreCount: num(t, 'CpuCoreCount'),
      memorySize: num(t, 'MemorySize'),
      gpuAmount: num(t, 'GPUAmount'),
      gpuSpec: optText(t, 'GPUSpec'),
      gpuMemorySize: num(t, 'GPUMemorySize'),
      cpuArchitecture: optText(t, 'CpuArchitecture'),
      physicalProcessorModel: optText(t, 'PhysicalProcessorModel'),
      nvmeSupport: optText(t, 'NvmeSupport'),
      localStorageCategory: optText(t, 'LocalStorageCategory'),
      localStorageAmount: num(t, 'LocalStorageAmount'),
      localStorageCapacity: num(t, 'LocalStorageCapacity'),
      eniQuantity: num(t, 'EniQuantity'),
      instanceFamilyLevel: optText(t, 'InstanceFamilyLevel'),
      supportedBootModes: strings(t, 'SupportedBootModes', 'SupportedBootMode'),
    })),
    nextToken: optText(body, 'NextToken'),
  }),
);

/** Every page of DescribeInstanceTypes (100 per page unless `maxResults` says otherwise). */
export const describeAllInstanceTypes = allPagesByToken(describeInstanceTypes, (page) => page.instanceTypes, {
  maxResults: 100,
});
