// open-shadow.js — loaded before panel.js only where no page script can read
// the panel: crossread's own pages (the reader view, `make serve`) and the e2e
// build, whose tests read the panel through shadowRoot. Everywhere else the
// panel's shadow root is closed, so a page cannot read what crossread shows —
// the linked reports come from the reader's own reading history.
(globalThis.crossreadShim = globalThis.crossreadShim || {}).shadowMode = 'open';
