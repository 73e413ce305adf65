export { translate, columnLabel, parseLang, initialLang, htmlLang, hasKey, dictionaryKeys, LANGS, DEFAULT_LANG, type Lang, type Params } from './translate';
export { shortLabel, OUTCOME_KEYS, type OutcomeKey } from './report-labels';
