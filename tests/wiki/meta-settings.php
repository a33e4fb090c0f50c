<?php
// Settings that make the throwaway test wiki behave like Meta-Wiki for Wiki Wayfinder.
// Copied next to the generated LocalSettings.php and included at its end.

// Without an explicit port in Host (https://meta.wikimedia.org behind the HTTPS front) the
// default port of the forwarded protocol applies; with one (http://127.0.0.1:PORT or
// https://127.0.0.1:FRONTPORT) that port must be kept, which detectServer( true ) would drop.
$wgServer = WebRequest::detectServer( !preg_match( '/:\d+$/', $_SERVER['HTTP_HOST'] ?? '' ) );
$wgArticlePath = '/wiki/$1';
$wgSitename = 'Meta';
$wgMetaNamespace = 'Meta';
$wgDefaultSkin = 'vector-2022';
wfLoadSkin( 'Vector' );
// The installer's "change your logo" placeholder would dominate demo screenshots.
$wgLogos = [ '1x' => '/w/resources/assets/mediawiki.png', 'icon' => '/w/resources/assets/mediawiki.png' ];

$wgExtraNamespaces[200] = 'Grants';
$wgExtraNamespaces[201] = 'Grants_talk';
$wgExtraNamespaces[202] = 'Research';
$wgExtraNamespaces[203] = 'Research_talk';
$wgExtraNamespaces[206] = 'Iberocoop';
$wgExtraNamespaces[207] = 'Iberocoop_talk';
$wgNamespaceAliases['R'] = 202;
// On Meta, CampaignEvents brings the Event: namespace (NS_EVENT 1728, with its talk namespace);
// the extension is not installed here, so the namespaces are declared under the same names.
$wgExtraNamespaces[1728] = 'Event';
$wgExtraNamespaces[1729] = 'Event_talk';
$wgNamespacesWithSubpages[200] = true;
$wgNamespacesWithSubpages[202] = true;
$wgNamespacesWithSubpages[206] = true;
$wgNamespacesWithSubpages[NS_MAIN] = true;

// A throwaway wiki needs no durability; without an fsync per commit, seeding takes half the time.
$wgDBservers = [ [
	'host' => '',
	'user' => '',
	'password' => '',
	'dbname' => $wgDBname,
	'type' => 'sqlite',
	'load' => 1,
	'flags' => DBO_DEFAULT,
	'variables' => [ 'synchronous' => 'OFF' ],
] ];
$wgObjectCaches[CACHE_DB]['server']['variables']['synchronous'] = 'OFF';
$wgLocalisationCacheConf['storeServer']['variables']['synchronous'] = 'OFF';
$wgJobTypeConf['default']['server']['variables']['synchronous'] = 'OFF';

// Tests edit and read in quick succession: nothing may serve a stale copy.
$wgMainCacheType = CACHE_NONE;
$wgParserCacheType = CACHE_NONE;
$wgMessageCacheType = CACHE_NONE;
$wgSessionCacheType = CACHE_DB;
$wgCachePages = false;
$wgUseFileCache = false;
$wgRateLimits = [];
$wgGroupPermissions['*']['noratelimit'] = true;
// Jobs are run once at seed time; running them inside web requests would make timings noisy.
$wgJobRunRate = 0;
$wgEnableEmail = false;
$wgEnableUploads = false;
$wgShowExceptionDetails = true;

// As on Meta, on-wiki configuration pages such as Meta:Wiki Wayfinder/Registry.json hold JSON.
// Core gives JSON only to MediaWiki: pages and user subpages, so extend it to every other namespace.
$wgHooks['ContentHandlerDefaultModelFor'][] = static function ( $title, &$model ) {
	if ( $title->getNamespace() !== NS_USER && str_ends_with( $title->getText(), '.json' ) ) {
		$model = CONTENT_MODEL_JSON;
		return false;
	}
	return true;
};

// Translate is not installed. On Meta it gives a translation page its target language; here the
// seed stores that language per page, as Special:PageLanguage would (tests/wiki/seed-wiki.ts).
// Wikimedia's Translate wikis set this too (wmf-config/CommonSettings.php, T153209).
$wgPageLanguageUseDB = true;

// The fixture dump names its authors; importDump.php should credit them as local accounts
// instead of "imported>Name", so create each one the first time the import meets it.
$wgHooks['ImportHandleUnknownUser'][] = static function ( $name ) {
	User::createNew( $name );
	return false;
};
