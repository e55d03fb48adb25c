using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace VmoKernel.Checks.Exploration.Running;

/// <summary>
/// CI reports of an <c>explore</c> run (issue 5): JUnit XML with one test case per run, the failure
/// text carrying the spec ID and the replay command; and a Markdown table for a CI job summary.
/// </summary>
public static class ExplorationReports
{
    public static void WriteJUnit(string path, IReadOnlyList<ExplorationOutcome> outcomes, IReadOnlyDictionary<ExplorationOutcome, string> traces)
    {
        var cases = outcomes.Select(o =>
        {
            var element = new XElement("testcase",
                new XAttribute("classname", $"explore.{o.Request.Profile.Name}"),
                new XAttribute("name", CaseName(o)),
                new XAttribute("time", o.Elapsed.TotalSeconds.ToString("F3", CultureInfo.InvariantCulture)));
            if (o.Failure is { } failure)
            {
                element.Add(new XElement("failure",
                    new XAttribute("message", failure.Message.Split('\n')[0]),
                    new XAttribute("type", failure.SpecId ?? "unclassified"),
                    $"{failure.Message}\nreplay: {ExploreSession.ReplayCommand(traces[o])}"));
            }

            return element;
        });
        var suite = new XElement("testsuite",
            new XAttribute("name", "checks explore"),
            new XAttribute("tests", outcomes.Count),
            new XAttribute("failures", outcomes.Count(o => o.FoundBug)),
            new XAttribute("time", outcomes.Sum(o => o.Elapsed.TotalSeconds).ToString("F3", CultureInfo.InvariantCulture)),
            cases);
        Write(path, new XDocument(new XElement("testsuites", suite)).ToString() + "\n");
    }

    public static void WriteSummary(string path, IReadOnlyList<ExplorationOutcome> outcomes, IReadOnlyDictionary<ExplorationOutcome, string> traces)
    {
        var text = new StringBuilder();
        text.AppendLine("| test | result | iterations | steps | seconds | it/s | steps/s |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var o in outcomes)
        {
            var result = o.Failure is null ? "ok" : $"**{o.Failure.SpecId ?? "bug"}**: `{ExploreSession.ReplayCommand(traces[o])}`";
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {CaseName(o)} | {result} | {o.Iterations} | {o.Steps} | {o.Elapsed.TotalSeconds:F1} | {o.IterationsPerSecond:F0} | {o.StepsPerSecond:F0} |"));
        }

        Write(path, text.ToString());
    }

    private static string CaseName(ExplorationOutcome o) =>
        o.Request.SeededBugs.Count == 0 ? o.Request.Harness.Name : $"{o.Request.Harness.Name} [{string.Join(", ", o.Request.SeededBugs)}]";

    private static void Write(string path, string text)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllText(path, text);
    }
}
