window.frameScriptRan = true;
