namespace VmoKernel.Checks.Report.Site;

/// <summary>The site's one stylesheet, written by hand so the site needs nothing from the network.</summary>
public static class SiteStyle
{
    public const string Css = """
        body { font: 15px/1.45 system-ui, sans-serif; color: #1d232a; background: #fbfbfa; margin: 0; }
        nav { background: #243447; padding: .6em 1.5em; }
        nav a { color: #fff; text-decoration: none; margin-right: .3em; }
        main { max-width: 72em; margin: 0 auto; padding: 1em 1.5em 3em; }
        h1 { font-size: 1.6em; margin-bottom: .2em; }
        h2 { border-bottom: 1px solid #d0d5db; padding-bottom: .2em; margin-top: 1.8em; }
        code, pre { font: 13px/1.4 ui-monospace, "DejaVu Sans Mono", monospace; }
        pre { background: #f1f3f5; padding: .6em .8em; overflow-x: auto; }
        table { border-collapse: collapse; margin: .6em 0 1em; width: 100%; }
        th, td { border: 1px solid #d0d5db; padding: .25em .5em; text-align: left; vertical-align: top; }
        th { background: #eef1f4; }
        table.checks td code, table.checks td a { overflow-wrap: anywhere; }
        table.checks { table-layout: fixed; }
        table.checks th:nth-child(1) { width: 8em; }
        table.checks th:nth-child(3) { width: 17em; }
        table.checks th:nth-child(4) { width: 11em; }
        .entry { border-left: 4px solid #8aa0b8; background: #fff; margin: 1.2em 0; padding: .4em 1em .6em; }
        .entry h3 { margin: .3em 0; }
        .kind { font-size: .8em; font-weight: normal; background: #e3e8ee; border-radius: 3px; padding: 0 .4em; margin-left: .5em; }
        .statement { font-size: 1.05em; }
        dl { display: grid; grid-template-columns: 8em 1fr; gap: .2em .8em; margin: .4em 0; }
        dt { color: #56606b; }
        dd { margin: 0; }
        .pass { color: #106b2a; font-weight: 600; }
        .fail { color: #b3161d; font-weight: 600; }
        .unknown { color: #8a5a00; font-weight: 600; }
        .notrun { color: #6b7580; }
        .gap { color: #b3161d; }
        .none { color: #6b7580; font-style: italic; }
        details summary { cursor: pointer; color: #34506e; }
        .src { line-height: 1.35; }
        .src span { display: block; white-space: pre; }
        .src span:target { background: #fff3b0; }
        .src a { color: #9aa4ae; display: inline-block; width: 4em; text-align: right; margin-right: 1em; text-decoration: none; }
        .legend td:first-child { white-space: nowrap; }
        """;
}
