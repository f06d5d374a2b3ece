// Loads the editor's wasm (an external module: the strict Content-Security-Policy allows no
// inline script). The wasm's start function mounts the editor into #editor.
import init from './editor.js';

init();
