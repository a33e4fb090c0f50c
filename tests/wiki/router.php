<?php
// Router for `php -S`: short article URLs /wiki/Title go to index.php, as on Wikimedia wikis;
// everything else (/w/api.php, /w/index.php, /w/load.php, static assets) is served as is.
$path = parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH );
if ( $path === '/' || $path === '/wiki' || $path === '/wiki/' ) {
	header( 'Location: /wiki/Main_Page', true, 301 );
	return true;
}
if ( str_starts_with( $path, '/wiki/' ) ) {
	$_GET['title'] = rawurldecode( substr( $path, strlen( '/wiki/' ) ) );
	$_SERVER['SCRIPT_NAME'] = '/w/index.php';
	chdir( __DIR__ . '/docroot/w' );
	require __DIR__ . '/docroot/w/index.php';
	return true;
}
return false;
