import {
  cdxBackgroundColorProgressiveSubtle,
  cdxBackgroundColorProgressiveSubtleHover,
  cdxBorderColorProgressive,
  cdxBorderRadiusPill,
  cdxBorderWidthBase,
  cdxBorderWidthThick,
  cdxColorProgressive,
  cdxColorProgressiveHover,
  cdxFontFamilySystemSans,
  cdxFontSizeSmall,
  cdxFontWeightBold,
  cdxLineHeightXxSmall,
  cdxOutlineColorProgressiveFocus,
  cdxSpacing12,
  cdxSpacing25,
  cdxSpacing50,
} from '@wikimedia/codex-design-tokens/dist/theme-wikimedia-ui.js';

// Codex sizes are in rem, which would follow the page's `html { font-size }`: pin them to px.
const codexRootPixels = 16;
const pixels = (value: string) => (value.endsWith('rem') ? `${parseFloat(value) * codexRootPixels}px` : value);

/**
 * The badge's stylesheet, for its shadow root. Sizes are fixed on :host; colours prefer the
 * page's own Codex custom properties (which follow Meta's night mode and inherit into the
 * shadow root) and fall back to Codex's light values.
 */
export const badgeStyle = `
:host {
  all: initial;
  display: inline-block;
  margin-block: ${cdxSpacing25};
  --wf-badge-font-size: ${pixels(cdxFontSizeSmall)};
  --wf-badge-line-height: ${pixels(cdxLineHeightXxSmall)};
  --wf-badge-gap: ${cdxSpacing25};
  --wf-badge-padding-block: ${cdxSpacing12};
  --wf-badge-padding-inline: ${cdxSpacing50};
  --wf-badge-color: var(--color-progressive, ${cdxColorProgressive});
  --wf-badge-color-hover: var(--color-progressive--hover, ${cdxColorProgressiveHover});
  --wf-badge-background: var(--background-color-progressive-subtle, ${cdxBackgroundColorProgressiveSubtle});
  --wf-badge-background-hover: var(--background-color-progressive-subtle--hover, ${cdxBackgroundColorProgressiveSubtleHover});
  --wf-badge-border: var(--border-color-progressive, ${cdxBorderColorProgressive});
  --wf-badge-focus: var(--outline-color-progressive--focus, ${cdxOutlineColorProgressiveFocus});
}
button {
  display: inline-flex;
  align-items: center;
  gap: var(--wf-badge-gap);
  margin: 0;
  padding-block: var(--wf-badge-padding-block);
  padding-inline: var(--wf-badge-padding-inline);
  border: ${cdxBorderWidthBase} solid var(--wf-badge-border);
  border-radius: ${cdxBorderRadiusPill};
  background: var(--wf-badge-background);
  color: var(--wf-badge-color);
  font-family: ${cdxFontFamilySystemSans};
  font-size: var(--wf-badge-font-size);
  font-weight: ${cdxFontWeightBold};
  line-height: var(--wf-badge-line-height);
  cursor: pointer;
}
button:hover {
  background: var(--wf-badge-background-hover);
  color: var(--wf-badge-color-hover);
}
button:focus-visible {
  outline: ${cdxBorderWidthThick} solid var(--wf-badge-focus);
  outline-offset: ${cdxSpacing12};
}
`;
