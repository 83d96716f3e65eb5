import { findRegion } from './regions';

/** A public (system) image of one region. */
export interface PublicImage {
  imageId: string;
  imageName: string;
  family: string;
  osName: string;
  osNameEn: string;
  osType: 'linux' | 'windows';
  platform: string;
  architecture: 'x86_64' | 'arm64';
  bootMode: 'BIOS' | 'UEFI';
  sizeGiB: number;
  /** When the image was published (ms since epoch). */
  publishedAt: number;
}

interface Family {
  /** Image ids are `<prefix>_<YYYYMMDD>.vhd`. */
  prefix: string;
  family: string;
  platform: string;
  osName: string;
  osNameEn: string;
  osType?: 'windows';
  from: string;
  until: string;
  /** Ids seen in Alibaba's documentation and public scripts, kept exactly. */
  known?: string[];
}

const linux = (prefix: string, family: string, platform: string, zh: string, en: string, from: string, until: string) =>
  ({ prefix, family, platform, osName: zh, osNameEn: en, from, until }) as Family;

const windows = (prefix: string, family: string, zh: string, en: string, from: string, until: string): Family => ({
  prefix,
  family,
  platform: 'Windows Server 2022',
  osName: zh,
  osNameEn: en,
  osType: 'windows',
  from,
  until,
});

/**
 * Public image families roughly as the console lists them, each with a build every month or so
 * between two dates. The order is the listing order: Alibaba Cloud Linux first, Ubuntu last, so
 * that Ubuntu is never on the first page of 100 [U: the real order is not documented].
 */
const FAMILIES: Family[] = [
  linux(
    'aliyun_3_x64_20G_alibase',
    'acs:alibaba_cloud_linux_3_2104_lts_x64',
    'Aliyun',
    'Alibaba Cloud Linux  3.2104 LTS 64位',
    'Alibaba Cloud Linux  3.2104 LTS 64 bit',
    '2023-01',
    '2025-10',
  ),
  linux(
    'aliyun_3_arm64_20G_alibase',
    'acs:alibaba_cloud_linux_3_2104_lts_arm64',
    'Aliyun',
    'Alibaba Cloud Linux  3.2104 LTS 64位 ARM版',
    'Alibaba Cloud Linux  3.2104 LTS 64 bit ARM',
    '2023-03',
    '2025-10',
  ),
  linux(
    'aliyun_3_uefi_x64_20G_alibase',
    'acs:alibaba_cloud_linux_3_2104_lts_uefi_x64',
    'Aliyun',
    'Alibaba Cloud Linux  3.2104 LTS 64位 UEFI版',
    'Alibaba Cloud Linux  3.2104 LTS 64 bit UEFI',
    '2023-06',
    '2025-10',
  ),
  linux(
    'aliyun_2_1903_x64_20G_alibase',
    'acs:aliyun_2_1903_x64',
    'Aliyun',
    'Alibaba Cloud Linux  2.1903 LTS 64位',
    'Alibaba Cloud Linux  2.1903 LTS 64 bit',
    '2023-01',
    '2024-03',
  ),
  linux(
    'anolisos_8_9_x64_20G_rhck_alibase',
    'acs:anolisos_8_9_rhck_x64',
    'Anolis',
    'Anolis OS  8.9 RHCK 64位',
    'Anolis OS  8.9 RHCK 64 bit',
    '2024-01',
    '2025-10',
  ),
  linux(
    'centos_7_9_x64_20G_alibase',
    'acs:centos_7_9_x64',
    'CentOS',
    'CentOS  7.9 64位',
    'CentOS  7.9 64 bit',
    '2023-01',
    '2024-06',
  ),
  linux(
    'centos_stream_9_x64_20G_alibase',
    'acs:centos_stream_9_x64',
    'CentOS Stream',
    'CentOS Stream  9 64位',
    'CentOS Stream  9 64 bit',
    '2023-04',
    '2025-10',
  ),
  linux(
    'rockylinux_9_4_x64_20G_alibase',
    'acs:rocky_linux_9_4_x64',
    'Rocky Linux',
    'Rocky Linux  9.4 64位',
    'Rocky Linux  9.4 64 bit',
    '2024-06',
    '2025-10',
  ),
  linux(
    'almalinux_9_4_x64_20G_alibase',
    'acs:almalinux_9_4_x64',
    'AlmaLinux',
    'AlmaLinux  9.4 64位',
    'AlmaLinux  9.4 64 bit',
    '2024-06',
    '2025-10',
  ),
  linux(
    'debian_11_11_x64_20G_alibase',
    'acs:debian_11_x64',
    'Debian',
    'Debian  11.11 64位',
    'Debian  11.11 64 bit',
    '2023-01',
    '2025-10',
  ),
  linux(
    'debian_12_7_x64_20G_alibase',
    'acs:debian_12_x64',
    'Debian',
    'Debian  12.7 64位',
    'Debian  12.7 64 bit',
    '2023-07',
    '2025-10',
  ),
  linux(
    'opensuse_15_5_x64_20G_alibase',
    'acs:opensuse_15_5_x64',
    'OpenSUSE',
    'OpenSUSE  15.5 64位',
    'OpenSUSE  15.5 64 bit',
    '2023-08',
    '2025-10',
  ),
  linux(
    'fedora_39_x64_20G_alibase',
    'acs:fedora_39_x64',
    'Fedora',
    'Fedora  39 64位',
    'Fedora  39 64 bit',
    '2023-12',
    '2025-06',
  ),
  windows(
    'win2019_1809_x64_dtc_zh-cn_40G_alibase',
    'acs:windows_server_2019_datacenter_zh-cn',
    'Windows Server  2019 数据中心版 64位中文版',
    'Windows Server  2019 Data Center Edition 64bit Chinese Edition',
    '2023-01',
    '2025-10',
  ),
  windows(
    'win2019_1809_x64_dtc_en-us_40G_alibase',
    'acs:windows_server_2019_datacenter_en-us',
    'Windows Server  2019 数据中心版 64位英文版',
    'Windows Server  2019 Data Center Edition 64bit English Edition',
    '2023-01',
    '2025-10',
  ),
  windows(
    'win2022_21H2_x64_dtc_zh-cn_40G_alibase',
    'acs:windows_server_2022_datacenter_zh-cn',
    'Windows Server  2022 数据中心版 64位中文版',
    'Windows Server  2022 Data Center Edition 64bit Chinese Edition',
    '2023-01',
    '2025-10',
  ),
  windows(
    'win2022_21H2_x64_dtc_en-us_40G_alibase',
    'acs:windows_server_2022_datacenter_en-us',
    'Windows Server  2022 数据中心版 64位英文版',
    'Windows Server  2022 Data Center Edition 64bit English Edition',
    '2023-01',
    '2025-10',
  ),
  linux(
    'ubuntu_20_04_x64_20G_alibase',
    'acs:ubuntu_20_04_x64',
    'Ubuntu',
    'Ubuntu  20.04 64位',
    'Ubuntu  20.04 64 bit',
    '2023-01',
    '2025-04',
  ),
  {
    ...linux(
      'ubuntu_22_04_x64_20G_alibase',
      'acs:ubuntu_22_04_x64',
      'Ubuntu',
      'Ubuntu  22.04 64位',
      'Ubuntu  22.04 64 bit',
      '2023-01',
      '2025-10',
    ),
    known: ['20220628', '20240322', '20240508'],
  },
  {
    ...linux(
      'ubuntu_22_04_uefi_x64_20G_alibase',
      'acs:ubuntu_22_04_uefi_x64',
      'Ubuntu',
      'Ubuntu  22.04 64位 UEFI版',
      'Ubuntu  22.04 64 bit UEFI',
      '2023-05',
      '2025-10',
    ),
    known: ['20230515', '20240807'],
  },
  linux(
    'ubuntu_22_04_arm64_20G_alibase',
    'acs:ubuntu_22_04_arm64',
    'Ubuntu',
    'Ubuntu  22.04 64位 ARM版',
    'Ubuntu  22.04 64 bit ARM',
    '2023-06',
    '2025-10',
  ),
  {
    ...linux(
      'ubuntu_24_04_x64_20G_alibase',
      'acs:ubuntu_24_04_x64',
      'Ubuntu',
      'Ubuntu  24.04 64位',
      'Ubuntu  24.04 64 bit',
      '2024-06',
      '2025-10',
    ),
    known: ['20240812', '20250527', '20250916'],
  },
  linux(
    'ubuntu_24_04_uefi_x64_20G_alibase',
    'acs:ubuntu_24_04_uefi_x64',
    'Ubuntu',
    'Ubuntu  24.04 64位 UEFI版',
    'Ubuntu  24.04 64 bit UEFI',
    '2024-07',
    '2025-10',
  ),
];

/** A small region lists only this many latest builds of a family (and the known ids). */
const SMALL_REGION_KEEP = 12;

/** One build a month, on a day that differs from family to family, plus the known ids. */
function buildDates(family: Family, index: number): string[] {
  const [fromYear, fromMonth] = family.from.split('-').map(Number) as [number, number];
  const [untilYear, untilMonth] = family.until.split('-').map(Number) as [number, number];
  const dates = new Set(family.known ?? []);
  for (let month = fromYear * 12 + fromMonth - 1; month <= untilYear * 12 + untilMonth - 1; month++) {
    const y = Math.floor(month / 12);
    const m = (month % 12) + 1;
    const day = ((index * 7 + m * 3) % 27) + 1;
    dates.add(`${y}${String(m).padStart(2, '0')}${String(day).padStart(2, '0')}`);
  }
  return [...dates].sort().reverse();
}

function imageOf(family: Family, date: string): PublicImage {
  const imageId = `${family.prefix}_${date}.vhd`;
  const arm = family.prefix.includes('arm64');
  return {
    imageId,
    imageName: imageId,
    family: family.family,
    osName: family.osName,
    osNameEn: family.osNameEn,
    osType: family.osType ?? 'linux',
    platform: family.platform,
    architecture: arm ? 'arm64' : 'x86_64',
    bootMode: family.prefix.includes('uefi') || arm ? 'UEFI' : 'BIOS',
    sizeGiB: family.osType === 'windows' ? 40 : 20,
    publishedAt: Date.UTC(+date.slice(0, 4), +date.slice(4, 6) - 1, +date.slice(6, 8)),
  };
}

const byRegion = new Map<string, PublicImage[]>();

/**
 * The public images of a region in listing order: every monthly build in a large region (three
 * zones or more: several hundred images), the last few of each family (and the known ids) elsewhere.
 */
export function publicImages(regionId: string): PublicImage[] {
  let list = byRegion.get(regionId);
  if (!list) {
    const large = (findRegion(regionId)?.zones.length ?? 0) >= 3;
    list = FAMILIES.flatMap((family, index) => {
      const dates = buildDates(family, index);
      const kept = large ? dates : dates.filter((d, n) => n < SMALL_REGION_KEEP || family.known?.includes(d));
      return kept.map((date) => imageOf(family, date));
    });
    byRegion.set(regionId, list);
  }
  return list;
}

/** A public image by id in a region. */
export function findPublicImage(regionId: string, imageId: string): PublicImage | undefined {
  return publicImages(regionId).find((i) => i.imageId === imageId);
}
