import type { KeywordSearch } from "./candidate";
import { demoSearch } from "./demo-search";

// Without an Apify token the search is simulated (and labelled demo). The Apify search
// (the actor on the marketplace's /s?k= URL) is not wired yet in this branch.
export function getKeywordSearch(): KeywordSearch {
  return async ({ marketplace, keyword }) => ({ candidates: demoSearch({ marketplace, keyword }), isDemo: true });
}
