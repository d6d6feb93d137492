window.pageScriptRan = true;
document.getElementById('e2e-button').addEventListener('click', function () {
  var c = document.getElementById('e2e-count');
  c.textContent = String(Number(c.textContent) + 1);
});
// A page that rewrites the platform: JSON and fetch throw, DOM methods count
// their calls, then the globals are frozen. crossread runs in its own world and
// must neither call these nor stop the page's own code.
window.overrideCalls = [];
function spy(obj, name, throws) {
  var orig = obj[name];
  obj[name] = function () {
    window.overrideCalls.push(name);
    if (throws) throw new Error('overridden ' + name);
    return orig.apply(this, arguments);
  };
}
spy(JSON, 'parse', true); spy(JSON, 'stringify', true);
spy(window, 'fetch', true); spy(XMLHttpRequest.prototype, 'open', true);
spy(Element.prototype, 'setAttribute'); spy(Element.prototype, 'removeAttribute');
spy(Element.prototype, 'attachShadow'); spy(Element.prototype, 'append'); spy(Element.prototype, 'remove');
spy(Node.prototype, 'appendChild'); spy(Node.prototype, 'removeChild'); spy(Node.prototype, 'cloneNode');
spy(Document.prototype, 'createElement'); spy(Document.prototype, 'createRange');
window.alert = function () { window.overrideCalls.push('alert'); };
Object.freeze(JSON); Object.freeze(Element.prototype); Object.freeze(Node.prototype);
Object.freeze(Document.prototype); Object.freeze(Array.prototype); Object.freeze(Object.prototype);
