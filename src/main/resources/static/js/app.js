// htmx requests carry the CSRF token that Spring Security expects on every change.
document.addEventListener('htmx:configRequest', (event) => {
  const header = document.querySelector('meta[name="csrf-header"]')?.content;
  const token = document.querySelector('meta[name="csrf-token"]')?.content;
  if (header && token) {
    event.detail.headers[header] = token;
  }
});
