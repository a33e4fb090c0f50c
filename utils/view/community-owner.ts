import type { Ownership } from '../ownership/ownership';
import { pageUrl } from '../page/title';
import type { ChannelRow } from './contacts';
import { mailtoHref } from './safe-href';

export interface CommunityOwnerView {
  kind: 'community' | 'affiliate';
  name: string;
  /** The body's own way in: its request page, its talk page or its contact page. */
  askAt: { title: string; href: string };
  /** Its address as a contact row, so the panel shows it as it shows a team's. */
  channels: ChannelRow[];
}

/** The card for pages a community body or an affiliate runs; null for any other answer. */
export function communityOwnerView(ownership: Pick<Ownership, 'status' | 'runBy'>): CommunityOwnerView | null {
  const body = ownership.runBy;
  if (ownership.status !== 'community' || body === null) return null;
  return {
    kind: body.kind,
    name: body.name,
    askAt: { title: body.askAt.title, href: pageUrl(body.askAt, body.askAt.title) },
    channels: body.email === null ? [] : [{ kind: 'email', label: body.email, href: mailtoHref(body.email), purpose: null }],
  };
}
