using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using VmoKernel.Checks.Cli;

namespace VmoKernel.Checks.Report.Site;

/// <summary>
/// Reads a results folder (<c>checks report --results DIR</c>), every file by its shape:
/// <c>*.xml</c> JUnit (<c>dotnet test</c> with a JUnit logger, <c>checks explore --junit</c>),
/// <c>*.trx</c> (<c>dotnet test --logger trx</c>), <c>*.md</c> holding the explore summary table
/// (<c>checks explore --summary</c>), <c>prove*.log</c> / <c>prove*.txt</c> (the output of
/// <c>checks prove</c>) and <c>mutant-&lt;name&gt;.log</c> (the output of <c>checks prove --mutant</c>).
/// A file that is not well-formed is the user's error, one line.
/// </summary>
public static partial class RunResultsReader
{
    public static RunResults Read(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new InputException($"--results: no folder {folder}");
        }

        var results = new RunResults();
        foreach (var path in Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var read = Path.GetExtension(path) switch
            {
                ".xml" => ReadXml(path, results),
                ".trx" => ReadXml(path, results),
                ".md" => ReadSummary(File.ReadAllLines(path), results),
                ".log" or ".txt" when name.StartsWith("mutant-", StringComparison.Ordinal) => ReadMutant(name[7..^4], File.ReadAllLines(path), results),
                ".log" or ".txt" when name.StartsWith("prove", StringComparison.Ordinal) => ReadProve(File.ReadAllLines(path), results),
                _ => false,
            };
            if (read)
            {
                results.Files.Add(Path.GetRelativePath(folder, path).Replace('\\', '/'));
            }
        }

        return results;
    }

    private static bool ReadXml(string path, RunResults results)
    {
        XDocument document;
        try
        {
            document = XDocument.Load(path);
        }
        catch (XmlException e)
        {
            throw new InputException($"{path}: not well-formed XML: {e.Message}");
        }

        var any = false;
        foreach (var element in document.Descendants())
        {
            if (element.Name.LocalName == "testcase")
            {
                any = true;
                var failed = element.Elements().Any(e => e.Name.LocalName is "failure" or "error");
                var skipped = element.Elements().Any(e => e.Name.LocalName == "skipped");
                var type = element.Elements().FirstOrDefault(e => e.Name.LocalName == "failure")?.Attribute("type")?.Value;
                var classname = (string?)element.Attribute("classname") ?? "";
                var name = (string?)element.Attribute("name") ?? "";
                if (classname.StartsWith("explore.", StringComparison.Ordinal))
                {
                    results.Explorations[name] = failed ? type ?? "bug" : null;
                }
                else if (!skipped)
                {
                    AddTest(results, name.StartsWith(classname + ".", StringComparison.Ordinal) || classname.Length == 0 ? name : $"{classname}.{name}", !failed);
                }
            }
            else if (element.Name.LocalName == "UnitTestResult" && (string?)element.Attribute("outcome") is "Passed" or "Failed")
            {
                any = true;
                AddTest(results, (string?)element.Attribute("testName") ?? "", (string?)element.Attribute("outcome") == "Passed");
            }
        }

        return any;
    }

    private static void AddTest(RunResults results, string display, bool passed)
    {
        var open = display.IndexOf('(', StringComparison.Ordinal);
        var method = open < 0 ? display : display[..open];
        if (!results.Tests.TryGetValue(method, out var cases))
        {
            results.Tests[method] = cases = [];
        }

        cases.Add(passed);
        if (ConformanceCase().Match(display) is { Success: true } scenario)
        {
            var name = scenario.Groups["name"].Value.Replace("\\\"", "\"", StringComparison.Ordinal);
            results.Scenarios.Add(new ScenarioCase(scenario.Groups["file"].Value, name, scenario.Groups["cut"].Success, passed));
        }
    }

    private static bool ReadSummary(string[] lines, RunResults results)
    {
        if (!lines.Any(l => l.StartsWith("| test | result |", StringComparison.Ordinal)))
        {
            return false;
        }

        foreach (var line in lines.Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| test |", StringComparison.Ordinal)))
        {
            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            if (cells.Length > 2)
            {
                var result = cells[2];
                results.Explorations.TryAdd(cells[1], result == "ok" ? null : SummaryBug().Match(result) is { Success: true } m ? m.Groups[1].Value : "bug");
            }
        }

        return true;
    }

    private static bool ReadProve(string[] lines, RunResults results)
    {
        var any = false;
        foreach (var m in lines.Select(l => ProveLine().Match(l)).Where(m => m.Success))
        {
            results.Proofs[m.Groups["name"].Value] = (m.Groups["verdict"].Value, m.Groups["seconds"].Value);
            any = true;
        }

        return any;
    }

    private static bool ReadMutant(string name, string[] lines, RunResults results)
    {
        var last = lines.Select(l => ProveTotal().Match(l)).LastOrDefault(m => m.Success);
        if (last is null)
        {
            return false;
        }

        results.Mutants[name] = last.Groups["proved"].Value == "0" && last.Groups["failed"].Value != "0";
        return true;
    }

    [GeneratedRegex("""\(file: "(?<file>[^"]+)", scenario: "(?<name>(?:[^"\\]|\\.)*)"(?<cut>···)?\)""")]
    private static partial Regex ConformanceCase();

    [GeneratedRegex(@"^\*\*([^*]+)\*\*")]
    private static partial Regex SummaryBug();

    [GeneratedRegex(@"^(?<name>\S.*?): (?<verdict>proved|counterexample|unknown \(.*\)) \((?<seconds>[0-9.]+) s\)$")]
    private static partial Regex ProveLine();

    [GeneratedRegex(@"^(?<proved>[0-9]+) proved, (?<failed>[0-9]+) failed$")]
    private static partial Regex ProveTotal();
}
