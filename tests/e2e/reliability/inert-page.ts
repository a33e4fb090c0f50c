import type { Page } from '@playwright/test';
import { expect } from '../fixtures';
import { isSafeLinkTarget } from './wikimedia-addresses';

// Elements no registry text or API answer should ever become in an extension page.
const activeElements = 'iframe, frame, object, embed, img, base, form, input[type="image"], style, meta[http-equiv], foreignObject, animate, set';

// The extension's own pages may link each other: the team directory (at one team or not), its
// in-page anchors, and the audit page with its form's fields (URLSearchParams-encoded, so only
// name=value pairs of unreserved and %-escaped characters). Nothing from the registry can make
// these: their form is fixed.
const ownPageLink = /^(?:\/directory\.html(?:\?team=team%3A[a-z0-9]+(?:-[a-z0-9]+)*)?|\/audit\.html(?:\?[a-z]+=[\w.%*+-]*(?:&[a-z]+=[\w.%*+-]*)*)?|#(?:team-[a-z0-9]+(?:-[a-z0-9]+)*|wf-directory-teams))$/;

// Attributes a browser follows or loads.
const urlAttributes = ['href', 'src', 'srcdoc', 'action', 'formaction', 'xlink:href', 'data', 'poster'];

/**
 * Checks that an extension page holds nothing that hostile text could have made active: no
 * script but the bundle's own, no embedded or styled content, no event-handler attributes, and
 * only links to https Wikimedia addresses (or mail to the Foundation), besides the extension's
 * own team directory.
 */
export async function expectInertPage(page: Page, extensionId: string): Promise<void> {
  const origin = `chrome-extension://${extensionId}/`;
  const found = await page.evaluate(
    ({ origin, activeElements, urlAttributes }) => {
      const problems: string[] = [];
      for (const element of document.querySelectorAll('*')) {
        for (const attribute of element.attributes) {
          if (/^on/i.test(attribute.name)) problems.push(`<${element.localName}> has ${attribute.name}`);
          if (urlAttributes.includes(attribute.name) && /^\s*(javascript|data|vbscript):/i.test(attribute.value)) problems.push(`<${element.localName} ${attribute.name}="${attribute.value}">`);
        }
      }
      for (const script of document.querySelectorAll('script')) {
        if (!script.src.startsWith(origin)) problems.push(`script not from the bundle: ${script.src || script.textContent}`);
      }
      for (const link of document.querySelectorAll('link')) {
        if (!link.href.startsWith(origin)) problems.push(`<link> to ${link.href}`);
      }
      for (const element of document.body.querySelectorAll(activeElements)) problems.push(`<${element.localName}> in the page`);
      const hrefs = [...document.querySelectorAll('[href], [src], [action], [formaction]')]
        .filter((element) => element.localName !== 'script' && element.localName !== 'link')
        .map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? element.getAttribute('action') ?? element.getAttribute('formaction') ?? '');
      return { problems, hrefs };
    },
    { origin, activeElements, urlAttributes },
  );
  expect(found.problems, 'active content in the page').toEqual([]);
  expect(found.hrefs.filter((href) => !isSafeLinkTarget(href) && !ownPageLink.test(href)), 'links that are not https Wikimedia addresses').toEqual([]);
}
