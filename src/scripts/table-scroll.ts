/**
 * A table wider than its column becomes a focusable region named by its
 * caption (or heading), so keyboard users can scroll it, and shows its hint;
 * a table that fits stays a plain table (no landmark of its own). Checked on
 * load and whenever a table's box changes (rotation, zoom, window size).
 * An external module: the site's CSP allows no inline script.
 */
const wrappers = [...document.querySelectorAll<HTMLElement>('.table-scroll')];

function update(wrapper: HTMLElement): void {
  const scrolls = wrapper.scrollWidth > wrapper.clientWidth + 1;
  const hint = wrapper.dataset.describedby ? document.getElementById(wrapper.dataset.describedby) : null;
  wrapper.classList.toggle('table-scroll--scrolls', scrolls);
  if (hint) hint.hidden = !scrolls;
  if (!scrolls) {
    for (const name of ['role', 'tabindex', 'aria-labelledby', 'aria-label', 'aria-describedby']) wrapper.removeAttribute(name);
    return;
  }
  wrapper.setAttribute('role', 'region');
  wrapper.tabIndex = 0;
  if (wrapper.dataset.labelledby) wrapper.setAttribute('aria-labelledby', wrapper.dataset.labelledby);
  else if (wrapper.dataset.label) wrapper.setAttribute('aria-label', wrapper.dataset.label);
  if (hint) wrapper.setAttribute('aria-describedby', hint.id);
}

const observer = new ResizeObserver((entries) => entries.forEach((entry) => update(entry.target as HTMLElement)));
for (const wrapper of wrappers) {
  update(wrapper);
  observer.observe(wrapper);
}
