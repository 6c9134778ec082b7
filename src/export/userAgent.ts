/**
 * WeChat's in-app browser (and WeCom's, which carries the same token) cannot
 * save a download: an exported image is shown instead, to be saved by long-press.
 */
export function isWeChat(userAgent: string): boolean {
  return /\bMicroMessenger\//i.test(userAgent);
}
