// Pages that show work in progress (an upload being checked, a briefing or a PDF being printed) mark the
// part of the page that changes with data-refresh-while="in-progress" and, inside it, a Refresh button
// (data-refresh-control) that works without JavaScript. With JavaScript, this hides the button, asks
// for the page again every 2 seconds and, when the region's words have changed, puts the new region in
// place and says what changed through a polite live region (its [data-refresh-announce] elements, unless
// it brings its own role="alert"). It stops once the region says "done", and gives the
// button back if the page cannot be fetched. No meta refresh: the page never reloads under the reader.
const INTERVAL_MS = 2000;
const region = document.querySelector('[data-refresh-while="in-progress"]');

const words = (element) => element.textContent.replace(/\s+/g, ' ').trim();

function showControls(polling) {
  for (const control of region.querySelectorAll('[data-refresh-control]')) {
    control.hidden = polling;
  }
  for (const note of region.querySelectorAll('[data-refresh-note]')) {
    note.hidden = !polling;
  }
}

function liveRegion() {
  const announcer = document.createElement('div');
  announcer.className = 'govuk-visually-hidden';
  announcer.setAttribute('aria-live', 'polite');
  announcer.setAttribute('role', 'status');
  announcer.id = 'refresh-announcement';
  document.body.append(announcer);
  return announcer;
}

async function poll(announcer) {
  let response;
  try {
    response = await fetch(window.location.href, { credentials: 'same-origin', cache: 'no-store', headers: { Accept: 'text/html' } });
  } catch {
    showControls(false);
    return;
  }
  if (!response.ok || response.redirected) {
    showControls(false);
    return;
  }
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const fresh = page.getElementById(region.id);
  if (fresh === null) {
    showControls(false);
    return;
  }
  const stillInProgress = fresh.dataset.refreshWhile === 'in-progress';
  if (words(fresh) !== words(region)) {
    region.replaceChildren(...Array.from(fresh.childNodes, (node) => document.importNode(node, true)));
    document.title = page.title;
    if (region.querySelector('[role="alert"]') === null) {
      const said = Array.from(region.querySelectorAll('[data-refresh-announce]'), words).filter((w) => w !== '');
      announcer.textContent = said.length > 0 ? said.join('. ') : 'The page has been updated.';
    }
  }
  if (stillInProgress) {
    showControls(true);
    window.setTimeout(() => poll(announcer), INTERVAL_MS);
  } else {
    region.dataset.refreshWhile = fresh.dataset.refreshWhile ?? 'done';
  }
}

if (region !== null && region.id !== '' && 'fetch' in window) {
  showControls(true);
  const announcer = liveRegion();
  window.setTimeout(() => poll(announcer), INTERVAL_MS);
}
