window.pageScriptRan = true;
document.getElementById('e2e-button').addEventListener('click', function () {
  var c = document.getElementById('e2e-count');
  c.textContent = String(Number(c.textContent) + 1);
});
// Hydration, framework style: after 1 s the article's nodes are thrown away and rebuilt (same text).
setTimeout(function () {
  var old = document.querySelector('#root article');
  var fresh = document.createElement('article');
  old.childNodes.forEach(function (n) { fresh.append(n.cloneNode(true)); });
  old.replaceWith(fresh);
  window.rerendered = true;
}, 1000);
