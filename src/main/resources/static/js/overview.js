/*
 * Overview band of the timeline page: every encounter of the current (filtered) view on a time axis
 * that can be zoomed and panned. Progressive enhancement: the band is rendered hidden and shown only
 * here, once vis-timeline is loaded; the list below stays complete without JavaScript.
 *
 * Data comes from the page itself (fragments/overview.html): one <li> per dated encounter with data-*
 * attributes, so the band always shows exactly what the list shows. No inline script, no eval:
 * compatible with a Content-Security-Policy of script-src 'self'.
 */
(function () {
	'use strict';

	var DAY = 24 * 60 * 60 * 1000;

	function parseDate(iso, precision) {
		var parts = iso.split('-').map(Number);
		var year = parts[0];
		if (precision === 'year') {
			return { start: new Date(year, 0, 1), end: new Date(year + 1, 0, 1) };
		}
		var month = parts[1] - 1;
		if (precision === 'month') {
			return { start: new Date(year, month, 1), end: new Date(year, month + 1, 1) };
		}
		return { start: new Date(year, month, parts[2]), end: null };
	}

	/** The visible content of one item: a shape for the kind, then the kind and place in words. */
	function content(row) {
		var link = document.createElement('a');
		link.className = 'overview-link';
		link.href = '#encounter-' + row.dataset.id;
		link.setAttribute('data-encounter-id', row.dataset.id);
		link.title = row.dataset.title || '';
		var marker = document.createElement('span');
		marker.className = 'overview-marker kind-' + row.dataset.kind;
		marker.setAttribute('aria-hidden', 'true');
		var label = document.createElement('span');
		label.className = 'overview-label';
		label.textContent = row.dataset.label || '';
		link.appendChild(marker);
		link.appendChild(label);
		return link;
	}

	function toItem(row) {
		var d = row.dataset;
		var date = parseDate(d.date, d.precision);
		var item = {
			id: Number(d.id),
			start: date.start,
			content: content(row),
			className: 'level-' + d.level + ' kind-' + d.kind + ' status-' + d.status,
			type: date.end ? 'range' : 'point'
		};
		if (date.end) {
			item.end = date.end;
			item.className += ' is-approximate';
		}
		return item;
	}

	/**
	 * The whole period of the items, with room on the right for the label that follows the last date
	 * (about 270 px, but never more than 40% of the band on a narrow screen).
	 */
	function fullWindow(items, bandWidth, compact) {
		var min = Infinity;
		var max = -Infinity;
		items.forEach(function (item) {
			min = Math.min(min, item.start.getTime());
			max = Math.max(max, (item.end || item.start).getTime());
		});
		var span = Math.max(max - min, 180 * DAY);
		var labelShare = compact ? 0.03 : Math.min(0.4, 270 / Math.max(bandWidth, 1));
		var before = span * 0.04;
		var after = labelShare * (span + before) / (1 - labelShare);
		return { start: new Date(min - before), end: new Date(max + after) };
	}

	function prefersReducedMotion() {
		return window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
	}

	/** Scrolls the list to an encounter, focuses it and puts its anchor in the address bar. */
	function jumpTo(id) {
		var target = document.getElementById('encounter-' + id);
		if (!target) {
			return;
		}
		if (!target.hasAttribute('tabindex')) {
			target.setAttribute('tabindex', '-1');
		}
		if (window.history && window.history.replaceState) {
			window.history.replaceState(null, '', '#encounter-' + id);
		}
		target.scrollIntoView({ behavior: prefersReducedMotion() ? 'auto' : 'smooth', block: 'center' });
		target.focus({ preventScroll: true });
		var previous = document.querySelector('.overview-target');
		if (previous) {
			previous.classList.remove('overview-target');
		}
		target.classList.add('overview-target');
	}

	function init(section) {
		var band = section.querySelector('[data-overview-band]');
		var rows = Array.prototype.slice.call(section.querySelectorAll('[data-overview-items] > li'));
		if (!band || rows.length === 0) {
			return;
		}
		section.hidden = false;
		var narrow = band.clientWidth < 600;
		// Crowded: only the markers are drawn (the label shows on hover and focus), and zoomed out,
		// nearby items merge into a cluster with their count. Labels need room; markers do not.
		var crowded = rows.length > (narrow ? 12 : 40);
		if (crowded) {
			section.classList.add('is-crowded');
		}
		// on a phone the key starts folded, so the list starts on the first screen
		var key = section.querySelector('[data-overview-key]');
		if (key && narrow) {
			key.open = false;
		}
		var list = rows.map(toItem);
		var whole = fullWindow(list, band.clientWidth, crowded);
		var items = new window.vis.DataSet(list);
		// The band has a capped height and scrolls inside itself, on a phone too, so the list below is
		// never pushed down; a horizontal swipe moves it in time (touch-action in overview.css).
		var timeline = new window.vis.Timeline(band, items, {
			stack: true,
			cluster: crowded ? { maxItems: narrow ? 2 : 4, showStipes: false, titleTemplate: '{count} ' + (section.getAttribute('data-cluster-title') || '') } : false,
			selectable: true,
			multiselect: false,
			showCurrentTime: false,
			zoomKey: 'ctrlKey',
			horizontalScroll: false,
			verticalScroll: true,
			maxHeight: narrow ? 170 : 360,
			minHeight: narrow ? 100 : 120,
			zoomMin: 14 * DAY,
			zoomMax: 60 * 365 * DAY,
			orientation: { axis: 'bottom', item: 'bottom' },
			margin: { axis: 8, item: { horizontal: 6, vertical: 6 } },
			tooltip: { followMouse: false },
			locale: document.documentElement.lang || 'en',
			// not the start and end options: with them vis-timeline keeps the band hidden until the
			// reader first moves it; the whole period is set once the first drawing is done instead
			onInitialDrawComplete: function () {
				timeline.setWindow(whole.start, whole.end, { animation: false });
				section.setAttribute('data-overview-ready', String(rows.length));
			}
		});

		timeline.on('select', function (props) {
			if (props.items && props.items.length > 0) {
				jumpTo(props.items[0]);
			}
		});
		band.addEventListener('click', function (event) {
			var link = event.target.closest ? event.target.closest('a.overview-link') : null;
			if (link) {
				event.preventDefault();
				timeline.setSelection([Number(link.getAttribute('data-encounter-id'))]);
				jumpTo(link.getAttribute('data-encounter-id'));
			}
		});

		section.addEventListener('click', function (event) {
			var button = event.target.closest ? event.target.closest('[data-overview-action]') : null;
			if (!button) {
				return;
			}
			var animation = !prefersReducedMotion();
			switch (button.getAttribute('data-overview-action')) {
				case 'zoom-in':
					timeline.zoomIn(0.5, { animation: animation });
					break;
				case 'zoom-out':
					timeline.zoomOut(0.5, { animation: animation });
					break;
				default:
					timeline.setWindow(whole.start, whole.end, { animation: animation });
			}
		});
	}

	function start() {
		var section = document.querySelector('[data-overview]');
		if (section && window.vis && window.vis.Timeline) {
			init(section);
		}
	}

	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', start);
	}
	else {
		start();
	}
}());
