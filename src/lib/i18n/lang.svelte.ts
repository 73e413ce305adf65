import { htmlLang, initialLang, translate, type Lang, type Params } from './translate';

export const LANG_STORAGE_KEY = 'gongkai-lens.lang';

function readStored(): string | null {
  try {
    return localStorage.getItem(LANG_STORAGE_KEY);
  } catch {
    return null;
  }
}

class LangState {
  current = $state<Lang>(
    typeof window === 'undefined' ? 'zh' : initialLang(window.location.search, readStored())
  );

  /** Switch language and remember the choice (a `?lang=` in the URL only lasts for that page load). */
  set(lang: Lang): void {
    this.current = lang;
    try {
      localStorage.setItem(LANG_STORAGE_KEY, lang);
    } catch {
      /* private mode: the choice lasts for this page only */
    }
    if (typeof document !== 'undefined') document.documentElement.lang = htmlLang(lang);
  }

  toggle(): void {
    this.set(this.current === 'zh' ? 'en' : 'zh');
  }
}

/** The reactive UI language: read `i18n.current` in templates/effects; change with `i18n.set('en')`. */
export const i18n = new LangState();

if (typeof document !== 'undefined') document.documentElement.lang = htmlLang(i18n.current);

/** `t('action.download_png')` in the current language (reactive when read inside a template or effect). */
export function t(key: string, params?: Params): string {
  return translate(i18n.current, key, params);
}
