window.pageScriptRan = true;
document.getElementById('e2e-button').addEventListener('click', function () {
  var c = document.getElementById('e2e-count');
  c.textContent = String(Number(c.textContent) + 1);
});
// A feed: scrolling near the end appends the next article (built with DOM calls).
var next = [["Secretary of State Antony Blinken spoke Monday with Chinese Foreign Minister Wang Yi about the war, the State Department said in a statement issued on Tuesday.", "Blinken told Wang that any support for the invasion would have consequences, a senior official said, adding that the two had last met in March.", "The conversation lasted about ninety minutes and covered trade, Taiwan and the war in Ukraine, according to a readout released late Monday."]];
function more() {
  if (!next.length) return;
  var a = document.createElement('article');
  var h = document.createElement('h1'); h.textContent = 'Blinken speaks with Chinese counterpart'; a.append(h);
  next.shift().forEach(function (t) { var p = document.createElement('p'); p.textContent = t; a.append(p); });
  document.getElementById('feed').append(a);
  window.appended = (window.appended || 0) + 1;
}
addEventListener('scroll', function () {
  if (innerHeight + scrollY >= document.documentElement.scrollHeight - 50) more();
}, { passive: true });
