/** A public image in every region. */
export interface PublicImage {
  imageId: string;
  imageName: string;
  family: string;
  osName: string;
  osNameEn: string;
  platform: string;
  bootMode: 'BIOS' | 'UEFI';
  sizeGiB: number;
  /** When the image was published (ms since epoch). */
  publishedAt: number;
}

const img = (imageId: string, platform: string, osName: string, osNameEn: string, family: string): PublicImage => {
  const stamp = /(\d{8})\.vhd$/.exec(imageId)?.[1] ?? '20240101';
  return {
    imageId,
    imageName: imageId,
    family,
    osName,
    osNameEn,
    platform,
    bootMode: imageId.includes('uefi') ? 'UEFI' : 'BIOS',
    sizeGiB: 20,
    publishedAt: Date.UTC(+stamp.slice(0, 4), +stamp.slice(4, 6) - 1, +stamp.slice(6, 8)),
  };
};

/** Public image ids seen in documentation and public scripts (reference §7.1). */
export const PUBLIC_IMAGES: PublicImage[] = [
  img(
    'ubuntu_22_04_x64_20G_alibase_20240322.vhd',
    'Ubuntu',
    'Ubuntu  22.04 64位',
    'Ubuntu  22.04 64 bit',
    'acs:ubuntu_22_04_x64',
  ),
  img(
    'ubuntu_22_04_x64_20G_alibase_20240508.vhd',
    'Ubuntu',
    'Ubuntu  22.04 64位',
    'Ubuntu  22.04 64 bit',
    'acs:ubuntu_22_04_x64',
  ),
  img(
    'ubuntu_22_04_uefi_x64_20G_alibase_20240807.vhd',
    'Ubuntu',
    'Ubuntu  22.04 64位 UEFI版',
    'Ubuntu  22.04 64 bit UEFI',
    'acs:ubuntu_22_04_uefi_x64',
  ),
  img(
    'ubuntu_24_04_x64_20G_alibase_20250527.vhd',
    'Ubuntu',
    'Ubuntu  24.04 64位',
    'Ubuntu  24.04 64 bit',
    'acs:ubuntu_24_04_x64',
  ),
  img(
    'ubuntu_24_04_x64_20G_alibase_20250916.vhd',
    'Ubuntu',
    'Ubuntu  24.04 64位',
    'Ubuntu  24.04 64 bit',
    'acs:ubuntu_24_04_x64',
  ),
  img(
    'aliyun_3_x64_20G_alibase_20241103.vhd',
    'Aliyun',
    'Alibaba Cloud Linux  3.2104 LTS 64位',
    'Alibaba Cloud Linux  3.2104 LTS 64 bit',
    'acs:alibaba_cloud_linux_3_2104_lts_x64',
  ),
];
