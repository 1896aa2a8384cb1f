/*
 * Timeline page: the filters drawer is closed on a narrow screen (the list comes first) and open on a
 * wide one, where it is a sticky column beside the list. Without JavaScript the drawer is closed and
 * opens with a tap; everything else on the page is plain links.
 */
(function () {
	'use strict';

	var WIDE = '(min-width: 56rem)';

	function start() {
		var drawer = document.querySelector('[data-filters-drawer]');
		if (!drawer || !window.matchMedia) {
			return;
		}
		var wide = window.matchMedia(WIDE);
		var follow = function () {
			drawer.open = wide.matches;
		};
		follow();
		if (wide.addEventListener) {
			wide.addEventListener('change', follow);
		}
	}

	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', start);
	}
	else {
		start();
	}
}());
