window.pageScriptRan = true;
document.getElementById('e2e-button').addEventListener('click', function () {
  var c = document.getElementById('e2e-count');
  c.textContent = String(Number(c.textContent) + 1);
});
