//! `/` and `/show/{citation}`: HTML that works without JavaScript, article text escaped,
//! the security headers on every answer.

use super::*;

#[test]
fn the_page_searches_over_get_and_links_facets_paging_and_csv() {
    let tmp = corpus_index();
    let server = Server::start(tmp.path(), &[]);
    let home = server.get("/");
    assert_eq!((home.status, home.header("content-type")), (200, Some("text/html; charset=utf-8")));
    assert!(home.body.contains("<form class=\"search\" method=\"get\" action=\"/\""));
    assert!(home.body.contains("The index holds 3 articles, 26 passages and 22 quotes."), "{}", home.body);

    let page = server.get("/?q=human+rights");
    assert_eq!(page.status, 200);
    assert!(page.body.contains("value=\"human rights\""), "the box keeps the query");
    assert!(page.body.contains("<mark>human rights</mark>"));
    assert!(page.body.contains("<span class=\"speaker\">Gustavo Petro</span>"));
    // A facet click filters: a plain link that adds the parameter.
    assert!(
        page.body.contains("<a href=\"/?q=human+rights&amp;speaker=Gustavo+Petro\">Gustavo Petro</a>"),
        "{}",
        page.body
    );
    assert!(page.body.contains("<a href=\"/?q=human+rights&amp;country=CO\">Colombia</a>"));
    assert!(page.body.contains("/api/search?q=human+rights&amp;limit=3&amp;format=csv"), "the whole result as CSV");
    assert!(page.body.contains("<svg class=\"chart\""));
    assert!(page.body.contains("<title>2025-11: 3</title>"));
    assert!(page.body.contains("href=\"/show/1b5bcaa02453-p3-q1?q=human+rights\""), "{}", page.body);
    assert!(page.body.contains("class=\"copy\" data-citation=\"&gt; “The fight against drugs"), "{}", page.body);

    let filtered = server.get("/?q=human+rights&speaker=Gustavo+Petro");
    let first = filtered.body.split("<li class=\"hit\">").nth(1).unwrap_or("");
    assert!(first.contains("subordinated to the <mark>human rights</mark>") && first.contains("Gustavo Petro"));

    // An outlet click filters by outlet, as the form's Outlet field does.
    let strike = server.get("/?q=strike");
    assert!(strike.body.contains("<input id=\"outlet\" name=\"outlet\" type=\"text\" value=\"\""), "{}", strike.body);
    assert!(strike.body.contains("<input id=\"full\" name=\"full\" type=\"checkbox\""), "{}", strike.body);
    let outlet = "/?q=strike&outlet=Newsquote+Sample+Wire";
    let href = outlet.replace('&', "&amp;");
    assert!(strike.body.contains(&format!("<a href=\"{href}\">Newsquote Sample Wire</a>")), "{}", strike.body);
    let by_outlet = server.get(outlet);
    assert_eq!(by_outlet.status, 200);
    assert!(by_outlet.body.contains("<span class=\"outlet\">Newsquote Sample Wire</span>"));
    assert!(by_outlet.body.contains("value=\"Newsquote Sample Wire\""), "the Outlet field keeps the filter");
    let elsewhere = server.get("/?q=strike&outlet=reuters");
    assert!(!elsewhere.body.contains("<li class=\"hit\">"), "{}", elsewhere.body);

    let paged = server.get("/?q=rights&limit=1");
    assert!(paged.body.contains("<a rel=\"next\" href=\"/?q=rights&amp;limit=1&amp;offset=1\">"), "{}", paged.body);
    let second = server.get("/?q=rights&limit=1&offset=1");
    assert!(second.body.contains("<ol class=\"hits\" start=\"2\">"));
    assert!(second.body.contains("<a rel=\"prev\" href=\"/?q=rights&amp;limit=1&amp;offset=0\">"));
}

#[test]
fn the_page_shows_errors_with_their_status() {
    let tmp = corpus_index();
    let server = Server::start(tmp.path(), &[]);
    let bad = server.get("/?country=%3Cscript%3EAtlantis");
    assert_eq!(bad.status, 400);
    assert!(
        bad.body.contains("<p class=\"error\" role=\"alert\">unknown country `&lt;script&gt;Atlantis`"),
        "{}",
        bad.body
    );
    assert!(bad.body.contains("value=\"&lt;script&gt;Atlantis\""), "the form keeps what was typed, escaped");
    let unknown = server.get("/show/0000000000ff-p1");
    assert_eq!(unknown.status, 404);
    assert!(
        unknown
            .body
            .contains("no passage, quote or reported statement 0000000000ff-p1 in this index: no article of that key")
            && !unknown.body.contains("/tmp")
    );
}

#[test]
fn show_in_context_marks_the_quote_and_links_back() {
    let tmp = corpus_index();
    let server = Server::start(tmp.path(), &[]);
    let page = server.get("/show/1b5bcaa02453-p3-q1?q=human+rights&speaker=petro");
    assert_eq!(page.status, 200);
    assert!(page.body.contains("<a href=\"/?q=human+rights&amp;speaker=petro\">\u{2190} Back to the results</a>"));
    assert!(page.body.contains("<p class=\"cited\" aria-current=\"true\"><span class=\"para\">\u{b6}3</span>"));
    assert!(page.body.contains("&quot;<mark>The fight against drugs must be subordinated"), "{}", page.body);
    let citation = "data-citation=\"“The fight against drugs must be subordinated to the human rights of the \
                    Caribbean people,” — Gustavo Petro, 2025-11-12, Colombia Halts US Intelligence Sharing Amid \
                    Deadly Strikes, newsquote 1b5bcaa02453-p3-q1\"";
    assert!(page.body.contains(citation), "{}", page.body);
    assert!(page.body.contains("\u{b6}2") && page.body.contains("\u{b6}4"), "the paragraphs around it");
}

#[test]
fn markup_in_articles_is_shown_as_text_and_links_are_web_only() {
    let tmp = indexed(&[root().join("tests/fixtures/markup")]);
    let server = Server::start(tmp.path(), &[]);
    let page = server.get("/?q=harbour");
    assert_eq!(page.status, 200);
    assert!(page.body.contains("&lt;script&gt;document.body.dataset.pwned=&#39;quote&#39;&lt;/script&gt;"));
    assert!(page.body.contains("&lt;img src=x onerror=alert(document.domain)&gt;"), "{}", page.body);
    // The only script element is the page's own; the article's address is not a link.
    assert_eq!(page.body.matches("<script").count(), 1);
    assert_eq!(page.body.matches("<img").count(), 0);
    assert!(!page.body.contains("href=\"javascript:"));
    let citation = page.body.split("/show/").nth(1).and_then(|s| s.split('?').next()).unwrap_or("");
    let shown = server.get(&format!("/show/{citation}"));
    assert_eq!(shown.status, 200, "{citation}");
    assert_eq!(shown.body.matches("<script").count(), 1);
    assert!(shown.body.contains("&lt;script&gt;document.body.dataset.pwned"));
}

#[test]
fn every_answer_carries_the_security_headers_and_assets_are_compiled_in() {
    let tmp = corpus_index();
    let server = Server::start(tmp.path(), &[]);
    for path in ["/", "/?q=rights", "/api/search?q=rights", "/api/stats", "/nothing", "/assets/app.js"] {
        let r = server.get(path);
        let csp = r.header("content-security-policy").unwrap_or("");
        assert!(csp.contains("script-src 'self'") && csp.contains("default-src 'none'"), "{path}: {csp}");
        assert!(!csp.contains("unsafe-inline"));
        assert_eq!(r.header("x-content-type-options"), Some("nosniff"), "{path}");
    }
    let js = server.get("/assets/app.js");
    assert_eq!((js.status, js.header("content-type")), (200, Some("text/javascript; charset=utf-8")));
    assert!(js.body.contains("navigator.clipboard"));
    let css = server.get("/assets/style.css");
    assert_eq!((css.status, css.header("content-type")), (200, Some("text/css; charset=utf-8")));
    // No inline script or style attribute anywhere on the page (the policy would block them).
    let page = server.get("/?q=rights");
    assert!(!page.body.contains("<script>") && !page.body.contains(" style=") && !page.body.contains(" onclick="));
}
