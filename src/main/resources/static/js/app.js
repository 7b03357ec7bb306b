// htmx requests carry the CSRF token that Spring Security expects on every change.
document.addEventListener('htmx:configRequest', (event) => {
  const header = document.querySelector('meta[name="csrf-header"]')?.content;
  const token = document.querySelector('meta[name="csrf-token"]')?.content;
  if (header && token) {
    event.detail.headers[header] = token;
  }
});

// On a narrow screen the side navigation folds away behind the Menu button. The class on <html> tells the
// stylesheet that this script runs; without it the navigation stays in view as a scrolling row.
document.documentElement.classList.add('js');
document.addEventListener('DOMContentLoaded', () => {
  const toggle = document.querySelector('.menu-toggle');
  const menu = document.getElementById('sidenav');
  if (!toggle || !menu) {
    return;
  }
  const setOpen = (open) => {
    toggle.setAttribute('aria-expanded', String(open));
    menu.classList.toggle('open', open);
  };
  toggle.addEventListener('click', () => setOpen(toggle.getAttribute('aria-expanded') !== 'true'));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && toggle.getAttribute('aria-expanded') === 'true') {
      setOpen(false);
      toggle.focus();
    }
  });
});

// Behaviour the pages ask for with data- attributes, because the Content-Security-Policy runs no inline
// script: no onclick/onchange/onsubmit in a template, no eval in htmx.
document.addEventListener('submit', (event) => {
  const question = event.target.closest('form[data-confirm]')?.dataset.confirm;
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});
document.addEventListener('change', (event) => {
  if (event.target.matches('select[data-submits-form]')) {
    event.target.form.submit();
  }
});
document.addEventListener('click', (event) => {
  if (event.target.matches('input[data-selects-on-click]')) {
    event.target.select();
  }
});
