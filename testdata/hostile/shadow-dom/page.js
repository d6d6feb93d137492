window.pageScriptRan = true;
document.getElementById('e2e-button').addEventListener('click', function () {
  var c = document.getElementById('e2e-count');
  c.textContent = String(Number(c.textContent) + 1);
});
// The article lives in an open shadow root, built with DOM calls (as web components do).
var host = document.getElementById('app');
var root = host.attachShadow({ mode: 'open' });
var art = document.createElement('article');
var h = document.createElement('h1'); h.textContent = "Austin speaks with Russian counterpart for first time since invasion"; art.append(h);
["WASHINGTON \u2014 U.S. Defense Secretary Lloyd Austin spoke Friday with Russian Defense Minister Sergei Shoigu for the first time since Russia invaded Ukraine, the Pentagon said.", "The call lasted about an hour, Pentagon press secretary John Kirby told reporters. Austin urged an immediate ceasefire in Ukraine and emphasized the importance of maintaining lines of communication.", "The two men last spoke on Feb. 18, days before the invasion began on Feb. 24. Kirby said the call was initiated by Austin."].forEach(function (t) { var p = document.createElement('p'); p.textContent = t; art.append(p); });
root.append(art);
