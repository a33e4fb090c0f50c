/**
 * Language codes that MediaWiki's Translate extension uses for translation subpages on the
 * Wikimedia wikis (Meta, mediawiki.org, Commons, …). Lower case, as in the subpage titles.
 * Deprecated wiki-domain codes (be-x-old, zh-min-nan, …) are absent on purpose: Translate
 * never creates subpages under them.
 */
const translateLanguageCodes = new Set(
  `aa ab ace ady af ak als alt am ami an ang ar arc arn ary arz as ast atj av avk awa ay az azb
  ba ban bar bbc-latn bcc bcl be be-tarask bg bho bi bjn bm bn bo bpy br bs bug bxr
  ca cbk cdo ce ceb ch cho chr chy ckb co cr crh crh-cyrl crh-latn cs csb cu cv cy
  da dag de de-at de-ch de-formal din diq dsb dty dv dz
  ee egl el eml en en-ca en-gb eo es es-419 es-formal et eu ext
  fa fat ff fi fit fj fo fon fr frc frp frr fur fy
  ga gag gan gan-hans gan-hant gcr gd gl glk gn gom gor got gpe gsw gu guc gur guw gv
  ha hak haw he hi hif hif-latn ho hr hrx hsb ht hu hu-formal hy hyw hz
  ia id ie ig ii ik ike-cans ike-latn ilo inh io is it iu ja jam jbo jv
  ka kaa kab kbd kbd-cyrl kbp kcg kg khw ki kj kk kk-arab kk-cn kk-cyrl kk-kz kk-latn kk-tr kl
  km kn ko ko-kp koi kr krc kri krj krl ks ks-arab ks-deva ksh ku ku-arab ku-latn kum kv kw ky
  la lad lb lbe lez lfn lg li lij liv lld lmo ln lo loz lrc lt ltg lus luz lv lzh lzz
  mad mai map-bms mdf mg mh mhr mi min mk ml mn mni mnw mr mrj ms ms-arab mt mus mwl my myv mzn
  na nah nan nap nb nds nds-nl ne new ng nia niu nl nl-informal nn no nov nqo nrf nso nv ny nys
  oc olo om or os pa pag pam pap pcd pcm pdc pdt pfl pi pih pl pms pnb pnt prg ps pt pt-br pwn
  qu qug rgn rif rm rmy rn ro roa-tara ru rue rup ruq rw
  sa sah sat sc scn sco sd sdc sdh se sei ses sg sgs sh shi shn shy-latn si sk skr sl sli sm sma
  smn sms sn so sq sr sr-ec sr-el srn ss st stq sty su sv sw syl szl szy
  ta tay tcy te tet tg tg-cyrl th ti tk tl tly tn to tpi tr tru trv ts tt tt-cyrl tt-latn tum tw
  ty tyv tzm udm ug ug-arab ug-latn uk ur uz uz-cyrl uz-latn
  ve vec vep vi vls vmf vo vot vro wa war wo wuu xal xh xmf xsy yi yo yue
  za zea zgh zh zh-cn zh-hans zh-hant zh-hk zh-mo zh-my zh-sg zh-tw zu`.split(/\s+/),
);

export function isLanguageCode(code: string): boolean {
  return translateLanguageCodes.has(code);
}
