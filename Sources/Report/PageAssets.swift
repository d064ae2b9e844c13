import Extract
import Foundation
import SourceText

/// The page's only stylesheet and script, inline, so the file works offline and as an e-mail
/// attachment. Fonts are the system's (Korean falls back to whatever Hangul font is installed).
enum PageAssets {
    /// The stylesheet: a base plus one rule set per mention type, generated from `MentionStyle.all`.
    /// `content-visibility:auto` on each document lets the browser skip laying out the documents
    /// below the window (long mention tables were most of the load time: 1.7–4 s → 0.65–0.72 s
    /// for the corpus page on the busy 2-core test machine).
    static let css: String = base + MentionStyle.all.map(typeRules).joined()

    private static let base = """
    :root{color-scheme:light;--ink:#1b1b1b;--muted:#5a5a5a;--line:#d0d0d0;--paper:#fff;--panel:#f6f6f4}
    *{box-sizing:border-box}
    body{margin:0;font:15px/1.6 system-ui,-apple-system,"Segoe UI","Apple SD Gothic Neo","Malgun Gothic","Noto Sans CJK KR","NanumGothic",sans-serif;color:var(--ink);background:var(--paper)}
    header.top{position:sticky;top:0;z-index:5;background:var(--panel);border-bottom:1px solid var(--line);padding:.5rem 1rem}
    h1{font-size:1.15rem;margin:0 0 .25rem}
    h2{font-size:1.05rem;margin:0;word-break:break-all}
    h3{font-size:.95rem;margin:1rem 0 .4rem}
    .summary,.meta{color:var(--muted);font-size:.85rem;margin:.1rem 0}
    .filters{display:flex;flex-wrap:wrap;gap:.25rem .9rem;margin:.3rem 0 0;padding:0;border:0}
    .filters legend{font-size:.85rem;color:var(--muted);float:left;margin-right:.5rem}
    .filters label{font-size:.85rem;cursor:pointer;white-space:nowrap}
    nav.toc{font-size:.82rem;margin:.3rem 0 0}
    nav.toc a{margin-right:.8rem}
    main{padding:0 1rem 3rem}
    section.doc{border-bottom:2px solid var(--line);padding:1rem 0;content-visibility:auto;contain-intrinsic-size:auto 1600px}
    section.failed{color:#8a1c1c}
    ul.counts{list-style:none;display:flex;flex-wrap:wrap;gap:.2rem .8rem;margin:.3rem 0;padding:0;font-size:.85rem}
    .columns{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1rem;align-items:start}
    @media (max-width:900px){.columns{grid-template-columns:minmax(0,1fr)}}
    .text{white-space:pre-wrap;word-break:break-word;border:1px solid var(--line);border-radius:4px;padding:.6rem .8rem;max-height:34rem;overflow:auto;background:#fff;line-height:1.9}
    .side{max-height:34rem;overflow:auto;border:1px solid var(--line);border-radius:4px}
    table{border-collapse:collapse;font-size:.82rem;width:100%}
    th,td{border-bottom:1px solid #e4e4e4;padding:.15rem .4rem;text-align:left;vertical-align:top}
    thead th{position:sticky;top:0;background:var(--panel);z-index:1}
    table.mentions td:nth-child(2),table.figures td:first-child{white-space:nowrap}
    td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
    th button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer;color:inherit}
    th[aria-sort=ascending] button::after{content:" ▲"}
    th[aria-sort=descending] button::after{content:" ▼"}
    .badge{display:inline-block;min-width:1.1em;padding:0 .2em;margin-right:.15em;border:1px solid #555;border-radius:3px;font:700 .7em/1.3 ui-monospace,monospace;text-align:center;vertical-align:.1em;background:#fff;color:#000}
    mark{position:relative;color:inherit;border-radius:2px;border-bottom:2px solid #333;padding:0 .05em;cursor:pointer}
    mark::before{font:700 .62em/1 ui-monospace,monospace;vertical-align:.45em;margin-right:.1em;padding:0 .15em;border:1px solid #444;border-radius:2px;background:#fff;color:#000}
    mark.dup{opacity:.6}
    mark:hover::after,mark:focus::after{content:attr(title);position:absolute;left:0;top:100%;z-index:4;margin-top:2px;padding:.2rem .45rem;white-space:nowrap;font-size:.8rem;line-height:1.4;background:#222;color:#fff;border-radius:3px;pointer-events:none}
    mark:focus{outline:2px solid #0b57d0;outline-offset:1px}
    mark:target,mark.current{outline:3px solid #0b57d0;outline-offset:1px}
    .chart{margin:.2rem 0 .6rem;max-width:100%;height:auto}
    .chart text{font-size:12px;fill:#1b1b1b}
    .chart rect.bar{fill:#d9a400;stroke:#6b5000}
    #where{position:fixed;left:0;right:0;bottom:0;margin:0;padding:.35rem 1rem;background:#222;color:#fff;font-size:.85rem;z-index:6}
    #where[hidden]{display:none}
    .diff tr.changed td.status{font-weight:700}
    .diff tr.changed{background:#fff4cc}
    .diff tr.added{background:#e3f4e1}
    .diff tr.removed{background:#f9e0e0}
    .diff tr.removed td.old{text-decoration:line-through}
    .diff td.old,.diff td.new{border-left:1px solid var(--line)}
    .diff th.side{text-align:center;border-left:1px solid var(--line)}
    .diff thead th{position:static}
    body.hide-same .diff tr.same{display:none}
    .empty{color:var(--muted);font-size:.85rem}

    """

    /// Colour, border and letter of one type, and the rules that hide it when its box is unticked.
    private static func typeRules(_ s: MentionStyle) -> String {
        let t = s.type.rawValue
        return """
        mark.t-\(t){background:\(s.colour);border-bottom-style:\(s.border)}
        mark.t-\(t)::before{content:"\(s.letter)"}
        .badge.t-\(t){background:\(s.colour)}
        body.hide-\(t) mark.t-\(t){background:none;border-bottom-color:transparent}
        body.hide-\(t) mark.t-\(t)::before{display:none}
        body.hide-\(t) tr.t-\(t){display:none}

        """
    }

    /// Filtering, the location bar and sortable tables. No inline handlers: one listener each.
    static let script = """
    (function(){
    'use strict';
    var body=document.body;
    document.querySelectorAll('input[data-filter]').forEach(function(box){
      box.addEventListener('change',function(){body.classList.toggle('hide-'+box.getAttribute('data-filter'),!box.checked);});
    });
    var where=document.getElementById('where');
    var current=null;
    function show(m){
      if(!where)return;
      var section=m.closest('section');
      where.textContent=(section?section.getAttribute('data-doc'):'')+' \\u2014 line '+m.getAttribute('data-line')+', column '+m.getAttribute('data-col')+' \\u2014 '+m.getAttribute('title');
      where.hidden=false;
      if(current)current.classList.remove('current');
      current=m;m.classList.add('current');
    }
    document.addEventListener('click',function(e){var m=e.target.closest('mark');if(m)show(m);});
    document.addEventListener('keydown',function(e){
      if(e.key==='Enter'||e.key===' '){var m=e.target.closest&&e.target.closest('mark');if(m){e.preventDefault();show(m);}}
      if(e.key==='Escape'&&where){where.hidden=true;}
    });
    document.querySelectorAll('table.sortable th button').forEach(function(button){
      button.addEventListener('click',function(){
        var th=button.parentNode,table=th.closest('table'),index=Array.prototype.indexOf.call(th.parentNode.children,th);
        var numeric=th.getAttribute('data-sort')==='num',ascending=th.getAttribute('aria-sort')!=='ascending';
        table.querySelectorAll('th').forEach(function(h){h.removeAttribute('aria-sort');});
        th.setAttribute('aria-sort',ascending?'ascending':'descending');
        var tbody=table.tBodies[0],rows=Array.prototype.slice.call(tbody.rows);
        function key(row){var cell=row.cells[index],v=cell.hasAttribute('data-sort')?cell.getAttribute('data-sort'):cell.textContent;return numeric?parseFloat(v):v;}
        var keys=rows.map(function(row,i){return {row:row,key:key(row),i:i};});
        keys.sort(function(a,b){var c=numeric?a.key-b.key:a.key.localeCompare(b.key,'ko');if(!c)c=a.i-b.i;else if(!ascending)c=-c;return c;});
        keys.forEach(function(k){tbody.appendChild(k.row);});
      });
    });
    })();
    """

    /// A Content-Security-Policy that lets only this stylesheet and this script run and forbids
    /// every fetch, so even a missed escape could neither run code nor reach the network.
    static let contentSecurityPolicy: String =
        "default-src 'none'; style-src 'sha256-\(base64SHA256(css))'; script-src 'sha256-\(base64SHA256(script))'; img-src data:"

    static func base64SHA256(_ text: String) -> String {
        let hex = Array(SHA256.hex(Array(text.utf8)).utf8)
        var bytes: [UInt8] = []
        var i = 0
        while i + 1 < hex.count {
            bytes.append(nibble(hex[i]) << 4 | nibble(hex[i + 1]))
            i += 2
        }
        return base64(bytes)
    }

    private static func nibble(_ c: UInt8) -> UInt8 {
        c >= UInt8(ascii: "a") ? c - UInt8(ascii: "a") + 10 : c - UInt8(ascii: "0")
    }

    static func base64(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
    }
}
