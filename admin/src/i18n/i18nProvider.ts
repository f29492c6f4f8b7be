import type { I18nProvider, TranslationMessages } from 'react-admin';
import { zhMessages } from './zh';

/**
 * A polyglot-compatible translator for zh-CN.
 *
 * ra-i18n-polyglot is a dependency of react-admin but is neither re-exported by it nor resolvable
 * from this package, so this file does the little it does: nested keys, `%{name}` interpolation,
 * the `_` default, and `smart_count` plural forms separated by “||||” (Chinese uses the first form).
 * Once `ra-i18n-polyglot` is added to admin/package.json this file can become
 * `polyglotI18nProvider(() => zhMessages, 'zh-CN', [{ locale: 'zh-CN', name: '简体中文' }], { allowMissing: true })`.
 */
function flatten(messages: object, prefix = '', into = new Map<string, string>()) {
  for (const [key, value] of Object.entries(messages)) {
    if (value && typeof value === 'object') flatten(value, `${prefix}${key}.`, into);
    else if (typeof value === 'string') into.set(`${prefix}${key}`, value);
  }
  return into;
}

const INTERPOLATION = /%\{(.*?)\}/g;

function transform(phrase: string, options: Record<string, unknown>): string {
  // Chinese has a single plural form: always take the first one.
  const form = phrase.split('||||')[0].trim();
  return form.replace(INTERPOLATION, (expression, name: string) => {
    const value = options[name];
    return value === undefined || value === null ? expression : String(value);
  });
}

export function createI18nProvider(messages: TranslationMessages = zhMessages, locale = 'zh-CN'): I18nProvider {
  const phrases = flatten(messages);
  return {
    translate: (key: string, options: unknown = {}) => {
      const opts: Record<string, unknown> =
        typeof options === 'number' ? { smart_count: options } : ((options ?? {}) as Record<string, unknown>);
      const phrase = phrases.get(key) ?? (typeof opts._ === 'string' ? opts._ : key);
      return transform(phrase, opts);
    },
    changeLocale: () => Promise.resolve(),
    getLocale: () => locale,
    getLocales: () => [{ locale, name: '简体中文' }],
  };
}

export const i18nProvider = createI18nProvider();
