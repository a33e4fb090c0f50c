import { z } from 'zod';
import { registryLimits } from './limits';
import { isAllowedLinkUrl, isWikiHost } from './link-hosts';

export { isAllowedLinkUrl, isWikiHost, linkOnlyHosts } from './link-hosts';

export const wikiHostSchema = z
  .string()
  .max(registryLimits.text.host)
  .refine(isWikiHost, 'must be the host of a Wikimedia wiki, such as meta.wikimedia.org');

export const linkUrlSchema = z
  .string()
  .max(registryLimits.text.url)
  .refine(isAllowedLinkUrl, 'must be an https link to a Wikimedia site');
