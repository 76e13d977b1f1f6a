import { errorText } from './api.js';
import { $ } from './dom.js';

let timer = 0;

export function showError(err) {
  const toast = $('error-toast');
  toast.textContent = typeof err === 'string' ? err : errorText(err);
  toast.hidden = false;
  window.clearTimeout(timer);
  timer = window.setTimeout(() => {
    toast.hidden = true;
  }, 6000);
}

export function hideError() {
  window.clearTimeout(timer);
  $('error-toast').hidden = true;
}
