import { AppError } from '../../shared/errors';
import { msg } from '../../shared/words/message';
import type { UpdateFeed } from '../desktop/updates/update-ports';

const FEED_CODES = new Set([
  'ERR_UPDATER_CHANNEL_FILE_NOT_FOUND',
  'ERR_UPDATER_INVALID_UPDATE_INFO',
  'ERR_UPDATER_INVALID_VERSION',
  'ERR_UPDATER_LATEST_VERSION_NOT_FOUND',
  'ERR_UPDATER_NO_CHECKSUM',
  'ERR_UPDATER_NO_FILES_PROVIDED',
  'ERR_UPDATER_NO_PUBLISHED_VERSIONS',
  'ERR_UPDATER_RELEASE_NOT_FOUND',
  'ERR_UPDATER_ASSET_NOT_FOUND',
  'ERR_UPDATER_ZIP_FILE_NOT_FOUND',
  'ERR_UPDATER_INVALID_RELEASE_FEED',
  'ERR_UPDATER_WEB_INSTALLER_DISABLED',
  'HTTP_ERROR_404',
]);
const NETWORK =
  /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|EPIPE|UND_ERR_\w+|CERT_\w+|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_\w+|ERR_TLS_\w+)$/;

/** The feed as a person knows it: its address, or GitHub Releases. */
export function feedName(feed: UpdateFeed): string {
  return feed.kind === 'mirror' ? feed.url : 'GitHub Releases';
}

/** An update download whose SHA-512 is not the feed's. */
export function checksumError(): AppError {
  return new AppError(msg('update.checksum'));
}

/**
 * What electron-updater's failure means for the person: a download that did not match its
 * checksum or signature, or broke off (thrown away), a feed without a usable release, a feed
 * out of reach, or something else (its code named). The running Danlu is never touched by any.
 */
export function updateError(error: unknown, feed: UpdateFeed, stage: 'check' | 'download'): AppError {
  if (error instanceof AppError) return error;
  const code = String((error as { code?: unknown })?.code ?? '');
  const message = error instanceof Error ? error.message : String(error);
  const cause = { cause: error };
  if (code === 'ERR_CHECKSUM_MISMATCH' || /checksum mismatch/i.test(message)) {
    return new AppError(msg('update.checksum'), cause);
  }
  if (code === 'ERR_UPDATER_INVALID_SIGNATURE') return new AppError(msg('update.signature'), cause);
  if (FEED_CODES.has(code)) return new AppError(msg('update.feed', { feed: feedName(feed) }), cause);
  if (NETWORK.test(code) || /^net::ERR_/.test(message) || /^(aborted|socket hang up)$/i.test(message)) {
    const text = msg(stage === 'check' ? 'update.network' : 'update.incomplete', { feed: feedName(feed) });
    return new AppError(text, { ...cause, retryable: true });
  }
  const detail = code || message.split('\n')[0]?.slice(0, 120) || 'unknown';
  return new AppError(msg('update.failed', { detail }), cause);
}
