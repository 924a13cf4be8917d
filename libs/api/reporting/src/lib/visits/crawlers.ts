/**
 * User-agents of obvious robots: search engines and link previews ("bot", "crawl", "spider",
 * "slurp", facebookexternalhit), headless browsers and audits (HeadlessChrome, Lighthouse),
 * and scripts (curl, wget, python-requests, Go's and Java's HTTP clients). A page view from
 * them is not a visit. An empty user-agent is a script too: every browser sends one.
 */
const CRAWLER =
  /bot\b|bot\/|crawl|spider|slurp|facebookexternalhit|headlesschrome|lighthouse|^curl\/|^wget\/|python-requests|go-http-client|^java\//i;

export function isCrawler(userAgent: string): boolean {
  return userAgent.trim() === '' || CRAWLER.test(userAgent);
}
