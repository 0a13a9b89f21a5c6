import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

// What a page looks like beyond fitting the screen, for the phone-width sweep: each check returns
// what it found wrong, named so a failure says where to look.

/** Every class the web app's own style sheets define, with the sheets that define it. */
function definedClasses(): Map<string, string[]> {
  const web = join(import.meta.dirname, '..', 'web');
  const classes = new Map<string, string[]>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.css')) {
        const css = readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
        for (const [, name] of css.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)) {
          const sheets = classes.get(name as string) ?? [];
          if (!sheets.includes(entry.name)) classes.set(name as string, [...sheets, entry.name]);
        }
      }
    }
  };
  walk(join(web, 'app'));
  walk(join(web, 'styles'));
  return classes;
}

// A hook each feature styles its own way on its own pages (scrolling areas on a partnership,
// columns for volunteers), not a shared look.
const ownStyledClasses = ['checkbox-group'];
const classes = definedClasses();

/**
 * Classes the page uses that some sheet of the app styles, but that no sheet loaded on this page
 * does: the look of a shared piece then depends on which feature's sheet the route happens to load
 * (the footer's links got list bullets on most pages).
 */
export async function unstyledClasses(page: Page): Promise<string[]> {
  const { used, loaded } = await page.evaluate(() => {
    const used = new Set<string>();
    for (const element of Array.from(document.querySelectorAll('[class]'))) {
      for (const name of Array.from(element.classList)) used.add(name);
    }
    const loaded = new Set<string>();
    const read = (rules: CSSRuleList) => {
      for (const rule of Array.from(rules)) {
        if (rule instanceof CSSStyleRule) {
          for (const [, name] of rule.selectorText.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g))
            loaded.add(name as string);
        }
        if ('cssRules' in rule) read(rule.cssRules as CSSRuleList);
      }
    };
    for (const sheet of Array.from(document.styleSheets)) read(sheet.cssRules);
    return { used: [...used], loaded: [...loaded] };
  });
  return used
    .filter((name) => classes.has(name) && !loaded.includes(name) && !ownStyledClasses.includes(name))
    .map((name) => `.${name} (only in ${classes.get(name)?.join(', ')})`);
}

/**
 * Words inside `selector` that wrap onto a second line in the middle of a part ("Orga|nisati|on"):
 * a break only counts as sensible at a space, a hyphen or dash, or a soft hyphen (U+00AD, drawn
 * as "-" where the line breaks).
 */
function brokenWords(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    // The line of one character: its last box, as Chromium gives the character after a soft
    // hyphen where the line broke also the box of the drawn "-" at the end of the line before.
    const lineOf = (node: Text, at: number) => {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      const box = Array.from(range.getClientRects())
        .filter((b) => b.width > 0)
        .at(-1);
      return box && Math.round(box.top);
    };
    const broken = new Set<string>();
    for (const element of Array.from(document.querySelectorAll(selector))) {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (const word of node.data.matchAll(/[^\s\-–\u00ad]{2,}/g)) {
          const first = lineOf(node, word.index);
          const last = lineOf(node, word.index + word[0].length - 1);
          if (first !== undefined && last !== undefined && first !== last) broken.add(word[0]);
        }
      }
    }
    return [...broken];
  }, selector);
}

/** Words broken in table cells: a table that should scroll in its own box was squeezed instead. */
export function brokenTableWords(page: Page): Promise<string[]> {
  return brokenWords(page, 'main :is(td, th, caption)');
}

/**
 * Words broken in headings and navigation ("Tilgængelighedserklæ|ring"): a long compound word
 * needs soft hyphens in the catalogue, as Chromium has no Danish hyphenation dictionary to
 * find the places itself (`hyphens: auto`).
 */
export function brokenHeadingWords(page: Page): Promise<string[]> {
  return brokenWords(page, ':is(h1, h2, h3, h4, h5, h6, legend, nav)');
}

/**
 * Form fields whose control is drawn in the browser's own small default (13 px text, thin border)
 * instead of the app's field style, which sets `font: inherit` on every control.
 */
export async function unstyledFieldControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(
      document.querySelectorAll<HTMLElement>(
        '.field :is(input:not([type="checkbox"], [type="radio"], [type="file"], [type="hidden"]), select, textarea)',
      ),
    )
      .filter((control) => control.getClientRects().length > 0)
      .filter((control) => {
        const field = control.closest('.field') as HTMLElement;
        return getComputedStyle(control).fontSize !== getComputedStyle(field).fontSize;
      })
      .map((control) => `${control.tagName.toLowerCase()}[name=${control.getAttribute('name')}]`),
  );
}
