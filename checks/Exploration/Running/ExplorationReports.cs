using System.Globalization;
using System.Text;
using System.Xml.Linq;
using VmoKernel.Checks.Cli;
using VmoKernel.Checks.Exploration.Coverage;
using VmoKernel.Checks.Exploration.Replay;
using VmoKernel.Checks.Exploration.Traces;

namespace VmoKernel.Checks.Exploration.Running;

/// <summary>
/// CI reports of an <c>explore</c> run: JUnit XML with one test case per run, the failure
/// text carrying the spec ID and the replay command; and a Markdown table for a CI job summary, followed
/// by the sequence diagram of every bug found and, when recorded, the coverage under concurrency.
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
                    $"{failure.Message}\nreplay: {ReplayCommand.For(traces[o])}"));
            }

            return element;
        });
        var suite = new XElement("testsuite",
            new XAttribute("name", "checks explore"),
            new XAttribute("tests", outcomes.Count),
            new XAttribute("failures", outcomes.Count(o => o.FoundBug)),
            new XAttribute("time", outcomes.Sum(o => o.Elapsed.TotalSeconds).ToString("F3", CultureInfo.InvariantCulture)),
            cases);
        OutputFile.Write(path, new XDocument(new XElement("testsuites", suite)).ToString() + "\n");
    }

    public static void WriteSummary(
        string path, IReadOnlyList<ExplorationOutcome> outcomes, IReadOnlyDictionary<ExplorationOutcome, string> traces, ConcurrencyCoverage? coverage = null)
    {
        var text = new StringBuilder();
        text.AppendLine("| test | result | iterations | steps | seconds | it/s | steps/s |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var o in outcomes)
        {
            var result = o.Failure is null ? "ok" : $"**{o.Failure.SpecId ?? "bug"}**: `{ReplayCommand.For(traces[o])}`";
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {CaseName(o)} | {result} | {o.Iterations} | {o.Steps} | {o.Elapsed.TotalSeconds:F1} | {o.IterationsPerSecond:F0} | {o.StepsPerSecond:F0} |"));
        }

        // The race as a picture: GitHub renders a mermaid block in a job summary.
        foreach (var o in outcomes.Where(o => o.FoundBug))
        {
            text.AppendLine().AppendLine($"### {CaseName(o)}: {o.Failure!.Message.Split('\n')[0]}").AppendLine();
            text.AppendLine("```mermaid").Append(DiagramOf(traces[o])).AppendLine("```");
        }

        if (coverage is not null)
        {
            text.AppendLine().Append(CoverageReport.Markdown(coverage, "##"));
        }

        OutputFile.Write(path, text.ToString());
    }

    /// <summary>The sequence diagram of a saved trace, replayed once more with a step log watching.</summary>
    private static string DiagramOf(string tracePath)
    {
        var trace = TraceFile.Load(tracePath);
        var log = new StepLog(verbose: false);
        var outcome = TraceReplayer.Replay(trace, TraceReplayer.Admit(trace), log);
        return SequenceDiagram.Of(log.Timeline, outcome.Failure?.Message, outcome.Failure?.SpecId);
    }

    private static string CaseName(ExplorationOutcome o) =>
        o.Request.SeededBugs.Count == 0 ? o.Request.Harness.Name : $"{o.Request.Harness.Name} [{string.Join(", ", o.Request.SeededBugs)}]";
}
