// The Codex tokens package ships its JS constants without type declarations; these are the few
// the in-page badge inlines.
declare module '@wikimedia/codex-design-tokens/dist/theme-wikimedia-ui.js' {
  export const cdxColorProgressive: string;
  export const cdxColorProgressiveHover: string;
  export const cdxBackgroundColorProgressiveSubtle: string;
  export const cdxBackgroundColorProgressiveSubtleHover: string;
  export const cdxBorderColorProgressive: string;
  export const cdxOutlineColorProgressiveFocus: string;
  export const cdxFontFamilySystemSans: string;
  export const cdxFontSizeSmall: string;
  export const cdxFontWeightBold: string;
  export const cdxLineHeightXxSmall: string;
  export const cdxSpacing12: string;
  export const cdxSpacing25: string;
  export const cdxSpacing50: string;
  export const cdxBorderWidthBase: string;
  export const cdxBorderWidthThick: string;
  export const cdxBorderRadiusPill: string;
}
